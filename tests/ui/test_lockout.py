"""Failed unlock attempts: lockout after 5, kept across restarts, lifted after 15 minutes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.ui.shell.lockout import UnlockThrottle

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


def throttle(path: Path, clock: FixedClock) -> UnlockThrottle:
    return UnlockThrottle(path / "unlock-attempts.json", max_failures=5, lockout_minutes=15,
                          clock=clock)


def test_five_failures_lock_for_fifteen_minutes(tmp_path: Path, clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    for left in (5, 4, 3, 2, 1):
        assert t.is_locked_out() is None and t.attempts_left() == left
        clock.advance(seconds=10)
        until = t.record_failure()
    assert until == T0 + dt.timedelta(seconds=50, minutes=15)
    assert t.is_locked_out() == until and t.attempts_left() == 0


def test_lockout_survives_a_restart(tmp_path: Path, clock: FixedClock) -> None:
    first = throttle(tmp_path, clock)
    for _ in range(5):
        first.record_failure()
    clock.advance(minutes=3)
    restarted = throttle(tmp_path, clock)  # a new process reading the same file
    assert restarted.is_locked_out() == T0 + dt.timedelta(minutes=15)
    clock.advance(minutes=11, seconds=59)
    assert throttle(tmp_path, clock).is_locked_out() is not None


def test_unlock_possible_after_the_time_passes(tmp_path: Path, clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    for _ in range(5):
        t.record_failure()
    clock.advance(minutes=15)
    assert t.is_locked_out() is None
    assert t.attempts_left() == 5  # a fresh round
    assert t.record_failure() is None  # one more wrong one does not lock again at once
    assert t.attempts_left() == 4


def test_failures_are_returned_for_the_audit_at_the_next_success(tmp_path: Path,
                                                                 clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    for i in range(6):  # the sixth arrives during the lockout: remembered, not counted
        clock.advance(seconds=1)
        t.record_failure(recovery=(i == 2))
    clock.advance(minutes=20)
    history = throttle(tmp_path, clock).record_success()
    assert [f.recovery for f in history.failures] == [False, False, True, False, False, False]
    assert history.failures[0].at == T0 + dt.timedelta(seconds=1)
    assert history.lockouts == [T0 + dt.timedelta(seconds=5)]
    assert not history.state_reset
    again = t.record_success()  # cleared: nothing audited twice
    assert not again and again.failures == []
    assert t.attempts_left() == 5


def test_success_resets_the_count(tmp_path: Path, clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    for _ in range(4):
        t.record_failure()
    t.record_success()
    for _ in range(4):
        assert t.record_failure() is None


def test_clock_set_back_does_not_lift_the_lockout(tmp_path: Path, clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    for _ in range(5):
        t.record_failure()
    clock.set(T0 - dt.timedelta(days=1))
    assert t.is_locked_out() is not None


def test_file_holds_no_secret_and_is_valid_json(tmp_path: Path, clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    t.record_failure()
    data = json.loads(t.path.read_text(encoding="utf-8"))
    assert set(data) == {"version", "streak", "locked_until", "failures", "lockouts",
                         "state_reset", "limits"}
    assert [p.name for p in tmp_path.iterdir()] == ["unlock-attempts.json"]  # no temp left


def test_damaged_file_is_reported_to_the_audit(tmp_path: Path, clock: FixedClock) -> None:
    t = throttle(tmp_path, clock)
    t.path.write_text("{not json", encoding="utf-8")
    assert t.is_locked_out() is None
    t.record_failure()
    history = t.record_success()
    assert history.state_reset and len(history.failures) == 1


def test_settings_values_are_honoured(tmp_path: Path, clock: FixedClock) -> None:
    t = UnlockThrottle(tmp_path / "a.json", max_failures=2, lockout_minutes=1, clock=clock)
    t.record_failure()
    assert t.record_failure() == T0 + dt.timedelta(minutes=1)
    with pytest.raises(ValueError):
        UnlockThrottle(tmp_path / "b.json", max_failures=0)


def test_the_vaults_limits_are_kept_for_the_next_start(tmp_path: Path, clock: FixedClock) -> None:
    first = throttle(tmp_path, clock)
    first.set_limits(2, 30)
    first.record_failure()
    assert first.record_success().failures  # a success keeps the limits, clears the count
    again = throttle(tmp_path, clock)  # constructed with 5 / 15: the kept limits win
    assert (again.max_failures, again.lockout) == (2, dt.timedelta(minutes=30))
    again.record_failure()
    assert again.record_failure() == clock.now() + dt.timedelta(minutes=30)
    with pytest.raises(ValueError):
        again.set_limits(0, 30)


@pytest.mark.parametrize("limits", ['"x"', "[0, 15]", "[true, 15]", "[5]"])
def test_unreadable_limits_fall_back_to_the_defaults(tmp_path: Path, clock: FixedClock,
                                                     limits: str) -> None:
    t = throttle(tmp_path, clock)
    t.record_failure()
    text = t.path.read_text(encoding="utf-8").replace('"limits": null', f'"limits": {limits}')
    assert f'"limits": {limits}' in text
    t.path.write_text(text, encoding="utf-8")
    again = throttle(tmp_path, clock)
    assert (again.max_failures, again.lockout) == (5, dt.timedelta(minutes=15))
