# ruff: noqa: F811 - the fixtures imported from test_disposal_pages are parameters here
"""The 移交 tab and the 定密变更 dialog on a real vault, driven as the clerk would: a handover
list built by scans, a lent carrier refused on screen, completion (every carrier 已移交, the list
read-only), printing; a level change from the ledger's selection that offers new labels."""

from __future__ import annotations

from miji_desk.core.carriers import Status
from miji_desk.core.level_changes import Decision
from miji_desk.ui.disposition.handover import (
    HandoverCompleteDialog,
    HandoverDialog,
    HandoverFeature,
    HandoverPage,
    LevelChangeDialog,
)
from tests.core.disposition_support import snapshot
from tests.factories import CLERK
from tests.ui.test_disposal_pages import (  # noqa: F401 - app, store, world*: pytest fixtures
    app,
    audit_tail,
    select_in_ledger,
    store,
    texts_on_screen,
    vault_of,
    world,
    world_file,
)


def handover(c) -> HandoverFeature:
    return c.window.handover  # type: ignore[no-any-return]


def page_of(c) -> HandoverPage:
    page = handover(c).page
    c.window.tabs.setCurrentWidget(page)
    return page


def new_list(page: HandoverPage) -> int:
    dialog = page.new_list()
    assert isinstance(dialog, HandoverDialog) and dialog.isVisible()
    dialog.ui.receiver_unit.setText("市档案馆")
    dialog.ui.receiver_person.setText(CLERK)  # the clerk cannot receive: refused at the field
    dialog.ui.okButton.click()
    assert dialog.isVisible() and "机要员本人" in dialog.errors.message_at("receiver_person")
    dialog.ui.receiver_person.setText("孙接收")
    dialog.ui.okButton.click()
    assert not dialog.isVisible() and dialog.result_list is not None
    return dialog.result_list.id


def test_a_handover_list_is_built_by_scans_and_a_lent_carrier_is_refused(app, world) -> None:
    w = app.window
    page = page_of(app)
    assert w.tabs.tabText(w.tabs.indexOf(page)) == "移交"
    hid = new_list(page)
    assert page.current_list().id == hid and page.scan_box.isEnabled()
    w.open_scanned(world.report[0])
    w.open_scanned(world.report[1])
    assert w.tabs.currentWidget() is page
    assert [page.line_model.line_at(r).barcode for r in range(2)] == world.report[:2]
    assert "共 2 份 24 页" in page.totals.text()
    # The lent copy: refused on the page, with the reason, and nothing added.
    before = snapshot(vault_of(app))
    w.open_scanned(world.lent)
    assert page.message.isVisible() and "尚未归还" in page.message.text()
    assert page.line_model.rowCount() == 2 and snapshot(vault_of(app)) == before


def test_completion_hands_over_every_carrier_and_the_list_prints(app, world, qtbot) -> None:
    page = page_of(app)
    hid = new_list(page)
    app.window.open_scanned(world.report[0])
    dialog = page.complete()
    assert isinstance(dialog, HandoverCompleteDialog)
    dialog.ui.approver.setText(CLERK)
    dialog.ui.approval_ref.setText("院批〔2026〕8号")
    dialog.ui.okButton.click()
    assert dialog.isVisible() and "机要员本人" in dialog.errors.message_at("approver")
    dialog.ui.approver.setText("刘院长")
    dialog.ui.supervisor.setText("赵监交")
    dialog.ui.okButton.click()
    assert not dialog.isVisible()
    vault = vault_of(app)
    c = vault.carrier(world.report_ids[0])
    assert c.status is Status.HANDED_OVER and c.holder == "市档案馆"
    assert audit_tail(app)[0][0] == "handover_completed"
    # Read-only now; it reprints.
    assert not page.scan_box.isEnabled() and not page.complete_button.isEnabled()
    assert "已于" in page.state.text() and "不能改动" in page.state.text()
    assert page.print_list()
    preview = app.printing.preview
    assert preview.calls and "移交清单" in preview.calls[-1][1]
    assert vault.handover.handover(hid).state == "已移交"


def test_the_ledger_selection_goes_onto_a_new_list_and_lines_are_removed(app, world) -> None:
    select_in_ledger(app, world.report[2])
    added = handover(app).list_for_handover()
    assert added == []  # no open list: the new-list dialog opens with the selection
    dialog = handover(app).disposal.host.dialog
    assert isinstance(dialog, HandoverDialog) and dialog.carriers[0].barcode == world.report[2]
    dialog.ui.receiver_unit.setText("市发改委")
    dialog.ui.receiver_person.setText("钱收件")
    dialog.ui.okButton.click()
    page = handover(app).page
    assert page.line_model.rowCount() == 1
    page.line_table.selectRow(0)
    reason = page.remove_lines()
    assert reason is not None
    reason.ui.reason.setPlainText("暂不移交")
    reason.ui.okButton.click()
    assert page.line_model.rowCount() == 0
    assert vault_of(app).carrier(world.report_ids[2]).status is Status.IN_STORE


def test_a_level_change_starts_from_the_ledger_and_offers_new_labels(app, world, qtbot) -> None:
    select_in_ledger(app, world.report[0])
    app.window.show_carrier(world.report_ids[0])
    button = handover(app).detail_button
    assert button is not None and button.text() == "定密变更…"
    button.click()  # from the detail pane, beside 更正…
    dialog = handover(app).disposal.host.dialog
    assert isinstance(dialog, LevelChangeDialog) and dialog.isVisible()
    u = dialog.ui
    u.decision.setCurrentIndex(u.decision.findData(Decision.DECLASSIFY.value))
    before = snapshot(vault_of(app))
    u.okButton.click()  # no authority, no reference: refused at the field, nothing changed
    assert dialog.isVisible() and "变更机关" in dialog.errors.message_at("authority")
    assert snapshot(vault_of(app)) == before
    u.decision.setCurrentIndex(u.decision.findData(Decision.LEVEL.value))
    u.new_level.setCurrentIndex(u.new_level.findData("top_secret"))
    u.authority.setText("省保密局")
    u.reference.setText("省保密局〔2026〕3号")
    u.okButton.click()
    assert not dialog.isVisible()
    vault = vault_of(app)
    # Every copy of the document changed, the lent one too; the history keeps the old marking.
    for cid in world.report_ids:
        assert vault.carrier(cid).level.code == "top_secret"
    entry = vault.ledger.history(world.report_ids[0])[-1]
    assert entry.action == "level_changed" and entry.before.startswith("机密")
    qtbot.waitUntil(lambda: len(app.window.label_printer.calls) == 1)
    assert app.window.label_printer.calls[0][1] == world.report_ids
    assert app.window.detail.history.rowCount() > 0


def test_lock_clears_the_handover_page(app, world) -> None:
    page = page_of(app)
    new_list(page)
    app.window.open_scanned(world.report[0])
    app.window.lock()
    assert page.line_model.rowCount() == 0 and page.list_model.rowCount() == 0
    assert not any("市档案馆" in t for t in texts_on_screen(tables_empty=False))


def test_level_change_button_needs_a_carrier_like_the_correction_beside_it(app, world) -> None:
    """定密变更… in the detail pane is disabled while no carrier is shown (it used to stay
    enabled and then ask for a selection), and follows the pane like 更正… does."""
    button = handover(app).detail_button
    pane = app.window.detail
    assert button is not None and pane.carrier is None
    assert not button.isEnabled() and not pane.correct_button.isEnabled()
    select_in_ledger(app, world.report[0])
    app.window.show_carrier(world.report_ids[0])
    assert button.isEnabled() and pane.correct_button.isEnabled()
    app.window.lock()  # the pane forgets the carrier
    assert pane.carrier is None and not button.isEnabled()
