"""File operations of backups: durable renames, removal, medium error words."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from pathlib import Path
from typing import BinaryIO

from ..restore_swap import fsync_dir, rename_no_replace

log = logging.getLogger(__name__)

# The same durable, never-replacing rename as the restore swap.
_fsync_dir = fsync_dir
_rename_no_replace = rename_no_replace


CHUNK = 4 << 20


_MEDIUM_ERRNO = {
    errno.ENOSPC: "空间已满",
    errno.EDQUOT: "空间已满（超出配额）",
    errno.EFBIG: "文件超过了允许的大小（介质的文件系统可能不支持大文件，如 FAT32）",
    errno.EIO: "读写出错（介质可能已损坏或被拔出）",
    errno.ENOENT: "找不到文件夹（介质可能已被拔出）",
    errno.ENODEV: "设备不存在（介质可能已被拔出）",
    errno.ENXIO: "设备不存在（介质可能已被拔出）",
    errno.EROFS: "介质是只读的（可能开启了写保护）",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.ENOTDIR: "所选位置不是文件夹",
}


def _drop_cache(fd: int) -> None:
    """Ask the OS to forget the file's cached pages so the read-back comes from the medium."""
    fadvise = getattr(os, "posix_fadvise", None)
    if fadvise is not None:
        with contextlib.suppress(OSError):
            fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def _remove(path: Path) -> bool:
    """Delete a file; True if it is known to be gone."""
    try:
        path.unlink()
    except FileNotFoundError:
        return path.parent.is_dir()  # a pulled medium: nobody knows what it still holds
    except OSError as e:
        log.warning("could not remove %s: %s", path, e)
        return False
    return True


def _remove_sqlite(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-journal")):
        _remove(p)


def _write_all(f: BinaryIO, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        n = f.write(view)
        if not n:
            raise OSError(errno.EIO, "short write")
        view = view[n:]


def _fsync(fd: int) -> None:
    os.fsync(fd)


def _read_exactly(f: BinaryIO, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = f.read(size - len(data))
        if not chunk:
            break
        data += chunk
    return bytes(data)


def _reason(error: OSError) -> str:
    return _MEDIUM_ERRNO.get(error.errno or 0, error.strerror or str(error))
