"""Typing a character the printer cannot print: the dialog says which one, at its field, and
saves nothing; the issue's rare characters are saved and shown whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QApplication

from miji_desk.core.clock import FixedClock
from miji_desk.ui.ledger.registration_dialogs import IncomingDialog
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from tests.factories import NOW, PASSPHRASE, machine, new_vault


@pytest.fixture
def controller(qtbot, tmp_path: Path):
    store = machine()
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, store, FixedClock(NOW))
    vault.close()
    c = AppController(path, Settings(tmp_path / "settings.ini"), store, clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    c.install(QApplication.instance())
    c.window.show()
    c.try_unlock(PASSPHRASE, False)
    yield c
    c.window.lock()
    app = QApplication.instance()
    app.removeEventFilter(c.idle)
    app.removeEventFilter(c.scanner)


def test_an_unprintable_sender_is_refused_at_its_field_naming_the_character(controller, qtbot):
    dialog = IncomingDialog(controller.window.vault, controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    u = dialog.ui
    u.received_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(NOW.timestamp()) - 3600))
    u.sender.setText("\U00030041办公厅")  # Extension G: no shipped font has it
    u.doc_no.setText("国科发〔2026〕①号")
    u.title.setText("关于鿏元素实验室的通知")
    u.pages.setValue(4)
    u.copy_numbers.setText("1")
    u.copies_total.setValue(20)
    u.level.setCurrentIndex(u.level.findData("secret"))
    u.location.setCurrentIndex(u.location.findText("1号保密柜"))  # 机密: only in a safe
    vault = controller.window.vault
    before = vault.counts()
    qtbot.mouseClick(u.saveAndNewButton, Qt.MouseButton.LeftButton)
    assert vault.counts() == before
    message = dialog.errors.message_at("sender")
    assert message and "“\U00030041”" in message and "U+30041" in message
    assert dialog.isVisible()
    # The rare characters the fonts do have go in whole.
    u.sender.setText("𪚥𡃁办公厅")
    qtbot.mouseClick(u.saveAndNewButton, Qt.MouseButton.LeftButton)
    assert dialog.last is not None
    view = vault.carrier(dialog.last.carrier_ids[0])
    assert (view.sender, view.doc_no) == ("𪚥𡃁办公厅", "国科发〔2026〕①号")
