"""The one unlock limit: 5 failures then 15 minutes, kept across restarts, for every entry point;
its state cannot be deleted, edited or left unwritten to lift it."""

from __future__ import annotations

import datetime as dt
import json
import resource
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import EnvironmentProblem
from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.recovery import new_recovery_code
from miji_desk.vault.unlock_limit import DAMAGED, MISSING, UnlockLimiter, UnlockRefused
from miji_desk.vault.unlocking import unlock
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, file_digest, folder_state, new_vault
from tests.fakes import InMemoryKeyring

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
WRONG = "Wrong-Horse-电池-41"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
def ring() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def vault_path(tmp_path: Path, ring: InMemoryKeyring) -> tuple[Path, str]:
    path = tmp_path / "ledger.mjdb"
    vault, code = new_vault(path, MachineSecretStore(ring))
    vault.close()
    return path, code


def attempt(path: Path, ring: InMemoryKeyring, clock: FixedClock, secret: str = PASSPHRASE,
            *, recovery: bool = False, via: str = "test") -> Vault:
    vault, _history = unlock(path, passphrase=None if recovery else secret,
                             recovery_code=secret if recovery else None,
                             store=MachineSecretStore(ring), via=via, clock=clock)
    return vault


def fail(path: Path, ring: InMemoryKeyring, clock: FixedClock, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongSecret):
            attempt(path, ring, clock, WRONG)


def unlock_events(path: Path, ring: InMemoryKeyring) -> list[dict]:
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(ring)) as v:
        return [json.loads(d) for (d,) in v.conn.execute(
            "SELECT detail FROM audit_event WHERE action = 'unlock' ORDER BY seq")]


def test_five_failures_lock_for_fifteen_minutes(vault_path, ring, clock) -> None:
    path, _ = vault_path
    limiter = UnlockLimiter(path, clock=clock)
    for left in (5, 4, 3, 2, 1):
        assert limiter.is_locked_out() is None and limiter.attempts_left() == left
        clock.advance(seconds=10)
        fail(path, ring, clock)
    assert limiter.is_locked_out() == T0 + dt.timedelta(seconds=50, minutes=15)
    with pytest.raises(UnlockRefused, match="09:15") as refused:  # the 6th: even the right one
        attempt(path, ring, clock)
    assert refused.value.until == limiter.is_locked_out()


def test_lockout_survives_a_restart_and_ends_after_fifteen_minutes(vault_path, ring,
                                                                   clock) -> None:
    path, _ = vault_path
    fail(path, ring, clock, 5)
    clock.advance(minutes=14, seconds=59)
    assert UnlockLimiter(path, clock=clock).is_locked_out() is not None  # a new process
    clock.advance(seconds=1)
    restarted = UnlockLimiter(path, clock=clock)
    assert restarted.is_locked_out() is None and restarted.attempts_left() == 5
    fail(path, ring, clock)  # one more wrong one does not lock again at once
    assert restarted.attempts_left() == 4
    attempt(path, ring, clock).close()


def test_clock_set_back_does_not_lift_the_lockout(vault_path, ring, clock) -> None:
    path, _ = vault_path
    fail(path, ring, clock, 5)
    clock.set(T0 - dt.timedelta(days=1))
    with pytest.raises(UnlockRefused):
        attempt(path, ring, clock)


def test_failures_and_lockouts_are_audited_at_the_next_unlock(vault_path, ring, clock) -> None:
    path, _ = vault_path
    for i in range(5):
        clock.advance(seconds=1)
        if i == 2:
            with pytest.raises(WrongSecret):
                attempt(path, ring, clock, new_recovery_code(), recovery=True)
        else:
            fail(path, ring, clock)
    clock.advance(minutes=20)
    attempt(path, ring, clock, via="cli stats").close()
    (event,) = unlock_events(path, ring)
    assert event["via"] == "cli stats" and event["method"] == "passphrase"
    assert [f.endswith(" recovery") for f in event["failed_attempts"]] == [
        False, False, True, False, False]
    assert event["failed_attempts"][0].startswith((T0 + dt.timedelta(seconds=1)).isoformat())
    assert event["lockouts"] == [(T0 + dt.timedelta(seconds=5)).isoformat()]
    assert "limit_state_problem" not in event
    attempt(path, ring, clock).close()  # cleared: nothing audited twice
    assert unlock_events(path, ring)[-1]["failed_attempts"] == []


def test_a_right_fifth_attempt_opens_and_starts_no_lockout(vault_path, ring, clock) -> None:
    path, _ = vault_path
    fail(path, ring, clock, 4)
    attempt(path, ring, clock).close()
    assert UnlockLimiter(path, clock=clock).attempts_left() == 5
    assert unlock_events(path, ring)[-1].get("lockouts") is None


def test_a_guess_killed_before_it_was_checked_still_counts(vault_path, ring, clock) -> None:
    # The attacker kills the process while the key is derived, hoping nothing was counted.
    path, _ = vault_path
    limiter = UnlockLimiter(path, clock=clock)
    for _ in range(5):
        UnlockLimiter(path, clock=clock).begin(recovery=False)  # and then: kill -9
    assert limiter.is_locked_out() is not None
    with pytest.raises(UnlockRefused):
        attempt(path, ring, clock)


@pytest.mark.parametrize("damage", ["delete", "garbage", "edit_streak", "raise_limit", "other"])
def test_deleted_or_changed_state_allows_only_the_recovery_code(vault_path, ring, clock,
                                                                tmp_path, damage) -> None:
    path, code = vault_path
    fail(path, ring, clock, 4)
    state = UnlockLimiter(path, clock=clock).path
    if damage == "delete":
        state.unlink()
    elif damage == "garbage":
        state.write_bytes(state.read_bytes()[:40])
    else:
        doc = json.loads(state.read_text())
        if damage == "edit_streak":
            doc["body"]["streak"] = 0
        elif damage == "raise_limit":
            doc["body"]["max_failures"] = 1_000_000
        else:  # a good state file of another vault, MAC and all
            other, _ = new_vault(tmp_path / "other.mjdb", MachineSecretStore(ring))
            other.close()
            doc = json.loads(UnlockLimiter(tmp_path / "other.mjdb").path.read_text())
        state.write_text(json.dumps(doc))
    before = file_digest(path)
    with pytest.raises(UnlockRefused, match="恢复码"):
        attempt(path, ring, clock)  # the right passphrase, refused
    assert file_digest(path) == before
    assert UnlockLimiter(path, clock=clock).recovery_only() == (
        MISSING if damage == "delete" else DAMAGED)
    attempt(path, ring, clock, code, recovery=True).close()
    event = unlock_events(path, ring)[-1]
    assert event["method"] == "recovery_code"
    assert event["limit_state_problem"] == (MISSING if damage == "delete" else DAMAGED)
    attempt(path, ring, clock).close()  # back to normal after the recovery code
    assert UnlockLimiter(path, clock=clock).recovery_only() is None


def test_an_attempt_that_cannot_be_counted_is_refused(vault_path, ring, clock) -> None:
    # A full disk (RLIMIT_FSIZE: the state file cannot be rewritten) must not make guesses free.
    path, _ = vault_path
    limiter = UnlockLimiter(path, clock=clock)
    state_before = folder_state(limiter.path.parent)
    vault_before = folder_state(path.parent)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (16, hard))
    try:
        for secret in (WRONG, PASSPHRASE):
            with pytest.raises(EnvironmentProblem, match="无法记录这次解锁尝试"):
                attempt(path, ring, clock, secret)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert folder_state(limiter.path.parent) == state_before  # no temp file left
    assert folder_state(path.parent) == vault_before
    assert limiter.attempts_left() == 5


def test_no_guess_is_counted_for_a_missing_vault_or_a_mistyped_code(vault_path, ring,
                                                                    clock) -> None:
    path, _ = vault_path
    from miji_desk.core.errors import RuleViolation

    with pytest.raises(RuleViolation):
        attempt(path, ring, clock, "not-a-code", recovery=True)  # format check, no KDF
    assert UnlockLimiter(path, clock=clock).attempts_left() == 5


def test_stored_limits_apply_while_locked(vault_path, ring, clock) -> None:
    path, _ = vault_path
    UnlockLimiter(path, clock=clock).store_limits(2, 1)  # the unit's rule, after an unlock
    fail(path, ring, clock, 2)
    assert UnlockLimiter(path, clock=clock).is_locked_out() == T0 + dt.timedelta(minutes=1)
    with pytest.raises(ValueError):
        UnlockLimiter(path, clock=clock).store_limits(0, 15)


def test_state_holds_no_secret(vault_path, ring, clock) -> None:
    path, code = vault_path
    fail(path, ring, clock)
    text = UnlockLimiter(path, clock=clock).path.read_text()
    assert WRONG not in text and PASSPHRASE not in text and code not in text
    assert set(json.loads(text)["body"]) == {
        "version", "vault_id", "max_failures", "lockout_minutes", "streak", "locked_until",
        "failures", "lockouts", "problem", "pending", "pending_locked"}


def test_an_interrupted_guess_stays_counted(vault_path, ring, clock, monkeypatch) -> None:
    # Ctrl-C while the key is derived must not take the guess back.
    from miji_desk.vault.keyslots import KeyFile

    path, _ = vault_path

    def interrupted(*_a: object, **_k: object) -> bytes:
        raise KeyboardInterrupt

    monkeypatch.setattr(KeyFile, "unlock_passphrase", interrupted)
    with pytest.raises(KeyboardInterrupt):
        attempt(path, ring, clock, WRONG)
    assert UnlockLimiter(path, clock=clock).attempts_left() == 4
