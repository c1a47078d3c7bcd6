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
