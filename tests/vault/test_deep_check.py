"""The background deep check (issue 17) and what backups make of it.

Real SQLCipher files; the damage is a flipped byte in a page of a copy of a real vault.
"""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.unit_rules import DEEP_CHECK_MAX_AGE, change_unit_rule
from miji_desk.vault.backup import create_backup
from miji_desk.vault.deep_check import (
    CHAIN,
    CIPHER,
    DeepChecker,
    last_deep_check,
    record_deep_check,
)
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE, folder_state
from tests.vault.test_backup import audit_actions, fill


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def full_pass(vault: Vault) -> DeepChecker:
    checker = DeepChecker(vault, idle_seconds=0)
    while checker.step():
        pass
    assert checker.complete()
    return checker


@pytest.fixture
def filled(vault: Vault) -> Vault:
    fill(vault, n=30)
    return vault


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    return folder


def test_a_clean_pass_is_recorded_once_and_read_back(filled: Vault, clock) -> None:
    checker = full_pass(filled)
    assert checker.units()[0] == CIPHER and checker.units()[-1] == CHAIN
    assert "table:carrier" in checker.state.done
    result = checker.result()
    assert result is not None and result.ok and result.problems == ()
    seq = filled.audit_head().seq
    record_deep_check(filled, result)
    assert audit_actions(filled.conn, seq) == ["deep_check"]
    last = last_deep_check(filled)
    assert last is not None and last.ok and last.at == clock.now()


def test_flipped_page_in_a_copy_is_found_and_blocks_backups(filled: Vault, tmp_path: Path,
                                                            store, clock, media: Path) -> None:
    """The attack: a page of the vault file is damaged on disk. The deep check finds it, and
    no backup is made of the damaged ledger."""
    filled.close()
    copy = tmp_path / "copy" / "ledger.mjdb"
    copy.parent.mkdir()
    shutil.copyfile(filled.path, copy)
    shutil.copyfile(key_path(filled.path), key_path(copy))
    data = bytearray(copy.read_bytes())
    pages = len(data) // 4096
    assert pages > 8
    data[(pages // 2) * 4096 + 1000] ^= 0x01  # a page in the middle: opening does not see it
    copy.write_bytes(bytes(data))

    damaged = Vault.open(copy, passphrase=PASSPHRASE, store=store, clock=clock, check=False)
    try:
        checker = full_pass(damaged)
        result = checker.result()
        assert result is not None and not result.ok
        assert any("HMAC" in p or "page" in p.lower() for p in result.problems), result.problems
        record_deep_check(damaged, result)
        seq = damaged.audit_head().seq
        with pytest.raises(RuleViolation) as info:
            create_backup(damaged, media, passphrase=PASSPHRASE, store=store)
        assert info.value.code == "backup.deep_check_damaged"
        assert folder_state(media) == {}
        assert audit_actions(damaged.conn, seq) == []  # refused before anything happened
    finally:
        damaged.close()


def test_stale_or_missing_deep_check_marks_the_backup(filled: Vault, store, clock,
                                                      media: Path) -> None:
    never = create_backup(filled, media, passphrase=PASSPHRASE, store=store)
    assert never.unchecked and "未经完整检查" in never.warnings[0]
    side = json.loads(never.manifest_path.read_text("utf-8"))
    assert side["未经完整检查"] is True and side["last_deep_check"] is None

    result = full_pass(filled).result()
    assert result is not None
    record_deep_check(filled, result)
    clock.advance(days=6)
    fresh = create_backup(filled, media, passphrase=PASSPHRASE, store=store)
    assert not fresh.unchecked and not any("未经完整检查" in w for w in fresh.warnings)
    side = json.loads(fresh.manifest_path.read_text("utf-8"))
    assert "未经完整检查" not in side
    assert side["last_deep_check"] == {"at": result.at.isoformat(), "ok": True}

    clock.advance(days=2)  # 8 days after the check; the rule's default is 7
    stale = create_backup(filled, media, passphrase=PASSPHRASE, store=store)
    assert stale.unchecked
    assert json.loads(stale.manifest_path.read_text("utf-8"))["未经完整检查"] is True
    detail = json.loads(filled.conn.execute(
        "SELECT detail FROM audit_event WHERE action = 'backup_created' "
        "ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert detail["unchecked"] is True and detail["deep_check"]["ok"] is True

    change_unit_rule(filled, DEEP_CHECK_MAX_AGE.key, 30, "每月检查一次")
    clock.advance(minutes=1)
    assert not create_backup(filled, media, passphrase=PASSPHRASE, store=store).unchecked


def test_progress_survives_lock_and_unlock(filled: Vault, store, clock) -> None:
    path = filled.path
    first = DeepChecker(filled, idle_seconds=0)
    assert first.step() and first.step()
    done = list(first.state.done)
    state = first.state
    filled.close()  # the app locks: the vault and the checker's keys are gone

    again = Vault.open(path, passphrase=PASSPHRASE, store=store, clock=clock)
    try:
        second = DeepChecker(again, state, idle_seconds=0)
        assert second.state.done == done
        assert second.remaining()[0] == second.units()[2]  # goes on where it stopped
        while second.step():
            pass
        assert second.state.done == second.units()  # no unit ran twice
    finally:
        again.close()


def test_pauses_while_the_clerk_works(filled: Vault) -> None:
    ticks = Ticks()
    checker = DeepChecker(filled, idle_seconds=30, monotonic=ticks)
    stop = threading.Event()
    assert not checker.idle()
    worker = threading.Thread(target=checker.run, args=(stop, 0.01))
    worker.start()
    try:
        threading.Event().wait(0.2)
        assert checker.state.done == []  # the clerk touched it just now: nothing runs
        ticks.t += 31
        worker.join(30)
        assert not worker.is_alive() and checker.complete()
    finally:
        stop.set()
        worker.join()


def test_a_unit_stopped_by_the_clerk_is_run_again(filled: Vault, monkeypatch) -> None:
    from miji_desk.vault import deep_check

    monkeypatch.setattr(deep_check, "PROGRESS_EVERY", 10)  # a tiny vault: look often
    checker = DeepChecker(filled, idle_seconds=0)
    while checker.remaining() != [CHAIN]:
        checker.step()
    # The clerk starts working while the chain is walked: the unit stops, is not counted.
    real_open = checker._open

    def opened():
        conn = real_open()
        checker.touch()
        return conn

    checker._open = opened  # type: ignore[method-assign]
    assert checker.step() is False
    assert checker.interrupted == 1 and checker.remaining() == [CHAIN]
    checker._open = real_open  # type: ignore[method-assign]
    assert checker.step() and checker.complete()
    result = checker.result()
    assert result is not None and result.ok
