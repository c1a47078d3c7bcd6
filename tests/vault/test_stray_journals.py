"""A ``-journal``/``-wal``/``-shm`` beside the vault that is not its own is kept aside (renamed,
never deleted, never played back) and named; the vault's own hot journal is still played back
after a crash (issue 10)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, file_digest, folder_state, new_vault
from tests.vault.damage import hot_journal


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@pytest.fixture
def closed(vault_path: Path, store) -> Path:
    v, _ = new_vault(vault_path, store)
    v.close()
    return vault_path


@pytest.mark.parametrize(("suffix", "content"), [
    ("-journal", os.urandom(5000)),
    ("-journal", b""),
    ("-journal", bytes.fromhex("d9d505f920a163d7") + os.urandom(600)),  # a header, no records
    ("-wal", os.urandom(5000)),
    ("-shm", os.urandom(32768)),
])
def test_a_stray_file_is_renamed_kept_and_named(closed, store, suffix, content):
    stray = _companion(closed, suffix)
    stray.write_bytes(content)
    vault_digest = file_digest(closed)
    with Vault.open(closed, passphrase=PASSPHRASE, store=store) as v:
        [moved] = v.set_aside
        assert v.verify().ok
    assert not stray.exists()
    assert moved.parent == closed.parent and moved.name.startswith(stray.name + ".stray-")
    assert moved.read_bytes() == content  # kept, byte for byte
    assert file_digest(closed) == vault_digest


def test_another_vaults_hot_journal_is_not_played_back(closed, store, tmp_path):
    other_path = tmp_path / "other" / "ledger.mjdb"
    other_path.parent.mkdir()
    other, _ = new_vault(other_path, store)
    _db, journal = hot_journal(other_path, other.conn)
    other.close()
    _companion(closed, "-journal").write_bytes(journal)  # a copy tool brought it along
    vault_digest = file_digest(closed)
    with Vault.open(closed, passphrase=PASSPHRASE, store=store) as v:
        assert len(v.set_aside) == 1
        assert v.verify().ok  # not overwritten with the other vault's pages
    assert file_digest(closed) == vault_digest


def test_the_vaults_own_hot_journal_is_still_played_back(closed, store):
    with Vault.open(closed, passphrase=PASSPHRASE, store=store) as v:
        before = v.counts()
        db, journal = hot_journal(closed, v.conn)
    closed.write_bytes(db)  # the crash: half-written pages in the file, the journal beside it
    _companion(closed, "-journal").write_bytes(journal)
    with Vault.open(closed, passphrase=PASSPHRASE, store=store) as v:
        assert v.set_aside == []
        assert v.verify().ok and v.counts() == before
        assert v.conn.execute("SELECT count(*) FROM meta WHERE key LIKE 'crash%'"
                              ).fetchone()[0] == 0
    assert not _companion(closed, "-journal").exists()


def test_a_wrong_passphrase_moves_nothing(closed, store):
    _companion(closed, "-wal").write_bytes(b"stray")
    before = folder_state(closed.parent)
    with pytest.raises(WrongSecret):
        Vault.open(closed, passphrase="not " + PASSPHRASE, store=store)
    assert folder_state(closed.parent) == before


def test_a_second_stray_never_replaces_the_first(closed, store, clock):
    for content in (b"first", b"second"):
        _companion(closed, "-wal").write_bytes(content)
        Vault.open(closed, passphrase=PASSPHRASE, store=store, clock=clock).close()
    kept = sorted(p.read_bytes() for p in closed.parent.glob("*.stray-*"))
    assert kept == [b"first", b"second"]
