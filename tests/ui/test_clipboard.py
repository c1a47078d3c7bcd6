"""Ledger text copied with Ctrl+C is marked secret for clipboard managers and cleared again after
the unit's delay, on lock, and never when the clerk has copied something else meanwhile
(issue 20, leaks)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from miji_desk.core.unit_rules import change_unit_rule
from miji_desk.ui.widgets.clipboard import SECRET_MARKS

from .custody_support import (
    AppController,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


def _copy_first_row(qtbot, c: AppController) -> str:
    t = c.window.table
    t.setFocus()
    t.selectRow(0)
    qtbot.keyClick(t, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


def test_copied_cells_are_marked_secret_and_cleared_after_the_units_delay(
        qtbot, app_controller) -> None:
    c = app_controller
    change_unit_rule(vault_of(c), "clipboard_clear_seconds", 5, "测试：缩短清除时间")
    first = c.window.model.carrier_at(0)
    assert first is not None
    text = _copy_first_row(qtbot, c)
    assert first.number in text and first.title in text  # what the clerk sees, tab-separated
    formats = QApplication.clipboard().mimeData().formats()
    assert set(SECRET_MARKS) <= set(formats)
    assert bytes(QApplication.clipboard().mimeData().data("x-kde-passwordManagerHint")) == b"secret"
    assert "5 秒后从剪贴板清除" in c.window.notice.text()
    qtbot.waitUntil(lambda: QApplication.clipboard().text() == "", timeout=8000)


def test_the_clerks_own_later_copy_is_never_cleared(qtbot, app_controller) -> None:
    c = app_controller
    change_unit_rule(vault_of(c), "clipboard_clear_seconds", 5, "测试：缩短清除时间")
    assert _copy_first_row(qtbot, c)
    QApplication.clipboard().setText("会议室预订：周三下午")  # copied elsewhere meanwhile
    assert not c.window.clipboard.clear_if_ours()  # the timer's own call, made now
    assert QApplication.clipboard().text() == "会议室预订：周三下午"
    QApplication.clipboard().clear()


def test_locking_clears_what_the_ledger_put_on_the_clipboard(qtbot, app_controller) -> None:
    c = app_controller
    assert _copy_first_row(qtbot, c)  # the default delay: 30 s, far beyond this test
    c.window.lock()
    assert QApplication.clipboard().text() == ""
