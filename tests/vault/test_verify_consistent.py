"""verify while another process writes: one read transaction, so no false alarm.

Before, the chain and the rows that refer to it were read in separate statements: a commit in
between made verify report "末尾被截断" (12 times out of 12 during a writer, issue 10).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from keyring.backends import null

from miji_desk.core.clock import FixedClock
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.factories import CLERK, NOW, PASSPHRASE, TEST_KDF, UNIT
from tests.vault_fixtures import clock, store, vault, vault_path  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]


def test_verify_during_a_writer_gives_no_false_alarm(tmp_path: Path) -> None:
    path = tmp_path / "busy.mjdb"
    null_store = MachineSecretStore(null.Keyring())
    Vault.create(path, passphrase=PASSPHRASE, unit_name=UNIT, clerk_name=CLERK, store=null_store,
                 kdf=TEST_KDF, clock=FixedClock(NOW), locations=(("1号保密柜", "safe"),)
                 )[0].close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.vault.crash_writer", str(path), "7"], cwd=ROOT, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdin is not None and writer.stdout is not None
    try:
        writer.stdin.write(PASSPHRASE + "\n")
        writer.stdin.close()
        assert writer.stdout.readline().strip() == "open"
        with Vault.open(path, passphrase=PASSPHRASE, store=null_store, check=False) as vault:
            seen: set[int] = set()
            for _ in range(8):
                assert writer.stdout.readline()  # the writer is busy between our checks
                report = vault.verify()  # the same long-lived connection every time
                assert report.ok, report.problems()
                seen.add(report.counts["audit"])
            assert len(seen) > 1  # the writer really wrote meanwhile
    finally:
        writer.kill()
        writer.wait()
        for pipe in (writer.stdout, writer.stderr):
            if pipe is not None:
                pipe.close()


def test_verify_after_another_process_merged_the_search_index(
        vault: Vault, vault_path: Path, store) -> None:  # noqa: F811
    """Deterministic form of the CI failure: verify on a long-lived connection after another
    connection's inserts made FTS5 merge segments reported "fts5: corruption found reading
    blob" on a sound vault (the structure cached by the previous verify was stale)."""
    from miji_desk.core.registration import register_incoming
    from tests.factories import incoming

    reader = Vault.open(vault_path, passphrase=PASSPHRASE, store=store, check=False)
    try:
        for i in range(40):  # FTS5 automerges every few segments; 16 were enough to show it
            register_incoming(vault, incoming(title=f"合并测试{i}", doc_no=f"合〔2026〕{i}号",
                                              copy_numbers="1", copies_total=1))
            report = reader.verify()
            assert report.ok, (i, report.problems())
    finally:
        reader.close()


def test_a_commit_in_the_middle_of_verify_waits_for_it(
        vault: Vault, vault_path: Path, store, clock, monkeypatch) -> None:  # noqa: F811
    """Deterministic form of the race: another process commits between the chain walk and
    the read of the rows that refer to it."""
    from miji_desk.core.errors import EnvironmentProblem
    from miji_desk.core.registration import register_incoming
    from miji_desk.vault import audit
    from tests.factories import incoming

    other = Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock)
    other.conn.execute("PRAGMA busy_timeout = 200")
    walk_ended = audit.highest_reference
    outcome: list[str] = []

    def writer_commits_now(conn):  # type: ignore[no-untyped-def]
        try:
            register_incoming(other, incoming(title="验证期间写入的文件"))
            outcome.append("committed")
        except EnvironmentProblem as e:
            outcome.append(e.message)
        return walk_ended(conn)

    try:
        monkeypatch.setattr(audit, "highest_reference", writer_commits_now)
        report = vault.verify()
        monkeypatch.setattr(audit, "highest_reference", walk_ended)
        assert report.ok, report.summary()
        assert len(outcome) == 1 and "台账正被另一个程序使用" in outcome[0]
        register_incoming(other, incoming(title="验证之后写入的文件"))  # now it goes through
        assert vault.verify().ok
    finally:
        other.close()
