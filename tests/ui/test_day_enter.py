"""Enter in a passphrase field does what the default button does (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from miji_desk.core.clock import FixedClock
from miji_desk.core.registration import register_incoming
from miji_desk.ui.backup.dialog import BackupDialog
from miji_desk.ui.backup.restore_dialog import RestoreDialog
from miji_desk.vault import backup
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, incoming, machine, new_vault


@pytest.fixture
def setup(tmp_path: Path):
    (tmp_path / "vault").mkdir()
    (tmp_path / "media").mkdir()
    store = machine()
    v, code = new_vault(tmp_path / "vault" / "ledger.mjdb", store, FixedClock(NOW))
    register_incoming(v, incoming(title="第1号", copy_numbers="1"))
    yield v, store, code, tmp_path / "media"
    v.close()


def test_enter_in_backup_passphrase_makes_the_backup(qtbot, setup) -> None:
    v, store, _code, media = setup
    d = BackupDialog(v, store=store, generations=3, folder=str(media))
    qtbot.addWidget(d)
    d.show()
    d.activateWindow()
    qtbot.waitExposed(d)
    d.ui.passphraseEdit.setFocus()
    qtbot.waitUntil(d.ui.passphraseEdit.hasFocus, timeout=1000)
    d.ui.passphraseEdit.setText(PASSPHRASE)  # keyClicks cannot type Chinese
    with qtbot.waitSignal(d.backedUp, timeout=20000):
        qtbot.keyClick(d.ui.passphraseEdit, Qt.Key.Key_Return)
    assert "备份已取消" not in d.ui.stepLabel.text()
    assert "备份完成并已校验" in d.ui.stepLabel.text()
    assert [p.suffix for p in media.iterdir() if p.suffix == ".mjbk"] == [".mjbk"]


def _focused(qtbot, dialog, edit) -> None:
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=1000)


def test_enter_in_restore_opens_then_restores(qtbot, setup) -> None:
    v, store, _code, media = setup
    made = backup.create_backup(v, media, passphrase=PASSPHRASE, store=store)
    register_incoming(v, incoming(title="备份之后", copy_numbers="9"))
    v.close()
    d = RestoreDialog(v.path, store, file=str(made.path), clock=FixedClock(NOW))
    qtbot.addWidget(d)
    _focused(qtbot, d, d.ui.secretEdit)
    d.ui.secretEdit.setText(PASSPHRASE)
    qtbot.keyClick(d.ui.secretEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: d.ui.pages.currentIndex() == 1, timeout=20000)
    assert "已取消" not in d.ui.stepLabel.text() and d.ui.error.text() == ""
    # Enter before the check box is ticked restores nothing and cancels nothing.
    d.ui.newPassphraseEdit.setFocus()
    qtbot.waitUntil(d.ui.newPassphraseEdit.hasFocus, timeout=1000)
    qtbot.keyClick(d.ui.newPassphraseEdit, Qt.Key.Key_Return)
    assert d.isVisible() and d.ui.pages.currentIndex() == 1 and d.result is None
    d.ui.confirmCheck.setChecked(True)
    d.ui.newPassphraseEdit.setFocus()
    qtbot.waitUntil(d.ui.newPassphraseEdit.hasFocus, timeout=1000)
    with qtbot.waitSignal(d.restored, timeout=20000):
        qtbot.keyClick(d.ui.newPassphraseEdit, Qt.Key.Key_Return)
    with Vault.open(v.path, passphrase=PASSPHRASE, store=store) as restored:
        assert restored.counts()["carriers"] == 1
