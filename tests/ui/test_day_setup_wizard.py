"""The setup wizard's 存放位置 page keeps every location, and the new vault opens directly
(issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from miji_desk.core.clock import FixedClock
from miji_desk.core.locations import LOCATION_KINDS
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.ui.shell.setup_wizard import SetupWizard
from miji_desk.vault.recovery import last_group
from tests.factories import NOW, PASSPHRASE, TEST_KDF, machine


@pytest.fixture
def wizard(qtbot, tmp_path: Path):
    store = machine()
    w = SetupWizard(tmp_path / "v" / "ledger.mjdb", store, Settings(tmp_path / "s.ini"),
                    kdf=TEST_KDF)
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    yield w
    if w.vault is not None:
        w.vault.close()


def _to_locations(qtbot, w: SetupWizard) -> None:
    u = w.ui
    u.unitNameEdit.setText("测试单位")
    u.clerkNameEdit.setText("王小明")
    w.next()
    u.passphraseEdit.setText(PASSPHRASE)
    u.confirmEdit.setText(PASSPHRASE)
    w.next()
    w.next()
    u.lastGroupEdit.setText(last_group(w.recovery_code))
    w.next()
    assert w.currentPage() is u.locationsPage


def _typed(qtbot, w: SetupWizard, name: str) -> None:
    edit = w.ui.locationNameEdit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=1000)
    edit.setText(name)  # keyClicks cannot type Chinese


def test_kind_combo_lists_each_kind_once(wizard) -> None:
    combo = wizard.ui.locationKindCombo
    assert [combo.itemData(i) for i in range(combo.count())] == list(LOCATION_KINDS)
    assert combo.count() == len(set(combo.itemText(i) for i in range(combo.count())))


def test_add_button_adds_the_typed_location(qtbot, wizard) -> None:
    _to_locations(qtbot, wizard)
    _typed(qtbot, wizard, "2号保密柜")
    qtbot.mouseClick(wizard.ui.addLocationButton, Qt.MouseButton.LeftButton)
    assert ("2号保密柜", "safe") in wizard.locations()
    assert wizard.ui.locationNameEdit.text() == ""


def test_enter_in_the_name_adds_and_stays_on_the_page(qtbot, wizard) -> None:
    _to_locations(qtbot, wizard)
    combo = wizard.ui.locationKindCombo
    combo.setCurrentIndex(combo.findData("room"))
    _typed(qtbot, wizard, "3号机要室")
    qtbot.keyClick(wizard.ui.locationNameEdit, Qt.Key.Key_Return)
    assert ("3号机要室", "room") in wizard.locations()
    assert wizard.currentPage() is wizard.ui.locationsPage


def test_next_keeps_a_location_typed_but_not_added(qtbot, wizard) -> None:
    _to_locations(qtbot, wizard)
    _typed(qtbot, wizard, "档案室铁柜")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert ("档案室铁柜", "safe") in wizard.locations()
    # A name already listed is refused with the reason, and the page stays.
    wizard.back()
    _typed(qtbot, wizard, "档案室铁柜")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.ui.locationsPage
    assert "已在列表中" in wizard.location_message.text()
    assert [n for n, _ in wizard.locations()].count("档案室铁柜") == 1


def test_finished_wizard_opens_the_ledger_without_the_passphrase(qtbot, wizard,
                                                                  tmp_path: Path) -> None:
    _to_locations(qtbot, wizard)
    _typed(qtbot, wizard, "档案室铁柜")
    wizard.next()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    vault = wizard.vault
    assert vault is not None and wizard.result() == QWizard.DialogCode.Accepted
    names = [r[0] for r in vault.conn.execute("SELECT name FROM location ORDER BY id")]
    assert "档案室铁柜" in names
    c = AppController(wizard.path, Settings(tmp_path / "s2.ini"), wizard.store,
                      clock=FixedClock(NOW), airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    c.install(QApplication.instance())
    c.open_created(vault)
    wizard.vault = None  # the window owns it now
    assert not c.window.is_locked and c.window.vault is vault
    c.window.lock()
    c.instance_lock.release()
