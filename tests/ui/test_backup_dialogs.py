"""The backup, verify, restore, passphrase-change and recovery-renewal dialogs (pytest-qt)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from miji_desk.core.clock import FixedClock
from miji_desk.core.registration import register_incoming
from miji_desk.ui.backup.dialog import BackupDialog, VerifyBackupDialog
from miji_desk.ui.backup.restore_dialog import RestoreDialog
from miji_desk.ui.backup.secrets_dialogs import PassphraseChangeDialog, RecoveryRenewalDialog
from miji_desk.vault import backup
from miji_desk.vault.backup import creation
from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, incoming, machine, new_vault

NEW = "Dialog-新口令-2027x"


@pytest.fixture
def setup(tmp_path: Path):
    (tmp_path / "vault").mkdir()
    (tmp_path / "media").mkdir()
    store = machine()
    v, code = new_vault(tmp_path / "vault" / "ledger.mjdb", store, FixedClock(NOW))
    for i in range(3):
        register_incoming(v, incoming(title=f"第{i}号", copy_numbers=f"{i + 1}"))
    yield v, store, code, tmp_path / "media"
    v.close()


def _actions(v: Vault) -> list[str]:
    return [r[0] for r in v.conn.execute("SELECT action FROM audit_event ORDER BY seq")]


def _backup_dialog(qtbot, v: Vault, store, media: Path) -> BackupDialog:
    d = BackupDialog(v, store=store, generations=3, folder=str(media))
    qtbot.addWidget(d)
    d.show()
    return d


def test_backup_dialog_runs_and_records(qtbot, setup) -> None:
    v, store, _code, media = setup
    d = _backup_dialog(qtbot, v, store, media)
    assert "3 份" in d.ui.generationsLabel.text()
    d.ui.passphraseEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(d.backedUp, timeout=20000) as blocker:
        d.start_button.click()
    result = blocker.args[0]
    assert result.path.exists()
    assert d.ui.progressBar.value() == 1000
    assert "备份完成并已校验" in d.ui.stepLabel.text()
    assert d.ui.passphraseEdit.text() == ""
    assert _actions(v)[-1] == "backup_created"
    assert backup.last_verified_backup(v) == NOW
    assert not d.running and d.close_button.text() == "关闭"


def test_backup_dialog_wrong_passphrase_and_missing_fields(qtbot, setup) -> None:
    v, store, _code, media = setup
    d = _backup_dialog(qtbot, v, store, media)
    d.start_button.click()
    assert d.ui.error.text() == "请输入当前台账的口令。"
    d.ui.passphraseEdit.setText("wrong-one")
    d.start_button.click()
    assert "口令不正确" in d.ui.error.text()
    assert not d.running and list(media.iterdir()) == []
    d.ui.passphraseEdit.setText(PASSPHRASE)
    d.ui.mediumEdit.setText("NOT-REGISTERED")
    d.start_button.click()
    assert "未在台账中登记" in d.ui.error.text()


def _slow_copy(monkeypatch) -> None:
    """A medium so slow that the copy step lasts until it is cancelled."""
    def crawling(source, size, prefix, dest, run, *_parts) -> None:
        with open(dest, "xb") as f:
            f.write(prefix)
            while True:
                run.at(0.1)  # raises Cancelled once asked
                time.sleep(0.01)

    monkeypatch.setattr(creation, "_copy_to_medium", crawling)


@pytest.mark.parametrize("how", ["cancel-button", "window-locks"])
def test_backup_cancel_leaves_nothing_and_is_audited(qtbot, setup, monkeypatch,
                                                     how: str) -> None:
    v, store, _code, media = setup
    _slow_copy(monkeypatch)
    d = _backup_dialog(qtbot, v, store, media)
    busy: list[bool] = []
    d.busyChanged.connect(busy.append)
    d.ui.passphraseEdit.setText(PASSPHRASE)
    d.start_button.click()
    qtbot.waitUntil(lambda: "写入备份介质" in d.ui.stepLabel.text(), timeout=20000)
    assert d.running and d.close_button.text() == "取消"
    if how == "cancel-button":
        d.close_button.click()
        assert d.isVisible()
    else:
        d.close()
    assert not d.running
    assert "备份已取消" in d.ui.stepLabel.text()
    assert list(media.iterdir()) == []
    assert sorted(p.name for p in v.path.parent.iterdir()) == ["ledger.mjdb", "ledger.mjdb.keys"]
    assert _actions(v)[-1] == "backup_failed"
    detail = json.loads(v.conn.execute(
        "SELECT detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()[0])
    assert detail["kind"] == "cancelled"
    assert busy == [True, False]
    qtbot.wait(50)  # the task's queued "failed" signal arrives and is ignored
    assert _actions(v).count("backup_failed") == 1


def _made(v: Vault, store, media: Path) -> backup.BackupResult:
    return backup.create_backup(v, media, passphrase=PASSPHRASE, store=store)


def test_verify_dialog(qtbot, setup, tmp_path: Path) -> None:
    v, store, code, media = setup
    result = _made(v, store, media)
    d = VerifyBackupDialog(file=str(result.path), workdir=tmp_path)
    qtbot.addWidget(d)
    d.ui.useRecoveryCheck.setChecked(True)
    d.ui.secretEdit.setText(code)
    d.verify_button.click()
    qtbot.waitUntil(lambda: d.report is not None, timeout=20000)
    text = d.ui.reportView.toPlainText()
    assert "载体：3 件" in text and "在库 3" in text and result.sha256 in text
    assert d.ui.secretEdit.text() == ""
    # A damaged copy is refused with its named error.
    data = bytearray(result.path.read_bytes())
    data[-50] ^= 1
    result.path.write_bytes(bytes(data))
    d.report = None
    d.ui.useRecoveryCheck.setChecked(False)
    d.ui.secretEdit.setText(PASSPHRASE)
    d.verify_button.click()
    qtbot.waitUntil(lambda: bool(d.ui.error.text()), timeout=20000)
    assert "损坏" in d.ui.error.text() and d.report is None


def test_restore_dialog_shows_then_restores(qtbot, setup) -> None:
    v, store, code, media = setup
    result = _made(v, store, media)
    register_incoming(v, incoming(title="备份之后", copy_numbers="9"))
    v.close()
    d = RestoreDialog(v.path, store, file=str(result.path), clock=FixedClock(NOW))
    qtbot.addWidget(d)
    d.show()
    d.ui.useRecoveryCheck.setChecked(True)
    d.ui.secretEdit.setText(code)
    d.ui.checkButton.click()
    qtbot.waitUntil(lambda: d.ui.pages.currentIndex() == 1, timeout=20000)
    assert "载体：3 件" in d.ui.summaryLabel.text()
    assert d.ui.levelTable.rowCount() >= 1 and d.ui.statusTable.item(0, 0).text() == "在库"
    assert not d.ui.restoreButton.isEnabled()
    d.ui.confirmCheck.setChecked(True)
    d.ui.restoreButton.click()
    assert d.ui.error.text() == "请设置恢复后的台账口令。"
    d.ui.newPassphraseEdit.setText("short")
    d.ui.repeatEdit.setText("short")
    d.ui.restoreButton.click()
    assert "口令太短" in d.ui.error.text()
    d.ui.newPassphraseEdit.setText(NEW)
    d.ui.repeatEdit.setText(NEW)
    with qtbot.waitSignal(d.restored, timeout=20000) as blocker:
        d.ui.restoreButton.click()
    res = blocker.args[0]
    assert res.replaced is not None and res.replaced.exists()
    assert "原台账保留为" in d.ui.stepLabel.text()
    with Vault.open(v.path, passphrase=NEW, store=store) as restored:
        assert restored.counts()["carriers"] == 3


def test_restore_dialog_closed_after_opening_leaves_nothing(qtbot, setup) -> None:
    v, store, _code, media = setup
    result = _made(v, store, media)
    v.close()
    before = sorted(p.name for p in v.path.parent.iterdir())
    d = RestoreDialog(v.path, store, file=str(result.path))
    qtbot.addWidget(d)
    d.show()
    d.ui.secretEdit.setText(PASSPHRASE)
    d.ui.checkButton.click()
    qtbot.waitUntil(lambda: d.ui.pages.currentIndex() == 1, timeout=20000)
    assert sorted(p.name for p in v.path.parent.iterdir()) != before  # the unpacked copy
    d.close()
    assert sorted(p.name for p in v.path.parent.iterdir()) == before


def test_passphrase_change_dialog(qtbot, setup) -> None:
    v, store, _code, _media = setup
    d = PassphraseChangeDialog(v, store=store)
    qtbot.addWidget(d)
    ok = d.ui.buttons.button(d.ui.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    d.ui.oldEdit.setText(PASSPHRASE)
    d.ui.newEdit.setText("short")
    assert "口令太短" in d.ui.problemsLabel.text() and not ok.isEnabled()
    d.ui.newEdit.setText(NEW)
    d.ui.repeatEdit.setText(NEW + "x")
    assert "不一致" in d.ui.problemsLabel.text()
    d.ui.repeatEdit.setText(NEW)
    assert ok.isEnabled()
    d.ui.oldEdit.setText("wrong-old")
    ok.click()
    assert "原口令不正确" in d.ui.error.text() and d.ui.oldEdit.text() == ""
    d.ui.oldEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(d.accepted, timeout=5000):
        ok.click()
    assert d.ui.newEdit.text() == ""
    assert _actions(v)[-1] == "passphrase_changed"
    v.close()
    with pytest.raises(WrongSecret):
        Vault.open(v.path, passphrase=PASSPHRASE, store=store)
    Vault.open(v.path, passphrase=NEW, store=store).close()


def test_recovery_renewal_dialog(qtbot, setup) -> None:
    v, store, old_code, _media = setup
    d = RecoveryRenewalDialog(v, store=store)
    qtbot.addWidget(d)
    d.show()
    d.ui.passphraseEdit.setText("wrong")
    d.ui.renewButton.click()
    assert "口令不正确" in d.ui.error.text() and not d.renewed
    d.ui.passphraseEdit.setText(PASSPHRASE)
    d.ui.renewButton.click()
    assert d.renewed and d.ui.pages.currentIndex() == 1
    code = d.ui.codeLabel.text()
    assert code != old_code and not d.close_button.isEnabled()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert d.isVisible(), "Escape must not hide an unconfirmed new code"
    d.ui.lastGroupEdit.setText("XXXXX")
    assert not d.close_button.isEnabled()
    d.ui.lastGroupEdit.setText(code[-5:].lower())
    assert d.close_button.isEnabled()
    d.close_button.click()
    assert not d.isVisible() and d.ui.codeLabel.text() == ""
    v.close()
    with pytest.raises(WrongSecret):
        Vault.open(v.path, recovery_code=old_code, store=machine())
    Vault.open(v.path, recovery_code=code, store=machine()).close()
