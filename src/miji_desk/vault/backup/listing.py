"""Which backups a folder holds, and pruning old generations."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from ...core.errors import MijiError
from ..backup_format import (
    NAME_PREFIX,
    NAME_RE,
    PARTIAL_SUFFIX,
    SUFFIX,
    Manifest,
    manifest_name,
    read_header,
)
from .files import _fsync_dir, _remove


@dataclass(frozen=True)
class _Listed:
    path: Path
    created: dt.datetime
    counter: int


def list_backups(folder: Path | str, vault_id: str | None = None) -> list[tuple[Path, Manifest]]:
    """Complete backups in ``folder`` (newest first), optionally of one vault only.

    Reads only each file's header; damaged or foreign files are left out (and never pruned).
    """
    found: list[tuple[_Listed, Manifest]] = []
    for path in Path(folder).glob(f"*{SUFFIX}"):
        m = NAME_RE.fullmatch(path.name)
        if m is None or not path.is_file():
            continue
        try:
            with open(path, "rb") as f:
                header = read_header(f, os.fstat(f.fileno()).st_size, str(path))
        except (MijiError, OSError):
            continue
        if vault_id is not None and header.vault_id != vault_id:
            continue
        found.append((_Listed(path, header.public.created, int(m.group(3) or 1)),
                      header.public))
    found.sort(key=lambda x: (x[0].created, x[0].counter, x[0].path.name), reverse=True)
    return [(listed.path, manifest) for listed, manifest in found]


def prune(folder: Path, vault_id: str, generations: int, *, keep: Path) -> tuple[list[Path],
                                                                               list[str]]:
    """Delete this vault's backups beyond the newest ``generations`` (``keep`` always stays),
    and partial files left by killed backups. Returns (deleted, warnings); never raises for a
    file that cannot be deleted."""
    deleted: list[Path] = []
    warnings: list[str] = []
    others = [p for p, _m in list_backups(folder, vault_id) if p != keep]
    for path in others[max(generations - 1, 0):]:
        for p in (path, path.with_name(manifest_name(path.name))):
            if p.exists():
                if _remove(p):
                    deleted.append(p)
                else:
                    warnings.append(f"未能删除旧备份 {p.name}")
    for stale in folder.glob(f"{NAME_PREFIX}*{PARTIAL_SUFFIX}"):
        if _remove(stale):
            deleted.append(stale)
    with contextlib.suppress(OSError):
        _fsync_dir(folder)
    return deleted, warnings
