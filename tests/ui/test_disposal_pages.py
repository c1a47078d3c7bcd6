"""The disposal pages on a real vault: a destruction manifest built by scans, a carrier on loan
refused on screen, completion (every carrier 已销毁, the manifest read-only), copies, holds,
volumes, return lists, printing, and nothing left behind by a lock."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableWidget

from miji_desk.core.carriers import Status
from miji_desk.core.clock import FixedClock
from miji_desk.core.destruction import ManifestForm, Method, add_to_manifest, create_manifest
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.holds import place_hold
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.registration import register_incoming
from miji_desk.ui.disposition.dialogs import (
    CopyDialog,
    FileVolumeDialog,
    HoldDialog,
    ManifestCompleteDialog,
    ManifestDialog,
    ReasonDialog,
    ReturnConfirmDialog,
    ReturnListDialog,
    VolumeDialog,
)
from miji_desk.ui.disposition.pages import Disposal, ManifestsPage
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.vault.vault import Vault
from tests.core.disposition_support import snapshot
from tests.factories import CLERK, PASSPHRASE, incoming, machine, new_vault
from tests.factories import NOW as FACTORY_NOW
from tests.printing.helpers import pdf_text

NOW = FACTORY_NOW  # the dialogs start from the vault's clock
EARLIER = NOW - dt.timedelta(hours=2)
REPORT = "关于第三季度保密检查情况的通报"
SECRET_TITLE = "关于核心技术攻关的绝密部署"


@dataclass
class World:
    report: list[str] = field(default_factory=list)  # 机密, 份号 1-4, 12 pages each
    report_ids: list[int] = field(default_factory=list)
    top: str = ""  # 绝密, one copy, 5 pages
    top_id: int = 0
    lent: str = ""  # report copy 4, lent to 张建华


def build(path: Path, store: Any) -> World:
    vault, _ = new_vault(path, store, FixedClock(EARLIER))
    w = World()
    director = add_person(vault, PersonForm("张建华", Grade.IMPORTANT, "办公室", "主任"))
    add_person(vault, PersonForm("李国强", Grade.CORE, "院领导", "副院长"))
    report = register_incoming(vault, incoming(title=REPORT, copy_numbers="1-4",
                                               scope="办公室主任、院领导",
                                               received_at=EARLIER - dt.timedelta(hours=1)))
    top = register_incoming(vault, incoming(title=SECRET_TITLE, level="top_secret",
                                            copy_numbers="1", pages=5, doc_no="中办发〔2026〕1号",
                                            received_at=EARLIER - dt.timedelta(hours=1)))
    w.report, w.report_ids = report.barcodes, report.carrier_ids
    w.top, w.top_id = top.barcodes[0], top.carrier_ids[0]
    w.lent = report.barcodes[3]
    lend(vault, LoanForm(director.badge, [w.lent], "核对数据", "刘院长", EARLIER.date(),
                         "借审1号"))
    vault.close()
    return w


class Recorder:
    """Stands in for the modal print preview and the label printer."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def __call__(self, *args: Any, **options: Any) -> None:
        self.calls.append((*args, options))


@pytest.fixture
def store():
    return machine()


@pytest.fixture
def world_file(tmp_path: Path, store) -> tuple[Path, World]:
    folder = tmp_path / "v"
    folder.mkdir()
    path = folder / "ledger.mjdb"
    return path, build(path, store)


@pytest.fixture
def world(world_file) -> World:
    return world_file[1]


@pytest.fixture
def app(qtbot, world_file, store, tmp_path: Path) -> Iterator[AppController]:
    path, _world = world_file
    c = AppController(path, Settings(tmp_path / "settings.ini"), store,
                      clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)])
    c.printing.preview = Recorder()  # type: ignore[assignment]
    c.window.label_printer = Recorder()  # type: ignore[attr-defined]
    qtbot.addWidget(c.window)
    c.window.show()
    c.try_unlock(PASSPHRASE, False)
    assert not c.window.is_locked
    yield c
    c.window.lock()


def feature(c: AppController) -> Disposal:
    return c.window.disposal  # type: ignore[attr-defined,no-any-return]


def vault_of(c: AppController) -> Vault:
    assert c.window.vault is not None
    return c.window.vault


@pytest.fixture
def manifests(app) -> ManifestsPage:
    page = feature(app).manifests
    app.window.tabs.setCurrentWidget(page)
    return page


def select_in_ledger(c: AppController, *codes: str) -> None:
    """Find carriers in the ledger and select them, as the clerk would."""
    w = c.window
    w.search.setText(codes[0] if len(codes) == 1 else "")
    w.apply_filter()
    w.table.clearSelection()
    wanted = set(codes)
    for row in range(w.model.rowCount()):
        v = w.model.carrier_at(row)
        if v is not None and v.barcode in wanted:
            w.table.selectionModel().select(
                w.model.index(row, 0),
                w.table.selectionModel().SelectionFlag.Select
                | w.table.selectionModel().SelectionFlag.Rows)
    assert len(w.selected_ids()) == len(codes)


def new_manifest_by_dialog(page: ManifestsPage, qtbot) -> int:
    dialog = page.new_manifest()
    assert isinstance(dialog, ManifestDialog) and dialog.isVisible()
    dialog.ui.place.setText("保密办粉碎室")
    dialog.ui.okButton.click()
    assert dialog.result_manifest is not None
    m = page.current_manifest()
    assert m is not None and m.id == dialog.result_manifest.id and m.is_open
    return m.id


def line_numbers(page: ManifestsPage) -> list[str]:
    return [page.line_model.line_at(r).number for r in range(page.line_model.rowCount())]


def fill_completion(dialog: ManifestCompleteDialog, supervisors=("张建华", "李国强")) -> None:
    u = dialog.ui
    u.approver.setText("刘院长")
    u.approval_ref.setText("销审〔2026〕4号")
    for edit, name in zip(dialog.supervisor_edits(), supervisors, strict=False):
        edit.setText(name)


def texts_on_screen(*, tables_empty: bool = True) -> list[str]:
    found: list[str] = []
    for widget in QApplication.allWidgets():
        for attr in ("text", "toPlainText", "currentText", "toolTip", "windowTitle", "title"):
            fn = getattr(widget, attr, None)
            if callable(fn):
                try:
                    found.append(str(fn()))
                except TypeError:
                    continue
        if tables_empty and isinstance(widget, QTableWidget) and widget.rowCount():
            chain, w = [], widget
            while w is not None:
                chain.append(f"{type(w).__name__}:{w.objectName()}")
                w = w.parentWidget()
            raise AssertionError(f"table still has rows: {chain}")
    return found


def audit_tail(c: AppController, n: int = 1) -> list[tuple[str, list[int], dict]]:
    rows = vault_of(c).conn.execute(
        "SELECT action, carrier_ids, detail FROM audit_event ORDER BY seq DESC LIMIT ?",
        (n,)).fetchall()
    return [(a, json.loads(i), json.loads(d)) for a, i, d in reversed(rows)]


# -- (a) a manifest built by scans --------------------------------------------------------------

def test_a_manifest_is_built_by_scans_with_live_totals(app, manifests, world, qtbot):
    w = app.window
    assert w.tabs.tabText(w.tabs.indexOf(manifests)) == "销毁清单"
    mid = new_manifest_by_dialog(manifests, qtbot)
    number = vault_of(app).disposition.manifest(mid).number
    assert manifests.scan_box.isEnabled()
    w.open_scanned(world.report[0])
    w.open_scanned(world.report[1])
    w.open_scanned(world.top)
    assert w.tabs.currentWidget() is manifests  # the page used the scans; the ledger did not
    assert line_numbers(manifests) == ["2026-收-0001-001", "2026-收-0001-002",
                                       "2026-收-0002-001"]
    assert manifests.message.isVisible()
    assert f"已加入 {number} 第 3 行" in manifests.message.text()
    totals = manifests.totals.text()
    assert "共 3 份 29 页" in totals and "绝密 1 份 5 页" in totals and "机密 2 份 24 页" in totals
    # What the page shows is what the vault holds.
    lines = vault_of(app).disposition.manifest_lines(mid)
    assert [ln.barcode for ln in lines] == [world.report[0], world.report[1], world.top]
    # The scanner sent one twice: refused on screen with the line it is on, nothing added.
    w.open_scanned(world.report[1])
    assert "重复扫描" in manifests.message.text() and "第 2 行" in manifests.message.text()
    assert manifests.line_model.rowCount() == 3
    # A code typed into the page's scan box works like a scan.
    qtbot.keyClicks(manifests.scan_box, world.report[2])
    qtbot.keyClick(manifests.scan_box, Qt.Key.Key_Return)
    assert manifests.line_model.rowCount() == 4
    assert manifests.manifest_model.cells(manifests.current_manifest())[5] == "4"


def test_scans_need_an_open_manifest_selected(app, manifests, world):
    assert manifests.current_manifest() is None
    before = snapshot(vault_of(app))
    app.window.open_scanned(world.report[0])
    assert manifests.message.isVisible()
    assert "请先选中一份待销毁的清单" in manifests.message.text()
    assert snapshot(vault_of(app)) == before


def test_lines_are_removed_with_a_reason(app, manifests, world, qtbot):
    new_manifest_by_dialog(manifests, qtbot)
    for code in world.report[:2]:
        app.window.open_scanned(code)
    manifests.line_table.selectRow(0)
    dialog = manifests.remove_lines()
    assert isinstance(dialog, ReasonDialog)
    dialog.ui.okButton.click()  # no reason: refused at the field, nothing removed
    assert dialog.isVisible() and "移出原因" in dialog.errors.message_at("reason")
    assert manifests.line_model.rowCount() == 2
    dialog.ui.reason.setPlainText("误列入，尚需使用")
    dialog.ui.okButton.click()
    assert not dialog.isVisible()
    assert line_numbers(manifests) == ["2026-收-0001-002"]
    assert "共 1 份 12 页" in manifests.totals.text()


# -- (b) a carrier on loan is refused on screen -------------------------------------------------

def test_a_carrier_on_loan_is_refused_on_screen_and_not_added(app, manifests, world, qtbot):
    mid = new_manifest_by_dialog(manifests, qtbot)
    app.window.open_scanned(world.report[0])
    before = snapshot(vault_of(app))
    app.window.open_scanned(world.lent)
    msg = manifests.message
    assert msg.isVisible() and msg.isVisibleTo(app.window)
    assert "已借给张建华" in msg.text() and "不能销毁" in msg.text()
    assert "2026-收-0001-004" in msg.text()
    assert line_numbers(manifests) == ["2026-收-0001-001"]
    assert len(vault_of(app).disposition.manifest_lines(mid)) == 1
    assert snapshot(vault_of(app)) == before
    assert "已借给张建华" in app.window.statusBar().currentMessage()


def test_a_held_carrier_is_refused_and_a_hold_is_placed_from_the_menu(app, manifests, world,
                                                                      qtbot):
    f = feature(app)
    select_in_ledger(app, world.report[2])
    dialog = f.hold()
    assert isinstance(dialog, HoldDialog)
    dialog.ui.reason.setPlainText("配合失泄密事件调查")
    dialog.ui.reference.setText("调查函〔2026〕2号")
    dialog.ui.okButton.click()
    assert not dialog.isVisible()
    assert vault_of(app).ledger.by_barcode(world.report[2]).held
    app.window.tabs.setCurrentWidget(manifests)
    new_manifest_by_dialog(manifests, qtbot)
    app.window.open_scanned(world.report[2])
    assert "已冻结（配合失泄密事件调查）" in manifests.message.text()
    assert manifests.line_model.rowCount() == 0
    # Lifting needs its note; then the carrier can be listed.
    select_in_ledger(app, world.report[2])
    lift = f.lift()
    assert isinstance(lift, ReasonDialog) and "配合失泄密事件调查" in lift.ui.carriers.text()
    lift.ui.reason.setPlainText("调查结束")
    lift.ui.okButton.click()
    assert not vault_of(app).ledger.by_barcode(world.report[2]).held
    app.window.tabs.setCurrentWidget(manifests)
    app.window.open_scanned(world.report[2])
    assert manifests.line_model.rowCount() == 1


# -- (c) completion ------------------------------------------------------------------------------

def test_completion_destroys_every_carrier_and_leaves_the_manifest_read_only(
        app, manifests, world, qtbot):
    mid = new_manifest_by_dialog(manifests, qtbot)
    for code in (world.report[0], world.report[1]):
        app.window.open_scanned(code)
    dialog = manifests.complete()
    assert isinstance(dialog, ManifestCompleteDialog)
    assert "共 2 份 24 页" in dialog.ui.carriers.text()
    # The clerk cannot supervise; one supervisor is not enough: refused at the field.
    before = snapshot(vault_of(app))
    fill_completion(dialog, (CLERK, "张建华"))
    dialog.ui.okButton.click()
    assert dialog.isVisible()
    assert "机要员本人" in dialog.errors.message_at("supervisors")
    fill_completion(dialog, ("张建华", ""))
    dialog.ui.okButton.click()
    assert "两人以上" in dialog.errors.message_at("supervisors")
    assert snapshot(vault_of(app)) == before
    fill_completion(dialog)
    dialog.ui.okButton.click()
    assert not dialog.isVisible()
    vault = vault_of(app)
    for code in world.report[:2]:
        assert vault.ledger.by_barcode(code).status is Status.DESTROYED
    m = vault.disposition.manifest(mid)
    assert m.completed_at is not None and m.supervisors == ("张建华", "李国强")
    # On screen: 已销毁, read-only, reprint only.
    assert manifests.current_manifest().id == mid
    assert manifests.manifest_model.cells(manifests.current_manifest())[1] == "已销毁"
    assert "全部标记为已销毁" in manifests.message.text()
    assert "只能重新打印，不能改动" in manifests.state.text()
    for w in (manifests.scan_box, manifests.add_button, manifests.remove_button,
              manifests.complete_button, manifests.cancel_button):
        assert not w.isEnabled()
    assert manifests.print_button.isEnabled()
    assert manifests.print_button.text() == "重新打印销毁清单…"
    assert manifests.complete() is None and manifests.cancel() is None
    before = snapshot(vault)
    app.window.open_scanned(world.report[2])
    assert "已销毁，不能再加入载体" in manifests.message.text()
    assert snapshot(vault) == before
    # The destroyed carriers stay in the ledger with their history.
    app.window.search.setText(world.report[0])
    app.window.apply_filter()
    assert app.window.model.rowCount() == 1
    assert app.window.model.carrier_at(0).status is Status.DESTROYED


def test_manifest_prints_and_the_print_is_audited(app, manifests, world, qtbot):
    mid = new_manifest_by_dialog(manifests, qtbot)
    app.window.open_scanned(world.report[0])
    assert manifests.print_manifest()
    pdf, title, _parent, options = app.printing.preview.calls[-1]
    assert pdf.startswith(b"%PDF") and "销毁清单" in title
    number = vault_of(app).disposition.manifest(mid).number
    options["on_done"]("print", 1)
    action, ids, detail = audit_tail(app)[0]
    assert action == "print" and detail["what"] == f"涉密载体销毁清单 {number}"
    assert ids == [vault_of(app).ledger.by_barcode(world.report[0]).id]


def test_an_unfinished_manifest_is_cancelled_with_a_reason(app, manifests, world, qtbot):
    mid = new_manifest_by_dialog(manifests, qtbot)
    app.window.open_scanned(world.report[0])
    dialog = manifests.cancel()
    assert isinstance(dialog, ReasonDialog)
    dialog.ui.reason.setPlainText("计划调整")
    dialog.ui.okButton.click()
    m = vault_of(app).disposition.manifest(mid)
    assert m.cancelled_at is not None and m.cancel_reason == "计划调整"
    assert "作废：计划调整" in manifests.state.text() and not manifests.scan_box.isEnabled()
    assert not manifests.print_button.isEnabled()
    assert vault_of(app).ledger.by_barcode(world.report[0]).status is Status.IN_STORE


def test_the_ledger_selection_goes_onto_the_open_manifest(app, manifests, world, qtbot):
    vault = vault_of(app)
    m = create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED))
    add_to_manifest(vault, m.id, [world.report[0]])
    manifests.refresh()
    select_in_ledger(app, world.report[1], world.report[2])
    ids = feature(app).list_for_destruction()
    assert app.window.tabs.currentWidget() is manifests
    assert len(ids) == 2 and manifests.line_model.rowCount() == 3
    # Refused with the reason when one of them cannot go: nothing of the selection is added.
    select_in_ledger(app, world.top, world.lent)
    assert feature(app).list_for_destruction() == []
    assert "已借给张建华" in manifests.message.text()
    assert manifests.line_model.rowCount() == 3


# -- (d) copies ----------------------------------------------------------------------------------

def test_the_copy_dialog_makes_copies_and_offers_their_labels(app, world, qtbot):
    select_in_ledger(app, world.report[0])
    dialog = feature(app).copy()
    assert isinstance(dialog, CopyDialog) and dialog.isVisible()
    # 机密: the originating authority's approval too, by default (篇一 6).
    assert dialog.ui.originatorGroup.isVisibleTo(dialog)
    u = dialog.ui
    u.authority_ref.setText("省保函〔2026〕2号")
    u.count.setValue(2)
    u.purpose.setText("会议学习")
    u.approver.setText(CLERK)  # the clerk never approves: refused at the field
    u.approval_ref.setText("复审〔2026〕9号")
    u.okButton.click()
    assert dialog.isVisible() and "就是机要员本人" in dialog.errors.message_at("approver")
    u.approver.setText("刘院长")
    u.okButton.click()
    assert not dialog.isVisible()
    vault = vault_of(app)
    copies = vault.disposition.copies_of(world.report_ids[0])
    assert [cv.number for cv in copies] == ["2026-复-0001-001", "2026-复-0001-002"]
    assert all(cv.level.code == "secret" and cv.title == REPORT for cv in copies)
    assert app.window.detail.carrier.id == copies[0].id
    qtbot.waitUntil(lambda: len(app.window.label_printer.calls) == 1)
    assert app.window.label_printer.calls[0][1] == [cv.id for cv in copies]


def test_copying_top_secret_asks_for_the_originating_authority(app, world):
    select_in_ledger(app, world.top)
    dialog = feature(app).copy()
    u = dialog.ui
    assert u.originatorGroup.isVisibleTo(dialog)
    u.printLabels.setChecked(False)
    u.purpose.setText("报送上级")
    u.approver.setText("刘院长")
    u.approval_ref.setText("复审〔2026〕10号")
    before = snapshot(vault_of(app))
    u.okButton.click()
    assert "制发机关的批准文号" in dialog.errors.message_at("authority_ref")
    assert snapshot(vault_of(app)) == before
    u.authority_ref.setText("中办复〔2026〕3号")
    u.okButton.click()
    assert not dialog.isVisible()
    assert len(vault_of(app).disposition.copies_of(world.top_id)) == 1
    assert app.window.label_printer.calls == []


def test_copy_takes_one_carrier_at_a_time(app, world):
    select_in_ledger(app, world.report[0], world.report[1])
    assert feature(app).copy() is None
    assert app.window.notice.isVisible() and "一次复制一件" in app.window.notice.text()


# -- volumes --------------------------------------------------------------------------------------

def test_volumes_made_filed_unfiled_and_printed(app, world, qtbot):
    f = feature(app)
    page = f.volumes
    app.window.tabs.setCurrentWidget(page)
    dialog = page.new_volume()
    assert isinstance(dialog, VolumeDialog)
    dialog.ui.title.setText("2026年上级来文")
    dialog.ui.okButton.click()
    v = page.current_volume()
    assert v is not None and v.number == f"{NOW.year}-卷-0001" and v.items == 0
    select_in_ledger(app, world.report[0], world.report[1])
    filing = page.file_selection()
    assert isinstance(filing, FileVolumeDialog)
    assert filing.volume_id() == v.id
    filing.ui.okButton.click()
    assert not filing.isVisible()
    v = page.current_volume()
    assert v.items == 2 and v.pages == 24
    assert page.volume_model.cells(v)[3] == "机密"  # computed from its items
    assert page.item_model.rowCount() == 2
    assert vault_of(app).ledger.by_barcode(world.report[0]).status is Status.FILED
    # 绝密 into an ordinary volume: the dialog offers none, and says why.
    select_in_ledger(app, world.top)
    filing = f.file_selection()
    assert filing.ui.volume.count() == 0 and "绝密" in filing.ui.volumeHint.text()
    filing.ui.okButton.click()
    assert "请选择要归入的案卷" in filing.errors.message_at("volume")
    filing.reject()
    # A filed carrier cannot be destroyed before it leaves its volume.
    manifests = f.manifests
    app.window.tabs.setCurrentWidget(manifests)
    new_manifest_by_dialog(manifests, qtbot)
    app.window.open_scanned(world.report[0])
    assert "须先办理出卷" in manifests.message.text()
    # 出卷 with a reason.
    app.window.tabs.setCurrentWidget(page)
    page.select_volume(v.id)
    page.item_table.selectRow(0)
    leaving = page.item_model.carrier_at(0)
    out = page.unfile_items()
    assert isinstance(out, ReasonDialog)
    out.ui.reason.setPlainText("拟销毁")
    out.ui.okButton.click()
    assert page.current_volume().items == 1
    assert vault_of(app).ledger.get(leaving.id).status is Status.IN_STORE
    assert page.print_catalogue()
    _pdf, title, _parent, options = app.printing.preview.calls[-1]
    assert title == "案卷目录"
    options["on_done"]("export", 1)
    assert audit_tail(app)[0][0] == "export_pdf"


def test_filing_by_scans_into_the_selected_volume(app, world):
    vault = vault_of(app)
    vol = create_volume(vault, VolumeForm("绝密专卷", "永久", "1号保密柜", top_secret=True))
    page = feature(app).volumes
    app.window.tabs.setCurrentWidget(page)
    page.select_volume(vol.id)
    assert not page.handle_scan(world.top)  # off by default: the ledger opens the scan
    page.scan_files.setChecked(True)
    app.window.open_scanned(world.report[0])  # 机密 into a 绝密专卷: refused on screen
    assert "绝密专卷" in page.message.text() and page.message.isVisible()
    app.window.open_scanned(world.top)
    assert "已归入" in page.message.text()
    assert page.current_volume().items == 1 and page.volume_model.cells(
        page.current_volume())[3].startswith("绝密")


def test_the_items_of_the_selected_volume_print_as_its_catalogue(app, world):
    """卷内目录: from the 案卷 page, the items of the selected volume, previewed, audited when
    saved with the carriers it lists."""
    vault = vault_of(app)
    page = feature(app).volumes
    app.window.tabs.setCurrentWidget(page)
    page.refresh()
    assert not page.print_items()  # no volume yet, none selected
    assert "请先选中要打印卷内目录的案卷" in page.message.text()
    assert not app.printing.preview.calls
    vol = create_volume(vault, VolumeForm("2026年上级来文", "long", "机要室文件柜"))
    file_carriers(vault, vol.id, world.report_ids[:2])
    page.refresh()
    page.select_volume(vol.id)
    assert page.print_items()
    pdf, title, _parent, options = app.printing.preview.calls[-1]
    assert title == f"卷内目录 {vol.number}"
    text = "".join(pdf_text(pdf)).replace("\n", "").replace(" ", "")
    assert REPORT in text and "2026-收-0001-001" in text and "共2件" in text
    options["on_done"]("export", 1)
    action, ids, detail = audit_tail(app)[0]
    assert action == "export_pdf" and ids == world.report_ids[:2]
    assert vol.number in json.dumps(detail, ensure_ascii=False)


# -- return to issuer -----------------------------------------------------------------------------

def test_a_return_list_is_prepared_printed_and_confirmed(app, world):
    f = feature(app)
    select_in_ledger(app, world.report[0])
    dialog = f.prepare_return()
    assert isinstance(dialog, ReturnListDialog)
    assert app.window.tabs.currentWidget() is f.returns
    # Every copy of the same document still here (the lent one included: refused below).
    assert dialog.add_family() == 3
    dialog.ui.basis.setText("国保发〔2026〕20号")
    dialog.ui.okButton.click()
    assert dialog.isVisible() and "已借给张建华" in dialog.errors.message_at("carriers")
    dialog.ui.carriers.setCurrentRow(3)
    dialog.ui.carriers.item(3).setSelected(True)
    dialog.ui.removeButton.click()
    dialog.ui.okButton.click()
    assert not dialog.isVisible()
    page = f.returns
    lst = page.current_list()
    assert lst is not None and lst.recipient == "省委办公厅" and len(lst.carrier_ids) == 3
    assert page.carrier_model.rowCount() == 3
    # The 清退清单 is printed after saving.
    app.window.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    assert any("清退清单" in c[1] for c in app.printing.preview.calls)
    confirm = page.confirm()
    assert isinstance(confirm, ReturnConfirmDialog)
    confirm.ui.handed_to.setText("省委办公厅 李明")
    confirm.ui.okButton.click()
    for code in world.report[:3]:
        assert vault_of(app).ledger.by_barcode(code).status is Status.RETURNED
    assert page.list_model.cells(page.current_list())[1] == "已清退"
    assert not page.confirm_button.isEnabled() and not page.cancel_button.isEnabled()


def test_a_return_list_is_cancelled_with_a_reason(app, world):
    f = feature(app)
    select_in_ledger(app, world.report[0])
    dialog = f.prepare_return()
    dialog.ui.printAfter.setChecked(False)
    dialog.ui.okButton.click()
    cancel = f.returns.cancel()
    cancel.ui.reason.setPlainText("来文机关撤回通知")
    cancel.ui.okButton.click()
    assert f.returns.list_model.cells(f.returns.current_list())[1] == "已作废"
    assert vault_of(app).ledger.by_barcode(world.report[0]).status is Status.IN_STORE


# -- (e) the lock ---------------------------------------------------------------------------------

def test_lock_clears_every_page_and_dialog(app, manifests, world, qtbot):
    f = feature(app)
    new_manifest_by_dialog(manifests, qtbot)
    app.window.open_scanned(world.report[0])
    app.window.open_scanned(world.lent)  # a refusal naming the carrier stays on screen
    vault = vault_of(app)
    create_volume(vault, VolumeForm("2026年上级来文", "长期", "1号保密柜"))
    select_in_ledger(app, world.report[1])
    f.prepare_return().ui.okButton.click()
    QApplication.processEvents()
    place_hold(vault, [world.report[2]], "调查")
    f.volumes.refresh()
    f.volumes.select_volume(f.volumes.volume_model.volume_at(0).id)
    app.window.tabs.setCurrentWidget(manifests)
    manifests.select_manifest(manifests.manifest_model.manifest_at(0).id)
    dialog = manifests.complete()  # left open, half filled
    fill_completion(dialog)
    assert REPORT in " ".join(texts_on_screen(tables_empty=False))
    app.window.lock()
    assert f.host.dialog is None
    for model in (manifests.manifest_model, manifests.line_model, f.volumes.volume_model,
                  f.volumes.item_model, f.returns.list_model, f.returns.carrier_model):
        assert model.rowCount() == 0
    shown = " ".join(texts_on_screen())
    for secret in (REPORT, "2026-收-0001", "保密办粉碎室", "张建华", "2026年上级来文",
                   "省委办公厅", "销-0001", "清-0001", "刘院长"):
        assert secret not in shown, secret
    # Unlocking brings the pages back from the vault.
    app.try_unlock(PASSPHRASE, False)
    assert manifests.manifest_model.rowCount() == 1 and f.returns.list_model.rowCount() == 1


def test_menu_is_off_while_locked(app):
    menu = app.window.disposal_menu  # type: ignore[attr-defined]
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:7] == ["复制（选中的载体）…", "冻结…", "解除冻结…", "归档到案卷…", "出卷…",
                         "列入清退单…", "列入销毁清单…"]
    app.window.lock()
    assert not any(a.isEnabled() for a in menu.actions() if a.text())
