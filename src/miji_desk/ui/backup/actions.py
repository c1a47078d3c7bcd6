"""The 台账库 menu: backup, verify, restore, passphrase and recovery code; the backup reminder.

Backup and the secrets need the open vault; verifying a backup file and restoring do not, and a
restore always happens with the vault locked (the live file is about to be replaced).
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from ...core.backup_policy import backup_age
from ...core.errors import MijiError
from ...core.passphrase_policy import change_due
from ...core.unit_rules import PASSPHRASE_MAX_AGE, rule_value
from ...vault.backup import last_verified_backup
from ...vault.keyslots import KeyFile, key_file_path
from ...vault.secrets import passphrase_set_at
from ...vault.unlock_limit import UnlockLimiter
from .deep_check import DeepCheckService
from .dialog import BackupDialog, VerifyBackupDialog
from .restore_dialog import CurrentPassphraseDialog, CurrentVault, RestoreDialog
from .secrets_dialogs import PassphraseChangeDialog, RecoveryRenewalDialog

if TYPE_CHECKING:
    from ..shell.controller import AppController


class BackupActions(QObject):
    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.c = controller
        w = controller.window
        menu = w.vault_menu
        menu.addSeparator()
        self.action_backup = menu.addAction("")
        self.action_backup.setShortcut(QKeySequence("Ctrl+B"))
        self.action_backup.triggered.connect(self.backup)
        self.action_verify_backup = menu.addAction("")
        self.action_verify_backup.triggered.connect(self.verify_backup)
        self.action_restore = menu.addAction("")
        self.action_restore.triggered.connect(self.restore)
        menu.addSeparator()
        self.action_check = menu.addAction("")
        self.action_check.triggered.connect(lambda: self.check_vault())
        self.action_deep_check = menu.addAction("")  # the background deep check's state
        self.deep = DeepCheckService(controller, self.action_deep_check)
        self.action_checkpoint = menu.addAction("")
        self.action_checkpoint.triggered.connect(self.check_checkpoints)
        self.action_passphrase = menu.addAction("")
        self.action_passphrase.triggered.connect(self.change_passphrase)
        self.action_recovery = menu.addAction("")
        self.action_recovery.triggered.connect(self.renew_recovery)
        self.verify_dialog: object | None = None
        self.needs_vault = [self.action_backup, self.action_check, self.action_checkpoint,
                            self.action_passphrase, self.action_recovery]
        self.age_label = QLabel()
        w.statusBar().addPermanentWidget(self.age_label)
        w.follow_language(self.retranslate)
        w.unlocked.connect(self._on_unlocked)
        w.locked.connect(self._on_locked)
        self._timer = QTimer(self)
        self._timer.setInterval(60_000)
        self._timer.timeout.connect(self.show_age)
        self._on_locked()

    def retranslate(self) -> None:
        self.action_backup.setText(self.tr("备份到专用介质…"))
        self.action_verify_backup.setText(self.tr("检查备份文件…"))
        self.action_restore.setText(self.tr("从备份恢复…"))
        self.action_check.setText(self.tr("检查台账完整性"))
        self.action_checkpoint.setText(self.tr("核对校验码…"))
        self.action_passphrase.setText(self.tr("更改口令…"))
        self.action_recovery.setText(self.tr("更换恢复码…"))
        if self.c.window.vault is not None:
            self.show_age()
            self.deep.retranslate()

    # -- state ---------------------------------------------------------------------------------
    def _on_unlocked(self) -> None:
        for a in self.needs_vault:
            a.setEnabled(True)
        self.show_age()
        self._timer.start()
        self.remind_passphrase()
        self.deep.start()

    def remind_passphrase(self) -> None:
        """At unlock: a passphrase older than the unit rule allows is named in the message bar,
        with a link to change it (篇十一 (二)2). The date is the vault's own record."""
        vault = self.c.window.vault
        if vault is None:
            return
        days = rule_value(vault, PASSPHRASE_MAX_AGE)
        since = passphrase_set_at(vault).date()
        if change_due(since, self.c.clock.now().date(), days) is None:
            return
        self.c.window.say(
            self.tr("口令自 {since} 起已使用超过 {days} 天，请及时更换（篇十一 (二)2）。")
            .format(since=since.isoformat(), days=days),
            (self.tr("修改口令…"), self.change_passphrase))

    def _on_locked(self) -> None:
        for a in self.needs_vault:
            a.setEnabled(False)
        self._timer.stop()
        self.age_label.clear()
        self.deep.stop()

    def show_age(self) -> None:
        vault = self.c.window.vault
        if vault is None:
            return
        age = backup_age(last_verified_backup(vault), self.c.clock.now(),
                         self.c.settings.get("backup_warn_days"))
        if age.last is None:
            text = self.tr("尚未备份")
        elif age.days == 0:
            text = self.tr("今天已备份")
        else:
            text = self.tr("上次备份：{n} 天前").format(n=age.days)
        if age.overdue:
            text += self.tr("，请及时备份")
            self.age_label.setStyleSheet("color: white; background: #b36b00; padding: 0 4px;")
        else:
            self.age_label.setStyleSheet("")
        self.age_label.setText(text)

    def _busy(self, busy: bool) -> None:
        # A backup in progress is work: idle lock waits for it (a lock would cancel it cleanly).
        if busy:
            self.c.idle.disarm()
        elif self.c.window.vault is not None:
            self.c.idle.rearm()

    # -- actions -------------------------------------------------------------------------------
    def backup(self) -> None:
        vault = self.c.window.vault
        if vault is None:
            return
        dialog = BackupDialog(vault, store=self.c.store,
                              generations=self.c.settings.get("backup_generations"),
                              parent=self.c.window)
        dialog.busyChanged.connect(self._busy)
        dialog.backedUp.connect(lambda _r: self.show_age())
        dialog.exec()
        dialog.deleteLater()

    def verify_backup(self) -> None:
        dialog = VerifyBackupDialog(self.c.window)
        dialog.exec()
        dialog.deleteLater()

    def restore(self) -> None:
        current: CurrentVault | None = None
        vault = self.c.window.vault
        if vault is not None:
            # Replacing the open vault: its passphrase first (checked, nothing re-opened), then
            # the lock; the dialog warns when the backup is of another unit or vault.
            ask = CurrentPassphraseDialog(vault, self.c.store, self.c.window)
            accepted = ask.exec() == QDialog.DialogCode.Accepted
            ask.deleteLater()
            if not accepted:
                return
            current = CurrentVault(vault.unit_name, vault.vault_id)
            self.c.window.lock()
        elif key_file_path(self.c.path).exists():
            with contextlib.suppress(OSError, MijiError, ValueError):
                current = CurrentVault("", KeyFile.load(key_file_path(self.c.path)).vault_id)
        lock = self.c.instance_lock
        if key_file_path(self.c.path).exists():
            try:  # never replace a vault another program has open
                lock.acquire()
            except MijiError as e:
                QMessageBox.warning(self.c.window, self.tr("从备份恢复"), e.message)
                return
        try:
            dialog = RestoreDialog(self.c.path, self.c.store, parent=self.c.window,
                                   clock=self.c.clock, current=current)
            dialog.exec()
            restored = dialog.result
            dialog.deleteLater()
            if restored is not None:
                with contextlib.suppress(OSError, MijiError):  # else: recovery code first
                    UnlockLimiter.arm_restored(restored.path)
        finally:
            if self.c.window.vault is None:
                lock.release()

    def check_vault(self, *, codes: bool = False) -> None:
        """The whole verification in a dialog, off the GUI thread; ``codes``: the inspector
        first types checkpoint codes from paper."""
        vault = self.c.window.vault
        if vault is None:
            return
        from .verify_dialog import VerifyVaultDialog

        dialog = VerifyVaultDialog(vault, parent=self.c.window)
        dialog.busyChanged.connect(self._busy)
        self.verify_dialog = dialog  # for tests: the dialog being shown
        if codes:
            dialog.ui.codesEdit.setFocus()
        else:
            dialog.start()
        dialog.exec()
        self.verify_dialog = None
        dialog.deleteLater()

    def check_checkpoints(self) -> None:
        self.check_vault(codes=True)

    def change_passphrase(self) -> None:
        vault = self.c.window.vault
        if vault is not None:
            dialog = PassphraseChangeDialog(vault, store=self.c.store, parent=self.c.window)
            dialog.exec()
            dialog.deleteLater()

    def renew_recovery(self) -> None:
        vault = self.c.window.vault
        if vault is not None:
            dialog = RecoveryRenewalDialog(vault, store=self.c.store, parent=self.c.window)
            dialog.exec()
            dialog.deleteLater()


def install(controller: AppController) -> None:
    controller.backup = BackupActions(controller)  # type: ignore[attr-defined]
