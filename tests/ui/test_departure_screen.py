"""The departure screen (离岗手续): its blocking list, a refused completion, then completion."""

from __future__ import annotations

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.corrections import correct
from miji_desk.core.custody import COMPLETE
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.registration import MediaForm, register_media
from miji_desk.ui.circulation.departure_dialog import DepartureDialog
from tests.core.custody_support import snapshot
from tests.printing.helpers import pdf_text

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)
from .test_people_page import page, row_of  # noqa: F401  (the page fixture)


def lines(dialog: DepartureDialog) -> list[str]:
    return [dialog.ui.blockers.item(i).text() for i in range(dialog.ui.blockers.count())]


def test_departure_screen_lists_what_blocks_it_and_completes_once_clear(
        app_controller, page, world):  # noqa: F811
    vault = vault_of(app_controller)
    lend(vault, LoanForm(borrower=world.director, carriers=[world.report[0]], purpose="阅读",
                         approver="刘院长", approved_on=NOW.date(), approval_ref="借审1号"))
    usb = register_media(vault, MediaForm(CarrierKind.USB, "办公室专用U盘", "SN-9", "专用",
                                          "secret", handled_by="张建华", location="1号保密柜"))
    page.refresh()
    page.table.selectRow(row_of(page, "张建华"))
    assert page.leave_button.isEnabled()
    page.leave_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DepartureDialog) and dialog.isVisible()
    u = dialog.ui
    # Before it starts, the screen already shows both blockers; it cannot be completed.
    assert len(lines(dialog)) == 2
    assert "2026-收-0001-001" in lines(dialog)[0] and "持有（借阅）" in lines(dialog)[0]
    assert usb.number in lines(dialog)[1] and "责任人" in lines(dialog)[1]
    assert "以下 2 件" in u.blockersCaption.text()
    assert u.startButton.isVisible() and not u.completeButton.isEnabled()
    u.kind.setCurrentIndex(u.kind.findData("retire"))
    u.reason.setText("到龄退休")
    u.startButton.click()
    assert not u.startButton.isVisible() and not u.reason.isEnabled()
    assert vault.personnel.open_departure(world.ids[world.director]) is not None
    # Completing is refused while anything is out, naming it; nothing changes.
    before = snapshot(vault)
    dialog.complete()
    assert dialog.isVisible()
    assert "还有 2 件" in u.messageLabel.text() and usb.number in u.messageLabel.text()
    assert snapshot(vault) == before
    # The handover list prints what is outstanding, to be signed line by line.
    u.printHandoverButton.click()
    calls = app_controller.printing.preview.calls
    assert len(calls) == 1 and calls[0][0].startswith(b"%PDF")
    text = "".join(pdf_text(calls[0][0]))
    assert "张建华离岗" in text and usb.number in text and "接收人签字" in text
    # The loan comes back: one blocker left, still not complete-able.
    return_loan(vault, world.report[0], COMPLETE)
    u.refreshButton.click()
    assert len(lines(dialog)) == 1 and not u.completeButton.isEnabled()
    # The medium gets another 责任人: nothing left; completion is allowed and done.
    correct(vault, usb.carrier_ids[0], "handled_by", "李国强", "责任人交接")
    u.refreshButton.click()
    assert lines(dialog) == [] and u.completeButton.isEnabled()
    assert "可以办结" in u.blockersCaption.text()
    u.completeButton.click()
    assert not dialog.isVisible()
    assert "脱密期至 2028-11-27" in page.message.text()
    person = vault.custody.person(world.ids[world.director])
    assert not person.active and person.left_on == NOW.date()


def test_a_started_departure_reopens_where_it_was(app_controller, page, world):  # noqa: F811
    page.refresh()
    page.table.selectRow(row_of(page, "王小丽"))
    dialog = page.depart()
    assert dialog is not None
    dialog.ui.kind.setCurrentIndex(dialog.ui.kind.findData("transfer"))
    dialog.ui.reason.setText("调往市局")
    dialog.start()
    dialog.reject()
    again = page.depart()
    assert again is not None
    assert again.ui.reason.text() == "调往市局" and not again.ui.reason.isEnabled()
    assert again.ui.kind.currentData() == "transfer"
    assert again.ui.completeButton.isEnabled()  # 王小丽 holds nothing
