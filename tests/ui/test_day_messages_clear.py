"""The "没有找到条码…" message goes when the clerk moves on (issue 12)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from .custody_support import (
    AppController,
    World,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)

UNKNOWN = "MJ999999999"


def _scan(qtbot, clock, code: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    for ch in code:
        clock.advance(3)
        qtbot.keyClick(target, ch)
    clock.advance(3)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    clock.advance(2000)


def _unknown_scanned(qtbot, c: AppController, clock) -> None:
    c.window.table.setFocus()
    qtbot.waitUntil(c.window.table.hasFocus, timeout=1000)
    _scan(qtbot, clock, UNKNOWN)
    assert c.window.notice.isVisible() and "没有找到条码" in c.window.notice.text()


def test_not_found_message_goes_when_the_clerk_moves_on(
        qtbot, app_controller: AppController, world: World, clock) -> None:
    c = app_controller
    w = c.window
    w.activateWindow()
    _unknown_scanned(qtbot, c, clock)
    rect = w.table.visualRect(w.model.index(1, 2))
    qtbot.mouseClick(w.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not w.notice.isVisible() and w.notice.text() == ""

    _unknown_scanned(qtbot, c, clock)
    w.search.setFocus()
    clock.advance(500)
    qtbot.keyClick(w.search, "a")
    clock.advance(150)  # a person's pace: the key is typing, not the start of a scan
    qtbot.waitUntil(lambda: not w.notice.isVisible(), timeout=2000)

    _unknown_scanned(qtbot, c, clock)
    w.ledger_menu.popup(w.mapToGlobal(QPoint(10, 10)))
    assert not w.notice.isVisible()
    w.ledger_menu.close()

    _unknown_scanned(qtbot, c, clock)
    w.tabs.setCurrentIndex(1)
    w.tabs.setCurrentIndex(0)
    assert not w.notice.isVisible()
