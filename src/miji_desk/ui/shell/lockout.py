"""Failed unlock attempts and the lockout that follows (no Qt).

After ``max_failures`` wrong passphrases or recovery codes in a row the unlock screen refuses
further attempts for ``lockout_minutes`` (defaults 5 and 15). Both are unit rules kept in the
vault (``core.unit_rules``): after each unlock ``apply_unit_limits`` hands them to the throttle,
which keeps them beside the count, so they hold while the vault is closed and after a restart.
The count lives in a small JSON file outside the vault, because the vault cannot be opened to
write it, and so that quitting and restarting the app does not reset it. It holds timestamps
and the limits only, never anything typed.

At the next successful unlock ``record_success`` hands back every failure since the previous
success, for the caller to write into the audit log, and clears the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ...core.clock import Clock, SystemClock
from ...core.ports import Ledger
from ...core.unit_rules import LOCKOUT_MINUTES, MAX_FAILED_UNLOCKS, rule_value

STATE_VERSION = 1
MAX_REMEMBERED = 1000  # failures kept for the audit; a flood must not grow the file forever


@dataclass(frozen=True)
class FailedAttempt:
    at: dt.datetime
    recovery: bool = False  # a recovery code rather than the passphrase was tried


@dataclass(frozen=True)
class UnlockHistory:
    """What happened since the last successful unlock, for the audit log."""

    failures: list[FailedAttempt] = field(default_factory=list)
    lockouts: list[dt.datetime] = field(default_factory=list)  # when each lockout began
    state_reset: bool = False  # the state file was unreadable and had to be started afresh

    def __bool__(self) -> bool:
        return bool(self.failures or self.lockouts or self.state_reset)


@dataclass
class _State:
    failures: list[FailedAttempt] = field(default_factory=list)
    streak: int = 0  # failures since the last success or the end of the last lockout
    locked_until: dt.datetime | None = None
    lockouts: list[dt.datetime] = field(default_factory=list)
    state_reset: bool = False
    limits: tuple[int, int] | None = None  # the vault's (max_failures, lockout_minutes)


def apply_unit_limits(throttle: UnlockThrottle, ledger: Ledger) -> None:
    """The vault's unlock limits, read after an unlock, for every later attempt."""
    throttle.set_limits(rule_value(ledger, MAX_FAILED_UNLOCKS), rule_value(ledger, LOCKOUT_MINUTES))


class UnlockThrottle:
    def __init__(self, path: Path, *, max_failures: int = 5, lockout_minutes: int = 15,
                 clock: Clock | None = None) -> None:
        if max_failures < 1 or lockout_minutes < 1:
            raise ValueError("max_failures and lockout_minutes must be at least 1")
        self.path = path
        self.max_failures = max_failures
        self.lockout = dt.timedelta(minutes=lockout_minutes)
        self._clock = clock or SystemClock()
        self._defaults = (max_failures, lockout_minutes)
        self._use(self._load().limits)

    def _use(self, limits: tuple[int, int] | None) -> None:
        failures, minutes = limits or self._defaults
        self.max_failures = failures
        self.lockout = dt.timedelta(minutes=minutes)

    def set_limits(self, max_failures: int, lockout_minutes: int) -> None:
        """Use these limits from now on and keep them for the next start."""
        if max_failures < 1 or lockout_minutes < 1:
            raise ValueError("max_failures and lockout_minutes must be at least 1")
        state = self._load()
        state.limits = (max_failures, lockout_minutes)
        self._save(state)
        self._use(state.limits)

    # -- queries -----------------------------------------------------------------------------

    def is_locked_out(self) -> dt.datetime | None:
        """The moment the lockout ends, or None when an attempt may be made now."""
        until = self._load().locked_until
        if until is not None and self._clock.now() < until:
            return until
        return None

    def attempts_left(self) -> int:
        """Attempts before the next lockout (0 while locked out)."""
        if self.is_locked_out():
            return 0
        state = self._load()
        streak = 0 if state.locked_until is not None else state.streak
        return max(0, self.max_failures - streak)

    # -- events ------------------------------------------------------------------------------

    def record_failure(self, *, recovery: bool = False) -> dt.datetime | None:
        """Count one wrong secret; returns the end of the lockout if this attempt started one.

        Attempts are meant to be refused before checking while locked out; one that arrives
        anyway is remembered for the audit but neither counts nor extends the lockout.
        """
        now = self._clock.now()
        state = self._load()
        state.failures = [*state.failures, FailedAttempt(now, recovery)][-MAX_REMEMBERED:]
        if state.locked_until is not None and now < state.locked_until:
            self._save(state)
            return state.locked_until
        if state.locked_until is not None:  # the previous lockout is over: a fresh round
            state.locked_until, state.streak = None, 0
        state.streak += 1
        if state.streak >= self.max_failures:
            state.locked_until = now + self.lockout
            state.lockouts.append(now)
        self._save(state)
        return state.locked_until

    def record_success(self) -> UnlockHistory:
        """Clear the count; return what the audit log must record."""
        state = self._load()
        history = UnlockHistory(list(state.failures), list(state.lockouts), state.state_reset)
        if history or self.path.exists():
            self._save(_State(limits=state.limits))
        return history

    # -- the file ----------------------------------------------------------------------------

    def _load(self) -> _State:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return _State()
        except OSError:
            return _State(state_reset=True)
        try:
            data = json.loads(raw)
            if data.get("version") != STATE_VERSION:
                raise ValueError("unknown version")
            return _State(
                failures=[FailedAttempt(dt.datetime.fromisoformat(f["at"]), bool(f["recovery"]))
                          for f in data["failures"]],
                streak=int(data["streak"]),
                locked_until=(dt.datetime.fromisoformat(data["locked_until"])
                              if data["locked_until"] else None),
                lockouts=[dt.datetime.fromisoformat(t) for t in data["lockouts"]],
                state_reset=bool(data.get("state_reset", False)),
                limits=_limits(data.get("limits")),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            # Damaged by hand or by a crash: start again, but tell the audit log it happened.
            return _State(state_reset=True)

    def _save(self, state: _State) -> None:
        data = {
            "version": STATE_VERSION,
            "streak": state.streak,
            "locked_until": state.locked_until.isoformat() if state.locked_until else None,
            "failures": [{"at": f.at.isoformat(), "recovery": f.recovery}
                         for f in state.failures],
            "lockouts": [t.isoformat() for t in state.lockouts],
            "state_reset": state.state_reset,
            "limits": list(state.limits) if state.limits else None,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write-then-rename: a crash or full disk leaves the old count, never half a file.
        fd, tmp = tempfile.mkstemp(prefix=".unlock-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _limits(raw: object) -> tuple[int, int] | None:
    """Limits as stored; anything else (an older file, a hand edit) means the defaults."""
    if (isinstance(raw, list) and len(raw) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) and n >= 1 for n in raw)):
        return raw[0], raw[1]
    return None
