"""Helper process for test_crash.py: writes to a vault until it is killed.

Usage: python -m tests.vault.crash_writer VAULT SEED  (passphrase on stdin). Each registration
is of a document whose copies_total equals its number of copies; every third step corrects the
title of the previous document. After each commit it prints one line and flushes, so the test
knows what must have survived.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from keyring.backends import null

from miji_desk.core.corrections import correct
from miji_desk.core.registration import register_incoming
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.factories import incoming


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    passphrase = sys.stdin.readline().rstrip("\n")
    vault = Vault.open(Path(path), passphrase=passphrase, store=MachineSecretStore(null.Keyring()),
                       check=False)  # the test checks the vault after every kill
    print("open", flush=True)
    step = 0
    last: list[int] = []
    while True:
        step += 1
        if last and step % 3 == 0:
            correct(vault, last[0], "title", f"更正后的标题 {seed}-{step}", "崩溃测试")
            print("corrected", last[0], flush=True)
            continue
        n = rng.randint(1, 8)
        reg = register_incoming(vault, incoming(
            title=f"崩溃测试 {seed}-{step}", copy_numbers=f"1-{n}", copies_total=n,
            # Each writer (one per kill) registers other documents than the last one did.
            doc_no=f"崩测〔{seed}-{os.getpid()}〕{step}号",
            notes="备注" * rng.randint(0, 300)))
        last = reg.carrier_ids
        print("registered", reg.number, n, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
