"""The unlock widget: passphrase or recovery code, errors, lockout, demo hint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from miji_desk.ui.shell.unlock import UnlockWidget


@pytest.fixture
def unlock(qtbot) -> UnlockWidget:
    w = UnlockWidget()
    qtbot.addWidget(w)
    w.show()
    return w


def test_enter_submits_the_passphrase_and_clears_the_field(qtbot, unlock: UnlockWidget) -> None:
    qtbot.keyClicks(unlock.ui.passphraseEdit, "Correct-Horse-7")
    with qtbot.waitSignal(unlock.unlockRequested, timeout=1000) as blocker:
        qtbot.keyClick(unlock.ui.passphraseEdit, Qt.Key.Key_Return)
    assert blocker.args == ["Correct-Horse-7", False]
    assert unlock.ui.passphraseEdit.text() == ""


def test_recovery_code_path(qtbot, unlock: UnlockWidget) -> None:
    assert unlock.ui.recoveryEdit.isHidden()
    unlock.ui.useRecoveryButton.click()
    assert unlock.is_recovery_mode()
    assert unlock.ui.passphraseEdit.isHidden() and not unlock.ui.recoveryEdit.isHidden()
    assert unlock.ui.useRecoveryButton.text() == "改用口令"
    unlock.ui.recoveryEdit.setText("ABCDE-FGHJK")
    with qtbot.waitSignal(unlock.unlockRequested, timeout=1000) as blocker:
        unlock.ui.unlockButton.click()
    assert blocker.args == ["ABCDE-FGHJK", True]
    unlock.ui.useRecoveryButton.click()
    assert not unlock.is_recovery_mode() and unlock.ui.useRecoveryButton.text() == "使用恢复码"


def test_empty_input_says_so_and_emits_nothing(qtbot, unlock: UnlockWidget) -> None:
    with qtbot.assertNotEmitted(unlock.unlockRequested):
        unlock.ui.unlockButton.click()
    assert unlock.ui.messageLabel.text() == "请输入口令。"
    assert not unlock.ui.messageLabel.isHidden()


def test_show_error_and_clear(qtbot, unlock: UnlockWidget) -> None:
    unlock.show_error("口令不对。")
    assert unlock.ui.messageLabel.text() == "口令不对。" and not unlock.ui.messageLabel.isHidden()
    unlock.clear_message()
    assert unlock.ui.messageLabel.isHidden()


def test_locked_out_refuses_input_until_lifted(qtbot, unlock: UnlockWidget) -> None:
    unlock.ui.passphraseEdit.setText("whatever")
    unlock.set_locked_out("09:15")
    assert "09:15" in unlock.ui.messageLabel.text()
    assert not unlock.ui.passphraseEdit.isEnabled() and not unlock.ui.unlockButton.isEnabled()
    with qtbot.assertNotEmitted(unlock.unlockRequested):
        unlock.ui.passphraseEdit.returnPressed.emit()
    unlock.set_locked_out(None)
    assert unlock.ui.passphraseEdit.isEnabled() and unlock.ui.messageLabel.isHidden()


def test_demo_hint(qtbot, unlock: UnlockWidget) -> None:
    assert unlock.ui.demoHintLabel.isHidden()
    unlock.set_demo_hint("demo-Pass-2026")
    assert "demo-Pass-2026" in unlock.ui.demoHintLabel.text()
    assert not unlock.ui.demoHintLabel.isHidden()


def test_busy_blocks_double_submits(qtbot, unlock: UnlockWidget) -> None:
    unlock.set_busy(True)
    unlock.ui.passphraseEdit.setText("x" * 12)
    with qtbot.assertNotEmitted(unlock.unlockRequested):
        unlock.ui.passphraseEdit.returnPressed.emit()
    unlock.reset()
    assert unlock.ui.passphraseEdit.isEnabled()
