"""Backups in parts, for media whose filesystem limits the file size (FAT32: 4 GiB - 1).

A backup that does not fit in one file of the medium is written as ``miji-backup-….mjbk`` (the
header and the first bytes), then ``miji-backup-….mjbk.002``, ``.003`` …; the parts read in
order are byte for byte the one-file backup, so the header, the hashes in the manifest and every
check are those of one backup. ``open_backup`` reads a backup whether it is one file or parts;
a missing part shows as a truncated backup.

``medium_limits`` looks up the free space and the largest file of the target's filesystem
(``os.statvfs``; the filesystem type from ``/proc/mounts`` on Linux: vfat/msdos allow 4 GiB - 1).
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

FAT_MAX_FILE = (4 << 30) - 1
_FAT_TYPES = ("vfat", "msdos", "fat", "umsdos")


def part_name(name: str, index: int) -> str:
    """Part ``index`` (1-based) of backup ``name``: the first keeps the name."""
    return name if index == 1 else f"{name}.{index:03d}"


def part_paths(path: Path) -> list[Path]:
    """The parts of the backup at ``path`` that exist, in order (just ``path`` if unsplit)."""
    found = [path]
    index = 2
    while (nxt := path.with_name(part_name(path.name, index))).is_file():
        found.append(nxt)
        index += 1
    return found


class PartsReader(io.RawIOBase):
    """The parts of one backup read as one file (read, readinto, seek, tell)."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self._files = []
        try:
            for p in paths:
                self._files.append(open(p, "rb", buffering=0))  # noqa: SIM115 - closed in close
        except BaseException:
            for f in self._files:
                f.close()
            raise
        self._sizes = [os.fstat(f.fileno()).st_size for f in self._files]
        self.size = sum(self._sizes)
        self._pos = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        start = 0
        for f, size in zip(self._files, self._sizes, strict=True):
            if self._pos < start + size:
                f.seek(self._pos - start)
                n = f.readinto(view[: min(len(view), start + size - self._pos)]) or 0
                self._pos += n
                return n
            start += size
        return 0

    def close(self) -> None:
        for f in self._files:
            f.close()
        super().close()


def open_backup(path: Path) -> PartsReader:
    """The backup at ``path`` with all its parts (``OSError`` as ``open`` raises it)."""
    return PartsReader(part_paths(Path(path)))


@dataclass(frozen=True)
class MediumLimits:
    free: int | None  # bytes free for this user; None when unknown
    max_file: int | None  # largest file the filesystem takes; None when unlimited or unknown
    fs_type: str = ""


def _fs_type(folder: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = str(folder.resolve())
    best, kind = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind


def medium_limits(folder: Path) -> MediumLimits:
    free: int | None = None
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            st = statvfs(folder)
            free = st.f_bavail * st.f_frsize
        except OSError:
            free = None
    kind = _fs_type(folder)
    return MediumLimits(free, FAT_MAX_FILE if kind in _FAT_TYPES else None, kind)
