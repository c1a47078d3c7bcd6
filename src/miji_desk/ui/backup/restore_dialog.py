"""Restore from a backup: open it, show what it holds, and only then replace the vault.

Works with no vault open (a new PC, a damaged vault, a forgotten passphrase) as well as from a
running session: ``before_swap`` is called on the GUI thread right before anything is replaced,
so the window can lock (close the vault) first. ``restored(RestoreResult)`` tells the window to
show the unlock page for the restored vault.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.clock import Clock
from ...core.errors import MijiError
from ...core.passphrase_policy import PassphrasePolicy
from ...vault.backup import Cancelled, PreparedRestore, RestoreResult, prepare_restore
from ...vault.machine_secret import MachineSecretStore
from ...vault.secrets import check_passphrase
from ...vault.vault import Vault
from ..forms.ui_restore import Ui_RestoreDialog
from ..widgets.enter import enter_presses
from ..widgets.pace import Pace
from ..widgets.refusals import refusal_text
from .dialog import BackgroundTask, describe_report, error_text, status_label


@dataclass(frozen=True)
class CurrentVault:
    """The vault a restore would replace: its unit (empty when it is locked and cannot be read)
    and its vault id (from its key file)."""

    unit_name: str
    vault_id: str


class CurrentPassphraseDialog(QDialog):
    """Before a restore replaces the open vault: its passphrase, checked against its key slots."""

    def __init__(self, vault: Vault, store: MachineSecretStore | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._store = store
        self.setWindowTitle(self.tr("从备份恢复"))
        layout = QVBoxLayout(self)
        self.prompt = QLabel(self.tr(
            "从备份恢复将替换当前台账（单位：{unit}）。当前台账改名保留，但此后打开的是备份。\n"
            "请输入当前台账的口令以确认：").format(unit=vault.unit_name))
        self.prompt.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("currentPassphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("锁定并继续"))
        for w in (self.prompt, self.passphrase, self.error, self.buttons):
            layout.addWidget(w)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        enter_presses(self, ok)

    def check(self) -> None:
        secret = self.passphrase.text()
        self.passphrase.clear()
        if not secret:
            self.error.setText(self.tr("请输入当前台账的口令。"))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            check_passphrase(self._vault, secret, store=self._store)
        except MijiError as e:
            self.error.setText(refusal_text(e))
            self.passphrase.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()


class RestoreDialog(QDialog):
    busyChanged = Signal(bool)
    restored = Signal(object)  # RestoreResult

    def __init__(self, target: Path, store: MachineSecretStore, *,
                 parent: QWidget | None = None, file: str = "",
                 before_swap: Callable[[], None] | None = None,
                 policy: PassphrasePolicy | None = None, clock: Clock | None = None,
                 current: CurrentVault | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RestoreDialog()
        self.ui.setupUi(self)
        self.target = Path(target)
        self.current = current  # the vault this restore replaces, when there is one
        self.mismatch = QLabel()
        self.mismatch.setObjectName("mismatchLabel")
        self.mismatch.setStyleSheet("color: #b00020; font-weight: bold;")
        self.mismatch.setWordWrap(True)
        self.mismatch.hide()
        layout = self.ui.confirmLayout
        layout.insertWidget(layout.indexOf(self.ui.confirmCheck), self.mismatch)
        self._store = store
        self._before_swap = before_swap
        self._policy = policy or PassphrasePolicy()
        self._clock = clock
        self._task: BackgroundTask | None = None
        self._prepared: PreparedRestore | None = None
        # Shadows QDialog.result() (the exec code, unused here): callers read the restore.
        self.result: RestoreResult | None = None  # type: ignore[assignment]
        u = self.ui
        u.fileEdit.setText(file)
        u.pages.setCurrentIndex(0)
        u.browseButton.clicked.connect(self._browse)
        u.useRecoveryCheck.toggled.connect(self._recovery_mode)
        u.checkButton.clicked.connect(self.open_backup)
        u.confirmCheck.toggled.connect(self._update_restore_button)
        u.restoreButton.clicked.connect(self.start_restore)
        u.buttons.rejected.connect(self.reject)
        self._update_restore_button()
        u.pages.currentChanged.connect(self._enter_button)
        self._enter_button(u.pages.currentIndex())
        for table in (u.levelTable, u.statusTable):
            table.setColumnCount(2)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        u.levelTable.setHorizontalHeaderLabels([self.tr("密级"), self.tr("载体数")])
        u.statusTable.setHorizontalHeaderLabels([self.tr("状态"), self.tr("载体数")])

    def _enter_button(self, page: int) -> None:
        # Enter opens the backup on the first page and restores on the second (only once the
        # check box is ticked); it never presses 取消/关闭.
        enter_presses(self, self.ui.checkButton if page == 0 else self.ui.restoreButton)

    # -- page 1: choose and open --------------------------------------------------------------
    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"),
                                              self.ui.fileEdit.text(),
                                              self.tr("Miji Desk 备份 (*.mjbk)"))
        if name:
            self.ui.fileEdit.setText(name)

    def _recovery_mode(self, on: bool) -> None:
        self.ui.secretCaption.setText(self.tr("恢复码(&P)：") if on else self.tr("口令(&P)："))
        self.ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal if on
                                       else QLineEdit.EchoMode.Password)
        self.ui.secretEdit.clear()

    def _step_labels(self) -> dict[str, str]:
        return {"unlock": self.tr("正在解锁备份…"), "extract": self.tr("正在读取备份…"),
                "verify": self.tr("正在校验备份内容…"), "commit": self.tr("正在恢复…")}

    def open_backup(self) -> None:
        if self._task is not None:
            return
        u = self.ui
        u.error.clear()
        file, secret = u.fileEdit.text().strip(), u.secretEdit.text()
        if not file or not secret:
            u.error.setText(self.tr("请选择备份文件，并输入制作备份时的口令或恢复码。"))
            return
        recovery = u.useRecoveryCheck.isChecked()
        u.secretEdit.clear()
        target = self.target

        def work(progress: Callable[[str, float], None], cancel: Callable[[], bool]) -> object:
            return prepare_restore(Path(file), target,
                                   passphrase=None if recovery else secret,
                                   recovery_code=secret if recovery else None,
                                   progress=progress, cancel=cancel)

        self._run(work, self._opened)

    def _opened(self, prepared: PreparedRestore) -> None:
        self._prepared = prepared
        u = self.ui
        report = prepared.report
        u.summaryLabel.setText(describe_report(report))
        levels = [lc for lc in report.manifest.by_level if lc.count]
        u.levelTable.setRowCount(len(levels))
        for row, lc in enumerate(levels):
            u.levelTable.setItem(row, 0, QTableWidgetItem(lc.name))
            u.levelTable.setItem(row, 1, QTableWidgetItem(str(lc.count)))
        statuses = sorted(report.manifest.by_status.items())
        u.statusTable.setRowCount(len(statuses))
        for row, (status, n) in enumerate(statuses):
            u.statusTable.setItem(row, 0, QTableWidgetItem(status_label(status)))
            u.statusTable.setItem(row, 1, QTableWidgetItem(str(n)))
        by_recovery = report.unlocked_with == "recovery"
        u.passphraseHint.setText(
            self.tr("用恢复码打开的备份：请为恢复后的台账设置新口令。") if by_recovery else
            self.tr("留空则沿用打开备份所用的口令；也可以设置新口令。"))
        replaced = self.target.exists()
        u.confirmCheck.setText(
            self.tr("我已核对以上内容，用这份备份替换当前台账（当前台账改名保留在原文件夹）")
            if replaced else self.tr("我已核对以上内容，把这份备份恢复为本机的台账"))
        u.stepLabel.setText(self.tr("备份完好。请核对后确认恢复。"))
        warning = self.mismatch_text()
        self.mismatch.setText(warning)
        self.mismatch.setVisible(bool(warning))
        u.pages.setCurrentIndex(1)

    def mismatch_text(self) -> str:
        """Said plainly when the backup is not of the vault it would replace."""
        current, prepared = self.current, self._prepared
        if current is None or prepared is None:
            return ""
        m = prepared.report.manifest
        other_unit = bool(current.unit_name) and m.unit_name != current.unit_name
        other_vault = m.vault_id != current.vault_id
        if not other_unit and not other_vault:
            return ""
        lines = [self.tr("注意：这份备份不是当前台账的备份。")]
        if other_unit:
            lines.append(self.tr("备份的单位：{backup}；当前台账的单位：{current}。").format(
                backup=m.unit_name or self.tr("（未记载）"), current=current.unit_name))
        if other_vault:
            lines.append(self.tr("备份的台账编号：{backup}；当前台账编号：{current}。").format(
                backup=m.vault_id, current=current.vault_id))
        lines.append(self.tr("恢复后，本机打开的将是这份备份里的台账，当前台账改名保留。"))
        return "\n".join(lines)

    # -- page 2: confirm and restore ----------------------------------------------------------
    def _update_restore_button(self) -> None:
        self.ui.restoreButton.setEnabled(self.ui.confirmCheck.isChecked()
                                         and self._task is None)

    def start_restore(self) -> None:
        prepared = self._prepared
        if prepared is None or self._task is not None:
            return
        u = self.ui
        u.error.clear()
        new, repeat = u.newPassphraseEdit.text(), u.repeatEdit.text()
        if new != repeat:
            u.error.setText(self.tr("两次输入的口令不一致。"))
            return
        if not new and prepared.report.unlocked_with == "recovery":
            u.error.setText(self.tr("请设置恢复后的台账口令。"))
            u.newPassphraseEdit.setFocus()
            return
        if new:
            problems = [refusal_text(r) for r in self._policy.refusals(new, prepared.clerk_name)]
            if problems:
                u.error.setText("\n".join(problems))
                u.newPassphraseEdit.setFocus()
                return
        warning = self.mismatch_text()
        if warning and QMessageBox.warning(
                self, self.tr("用另一本台账的备份替换"),
                warning + "\n\n" + self.tr("确实要用这份备份替换当前台账吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        u.newPassphraseEdit.clear()
        u.repeatEdit.clear()
        if self._before_swap is not None:
            self._before_swap()  # e.g. close the open vault; must not close this dialog
            if self._prepared is None:
                return
        store, policy, clock = self._store, self._policy, self._clock

        def work(progress: Callable[[str, float], None], _cancel: Callable[[], bool]) -> object:
            progress("commit", 0.5)
            return prepared.commit(store=store, passphrase=new or None, policy=policy,
                                   clock=clock)

        self._run(work, self._restored)

    def _restored(self, result: RestoreResult) -> None:
        self._prepared = None
        self.result = result
        u = self.ui
        text = self.tr("已恢复：{path}。").format(path=str(result.path))
        if result.replaced is not None:
            text += self.tr("原台账保留为 {name}。").format(name=result.replaced.name)
        u.stepLabel.setText(text)
        u.error.setText("\n".join(result.warnings))
        u.confirmCheck.setEnabled(False)
        u.restoreButton.setEnabled(False)
        u.progressBar.setValue(1000)
        self.restored.emit(result)

    # -- the worker ---------------------------------------------------------------------------
    def _run(self, work: Callable[..., object], done: Callable[[Any], None]) -> None:
        self._done_handler = done
        self._task = BackgroundTask(work, self)
        self._task.progressed.connect(self._progress)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._set_busy(True)
        self.pace = Pace()
        self._task.start()

    def _current(self) -> bool:
        return self._task is not None and self.sender() is self._task

    def _set_busy(self, busy: bool) -> None:
        u = self.ui
        for w in (u.fileEdit, u.browseButton, u.secretEdit, u.useRecoveryCheck, u.checkButton,
                  u.newPassphraseEdit, u.repeatEdit, u.confirmCheck):
            w.setEnabled(not busy)
        self._update_restore_button()
        self.busyChanged.emit(busy)

    def _finish(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self._set_busy(False)

    def _progress(self, step: str, fraction: float) -> None:
        if not self._current():
            return
        self.ui.progressBar.setValue(int(fraction * 1000))
        self.ui.stepLabel.setText(self._step_labels().get(step, step) + self.pace.left(fraction))

    def _succeeded(self, value: object) -> None:
        if not self._current():
            return
        self._finish()
        self._done_handler(value)

    def _failed(self, error: BaseException) -> None:
        if not self._current():
            return
        self._finish()
        self.ui.progressBar.setValue(0)
        if isinstance(error, Cancelled):
            self.ui.stepLabel.setText(self.tr("已取消，台账没有改动。"))
        else:
            self.ui.stepLabel.clear()
            self.ui.error.setText(error_text(error))
        if self._prepared is not None and not self._prepared.is_open:
            self._prepared = None  # a failed commit discarded the unpacked copy
            self.ui.pages.setCurrentIndex(0)

    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._task.deleteLater()
            self._task = None
            self._set_busy(False)

    def reject(self) -> None:
        if self._task is not None:
            self._stop()
            self.ui.stepLabel.setText(self.tr("已取消，台账没有改动。"))
            return
        self._discard()
        super().reject()

    def _discard(self) -> None:
        if self._prepared is not None:
            self._prepared.discard()
            self._prepared = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop()
        self._discard()
        super().closeEvent(event)
