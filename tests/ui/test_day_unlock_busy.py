"""Unlocking shows it is busy while the vault opens off the UI thread, and keys typed meanwhile
are kept (issue 12). The product's key derivation takes about two seconds; here the opening is
held until the test lets it go, so "meanwhile" is certain."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from miji_desk.core.clock import FixedClock
from miji_desk.ui.shell import controller as controller_module
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from tests.factories import NOW, PASSPHRASE, machine, new_vault

WRONG = "Wrong-Horse-42-x"


@pytest.fixture
def held(monkeypatch) -> dict[str, object]:
    """The unlock waits for ``gate``; ``threads`` records where it ran."""
    gate = threading.Event()
    threads: list[bool] = []
    real = controller_module.unlock

    def slow_unlock(*a, **k):
        threads.append(threading.current_thread() is threading.main_thread())
        gate.wait(20)
        return real(*a, **k)

    monkeypatch.setattr(controller_module, "unlock", slow_unlock)
    return {"gate": gate, "threads": threads}


@pytest.fixture
def app(qtbot, tmp_path: Path):
    store = machine()
    path = tmp_path / "v" / "ledger.mjdb"
    path.parent.mkdir()
    v, _ = new_vault(path, store, FixedClock(NOW))
    v.close()
    c = AppController(path, Settings(tmp_path / "s.ini"), store, clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    c.window.show()
    yield c
    c.window.lock()
    c.instance_lock.release()


def _enter_secret(qtbot, c: AppController, secret: str) -> None:
    edit = c.unlock_page.ui.passphraseEdit
    edit.setText(secret)  # keyClicks cannot type Chinese
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_busy_while_opening_and_keys_typed_meanwhile_are_kept(qtbot, app, held) -> None:
    page = app.unlock_page
    _enter_secret(qtbot, app, WRONG)
    assert page.busy and page.busy_bar.isVisible() and "正在打开台账" in page.busy_label.text()
    QApplication.processEvents()  # the UI thread is free while the vault opens
    edit = page.ui.passphraseEdit
    assert edit.isEnabled()
    qtbot.keyClicks(edit, "abc")  # the clerk types on meanwhile
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # a second Enter is not a second attempt
    held["gate"].set()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert held["threads"] == [False]  # opened off the UI thread, once
    assert edit.text() == "abc"  # nothing typed meanwhile was lost
    assert "不正确" in page.ui.messageLabel.text()
    assert app.window.is_locked and not page.busy_bar.isVisible()


def test_the_right_passphrase_opens_the_ledger_after_the_busy_page(qtbot, app, held) -> None:
    _enter_secret(qtbot, app, PASSPHRASE)
    assert app.unlock_page.busy and app.window.is_locked
    held["gate"].set()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not app.window.is_locked, timeout=10000)
    assert not app.unlock_page.busy and app.window.stack.currentIndex() == 1
