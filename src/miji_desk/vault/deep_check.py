"""The deep check: the full structural proof of the live vault, in the background (issue 17).

A backup proves only that the medium holds the vault's bytes and that they open with the key
(``backup.creation``). The full proof -- every page's HMAC (``cipher_integrity_check``), every
table's B-tree (``PRAGMA integrity_check(TABLE)``) and the whole audit chain -- runs here,
while the app is unlocked and idle:

- on a read-only connection of its own, off the UI thread (``DeepChecker.step`` / ``run``);
- in units (the page check, one unit per table, the chain), each in its own read transaction;
  a unit interrupted because the clerk started working (``touch``) is simply run again later,
  and finished units are kept in a ``DeepCheckState`` that outlives the unlocked vault, so the
  check goes on after a lock and unlock where it stopped;
- a complete pass is recorded by ``record_deep_check`` on the vault's thread: one
  ``deep_check`` audit event and the meta value ``last_deep_check`` (date, result, first
  problems), read back with ``last_deep_check``.

Every backup names the last complete deep check in its manifest; a backup is refused while the
last one found damage, and marked 未经完整检查 when none passed within the unit rule
``DEEP_CHECK_MAX_AGE`` days (``backup.creation``).

A pass that spans hours proves each unit as it was when that unit ran, not one instant of the
whole file; a writer between two units is checked by the next pass.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import audit, connection

if TYPE_CHECKING:
    from .vault import Vault

LAST_DEEP_CHECK = "last_deep_check"  # meta key
CIPHER = "cipher"
CHAIN = "chain"
TABLE = "table:"
PROGRESS_EVERY = 20_000  # SQLite VM steps between looks at "has the clerk started working?"


@dataclass
class DeepCheckState:
    """The progress of one pass over one vault; kept by the app across lock and unlock."""

    vault_id: str
    started_at: str = ""
    done: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DeepCheckResult:
    at: dt.datetime
    ok: bool
    problems: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps({"at": self.at.isoformat(), "ok": self.ok,
                           "problems": list(self.problems[:5])}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DeepCheckResult | None:
        try:
            doc = json.loads(text)
            return cls(dt.datetime.fromisoformat(doc["at"]), bool(doc["ok"]),
                       tuple(str(p) for p in doc.get("problems", [])))
        except (ValueError, KeyError, TypeError):
            return None

    def public(self) -> dict[str, object]:
        """What a backup manifest records (no ledger text)."""
        return {"at": self.at.isoformat(), "ok": self.ok}


class DeepChecker:
    """Runs the units of one pass on its own read-only connection; any thread but one at a time.

    ``touch()`` (any thread) says the clerk is working: the running unit stops within a moment
    and no unit starts until ``idle_seconds`` passed without another touch.
    """

    def __init__(self, vault: Vault, state: DeepCheckState | None = None, *,
                 idle_seconds: float = 30.0,
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        if state is not None and state.vault_id != vault.vault_id:
            state = None  # another vault was opened: start over
        self.state = state or DeepCheckState(vault.vault_id)
        self._path = vault.path
        self._data_key = vault._data_key  # the same keys Vault.verifier hands to its worker
        self._audit_key = vault._audit_key
        self._clock = vault.clock
        self._idle = idle_seconds
        self._monotonic = monotonic
        self._last_touch = monotonic()
        self._touches = 0
        self._lock = threading.Lock()
        self._units: list[str] | None = None
        self._running: connection.Connection | None = None
        self.interrupted = 0  # units stopped because the clerk worked (for tests and bench)

    # -- activity ----------------------------------------------------------------------------
    def touch(self) -> None:
        with self._lock:
            self._last_touch = self._monotonic()
            self._touches += 1
            if self._running is not None:
                self._running.interrupt()  # sqlite3_interrupt: safe from any thread

    def idle(self) -> bool:
        with self._lock:
            return self._monotonic() - self._last_touch >= self._idle

    # -- the pass ----------------------------------------------------------------------------
    def units(self) -> list[str]:
        if self._units is None:
            conn = self._open()
            try:
                names = [r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                    "ORDER BY name")]
            finally:
                conn.close()
            self._units = [CIPHER, *(TABLE + n for n in names), CHAIN]
        return self._units

    def remaining(self) -> list[str]:
        return [u for u in self.units() if u not in self.state.done]

    def fraction(self) -> float:
        units = self.units()
        return sum(1 for u in units if u in self.state.done) / len(units)

    def complete(self) -> bool:
        return not self.remaining()

    def step(self) -> bool:
        """Run the next unit now (whatever the idle time); True if it finished."""
        todo = self.remaining()
        if not todo:
            return False
        unit = todo[0]
        if not self.state.started_at:
            self.state.started_at = self._clock.now().isoformat()
        with self._lock:
            start = self._touches
        conn = self._open()

        def busy() -> int:
            with self._lock:
                return 1 if self._touches != start else 0

        conn.set_progress_handler(busy, PROGRESS_EVERY)
        with self._lock:
            self._running = conn
        try:
            conn.execute("BEGIN")
            try:
                problems = self._run_unit(conn, unit)
            finally:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
        except connection.OperationalError:
            if busy():
                self.interrupted += 1
                return False
            raise
        finally:
            with self._lock:
                self._running = None
            conn.close()
        self.state.problems += problems
        self.state.done.append(unit)
        return True

    def run(self, stop: threading.Event, poll: float = 0.5) -> DeepCheckResult | None:
        """Until the pass is complete or ``stop`` is set: wait for idle, run a unit."""
        while not stop.is_set() and not self.complete():
            if not self.idle():
                stop.wait(poll)
                continue
            self.step()
        return self.result()

    def result(self) -> DeepCheckResult | None:
        """The pass's verdict once every unit ran; None before."""
        if not self.complete():
            return None
        return DeepCheckResult(self._clock.now(), not self.state.problems,
                               tuple(self.state.problems))

    def restart(self) -> None:
        """A new pass (after a recorded one)."""
        self.state = DeepCheckState(self.state.vault_id)
        self._units = None

    # -- the units ---------------------------------------------------------------------------
    def _open(self) -> connection.Connection:
        conn = connection.open_existing(self._path, self._data_key)
        conn.execute("PRAGMA query_only = ON")
        return conn

    def _run_unit(self, conn: connection.Connection, unit: str) -> list[str]:
        try:
            if unit == CIPHER:
                return ["页校验：" + str(r[0]) for r in
                        conn.execute("PRAGMA cipher_integrity_check")]
            if unit == CHAIN:
                verdict = audit.verify(conn, self._audit_key)
                return [] if verdict.ok else ["审计链：" + verdict.summary()]
            table = unit[len(TABLE):]
            rows = [str(r[0]) for r in conn.execute(
                f'PRAGMA integrity_check("{table.replace(chr(34), chr(34) * 2)}")')]
            return [] if rows == ["ok"] else [f"表 {table}：{r}" for r in rows]
        except connection.OperationalError:
            raise  # interrupted, or the disk failed
        except connection.DatabaseError as e:  # a damaged page stops the check itself
            return [f"{unit}：{e}"]


def record_deep_check(vault: Vault, result: DeepCheckResult) -> None:
    """One ``deep_check`` audit event and the meta value, in one transaction (vault thread)."""
    with vault.transaction() as tx:
        tx.audit("deep_check", [], {"at": result.at.isoformat(), "ok": result.ok,
                                    "problems": list(result.problems[:5])})
        tx.set_meta(LAST_DEEP_CHECK, result.to_json())


def last_deep_check(vault: Vault) -> DeepCheckResult | None:
    """The last complete deep check recorded in the vault (for the dashboard and backups)."""
    text = vault.setting(LAST_DEEP_CHECK, "")
    return DeepCheckResult.from_json(text) if text else None
