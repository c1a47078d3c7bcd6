"""A medium (or local disk) that fails at each step of a backup.

For every step and error (EIO, ENOSPC, ENOENT as if the medium were pulled, EROFS): a clear
Chinese ``EnvironmentProblem``; the ledger tables unchanged (the one change is a single
``backup_failed`` audit event, by design: failures are audited); the last good backup
byte-identical and still verifying; no partial or temporary file left anywhere.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import EnvironmentProblem
from miji_desk.vault import connection
from miji_desk.vault.backup import creation, verify_backup
from miji_desk.vault.backup_format import manifest_name
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, file_digest, folder_state, machine, new_vault
from tests.fakes import InMemoryKeyring
from tests.vault.test_backup import audit_actions, fill, make, media, rows_except_audit

__all__ = ["media"]  # the fixture, imported for pytest

ERRORS = {"EIO": errno.EIO, "ENOSPC": errno.ENOSPC, "ENOENT": errno.ENOENT,
          "EROFS": errno.EROFS}


def _fail(code: int):
    def raiser(*_a: object, **_k: object) -> None:
        raise OSError(code, os.strerror(code))
    return raiser


def _fail_after_first_write(code: int):
    real = creation._write_all
    calls = {"n": 0}

    def writer(f, data) -> None:
        calls["n"] += 1
        if calls["n"] > 1:  # the header went out, then the medium failed mid-copy
            raise OSError(code, os.strerror(code))
        real(f, data)
    return writer


# step → how to break it (monkeypatch target in the backup module, replacement factory)
POINTS = {
    "snapshot": ("_snapshot", _fail),
    "verify": ("_verify_snapshot", _fail),
    "copy": ("_write_all", _fail_after_first_write),
    "fsync": ("_fsync", _fail),
    "readback": ("_read_back", _fail),
    "rename": ("_rename_no_replace", _fail),
    "fsync-dir": ("_fsync_dir", _fail),
    "manifest": ("_write_manifest", _fail),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, InMemoryKeyring, str]:
    """One filled vault with one good backup, made once; each test works on a copy."""
    root = tmp_path_factory.mktemp("template")
    (root / "vault").mkdir()
    (root / "media").mkdir()
    keyring = InMemoryKeyring()
    v, _code = new_vault(root / "vault" / "ledger.mjdb", machine(keyring), FixedClock(NOW))
    fill(v)
    good = make(v, root / "media", machine(keyring))
    v.close()
    return root, keyring, good.path.name


@pytest.fixture
def prepared(template, tmp_path: Path, media: Path, store, clock):
    root, keyring, name = template
    shutil.copytree(root / "vault", tmp_path / "vault", dirs_exist_ok=True)
    shutil.copytree(root / "media", media, dirs_exist_ok=True)
    store._backend.entries.update(keyring.entries)  # the same "PC"
    vault = Vault.open(tmp_path / "vault" / "ledger.mjdb", passphrase=PASSPHRASE, store=store,
                       clock=clock)
    good = SimpleNamespace(path=tmp_path / "media" / name,
                           sha256=file_digest(tmp_path / "media" / name))
    good.manifest_path = good.path.with_name(manifest_name(name))
    yield vault, good
    vault.close()


@pytest.mark.parametrize("err", sorted(ERRORS))
@pytest.mark.parametrize("point", list(POINTS))
def test_failure_at_each_step(prepared, media: Path, store, monkeypatch, point: str,
                              err: str) -> None:
    vault, good = prepared
    media_before = folder_state(media)
    rows_before = rows_except_audit(vault.conn)
    seq = vault.audit_head().seq
    name, factory = POINTS[point]
    monkeypatch.setattr(creation, name, factory(ERRORS[err]))

    with pytest.raises(EnvironmentProblem) as info:
        make(vault, media, store)
    message = info.value.message
    assert message.startswith("备份失败（")
    assert "台账没有改动" in message and "请处理后重试" in message
    monkeypatch.undo()

    assert folder_state(media) == media_before, "a partial file or the new backup was left"
    assert rows_except_audit(vault.conn) == rows_before
    assert audit_actions(vault.conn, seq) == ["backup_failed"]
    assert vault.verify().ok
    assert sorted(p.name for p in vault.path.parent.iterdir()) == ["ledger.mjdb",
                                                                    "ledger.mjdb.keys"]
    report = verify_backup(good.path, PASSPHRASE)
    assert report.sha256 == good.sha256
    # A later backup works again.
    assert make(vault, media, store).path.exists()


@pytest.mark.parametrize(("err", "words"), [
    ("ENOSPC", "空间已满"), ("EIO", "读写出错"), ("ENOENT", "介质可能已被拔出"),
    ("EROFS", "只读"),
])
def test_messages_say_what_happened(prepared, media: Path, store, monkeypatch, err: str,
                                    words: str) -> None:
    vault, _good = prepared
    monkeypatch.setattr(creation, "_write_all", _fail_after_first_write(ERRORS[err]))
    with pytest.raises(EnvironmentProblem, match=words) as info:
        make(vault, media, store)
    assert f"备份位置 {media}" in info.value.message
    assert "写入备份介质" in info.value.message


def test_local_disk_full_during_snapshot(prepared, media: Path, store, monkeypatch) -> None:
    vault, _good = prepared

    def full(*_a: object) -> None:
        raise connection.OperationalError("database or disk is full")

    monkeypatch.setattr(creation, "_snapshot", full)
    with pytest.raises(EnvironmentProblem, match=r"本机磁盘.*空间已满"):
        make(vault, media, store)


def test_read_back_that_differs_is_refused(prepared, media: Path, store, monkeypatch) -> None:
    """The medium returns different bytes than were written (a failing stick)."""
    vault, _good = prepared
    media_before = folder_state(media)
    real = creation._read_back

    def corrupting(path: Path, offset: int, run):
        data = bytearray(path.read_bytes())
        data[offset + 5000] ^= 0x01
        path.write_bytes(bytes(data))
        return real(path, offset, run)

    monkeypatch.setattr(creation, "_read_back", corrupting)
    with pytest.raises(EnvironmentProblem, match=r"回读校验.*读写出错"):
        make(vault, media, store)
    assert folder_state(media) == media_before


def test_partial_file_that_cannot_be_removed_is_named_partial(prepared, media: Path, store,
                                                              monkeypatch) -> None:
    """The medium was pulled: the partial file cannot be deleted; the message names it."""
    vault, good = prepared
    real_remove = creation._remove
    monkeypatch.setattr(creation, "_fsync", _fail(errno.EIO))
    monkeypatch.setattr(creation, "_remove",
                        lambda p: False if p.suffix == ".partial" else real_remove(p))
    with pytest.raises(EnvironmentProblem, match=r"留下了未完成的文件 miji-backup-.*\.partial"):
        make(vault, media, store)
    left = [p for p in media.iterdir() if p.name not in (good.path.name,
                                                         good.manifest_path.name)]
    assert [p.suffix for p in left] == [".partial"]
    monkeypatch.undo()
    # The next backup clears it away.
    make(vault, media, store)
    assert not any(p.suffix == ".partial" for p in media.iterdir())


def test_medium_pulled_mid_copy(prepared, media: Path, store, monkeypatch,
                                tmp_path: Path) -> None:
    """The folder disappears under the copy: ENOENT on the next write, nothing to clean."""
    vault, good = prepared
    parked = tmp_path / "parked"
    real = creation._write_all
    calls = {"n": 0}

    def pulled(f, data) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            media.rename(parked)
            raise OSError(errno.ENOENT, "No such file or directory")
        real(f, data)

    monkeypatch.setattr(creation, "_write_all", pulled)
    with pytest.raises(EnvironmentProblem, match="介质可能已被拔出"):
        make(vault, media, store)
    # The stick comes back: the partial file is plainly named; the good backup is intact.
    parked.rename(media)
    assert verify_backup(good.path, PASSPHRASE).sha256 == good.sha256
    assert all(p.suffix in (".mjbk", ".json", ".partial") for p in media.iterdir())


def test_vault_disk_failing_the_audit_row_still_reports_the_backup_problem(
        prepared, media: Path, store, monkeypatch) -> None:
    vault, _good = prepared
    monkeypatch.setattr(creation, "_fsync", _fail(errno.EIO))

    def no_audit(*_a: object, **_k: object) -> None:
        raise EnvironmentProblem("写入台账失败：磁盘已满")

    monkeypatch.setattr(vault, "transaction", no_audit)
    with pytest.raises(EnvironmentProblem, match="备份失败"):
        make(vault, media, store)


def test_damaged_live_vault_is_not_backed_up(prepared, media: Path, store) -> None:
    """A page of the vault itself is damaged: refused before anything reaches the medium."""
    from miji_desk.vault.errors import Damaged

    vault, _good = prepared
    path = vault.path
    vault.close()
    original = path.read_bytes()
    media_before = folder_state(media)
    for page in range(len(original) // 4096 - 1, 1, -1):  # a page that opening does not read
        data = bytearray(original)
        data[page * 4096 + 100] ^= 0xFF
        path.write_bytes(bytes(data))
        try:
            damaged = Vault.open(path, passphrase=PASSPHRASE, store=store, check=False)
            break
        except Damaged:
            continue
    else:
        pytest.fail("every page is read when opening")
    try:
        with pytest.raises(Damaged, match=r"无法备份|完整性检查未通过"):
            make(damaged, media, store)
    finally:
        damaged.close()
    assert folder_state(media) == media_before
    assert sorted(p.name for p in path.parent.iterdir()) == ["ledger.mjdb", "ledger.mjdb.keys"]
