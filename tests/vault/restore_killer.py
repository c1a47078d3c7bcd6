"""Helper process: restores a backup and kills itself with SIGKILL at a chosen point of the swap.

Usage: python -m tests.vault.restore_killer BACKUP TARGET POINT (passphrase on stdin). POINT is
``plan`` (just before the swap plan is written), ``before-N`` (just before the N-th rename of
the swap) or ``after-N`` (just after it). Shared by the vault and the UI tests of an interrupted
restore.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from keyring.backends import fail

from miji_desk.vault import restore_swap
from miji_desk.vault.backup import restore, restoring
from miji_desk.vault.machine_secret import MachineSecretStore


def main(backup: str, target: str, point: str) -> None:
    passphrase = sys.stdin.readline().rstrip("\n")
    calls = {"n": 0}
    real_rename = restoring._rename_no_replace
    real_plan = restore_swap._write_plan

    def die() -> None:
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    def rename(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if point == f"before-{calls['n']}":
            die()
        real_rename(src, dst)
        if point == f"after-{calls['n']}":
            die()

    def plan(target: Path, moves: list[tuple[Path, Path]]) -> None:
        if point == "plan":
            die()
        real_plan(target, moves)

    restoring._rename_no_replace = rename
    restore_swap._write_plan = plan
    restore(backup, target, store=MachineSecretStore(fail.Keyring()), passphrase=passphrase)
    print("finished", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
