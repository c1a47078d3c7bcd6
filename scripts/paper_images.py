#!/usr/bin/env python3
"""Page images of every printed document, from a fresh demo vault, for docs/paper/.

    python scripts/paper_images.py [--out docs/paper] [--dpi 60]

Everything goes through ``miji-desk-cli`` (the same path a clerk's script would take): each
register of the print menu, the circulation slip, the holdings list and a label sheet. The first
page of each is turned into a PNG with poppler's pdftoppm. Look at every image after running it.
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from miji_desk import cli  # noqa: E402
from miji_desk.demo import make_demo  # noqa: E402
from miji_desk.printing.jobs import printable_registers  # noqa: E402
from miji_desk.vault.kdf import KdfParams  # noqa: E402


def run_cli(argv: list[str], passphrase: str) -> int:
    stdin = sys.stdin
    sys.stdin = io.StringIO(passphrase + "\n")
    try:
        return cli.main([*argv, "--passphrase-stdin"])
    finally:
        sys.stdin = stdin


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "paper")
    ap.add_argument("--dpi", type=int, default=60)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="miji-paper-"))
    try:
        vault_path = work / "demo.mjdb"
        vault, passphrase, _code = make_demo(vault_path, kdf=KdfParams.for_tests())
        slip = vault.conn.execute("SELECT number FROM circulation ORDER BY id LIMIT 1"
                                  ).fetchone()
        first = vault.conn.execute("SELECT number FROM document WHERE register = 'incoming' "
                                   "ORDER BY year, seq LIMIT 1").fetchone()[0]
        lost = vault.conn.execute("SELECT number FROM carrier WHERE status = 'missing' "
                                  "ORDER BY id LIMIT 1").fetchone()
        vault.close()
        cli.MachineSecretStore = lambda: _null_store()  # type: ignore[assignment]
        jobs: dict[str, list[str]] = {key: ["print", key] for key in printable_registers()}
        if slip:
            jobs["slip"] = ["print", "slip", "--slip", slip[0]]
        if lost:
            jobs["loss"] = ["print", "loss", "--loss", lost[0]]
        jobs["labels"] = ["labels", "--numbers", first, "--reprint"]  # shows a 补打 label too
        for name, argv in jobs.items():
            pdf = work / f"{name}.pdf"
            command = [argv[0], *argv[1:2], str(vault_path), "--out", str(pdf), *argv[2:]]
            if argv[0] == "labels":
                command = ["labels", str(vault_path), "--out", str(pdf), *argv[1:]]
            if run_cli(command, passphrase) != 0:
                print(f"{name}: not printed", file=sys.stderr)
                continue
            target = args.out / name
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", "-f", "1", "-l", "1",
                            "-singlefile", str(pdf), str(target)], check=True)
            print(f"{target}.png")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _null_store():  # type: ignore[no-untyped-def]
    from keyring.backends import null

    from miji_desk.vault.machine_secret import MachineSecretStore

    return MachineSecretStore(null.Keyring())


if __name__ == "__main__":
    sys.exit(main())
