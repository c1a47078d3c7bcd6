"""The people tab: the list with holdings; adding, correcting, leaving; badges, holdings lists."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from miji_desk.core.custody import COMPLETE
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.ui.circulation.people_page import PeoplePage
from miji_desk.ui.circulation.person_dialogs import (
    LeaveDialog,
    PersonCorrectionDialog,
    PersonDialog,
)
from miji_desk.ui.printing.label_dialog import LabelPrintDialog
from tests.core.custody_support import snapshot

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    model_texts,
    store_fixture,  # noqa: F401
    texts_on_screen,
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


@pytest.fixture
def page(app_controller) -> PeoplePage:
    p: PeoplePage = app_controller.window.people_page
    app_controller.window.tabs.setCurrentWidget(p)
    return p


def row_of(page: PeoplePage, name: str) -> int:
    for r in range(page.model.rowCount()):
        if page.model.person_at(r).name == name:
            return r
    raise AssertionError(name)


def lend_to(c, badge: str, code: str) -> None:
    lend(vault_of(c), LoanForm(borrower=badge, carriers=[code], purpose="阅读", approver="刘院长",
                               approved_on=NOW.date(), approval_ref="借审1号"))


def test_list_shows_grade_status_badge_and_holdings(app_controller, page, world):
    lend_to(app_controller, world.director, world.report[0])
    page.refresh()
    assert page.model.rowCount() == 3
    r = row_of(page, "张建华")
    values = [page.model.data(page.model.index(r, c)) for c in range(7)]
    assert values == ["张建华", "办公室", "主任", "重要", "在岗", world.director, "1"]
    page.table.selectRow(r)
    assert page.holdings_model.rowCount() == 1
    assert "张建华 持有的载体（1 件）" in page.holdings_box.title()


def test_add_person_through_the_dialog(app_controller, page, qtbot):
    dialog = page.add_person()
    assert isinstance(dialog, PersonDialog)
    u = dialog.ui
    u.name.setText("孙立")
    u.department.setText("财务处")
    u.post.setText("主任")
    qtbot.keyClick(u.name, Qt.Key.Key_Return)  # no grade chosen yet: said at the field
    assert dialog.isVisible() and dialog.errors.message_at("grade")
    u.grade.setCurrentIndex(u.grade.findData("core"))
    qtbot.keyClick(u.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    person = page.current_person()
    assert person is not None and person.name == "孙立" and person.badge.startswith("RY")
    assert person.badge in page.message.text()
    # The same person twice is refused at the name, and nothing is added.
    again = page.add_person()
    again.ui.name.setText("孙立")
    again.ui.department.setText("财务处")
    again.ui.post.setText("主任")
    again.ui.grade.setCurrentIndex(again.ui.grade.findData("core"))
    before = snapshot(vault_of(app_controller))
    again.save()
    assert again.isVisible() and "请勿重复登记" in (again.errors.message_at("name") or "")
    assert snapshot(vault_of(app_controller)) == before


def test_leaving_is_refused_while_holding_then_allowed(app_controller, page, world):
    lend_to(app_controller, world.director, world.report[0])
    page.refresh()
    page.table.selectRow(row_of(page, "张建华"))
    dialog = page.mark_left()
    assert isinstance(dialog, LeaveDialog)
    dialog.ui.reason.setText("调离本单位")
    vault = vault_of(app_controller)
    before = snapshot(vault)
    dialog.save()
    assert dialog.isVisible()
    message = dialog.ui.messageLabel.text()
    assert "还持有 1 件" in message and "2026-收-0001-001" in message
    assert dialog.ui.messageLabel.isVisibleTo(dialog)
    assert snapshot(vault) == before
    assert page.holdings_model.rowCount() == 1  # the carriers to collect are on screen
    # The holdings list for the handover, printed from the dialog.
    dialog.ui.printHoldingsButton.click()
    calls = app_controller.printing.preview.calls
    assert len(calls) == 1 and calls[0][0].startswith(b"%PDF")
    dialog.reject()
    return_loan(vault, world.report[0], COMPLETE)
    page.refresh()
    dialog = page.mark_left()
    dialog.ui.reason.setText("调离本单位")
    dialog.save()
    assert not dialog.isVisible()
    assert "已登记离岗" in page.message.text()
    page.status_filter.setCurrentIndex(page.status_filter.findData(None))
    r = row_of(page, "张建华")
    assert page.model.data(page.model.index(r, 4)).startswith("已离岗")
    # A badge of someone who left is refused at the desk.
    desk = app_controller.window.circulation_desk
    app_controller.window.tabs.setCurrentWidget(desk)
    app_controller.window.open_scanned(world.director)
    assert "已于" in desk.message.text() and "离岗" in desk.message.text()


def test_correct_a_field_with_a_reason(app_controller, page, world):
    lend_to(app_controller, world.director, world.report[0])
    page.refresh()
    page.table.selectRow(row_of(page, "张建华"))
    dialog = page.correct()
    assert isinstance(dialog, PersonCorrectionDialog)
    dialog.select_field("department")
    assert dialog.ui.currentValue.text() == "办公室"
    dialog.ui.newValue.setText("综合办公室")
    dialog.save()  # no reason
    assert dialog.isVisible() and dialog.errors.message_at("reason")
    dialog.ui.reason.setText("机构调整")
    dialog.save()
    assert not dialog.isVisible()
    assert "综合办公室" in model_texts(page.model)
    # The holder's text follows, in the ledger too.
    v = vault_of(app_controller).ledger.by_barcode(world.report[0])
    assert v.holder == "张建华（综合办公室）"


def test_a_grade_change_asks_for_proposer_and_leader(app_controller, page, world):
    """篇七 第六条: the grade row shows 提议人 and 批准领导; without the leader the change is
    refused at that field and nothing is written; with them it is saved."""
    page.table.selectRow(row_of(page, "张建华"))
    dialog = page.correct()
    assert isinstance(dialog, PersonCorrectionDialog)
    assert not dialog.ui.approver.isVisibleTo(dialog)
    dialog.select_field("grade")
    assert dialog.ui.approver.isVisibleTo(dialog) and dialog.ui.proposer.isVisibleTo(dialog)
    dialog.ui.newGrade.setCurrentIndex(dialog.ui.newGrade.findData("core"))
    dialog.ui.reason.setText("岗位调整")
    dialog.ui.proposer.setText("人事处")
    vault = vault_of(app_controller)
    before = snapshot(vault)
    dialog.save()
    assert dialog.isVisible() and dialog.errors.message_at("approver")
    assert snapshot(vault) == before
    dialog.ui.approver.setText("刘院长")
    dialog.save()
    assert not dialog.isVisible()
    note = vault.custody.person_history(page.current_person().id)[-1].note
    assert "提议人人事处" in note and "批准人刘院长" in note


def test_a_badge_scan_selects_the_person(app_controller, page, world):
    w = app_controller.window
    page.search.setText("综合处")
    w.open_scanned(world.dean)  # not in the filtered list: the filter gives way
    assert page.current_person().badge == world.dean
    assert w.tabs.currentWidget() is page
    assert page.handle_scan(world.report[0]) is False  # carriers are for the ledger


def test_print_badges_through_the_label_dialog(app_controller, page, world, monkeypatch):
    seen: list[LabelPrintDialog] = []

    def accept(dialog: LabelPrintDialog) -> int:
        seen.append(dialog)
        assert dialog._count_labels() == 2
        assert not dialog.ui.rangeRadio.isVisibleTo(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LabelPrintDialog, "exec", accept)
    vault = vault_of(app_controller)
    page.table.selectAll()
    page.table.selectionModel().select(
        page.model.index(row_of(page, "王小丽"), 0),
        page.table.selectionModel().SelectionFlag.Deselect
        | page.table.selectionModel().SelectionFlag.Rows)
    audit = vault.counts()["audit"]
    assert page.print_badges()
    assert len(seen) == 1
    pdf, title, options = app_controller.printing.preview.calls[-1]
    assert pdf.startswith(b"%PDF") and title == "人员证件"
    options["on_done"]("print", 1)
    assert vault.counts()["audit"] == audit + 1
    last = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert last[0] == "print_labels" and "人员证件" in last[1]


def test_lock_clears_the_people_page(app_controller, page, world):
    lend_to(app_controller, world.director, world.report[0])
    page.refresh()
    page.table.selectRow(row_of(page, "张建华"))
    page.correct()  # a dialog open when the lock comes
    app_controller.window.lock()
    QApplication.processEvents()
    assert page.model.rowCount() == 0 and page.holdings_model.rowCount() == 0
    assert page.dialog is None
    for text in texts_on_screen():
        for s in ("张建华", "李国强", world.director, "关于第三季度保密检查情况的通报"):
            assert s not in text, f"{s!r} still on screen in {text!r}"
    assert page.handle_scan(world.director) is False
