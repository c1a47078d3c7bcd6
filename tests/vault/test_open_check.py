"""Unlocking checks as much as the clerk can wait for: ``Vault.open(check=...)``.

"full" (and True): both integrity checks; "quick": a probe of milliseconds; "auto": full up to
``FULL_CHECK_MAX_BYTES``, quick above; "none" (and False): neither. The full checks stay in
``verify`` and backups.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.registration import register_incoming
from miji_desk.vault import connection
from miji_desk.vault import vault as vault_module
from miji_desk.vault.errors import Damaged
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, folder_state, incoming, new_vault


@pytest.fixture
def closed_vault(vault_path: Path, store, clock) -> Path:
    v, _ = new_vault(vault_path, store, clock)
    for i in range(30):
        register_incoming(v, incoming(title=f"第{i}号通知", copy_numbers="1-3",
                                      notes="备注" * 200))
    v.close()
    return vault_path


@pytest.fixture
def calls(monkeypatch) -> list[str]:
    seen: list[str] = []
    full, quick = connection.integrity_problems, connection.quick_problems

    def counted_full(conn):
        seen.append("full")
        return full(conn)

    def counted_quick(conn, path):
        seen.append("quick")
        return quick(conn, path)

    monkeypatch.setattr(connection, "integrity_problems", counted_full)
    monkeypatch.setattr(connection, "quick_problems", counted_quick)
    return seen


@pytest.mark.parametrize(("check", "ran"), [
    (True, ["full"]), ("full", ["full"]), ("auto", ["full"]), ("quick", ["quick"]),
    (False, []), ("none", [])])
def test_each_mode_runs_its_checks(closed_vault, store, calls, check, ran):
    with Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check=check) as v:
        assert v.counts()["carriers"] == 90
    assert calls == ran


def test_auto_is_quick_for_a_large_vault(closed_vault, store, calls, monkeypatch):
    size = closed_vault.stat().st_size
    monkeypatch.setattr(vault_module, "FULL_CHECK_MAX_BYTES", size)
    Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="auto").close()
    monkeypatch.setattr(vault_module, "FULL_CHECK_MAX_BYTES", size - 1)
    Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="auto").close()
    assert calls == ["full", "quick"]


def test_an_unknown_mode_is_a_bug(closed_vault, store):
    before = folder_state(closed_vault.parent)
    with pytest.raises(ValueError):
        Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="fast")  # type: ignore[arg-type]
    assert folder_state(closed_vault.parent) == before


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_quick_refuses_a_truncated_file(closed_vault, store, keep):
    data = closed_vault.read_bytes()
    page = 4096
    closed_vault.write_bytes(data[: int(len(data) * keep) // page * page])
    before = folder_state(closed_vault.parent)
    with pytest.raises(Damaged):
        Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="quick")
    assert folder_state(closed_vault.parent) == before


def test_quick_reads_the_last_pages_of_every_table(closed_vault, store):
    """A flipped byte in the page the last registration wrote (the carrier table's right-most
    leaf) is found by the probe, not later by the clerk."""
    with Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="none") as v:
        pages = v.conn.execute("PRAGMA page_count").fetchone()[0]
    data = bytearray(closed_vault.read_bytes())
    found = 0
    for page in range(2, pages + 1):  # flip one byte of each page in turn: some are caught
        copy = bytearray(data)
        copy[(page - 1) * 4096 + 100] ^= 0x40
        closed_vault.write_bytes(bytes(copy))
        try:
            Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="quick").close()
        except Damaged:
            found += 1
    closed_vault.write_bytes(bytes(data))
    assert found >= 10  # the right-most path of each of the ~40 tables
    with Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="full") as v:
        assert v.verify().ok  # and the file, put back, is whole


def test_quick_on_a_healthy_vault_finds_nothing(closed_vault, store):
    with Vault.open(closed_vault, passphrase=PASSPHRASE, store=store, check="none") as v:
        assert connection.quick_problems(v.conn, closed_vault) == []
        assert connection.integrity_problems(v.conn) == []
