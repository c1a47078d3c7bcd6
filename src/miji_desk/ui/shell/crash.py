"""Bugs are caught and kept: every uncaught exception goes to the bug log and to the clerk.

The clerk reads what failed (in plain words), that the vault is as it was (every change runs in
one transaction, so a failed action left nothing half-written), and where the log is, to hand
to whoever maintains the PC. The message never repeats the exception's text: it may hold ledger
content, and the log does not keep it either (``bug_log``).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import bug_log

Notify = Callable[[str], None]


def bug_text(exc_type: type[BaseException], log_path: Path | None) -> str:
    parts = [
        QCoreApplication.translate(
            "BugReport", "程序发生了意外错误（{kind}），刚才的操作没有完成。").format(
                kind=exc_type.__name__),
        QCoreApplication.translate(
            "BugReport", "台账保持一致：每项更改都在一个事务中完成，未完成的更改已全部撤销。"),
        QCoreApplication.translate("BugReport", "可以继续工作；如再次出现，请告知系统管理员。"),
    ]
    if log_path is not None:
        parts.append(QCoreApplication.translate(
            "BugReport", "错误记录（不含台账内容）：{path}").format(path=log_path))
    return "\n\n".join(parts)


def show_bug_box(text: str) -> None:
    """Window-modal, not a nested event loop: the app keeps its lock timers running."""
    parent: QWidget | None = QApplication.activeWindow()
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("BugReport", "程序错误"), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("bugReport")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    _open_boxes.append(box)  # without a parent only this reference keeps it on screen
    box.finished.connect(lambda _r: _open_boxes.remove(box))
    box.open()


_open_boxes: list[QMessageBox] = []


class _ToUiThread(QObject):
    """A background thread's bug is shown from the UI thread."""

    bug = Signal(object)

    def __init__(self, reporter: BugReporter) -> None:
        super().__init__()
        self._reporter = reporter
        self.bug.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _show(self, exc_type: type[BaseException]) -> None:
        self._reporter.tell(exc_type)


class BugReporter:
    def __init__(self, log_path: Path | None, notify: Notify | None = None) -> None:
        self.log_path = log_path
        self.notify: Notify = notify or show_bug_box
        self._relay = _ToUiThread(self)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        bug_log.log_bug((exc_type, exc, tb))
        self.tell(exc_type)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None:
            return
        bug_log.log_bug((args.exc_type, args.exc_value, args.exc_traceback), background=True)
        self._relay.bug.emit(args.exc_type)

    def tell(self, exc_type: type[BaseException]) -> None:
        if threading.current_thread() is not threading.main_thread():  # Qt's UI thread
            self._relay.bug.emit(exc_type)
            return
        self.notify(bug_text(exc_type, self.log_path))

    def fatal(self, error: BaseException) -> None:
        """A bug before the window is up (a feature that will not load): logged, then told in
        a blocking message, since there is no event loop yet to show anything else."""
        bug_log.log_bug((type(error), error, error.__traceback__))
        QMessageBox.critical(None, QCoreApplication.translate("BugReport", "程序错误"),
                             bug_text(type(error), self.log_path))

    def report(self, error: BaseException) -> None:
        """A bug caught by code that must go on (a print's callback, a dialog's result)."""
        bug_log.log_bug((type(error), error, error.__traceback__))
        self.tell(type(error))


_installed: BugReporter | None = None


def install_bug_reporter(log_folder: Path, notify: Notify | None = None) -> BugReporter:
    """Log file + ``sys.excepthook`` + ``threading.excepthook``."""
    global _installed
    path = bug_log.install_log(log_folder)
    reporter = BugReporter(path, notify)
    sys.excepthook = reporter.excepthook
    threading.excepthook = reporter.thread_hook
    _installed = reporter
    return reporter


def report_bug(error: BaseException) -> None:
    """Log and show a bug caught on purpose; without an installed reporter (tests, the CLI),
    it is logged and raised again so it cannot pass unseen."""
    if _installed is None:
        bug_log.log_bug((type(error), error, error.__traceback__))
        raise error
    _installed.report(error)


__all__ = ["BugReporter", "bug_text", "install_bug_reporter", "report_bug", "show_bug_box"]
