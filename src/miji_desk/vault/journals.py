"""Files SQLite would find beside the vault: kept aside when they are not this vault's.

SQLite treats a ``<vault>-journal`` it finds at open as a hot journal and plays it back into
the file, or deletes it if it cannot read it; a ``-wal``/``-shm`` it deletes when it closes.
The vault runs in DELETE journal mode and never makes a WAL, so a ``-wal``/``-shm`` is never
ours, and a journal is ours only if it is a rollback journal of this page size whose records
all carry their checksums -- what a crash of this vault leaves behind, and what opening must
play back. Anything else (copied in by a tool, left by another program, damaged) is renamed
beside the vault, never deleted and never played back, and the clerk is told its new name.
"""

from __future__ import annotations

import datetime as dt
import os
import struct
from pathlib import Path

from ..core.errors import EnvironmentProblem

JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
PAGE_SIZE = 4096  # SQLCipher 4's default, which the vault keeps
_HEADER = struct.Struct(">8sIIIII")  # magic, records, checksum nonce, pages before, sector, page
_NEVER_OURS = ("-wal", "-shm")


def is_own_journal(journal: Path, salt: bytes, page_size: int = PAGE_SIZE) -> bool:
    """A rollback journal that a crash of this vault could have left: play it back.

    ``salt``: the vault file's first 16 bytes (SQLCipher's salt, never rewritten). Every write
    journals page 1 first (its change counter), so a page-1 record with another salt is the
    journal of another vault: played back, it would overwrite pages with another key's.
    """
    try:
        with open(journal, "rb") as f:
            head = f.read(_HEADER.size)
            if len(head) < _HEADER.size:
                return False
            magic, records, nonce, _pages_before, sector, page = _HEADER.unpack(head)
            if magic != JOURNAL_MAGIC or page != page_size:
                return False
            if sector < 512 or sector > 65536 or sector & (sector - 1):
                return False
            size = os.fstat(f.fileno()).st_size
            record = 4 + page + 4
            if records == 0xFFFFFFFF:  # "count them from the file size"
                records = (size - sector) // record
            if sector + records * record > size:
                return False
            f.seek(sector)
            for _ in range(records):
                raw = f.read(record)
                pgno = int.from_bytes(raw[:4], "big")
                data = raw[4:4 + page]
                stored = int.from_bytes(raw[4 + page:], "big")
                # SQLite's own record checksum (pager_cksum): the nonce plus every 200th byte.
                total = nonce + sum(data[i] for i in range(page - 200, 0, -200))
                if pgno == 0 or stored != total & 0xFFFFFFFF:
                    return False
                if pgno == 1 and data[:len(salt)] != salt:
                    return False
    except OSError:
        return False
    return True


def set_aside(vault_path: Path, now: dt.datetime) -> list[Path]:
    """Rename every stray companion of the vault file; returns the new names."""
    moved: list[Path] = []
    try:
        with open(vault_path, "rb") as f:
            salt = f.read(16)
    except OSError:
        return moved  # opening names the problem with the vault file itself
    for suffix in ("-journal", *_NEVER_OURS):
        stray = vault_path.with_name(vault_path.name + suffix)
        if not stray.exists() and not stray.is_symlink():
            continue
        if suffix == "-journal" and is_own_journal(stray, salt):
            continue
        moved.append(_rename_aside(stray, now))
    return moved


def _rename_aside(stray: Path, now: dt.datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        target = stray.with_name(f"{stray.name}.stray-{stamp}" + (f"-{n}" if n else ""))
        if os.path.lexists(target):
            continue
        try:
            try:
                # link + unlink: unlike rename, never replaces a file that appeared meanwhile.
                os.link(stray, target, follow_symlinks=False)
            except FileExistsError:
                continue
            except OSError:  # a file system without hard links
                os.rename(stray, target)
                return target
            os.unlink(stray)
        except OSError as e:
            raise EnvironmentProblem(
                f"台账旁有一个不属于它的文件 {stray.name}，无法把它移到一旁（{e.strerror or e}）。"
                "为免它被当作台账的日志文件使用，台账没有打开；请检查文件夹的权限后重试。") from e
        return target
    raise EnvironmentProblem(f"无法为 {stray.name} 找到一个新文件名；台账没有打开。")
