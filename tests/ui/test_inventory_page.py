"""The 清查 page driven as the clerk would on a real vault: a check started, carriers scanned
with live counts, a double scan and an unknown code, the result lists, a missing carrier
reported lost, an incomplete carrier confirmed, the check closed with a note and its 清查报告
previewed; refusals change nothing; a lock leaves nothing on screen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from miji_desk.core.inventory import Result
from miji_desk.ui.incidents.page import LossDialog
from miji_desk.ui.inventory.page import InventoryPage
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.widgets.dates import q_datetime
from tests.printing.helpers import pdf_text

from .custody_support import (
    NOW,
    app_controller_fixture,  # noqa: F401
    model_texts,
    status,
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


def page_of(c: AppController) -> InventoryPage:
    page = c.window.inventory  # type: ignore[attr-defined]
    c.window.tabs.setCurrentWidget(page)
    return page  # type: ignore[no-any-return]


def scan(page: InventoryPage, code: str) -> None:
    page.scan.setText(code)
    page.scan.returnPressed.emit()


def select(page: InventoryPage, code: str) -> None:
    page.view.clearSelection()
    for r, ln in enumerate(page.model.rows()):
        if ln.facts.code == code:
            page.view.selectionModel().select(
                page.model.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(code)


def test_a_check_driven_by_scans_to_its_report(app_controller, world) -> None:
    c = app_controller
    page = page_of(c)
    v = vault_of(c)
    assert "没有进行中的清查" in page.check_label.text()
    page.start_button.click()
    assert "清查〔" in page.check_label.text()
    assert "应在 5" in page.counts.text() and "已找到 0" in page.counts.text()
    scan(page, world.report[0])
    scan(page, world.report[1])
    scan(page, world.notice[0])
    assert "已找到 3" in page.counts.text() and "剩余 2" in page.counts.text()
    assert "在位" in page.last.text()
    before = v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    scan(page, world.notice[0])  # a double read: nothing written
    assert "已扫描过" in page.last.text()
    assert v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == before
    scan(page, "ZZ-0042")
    assert "账外或不符 1" in page.counts.text()
    results = {ln.facts.code: ln.result for ln in page.model.rows()}
    assert results[world.report[2]] is Result.MISSING
    assert results[world.notice[1]] is Result.MISSING
    assert results["ZZ-0042"] is Result.UNEXPECTED
    assert "缺失" in model_texts(page.model)

    # Pages and attachments of one carrier: incomplete needs a note.
    select(page, world.report[1])
    page.attachments_ok.setChecked(False)
    page.confirm_button.click()
    assert "写明缺少什么" in page.message.text()
    page.confirm_note.setText("缺附件1")
    page.confirm_button.click()
    assert any("页数或附件不齐" in t for t in model_texts(page.model))

    # A missing carrier reported lost through the loss workflow.
    select(page, world.report[2])
    d = page.report_selected_lost()
    assert isinstance(d, LossDialog)
    d.discovered_at.setDateTime(q_datetime((NOW - dt.timedelta(hours=1)).replace(tzinfo=None)))
    d.reported_at.setDateTime(q_datetime(NOW.replace(tzinfo=None)))
    d.discovered_by.setText("王小丽")
    d.circumstances.setPlainText("清查时未找到")
    d.reported_to.setText("院保密委员会")
    d.report_ref.setText("保密〔2026〕11号")
    d.okButton.click()
    assert not d.isVisible() and status(c, world.report[2]) == ("missing", "")
    assert v.custody.open_incident_count() == 1

    # Closing needs a note; then the report is previewed with the marking it lists.
    page.close_button.click()
    assert "清查结论" in page.message.text() and page.scan.isEnabled()
    page.close_note.setText("缺失2份，1份已报告丢失")
    page.close_button.click()
    assert "清查已结束：缺失 2 件，账外或不符 1 件" in page.message.text()
    assert not page.scan.isEnabled()
    page.print_button.click()
    [(pdf, title, _options)] = c.printing.preview.calls  # type: ignore[attr-defined]
    assert title == "涉密载体清查报告"
    text = "".join(pdf_text(pdf)[0].split())
    assert text.startswith("机密") and "缺失2份，1份已报告丢失" in text
    assert world.report[2] in text and "ZZ-0042" in text


def test_a_refused_scope_changes_nothing_and_says_why(app_controller, world) -> None:
    c = app_controller
    page = page_of(c)
    v = vault_of(c)
    before = v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    page.scope_kind.setCurrentIndex(page.scope_kind.findData("level"))
    page.scope_value.setCurrentIndex(page.scope_value.findData("top_secret"))
    page.start_button.click()
    assert "没有在管的载体" in page.message.text()
    assert v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == before
    assert v.inventory.check_ids() == []
    scan(page, world.report[0])
    assert "请先开始一次清查" in page.message.text()


def test_a_lock_leaves_no_check_on_screen(app_controller, world) -> None:
    c = app_controller
    page = page_of(c)
    page.start_button.click()
    scan(page, world.report[0])
    assert any(world.titles["report"] in t for t in model_texts(page.model))
    c.window.lock()
    assert page.model.rows() == [] and page.counts.text() == ""
    texts = [str(w.text()) for w in page.findChildren(QWidget)
             if isinstance(w, QLabel | QLineEdit)]
    texts += [page.scope_value.itemText(i) for i in range(page.scope_value.count())]
    assert not any(world.report[0] in t or world.titles["report"] in t for t in texts)
