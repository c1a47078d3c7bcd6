"""One way to run a clerk's action (in the spirit of Anki's ``CollectionOp``).

Every page and dialog runs its workflows through an ``ActionRunner``:

1. it clears the last message and calls the core workflow;
2. a refusal (``RuleViolation``) or an environment problem goes to the page's message bar (or a
   dialog's inline errors) through ``refusal_text``; nothing was changed, so nothing is refreshed;
3. on success it refreshes the views the action touched (``changed`` names the carriers), then
   hands the result on;
4. ``run_in_background`` runs work that may take longer than half a second on a worker thread,
   with a busy indicator, the page disabled meanwhile, and the result back on the UI thread.

Anything else is a bug: it is not caught here but goes to the application's excepthook (log +
plain message), so no page has its own ``except`` for bugs either.

Background work over the vault goes through ``MainWindow.run_long``: the worker holds the vault's
one connection (``Vault.exclusive``) while the window is disabled, and a lock waits for it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QDialog, QProgressBar, QWidget

from ..core.errors import MijiError

T = TypeVar("T")


class RefusalTarget(Protocol):
    """Where refusals are shown: a page's ``MessageBar`` or a dialog's ``InlineErrors``."""

    def clear_message(self) -> None: ...
    def refuse_error(self, error: MijiError) -> None: ...


class _Worker(QThread):
    finished_with = Signal(object, object)  # result, error

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as e:  # handed to the UI thread, judged there
            self.finished_with.emit(None, e)
        else:
            self.finished_with.emit(result, None)


class JobCancelled(Exception):
    """The clerk cancelled a long job where that is safe (nothing was written)."""


class JobProgress(QObject):
    """How far a long job is: reported from its worker (rows or bytes done of a total), shown
    on the UI thread; ``cancel`` makes the next report stop the job with ``JobCancelled``."""

    changed = Signal(int, int)  # done, total

    def __init__(self, unit: str = "rows", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit = unit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        """Called on the worker: raises ``JobCancelled`` once the clerk cancelled."""
        if self._cancel.is_set():
            raise JobCancelled()
        self.changed.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class BusyIndicator(QProgressBar):
    """A progress bar with a word on what is being done; endless until a job reports how far
    it is (then: done of total and the time left); hidden when idle."""

    def __init__(self, name: str = "busyIndicator", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRange(0, 0)
        self.setTextVisible(True)
        self.setVisible(False)

    def start(self, text: str) -> None:
        self._text = text
        self._started = time.monotonic()
        self.setRange(0, 0)
        self.setFormat(text)
        self.setVisible(True)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def show_progress(self, done: int, total: int, unit: str = "rows") -> None:
        """``done`` of ``total`` rows (or bytes) and the time left, estimated from the pace."""
        if total <= 0:
            return
        done = min(done, total)
        self.setRange(0, total)
        self.setValue(done)
        elapsed = time.monotonic() - getattr(self, "_started", time.monotonic())
        left = round(elapsed * (total - done) / done) if done else None
        if unit == "bytes":
            amount = QCoreApplication.translate("Busy", "{done} / {total} MB").format(
                done=f"{done / 2**20:.0f}", total=f"{total / 2**20:.0f}")
        else:
            amount = QCoreApplication.translate("Busy", "{done} / {total} 行").format(
                done=done, total=total)
        text = f"{getattr(self, '_text', '')} {amount}"
        if left is not None:
            text += QCoreApplication.translate("Busy", "，约剩 {seconds} 秒").format(
                seconds=left)
        self.setFormat(text)

    def stop(self) -> None:
        self.setVisible(False)
        self.setRange(0, 0)
        QApplication.restoreOverrideCursor()


class BackgroundAction(QObject, Generic[T]):
    """One action running on a worker thread; ``finished`` fires on the UI thread when it ends
    (with True when it succeeded)."""

    finished = Signal(bool)

    def __init__(self, runner: ActionRunner, work: Callable[[], T],
                 then: Callable[[T], object] | None,
                 changed: Callable[[T], Sequence[int]] | None) -> None:
        super().__init__(runner.page)
        self._runner = runner
        self._then = then
        self._changed = changed
        self._worker = _Worker(work, self)
        self._worker.finished_with.connect(self._done, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._worker.isRunning()

    def start(self) -> None:
        self._worker.start()

    def wait(self) -> None:
        self._worker.wait()

    def _done(self, result: Any, error: BaseException | None) -> None:
        self._worker.wait()
        self._runner._background_ended()
        ok = False
        try:
            if error is None:
                self._runner._succeeded(result, self._then, self._changed)
                ok = True
            elif isinstance(error, JobCancelled):
                pass  # the clerk asked for it; whoever offered the cancel says so
            elif isinstance(error, MijiError):
                self._runner.shows.refuse_error(error)
            else:
                raise error  # a bug: to the excepthook, as on the UI thread
        finally:
            self.finished.emit(ok)


class ActionRunner:
    """Runs a page's actions. ``refresh(carrier_ids)`` updates the views an action touched;
    ``busy`` is shown while background work runs; ``page`` is disabled meanwhile."""

    def __init__(self, shows: RefusalTarget, *,
                 refresh: Callable[[Sequence[int]], object] | None = None,
                 page: QWidget | None = None, busy: BusyIndicator | None = None) -> None:
        self.shows = shows
        self.refresh = refresh
        self.page = page
        self.busy = busy
        self.current: BackgroundAction[Any] | None = None

    def run(self, work: Callable[[], T], then: Callable[[T], object] | None = None, *,
            changed: Callable[[T], Sequence[int]] | None = None) -> bool:
        """Run ``work`` now; True when it succeeded (and ``then`` has had its result)."""
        self.shows.clear_message()
        try:
            result = work()
        except MijiError as e:
            self.shows.refuse_error(e)
            return False
        self._succeeded(result, then, changed)
        return True

    def run_in_background(self, work: Callable[[], T], then: Callable[[T], object] | None = None,
                          *, changed: Callable[[T], Sequence[int]] | None = None,
                          text: str = "") -> BackgroundAction[T]:
        """Start ``work`` on a worker thread; ``then`` runs on the UI thread afterwards."""
        if self.current is not None:
            raise RuntimeError("an action is still running")
        self.shows.clear_message()
        action: BackgroundAction[T] = BackgroundAction(self, work, then, changed)
        self.current = action
        if self.page is not None:
            self.page.setEnabled(False)  # one action at a time: no second click meanwhile
        if self.busy is not None:
            self.busy.start(text)
        action.start()
        return action

    def _background_ended(self) -> None:
        self.current = None
        if self.busy is not None:
            self.busy.stop()
        if self.page is not None:
            self.page.setEnabled(True)

    def _succeeded(self, result: T, then: Callable[[T], object] | None,
                   changed: Callable[[T], Sequence[int]] | None) -> None:
        if self.refresh is not None and changed is not None:  # a look-up refreshes nothing
            self.refresh(list(changed(result)))
        if then is not None:
            then(result)


def accept_with(dialog: QDialog, shows: RefusalTarget, work: Callable[[], T],
                keep: str | None = None) -> bool:
    """A dialog's OK: run ``work``; on success keep its result as ``dialog.<keep>`` and close
    the dialog accepted; a refusal stays in the dialog at its field."""
    def then(result: T) -> None:
        if keep is not None:
            setattr(dialog, keep, result)
        dialog.accept()

    return ActionRunner(shows).run(work, then)


__all__ = ["ActionRunner", "BackgroundAction", "BusyIndicator", "JobCancelled", "JobProgress",
           "RefusalTarget", "accept_with"]
