"""The lend dialog in English: the default reading place reads in English (and is still recorded
as 机要室, the word core and the printed register use), and its validation messages are English
(issue 12)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from miji_desk.ui.circulation.dialogs import LoanDialog
from miji_desk.ui.shell import i18n

from .custody_support import (
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


@pytest.fixture
def english(app_controller) -> Iterator[object]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translators(app, "en")
    yield app_controller
    i18n.uninstall_translators(app)


def open_loan(qtbot, c, world) -> LoanDialog:
    desk = c.window.circulation_desk
    c.window.tabs.setCurrentWidget(desk)
    c.window.open_scanned(world.report[0])
    c.window.open_scanned(world.director)
    qtbot.keyClick(desk.scan_box, Qt.Key.Key_Return)
    dialog = desk.dialog
    assert isinstance(dialog, LoanDialog) and dialog.isVisible()
    return dialog


def test_the_default_place_and_the_validation_read_in_english_and_record_the_same(
        qtbot, english, world) -> None:
    c = english
    dialog = open_loan(qtbot, c, world)
    u = dialog.ui
    assert u.place.text() and not CJK.search(u.place.text()), u.place.text()
    # OK with nothing filled in: each refusal in English, and nothing lent.
    qtbot.mouseClick(u.okButton, Qt.MouseButton.LeftButton)
    shown = [m for f in dialog.errors.fields_with_errors()
             if (m := dialog.errors.message_at(f))] + [u.messageLabel.text()]
    assert any(shown) and not any(CJK.search(m) for m in shown), shown
    assert dialog.isVisible() and not vault_of(c).custody.loans(open_only=True)
    u.approver.setText("刘院长")
    u.approval_ref.setText("借审〔2026〕7号")
    u.purpose.setText("起草检查报告")
    qtbot.mouseClick(u.okButton, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [loan] = vault_of(c).custody.loans(open_only=True)
    assert loan.place == "机要室"  # the record is the same in either language


def test_taking_out_clears_the_english_default_and_unticking_brings_it_back(
        qtbot, english, world) -> None:
    dialog = open_loan(qtbot, english, world)
    u = dialog.ui
    default = u.place.text()
    u.take_out.setChecked(True)
    assert u.place.text() == ""  # where it goes must be typed
    u.take_out.setChecked(False)
    assert u.place.text() == default
