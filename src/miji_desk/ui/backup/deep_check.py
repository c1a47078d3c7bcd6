"""The background deep check while the app is unlocked and idle (issue 17).

``DeepCheckService`` starts a pass (``vault.deep_check.DeepChecker``) on a thread of its own
after unlock when the last complete deep check is older than a day or found damage. Every key
press, click or scroll tells the checker the clerk is working: the running unit stops within a
moment and nothing runs until ``idle_seconds`` passed without input. The finished units are kept
per vault across lock and unlock. A complete pass is recorded on the GUI thread (one
``deep_check`` audit event) and shown in the 台账库 menu, under 检查台账完整性.
"""

from __future__ import annotations

import datetime as dt
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from ...core.errors import MijiError
from ...vault.deep_check import (
    DeepChecker,
    DeepCheckResult,
    DeepCheckState,
    last_deep_check,
    record_deep_check,
)
from ..shell.idle import ACTIVITY_EVENTS

if TYPE_CHECKING:
    from ..shell.controller import AppController

RECHECK_AFTER = dt.timedelta(days=1)


class DeepCheckService(QObject):
    def __init__(self, controller: AppController, action: QAction, *,
                 idle_seconds: float = 60.0, poll_ms: int = 1000) -> None:
        super().__init__(controller)
        self.c = controller
        self.action = action
        self.action.setEnabled(False)
        self.idle_seconds = idle_seconds
        self._states: dict[str, DeepCheckState] = {}  # per vault, across lock and unlock
        self.checker: DeepChecker | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._shown: DeepCheckResult | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # -- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        vault = self.c.window.vault
        if vault is None:
            return
        last = last_deep_check(vault)
        self.show(last)
        if last is not None and last.ok and self.c.clock.now() - last.at < RECHECK_AFTER:
            return
        self.checker = DeepChecker(vault, self._states.get(vault.vault_id),
                                   idle_seconds=self.idle_seconds)
        self._states[vault.vault_id] = self.checker.state
        self._stop = threading.Event()
        checker, stop = self.checker, self._stop
        self._thread = threading.Thread(target=self._work, args=(checker, stop),
                                        name="deep-check", daemon=True)
        self._thread.start()
        self._timer.start()
        self._show_progress(checker)

    def _show_progress(self, checker: DeepChecker) -> None:
        self.action.setVisible(True)
        self.action.setText(self.tr("完整检查进行中（空闲时）：{p}%")
                            .format(p=int(checker.fraction() * 100)))

    @staticmethod
    def _work(checker: DeepChecker, stop: threading.Event) -> None:
        try:
            checker.run(stop)
        except Exception:
            stop.set()

    def stop(self) -> None:
        """At lock: the running unit stops; the finished ones are kept for the next unlock."""
        self._timer.stop()
        if self.checker is not None:
            self._stop.set()
            self.checker.touch()
        if self._thread is not None:
            self._thread.join(10)
        self.checker, self._thread = None, None
        self.action.setText("")
        self.action.setVisible(False)

    # -- activity ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.checker is not None and event.type() in ACTIVITY_EVENTS:
            self.checker.touch()
        return False

    # -- progress and result -------------------------------------------------------------------
    def poll(self) -> None:
        checker, vault = self.checker, self.c.window.vault
        if checker is None or vault is None:
            return
        if self._thread is not None and self._thread.is_alive():
            self._show_progress(checker)
            return
        self._timer.stop()
        result = checker.result()
        self.checker, self._thread = None, None
        if result is None:
            return
        try:
            record_deep_check(vault, result)
        except MijiError as e:
            self.c.window.say(e.message)
            return
        self._states.pop(vault.vault_id, None)
        self.show(result)
        if not result.ok:
            self.c.window.say(self.tr("完整检查发现台账有问题：{p}。在问题处理前不能备份。")
                              .format(p="；".join(result.problems[:2])))

    def retranslate(self) -> None:
        """The language changed: word the state again."""
        if self.c.window.vault is None:
            return
        if self.checker is not None and self._thread is not None and self._thread.is_alive():
            self._show_progress(self.checker)
        else:
            self.show(self._shown)

    def show(self, last: DeepCheckResult | None) -> None:
        self._shown = last
        self.action.setVisible(True)
        if last is None:
            self.action.setText(self.tr("尚未完成过完整检查"))
        elif last.ok:
            self.action.setText(self.tr("上次完整检查：{at}，通过")
                                .format(at=last.at.strftime("%Y-%m-%d %H:%M")))
        else:
            self.action.setText(self.tr("上次完整检查：{at}，发现问题")
                                .format(at=last.at.strftime("%Y-%m-%d %H:%M")))
