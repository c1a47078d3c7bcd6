"""The label dialog says before printing what would waste or mislead paper (issue 14): a first
sheet that goes through blank, labels for carriers no longer kept here; and it keeps each
printer's printable margin. The unit's short name for labels is set in 设置."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QMessageBox

from miji_desk.core.destruction import complete_manifest
from miji_desk.core.unit_rules import LABEL_UNIT_NAME, rule_value
from miji_desk.ui.printing import label_dialog
from miji_desk.ui.printing.label_dialog import LabelPrintDialog
from miji_desk.ui.shell.settings_dialog import SettingsDialog
from tests.core.test_destruction import TODAY, done, manifest
from tests.printing.helpers import decode, pdf_text, render_pages
from tests.ui.test_printing_ui import (
    accepting,
    audit_tail,
    controller,
    previews,
    settings,
    store,
    unlocked,
    vault_file,
)

__all__ = ["controller", "previews", "settings", "store", "unlocked", "vault_file"]  # fixtures


class Answers:
    """QMessageBox.question as the clerk answers it; remembers what she was asked."""

    def __init__(self, monkeypatch, answer: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.answer = answer
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, _parent, _title: str, text: str, *_args) -> QMessageBox.StandardButton:
        self.asked.append(text)
        return self.answer


def test_each_printer_keeps_its_printable_margin(qtbot, monkeypatch, unlocked, settings):
    class Printers:
        @staticmethod
        def availablePrinterNames() -> list[str]:
            return ["机要室激光", "热敏标签机"]

        @staticmethod
        def defaultPrinterName() -> str:
            return "热敏标签机"

    monkeypatch.setattr(label_dialog, "QPrinterInfo", Printers)
    d = LabelPrintDialog(unlocked.window.vault, settings, [1], unlocked.window)
    qtbot.addWidget(d)
    assert d.margin() == 4.0  # the default: most office lasers
    d.ui.marginSpin.setValue(1.0)  # a thermal printer prints nearly to the edge
    d.accept()
    assert d.confirmed is not None and d.confirmed.margin == 1.0
    assert json.loads(settings.get("label_margins_by_printer")) == {"热敏标签机": 1.0}
    again = LabelPrintDialog(unlocked.window.vault, settings, [1], unlocked.window)
    qtbot.addWidget(again)
    assert again.margin() == 1.0
    again.ui.printerCombo.setCurrentIndex(0)  # the laser has none of its own yet
    assert again.margin() == 4.0


def test_a_first_sheet_skipped_whole_is_said_and_asked_before_printing(qtbot, monkeypatch,
                                                                       unlocked, settings):
    d = LabelPrintDialog(unlocked.window.vault, settings, [1, 2], unlocked.window)
    qtbot.addWidget(d)
    d.ui.skipEdit.setText("1-24")
    assert "空白" in d.ui.summaryLabel.text() and d.ui.previewButton.isEnabled()
    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    d.ui.previewButton.click()
    assert len(answers.asked) == 1 and d.result() != d.DialogCode.Accepted
    assert d.confirmed is None
    answers.answer = QMessageBox.StandardButton.Yes
    d.ui.previewButton.click()
    assert d.result() == d.DialogCode.Accepted and d.confirmed is not None
    d.ui.skipEdit.setText("1-23")
    assert "空白" not in d.ui.summaryLabel.text()


def test_a_destroyed_carriers_label_needs_the_clerks_word_and_says_reprint(
        monkeypatch, unlocked, previews):
    vault = unlocked.window.vault
    ids = [cv.id for cv in vault.ledger.iter_views()
           if cv.number.startswith("2026-收-0001")]
    m = manifest(vault, ids[:1])
    complete_manifest(vault, m.id, done(destroyed_on=TODAY))
    gone = vault.carrier(ids[0])
    before = audit_tail(unlocked)

    answers = Answers(monkeypatch, QMessageBox.StandardButton.No)
    accepting(monkeypatch, lambda d: None)
    unlocked.window.print_labels(ids)  # the clerk says no: the dialog is closed, nothing made
    assert len(answers.asked) == 1 and gone.number in answers.asked[0]
    assert "已销毁" in answers.asked[0]
    assert previews.dialogs == [] and audit_tail(unlocked) == before

    answers.answer = QMessageBox.StandardButton.Yes
    pdf = previews.after(lambda: unlocked.window.print_labels(ids))._pdf
    text = pdf_text(pdf)[0]
    assert text.count("补打·已销毁") == 1
    assert len(decode(render_pages(pdf)[0])) == len(ids)


def test_the_unit_sets_its_short_name_for_labels_in_settings(qtbot, unlocked, settings):
    vault = unlocked.window.vault
    dialog = SettingsDialog(settings, unlocked.window, vault=vault)
    qtbot.addWidget(dialog)
    dialog.rule_editors[LABEL_UNIT_NAME.key].setText("五〇二所")
    dialog.reason.setText("保密委员会决定")
    dialog.accept()
    assert rule_value(vault, LABEL_UNIT_NAME) == "五〇二所"
    [(action, _ids, detail)] = audit_tail(unlocked)
    assert (action, detail["key"], detail["new"]) == ("unit_rule_changed", "label_unit_name",
                                                      "五〇二所")
