"""The 异常 page and the 报告丢失 dialog, driven as the clerk would on a real vault: a loss
reported from the ledger's selection (a late report warned, not refused), a short return closed
with its result and reference, a loss found by scanning it back, refusals kept in the dialog
with nothing changed, the 丢失报告 previewed, and nothing left on screen after a lock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction

from miji_desk.core.custody import ReturnCheck
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.loss import LossForm, report_loss
from miji_desk.ui.incidents.page import CloseIncidentDialog, Incidents, LossDialog
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.widgets.dates import q_datetime
from tests.printing.helpers import pdf_text

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401
    model_texts,
    status,
    store_fixture,  # noqa: F401
    texts_on_screen,
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


def feature(c: AppController) -> Incidents:
    return c.window.incidents  # type: ignore[attr-defined,no-any-return]


def select_in_ledger(c: AppController, code: str) -> None:
    w = c.window
    w.search.setText(code)
    w.apply_filter()
    w.table.clearSelection()
    for row in range(w.model.rowCount()):
        v = w.model.carrier_at(row)
        if v is not None and v.barcode == code:
            w.table.selectionModel().select(
                w.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def fill_loss(d: LossDialog, *, found_hours_ago: float = 2) -> None:
    d.discovered_at.setDateTime(q_datetime((NOW - dt.timedelta(hours=found_hours_ago))
                                           .replace(tzinfo=None)))
    d.reported_at.setDateTime(q_datetime((NOW - dt.timedelta(hours=1)).replace(tzinfo=None)))
    d.discovered_by.setText("王小丽")
    d.circumstances.setPlainText("清查保密柜时发现缺少该份文件")
    d.reported_to.setText("院保密委员会")
    d.report_ref.setText("保密〔2026〕3号")


def test_report_a_loss_from_the_ledger_menu(app_controller, world) -> None:
    c = app_controller
    select_in_ledger(c, world.report[0])
    action = c.window.findChild(QAction, "actionReportLoss")
    assert action is not None and action.isEnabled()
    action.trigger()
    d = feature(c).dialog
    assert isinstance(d, LossDialog) and world.titles["report"] in d.carrier.text()
    fill_loss(d)
    assert "24 小时内上报" in d.delay.text()
    d.okButton.click()
    assert not d.isVisible()
    assert status(c, world.report[0]) == ("missing", "")
    assert "已登记" in c.window.notice.text()
    page = feature(c).page
    c.window.tabs.setCurrentWidget(page)
    texts = model_texts(page.model)
    assert "未结案" in texts and "丢失" in texts and "清查保密柜时发现缺少该份文件" in texts
    assert "未结案 1 件" in page.count.text()


def test_a_late_report_is_warned_on_the_form_and_still_recorded(app_controller, world) -> None:
    c = app_controller
    select_in_ledger(c, world.report[1])
    d = feature(c).report()
    assert d is not None
    fill_loss(d, found_hours_ago=50)
    assert "超过本单位规定的 24 小时" in d.delay.text()
    d.okButton.click()
    assert not d.isVisible() and status(c, world.report[1]) == ("missing", "")
    assert "已在记录中注明" in c.window.notice.text()
    [inc] = vault_of(c).custody.open_incidents()
    assert inc.loss is not None and inc.loss.late


def test_a_report_without_who_found_it_stays_in_the_dialog_and_changes_nothing(
        app_controller, world) -> None:
    c = app_controller
    select_in_ledger(c, world.report[0])
    d = feature(c).report()
    assert d is not None
    fill_loss(d)
    d.discovered_by.setText("")
    before = vault_of(c).conn.execute("SELECT count(*) FROM audit_event").fetchone()
    d.okButton.click()
    assert d.isVisible()
    assert "发现人" in " ".join(texts_on_screen())
    assert status(c, world.report[0]) == ("in_store", "")
    assert vault_of(c).conn.execute("SELECT count(*) FROM audit_event").fetchone() == before


def test_close_a_short_return_with_result_and_reference(app_controller, world) -> None:
    c = app_controller
    v = vault_of(c)
    lend(v, LoanForm(world.director, [world.report[2]], "起草报告", "刘院长", NOW.date(),
                     "借审〔2026〕1号"))
    back = return_loan(v, world.report[2], ReturnCheck(attachments_complete=False))
    page = feature(c).page
    c.window.tabs.setCurrentWidget(page)
    assert "归还不全" in model_texts(page.model)
    assert page.select_incident(back.incident_id or 0)
    # Without a result: refused in the dialog, still open.
    d = page.close_selected()
    assert isinstance(d, CloseIncidentDialog) and not d.found_radio.isVisible()
    d.reference.setText("查〔2026〕1号")
    d.okButton.click()
    assert d.isVisible() and v.custody.open_incident_count() == 1
    d.resolution.setPlainText("附件在办公桌上找回，已核对")
    d.okButton.click()
    assert not d.isVisible() and v.custody.open_incident_count() == 0
    assert "异常已结案" in page.message.text()
    assert model_texts(page.model) == []  # the open list is empty now
    page.which.setCurrentIndex(page.which.findData("closed"))
    texts = " ".join(model_texts(page.model))
    assert "已处理" in texts and "查〔2026〕1号" in texts


def test_a_loss_found_by_scanning_it_back_into_a_location(app_controller, world) -> None:
    c = app_controller
    v = vault_of(c)
    done = report_loss(v, LossForm(world.notice[0], NOW - dt.timedelta(hours=2), "王小丽",
                                   "会后未收回", NOW - dt.timedelta(hours=1), "院保密委员会",
                                   "保密〔2026〕3号"))
    page = feature(c).page
    c.window.tabs.setCurrentWidget(page)
    assert page.select_incident(done.incident_id)
    d = page.close_selected()
    assert isinstance(d, CloseIncidentDialog) and d.found_radio.isChecked()
    c.window.open_scanned(world.notice[0])  # the scanner, while the dialog is open
    assert d.barcode.text() == world.notice[0]
    d.resolution.setPlainText("在会议室找回，完整")
    d.okButton.click()  # no location chosen: refused, nothing changed
    assert d.isVisible() and status(c, world.notice[0]) == ("missing", "")
    assert "存放位置" in d.messageLabel.text() + " ".join(texts_on_screen())
    d.location.setCurrentIndex(d.location.findData("1号保密柜"))
    d.okButton.click()
    assert not d.isVisible()
    view = v.ledger.by_barcode(world.notice[0])
    assert view is not None and (view.status.value, view.location) == ("in_store", "1号保密柜")


def test_a_loss_concluded_stays_lost_and_its_report_is_previewed(app_controller, world) -> None:
    c = app_controller
    v = vault_of(c)
    done = report_loss(v, LossForm(world.notice[1], NOW - dt.timedelta(hours=2), "王小丽",
                                   "出差途中遗失", NOW - dt.timedelta(hours=1), "院保密委员会",
                                   "保密〔2026〕4号"))
    page = feature(c).page
    c.window.tabs.setCurrentWidget(page)
    page.select_incident(done.incident_id)
    d = page.close_selected()
    assert d is not None
    d.concluded_radio.setChecked(True)
    assert not d.barcode.isVisible()
    d.resolution.setPlainText("确认遗失，已对责任人作出处理")
    d.okButton.click()  # no reference: refused
    assert d.isVisible() and v.custody.open_incident_count() == 1
    d.reference.setText("保密〔2026〕9号")
    d.okButton.click()
    assert not d.isVisible() and status(c, world.notice[1]) == ("missing", "")
    page.which.setCurrentIndex(page.which.findData("all"))
    page.select_incident(done.incident_id)
    page.print_button.click()
    [(pdf, title, _options)] = c.printing.preview.calls  # type: ignore[attr-defined]
    assert title == "涉密载体丢失报告"
    text = "".join(pdf_text(pdf)[0].split())
    assert "出差途中遗失" in text and "查处结论" in text and "保密〔2026〕9号" in text


def test_a_lock_leaves_no_incident_on_screen(app_controller, world) -> None:
    c = app_controller
    v = vault_of(c)
    report_loss(v, LossForm(world.report[0], NOW - dt.timedelta(hours=2), "王小丽",
                            "独一无二的丢失经过XYZ", NOW - dt.timedelta(hours=1), "院保密委员会",
                            "保密〔2026〕3号"))
    page = feature(c).page
    c.window.tabs.setCurrentWidget(page)
    select_in_ledger(c, world.report[1])
    feature(c).report()
    assert any("独一无二的丢失经过XYZ" in t for t in model_texts(page.model))
    c.window.lock()
    assert page.model.rowCount() == 0 and feature(c).dialog is None
    assert not any("独一无二的丢失经过XYZ" in t for t in texts_on_screen())
