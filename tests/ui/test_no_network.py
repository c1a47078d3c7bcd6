"""The product opens no socket, ever: a whole session with every socket creation refused."""

from __future__ import annotations

import ipaddress
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from miji_desk.vault.backup import create_backup
from tests.factories import PASSPHRASE
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401

opened: list[tuple[object, ...]] = []


class _NoSocket(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        opened.append(args)
        raise AssertionError(f"the app tried to open a socket: {args}")


@pytest.fixture(autouse=True)
def no_sockets(monkeypatch):
    opened.clear()
    monkeypatch.setattr(socket, "socket", _NoSocket)
    for name in ("create_connection", "socketpair", "getaddrinfo", "fromfd"):
        monkeypatch.setattr(socket, name, lambda *a, **k: _NoSocket(*a))
    yield
    assert opened == []


def test_a_whole_session_opens_no_socket(qtbot, controller, tmp_path):  # noqa: F811
    shown: list[str] = []
    controller.printing.preview = lambda pdf, title, parent, **kw: shown.append(title)
    unlock(controller)
    w = controller.window
    w.search.setText("保密")
    w.apply_filter()
    w.table.selectRow(0)
    w.open_scanned(w.model.carrier_at(0).barcode)
    controller.printing.print_register("incoming")
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)  # rendered on a worker thread
    controller.check_network()
    medium = tmp_path / "usb"
    medium.mkdir()
    create_backup(w.vault, medium, passphrase=PASSPHRASE, store=controller.store)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
    w.lock()
    unlock(controller)
    assert len(shown) >= 1 and not w.is_locked


# -- at the system-call level --------------------------------------------------------------------
# Python's socket module does not see what C++ does (Qt's CUPS printing, libraries). strace sees
# every connect()/sendto()/sendmsg() of the whole process tree, and fails each one on purpose
# (inject), so even a wrong destination is never actually reached.

_ROOT = Path(__file__).resolve().parents[2]
_ADDRESS = re.compile(r'inet_addr\("([^"]+)"\)|inet_pton\(AF_INET6, "([^"]+)"')


def _strace_works() -> str | None:
    if sys.platform != "linux" or shutil.which("strace") is None:
        return "strace (Linux) is not installed: ./dev installs it"
    probe = subprocess.run(["strace", "-f", "-qq", "-e", "trace=none", "true"],
                           capture_output=True, text=True, check=False)
    return None if probe.returncode == 0 else f"strace cannot trace here: {probe.stderr[:200]}"


def _session_under_strace(tmp_path: Path, env: dict[str, str]) -> tuple[list[str], list[str]]:
    """The connect calls of a session, and the destinations (IPv4/IPv6 addresses) of every
    connect/sendto/sendmsg."""
    log = tmp_path / "strace.log"
    work = tmp_path / "session"
    work.mkdir()
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(_ROOT / "src"), str(_ROOT)]), **env}
    if "CUPS_SERVER" not in env:
        full.pop("CUPS_SERVER", None)
    run = subprocess.run(
        ["strace", "-f", "-qq", "--seccomp-bpf", "-e", "trace=connect,sendto,sendmsg",
         "-e", "inject=connect:error=ENETUNREACH", "-o", str(log),
         sys.executable, "-m", "tests.ui.network_session", str(work)],
        cwd=_ROOT, env=full, capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0 and "session complete" in run.stdout, run.stderr[-3000:]
    lines = log.read_text(errors="replace").splitlines()
    connects = [line for line in lines if "connect(" in line]
    return connects, [v4 or v6 for line in lines for v4, v6 in _ADDRESS.findall(line)]


def _non_loopback(addresses: list[str]) -> list[str]:
    return [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_loopback
            and not a.startswith("::ffff:127.")]


@pytest.mark.skipif(_strace_works() is not None, reason=str(_strace_works()))
def test_a_whole_session_connects_nowhere_but_loopback(tmp_path):
    home = tmp_path / "home"
    home.mkdir()  # no client.conf: CUPS is the local scheduler
    connects, addresses = _session_under_strace(tmp_path, {"HOME": str(home)})
    # The label dialog lists printers: libcups (C) connects to the local scheduler, and the
    # trace sees it -- the check is not blind to sockets opened outside Python.
    assert connects, "strace saw no connect at all"
    assert _non_loopback(addresses) == [], addresses


@pytest.mark.skipif(_strace_works() is not None, reason=str(_strace_works()))
def test_a_client_conf_naming_another_host_is_never_contacted(tmp_path):
    home = tmp_path / "home"
    (home / ".cups").mkdir(parents=True)
    (home / ".cups" / "client.conf").write_text("ServerName 10.1.2.3\n", encoding="utf-8")
    _connects, addresses = _session_under_strace(tmp_path, {"HOME": str(home)})
    assert "10.1.2.3" not in addresses
    assert _non_loopback(addresses) == [], addresses
