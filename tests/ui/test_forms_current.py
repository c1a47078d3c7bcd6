"""The generated form modules match their Designer sources, and every form builds."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QDialog, QWidget, QWizard

ROOT = Path(__file__).resolve().parents[2]
FORMS = sorted((ROOT / "forms").glob("*.ui"))


def test_generated_modules_are_current() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("ui", FORMS, ids=lambda p: p.stem)
def test_generated_module_has_the_do_not_edit_header(ui: Path) -> None:
    module = ROOT / "src" / "miji_desk" / "ui" / "forms" / f"ui_{ui.stem}.py"
    first = module.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# Generated from forms/{ui.stem}.ui by scripts/build_forms.py — DO NOT EDIT."


OURS = {  # form module → (Ui class, base widget class)
    "ui_unlock": ("Ui_UnlockForm", QWidget),
    "ui_setup_wizard": ("Ui_SetupWizard", QWizard),
    "ui_register_incoming": ("Ui_RegisterIncomingDialog", QDialog),
    "ui_register_outgoing": ("Ui_RegisterOutgoingDialog", QDialog),
    "ui_register_media": ("Ui_RegisterMediaDialog", QDialog),
}


def build(qtbot, module: str) -> tuple[QWidget, object]:
    cls_name, base = OURS[module]
    ui = getattr(importlib.import_module(f"miji_desk.ui.forms.{module}"), cls_name)()
    widget = base()
    ui.setupUi(widget)
    qtbot.addWidget(widget)
    return widget, ui


@pytest.mark.parametrize("module", sorted(OURS))
def test_form_builds_with_calendar_popups(qtbot, module: str) -> None:
    widget, _ui = build(qtbot, module)
    for edit in widget.findChildren(QDateTimeEdit):  # QDateEdit is a QDateTimeEdit
        assert edit.calendarPopup(), edit.objectName()


# Field names the core's RuleViolation.field uses, which the dialogs' widgets carry.
REGISTRATION_FIELDS = {
    "ui_register_incoming": ["doc_no", "title", "producer", "sender", "level", "period",
                             "classified_on", "received_at", "pages", "copies_total",
                             "copy_numbers", "attachments", "scope", "handled_by", "location",
                             "notes"],
    "ui_register_outgoing": ["doc_no", "title", "producer", "level", "period", "classified_on",
                             "sent_at", "pages", "copies_total", "copies", "channel", "couriers",
                             "scope", "handled_by", "location", "notes"],
    "ui_register_media": ["kind", "title", "purpose", "serial_no", "capacity", "level", "period",
                          "classified_on", "barcode", "dedicated_computer", "handled_by",
                          "scope", "location", "notes"],
}


@pytest.mark.parametrize("module", sorted(REGISTRATION_FIELDS))
def test_registration_forms_name_fields_after_the_core(qtbot, module: str) -> None:
    _widget, ui = build(qtbot, module)
    for name in [*REGISTRATION_FIELDS[module], "messageLabel", "saveButton", "saveAndNewButton",
                 "cancelButton", "printLabelsButton"]:
        assert isinstance(getattr(ui, name, None), QWidget), name


FIRST_FIELD = {"ui_register_incoming": "received_at", "ui_register_outgoing": "sent_at",
               "ui_register_media": "kind"}


@pytest.mark.parametrize("module", sorted(REGISTRATION_FIELDS))
def test_tab_order_walks_the_form_top_down_and_ends_on_the_buttons(qtbot, module: str) -> None:
    widget, ui = build(qtbot, module)
    widget.show()
    first = getattr(ui, FIRST_FIELD[module])
    seen = []
    w = first
    for _ in range(60):
        seen.append(w.objectName())
        w = w.nextInFocusChain()
        while w.focusPolicy().value & 0x1 == 0 or not w.isVisibleTo(widget):  # TabFocus
            w = w.nextInFocusChain()
        if w is first:
            break
    assert seen.index("saveButton") < seen.index("cancelButton")
    assert seen.index("title") < seen.index("level") < seen.index("notes") < seen.index(
        "saveButton")


def test_cancel_rejects_and_the_date_checkbox_enables_the_date(qtbot) -> None:
    widget, ui = build(qtbot, "ui_register_incoming")
    assert not ui.classified_on.isEnabled()
    ui.classified_on_known.setChecked(True)
    assert ui.classified_on.isEnabled()
    assert isinstance(ui.classified_on, QDateEdit)
    with qtbot.waitSignal(widget.rejected, timeout=1000):
        ui.cancelButton.click()
