"""Messages at the field: a core refusal lands under the widget named after its field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel

from miji_desk.core.errors import RuleViolation
from miji_desk.ui.forms.ui_register_incoming import Ui_RegisterIncomingDialog
from miji_desk.ui.widgets.inline_errors import InlineErrors


def make(qtbot):
    dialog = QDialog()
    ui = Ui_RegisterIncomingDialog()
    ui.setupUi(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, ui, InlineErrors(dialog, ui, ui.messageLabel)


def test_violation_shows_under_its_field_and_focuses_it(qtbot) -> None:
    dialog, ui, errors = make(qtbot)
    rows_before = ui.classificationForm.rowCount()
    err = RuleViolation("份号“x”无法识别，请写成“3”或“3-5”。", "copy_numbers")
    errors.show(err.field, err.message)
    assert ui.classificationForm.rowCount() == rows_before + 1
    label = dialog.findChild(QLabel, "copy_numbers_error")
    assert label is not None and label.text() == err.message and label.isVisible()
    row, _ = ui.classificationForm.getWidgetPosition(label)
    assert row == ui.classificationForm.getWidgetPosition(ui.copy_numbers)[0] + 1
    assert ui.copy_numbers.property("invalid") is True
    qtbot.waitUntil(lambda: ui.copy_numbers.hasFocus(), timeout=1000)
    errors.show("copy_numbers", "另一条")  # replaces, does not stack
    assert ui.classificationForm.rowCount() == rows_before + 1
    assert errors.message_at("copy_numbers") == "另一条"
    errors.clear()
    assert ui.classificationForm.rowCount() == rows_before
    assert ui.copy_numbers.property("invalid") is False
    assert errors.fields_with_errors() == []


def test_container_field_focuses_its_first_input(qtbot) -> None:
    _dialog, ui, errors = make(qtbot)
    errors.show("period", "保密期限不能超过该密级的法定最长期限。")
    qtbot.waitUntil(lambda: ui.period_kind.hasFocus(), timeout=1000)


def test_unknown_or_missing_field_goes_to_the_general_label(qtbot) -> None:
    _dialog, ui, errors = make(qtbot)
    assert ui.messageLabel.isHidden()
    errors.show(None, "请先添加存放位置。")
    assert ui.messageLabel.text() == "请先添加存放位置。" and not ui.messageLabel.isHidden()
    errors.show("no_such_field", "别的")
    assert ui.messageLabel.text() == "别的"
    errors.clear()
    assert ui.messageLabel.isHidden()


def test_original_tooltip_comes_back(qtbot) -> None:
    _dialog, ui, errors = make(qtbot)
    tip = ui.copies_total.toolTip()
    errors.show("copies_total", "份数必须是 1 到 100000 之间的整数。")
    assert ui.copies_total.toolTip() != tip
    errors.clear("copies_total")
    assert ui.copies_total.toolTip() == tip
