"""The background deep check in the app: runs after unlock while idle, recorded, shown."""

from __future__ import annotations

from miji_desk.vault.deep_check import last_deep_check
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401
from tests.vault_fixtures import clock, vault_path  # noqa: F401


def test_runs_when_idle_is_recorded_and_shown_under_check(qtbot, controller):  # noqa: F811
    deep = controller.backup.deep
    deep.idle_seconds = 0
    deep._timer.setInterval(50)
    unlock(controller)
    vault = controller.window.vault
    assert vault is not None and last_deep_check(vault) is None
    qtbot.waitUntil(lambda: "通过" in controller.backup.action_deep_check.text(), timeout=60_000)
    last = last_deep_check(vault)
    assert last is not None and last.ok
    actions = [r[0] for r in vault.conn.execute(
        "SELECT action FROM audit_event WHERE action = 'deep_check'")]
    assert actions == ["deep_check"]
    # The menu lists it right under 检查台账完整性.
    menu_actions = controller.window.vault_menu.actions()
    at = menu_actions.index(controller.backup.action_check)
    assert menu_actions[at + 1] is controller.backup.action_deep_check

    controller.window.lock()
    unlock(controller)  # checked today: no second pass
    assert deep.checker is None and "通过" in controller.backup.action_deep_check.text()


def test_waits_while_the_clerk_works(qtbot, controller):  # noqa: F811
    deep = controller.backup.deep
    deep.idle_seconds = 3600  # the clerk touched the keyboard just now
    deep._timer.setInterval(50)
    unlock(controller)
    assert deep.checker is not None
    qtbot.wait(500)
    assert deep.checker.state.done == []
    controller.window.lock()  # stops the worker; nothing recorded
    assert deep.checker is None
