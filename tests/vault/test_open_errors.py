"""Every way opening can fail raises its named error and changes nothing on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from miji_desk.core.registration import register_incoming
from miji_desk.vault import connection
from miji_desk.vault.errors import Damaged, NotAVault, TooNew, WrongSecret
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE, folder_state, incoming, machine, new_vault


@pytest.fixture
def closed_vault(vault_path: Path, store, clock) -> tuple[Path, str]:
    v, code = new_vault(vault_path, store, clock)
    register_incoming(v, incoming())
    v.close()
    return vault_path, code


def _refused(folder: Path, error, action, *args, **kwargs) -> None:
    """The action raises its named error and leaves every file in the folder as it was."""
    before = folder_state(folder)
    with pytest.raises(error):
        action(*args, **kwargs)
    assert folder_state(folder) == before, "opening changed or created a file"


def test_right_passphrase_opens(closed_vault, store):
    path, _ = closed_vault
    with Vault.open(path, passphrase=PASSPHRASE, store=store) as v:
        assert v.counts()["carriers"] == 3


def test_wrong_passphrase(closed_vault, store):
    path, _ = closed_vault
    _refused(path.parent, WrongSecret, Vault.open, path, passphrase=PASSPHRASE + "x", store=store)


def test_other_machines_secret(closed_vault):
    path, _ = closed_vault
    other_pc = machine()  # another credential store: no secret for this vault
    _refused(path.parent, WrongSecret, Vault.open, path, passphrase=PASSPHRASE, store=other_pc)


def test_copied_vault_opens_elsewhere_with_recovery_code(closed_vault):
    path, code = closed_vault
    with Vault.open(path, recovery_code=code, store=machine()) as v:
        assert v.counts()["carriers"] == 3


def test_wrong_recovery_code(closed_vault, store):
    path, _code = closed_vault
    from miji_desk.vault.recovery import new_recovery_code

    _refused(path.parent, WrongSecret,
             Vault.open, path, recovery_code=new_recovery_code(), store=store)


def test_missing_file(tmp_path: Path, store):
    empty = tmp_path / "empty"
    empty.mkdir()
    _refused(empty, NotAVault,
             Vault.open, empty / "nothing.mjdb", passphrase=PASSPHRASE, store=store)
    assert list(empty.iterdir()) == []


def test_empty_file(closed_vault, store):
    path, _ = closed_vault
    path.write_bytes(b"")
    _refused(path.parent, NotAVault, Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_not_ours(closed_vault, store):
    path, _ = closed_vault
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    _refused(path.parent, NotAVault,
             Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_truncated_file(closed_vault, store):
    path, _ = closed_vault
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(path.parent, Damaged, Vault.open, path, passphrase=PASSPHRASE, store=store)


@pytest.mark.parametrize("where", [100, 5000, -200])
def test_flipped_byte(closed_vault, store, where: int):
    path, _ = closed_vault
    data = bytearray(path.read_bytes())
    data[where] ^= 0x40
    path.write_bytes(bytes(data))
    _refused(path.parent, Damaged, Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_missing_key_file(closed_vault, store):
    path, _ = closed_vault
    key_path(path).unlink()
    _refused(path.parent, (NotAVault, Damaged),
             Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_too_new_schema(closed_vault, store):
    path, _ = closed_vault
    with Vault.open(path, passphrase=PASSPHRASE, store=store) as v:
        v.conn.execute("PRAGMA user_version = 99")
    _refused(path.parent, TooNew, Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_damaged_when_first_read_raises_memory_error(closed_vault, store, monkeypatch):
    path, _ = closed_vault
    real = connection._keyed

    def keyed_then_fail(conn, key):
        real(conn, key)
        raise MemoryError

    monkeypatch.setattr(connection, "_keyed", keyed_then_fail)
    _refused(path.parent, Damaged, Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_create_refuses_to_overwrite(closed_vault, store):
    path, _ = closed_vault
    from miji_desk.core.errors import EnvironmentProblem

    _refused(path.parent, EnvironmentProblem, new_vault, path,
                                                        store)


def _pdf_bytes(tmp_path: Path) -> bytes:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "register.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 720, "carrier register")
    c.showPage()
    c.save()
    return pdf.read_bytes()


def _plain_sqlite_bytes(tmp_path: Path) -> bytes:
    import sqlite3

    plain = tmp_path / "plain.db"
    db = sqlite3.connect(plain)
    db.execute("CREATE TABLE carrier(id INTEGER PRIMARY KEY, title TEXT)")
    db.executemany("INSERT INTO carrier(title) VALUES (?)", [(f"标题{i}",) for i in range(500)])
    db.commit()
    db.close()
    return plain.read_bytes()


@pytest.mark.parametrize(("make", "named"), [(_pdf_bytes, "PDF"),
                                             (_plain_sqlite_bytes, "SQLite")])
def test_a_foreign_file_at_the_vault_path_is_not_a_vault_not_damage(
        closed_vault, store, tmp_path, make, named):
    path, _ = closed_vault
    path.write_bytes(make(tmp_path))
    before = folder_state(path.parent)
    with pytest.raises(NotAVault) as caught:
        Vault.open(path, passphrase=PASSPHRASE, store=store)
    assert not isinstance(caught.value, Damaged)
    assert named in caught.value.message and "已损坏" not in caught.value.message
    assert folder_state(path.parent) == before


def test_an_unencrypted_file_of_no_known_kind_is_not_a_vault(closed_vault, store):
    path, _ = closed_vault
    path.write_bytes(("台账 ledger,登记,carrier\n" * 2000).encode())
    _refused(path.parent, NotAVault, Vault.open, path, passphrase=PASSPHRASE, store=store)


@pytest.mark.parametrize("page", [1, 2, 3])
def test_a_damaged_or_zeroed_page_of_a_real_vault_is_still_damage(closed_vault, store, page):
    from tests.vault.damage import PAGE

    path, _ = closed_vault
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE:page * PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))
    _refused(path.parent, Damaged, Vault.open, path, passphrase=PASSPHRASE, store=store)


def test_a_damaged_passphrase_slot_in_the_key_file_is_damage_not_a_wrong_passphrase(
        closed_vault, store):
    import base64
    import json

    path, code = closed_vault
    doc = json.loads(key_path(path).read_bytes())
    slot = doc["slots"]["passphrase"]
    raw = bytearray(base64.b64decode(slot["ciphertext"]))
    raw[5] ^= 0x10  # one flipped bit on disk; the JSON still parses
    slot["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    key_path(path).write_text(json.dumps(doc, indent=2))
    before = folder_state(path.parent)
    with pytest.raises(Damaged) as caught:
        Vault.open(path, passphrase=PASSPHRASE, store=store)
    assert not isinstance(caught.value, WrongSecret)
    assert "密钥文件已损坏" in caught.value.message and "恢复码" in caught.value.message
    assert folder_state(path.parent) == before
    with Vault.open(path, recovery_code=code, store=store) as v:
        assert v.counts()["carriers"] == 3
