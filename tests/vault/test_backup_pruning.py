"""Pruning old generations trusts only backups that verify with the vault's key (issue 10).

Two attacks on the old header-trusting pruning: a bit-rotted newer backup counted as a
generation (so the good older one was deleted), and forged backups dated 2099, made without the
key, pushed every genuine backup out.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import replace
from pathlib import Path

import pytest

from miji_desk.vault.backup import verify_backup
from miji_desk.vault.backup_format import build_header, manifest_name, read_header
from miji_desk.vault.keyslots import KeyFile
from miji_desk.vault.recovery import new_recovery_code
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, TEST_KDF, file_digest
from tests.vault.test_backup import fill, make


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    return folder


@pytest.fixture
def filled(vault: Vault) -> Vault:
    fill(vault, n=2)
    return vault


def _rot(path: Path) -> None:
    """Flip one bit in the middle of the database part, as a failing medium would."""
    with open(path, "rb") as f:
        offset = read_header(f, path.stat().st_size).db_offset
    data = bytearray(path.read_bytes())
    at = offset + (len(data) - offset) // 2
    data[at] ^= 0x10
    path.write_bytes(bytes(data))


def _forge(genuine: Path, folder: Path, n: int) -> Path:
    """A backup claiming this vault and the year 2099, made without the key: the public header
    copied, keys and seal from a random data key, the database part copied byte for byte."""
    with open(genuine, "rb") as f:
        header = read_header(f, genuine.stat().st_size)
        f.seek(header.db_offset)
        db = f.read()
    fake_key = secrets.token_bytes(32)
    public = replace(header.public, created_at=f"2099-01-01T00:00:0{n}+08:00")
    keys = KeyFile.build(fake_key, "Forged-口令-2099-xyz", new_recovery_code(), None,
                         header.vault_id, TEST_KDF)
    path = folder / f"miji-backup-20990101-00000{n}.mjbk"
    path.write_bytes(build_header(public, keys, fake_key) + db)
    return path


@pytest.mark.parametrize("generations", [1, 2])
def test_bit_rotted_newer_backup_does_not_push_out_the_good_older_one(
        filled: Vault, media: Path, store, clock, generations: int) -> None:
    older = make(filled, media, store, generations=5)
    clock.advance(hours=1)
    rotten = make(filled, media, store, generations=5)
    _rot(rotten.path)
    rotten_digest = file_digest(rotten.path)
    clock.advance(hours=1)

    newest = make(filled, media, store, generations=generations)

    assert older.path.exists() and older.manifest_path.exists(), "the good older one was pruned"
    assert verify_backup(older.path, PASSPHRASE).manifest.audit_seq == older.manifest.audit_seq
    assert file_digest(rotten.path) == rotten_digest, "an unverifiable file must be left alone"
    assert newest.unverifiable == [rotten.path]
    assert any(rotten.path.name in w for w in newest.warnings)
    assert older.path not in newest.pruned and rotten.path not in newest.pruned


def test_forged_2099_backups_delete_nothing_genuine(filled: Vault, media: Path, store,
                                                    clock) -> None:
    genuine = []
    for _ in range(3):
        genuine.append(make(filled, media, store, generations=10))
        clock.advance(hours=1)
    forged = [_forge(genuine[0].path, media, n) for n in range(1, 5)]
    forged_digests = {p: file_digest(p) for p in forged}

    newest = make(filled, media, store, generations=4)

    for g in genuine:
        assert g.path.exists() and g.manifest_path.exists(), f"genuine {g.path.name} deleted"
    assert {p: file_digest(p) for p in forged} == forged_digests
    assert sorted(newest.unverifiable) == sorted(forged)
    assert newest.pruned == []
    recorded = filled.conn.execute(
        "SELECT detail FROM audit_event WHERE action = 'backup_created' "
        "ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert all(p.name in recorded for p in forged), "the audit event names the forged files"


def test_pruning_still_removes_verified_old_generations(filled: Vault, media: Path, store,
                                                        clock) -> None:
    made = []
    for _ in range(4):
        made.append(make(filled, media, store, generations=2))
        clock.advance(hours=1)
    left = sorted(p.name for p in media.iterdir())
    assert left == sorted(n for r in made[-2:] for n in (r.path.name,
                                                          manifest_name(r.path.name)))
    assert all(not r.unverifiable for r in made)
    assert os.path.exists(made[-1].path)
