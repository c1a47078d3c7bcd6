"""One limit on failed unlocks for every way in: the app, the command line, anything else.

After ``max_failures`` wrong passphrases or recovery codes in a row, unlocking is refused for
``lockout_minutes`` (defaults 5 and 15; the unit's rules, stored here after each unlock with
``store_limits`` so they are known while the vault is locked).

The state is one small file per vault in the user's state folder (``<vault_id>.json``), outside
the vault because the vault cannot be opened to write it. It is bound to the vault's key file by
an HMAC keyed from the vault id and key check, so a state file of another vault, a hand edit or a
cut file does not pass. A missing or damaged state is treated as the limit reached: only the
recovery code (from the safe) unlocks, and the next unlock's audit event says what happened.

Each attempt is counted *before* the secret is checked (``begin``): a process killed while the
key is derived has still spent its guess, and an attempt that cannot be counted (read-only or
full disk) is refused rather than made uncounted. The state holds times only, never anything typed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core.clock import Clock, SystemClock
from ..core.errors import EnvironmentProblem
from .errors import VaultError
from .keyslots import KeyFile, key_file_path

STATE_VERSION = 1
DEFAULT_MAX_FAILURES = 5
DEFAULT_LOCKOUT_MINUTES = 15
MAX_REMEMBERED = 1000  # failures kept for the audit; a flood must not grow the file forever
MAX_STATE_BYTES = 256 * 1024
MAC_INFO = b"miji-desk unlock limit v1"

MISSING = "missing"  # the state of an armed vault was deleted
DAMAGED = "damaged"  # edited, cut, or belongs to another vault


class UnlockRefused(VaultError):
    """The attempt was not made: locked out, or only the recovery code may be used now."""

    def __init__(self, message: str, until: dt.datetime | None = None) -> None:
        super().__init__(message)
        self.until = until


@dataclass(frozen=True)
class FailedAttempt:
    at: dt.datetime
    recovery: bool = False  # a recovery code rather than the passphrase was tried


@dataclass(frozen=True)
class UnlockHistory:
    """What happened since the last successful unlock, for the audit log."""

    failures: list[FailedAttempt] = field(default_factory=list)
    lockouts: list[dt.datetime] = field(default_factory=list)  # when each lockout began
    state_problem: str | None = None  # MISSING or DAMAGED: the state had to be started afresh

    def __bool__(self) -> bool:
        return bool(self.failures or self.lockouts or self.state_problem)

    def audit_detail(self) -> dict[str, Any]:
        return {"failed_attempts": [f.at.isoformat() + (" recovery" if f.recovery else "")
                                    for f in self.failures],
                "lockouts": [t.isoformat() for t in self.lockouts],
                "limit_state_problem": self.state_problem}


@dataclass
class _State:
    max_failures: int = DEFAULT_MAX_FAILURES
    lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES
    failures: list[FailedAttempt] = field(default_factory=list)
    streak: int = 0  # failures since the last success or the end of the last lockout
    locked_until: dt.datetime | None = None
    lockouts: list[dt.datetime] = field(default_factory=list)
    problem: str | None = None  # set while only the recovery code may unlock
    pending: FailedAttempt | None = None  # the attempt being checked right now
    pending_locked: bool = False  # ... and it started the lockout, should it fail


def default_state_dir() -> Path:
    """The per-user folder for unlock state: not roaming, not beside the vault."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "MijiDesk" / "unlock"
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "miji-desk" / "unlock"


def _check_limits(max_failures: int, lockout_minutes: int) -> None:
    if max_failures < 1 or lockout_minutes < 1:
        raise ValueError("max_failures and lockout_minutes must be at least 1")


class UnlockLimiter:
    """The limit for the vault at ``vault_path`` (its key file names it)."""

    def __init__(self, vault_path: Path, *, clock: Clock | None = None,
                 state_dir: Path | None = None) -> None:
        self.vault_path = Path(vault_path)
        self._clock = clock or SystemClock()
        self._state_dir = state_dir or default_state_dir()
        self._binding: tuple[str, bytes] | None = None

    @classmethod
    def arm(cls, vault_path: Path, keyfile: KeyFile, *, max_failures: int = DEFAULT_MAX_FAILURES,
            lockout_minutes: int = DEFAULT_LOCKOUT_MINUTES, state_dir: Path | None = None
            ) -> UnlockLimiter:
        """A fresh state for a new vault; from now on its absence is noticed."""
        _check_limits(max_failures, lockout_minutes)
        limiter = cls(vault_path, state_dir=state_dir)
        limiter._binding = _binding_of(keyfile)
        limiter._save(_State(max_failures, lockout_minutes))
        return limiter

    @classmethod
    def arm_restored(cls, vault_path: Path, *, state_dir: Path | None = None) -> bool:
        """After a restore: a vault id without any state yet (a backup of another vault, or
        restored on another PC) gets a fresh one. An existing state, damaged or not, stays.
        Returns True if it armed."""
        limiter = cls(vault_path, state_dir=state_dir)
        if limiter.path.exists():
            return False
        limiter._save(_State())
        return True

    # -- queries -----------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._state_dir / f"{self._bind()[0]}.json"

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
        return max(0, state.max_failures - streak)

    def recovery_only(self) -> str | None:
        """MISSING or DAMAGED while only the recovery code may unlock, else None."""
        return self._load().problem

    def limits(self) -> tuple[int, int]:
        state = self._load()
        return state.max_failures, state.lockout_minutes

    # -- one attempt: begin, then failed or succeeded ------------------------------------------

    def begin(self, *, recovery: bool) -> None:
        """Count this attempt before the secret is checked, or refuse it (``UnlockRefused``,
        or ``EnvironmentProblem`` when it cannot be counted)."""
        now = self._clock.now()
        state = self._load()
        until = state.locked_until
        if until is not None and now < until:
            raise UnlockRefused("口令或恢复码连续输错次数过多，已暂停解锁。"
                                f"请在 {until.strftime('%H:%M')} 之后再试。", until)
        if state.problem and not recovery:
            raise UnlockRefused(
                "解锁次数记录丢失或被改动，为防止绕过输错次数限制，本次只能使用恢复码解锁。")
        if until is not None:  # the previous lockout is over: a fresh round
            state.locked_until, state.streak = None, 0
        state.pending = FailedAttempt(now, recovery)
        state.streak += 1
        state.pending_locked = state.streak >= state.max_failures
        if state.pending_locked:
            state.locked_until = now + dt.timedelta(minutes=state.lockout_minutes)
            state.lockouts = [*state.lockouts, now]
        try:
            self._save(state)
        except OSError as e:
            raise EnvironmentProblem(
                f"无法记录这次解锁尝试（{e.strerror or type(e).__name__}：{self.path}），"
                "为防止绕过输错次数限制，本次解锁被拒绝。请检查磁盘空间和文件夹权限。") from e

    def failed(self) -> dt.datetime | None:
        """The secret was wrong; returns the end of the lockout if this attempt started one."""
        state = self._load()
        with contextlib.suppress(OSError):  # already counted by ``begin``
            self._save(state)  # the load folded the pending attempt into the failures
        return self.is_locked_out()

    def abandon(self) -> None:
        """The attempt never tested a secret (missing file, damage, mistyped code format)."""
        state = self._load(fold_pending=False)
        if state.pending is None:
            return
        state.streak = max(0, state.streak - 1)
        if state.pending_locked:
            state.locked_until = None
            state.lockouts = state.lockouts[:-1]
        state.pending, state.pending_locked = None, False
        with contextlib.suppress(OSError):  # left in place it counts once more: the safe side
            self._save(state)

    def succeeded(self) -> UnlockHistory:
        """Clear the count; return what the audit log must record."""
        state = self._load(fold_pending=False)
        lockouts = list(state.lockouts)
        if state.pending is not None and state.pending_locked and lockouts:
            lockouts.pop()  # the lockout this attempt would have started, had it failed
        history = UnlockHistory(list(state.failures), lockouts, state.problem)
        fresh = _State(state.max_failures, state.lockout_minutes)
        # The vault is open and the audit will say what happened; a stale pending attempt left
        # behind by a failed write counts as one failure next time, which is the safe side.
        with contextlib.suppress(OSError):
            self._save(fresh)
        return history

    def store_limits(self, max_failures: int, lockout_minutes: int) -> None:
        """The unit's current limits, called after each successful unlock."""
        _check_limits(max_failures, lockout_minutes)
        state = self._load()
        state.max_failures, state.lockout_minutes = max_failures, lockout_minutes
        self._save(state)

    # -- the file ----------------------------------------------------------------------------

    def _bind(self) -> tuple[str, bytes]:
        if self._binding is None:
            self._binding = _binding_of(KeyFile.load(key_file_path(self.vault_path)))
        return self._binding

    def _mac(self, body: bytes) -> str:
        vault_id, key_check = self._bind()
        key = hashlib.sha256(MAC_INFO + vault_id.encode("ascii") + key_check).digest()
        return hmac.new(key, body, hashlib.sha256).hexdigest()

    def _load(self, *, fold_pending: bool = True) -> _State:
        try:
            with open(self.path, "rb") as f:
                raw = f.read(MAX_STATE_BYTES + 1)
        except FileNotFoundError:
            return _State(problem=MISSING)
        except OSError:
            return _State(problem=DAMAGED)
        try:
            state = self._parse(raw)
        except (ValueError, KeyError, TypeError, AttributeError):
            return _State(problem=DAMAGED)
        if fold_pending and state.pending is not None:
            # Never resolved (a failure, or a process killed while checking): it counts.
            state.failures = [*state.failures, state.pending][-MAX_REMEMBERED:]
            state.pending, state.pending_locked = None, False
        return state

    def _parse(self, raw: bytes) -> _State:
        if len(raw) > MAX_STATE_BYTES:
            raise ValueError("state file too large")
        doc = json.loads(raw)
        body = doc["body"]
        canonical = _canonical(body)
        if not hmac.compare_digest(str(doc["mac"]), self._mac(canonical)):
            raise ValueError("state does not belong to this vault or was changed")
        if body["version"] != STATE_VERSION or body["vault_id"] != self._bind()[0]:
            raise ValueError("unknown version or another vault")
        pending = body["pending"]
        state = _State(
            max_failures=int(body["max_failures"]), lockout_minutes=int(body["lockout_minutes"]),
            failures=[_attempt(f) for f in body["failures"]], streak=int(body["streak"]),
            locked_until=_time(body["locked_until"]),
            lockouts=[dt.datetime.fromisoformat(t) for t in body["lockouts"]],
            problem=body["problem"] if body["problem"] in (MISSING, DAMAGED) else None,
            pending=_attempt(pending) if pending else None,
            pending_locked=bool(body["pending_locked"]))
        _check_limits(state.max_failures, state.lockout_minutes)
        return state

    def _save(self, state: _State) -> None:
        body = {
            "version": STATE_VERSION, "vault_id": self._bind()[0],
            "max_failures": state.max_failures, "lockout_minutes": state.lockout_minutes,
            "streak": state.streak,
            "locked_until": state.locked_until.isoformat() if state.locked_until else None,
            "failures": [_attempt_dict(f) for f in state.failures],
            "lockouts": [t.isoformat() for t in state.lockouts],
            "problem": state.problem,
            "pending": _attempt_dict(state.pending) if state.pending else None,
            "pending_locked": state.pending_locked,
        }
        data = json.dumps({"body": body, "mac": self._mac(_canonical(body))}, indent=1,
                          ensure_ascii=True).encode("ascii")
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Write-then-rename: a crash or full disk leaves the old count, never half a file.
        fd, tmp = tempfile.mkstemp(prefix=".unlock-", suffix=".tmp", dir=folder)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _binding_of(keyfile: KeyFile) -> tuple[str, bytes]:
    return keyfile.vault_id, keyfile.key_check


def _canonical(body: Any) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=True).encode("ascii")


def _attempt(d: Any) -> FailedAttempt:
    return FailedAttempt(dt.datetime.fromisoformat(d["at"]), bool(d["recovery"]))


def _attempt_dict(a: FailedAttempt) -> dict[str, Any]:
    return {"at": a.at.isoformat(), "recovery": a.recovery}


def _time(text: Any) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None
