"""Backups in parts for media with a file-size limit (FAT32), and a medium without room."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import EnvironmentProblem
from miji_desk.vault import backup_parts
from miji_desk.vault.backup import list_backups, restore, verify_backup
from miji_desk.vault.backup_format import read_header
from miji_desk.vault.errors import BackupTruncated
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, folder_state, machine
from tests.vault.test_backup import audit_actions, fill, make, rows_except_audit, table_rows
from tests.vault.test_backup_restore import _without_restore_event

PART = 1 << 16  # 64 KiB: a small vault in several parts


@pytest.fixture
def media(tmp_path: Path) -> Path:
    folder = tmp_path / "media"
    folder.mkdir()
    return folder


def test_split_backup_restores_bit_identically(vault: Vault, store, media: Path,
                                               tmp_path: Path) -> None:
    fill(vault)  # (few audit rows: table_rows orders them by repr)
    before = vault.path.read_bytes()  # the vault as the backup will see it
    rows = table_rows(vault.conn)
    result = make(vault, media, store, part_size=PART)

    parts = sorted(p for p in media.iterdir() if not p.name.endswith(".json"))
    assert len(parts) >= 2 and parts == result.parts
    assert parts[0] == result.path and parts[1].name == result.path.name + ".002"
    assert all(p.stat().st_size <= PART for p in parts)
    whole = b"".join(p.read_bytes() for p in parts)
    with open(result.path, "rb") as f:
        offset = read_header(f, len(whole)).db_offset
    assert whole[offset:] == before  # the parts hold the vault's bytes, in order
    side = json.loads(result.manifest_path.read_text("utf-8"))
    assert [p["file"] for p in side["parts"]] == [p.name for p in parts]
    assert side["size"] == len(whole) == result.size
    assert [p for p, _m in list_backups(media)] == [result.path]
    assert verify_backup(result.path, PASSPHRASE).sha256 == result.sha256

    vault.close()
    target = tmp_path / "pc2" / "ledger.mjdb"
    target.parent.mkdir()
    pc2 = machine()
    restore(result.path, target, store=pc2, passphrase=PASSPHRASE, clock=FixedClock(NOW))
    with Vault.open(target, passphrase=PASSPHRASE, store=pc2) as r:
        assert _without_restore_event(rows, r.conn) == rows  # every row of every table
        assert r.verify().ok


def test_a_missing_part_is_a_truncated_backup(vault: Vault, store, media: Path) -> None:
    fill(vault, n=20)
    result = make(vault, media, store, part_size=PART)
    result.parts[-1].unlink()
    with pytest.raises(BackupTruncated):
        verify_backup(result.path, PASSPHRASE)


def test_pruning_deletes_every_part(vault: Vault, store, media: Path, clock) -> None:
    fill(vault, n=20)
    first = make(vault, media, store, part_size=PART)
    clock.advance(hours=1)
    second = make(vault, media, store, part_size=PART, generations=1)
    assert not any(p.exists() for p in first.parts)
    assert all(p.exists() for p in second.parts)


def test_fat32_limit_is_found_and_used(vault: Vault, store, media: Path, monkeypatch) -> None:
    """A FAT32 stick: files over 4 GiB - 1 are refused by the filesystem; the backup splits."""
    seen: list[Path] = []

    def fat(folder: Path) -> backup_parts.MediumLimits:
        seen.append(folder)
        return backup_parts.MediumLimits(free=10 << 30, max_file=PART, fs_type="vfat")

    from miji_desk.vault.backup import creation

    monkeypatch.setattr(creation, "medium_limits", fat)
    fill(vault, n=20)
    result = make(vault, media, store)
    assert seen == [media] and len(result.parts) >= 3
    assert verify_backup(result.path, PASSPHRASE).sha256 == result.sha256


def test_fat_type_is_read_from_the_mount_table(tmp_path: Path, monkeypatch) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {tmp_path} vfat rw 0 0\n")
    real = Path.read_text
    monkeypatch.setattr(Path, "read_text", lambda self, *a, **k: real(
        mounts if str(self) == "/proc/mounts" else self, *a, **k))
    limits = backup_parts.medium_limits(tmp_path)
    assert limits.fs_type == "vfat" and limits.max_file == (4 << 30) - 1


def test_medium_without_room_is_refused_and_nothing_changes(vault: Vault, store, media: Path,
                                                            monkeypatch) -> None:
    from miji_desk.vault.backup import creation

    fill(vault)
    good = make(vault, media, store)
    media_before = folder_state(media)
    rows_before = rows_except_audit(vault.conn)
    seq = vault.audit_head().seq
    monkeypatch.setattr(creation, "medium_limits",
                        lambda _f: backup_parts.MediumLimits(free=4096, max_file=None))
    with pytest.raises(EnvironmentProblem, match=r"空间不足.*容量更大的专用备份介质"):
        make(vault, media, store)
    assert folder_state(media) == media_before
    assert rows_except_audit(vault.conn) == rows_before
    assert audit_actions(vault.conn, seq) == ["backup_failed"]
    assert verify_backup(good.path, PASSPHRASE).sha256 == good.sha256
    assert os.path.exists(good.path)
