"""Helper process: a passphrase change or recovery-code renewal killed with SIGKILL at a point.

Usage: python -m tests.vault.key_change_killer VAULT MODE POINT OLD NEW. MODE is ``passphrase``
or ``recovery``; POINT is ``temp`` (the staged file written and fsynced under its temporary
name, not yet renamed), ``staged`` (staged, audit event not written), ``audited`` (audit event
committed, key file not yet renamed) or ``renamed`` (just after the rename). Prints the new
recovery code before it can be used.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from keyring.backends import fail

from miji_desk.vault import key_change, secrets
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.recovery import new_recovery_code
from miji_desk.vault.vault import Vault


def die() -> None:
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def main(path: str, mode: str, point: str, old: str, new: str) -> None:
    store = MachineSecretStore(fail.Keyring())
    vault = Vault.open(Path(path), passphrase=old, store=store)
    real_replace, real_stage, real_activate = os.replace, key_change.stage, key_change.activate

    def replace(src, dst) -> None:
        if point == "temp" and str(dst).endswith(".keys.pending"):
            die()
        real_replace(src, dst)

    def stage(vault_path, keys) -> str:
        sha = real_stage(vault_path, keys)
        if point == "staged":
            die()
        return sha

    def activate(vault_path) -> None:
        if point == "audited":
            die()
        real_activate(vault_path)
        if point == "renamed":
            die()

    def announced() -> str:
        code = new_recovery_code()
        print("code", code, flush=True)
        return code

    os.replace = replace
    key_change.stage, key_change.activate = stage, activate
    secrets.new_recovery_code = announced
    if mode == "passphrase":
        secrets.change_passphrase(vault, old, new, store=store)
    else:
        secrets.renew_recovery_code(vault, old, store=store)
    print("finished", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:6])
