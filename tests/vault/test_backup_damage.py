"""Truncated, bit-flipped, wrong-secret and manifest-mismatch backups: each refused, named.

``verify_backup`` never changes the file it checks and leaves no temporary file behind.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import RuleViolation
from miji_desk.core.registration import register_incoming
from miji_desk.vault import backup_format
from miji_desk.vault.backup import verify_backup
from miji_desk.vault.backup_format import MAGIC, PREFIX, build_header, read_header
from miji_desk.vault.errors import (
    BackupDamaged,
    BackupMismatch,
    BackupTruncated,
    NotABackup,
    TooNew,
    WrongSecret,
)
from miji_desk.vault.recovery import new_recovery_code
from tests.factories import NOW, PASSPHRASE, folder_state, incoming, machine, new_vault
from tests.vault.test_backup import fill, make


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """Two backups of one vault (an older and a newer one), made once for the module."""
    root = tmp_path_factory.mktemp("damage")
    (root / "vault").mkdir()
    (root / "media").mkdir()
    store = machine()
    clock = FixedClock(NOW)
    v, code = new_vault(root / "vault" / "ledger.mjdb", store, clock)
    fill(v)
    older = make(v, root / "media", store)
    clock.advance(hours=1)
    register_incoming(v, incoming(title="后来登记的文件", copy_numbers="7"))
    newer = make(v, root / "media", store)
    v.close()
    return older, newer, code


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.fixture
def copy(made, tmp_path: Path):
    """A private copy of the newer backup and its manifest, to damage."""
    _older, newer, _code = made
    folder = tmp_path / "copy"
    folder.mkdir()
    shutil.copy2(newer.path, folder / newer.path.name)
    shutil.copy2(newer.manifest_path, folder / newer.manifest_path.name)
    return folder / newer.path.name


def _refused(path: Path, error: type[Exception], work: Path, *, match: str | None = None,
             **secret: str) -> None:
    before = folder_state(path.parent)
    secret = secret or {"passphrase": PASSPHRASE}
    with pytest.raises(error, match=match):
        verify_backup(path, workdir=work, **secret)
    assert folder_state(path.parent) == before, "verify changed or created a file"
    assert list(work.iterdir()) == [], "a temporary file was left"


def test_good_backup_verifies_and_leaves_nothing(copy: Path, work: Path) -> None:
    before = folder_state(copy.parent)
    report = verify_backup(copy, PASSPHRASE, workdir=work)
    assert report.sidecar == "ok" and report.audit.ok
    assert folder_state(copy.parent) == before
    assert list(work.iterdir()) == []


# -- truncated ------------------------------------------------------------------------------------


def _cut_points(path: Path) -> list[int]:
    with open(path, "rb") as f:
        header = read_header(f, path.stat().st_size)
    size = path.stat().st_size
    return [0, 5, len(MAGIC), 20, PREFIX.size, PREFIX.size + 100, header.db_offset,
            header.db_offset + 4096, size // 2, size - 1]


@pytest.mark.parametrize("where", range(10))
def test_truncated(copy: Path, work: Path, where: int) -> None:
    cut = _cut_points(copy)[where]
    data = copy.read_bytes()[:cut]
    copy.write_bytes(data)
    copy.with_name(backup_format.manifest_name(copy.name)).unlink()
    _refused(copy, BackupTruncated, work, match="不完整")


def test_half_written_partial_file_is_truncated(made, tmp_path: Path, work: Path) -> None:
    _older, newer, _code = made
    partial = tmp_path / (newer.path.name + ".partial")
    partial.write_bytes(newer.path.read_bytes()[: newer.size * 2 // 3])
    _refused(partial, BackupTruncated, work)


# -- bit flips ------------------------------------------------------------------------------------


def _flip_points(path: Path) -> dict[str, int]:
    with open(path, "rb") as f:
        header = read_header(f, path.stat().st_size)
    raw = header.raw
    at = {
        "version": 11,
        "header-length": 14,
        "header-sha": 20,
        "header-json": PREFIX.size + 2,
        "passphrase-slot": raw.index(b'"ciphertext"') + 20,
        "sealed-manifest": raw.rindex(b'"ciphertext"') + 30,
        "public-counts": raw.index(b'"totals"') + 14,
        "db-first-page": header.db_offset + 100,
        "db-middle": header.db_offset + (path.stat().st_size - header.db_offset) // 2,
        "db-last-byte": path.stat().st_size - 1,
    }
    return at


@pytest.mark.parametrize("where", ["version", "header-length", "header-sha", "header-json",
                                   "passphrase-slot", "sealed-manifest", "public-counts",
                                   "db-first-page", "db-middle", "db-last-byte"])
def test_bit_flipped(copy: Path, work: Path, where: str) -> None:
    offset = _flip_points(copy)[where]
    data = bytearray(copy.read_bytes())
    data[offset] ^= 0x01
    copy.write_bytes(bytes(data))
    _refused(copy, BackupDamaged, work, match="损坏|不完整|异常")


@pytest.mark.parametrize("where", [0, 3, 7])
def test_flip_in_magic_is_not_a_backup(copy: Path, work: Path, where: int) -> None:
    data = bytearray(copy.read_bytes())
    data[where] ^= 0x20
    copy.write_bytes(bytes(data))
    _refused(copy, NotABackup, work)


def test_not_a_backup_at_all(tmp_path: Path, work: Path) -> None:
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "ledger.mjdb").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    _refused(folder / "ledger.mjdb", NotABackup, work)
    _refused(folder / "missing.mjbk", NotABackup, work, match="找不到")


def test_newer_format_version(copy: Path, work: Path) -> None:
    data = bytearray(copy.read_bytes())
    data[8:12] = (2).to_bytes(4, "big")
    copy.write_bytes(bytes(data))
    _refused(copy, TooNew, work, match="更新版本")


# -- wrong secret ---------------------------------------------------------------------------------


def test_wrong_passphrase(copy: Path, work: Path) -> None:
    _refused(copy, WrongSecret, work, match="口令不正确", passphrase=PASSPHRASE + "!")


def test_wrong_recovery_code(copy: Path, work: Path) -> None:
    _refused(copy, WrongSecret, work, match="恢复码不正确", recovery_code=new_recovery_code())


def test_mistyped_recovery_code_and_no_secret(copy: Path, work: Path) -> None:
    _refused(copy, RuleViolation, work, match="恢复码有误", recovery_code="ABC")
    with pytest.raises(RuleViolation):
        verify_backup(copy, workdir=work)


# -- manifest mismatch ----------------------------------------------------------------------------


def _rewrite(path: Path, **changes: object) -> None:
    """Forge a header with the data key (as a bug would): the content no longer matches."""
    with open(path, "rb") as f:
        header = read_header(f, path.stat().st_size)
        data_key = header.keys.unlock_passphrase(PASSPHRASE, None)
        manifest = header.unseal(data_key)
        f.seek(header.db_offset)
        db = f.read()
    from dataclasses import replace

    forged = replace(manifest, **changes)  # type: ignore[arg-type]
    path.write_bytes(build_header(forged, header.keys, data_key) + db)
    path.with_name(backup_format.manifest_name(path.name)).unlink()


def test_manifest_counts_disagree_with_content(copy: Path, work: Path) -> None:
    with open(copy, "rb") as f:
        m = read_header(f, copy.stat().st_size).public
    tables = {**json.loads(json.dumps(dict(m.totals))), "carrier": m.carriers + 1}
    _rewrite(copy, totals=tables)
    _refused(copy, BackupMismatch, work, match="与其清单不符")


def test_manifest_audit_head_disagrees_with_content(copy: Path, work: Path) -> None:
    with open(copy, "rb") as f:
        m = read_header(f, copy.stat().st_size).public
    _rewrite(copy, audit_seq=m.audit_seq - 1)
    _refused(copy, BackupMismatch, work, match="与其清单不符")


def test_older_database_under_newer_header_is_refused(made, copy: Path, work: Path) -> None:
    """Someone without the key swaps in an older backup's database and fixes the hash."""
    older, _newer, _code = made
    with open(older.path, "rb") as f:
        old = read_header(f, older.size)
        f.seek(old.db_offset)
        old_db = f.read()
    with open(copy, "rb") as f:
        new = read_header(f, copy.stat().st_size)
    import hashlib

    doc = json.loads(new.raw[PREFIX.size:])
    doc["public"]["db_size"] = len(old_db)
    doc["public"]["db_sha256"] = hashlib.sha256(old_db).hexdigest()
    raw = json.dumps(doc).encode("utf-8")
    prefix = PREFIX.pack(MAGIC, 1, len(raw), hashlib.sha256(raw).digest())
    copy.write_bytes(prefix + raw + old_db)
    copy.with_name(backup_format.manifest_name(copy.name)).unlink()
    _refused(copy, BackupDamaged, work, match="清单校验未通过")


def test_sidecar_of_another_backup(made, copy: Path, work: Path) -> None:
    older, _newer, _code = made
    shutil.copy2(older.manifest_path, copy.with_name(backup_format.manifest_name(copy.name)))
    _refused(copy, BackupMismatch, work, match="清单文件")


def test_edited_sidecar(copy: Path, work: Path) -> None:
    side = copy.with_name(backup_format.manifest_name(copy.name))
    doc = json.loads(side.read_text("utf-8"))
    doc["totals"]["carrier"] += 5
    side.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    _refused(copy, BackupMismatch, work, match="清单文件.*totals")


def test_missing_sidecar_is_fine(copy: Path, work: Path) -> None:
    copy.with_name(backup_format.manifest_name(copy.name)).unlink()
    assert verify_backup(copy, PASSPHRASE, workdir=work).sidecar == "missing"
