"""Restoring over the open vault asks its passphrase first, and a backup of another unit or
another vault is named plainly and needs an explicit Yes (issue 12)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from miji_desk.core.clock import FixedClock
from miji_desk.ui.backup.restore_dialog import CurrentPassphraseDialog, RestoreDialog
from miji_desk.vault.backup import create_backup
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, TEST_KDF, UNIT, file_digest, machine

from .custody_support import (
    AppController,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)

OTHER_UNIT = "另一单位机要室"
WRONG = "Wrong-Horse-电池-41"

Step = tuple[Callable[[], bool], Callable[[], None]]


def drive(steps: list[Step], timeout_s: float = 30) -> list[Step]:
    """Runs each step's action once its condition holds, while modal dialogs are open. A step
    that never comes closes whatever is modal (the test then fails instead of hanging)."""
    pending = list(steps)
    deadline = time.monotonic() + timeout_s

    def tick() -> None:
        if pending and pending[0][0]():
            pending.pop(0)[1]()
        if pending and time.monotonic() > deadline:
            stuck = QApplication.activeModalWidget()
            if stuck is not None:
                stuck.close()
            QTimer.singleShot(20, tick)
            return
        if pending:
            QTimer.singleShot(20, tick)

    QTimer.singleShot(0, tick)
    return pending


def modal(kind: type) -> Callable[[], bool]:
    return lambda: isinstance(QApplication.activeModalWidget(), kind)


def top() -> object:
    return QApplication.activeModalWidget()


@pytest.fixture
def other_backup(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "other"
    folder.mkdir()
    media = tmp_path / "media"
    media.mkdir()
    store = machine()
    v, _ = Vault.create(folder / "ledger.mjdb", passphrase=PASSPHRASE, unit_name=OTHER_UNIT,
                        clerk_name="李四", store=store, kdf=TEST_KDF, clock=FixedClock(NOW))
    try:
        made = create_backup(v, media, passphrase=PASSPHRASE, store=store)
        return made.path, v.vault_id
    finally:
        v.close()


@pytest.fixture
def warnings(monkeypatch) -> dict[str, list]:
    seen: dict[str, list] = {"texts": [], "answer": [QMessageBox.StandardButton.No]}
    # What the old code asked instead of the passphrase ("lock and continue?"): yes.
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)

    def warning(parent, title, text, buttons=None, default=None):
        seen["texts"].append((text, default))
        return seen["answer"][0]

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


def _enter(qtbot, edit) -> None:
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_backup_of_another_unit_is_named_and_replaces_nothing_without_yes(
        qtbot, app_controller: AppController, other_backup, warnings) -> None:
    c = app_controller
    here = c.window.vault
    assert here is not None
    here_id = here.vault_id
    before = file_digest(c.path)
    backup_file, other_id = other_backup
    seen: dict[str, str] = {}

    def wrong_passphrase() -> None:
        d = top()
        d.passphrase.setText(WRONG)
        _enter(qtbot, d.passphrase)

    def right_passphrase() -> None:
        d = top()
        seen["wrong"] = d.error.text()
        assert c.window.vault is not None  # a wrong passphrase locks nothing
        d.passphrase.setText(PASSPHRASE)
        _enter(qtbot, d.passphrase)

    def open_backup() -> None:
        d = top()
        d.ui.fileEdit.setText(str(backup_file))
        d.ui.secretEdit.setText(PASSPHRASE)
        _enter(qtbot, d.ui.secretEdit)

    def confirm() -> None:
        d = top()
        seen["label"] = d.mismatch.text() if d.mismatch.isVisibleTo(d) else ""
        d.ui.confirmCheck.setChecked(True)
        _enter(qtbot, d.ui.newPassphraseEdit)

    def close() -> None:
        seen["step"] = top().ui.stepLabel.text()
        top().reject()

    left = drive([
        (modal(CurrentPassphraseDialog), wrong_passphrase),
        (lambda: "口令不正确" in top().error.text(), right_passphrase),  # type: ignore[union-attr]
        (modal(RestoreDialog), open_backup),
        (lambda: top().ui.pages.currentIndex() == 1, confirm),  # type: ignore[union-attr]
        (lambda: bool(warnings["texts"]), close),
    ])
    c.backup.restore()
    assert left == []
    assert "口令不正确" in seen["wrong"]
    for name in (UNIT, OTHER_UNIT, here_id, other_id):
        assert name in seen["label"]
    (text, default), = warnings["texts"]
    for name in (UNIT, OTHER_UNIT, here_id, other_id):
        assert name in text
    assert default == QMessageBox.StandardButton.No
    assert file_digest(c.path) == before  # the vault was not replaced
    with Vault.open(c.path, passphrase=PASSPHRASE, store=c.store) as v:
        assert v.unit_name == UNIT and v.vault_id == here_id


def test_cancelling_the_passphrase_leaves_the_vault_open(
        qtbot, app_controller: AppController, warnings) -> None:
    c = app_controller
    left = drive([(modal(CurrentPassphraseDialog), lambda: top().reject())], timeout_s=5)
    c.backup.restore()
    assert left == [] and c.window.vault is not None and not c.window.is_locked
