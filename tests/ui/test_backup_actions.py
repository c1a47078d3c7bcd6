"""The 台账库 menu: backup reminder in the status bar, actions that need the open vault."""

from __future__ import annotations

import datetime as dt

from miji_desk.vault.backup import create_backup
from tests.factories import PASSPHRASE
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401


def test_reminder_and_menu_follow_the_lock(controller, tmp_path):  # noqa: F811
    actions = controller.backup
    assert not actions.action_backup.isEnabled()
    assert actions.action_restore.isEnabled()  # restoring needs no open vault
    unlock(controller)
    assert actions.action_backup.isEnabled()
    assert "尚未备份" in actions.age_label.text() and "请及时备份" in actions.age_label.text()
    medium = tmp_path / "usb"
    medium.mkdir()
    create_backup(controller.window.vault, medium, passphrase=PASSPHRASE, store=controller.store)
    actions.show_age()
    assert actions.age_label.text() == "今天已备份"
    controller.clock.set(controller.clock.now() + dt.timedelta(days=8))
    actions.show_age()
    assert "8 天前" in actions.age_label.text() and "请及时备份" in actions.age_label.text()
    controller.window.lock()
    assert not actions.action_backup.isEnabled() and actions.age_label.text() == ""
