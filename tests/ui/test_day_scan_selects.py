"""After a scan the table and the detail pane agree, and actions act on the scanned carrier
(issue 12)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from miji_desk.printing.jobs import select_carriers

from .custody_support import (
    AppController,
    World,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


def _row(c: AppController, code: str) -> int:
    m = c.window.model
    for row in range(m.rowCount()):
        v = m.carrier_at(row)
        if v is not None and v.barcode == code:
            return row
    raise AssertionError(code)


def _click_row(qtbot, c: AppController, code: str) -> None:
    t = c.window.table
    rect = t.visualRect(c.window.model.index(_row(c, code), 2))
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _scan(qtbot, c: AppController, clock, code: str) -> None:
    """A keyboard-wedge scanner: the code typed a few milliseconds a key, then Enter."""
    target = QApplication.focusWidget() or c.window.table
    for ch in code:
        clock.advance(3)
        qtbot.keyClick(target, ch)
    clock.advance(3)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    clock.advance(2000)


def _highlighted(c: AppController) -> list[str]:
    rows = sorted({i.row() for i in c.window.table.selectionModel().selectedRows()})
    return [c.window.model.carrier_at(r).barcode for r in rows]  # type: ignore[union-attr]


def test_scan_selects_its_row_and_labels_go_to_the_scanned_carrier(
        qtbot, app_controller: AppController, world: World, clock, monkeypatch) -> None:
    c = app_controller
    w = c.window
    w.table.setFocus()
    _click_row(qtbot, c, world.report[0])
    assert w.detail.carrier is not None and w.detail.carrier.barcode == world.report[0]
    _scan(qtbot, c, clock, world.notice[1])
    assert w.detail.carrier is not None and w.detail.carrier.barcode == world.notice[1]
    assert _highlighted(c) == [world.notice[1]]
    assert w.table.currentIndex().row() == _row(c, world.notice[1])
    scanned = vault_of(c).ledger.by_barcode(world.notice[1])
    assert scanned is not None and w.selected_ids() == [scanned.id]
    printed: list[list[int]] = []
    monkeypatch.setattr(c.printing, "_labels",
                        lambda _v, ids, _p, _mode: printed.append(list(ids)))
    c.printing.print_selected_labels()  # 打印 → 所选载体的标签
    assert printed == [[scanned.id]]


def test_scan_of_a_carrier_outside_the_filter_leaves_no_stale_highlight(
        qtbot, app_controller: AppController, world: World, clock) -> None:
    c = app_controller
    w = c.window
    w.search.setText(world.report[0])
    w.apply_filter()
    assert _highlighted(c) == [world.report[0]]
    w.table.setFocus()
    _scan(qtbot, c, clock, world.notice[0])
    assert w.detail.carrier is not None and w.detail.carrier.barcode == world.notice[0]
    assert _highlighted(c) == []
    scanned = vault_of(c).ledger.by_barcode(world.notice[0])
    assert scanned is not None and w.selected_ids() == [scanned.id]


def test_labels_for_a_selection_print_in_number_order(
        qtbot, app_controller: AppController, world: World, monkeypatch) -> None:
    c = app_controller
    w = c.window
    t = w.table
    last = w.model.rowCount() - 1
    # The whole table (newest registration first): click the first row, Shift+click the last.
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton,
                     pos=t.visualRect(w.model.index(0, 2)).center())
    qtbot.mouseClick(t.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier,
                     pos=t.visualRect(w.model.index(last, 2)).center())
    assert len(w.selected_ids()) == last + 1
    shown = [w.model.carrier_at(r).number  # type: ignore[union-attr]
             for r in range(w.model.rowCount())]
    assert shown != sorted(shown)  # the table's order is not the 编号 order
    printed: list[list[int]] = []
    monkeypatch.setattr(c.printing, "_labels",
                        lambda _v, ids, _p, _mode: printed.append(list(ids)))
    c.printing.print_selected_labels()
    numbers = [cv.number for cv in select_carriers(vault_of(c), printed[0])]
    assert numbers == sorted(shown)  # the label job prints them in this order
