"""20× kill -9 during writes: the vault opens, verifies, and each action is whole or absent."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from keyring.backends import null

from miji_desk.core.clock import FixedClock
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.factories import CLERK, NOW, PASSPHRASE, TEST_KDF, UNIT

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20

def store() -> MachineSecretStore:
    # The writer is another process: no shared in-memory credential store, so passphrase-only.
    return MachineSecretStore(null.Keyring())


def open_vault(path: Path) -> Vault:
    return Vault.open(path, passphrase=PASSPHRASE, store=store())


def check_whole_or_absent(vault: Vault, committed: set[str], corrections: int) -> tuple[int, int]:
    report = vault.verify()
    assert report.ok, report.summary()
    c = vault.conn
    docs = c.execute("SELECT d.id, d.number, d.copies_total, d.title, count(c.id) "
                     "FROM document d LEFT JOIN carrier c ON c.document_id = d.id "
                     "GROUP BY d.id").fetchall()
    for _id, number, total, _title, copies in docs:
        assert copies == total, f"{number}: {copies} of {total} copies"
    numbers = {d[1] for d in docs}
    assert committed <= numbers, "a registration reported as committed was lost"
    counts = vault.counts()
    assert counts["carriers"] == sum(d[2] for d in docs)
    registered = c.execute("SELECT count(*) FROM carrier_event WHERE action = 'register'")
    assert registered.fetchone()[0] == counts["carriers"]
    fixed = c.execute("SELECT count(*) FROM carrier_event WHERE action = 'correct'").fetchone()[0]
    assert fixed >= corrections
    assert counts["events"] == counts["carriers"] + fixed
    assert counts["audit"] == 1 + len(docs) + fixed  # vault_created + one per action
    # each correction is whole: the carriers follow their document's title
    stale = c.execute("SELECT count(*) FROM carrier c JOIN document d ON d.id = c.document_id "
                      "WHERE c.title != d.title").fetchone()[0]
    assert stale == 0
    # the FTS index holds exactly the documents
    fts = c.execute("SELECT count(*) FROM document_fts WHERE document_fts MATCH '\"崩溃测试\"' "
                    "OR document_fts MATCH '\"更正后的标题\"'").fetchone()[0]
    assert fts == len(docs)
    return len(docs), fixed


def test_kill_9_during_writes(tmp_path: Path):
    path = tmp_path / "crash.mjdb"
    vault, _ = Vault.create(path, passphrase=PASSPHRASE, unit_name=UNIT, clerk_name=CLERK,
                            store=store(), kdf=TEST_KDF, clock=FixedClock(NOW),
                            locations=(("1号保密柜", "safe"),))
    vault.close()
    rng = random.Random(20261127)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    committed: set[str] = set()
    corrections = 0
    started = time.monotonic()
    killed_mid_write = 0

    def spawn(round_no: int) -> subprocess.Popen[str]:
        # The writer imports, then waits for the passphrase: the next one can start up while
        # the test still checks the vault the last one left behind.
        return subprocess.Popen(
            [sys.executable, "-m", "tests.vault.crash_writer", str(path), str(round_no)],
            cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True)

    waiting = spawn(0)
    try:
        for round_no in range(ROUNDS):
            proc = waiting
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(PASSPHRASE + "\n")
            proc.stdin.close()
            if round_no + 1 < ROUNDS:
                waiting = spawn(round_no + 1)
            opened = proc.stdout.readline().strip()
            assert opened == "open", proc.stderr.read() if proc.stderr else ""
            for _ in range(rng.randint(1, 3)):  # some progress first
                line = proc.stdout.readline().split()
                assert line, proc.stderr.read() if proc.stderr else ""
                if line[0] == "registered":
                    committed.add(line[1])
                else:
                    corrections += 1
            time.sleep(rng.uniform(0, 0.03))
            proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs
            proc.wait(timeout=10)
            if os.name == "posix":
                assert proc.returncode == -signal.SIGKILL
            for line in proc.stdout.read().splitlines():  # committed before the kill landed
                word = line.split()
                if word and word[0] == "registered":
                    committed.add(word[1])
                elif word and word[0] == "corrected":
                    corrections += 1
            proc.stdout.close()
            if proc.stderr:
                proc.stderr.close()
            if Path(str(path) + "-journal").exists():
                killed_mid_write += 1  # a journal left: the kill landed inside a transaction
            with open_vault(path) as vault:
                check_whole_or_absent(vault, committed, corrections)
    finally:  # a failed round must not leave the next writer waiting
        if waiting.poll() is None:
            waiting.kill()
            waiting.wait(timeout=10)
    assert killed_mid_write >= ROUNDS // 4, "the kills should land inside transactions"
    assert time.monotonic() - started < 60
