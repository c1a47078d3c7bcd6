"""A return is never "complete" by default: one Enter records nothing until the clerk has
confirmed each count or typed it (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from miji_desk.core.loans import LoanForm, lend
from miji_desk.ui.circulation.desk import CirculationDesk
from miji_desk.ui.circulation.dialogs import ReturnCheckDialog
from tests.core.custody_support import snapshot

from .custody_support import (
    NOW,
    AppController,
    World,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    status,
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


def tick(qtbot, box) -> None:
    """A click on the check box's indicator (the middle of a wide row is not the box)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


@pytest.fixture
def desk(app_controller: AppController) -> CirculationDesk:
    d = app_controller.window.circulation_desk
    app_controller.window.tabs.setCurrentWidget(d)
    return d


def _returning(c: AppController, desk: CirculationDesk, code: str, badge: str
               ) -> ReturnCheckDialog:
    lend(vault_of(c), LoanForm(borrower=badge, carriers=[code], purpose="阅读",
                               approver="刘院长", approved_on=NOW.date(),
                               approval_ref="借审〔2026〕1号"))
    desk.refresh()
    c.window.open_scanned(code)
    dialog = desk.dialog
    assert isinstance(dialog, ReturnCheckDialog) and dialog.isVisible()
    return dialog


def test_one_enter_records_nothing_until_each_count_is_confirmed(
        qtbot, app_controller: AppController, desk, world: World) -> None:
    c = app_controller
    dialog = _returning(c, desk, world.report[0], world.director)  # 12 pages, 附件1份
    assert not dialog.ui.pages_complete.isChecked()
    assert not dialog.ui.attachments_complete.isChecked()
    before = snapshot(vault_of(c))
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and "页数尚未清点" in dialog.errors.message_at("pages_complete")
    tick(qtbot, dialog.ui.pages_complete)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "附件尚未清点" in dialog.errors.message_at("attachments_complete")
    assert snapshot(vault_of(c)) == before
    assert status(c, world.report[0])[0] == "on_loan"
    tick(qtbot, dialog.ui.attachments_complete)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert status(c, world.report[0]) == ("in_store", "")
    assert vault_of(c).custody.incidents() == []


def test_typing_the_registered_page_count_confirms_the_pages(
        qtbot, app_controller: AppController, desk, world: World, clock) -> None:
    c = app_controller
    dialog = _returning(c, desk, world.notice[0], world.director)  # no attachments
    assert not dialog.ui.attachments_complete.isEnabled()  # nothing to count
    spin = dialog.ui.pages_counted
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=1000)
    spin.selectAll()
    registered = vault_of(c).ledger.by_barcode(world.notice[0]).pages  # type: ignore[union-attr]
    for ch in str(registered):  # the clerk's typing, not a scanner's burst
        clock.advance(250)
        qtbot.keyClick(spin, ch)
    clock.advance(250)
    qtbot.waitUntil(lambda: spin.value() == registered, timeout=2000)  # the last key, replayed
    assert dialog.ui.pages_complete.isChecked()
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert status(c, world.notice[0]) == ("in_store", "")
    assert vault_of(c).custody.incidents() == []
