"""No core dump from any entry point: limits are set before the first secret is read."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backends import null

from miji_desk.vault.machine_secret import MachineSecretStore
from tests.factories import PASSPHRASE, new_vault

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="RLIMIT_CORE and PR_SET_DUMPABLE are Linux facts")

# What the process looks like at the moment the secret is read: prctl(PR_GET_DUMPABLE) and the
# core limit as the kernel reports it in /proc/self/limits.
PROBE = """
import ctypes, ctypes.util, re
def probe(tag):
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    limits = open("/proc/self/limits").read()
    core = re.search(r"Max core file size\\s+(\\S+)\\s+(\\S+)", limits).groups()
    print(tag, "dumpable", libc.prctl(3, 0, 0, 0, 0), "core", *core, flush=True)
"""


def _run(script: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    def allow_cores() -> None:  # as on a PC where cores are on: the old code left them on
        # Root may raise the hard limit, which an in-process CLI test has already set to 0.
        for limit in (resource.RLIM_INFINITY, resource.getrlimit(resource.RLIMIT_CORE)[1]):
            try:
                resource.setrlimit(resource.RLIMIT_CORE, (limit, limit))
                return
            except (ValueError, OSError):
                continue

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(Path(__file__).resolve().parents[1] / "src"),
         str(Path(__file__).resolve().parents[1])])}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(PROBE + script)],
                          input=stdin, capture_output=True, text=True, env=env, timeout=120,
                          preexec_fn=allow_cores, check=False)


def test_cli_reads_the_passphrase_with_core_dumps_off(tmp_path: Path) -> None:
    vault, _code = new_vault(tmp_path / "ledger.mjdb", MachineSecretStore(null.Keyring()))
    vault.close()
    done = _run(f"""
import miji_desk.cli as cli
real = cli.read_secret
def read_secret(args, prompt="口令: "):
    probe("secret")
    return real(args, prompt)
cli.read_secret = read_secret
probe("start")
raise SystemExit(cli.main(["verify", {str(tmp_path / "ledger.mjdb")!r}, "--passphrase-stdin"]))
""", PASSPHRASE + "\n")
    assert done.returncode == 0, done.stderr
    start, secret, verified = done.stdout.splitlines()
    assert start.split()[2] == "1"  # a fresh process is dumpable: the CLI must change that
    assert secret.split() == ["secret", "dumpable", "0", "core", "0", "0"]
    assert verified.startswith("ok: ")


@pytest.mark.parametrize("entry", ["miji_desk.app:run", "miji_desk.__main__:main"])
def test_app_entry_points_turn_core_dumps_off_first(entry: str) -> None:
    module, fn = entry.split(":")
    done = _run(f"""
import miji_desk.app as app
def parse_args(argv):
    probe("parse")
    raise SystemExit(0)
app.parse_args = parse_args
import {module} as m
m.{fn}(["miji-desk"]) if {fn!r} == "run" else m.{fn}()
""")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["parse", "dumpable", "0", "core", "0", "0"]
