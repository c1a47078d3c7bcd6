"""The unlock screen: passphrase or recovery code, one clear message per error, lockout.

The widget only collects the secret and shows results. It emits ``unlockRequested(secret,
is_recovery)`` and clears the field at once, so the secret is never kept in a widget; the caller
opens the vault through ``vault.unlocking.unlock`` (the unlock limit) and calls ``show_error`` or
``set_locked_out``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QWidget

from ..forms.ui_unlock import Ui_UnlockForm

ERROR_STYLE = "color: #b71c1c;"  # the text says what is wrong; the colour only draws the eye
HINT_STYLE = "color: #37474f;"


class UnlockWidget(QWidget):
    unlockRequested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockForm()
        self.ui.setupUi(self)
        self._recovery = False
        self._locked_until_text: str | None = None
        self._demo_passphrase: str | None = None
        self._busy = False
        self._preparing = False
        self.ui.messageLabel.setStyleSheet(ERROR_STYLE)
        self.ui.demoHintLabel.setStyleSheet(HINT_STYLE)
        self.ui.messageLabel.hide()
        self.ui.demoHintLabel.hide()
        # While the vault opens (the key derivation takes about two seconds): said, and moving.
        self.busy_label = QLabel()
        self.busy_label.setObjectName("unlockBusyLabel")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("unlockBusyBar")
        self.busy_bar.setRange(0, 0)  # indeterminate
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumHeight(8)
        at = self.ui.cardLayout.indexOf(self.ui.messageLabel)
        self.ui.cardLayout.insertWidget(at, self.busy_label)
        self.ui.cardLayout.insertWidget(at + 1, self.busy_bar)
        self.busy_label.hide()
        self.busy_bar.hide()
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.passphraseEdit.returnPressed.connect(self._submit)
        self.ui.recoveryEdit.returnPressed.connect(self._submit)
        self.ui.useRecoveryButton.toggled.connect(self.set_recovery_mode)
        self.set_recovery_mode(False)

    # -- what the caller sets ----------------------------------------------------------------

    def set_vault_path(self, path: str) -> None:
        self.ui.vaultLabel.setText(path)

    def set_demo_hint(self, passphrase: str | None) -> None:
        """Show the demo vault's passphrase (never used for a real vault)."""
        self._demo_passphrase = passphrase
        self._retranslate_dynamic()

    def show_error(self, text: str) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setVisible(bool(text))
        self._focus_field()

    def clear_message(self) -> None:
        self.show_error("")

    def set_locked_out(self, until_text: str | None) -> None:
        """Refuse input until the given time (shown as is); None lifts the lockout."""
        was_locked = self._locked_until_text is not None
        self._locked_until_text = until_text
        self._update_enabled()
        if until_text:
            self.show_error(self._lockout_message())
        elif was_locked:
            self.clear_message()

    def is_locked_out(self) -> bool:
        return self._locked_until_text is not None

    def set_busy(self, busy: bool) -> None:
        """While the vault is being opened (key derivation takes about two seconds): a busy
        indicator; the field stays enabled so keys typed meanwhile are kept (a second Enter is
        ignored until the answer comes)."""
        self._busy = busy
        self.busy_label.setText(self.tr("正在打开台账…") if busy else "")
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self._update_enabled()
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def set_preparing(self, text: str | None) -> None:
        """The vault is still being made (the --demo vault): ``text`` and a moving bar, nothing
        to type yet; None: ready."""
        self._preparing = text is not None
        self.busy_label.setText(text or "")
        self.busy_label.setVisible(self._preparing)
        self.busy_bar.setVisible(self._preparing)
        for w in (self.ui.passphraseEdit, self.ui.recoveryEdit, self.ui.unlockButton,
                  self.ui.useRecoveryButton):
            w.setEnabled(not self._preparing)
        if not self._preparing:
            self._update_enabled()

    @property
    def preparing(self) -> bool:
        return self._preparing

    @property
    def busy(self) -> bool:
        return self._busy

    def set_recovery_mode(self, on: bool) -> None:
        self._recovery = on
        if self.ui.useRecoveryButton.isChecked() != on:
            self.ui.useRecoveryButton.setChecked(on)  # re-enters once with the same value
            return
        self.ui.passphraseLabel.setVisible(not on)
        self.ui.passphraseEdit.setVisible(not on)
        self.ui.recoveryLabel.setVisible(on)
        self.ui.recoveryEdit.setVisible(on)
        self.ui.passphraseEdit.clear()
        self.ui.recoveryEdit.clear()
        self._retranslate_dynamic()
        self._focus_field()

    def is_recovery_mode(self) -> bool:
        return self._recovery

    def reset(self) -> None:
        """Back to a clean passphrase prompt (after locking, or a successful unlock)."""
        self.set_busy(False)
        self.set_recovery_mode(False)
        self.clear_message()
        self._focus_field()

    # -- internals ---------------------------------------------------------------------------

    def _field(self) -> QLineEdit:
        return self.ui.recoveryEdit if self._recovery else self.ui.passphraseEdit

    def _focus_field(self) -> None:
        field = self._field()
        if field.isEnabled():
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self._busy or self.is_locked_out():
            return
        field = self._field()
        secret = field.text()
        field.clear()  # the only copy now travels with the signal
        if not secret.strip():
            self.show_error(self.tr("请输入恢复码。") if self._recovery
                            else self.tr("请输入口令。"))
            return
        self.clear_message()
        self.unlockRequested.emit(secret, self._recovery)

    def _update_enabled(self) -> None:
        enabled = not self._busy and not self.is_locked_out()
        for w in (self.ui.unlockButton, self.ui.useRecoveryButton):
            w.setEnabled(enabled)
        for edit in (self.ui.passphraseEdit, self.ui.recoveryEdit):
            edit.setEnabled(not self.is_locked_out())  # busy: typing goes on into the field
        if enabled:
            self._focus_field()

    def _lockout_message(self) -> str:
        return self.tr("口令连续输错次数过多，已暂停解锁。请在 {} 之后再试。").format(
            self._locked_until_text or "")

    def _retranslate_dynamic(self) -> None:
        self.ui.useRecoveryButton.setText(self.tr("改用口令") if self._recovery
                                          else self.tr("使用恢复码"))
        if self._demo_passphrase:
            self.ui.demoHintLabel.setText(
                self.tr("这是演示台账，口令是：{}").format(self._demo_passphrase))
        self.ui.demoHintLabel.setVisible(bool(self._demo_passphrase))
        if self._locked_until_text:
            self.ui.messageLabel.setText(self._lockout_message())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)
