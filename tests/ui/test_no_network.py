"""The product opens no socket, ever: a whole session with every socket creation refused."""

from __future__ import annotations

import socket

import pytest

from miji_desk.vault.backup import create_backup
from tests.factories import PASSPHRASE
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401

opened: list[tuple[object, ...]] = []


class _NoSocket(socket.socket):
    def __init__(self, *args: object, **kwargs: object) -> None:
        opened.append(args)
        raise AssertionError(f"the app tried to open a socket: {args}")


@pytest.fixture(autouse=True)
def no_sockets(monkeypatch):
    opened.clear()
    monkeypatch.setattr(socket, "socket", _NoSocket)
    for name in ("create_connection", "socketpair", "getaddrinfo", "fromfd"):
        monkeypatch.setattr(socket, name, lambda *a, **k: _NoSocket(*a))
    yield
    assert opened == []


def test_a_whole_session_opens_no_socket(qtbot, controller, tmp_path):  # noqa: F811
    shown: list[str] = []
    controller.printing.preview = lambda pdf, title, parent, **kw: shown.append(title)
    unlock(controller)
    w = controller.window
    w.search.setText("保密")
    w.apply_filter()
    w.table.selectRow(0)
    w.open_scanned(w.model.carrier_at(0).barcode)
    controller.printing.print_register("incoming")
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)  # rendered on a worker thread
    controller.check_network()
    medium = tmp_path / "usb"
    medium.mkdir()
    create_backup(w.vault, medium, passphrase=PASSPHRASE, store=controller.store)
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
    w.lock()
    unlock(controller)
    assert len(shown) >= 1 and not w.is_locked
