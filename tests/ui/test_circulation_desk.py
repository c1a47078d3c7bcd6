"""The circulation desk: loans by two scans and Enter, returns by one scan, circulation slips,
refusals on screen, and nothing left behind by a lock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from miji_desk.core import barcodes
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation
from miji_desk.core.loans import LoanForm, lend
from miji_desk.ui.circulation.desk import CirculationDesk
from miji_desk.ui.circulation.dialogs import LoanDialog, ReturnCheckDialog, SlipDialog
from tests.core.custody_support import snapshot

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    model_texts,
    status,
    store_fixture,  # noqa: F401
    texts_on_screen,
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


@pytest.fixture
def desk(app_controller) -> CirculationDesk:
    d: CirculationDesk = app_controller.window.circulation_desk
    app_controller.window.tabs.setCurrentWidget(d)
    return d


def enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def tick(qtbot, box) -> None:
    """A click on the check box's indicator (the middle of a wide row is not the box)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def confirm_counts(qtbot, dialog: ReturnCheckDialog) -> None:
    """The clerk has counted: ticks 页面完整 and, where there are attachments, 附件完整."""
    for box in (dialog.ui.pages_complete, dialog.ui.attachments_complete):
        if box.isEnabled() and not box.isChecked():
            tick(qtbot, box)


def fill_approval(dialog: LoanDialog, purpose: str = "起草检查报告") -> None:
    # QTest types ASCII only; Chinese arrives through the input method, i.e. as text.
    if not dialog.ui.approver.text():
        dialog.ui.approver.setText("刘院长")
    dialog.ui.approval_ref.setText("借审〔2026〕7号")
    dialog.ui.purpose.setText(purpose)


# -- loans ---------------------------------------------------------------------------------------

def test_loan_by_two_scans_and_enter(app_controller, desk, world, qtbot):
    w = app_controller.window
    assert desk.out_model.rowCount() == 0
    w.open_scanned(world.report[0])
    w.open_scanned(world.director)
    assert "2026-收-0001-001" in desk.staged_carriers.text()
    assert "张建华" in desk.staged_person.text()
    assert "按回车" in desk.next_step.text()
    enter(qtbot, desk.scan_box)
    dialog = desk.dialog
    assert isinstance(dialog, LoanDialog) and dialog.isVisible()
    assert dialog.ui.place.text() == "机要室"
    assert "张建华" in dialog.ui.borrowerLabel.text()
    fill_approval(dialog)
    enter(qtbot, dialog.ui.purpose)  # Enter in the dialog confirms the loan
    assert not dialog.isVisible()
    assert status(app_controller, world.report[0]) == ("on_loan", "张建华（办公室）")
    loan = vault_of(app_controller).custody.loans(open_only=True)[0]
    assert (loan.approver, loan.approval_ref, loan.purpose, loan.place) == (
        "刘院长", "借审〔2026〕7号", "起草检查报告", "机要室")
    # The list refreshed, the message says what happened, the scans are cleared.
    assert desk.out_model.rowCount() == 1
    assert "张建华" in model_texts(desk.out_model)[5]
    assert desk.message.isVisibleTo(desk) and "已借给 张建华" in desk.message.text()
    assert desk.staged == [] and desk.person is None
    # The ledger's own list shows the new status too.
    assert any("借出" in t for t in model_texts(w.model))
    # The next loan remembers the approver (this session only).
    w.open_scanned(world.dean)  # the badge first this time
    w.open_scanned(world.report[1])
    enter(qtbot, desk.scan_box)
    second = desk.dialog
    assert isinstance(second, LoanDialog)
    assert second.ui.approver.text() == "刘院长"
    assert second.ui.purpose.hasFocus() or second.focusWidget() is second.ui.purpose


def test_loan_through_the_real_scanner(app_controller, desk, world, qtbot, clock):
    """Keystrokes a few milliseconds apart ending in Return are scans; a person's Enter
    afterwards confirms."""
    desk.scan_box.setFocus()

    def scan(code: str) -> None:
        for ch in code:
            clock.advance(3)
            qtbot.keyClick(desk.scan_box, ch)
        clock.advance(3)
        qtbot.keyClick(desk.scan_box, Qt.Key.Key_Return)
        clock.advance(2000)  # the clerk reaches for the next thing

    scan(world.notice[0])
    assert desk.scan_box.text() == ""  # the scan never reached the field as typing
    assert len(desk.staged) == 1 and desk.dialog is None  # the scan's Enter confirmed nothing
    scan(world.clerk2)
    assert desk.person is not None and desk.person.name == "王小丽"
    enter(qtbot, desk.scan_box)  # the clerk's own Enter
    dialog = desk.dialog
    assert isinstance(dialog, LoanDialog)
    fill_approval(dialog, "核对名单")
    qtbot.mouseClick(dialog.ui.okButton, Qt.MouseButton.LeftButton)
    assert status(app_controller, world.notice[0]) == ("on_loan", "王小丽（综合处）")


def test_loan_refusal_shows_in_the_dialog_and_changes_nothing(app_controller, desk, world,
                                                              qtbot):
    vault = vault_of(app_controller)
    w = app_controller.window
    before = snapshot(vault)
    w.open_scanned(world.report[0])
    w.open_scanned(world.clerk2)  # 一般: may not know 机密 — refused at the badge (issue 12)
    assert "王小丽是一般涉密人员" in desk.message.text()
    enter(qtbot, desk.scan_box)
    assert desk.dialog is None  # no approval form for a loan that cannot be
    assert snapshot(vault) == before
    w.open_scanned(world.director)
    enter(qtbot, desk.scan_box)
    dialog = desk.dialog
    assert isinstance(dialog, LoanDialog)
    fill_approval(dialog)
    # A missing approver is shown at its field.
    dialog.ui.approver.clear()
    dialog.save()
    assert dialog.errors.message_at("approver")
    assert snapshot(vault) == before


def test_enter_without_a_badge_asks_for_one(app_controller, desk, world, qtbot):
    app_controller.window.open_scanned(world.report[0])
    enter(qtbot, desk.scan_box)
    assert desk.dialog is None
    assert "请扫描借阅人的证件" in desk.message.text()
    assert desk.message.isVisibleTo(desk)


def test_unknown_and_malformed_codes_are_refused_on_screen(app_controller, desk):
    w = app_controller.window
    unknown = barcodes.for_carrier(4242)
    w.open_scanned(unknown)
    assert f"没有条码为 {unknown}" in desk.message.text()
    nobody = barcodes.for_person(4242)  # well formed, nobody has it
    w.open_scanned(nobody)
    assert f"没有登记证件 {nobody}" in desk.message.text()
    good = barcodes.for_carrier(1)
    w.open_scanned(good[:-1] + str((int(good[-1]) + 1) % 10))  # the check digit is wrong
    assert "校验位不对" in desk.message.text()
    assert desk.staged == [] and desk.person is None


def test_typed_code_in_the_scan_box(app_controller, desk, world, qtbot):
    desk.scan_box.setText(world.report[2])
    enter(qtbot, desk.scan_box)
    assert [s.carrier.barcode for s in desk.staged] == [world.report[2]]
    qtbot.keyClick(desk.scan_box, Qt.Key.Key_Escape)
    assert desk.staged == []


# -- returns -------------------------------------------------------------------------------------

def lend_now(c, badge: str, codes: list[str]) -> None:
    lend(vault_of(c), LoanForm(borrower=badge, carriers=codes, purpose="阅读", approver="刘院长",
                               approved_on=NOW.date(), approval_ref="借审1号"))
    c.window.circulation_desk.refresh()


def test_return_by_one_scan_and_enter(app_controller, desk, world, qtbot):
    lend_now(app_controller, world.director, [world.report[0]])
    assert desk.out_model.rowCount() == 1
    app_controller.window.open_scanned(world.report[0])
    dialog = desk.dialog
    assert isinstance(dialog, ReturnCheckDialog) and dialog.isVisible()
    # Nothing is taken as counted (issue 12): the clerk confirms each count.
    assert not dialog.ui.pages_complete.isChecked()
    assert not dialog.ui.attachments_complete.isChecked()
    assert "张建华" in dialog.ui.holderLabel.text()
    assert "12" in dialog.ui.registeredLabel.text()
    confirm_counts(qtbot, dialog)
    enter(qtbot, dialog)  # complete: Enter confirms
    assert not dialog.isVisible()
    assert status(app_controller, world.report[0]) == ("in_store", "")
    assert desk.out_model.rowCount() == 0
    assert "已归还" in desk.message.text()
    assert vault_of(app_controller).custody.incidents() == []


def test_return_with_a_shortfall_opens_an_incident(app_controller, desk, world, qtbot):
    lend_now(app_controller, world.director, [world.report[0]])
    app_controller.window.open_scanned(world.report[0])
    dialog = desk.dialog
    assert isinstance(dialog, ReturnCheckDialog)
    tick(qtbot, dialog.ui.pages_complete)
    tick(qtbot, dialog.ui.attachments_complete)
    tick(qtbot, dialog.ui.attachments_complete)  # not all there
    assert "异常" in dialog.ui.shortfallLabel.text()
    before = snapshot(vault_of(app_controller))
    enter(qtbot, dialog)
    assert dialog.isVisible() and dialog.errors.message_at("note")  # say what is missing
    assert snapshot(vault_of(app_controller)) == before
    dialog.ui.note.setText("附件1份未交回")
    enter(qtbot, dialog)
    assert not dialog.isVisible()
    assert status(app_controller, world.report[0]) == ("in_store", "")
    [incident] = vault_of(app_controller).custody.incidents()
    assert "附件不全" in incident.description and "附件1份未交回" in incident.description
    assert "已登记异常" in desk.message.text()


def test_a_double_scan_while_the_return_check_is_open_is_ignored(app_controller, desk,
                                                                  world):
    lend_now(app_controller, world.director, [world.report[0]])
    w = app_controller.window
    w.open_scanned(world.report[0])
    dialog = desk.dialog
    w.open_scanned(world.report[0])
    assert desk.dialog is dialog and dialog.ui.messageLabel.text() == ""
    w.open_scanned(world.report[1])
    assert "请先确认或取消这次归还" in dialog.ui.messageLabel.text()


# -- circulation ---------------------------------------------------------------------------------

def make_slip(c, world, codes: list[str] | None = None) -> int:
    slip = open_circulation(vault_of(c), CirculationForm(
        carriers=codes or [world.report[0]], readers=[world.dean, world.director],
        instruction="请院领导阅示"))
    c.window.circulation_desk.refresh()
    return slip.id


def test_sideways_hand_out_is_refused_on_screen(app_controller, desk, world):
    make_slip(app_controller, world)
    hand_out(vault_of(app_controller), world.report[0])  # to 李国强, the first reader
    desk.refresh()
    vault = vault_of(app_controller)
    before = snapshot(vault)
    w = app_controller.window
    w.open_scanned(world.director)  # 张建华 comes for it …
    w.open_scanned(world.report[0])  # … while 李国强 still has it
    text = desk.message.text()
    assert "还在李国强（院领导）手中" in text and "不得横向传阅" in text
    assert desk.message.isVisibleTo(desk)
    assert desk.dialog is None  # not mistaken for a return
    assert snapshot(vault) == before
    assert status(app_controller, world.report[0]) == ("circulating", "李国强（院领导）")


def test_hand_out_and_take_back_by_scan(app_controller, desk, world, qtbot):
    make_slip(app_controller, world)
    w = app_controller.window
    assert desk.slip_model.rowCount() == 1
    w.open_scanned(world.report[0])
    assert "传阅单" in desk.staged_carriers.text()
    assert "下一位传阅人" in desk.next_step.text()
    enter(qtbot, desk.scan_box)  # no badge: the next reader on the slip
    assert status(app_controller, world.report[0]) == ("circulating", "李国强（院领导）")
    assert "送 李国强（院领导） 阅" in desk.message.text()
    assert desk.out_model.rowCount() == 1 and model_texts(desk.out_model)[0] == "传阅"
    w.open_scanned(world.report[0])  # back from 李国强: one scan, Enter
    dialog = desk.dialog
    assert isinstance(dialog, ReturnCheckDialog)
    confirm_counts(qtbot, dialog)
    enter(qtbot, dialog)
    assert status(app_controller, world.report[0]) == ("in_store", "")
    assert "下一位传阅人：张建华" in desk.message.text()
    # The next reader, by badge this time.
    w.open_scanned(world.director)
    w.open_scanned(world.report[0])
    enter(qtbot, desk.scan_box)
    assert status(app_controller, world.report[0]) == ("circulating", "张建华（办公室）")
    w.open_scanned(world.report[0])
    confirm_counts(qtbot, desk.dialog)
    enter(qtbot, desk.dialog)
    assert "自动结束" in desk.message.text()
    assert desk.slip_model.rowCount() == 0


def test_new_slip_from_the_ledger_selection_and_scans_then_printed(app_controller, desk,
                                                                    world):
    w = app_controller.window
    vault = vault_of(app_controller)
    first = vault.ledger.by_barcode(world.notice[0])
    w.show_carrier(first.id)  # the ledger's selection (the detail pane's carrier)
    dialog = desk.new_slip()
    assert isinstance(dialog, SlipDialog)
    assert dialog.carrier_codes() == [world.notice[0]]
    w.open_scanned(world.notice[1])  # scans go to the open dialog
    w.open_scanned(world.dean)
    w.open_scanned(world.clerk2)
    assert dialog.carrier_codes() == [world.notice[0], world.notice[1]]
    assert dialog.reader_badges() == [world.dean, world.clerk2]
    dialog.ui.readers.setCurrentRow(1)
    dialog._move(-1)
    assert dialog.reader_badges() == [world.clerk2, world.dean]
    dialog.ui.instruction.setText("请阅")
    audit = vault.counts()["audit"]
    dialog.save()
    assert not dialog.isVisible()
    assert desk.slip_model.rowCount() == 1
    assert "已建立传阅单" in desk.message.text()
    preview = app_controller.printing.preview
    QApplication.processEvents()  # the slip is printed right after (a queued call)
    assert len(preview.calls) == 1
    pdf, title, options = preview.calls[0]
    assert pdf.startswith(b"%PDF") and title == "传阅单"
    options["on_done"]("print", 1)
    assert vault.counts()["audit"] == audit + 2  # the slip, then its printing


def test_slip_refusal_shows_in_the_dialog(app_controller, desk, world):
    vault = vault_of(app_controller)
    dialog = desk.new_slip()
    before = snapshot(vault)
    dialog.handle_scan(world.report[0])  # 机密
    dialog.handle_scan(world.clerk2)  # 一般: refused as she is added (issue 12)
    assert "王小丽是一般涉密人员" in dialog.ui.messageLabel.text()
    assert dialog.reader_badges() == []
    dialog.save()  # no reader: refused too, nothing written
    assert dialog.isVisible()
    assert snapshot(vault) == before


def test_close_a_slip_early_with_a_reason(app_controller, desk, world):
    make_slip(app_controller, world)
    desk.slip_table.selectRow(0)
    assert desk.close_slip("李国强出差，不再传阅")
    assert desk.slip_model.rowCount() == 0
    assert "已结束" in desk.message.text()


def test_end_of_day_view_and_overdue_marks(app_controller, desk, world):
    import datetime as dt

    vault = vault_of(app_controller)
    lend(vault, LoanForm(borrower=world.director, carriers=[world.report[0]], purpose="阅读",
                         approver="刘院长", approved_on=NOW.date(), approval_ref="借审1号",
                         due=NOW + dt.timedelta(days=2)))
    lend(vault, LoanForm(borrower=world.dean, carriers=[world.report[1]], purpose="阅读",
                         approver="刘院长", approved_on=NOW.date(), approval_ref="借审2号"))
    desk.refresh()
    assert desk.out_model.rowCount() == 2
    assert "（2）" in desk.view_all.text() and "（1）" in desk.view_today.text()
    desk.view_today.click()
    assert desk.out_model.rowCount() == 1
    assert desk.out_model.line_at(0).carrier.barcode == world.report[1]
    desk.view_all.click()
    assert desk.out_model.rowCount() == 2
    # Time passes beyond the same-day due time: that row is marked overdue, in words and colour.
    app_controller.clock.set(NOW.replace(hour=23, minute=59, second=59) + dt.timedelta(minutes=1))
    desk.refresh()
    row = next(r for r in range(2) if desk.out_model.line_at(r).carrier.barcode
               == world.report[1])
    state = desk.out_model.data(desk.out_model.index(row, 9))
    assert state.startswith("逾期")
    assert desk.out_model.data(desk.out_model.index(row, 0),
                               Qt.ItemDataRole.BackgroundRole) is not None
    assert "逾期 1 件" in desk.summary.text()


# -- locking -------------------------------------------------------------------------------------

def test_lock_clears_the_desk(app_controller, desk, world, qtbot):
    lend_now(app_controller, world.director, [world.report[0]])
    make_slip(app_controller, world, [world.notice[0]])
    w = app_controller.window
    w.open_scanned(world.dean)
    w.open_scanned(world.report[1])
    enter(qtbot, desk.scan_box)  # the loan dialog is open when the lock comes
    assert isinstance(desk.dialog, LoanDialog)
    desk.dialog.ui.approver.setText("刘院长")
    w.lock()
    QApplication.processEvents()
    assert desk.vault is None and desk.dialog is None
    assert desk.out_model.rowCount() == 0 and desk.slip_model.rowCount() == 0
    assert desk.staged == [] and desk.person is None and desk.last_approver == ""
    secrets = [world.titles["report"], world.titles["notice"], "张建华", "李国强", "刘院长",
               world.report[0]]
    for text in texts_on_screen():
        for s in secrets:
            assert s not in text, f"{s!r} still on screen in {text!r}"
    assert desk.handle_scan(world.report[0]) is False
    # Unlocking brings the lists back.
    app_controller.try_unlock("Correct-Horse-电池-42", False)
    assert desk.out_model.rowCount() == 1 and desk.slip_model.rowCount() == 1
