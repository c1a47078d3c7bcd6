"""Restore: shown before anything changes, identical by content, bound to the new PC, the
replaced vault kept beside it; refused backups and failed swaps leave the target as it was."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.core.registration import register_incoming
from miji_desk.vault import backup
from miji_desk.vault.backup import prepare_restore, restore, restoring
from miji_desk.vault.errors import BackupDamaged, WrongSecret
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path
from tests.factories import (
    NOW,
    PASSPHRASE,
    file_digest,
    folder_state,
    incoming,
    machine,
    new_vault,
)
from tests.fakes import InMemoryKeyring
from tests.vault.test_backup import fill, make, table_rows

NEW_PASSPHRASE = "Restored-口令-2027"


@pytest.fixture
def setup(tmp_path: Path):
    """A filled vault on PC 1, one backup of it, and the rows it held at backup time."""
    (tmp_path / "pc1").mkdir()
    (tmp_path / "media").mkdir()
    pc1 = machine()
    clock = FixedClock(NOW)
    v, code = new_vault(tmp_path / "pc1" / "ledger.mjdb", pc1, clock)
    fill(v)
    rows = table_rows(v.conn)
    head = v.audit_head()
    result = make(v, tmp_path / "media", pc1)
    return v, pc1, code, result, rows, head


def _without_restore_event(rows: dict, restored_conn) -> dict:
    got = table_rows(restored_conn)
    audit_rows = got["audit_event"]
    assert audit_rows[-1][3] == "restored_from_backup"
    got["audit_event"] = audit_rows[:-1]
    # the meta row below, sealed by the restore event (vault/attest.py)
    got["row_attest"] = [r for r in got["row_attest"] if r[0] != audit_rows[-1][0]]
    got["meta"] = [r for r in got["meta"] if r[0] != backup.LAST_BACKUP_AT]
    return got


def test_restore_on_a_new_machine_with_the_passphrase(setup, tmp_path: Path) -> None:
    v, _pc1, _code, result, rows, head = setup
    v.close()
    (tmp_path / "pc2").mkdir()
    pc2 = machine()
    target = tmp_path / "pc2" / "ledger.mjdb"
    res = restore(result.path, target, store=pc2, passphrase=PASSPHRASE,
                  clock=FixedClock(NOW))
    assert res.replaced is None and res.machine_bound
    with Vault.open(target, passphrase=PASSPHRASE, store=pc2) as r:
        assert _without_restore_event(rows, r.conn) == rows
        assert r.verify().ok
        assert r.audit_head().seq == head.seq + 1
        assert backup.last_verified_backup(r) == NOW
        assert r.machine_bound
    # Bound to PC 2: another PC's store does not open it with the passphrase alone.
    with pytest.raises(WrongSecret):
        Vault.open(target, passphrase=PASSPHRASE, store=machine())
    assert sorted(p.name for p in target.parent.iterdir()) == ["ledger.mjdb",
                                                               "ledger.mjdb.keys"]


def test_restore_on_a_new_machine_with_the_recovery_code(setup, tmp_path: Path) -> None:
    v, _pc1, code, result, rows, _head = setup
    v.close()
    (tmp_path / "pc2").mkdir()
    pc2 = machine()
    target = tmp_path / "pc2" / "ledger.mjdb"
    with pytest.raises(RuleViolation, match="须设置新口令"):
        restore(result.path, target, store=pc2, recovery_code=code)
    assert list(target.parent.iterdir()) == []
    restore(result.path, target, store=pc2, recovery_code=code,
            new_passphrase=NEW_PASSPHRASE)
    with Vault.open(target, passphrase=NEW_PASSPHRASE, store=pc2) as r:
        assert _without_restore_event(rows, r.conn) == rows
    # The recovery code of the backup still opens the restored vault anywhere.
    with Vault.open(target, recovery_code=code, store=machine()) as r:
        assert r.counts()["carriers"] == 8
    with pytest.raises(WrongSecret):
        Vault.open(target, passphrase=PASSPHRASE, store=pc2)


def test_restore_without_any_credential_store(setup, tmp_path: Path) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    v, _pc1, _code, result, _rows, _head = setup
    v.close()
    (tmp_path / "pc3").mkdir()
    none = MachineSecretStore(FailKeyring())
    target = tmp_path / "pc3" / "ledger.mjdb"
    res = restore(result.path, target, store=none, passphrase=PASSPHRASE)
    assert not res.machine_bound and res.warnings
    with Vault.open(target, passphrase=PASSPHRASE, store=none) as r:
        assert not r.machine_bound


def test_restore_over_the_live_vault_keeps_the_replaced_one(setup, tmp_path: Path) -> None:
    v, pc1, _code, result, rows, _head = setup
    register_incoming(v, incoming(title="备份之后登记的", copy_numbers="1"))
    v.close()
    target = v.path
    old_db, old_keys = file_digest(target), file_digest(key_path(target))
    clock = FixedClock(NOW.replace(hour=11))
    res = restore(result.path, target, store=pc1, passphrase=PASSPHRASE, clock=clock)
    assert res.replaced == target.with_name("ledger-replaced-20261127-113000.mjdb")
    assert file_digest(res.replaced) == old_db
    assert file_digest(key_path(res.replaced)) == old_keys
    assert sorted(p.name for p in target.parent.iterdir()) == [
        "ledger-replaced-20261127-113000.mjdb", "ledger-replaced-20261127-113000.mjdb.keys",
        "ledger.mjdb", "ledger.mjdb.keys"]
    with Vault.open(target, passphrase=PASSPHRASE, store=pc1) as r:
        assert _without_restore_event(rows, r.conn) == rows
        detail = json.loads(r.conn.execute(
            "SELECT detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0])
        assert detail["replaced"] == res.replaced.name
        assert detail["file"] == result.path.name
    # The replaced vault still opens on this PC (same machine secret reused).
    with Vault.open(res.replaced, passphrase=PASSPHRASE, store=pc1) as old:
        assert old.counts()["carriers"] == 9


def test_inspect_shows_contents_before_anything_changes(setup) -> None:
    v, _pc1, _code, result, _rows, head = setup
    v.close()
    before = folder_state(v.path.parent)
    with prepare_restore(result.path, v.path, passphrase=PASSPHRASE) as prepared:
        m = prepared.manifest
        assert m.carriers == 8 and m.by_status == {"in_store": 8}
        assert {lc.name: lc.count for lc in m.by_level}["机密"] == 5
        assert prepared.report.head == head
        assert m.created == NOW
        state = folder_state(v.path.parent)
        assert {k: d for k, d in state.items() if k in before} == before
    assert folder_state(v.path.parent) == before


def test_damaged_backup_is_refused_and_target_untouched(setup, tmp_path: Path) -> None:
    v, pc1, _code, result, _rows, _head = setup
    v.close()
    data = bytearray(result.path.read_bytes())
    data[-100] ^= 0xFF
    result.path.write_bytes(bytes(data))
    before = folder_state(v.path.parent)
    with pytest.raises(BackupDamaged):
        restore(result.path, v.path, store=pc1, passphrase=PASSPHRASE)
    assert folder_state(v.path.parent) == before


def test_weak_new_passphrase_is_refused_before_anything_changes(setup) -> None:
    v, pc1, code, result, _rows, _head = setup
    v.close()
    before = folder_state(v.path.parent)
    with prepare_restore(result.path, v.path, recovery_code=code) as prepared:
        with pytest.raises(RuleViolation, match="口令太短"):
            prepared.commit(store=pc1, passphrase="short")
        res = prepared.commit(store=pc1, passphrase=NEW_PASSPHRASE)
    assert res.replaced is not None
    assert file_digest(res.replaced) == before["ledger.mjdb"]


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
def test_failed_swap_leaves_the_old_vault_in_place(setup, monkeypatch, fail_at: int) -> None:
    v, pc1, _code, result, _rows, _head = setup
    v.close()
    before = folder_state(v.path.parent)
    real = restoring._rename_no_replace
    calls = {"n": 0}

    def flaky(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise OSError(errno.EIO, "I/O error")
        real(src, dst)

    monkeypatch.setattr(restoring, "_rename_no_replace", flaky)
    with pytest.raises(EnvironmentProblem, match="原台账没有改动"):
        restore(result.path, v.path, store=pc1, passphrase=PASSPHRASE)
    assert folder_state(v.path.parent) == before
    with Vault.open(v.path, passphrase=PASSPHRASE, store=pc1) as again:
        assert again.verify().ok


def test_restored_vault_is_the_same_vault_and_backs_up_again(setup, tmp_path: Path) -> None:
    v, _pc1, _code, result, _rows, _head = setup
    v.close()
    (tmp_path / "pc2").mkdir()
    pc2 = MachineSecretStore(InMemoryKeyring())
    target = tmp_path / "pc2" / "ledger.mjdb"
    restore(result.path, target, store=pc2, passphrase=PASSPHRASE)
    with Vault.open(target, passphrase=PASSPHRASE, store=pc2, clock=FixedClock(NOW)) as r:
        assert r.vault_id == v.vault_id
        register_incoming(r, incoming(title="新电脑上登记", copy_numbers="2"))
        (tmp_path / "media2").mkdir()
        again = make(r, tmp_path / "media2", pc2)
    assert backup.verify_backup(again.path, PASSPHRASE).manifest.carriers == 9


def test_swap_that_cannot_be_undone_is_finished_by_the_next_open(setup, monkeypatch) -> None:
    """The third rename fails and so does undoing the first two (the disk went bad for a
    moment): nothing is deleted, and the next open completes the restore."""
    from miji_desk.vault import restore_swap

    v, pc1, _code, result, rows, _head = setup
    v.close()
    real, real_os_rename = restoring._rename_no_replace, os.rename
    calls = {"n": 0}

    def flaky(src: Path, dst: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.EIO, "I/O error")
        real(src, dst)

    def no_undo(src, dst) -> None:
        if calls["n"] >= 3:  # from the failure on, no rename works
            raise OSError(errno.EIO, "I/O error")
        real_os_rename(src, dst)

    monkeypatch.setattr(restoring, "_rename_no_replace", flaky)
    monkeypatch.setattr(restore_swap.os, "rename", no_undo)
    with pytest.raises(EnvironmentProblem, match="再次打开台账即会完成恢复"):
        restore(result.path, v.path, store=pc1, passphrase=PASSPHRASE)
    monkeypatch.undo()
    assert not v.path.exists() and restore_swap.plan_path(v.path).exists()
    with Vault.open(v.path, passphrase=PASSPHRASE, store=pc1) as again:
        assert _without_restore_event(rows, again.conn) == rows
