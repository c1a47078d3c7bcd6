"""The passphrase change reminder at unlock (篇十一 (二)2): non-blocking, in the message bar."""

from __future__ import annotations

import datetime as dt

from miji_desk.ui.backup import actions as backup_actions
from tests.factories import NOW
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401


def test_rule_passphrase_reminder_shown_at_unlock_with_a_link(controller,  # noqa: F811
                                                              monkeypatch) -> None:
    """篇十一 (二)2: 91 days after the vault's passphrase was set, unlocking shows a reminder
    in the main window's message bar (no modal dialog) whose link opens 修改口令."""
    opened: list[object] = []
    monkeypatch.setattr(backup_actions.PassphraseChangeDialog, "exec",
                        lambda self: opened.append(self) or 0)
    controller.clock.set(NOW + dt.timedelta(days=91))
    unlock(controller)
    notice = controller.window.notice
    assert notice.isVisible()
    assert "超过 90 天" in notice.text() and NOW.date().isoformat() in notice.text()
    assert "修改口令" in notice.text()
    notice.linkActivated.emit("action")
    assert len(opened) == 1


def test_rule_passphrase_no_reminder_before_the_period(controller) -> None:  # noqa: F811
    """篇十一 (二)2: within the period, unlocking says nothing about the passphrase."""
    controller.clock.set(NOW + dt.timedelta(days=89))
    unlock(controller)
    assert "口令" not in controller.window.notice.text()


def test_rule_passphrase_setup_wizard_refuses_a_common_one(qtbot, tmp_path) -> None:
    """篇十一 (二)2: the setup wizard does not let ``Admin@123456`` through: its page stays
    incomplete and says why; an uncommon passphrase completes it."""
    from miji_desk.ui.shell.settings import Settings
    from miji_desk.ui.shell.setup_wizard import SetupWizard
    from tests.factories import machine

    wizard = SetupWizard(tmp_path / "v.mjdb", machine(), Settings(tmp_path / "s.ini"))
    qtbot.addWidget(wizard)
    u = wizard.ui
    u.clerkNameEdit.setText("王小明")
    for text in ("Admin@123456", "Tiger#River-2026"):
        u.passphraseEdit.setText(text)
        u.confirmEdit.setText(text)
        wizard._policy_feedback()
        if text == "Admin@123456":
            assert not u.passphrasePage.isComplete()
            assert "常见口令或键盘排列" in u.policyLabel.text()
        else:
            assert u.passphrasePage.isComplete()
