"""帮助 › 自检…: runs on a worker thread, locked or not, and shows each step's verdict in the
window's language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from miji_desk import selftest
from tests.ui.test_main_window import controller, store, vault_file

__all__ = ["controller", "store", "vault_file"]  # fixtures


def test_the_self_test_runs_from_the_help_menu_while_locked(qtbot, monkeypatch, controller):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, title, text: shown.append((title, text)))
    w = controller.window
    assert w.is_locked  # it needs no vault: it makes its own throwaway one
    help_menu = controller.help_menu
    assert help_menu.menu.title() == "帮助(&H)" and help_menu.action_self_test.isEnabled()
    help_menu.action_self_test.trigger()
    assert not help_menu.action_self_test.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    title, text = shown[0]
    assert title == "自检通过"
    for label in (selftest.STEPS[k] for k in selftest.STEPS if k != "qt"):
        assert f"通过  {label}" in text
    assert help_menu.last is not None and help_menu.last.ok
    qtbot.waitUntil(help_menu.action_self_test.isEnabled, timeout=5_000)


def test_a_failing_self_test_says_which_step_and_what(qtbot, monkeypatch, controller):
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    monkeypatch.setattr(selftest, "decode_page", lambda pdf, dpi=200: [])
    controller.help_menu.action_self_test.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    title, text = shown[0]
    assert title == "自检未通过"
    assert "失败  打印标签并读回条码：" in text and "台账库没有受到影响" in text
