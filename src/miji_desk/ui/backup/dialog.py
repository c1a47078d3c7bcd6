"""The backup dialog and the verify-backup dialog.

The long work (snapshot, checks, copy, read-back; or a backup's verification) runs in a
``BackgroundTask`` thread with its own SQLite connections; the dialog shows progress and can
cancel. What touches the open vault (checking the passphrase and the medium barcode, the one
audit event) happens on the GUI thread. ``busyChanged(True/False)`` lets the window keep the
idle lock from firing in the middle; if the window locks anyway, closing the dialog cancels the
backup, waits for its files to be removed, and records the cancel before the vault closes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QThread, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QWidget,
)

from ... import bug_log
from ...core.errors import MijiError
from ...vault.backup import BackupJob, BackupReport, BackupResult, Cancelled, verify_backup
from ...vault.machine_secret import MachineSecretStore
from ...vault.vault import Vault
from ..forms.ui_backup import Ui_BackupDialog
from ..forms.ui_backup_verify import Ui_VerifyBackupDialog
from ..shell.crash import bug_text
from ..widgets.enter import enter_presses
from ..widgets.pace import Pace
from ..widgets.refusals import refusal_text

Work = Callable[[Callable[[str, float], None], Callable[[], bool]], Any]


class BackgroundTask(QThread):
    """Runs ``work(progress, cancelled)`` off the GUI thread; reports back through signals."""

    progressed = Signal(str, float)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._cancel.is_set)
        except BaseException as e:  # handed to the GUI thread
            self.failed.emit(e)
        else:
            self.succeeded.emit(result)


def error_text(error: BaseException) -> str:
    if isinstance(error, MijiError):
        return refusal_text(error)
    # A bug: kept in the log (type and stack only) and told without its text.
    bug_log.log_bug((type(error), error, error.__traceback__), background=True)
    return bug_text(type(error), bug_log.log_path())


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MB"


class BackupDialog(QDialog):
    """Choose the medium folder, re-enter the passphrase, optionally scan the medium's barcode."""

    busyChanged = Signal(bool)
    backedUp = Signal(object)  # BackupResult

    def __init__(self, vault: Vault, *, store: MachineSecretStore | None = None,
                 generations: int = 5, folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._store = store
        self._generations = generations
        self._job: BackupJob | None = None
        self._task: BackgroundTask | None = None
        # Shadows QDialog.result() (the exec code, unused here): callers read the backup.
        self.result: BackupResult | None = None  # type: ignore[assignment]
        u = self.ui
        u.folderEdit.setText(folder)
        u.generationsLabel.setText(self.tr("保留本台账最近 {n} 份备份，更早的自动删除").format(
            n=generations))
        self.start_button = QPushButton(self.tr("开始备份(&S)"))
        self.start_button.setDefault(True)
        u.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.start_button.clicked.connect(self.start)
        self.close_button = u.buttons.button(QDialogButtonBox.StandardButton.Close)
        u.buttons.rejected.connect(self.reject)
        u.browseButton.clicked.connect(self._browse)
        enter_presses(self, self.start_button)  # Enter starts the backup, never cancels it

    def step_labels(self) -> dict[str, str]:
        return {"snapshot": self.tr("正在制作快照…"), "verify": self.tr("正在校验快照…"),
                "copy": self.tr("正在写入备份介质…"), "readback": self.tr("正在回读校验…"),
                "finish": self.tr("正在完成并整理旧备份…")}

    @property
    def running(self) -> bool:
        return self._task is not None

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择备份位置"),
                                                  self.ui.folderEdit.text())
        if folder:
            self.ui.folderEdit.setText(folder)

    def start(self) -> None:
        if self.running:
            return
        u = self.ui
        u.error.clear()
        folder = u.folderEdit.text().strip()
        passphrase = u.passphraseEdit.text()
        if not folder:
            u.error.setText(self.tr("请选择备份位置。"))
            u.folderEdit.setFocus()
            return
        if not passphrase:
            u.error.setText(self.tr("请输入当前台账的口令。"))
            u.passphraseEdit.setFocus()
            return
        try:
            self._job = BackupJob(self._vault, Path(folder), passphrase=passphrase,
                                  store=self._store, medium=u.mediumEdit.text(),
                                  generations=self._generations)
        except MijiError as e:
            u.error.setText(refusal_text(e))
            field = getattr(e, "field", None)
            target = {"medium": u.mediumEdit, "folder": u.folderEdit}.get(field or "")
            (target or (u.passphraseEdit if "口令" in e.message else u.folderEdit)).setFocus()
            return
        finally:
            u.passphraseEdit.clear()
        job = self._job
        self._task = BackgroundTask(lambda progress, cancel: job.run(progress, cancel), self)
        self._task.progressed.connect(self._progress)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._set_busy(True)
        u.stepLabel.setText(self.step_labels()["snapshot"])
        self.pace = Pace()
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        u = self.ui
        for w in (u.folderEdit, u.browseButton, u.passphraseEdit, u.mediumEdit):
            w.setEnabled(not busy)
        self.start_button.setEnabled(not busy)
        self.close_button.setText(self.tr("取消") if busy else self.tr("关闭"))
        if busy:
            u.progressBar.setValue(0)
        self.busyChanged.emit(busy)

    def _current(self) -> bool:
        """False for a signal of a task already cancelled and handled (still in the queue)."""
        return self._task is not None and self.sender() is self._task

    def _progress(self, step: str, fraction: float) -> None:
        if not self._current():
            return
        self.ui.progressBar.setValue(int(fraction * 1000))
        self.ui.stepLabel.setText(self.step_labels().get(step, step) + self.pace.left(fraction))

    def _finish_task(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self._set_busy(False)

    def _succeeded(self, result: BackupResult) -> None:
        if not self._current():
            return
        self._finish_task()
        assert self._job is not None
        warnings = self._job.record(self._vault)
        self.result = result
        m = result.manifest
        text = self.tr("备份完成并已校验：{file}（{size}），载体 {n} 件，审计校验码 {code}。")
        text = text.format(file=result.path.name, size=_mib(result.size), n=m.carriers,
                           code=m.checkpoint)
        if result.pruned:
            text += self.tr("已删除 {n} 个旧文件。").format(n=len(result.pruned))
        self.ui.progressBar.setValue(1000)
        self.ui.stepLabel.setText(text)
        self.ui.error.setText("\n".join(warnings))
        self.start_button.setEnabled(False)
        self.backedUp.emit(result)

    def _failed(self, error: BaseException) -> None:
        if not self._current():
            return
        self._finish_task()
        if self._job is not None:
            self._job.record(self._vault)
            self._job = None
        self.ui.progressBar.setValue(0)
        if isinstance(error, Cancelled):
            self.ui.stepLabel.setText(self.tr("备份已取消。没有留下未完成的文件，台账没有改动。"))
        else:
            self.ui.stepLabel.clear()
            self.ui.error.setText(error_text(error))

    def cancel_and_wait(self) -> None:
        """Stop a running backup, wait until its files are removed, and record it."""
        if self._task is None:
            return
        task = self._task
        task.cancel()
        task.wait()
        # Its succeeded/failed signal is still queued; ``_current`` makes the slots ignore it.
        self._task = None
        task.deleteLater()
        self._set_busy(False)
        job, self._job = self._job, None
        if job is not None:
            job.record(self._vault)
            if job.result is not None:  # it finished just before the cancel
                self.result = job.result
                self.ui.stepLabel.setText(self.tr("备份已完成并校验：{file}。").format(
                    file=job.result.path.name))
                self.backedUp.emit(job.result)
                return
        self.ui.stepLabel.setText(self.tr("备份已取消。没有留下未完成的文件，台账没有改动。"))

    def reject(self) -> None:
        if self.running:
            self.cancel_and_wait()  # the Cancel button: stop, stay open to show what happened
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel_and_wait()  # the window is locking or closing: never leave a half backup
        self.ui.passphraseEdit.clear()
        super().closeEvent(event)


class VerifyBackupDialog(QDialog):
    """Check a backup file without restoring it (no vault needs to be open)."""

    def __init__(self, parent: QWidget | None = None, *, file: str = "",
                 workdir: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyBackupDialog()
        self.ui.setupUi(self)
        self._workdir = workdir
        self._task: BackgroundTask | None = None
        self.report: BackupReport | None = None
        u = self.ui
        u.fileEdit.setText(file)
        self.verify_button = QPushButton(self.tr("校验(&V)"))
        self.verify_button.setDefault(True)
        u.buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.start)
        u.buttons.rejected.connect(self.reject)
        u.browseButton.clicked.connect(self._browse)
        u.useRecoveryCheck.toggled.connect(self._recovery_mode)
        enter_presses(self, self.verify_button)

    def _recovery_mode(self, on: bool) -> None:
        from PySide6.QtWidgets import QLineEdit

        self.ui.secretCaption.setText(self.tr("恢复码(&P)：") if on else self.tr("口令(&P)："))
        self.ui.secretEdit.setEchoMode(QLineEdit.EchoMode.Normal if on
                                       else QLineEdit.EchoMode.Password)
        self.ui.secretEdit.clear()

    def _browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"),
                                              self.ui.fileEdit.text(),
                                              self.tr("Miji Desk 备份 (*.mjbk)"))
        if name:
            self.ui.fileEdit.setText(name)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.running:
            return
        u = self.ui
        u.error.clear()
        u.reportView.clear()
        file, secret = u.fileEdit.text().strip(), u.secretEdit.text()
        if not file or not secret:
            u.error.setText(self.tr("请选择备份文件，并输入制作备份时的口令或恢复码。"))
            return
        recovery = u.useRecoveryCheck.isChecked()
        u.secretEdit.clear()
        workdir = self._workdir

        def work(progress: Callable[[str, float], None], cancel: Callable[[], bool]) -> object:
            return verify_backup(Path(file), None if recovery else secret,
                                 secret if recovery else None, workdir=workdir,
                                 progress=progress, cancel=cancel)

        self._task = BackgroundTask(work, self)
        self._task.progressed.connect(self._progress)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self.verify_button.setEnabled(False)
        self.pace = Pace()
        self._task.start()

    def _progress(self, step: str, fraction: float) -> None:
        labels = {"unlock": self.tr("正在解锁备份…"), "extract": self.tr("正在读取备份…"),
                  "verify": self.tr("正在校验备份内容…")}
        self.ui.progressBar.setValue(int(fraction * 1000))
        self.ui.stepLabel.setText(labels.get(step, step) + self.pace.left(fraction))

    def _done(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
        self.verify_button.setEnabled(True)

    def _succeeded(self, report: BackupReport) -> None:
        self._done()
        self.report = report
        self.ui.progressBar.setValue(1000)
        self.ui.stepLabel.setText(self.tr("备份完好。"))
        self.ui.reportView.setPlainText(describe_report(report))

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.ui.progressBar.setValue(0)
        self.ui.stepLabel.setText(self.tr("备份未通过校验。") if not isinstance(error, Cancelled)
                                  else self.tr("已取消。"))
        if not isinstance(error, Cancelled):
            self.ui.error.setText(error_text(error))

    def reject(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
            self._done()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task.wait()
        super().closeEvent(event)


def describe_report(report: BackupReport) -> str:
    """What a backup holds, for the verify and restore dialogs (no ledger text)."""
    m = report.manifest
    translate = QCoreApplication.translate
    lines = [
        translate("BackupReport", "文件：{file}（{size}）").format(
            file=report.path.name, size=_mib(report.size)),
        translate("BackupReport", "制作时间：{time}").format(
            time=m.created.strftime("%Y-%m-%d %H:%M:%S")),
        translate("BackupReport", "单位：{unit}").format(unit=m.unit_name),
        translate("BackupReport", "软件版本：{app}，数据结构版本：{schema}").format(
            app=m.app_version, schema=m.schema_version),
        translate("BackupReport", "载体：{n} 件；登记：{d} 份；经历记录：{e} 条").format(
            n=m.carriers, d=m.totals.get("document", 0), e=m.totals.get("carrier_event", 0)),
        translate("BackupReport", "审计链：{n} 条，校验码 {code}").format(
            n=report.head.seq, code=report.head.checkpoint),
    ]
    if m.medium:
        lines.append(translate("BackupReport", "备份介质条码：{code}").format(code=m.medium))
    lines.append(translate("BackupReport", "按密级：") + "；".join(
        f"{lc.name} {lc.count}" for lc in m.by_level if lc.count))
    lines.append(translate("BackupReport", "按状态：") + "；".join(
        f"{status_label(k)} {v}" for k, v in sorted(m.by_status.items())))
    lines.append(translate("BackupReport", "SHA-256：{sha}").format(sha=report.sha256))
    return "\n".join(lines)


def status_label(status: str) -> str:
    translate = QCoreApplication.translate
    labels = {
        "in_store": translate("BackupReport", "在库"),
        "circulating": translate("BackupReport", "传阅中"),
        "on_loan": translate("BackupReport", "借出"),
        "filed": translate("BackupReport", "已归档"),
        "sent": translate("BackupReport", "已发出"),
        "returned": translate("BackupReport", "已清退"),
        "handed_over": translate("BackupReport", "已移交"),
        "destroyed": translate("BackupReport", "已销毁"),
        "missing": translate("BackupReport", "丢失"),
    }
    return labels.get(status, status)
