"""台账库 › 检查台账完整性 / 核对校验码: the whole verification, off the GUI thread.

The inspector types checkpoint codes from earlier printed registers; the report says for each
whether the audit chain still passes through it, and names any ledger row that differs from the
audit event that should have written it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ...core.errors import MijiError
from ...vault.vault import Vault
from ...vault.verification import VerifyReport
from ..forms.ui_verify_vault import Ui_VerifyVaultDialog
from ..widgets.pace import Pace
from .dialog import BackgroundTask, error_text


class VerifyVaultDialog(QDialog):
    busyChanged = Signal(bool)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyVaultDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._task: BackgroundTask | None = None
        self.report: VerifyReport | None = None
        self.steps: list[str] = []  # the steps shown, in order
        self.start_button = QPushButton(self.tr("开始核对(&S)"))
        self.start_button.setDefault(True)
        self.ui.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        self.ui.buttons.rejected.connect(self.reject)

    @property
    def running(self) -> bool:
        return self._task is not None

    def codes(self) -> list[str]:
        return [c for c in re.split(r"[\s,，;；]+", self.ui.codesEdit.toPlainText()) if c]

    def start(self) -> None:
        if self.running:
            return
        u = self.ui
        u.error.clear()
        u.reportView.clear()
        try:
            verify = self._vault.verifier(checkpoints=self.codes())
        except MijiError as e:  # a mistyped code: say so, check nothing
            u.error.setText(e.message)
            return

        def work(progress: Callable[[str, float], None],
                 cancelled: Callable[[], bool]) -> VerifyReport | None:
            return verify(progress, cancelled)

        self._task = BackgroundTask(work, self)
        self._task.progressed.connect(self._progress)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self.start_button.setEnabled(False)
        self.busyChanged.emit(True)
        self.pace = Pace()
        self._task.start()

    def _progress(self, step: str, fraction: float) -> None:
        self.ui.progressBar.setValue(int(fraction * 1000))
        labels = {"file": self.tr("正在检查台账文件…"), "chain": self.tr("正在检查审计链…"),
                  "schema": self.tr("正在检查台账结构…"),
                  "rows": self.tr("正在逐行核对台账与审计记录…"),
                  "anchors": self.tr("正在核对校验码…")}
        self.ui.stepLabel.setText(labels.get(step, step) + self.pace.left(fraction))
        self.steps.append(step)

    def _done(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
            self.busyChanged.emit(False)
        self.start_button.setEnabled(True)

    def _succeeded(self, report: VerifyReport | None) -> None:
        self._done()
        if report is None:
            self.ui.stepLabel.setText(self.tr("已取消。"))
            return
        self.report = report
        self.ui.progressBar.setValue(1000)
        lines = [(self.tr("相符：") if a.ok else self.tr("不符：")) + a.message
                 for a in report.anchors]
        if report.ok:
            self.ui.stepLabel.setText(self.tr("台账完好，每条记录都与审计记录相符。"))
            lines.insert(0, report.audit.summary())
        else:
            self.ui.stepLabel.setText(self.tr("发现问题，请保留此台账文件并报告保密管理部门。"))
            lines += report.problems()
        self.ui.reportView.setPlainText("\n".join(dict.fromkeys(lines)))

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.ui.progressBar.setValue(0)
        self.ui.stepLabel.setText(self.tr("核对没有完成。"))
        self.ui.error.setText(error_text(error))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._done()
            self.ui.stepLabel.setText(self.tr("已取消。"))
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._done()
        super().closeEvent(event)
