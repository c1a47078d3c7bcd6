"""The GUI and a damaged vault: damage is shown with the backup advice, and the window locks;
a damaged key slot is not counted as a wrong passphrase (issue 10)."""

from __future__ import annotations

import base64
import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from miji_desk.vault.errors import Damaged
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE
from tests.ui import test_main_window as main_window_tests
from tests.ui.test_main_window import unlock
from tests.vault.damage import damage_page, root_page

# The main window tests' fixtures: a small vault and a controller on it.
store, vault_file = main_window_tests.store, main_window_tests.vault_file
controller = main_window_tests.controller


def message(c) -> str:
    return c.unlock_page.findChild(QLabel, "messageLabel").text()


def test_a_damaged_key_slot_says_so_and_is_not_counted_as_a_wrong_passphrase(
        controller, vault_file):
    doc = json.loads(key_path(vault_file).read_bytes())
    slot = doc["slots"]["passphrase"]
    raw = bytearray(base64.b64decode(slot["ciphertext"]))
    raw[0] ^= 1
    slot["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    key_path(vault_file).write_text(json.dumps(doc))
    left = controller.limiter.attempts_left()
    for _ in range(left + 1):  # more tries than a lockout allows
        unlock(controller)
    assert controller.window.is_locked
    assert "密钥文件已损坏" in message(controller) and "恢复码" in message(controller)
    assert controller.limiter.attempts_left() == left
    assert controller.limiter.is_locked_out() is None


def test_damage_read_during_a_session_locks_with_the_backup_advice(controller, vault_file,
                                                                     store, qtbot):
    with Vault.open(vault_file, passphrase=PASSPHRASE, store=store) as v:
        history_root = root_page(v.conn, "carrier_event")
    damage_page(vault_file, history_root)
    # Unlocked before the damage was found (a big vault is only probed at unlock).
    vault = Vault.open(vault_file, passphrase=PASSPHRASE, store=store, check="none")
    w = controller.window
    w.attach(vault)
    carrier_id = w.model.carrier_at(0).id
    with pytest.raises(Damaged):
        w.show_carrier(carrier_id)  # the history lives on the damaged page
    controller._chain_excepthook()  # pytest-qt replaced the hook for the test call
    QTimer.singleShot(0, lambda: w.show_carrier(carrier_id))  # a slot: nobody to catch it
    qtbot.waitUntil(lambda: w.is_locked)
    assert w.vault is None and not vault.is_open
    assert "损坏" in message(controller) and "从备份恢复" in message(controller)
    assert w.model.rowCount() == 0


def test_the_search_box_takes_no_more_than_the_longest_searchable_text(controller):
    import time

    from miji_desk.core.ledger_query import MAX_SEARCH_CHARS

    unlock(controller)
    w = controller.window
    w.search.setText("密" * 1_000_000)  # a paste of a whole document
    assert len(w.search.text()) == MAX_SEARCH_CHARS
    started = time.monotonic()
    w.apply_filter()
    assert time.monotonic() - started < 2
    assert w.model.rowCount() == 0 and not w.is_locked


def test_a_stray_journal_set_aside_at_unlock_is_named_to_the_clerk(controller, vault_file):
    stray = vault_file.with_name(vault_file.name + "-wal")
    stray.write_bytes(b"left by another program")
    unlock(controller)
    w = controller.window
    assert not w.is_locked
    assert "已改名保留" in w.notice.text() and "ledger.mjdb-wal.stray-" in w.notice.text()
    assert not stray.exists()
