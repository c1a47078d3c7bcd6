"""The ledger's search box follows typing: a short pause, then the search is counted on a worker
thread over its own read-only connection, so typing never waits for the vault.

``LedgerSearch.typed(f)`` (re)starts the pause; when it ends the count runs on a worker and
``ready(filter, count)`` hands it to the window, which shows the rows (pages of 200 are read as
they scroll into view). A newer keystroke, ``cancel()`` (Esc, the ⊗ button, locking) interrupts a
running count: its result is dropped. At a million carriers a common word takes seconds to count;
the window stays usable meanwhile and the status bar says a search is running.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from ...core.ledger_query import LedgerFilter
from ...core.levels import LevelCatalog

if TYPE_CHECKING:  # the vault is open (and these loaded) before anything is searched
    from ...vault.connection import Connection

DEBOUNCE_MS = 250


class _Count(QThread):
    counted = Signal(int, object, int)  # generation, filter, count (-1: failed or cancelled)

    def __init__(self, open_reader: Callable[[], Connection], levels: LevelCatalog,
                 f: LedgerFilter, generation: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_reader = open_reader
        self._levels = levels
        self._filter = f
        self.generation = generation
        self._lock = threading.Lock()
        self._conn: Connection | None = None
        self._cancelled = False

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()  # the running statement stops at once

    def run(self) -> None:
        n = -1
        conn: Connection | None = None
        try:
            conn = self._open_reader()
            with self._lock:
                self._conn = conn
                cancelled = self._cancelled
            if not cancelled:
                from ...vault.queries import LedgerQueries

                n = LedgerQueries(conn, self._levels).count(self._filter)
        except Exception:  # interrupted, or the vault locked meanwhile: nothing to show
            n = -1
        finally:
            with self._lock:
                self._conn = None
            if conn is not None:
                conn.close()
        self.counted.emit(self.generation, self._filter, n)


class LedgerSearch(QObject):
    """Debounced, cancellable search counts for the ledger table."""

    ready = Signal(object, int)  # LedgerFilter, its count
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start)
        self._pending: tuple[Callable[[], Connection], LevelCatalog, LedgerFilter] | None = None
        self._generation = 0
        self._running: list[_Count] = []

    @property
    def running(self) -> bool:
        return any(t.generation == self._generation for t in self._running)

    def typed(self, open_reader: Callable[[], Connection], levels: LevelCatalog,
              f: LedgerFilter) -> None:
        """The text changed: search ``f`` once typing pauses."""
        self.cancel()
        self._pending = (open_reader, levels, f)
        self._timer.start()

    def cancel(self) -> None:
        """Forget the pending search and stop a running one (its result is dropped)."""
        self._timer.stop()
        self._pending = None
        self._generation += 1
        for task in self._running:
            task.cancel()
        self.busyChanged.emit(False)

    def wait(self) -> None:
        """Every worker stopped (the vault is about to close)."""
        self.cancel()
        for task in list(self._running):
            task.wait()

    def _start(self) -> None:
        if self._pending is None:
            return
        open_reader, levels, f = self._pending
        self._pending = None
        task = _Count(open_reader, levels, f, self._generation, self)
        task.counted.connect(self._counted)
        task.finished.connect(lambda t=task: self._forget(t))
        self._running.append(task)
        self.busyChanged.emit(True)
        task.start()

    def _forget(self, task: _Count) -> None:
        if task in self._running:
            self._running.remove(task)
        task.deleteLater()

    def _counted(self, generation: int, f: LedgerFilter, n: int) -> None:
        if generation != self._generation:
            return  # a newer keystroke or a cancel came meanwhile
        self.busyChanged.emit(False)
        if n >= 0:
            self.ready.emit(f, n)
