"""The clerk's first hour: the ledger window, registration, corrections, scans, locking."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QTableWidget

from miji_desk.core.clock import FixedClock
from miji_desk.core.registration import register_incoming
from miji_desk.ui.ledger.model import LedgerModel
from miji_desk.ui.ledger.registration_dialogs import IncomingDialog, OutgoingDialog
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from tests.factories import NOW as FACTORY_NOW
from tests.factories import PASSPHRASE, incoming, machine, new_vault

# The dialogs start from the real time of day, so the vault's clock does too.
NOW = FACTORY_NOW  # the dialogs start from the vault's clock
EARLIER = NOW - dt.timedelta(hours=2)


@pytest.fixture
def store():
    return machine()


@pytest.fixture
def vault_file(tmp_path: Path, store) -> Path:
    folder = tmp_path / "v"
    folder.mkdir()
    path = folder / "ledger.mjdb"
    vault, _ = new_vault(path, store, FixedClock(NOW))
    for i in range(5):
        register_incoming(vault, incoming(title=f"第{i}号保密通知", copy_numbers=f"{i + 1}",
                                          received_at=EARLIER))
    register_incoming(vault, incoming(title="关于开展保密自查的通知", copy_numbers="7-9",
                                      doc_no="省保发〔2026〕3号", received_at=EARLIER))
    vault.close()
    return path


@pytest.fixture
def controller(qtbot, vault_file: Path, store, tmp_path: Path):
    airgap_ifaces: list[tuple[str, bool, bool]] = [("lo", True, True)]
    c = AppController(vault_file, Settings(tmp_path / "settings.ini"), store,
                      clock=FixedClock(NOW),
                      airgap_source=lambda: airgap_ifaces)
    c.airgap_ifaces = airgap_ifaces  # type: ignore[attr-defined]
    qtbot.addWidget(c.window)
    c.install(QApplication.instance())
    c.window.show()
    yield c
    c.window.lock()
    app = QApplication.instance()
    app.removeEventFilter(c.idle)
    app.removeEventFilter(c.scanner)


def unlock(controller, secret: str = PASSPHRASE) -> None:
    controller.try_unlock(secret, False)


def ledger_texts(model: LedgerModel) -> list[str]:
    return [model.data(model.index(r, c)) or "" for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_model_passes_qt_model_tester(qtmodeltester, vault_file, store):
    from miji_desk.vault.vault import Vault

    with Vault.open(vault_file, passphrase=PASSPHRASE, store=store) as vault:
        model = LedgerModel()
        model.set_source(vault.ledger)
        qtmodeltester.check(model)
        assert model.rowCount() == 8
        model.sort(2, Qt.SortOrder.AscendingOrder)
        titles = [model.data(model.index(r, 2)) for r in range(model.rowCount())]
        assert titles == sorted(titles)


def test_unlock_shows_the_ledger(controller):
    assert controller.window.stack.currentIndex() == 0
    unlock(controller)
    assert controller.window.stack.currentIndex() == 1
    assert controller.window.model.rowCount() == 8
    assert "已与本机凭据库绑定" in controller.window.binding_label.text()


def test_wrong_passphrase_says_so_and_stays_locked(controller):
    unlock(controller, "not-the-passphrase")
    assert controller.window.is_locked
    message = controller.unlock_page.findChild(QLabel, "messageLabel").text()
    assert "口令" in message and "4" in message


def test_search_by_chinese_substring_and_barcode(controller):
    unlock(controller)
    w = controller.window
    w.search.setText("自查")
    w.apply_filter()
    assert w.model.rowCount() == 3
    code = w.model.carrier_at(0).barcode
    w.search.setText(code)
    w.apply_filter()
    assert w.model.rowCount() == 1


def test_lock_leaves_no_ledger_text_anywhere(controller, qtbot):
    unlock(controller)
    w = controller.window
    w.table.selectRow(0)
    shown = w.detail.carrier
    assert shown is not None
    secret_text = shown.title
    w.lock()
    assert w.vault is None and w.model.rowCount() == 0 and w.model.cached_rows() == 0
    for widget in QApplication.allWidgets():
        for attr in ("text", "toPlainText", "currentText"):
            fn = getattr(widget, attr, None)
            if callable(fn):
                try:
                    value = fn()
                except TypeError:
                    continue
                assert secret_text not in str(value), f"{widget!r} still shows ledger text"
        if isinstance(widget, QTableWidget):
            assert widget.rowCount() == 0


def test_unlock_brings_the_view_back(controller):
    unlock(controller)
    w = controller.window
    w.search.setText("自查")
    w.apply_filter()
    w.table.selectRow(1)
    chosen = w.detail.carrier.id
    w.lock()
    unlock(controller)
    assert w.search.text() == "自查"
    assert w.model.rowCount() == 3
    assert w.detail.carrier is not None and w.detail.carrier.id == chosen


def test_ctrl_l_locks(controller, qtbot):
    unlock(controller)
    qtbot.keyClick(controller.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.window.is_locked


def test_scan_opens_the_carrier_and_unknown_says_so(controller):
    unlock(controller)
    w = controller.window
    v = w.vault.ledger.page(limit=1)[0]
    w.open_scanned(v.barcode)
    assert w.detail.carrier.id == v.id
    w.open_scanned("MJ999999999")
    assert "没有找到条码为 MJ999999999" in w.notice.text()


def test_network_banner_and_audit(controller):
    unlock(controller)
    w = controller.window
    before = w.vault.counts()["audit"]
    controller.airgap_ifaces.append(("eth0", True, False))
    controller.check_network()
    assert not w.network_banner.isHidden()
    assert "eth0" in w.network_banner.text()
    assert w.vault.counts()["audit"] == before + 1
    controller.check_network()  # no change, no new event
    assert w.vault.counts()["audit"] == before + 1


def test_register_incoming_by_keyboard(controller, qtbot):
    unlock(controller)
    dialog = IncomingDialog(controller.window.vault, controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    u = dialog.ui
    u.received_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(NOW.timestamp()) - 3600))
    # QTest types ASCII only; Chinese arrives through the input method, i.e. as text.
    u.sender.setText("省委办公厅")
    u.doc_no.setText("省委办〔2026〕9号")
    u.title.setText("关于年终保密检查的通知")
    u.pages.setValue(4)
    u.copies_total.setValue(20)  # 份数 is required (篇三 八); 产生机关 left empty = the sender
    qtbot.keyClicks(u.copy_numbers, "1-2")
    qtbot.waitUntil(lambda: u.copy_numbers.text() == "1-2")  # the scanner filter hands it on
    u.level.setCurrentIndex(u.level.findData("secret"))
    u.location.setCurrentIndex(u.location.findData("1号保密柜"))  # 机密: in a safe (篇六 第三条)
    qtbot.mouseClick(u.saveAndNewButton, Qt.MouseButton.LeftButton)
    assert dialog.last is not None and len(dialog.last.carrier_ids) == 2
    assert controller.window.vault.carrier(dialog.last.carrier_ids[0]).producer == "省委办公厅"
    assert u.sender.text() == "省委办公厅"  # kept for the next one
    assert u.title.text() == ""
    assert not u.savedFrame.isHidden()
    # A refusal shows at the field and saves nothing.
    u.title.setText("第二份")
    u.copies_total.setValue(20)
    u.copy_numbers.setText("5-3")
    count = controller.window.vault.counts()["carriers"]
    qtbot.keyClick(u.copy_numbers, Qt.Key.Key_Return)  # Enter saves
    assert controller.window.vault.counts()["carriers"] == count
    assert dialog.errors.message_at("copy_numbers")
    assert dialog.isVisible()


def test_register_outgoing_records_its_signer(controller, qtbot):
    """签发人 typed on the 发文登记 form is kept with the registration (and printed)."""
    unlock(controller)
    dialog = OutgoingDialog(controller.window.vault, controller.window)
    qtbot.addWidget(dialog)
    dialog.show()
    u = dialog.ui
    u.sent_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(NOW.timestamp()) - 3600))
    u.doc_no.setText("某发〔2026〕3号")
    u.title.setText("关于报送年度保密工作总结的函")
    u.pages.setValue(2)
    u.copies.setPlainText("1:市保密局\n2")
    u.level.setCurrentIndex(u.level.findData("confidential"))
    u.signer.setText("李局长")
    qtbot.mouseClick(u.saveAndNewButton, Qt.MouseButton.LeftButton)
    assert dialog.last is not None
    view = controller.window.vault.ledger.get(dialog.last.carrier_ids[0])
    assert view.extra["signer"] == "李局长"
    assert u.signer.text() == ""  # each document has its own


def test_correction_shows_in_history(controller, qtbot):
    from miji_desk.ui.ledger.correction_dialog import CorrectionDialog

    unlock(controller)
    w = controller.window
    v = w.vault.ledger.page(limit=1)[0]
    dialog = CorrectionDialog(w.vault, v.id, w)
    qtbot.addWidget(dialog)
    dialog.select_field("title")
    dialog.ui.newValue.setText("更正后的标题")
    dialog.ui.reason.setText("登记时录入错误")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    w.show_carrier(v.id)
    texts = [w.detail.history.item(r, 2).text() for r in range(w.detail.history.rowCount())]
    assert any(v.title in t and "更正后的标题" in t and "登记时录入错误" in t for t in texts)


def test_slow_typing_in_search_is_not_a_scan(controller, qtbot):
    unlock(controller)
    w = controller.window
    edit: QLineEdit = w.search
    edit.setFocus()
    qtbot.keyClicks(edit, "abc", delay=60)
    assert edit.text() == "abc"


def test_idle_lock_after_five_minutes_without_input(qtbot, vault_file, store, tmp_path):
    ticks = {"ms": 1_000_000}
    c = AppController(vault_file, Settings(tmp_path / "s.ini"), store,
                      clock=FixedClock(NOW),
                      airgap_source=lambda: [], monotonic=lambda: ticks["ms"])
    qtbot.addWidget(c.window)
    unlock(c)
    assert not c.window.is_locked
    ticks["ms"] += 4 * 60_000
    c.idle.poll()
    assert not c.window.is_locked
    assert "1:00" in c.window.idle_label.text()
    ticks["ms"] += 61_000
    c.idle.poll()
    assert c.window.is_locked
    assert c.window.model.rowCount() == 0 and c.window.detail.carrier is None


def test_a_passphrase_typed_fast_unlocks_and_is_never_taken_for_a_scan(qtbot, controller):
    """Keys typed at a scanner's pace on the unlock screen (a fast typist, a password manager)
    reach the field; the Enter unlocks. Before, the scanner swallowed them: nothing happened."""
    scans: list[str] = []
    controller.scanner.scanned.connect(scans.append)
    page = controller.unlock_page
    page.ui.passphraseEdit.setFocus()
    burst(page.ui.passphraseEdit, PASSPHRASE)  # no delay between keys, Chinese ones included
    qtbot.keyClick(page.ui.passphraseEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not controller.window.is_locked, timeout=10_000)
    assert scans == []


def test_the_recovery_code_typed_fast_reaches_its_field_while_locked(qtbot, controller):
    scans: list[str] = []
    controller.scanner.scanned.connect(scans.append)
    page = controller.unlock_page
    page.set_recovery_mode(True)
    page.ui.recoveryEdit.setFocus()
    burst(page.ui.recoveryEdit, "ABCDE-FGHJK")  # a visible field, at a scanner's pace
    assert page.ui.recoveryEdit.text() == "ABCDE-FGHJK" and scans == []


def burst(widget: QLineEdit, text: str) -> None:
    """Keys as a keyboard sends them, as fast as a scanner (QTest cannot type Chinese)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown if ord(ch) > 127
                                                     else ord(ch.upper()),
                                                     Qt.KeyboardModifier.NoModifier, ch))


def test_the_window_fits_a_1366_screen_and_keeps_its_size_on_a_large_one(qtbot) -> None:
    """It used to open 1280 px wide whatever the screen: on 1366×768 (taskbar included) its
    frame ran off the screen's edge. Now it opens maximised there, centred at 1280×800 on a
    large screen."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from miji_desk.ui.shell.main_window import MainWindow

    small = MainWindow(QWidget())
    qtbot.addWidget(small)
    small.fit_to_screen(QRect(0, 0, 1366, 728))
    assert small.windowState() & Qt.WindowState.WindowMaximized
    assert small.width() <= 1366 and small.height() <= 728
    large = MainWindow(QWidget())
    qtbot.addWidget(large)
    available = QRect(0, 0, 1920, 1040)
    large.fit_to_screen(available)
    assert not large.windowState() & Qt.WindowState.WindowMaximized
    assert (large.width(), large.height()) == (1280, 800)
    assert large.geometry().center().x() in range(955, 966)
    assert available.contains(large.geometry())
