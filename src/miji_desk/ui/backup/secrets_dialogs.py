"""Changing the passphrase and renewing the recovery code (both re-ask the current passphrase).

Each change rewrites only the key file, atomically, and is audited (``vault.secrets``). The
dialogs hold secrets only in their fields and clear them as soon as they are used.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...core.errors import MijiError
from ...core.passphrase_policy import PassphrasePolicy
from ...vault.machine_secret import MachineSecretStore
from ...vault.recovery import last_group
from ...vault.secrets import change_passphrase, renew_recovery_code
from ...vault.vault import Vault
from ..forms.ui_passphrase_change import Ui_PassphraseChangeDialog
from ..forms.ui_recovery_renewal import Ui_RecoveryRenewalDialog
from ..widgets.enter import enter_presses
from ..widgets.refusals import refusal_text


class _WaitCursor:
    """The key derivation takes a moment: show it."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class PassphraseChangeDialog(QDialog):
    def __init__(self, vault: Vault, *, store: MachineSecretStore | None = None,
                 policy: PassphrasePolicy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseChangeDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._store = store
        self._policy = policy or PassphrasePolicy()
        u = self.ui
        u.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("更改口令"))
        u.buttons.accepted.connect(self.change)
        u.buttons.rejected.connect(self.reject)
        for edit in (u.oldEdit, u.newEdit, u.repeatEdit):
            edit.textChanged.connect(self._feedback)
        self._feedback()

    def problems(self) -> list[str]:
        u = self.ui
        refused = self._policy.refusals(u.newEdit.text(), self._vault.actor)
        found = [refusal_text(r) for r in refused]
        if not found and u.repeatEdit.text() != u.newEdit.text():
            found.append(self.tr("两次输入的新口令不一致。"))
        return found

    def _feedback(self) -> None:
        u = self.ui
        found = self.problems() if u.newEdit.text() else []
        if found:
            u.problemsLabel.setStyleSheet("color: #b71c1c;")
            u.problemsLabel.setText("\n".join(found))
        elif u.newEdit.text():
            u.problemsLabel.setStyleSheet("color: #1b5e20;")
            u.problemsLabel.setText(self.tr("新口令符合要求。"))
        else:
            u.problemsLabel.clear()
        ok = u.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(u.oldEdit.text()) and bool(u.newEdit.text()) and not found)

    def change(self) -> None:
        u = self.ui
        u.error.clear()
        if self.problems():
            return
        try:
            with _WaitCursor():
                change_passphrase(self._vault, u.oldEdit.text(), u.newEdit.text(),
                                  policy=self._policy, store=self._store)
        except MijiError as e:
            u.error.setText(refusal_text(e))
            field = getattr(e, "field", None)
            if field == "new_passphrase" or field == "passphrase":
                u.newEdit.setFocus()
            else:
                u.oldEdit.clear()
                u.oldEdit.setFocus()
            return
        self._clear()
        self.accept()

    def _clear(self) -> None:
        for edit in (self.ui.oldEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.clear()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clear()
        super().closeEvent(event)


class RecoveryRenewalDialog(QDialog):
    """Ask the passphrase, issue the new code, show it once, have its last group typed back."""

    def __init__(self, vault: Vault, *, store: MachineSecretStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryRenewalDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._store = store
        self._code: str | None = None
        u = self.ui
        u.pages.setCurrentIndex(0)
        u.renewButton.clicked.connect(self.renew)
        u.lastGroupEdit.textChanged.connect(self._confirm_feedback)
        u.buttons.rejected.connect(self.reject)
        self.close_button = u.buttons.button(QDialogButtonBox.StandardButton.Close)
        enter_presses(self, u.renewButton)

    @property
    def renewed(self) -> bool:
        return self._code is not None

    @property
    def confirmed(self) -> bool:
        return self._code is not None and \
            self.ui.lastGroupEdit.text().strip().upper() == last_group(self._code)

    def renew(self) -> None:
        u = self.ui
        u.error.clear()
        if self._code is not None:
            return
        if not u.passphraseEdit.text():
            u.error.setText(self.tr("请输入当前口令。"))
            return
        try:
            with _WaitCursor():
                code = renew_recovery_code(self._vault, u.passphraseEdit.text(),
                                           store=self._store)
        except MijiError as e:
            u.error.setText(refusal_text(e))
            u.passphraseEdit.clear()
            u.passphraseEdit.setFocus()
            return
        u.passphraseEdit.clear()
        self._code = code
        u.codeLabel.setText(code)
        u.pages.setCurrentIndex(1)
        enter_presses(self, self.close_button)  # enabled once the last group is typed back
        u.lastGroupEdit.setFocus()
        self._confirm_feedback()

    def _confirm_feedback(self) -> None:
        u = self.ui
        if self._code is None:
            return
        typed = u.lastGroupEdit.text().strip()
        self.close_button.setEnabled(self.confirmed)
        if self.confirmed:
            u.error.setStyleSheet("color: #1b5e20;")
            u.error.setText(self.tr("确认无误。请把新恢复码放进保密柜，销毁旧恢复码。"))
        elif typed:
            u.error.setStyleSheet("color: #b00020;")
            u.error.setText(self.tr("与新恢复码的最后一组不一致。"))
        else:
            u.error.setStyleSheet("")
            u.error.setText(self.tr("抄写或打印新恢复码后，输入它的最后一组以确认。"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape must not hide a code that is already in force before it was written down.
        if event.key() == Qt.Key.Key_Escape and self.renewed and not self.confirmed:
            event.ignore()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._forget()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Always allowed (the window locks by closing dialogs): the code leaves the screen.
        self._forget()
        super().closeEvent(event)

    def _forget(self) -> None:
        self.ui.codeLabel.clear()
        self.ui.passphraseEdit.clear()
