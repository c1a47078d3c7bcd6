"""Printing from the window: the 打印 menu, the label dialog, the print preview of a register and
of a label sheet (no printer: Qt prints into a PDF file), and the audit event of each job."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import EnvironmentProblem
from miji_desk.core.registration import register_incoming, register_media
from miji_desk.printing.jobs import printable_registers
from miji_desk.printing.labels import TEMPLATES
from miji_desk.ui.printing import actions as printing_actions
from miji_desk.ui.printing import audit as print_audit
from miji_desk.ui.printing import label_dialog
from miji_desk.ui.printing import preview as print_preview
from miji_desk.ui.printing.label_dialog import LabelPrintDialog, LabelTemplateDialog
from miji_desk.ui.printing.preview import PrintPreviewDialog
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import TABLE, Settings
from miji_desk.ui.shell.settings_dialog import SettingsDialog
from tests.core.test_registration import medium
from tests.factories import NOW as FACTORY_NOW
from tests.factories import PASSPHRASE, incoming, machine, new_vault
from tests.printing.helpers import decode, pdf_text, render_pages

NOW = FACTORY_NOW  # the dialogs start from the vault's clock


@pytest.fixture
def store():
    return machine()


@pytest.fixture
def vault_file(tmp_path: Path, store) -> Path:
    path = tmp_path / "v" / "ledger.mjdb"
    path.parent.mkdir()
    vault, _ = new_vault(path, store, FixedClock(NOW))
    register_incoming(vault, incoming(received_at=NOW - dt.timedelta(hours=1)))  # 3 copies
    register_incoming(vault, incoming(level="top_secret", copy_numbers="1", title="绝密的通知",
                                      received_at=NOW - dt.timedelta(hours=1)))
    register_media(vault, medium())
    vault.close()
    return path


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def controller(qtbot, vault_file: Path, store, settings: Settings):
    c = AppController(vault_file, settings, store,
                      clock=FixedClock(NOW), airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    c.window.show()
    yield c
    c.window.lock()


@pytest.fixture
def unlocked(controller):
    controller.try_unlock(PASSPHRASE, False)
    assert controller.window.vault is not None
    return controller


class Previews:
    """Stands in for the modal preview: builds the real dialog, keeps it, does not block."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.dialogs: list[PrintPreviewDialog] = []

    def __call__(self, pdf: bytes, title: str, parent, **options) -> None:
        dialog = PrintPreviewDialog(pdf, title, parent, **options)
        self.qtbot.addWidget(dialog)
        self.dialogs.append(dialog)

    @property
    def last(self) -> PrintPreviewDialog:
        return self.dialogs[-1]

    def after(self, action) -> PrintPreviewDialog:
        """Do ``action``; its document renders on a worker, then its preview opens."""
        shown = len(self.dialogs)
        action()
        self.qtbot.waitUntil(lambda: len(self.dialogs) > shown, timeout=30_000)
        return self.last

    def register(self, controller, key: str) -> PrintPreviewDialog:
        """打印 › a register, as the clerk does; it renders on a worker, then is previewed."""
        shown = len(self.dialogs)
        controller.printing.register_actions[key].trigger()
        self.qtbot.waitUntil(lambda: len(self.dialogs) > shown, timeout=30_000)
        return self.last


@pytest.fixture
def previews(qtbot, unlocked) -> Previews:
    recorder = Previews(qtbot)
    unlocked.printing.preview = recorder
    return recorder


def audit_tail(controller, n: int = 1) -> list[tuple[str, list[int], dict]]:
    rows = controller.window.vault.conn.execute(
        "SELECT action, carrier_ids, detail FROM audit_event ORDER BY seq DESC LIMIT ?",
        (n,)).fetchall()
    return [(a, json.loads(i), json.loads(d)) for a, i, d in reversed(rows)]


def print_to_pdf_file(monkeypatch, dialog: PrintPreviewDialog, out: Path) -> None:
    """Press 打印… with a print dialog that picks a PDF 'printer': the real print path."""

    class PdfPrintDialog:
        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(100)  # keeps the test quick; a real printer says its own

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_preview, "QPrintDialog", PdfPrintDialog)
    dialog.print_button.click()


def accepting(monkeypatch, fill) -> None:
    """LabelPrintDialog.exec fills the dialog like the clerk would, then accepts."""

    def exec_(self) -> int:
        fill(self)
        self.ui.previewButton.click()
        return self.result()

    monkeypatch.setattr(LabelPrintDialog, "exec", exec_)


# -- the menu ----------------------------------------------------------------------------------

def test_print_menu_has_labels_and_every_register_and_is_off_while_locked(controller):
    texts = [a.text() for a in controller.window.print_menu.actions() if a.text()]
    assert texts[:6] == ["打印标签（选中的载体）…", "按编号范围打印标签…", "标签对位测试页…",
                         "收文登记簿…", "发文登记簿…", "涉密介质登记簿…"]
    # One entry per printable register: those added by later features appear by themselves.
    assert len(texts) == 3 + len(printable_registers())
    assert not controller.window.print_menu.isEnabled()
    assert not controller.printing.action_labels.isEnabled()
    controller.try_unlock(PASSPHRASE, False)
    assert controller.window.print_menu.isEnabled()
    assert all(a.isEnabled() for a in controller.window.print_menu.actions())
    assert controller.window.label_printer == controller.printing.print_labels


# -- registers ---------------------------------------------------------------------------------

def test_register_preview_saves_the_same_bytes_prints_and_audits_both(
        monkeypatch, unlocked, previews, tmp_path):
    w = unlocked.window
    w.level_filter.setCurrentIndex(w.level_filter.findData("secret"))  # the ledger's filter
    dialog = previews.register(unlocked, "incoming")
    assert dialog.windowTitle() == "打印预览 — 收文登记簿" and dialog.page_count == 1
    pdf = dialog._pdf
    text = pdf_text(pdf)[0]
    assert "收文登记簿" in text and "2026-收-0001-003" in text and "绝密的通知" not in text
    assert "筛选条件：密级：机密" in text
    # Save as PDF writes exactly the previewed bytes, and is audited as an export.
    saved = dialog.save_to(tmp_path / "exported.pdf")
    assert saved is not None and saved.read_bytes() == pdf
    [(action, ids, detail)] = audit_tail(unlocked)
    assert action == "export_pdf" and ids == []
    assert detail["what"] == "收文登记簿" and detail["filter"] == "密级：机密"
    assert detail["pages"] == 1 and detail["checkpoint"] in text
    # Printing renders every page into the printer (here a PDF file), landscape like the PDF.
    printed = tmp_path / "printed.pdf"
    print_to_pdf_file(monkeypatch, dialog, printed)
    reader = pypdf.PdfReader(printed)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)
    [(action, _ids, detail)] = audit_tail(unlocked)
    assert action == "print" and detail["pages"] == 1


def test_the_preview_offers_only_markings_not_lower_than_listed_and_audits_the_one_used(
        unlocked, previews, settings, tmp_path):
    """The register lists 绝密: only 绝密 is offered. Filtered to 机密 rows it is marked 机密, may
    be raised to 绝密 (the pages change), and the export's audit event names 绝密."""
    w = unlocked.window
    dialog = previews.register(unlocked, "incoming")
    box = dialog.marking_box
    assert [box.itemText(i) for i in range(box.count())] == ["绝密"]
    assert dialog.marking == "绝密" and pdf_text(dialog._pdf)[0].startswith("绝密")
    w.level_filter.setCurrentIndex(w.level_filter.findData("secret"))
    dialog = previews.register(unlocked, "incoming")
    box = dialog.marking_box
    assert [box.itemText(i) for i in range(box.count())] == ["绝密", "机密"]
    assert box.currentText() == "机密" and pdf_text(dialog._pdf)[0].startswith("机密")
    box.setCurrentText("绝密")
    text = pdf_text(dialog._pdf)[0]
    assert dialog.marking == "绝密" and text.startswith("绝密") and text.rstrip().endswith("绝密")
    assert dialog.save_to(tmp_path / "raised.pdf") is not None
    [(action, _ids, detail)] = audit_tail(unlocked)
    assert action == "export_pdf" and detail["marking"] == "绝密"


def test_a_lower_marking_setting_never_lowers_a_register(unlocked, previews, settings):
    """The old default 机密 (or any lower level) in the settings: the register is still 绝密."""
    settings.set("register_marking", "秘密")
    dialog = previews.register(unlocked, "incoming")
    assert dialog.marking == "绝密" and pdf_text(dialog._pdf)[0].startswith("绝密")
    settings.set("register_marking", "hello")
    assert previews.register(unlocked, "incoming").marking == "绝密"


def test_every_register_in_the_menu_opens_its_preview(unlocked, previews):
    for key, title in (("outgoing", "发文登记簿"), ("media", "涉密介质登记簿")):
        previews.register(unlocked, key)
        assert previews.last.page_count == 1 and title in pdf_text(previews.last._pdf)[0]
    assert audit_tail(unlocked)[0][0] == "unlock"  # previewing alone is not a print


# -- labels ------------------------------------------------------------------------------------

def test_labels_for_the_selection_preview_decode_save_and_print(
        monkeypatch, unlocked, previews, tmp_path):
    w = unlocked.window
    w.search.setText("2026-收-0001")
    w.apply_filter()
    w.table.selectAll()
    ids = w.selected_ids()
    assert len(ids) == 3
    accepting(monkeypatch, lambda d: d.ui.startSpin.setValue(2))
    dialog = previews.after(unlocked.printing.action_labels.trigger)
    assert dialog.page_count == 1
    vault = w.vault
    # In 编号 order, whatever order the table shows (newest first) and the selection has.
    chosen = sorted(vault.ledger.by_ids(ids), key=lambda cv: cv.number)
    expected = [cv.barcode for cv in chosen]
    assert expected != [vault.ledger.get(i).barcode for i in ids]  # the table's order differs
    found = sorted(decode(render_pages(dialog._pdf)[0]), key=lambda r: (round(r[2] / 50), r[1]))
    assert [r[0] for r in found] == expected
    assert dialog.save_to(tmp_path / "labels.pdf").read_bytes() == dialog._pdf
    [(action, audited_ids, detail)] = audit_tail(unlocked)
    assert action == "export_pdf" and sorted(audited_ids) == sorted(ids)
    assert detail["filter"] == "选中的 3 个载体" and detail["what"] == "标签（a4-3x8）"
    print_to_pdf_file(monkeypatch, dialog, tmp_path / "printed.pdf")
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 1
    [(action, audited_ids, _detail)] = audit_tail(unlocked)
    assert action == "print_labels" and sorted(audited_ids) == sorted(ids)


def test_registration_dialog_button_reaches_the_label_printer(monkeypatch, unlocked, previews):
    from miji_desk.ui.ledger.registration_dialogs import IncomingDialog

    accepting(monkeypatch, lambda d: None)
    dialog = IncomingDialog(unlocked.window.vault, unlocked.window)
    dialog.printLabelsRequested.connect(unlocked.window.print_labels)
    ids = [cv.id for cv in unlocked.window.vault.ledger.iter_views()][:2]
    shown = previews.after(lambda: dialog.printLabelsRequested.emit(ids))
    assert len(decode(render_pages(shown._pdf)[0])) == 2
    dialog.deleteLater()


def test_labels_by_range_with_skip_and_a_custom_template(monkeypatch, unlocked, previews,
                                                         settings):
    custom = ('[{"name": "机要室 2×7", "page_w": 210, "page_h": 297, "cols": 2, "rows": 7, '
              '"label_w": 99, "label_h": 38, "margin_left": 5, "margin_top": 15}]')
    settings.set("label_templates_custom", custom)

    def fill(d: LabelPrintDialog) -> None:
        assert d.ui.rangeRadio.isChecked() and not d.ui.previewButton.isEnabled()
        d.ui.templateCombo.setCurrentIndex(d.ui.templateCombo.findData("机要室 2×7"))
        d.ui.numberFrom.setText("2026-收-0001")
        d.ui.numberTo.setText("2026-收-0002")
        d.ui.skipEdit.setText("1, 3")
        assert d.ui.summaryLabel.text() == "共 4 张标签，需要 1 张标签纸。"
        assert d.ui.sheetMap.printed_positions() == [2, 4, 5, 6]

    accepting(monkeypatch, fill)
    pdf = previews.after(unlocked.printing.action_range.trigger)._pdf
    assert len(decode(render_pages(pdf)[0])) == 4
    assert settings.get("label_template") == "机要室 2×7"  # remembered for next time


def test_label_dialog_checks_as_the_clerk_types(qtbot, unlocked, settings):
    d = LabelPrintDialog(unlocked.window.vault, settings, [1, 2, 2], unlocked.window)
    qtbot.addWidget(d)
    assert d.ui.selectedCount.text() == "共 2 个" and d.ui.selectedRadio.isChecked()
    assert d.ui.templateCombo.currentData() == "a4-3x8"  # the setting says "A4-3x8"
    d.ui.skipEdit.setText("3, x")
    assert "无法识别" in d.ui.messageLabel.text() and not d.ui.previewButton.isEnabled()
    d.ui.skipEdit.setText("99")
    assert "不在 1 到 24 之间" in d.ui.messageLabel.text()
    d.ui.skipEdit.clear()
    d.ui.sheetMap.resize(210, 297)
    centre = d.ui.sheetMap.cell_rect(2).center()
    qtbot.mouseClick(d.ui.sheetMap, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert d.ui.skipEdit.text() == "2" and d.ui.sheetMap.printed_positions() == [1, 3]
    assert d.ui.sheetMap.position_at(QPointF(-5, -5)) is None
    d.ui.templateCombo.setCurrentIndex(d.ui.templateCombo.findData("thermal-50x30"))
    assert not d.ui.startSpin.isEnabled() and d.ui.startSpin.maximum() == 1
    assert d.ui.skipEdit.text() == "" and d.ui.messageLabel.text() == ""  # nothing to skip
    d.ui.rangeRadio.setChecked(True)
    d.ui.numberFrom.setText("2099-收-0001")
    assert d.ui.messageLabel.text() == "这个编号范围内没有载体。"


def test_offsets_are_kept_per_printer(qtbot, monkeypatch, unlocked, settings):
    class Printers:
        @staticmethod
        def availablePrinterNames() -> list[str]:
            return ["机要室激光", "热敏标签机"]

        @staticmethod
        def defaultPrinterName() -> str:
            return "热敏标签机"

    monkeypatch.setattr(label_dialog, "QPrinterInfo", Printers)
    settings.set("label_offset_x_mm", 0.5)
    d = LabelPrintDialog(unlocked.window.vault, settings, [1], unlocked.window)
    qtbot.addWidget(d)
    assert d.printer() == "热敏标签机" and d.offset() == (0.5, 0.0)  # none of its own yet
    d.ui.offsetX.setValue(-1.5)
    d.ui.offsetY.setValue(2.0)
    d.accept()
    assert json.loads(settings.get("label_offsets_by_printer")) == {"热敏标签机": [-1.5, 2.0]}
    again = LabelPrintDialog(unlocked.window.vault, settings, [1], unlocked.window)
    qtbot.addWidget(again)
    assert again.offset() == (-1.5, 2.0)
    again.ui.printerCombo.setCurrentIndex(0)
    assert again.offset() == (0.5, 0.0)


def test_alignment_test_page_is_previewed_and_not_audited(qtbot, monkeypatch, unlocked,
                                                          previews, settings):
    def fill(d: LabelPrintDialog) -> None:
        assert not d.ui.selectionGroup.isVisibleTo(d)
        d.ui.templateCombo.setCurrentIndex(d.ui.templateCombo.findData("a4-4x10"))
        d.ui.offsetX.setValue(1.0)
        d.ui.previewButton.click()  # the preview opens; the dialog stays for another try
        d.reject()

    accepting(monkeypatch, fill)
    before = audit_tail(unlocked)
    unlocked.printing.action_test.trigger()
    [page] = pdf_text(previews.last._pdf)
    assert "40" in page and "校准偏移 x +1.0 mm" in page
    assert settings.get("label_offset_x_mm") == 1.0
    assert audit_tail(unlocked) == before


def test_custom_template_dialog_refuses_what_the_engine_refuses(qtbot):
    d = LabelTemplateDialog(TEMPLATES["a4-3x8"], "", None)
    qtbot.addWidget(d)
    d.ui.name.setText("a4-3x8")
    d.accept()
    assert "内置模板" in d.ui.messageLabel.text() and d.result_template is None
    d.ui.name.setText("太宽")
    d.ui.cols.setValue(4)
    d.accept()
    assert "超出了纸宽" in d.ui.messageLabel.text() and d.result_template is None
    d.ui.cols.setValue(2)
    d.ui.printer_dpi.setValue(300)
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    assert d.result_template.cols == 2 and d.result_template.printer_dpi == 300


def test_hidden_label_settings_stay_out_of_the_settings_dialog(qtbot, settings):
    settings.set("label_templates_custom", '[{"x": 1}]')
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    hidden = {s.name for s in TABLE if s.hidden}
    assert hidden == {"label_template", "label_templates_custom", "label_offsets_by_printer",
                      "label_margins_by_printer"}
    assert not hidden & set(dialog.editors)
    dialog.restore_defaults()
    dialog.accept()
    assert settings.get("label_templates_custom") == '[{"x": 1}]'


def test_a_recovery_sheet_preview_cannot_be_saved(qtbot, tmp_path):
    from miji_desk.printing.recovery_sheet import render_recovery_sheet

    pdf = render_recovery_sheet("ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567", unit_name="单位",
                                clerk_name="王小明")
    dialog = PrintPreviewDialog(pdf, "恢复码", None, allow_save=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isVisible() and dialog.print_button.isVisible()
    assert dialog.save_to(tmp_path / "code.pdf") is None
    assert not (tmp_path / "code.pdf").exists()


def test_locking_closes_the_preview_and_an_unaudited_print_is_not_written(unlocked, previews):
    dialog = previews.register(unlocked, "media")
    dialog.show()
    vault = unlocked.window.vault
    unlocked.window.lock()
    assert not dialog.isVisible()
    dialog._on_done("print", 1)  # a print finishing after the lock cannot reach the vault
    assert not vault.is_open
    assert QApplication.overrideCursor() is None  # the busy cursor was given back
    assert printing_actions.show_preview is not None


# -- save as PDF never lands on the app's own files (issue 10) --------------------------------

def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_as_via_dialog(monkeypatch, dialog: PrintPreviewDialog, target: Path) -> list[str]:
    """Press 另存为 PDF… with the file dialog answering ``target``; the warnings shown."""
    warnings: list[str] = []
    monkeypatch.setattr(print_preview.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *_a, **_k: (str(target), "PDF 文件 (*.pdf)")))
    monkeypatch.setattr(print_preview.QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *_a: warnings.append(text)))
    dialog.save_button.click()
    return warnings


def audit_count(controller) -> int:
    return controller.window.vault.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]


@pytest.mark.parametrize("which", ["vault", "keys", "journal"])
def test_save_as_pdf_onto_the_open_vault_its_keys_or_journal_is_refused(
        monkeypatch, unlocked, previews, vault_file, which):
    previews.after(unlocked.printing.register_actions["incoming"].trigger)
    target = {"vault": vault_file, "keys": vault_file.with_name(vault_file.name + ".keys"),
              "journal": vault_file.with_name(vault_file.name + "-journal")}[which]
    before = {p.name: sha(p) for p in vault_file.parent.iterdir()}
    events = audit_count(unlocked)
    shown: list[str] = []
    monkeypatch.setattr(unlocked.window, "show_error", lambda e: shown.append(e.message))
    warnings = save_as_via_dialog(monkeypatch, previews.last, target)
    assert shown == [] and len(warnings) == 1
    assert str(target) in warnings[0] and "未被改动" in warnings[0]
    assert {p.name: sha(p) for p in vault_file.parent.iterdir()} == before
    assert audit_count(unlocked) == events
    assert unlocked.window.vault.verify().ok  # the open vault is whole


def test_a_save_the_audit_cannot_record_keeps_the_earlier_file(monkeypatch, unlocked, previews,
                                                                tmp_path):
    previews.after(unlocked.printing.register_actions["incoming"].trigger)
    out = tmp_path / "收文登记簿.pdf"
    out.write_bytes(b"%PDF-1.4 last month's register\n")
    digest = sha(out)
    shown: list[str] = []
    monkeypatch.setattr(unlocked.window, "show_error", lambda e: shown.append(e.message))

    def full_disk(*_a: object, **_k: object) -> None:
        raise EnvironmentProblem("写入台账失败：磁盘已满。")

    monkeypatch.setattr(print_audit, "record_print", full_disk)
    assert save_as_via_dialog(monkeypatch, previews.last, out) == []
    assert shown == ["写入台账失败：磁盘已满。"]
    assert sha(out) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v", "收文登记簿.pdf"]


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_saved_pdf_is_private_audited_first_and_the_clerk_is_told(monkeypatch, unlocked,
                                                                    previews, tmp_path):
    previews.after(unlocked.printing.register_actions["incoming"].trigger)
    dialog = previews.last
    out = tmp_path / "收文登记簿.pdf"
    existed: list[bool] = []
    real = print_audit.record_print

    def record(*a: object, **k: object) -> object:
        existed.append(out.exists())
        return real(*a, **k)

    monkeypatch.setattr(print_audit, "record_print", record)
    os.umask(0o022)
    assert save_as_via_dialog(monkeypatch, dialog, out) == []
    assert existed == [False] and out.read_bytes() == dialog._pdf
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert str(out) in dialog.info.text() and "涉密载体" in dialog.info.text()
    assert audit_tail(unlocked)[0][0] == "export_pdf"
