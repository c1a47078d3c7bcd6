"""Which backups a folder holds, and pruning old generations."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
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
from ..backup_parts import open_backup, part_paths
from .files import CHUNK, _fsync_dir, _remove


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
            with open_backup(path) as f:
                header = read_header(f, f.size, str(path))  # type: ignore[arg-type]
        except (MijiError, OSError):
            continue
        if vault_id is not None and header.vault_id != vault_id:
            continue
        found.append((_Listed(path, header.public.created, int(m.group(3) or 1)),
                      header.public))
    found.sort(key=lambda x: (x[0].created, x[0].counter, x[0].path.name), reverse=True)
    return [(listed.path, manifest) for listed, manifest in found]


@dataclass
class Pruning:
    """What ``prune`` did: files deleted, files it could not delete, files it could not trust."""

    deleted: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unverifiable: list[Path] = field(default_factory=list)


def verified_manifest(path: Path, data_key: bytes) -> Manifest | None:
    """The sealed manifest of ``path`` if the file verifies with ``data_key``: the header
    unseals (so it was made with this vault's key) and the database part hashes to what the
    sealed manifest says (so no bit has rotted). None for anything else."""
    try:
        with open_backup(path) as f:
            header = read_header(f, f.size, path.name)  # type: ignore[arg-type]
            manifest = header.unseal(data_key)
            f.seek(header.db_offset)
            digest = hashlib.sha256()
            buf = bytearray(CHUNK)
            view = memoryview(buf)
            while n := f.readinto(buf):
                digest.update(view[:n])
    except (MijiError, OSError, ValueError, KeyError, TypeError):
        return None
    return manifest if digest.hexdigest() == manifest.db_sha256 else None


def _claimed(path: Path) -> Manifest | None:
    """The unchecked public header, or None when even that does not read."""
    try:
        with open_backup(path) as f:
            return read_header(f, f.size, path.name).public  # type: ignore[arg-type]
    except (MijiError, OSError):
        return None


def _name_time(match: re.Match[str], tz: dt.tzinfo | None) -> dt.datetime:
    return dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S").replace(
        tzinfo=tz)


def prune(folder: Path, vault_id: str, generations: int, *, keep: Path,
          data_key: bytes) -> Pruning:
    """Delete this vault's backups beyond the newest ``generations``, and partial files left
    by killed backups. Never raises for a file that cannot be deleted.

    Only backups that verify with ``data_key`` count and only they are ever deleted, newest
    verified first: a forged header (any date, made without the key) or a bit-rotted file is
    listed in ``unverifiable`` and left alone, and the newest verified backup older than each
    such file is kept too, so the good copy it may have been meant to replace survives.
    ``keep`` (the backup just made and verified) always stays.
    """
    result = Pruning()
    kept_claim = _claimed(keep)
    tz = kept_claim.created.tzinfo if kept_claim is not None else None
    verified: list[tuple[tuple[dt.datetime, int, str], Path]] = []
    doubtful: list[tuple[dt.datetime, Path]] = []
    for path in folder.glob(f"{NAME_PREFIX}*{SUFFIX}"):
        m = NAME_RE.fullmatch(path.name)
        if m is None or path == keep or not path.is_file():
            continue
        claim = _claimed(path)
        if claim is not None and claim.vault_id != vault_id:
            continue  # another vault's backup: not ours to judge
        manifest = verified_manifest(path, data_key)
        if manifest is None or manifest.vault_id != vault_id:
            with contextlib.suppress(ValueError):
                when = claim.created if claim is not None else _name_time(m, tz)
                doubtful.append((when, path))
            result.unverifiable.append(path)
            continue
        verified.append(((manifest.created, int(m.group(3) or 1), path.name), path))
    verified.sort(reverse=True)
    protected = {path for _key, path in verified[:max(generations - 1, 0)]}
    for when, _path in doubtful:
        with contextlib.suppress(TypeError):  # a naive and an aware time: no order
            older = [path for key, path in verified if key[0] < when]
            protected.update(older[:1])
    for _key, path in verified:
        if path in protected:
            continue
        for p in (*part_paths(path), path.with_name(manifest_name(path.name))):
            if p.exists():
                if _remove(p):
                    result.deleted.append(p)
                else:
                    result.warnings.append(f"未能删除旧备份 {p.name}")
    if result.unverifiable:
        names = "、".join(sorted(p.name for p in result.unverifiable))
        result.warnings.append(f"以下文件无法用本台账的密钥校验（可能已损坏或并非本台账制作），"
                               f"未计入保留份数，也未删除：{names}。请检查备份介质。")
    stale_parts = folder.glob(f"{NAME_PREFIX}*{PARTIAL_SUFFIX}.[0-9][0-9][0-9]")
    for stale in [*folder.glob(f"{NAME_PREFIX}*{PARTIAL_SUFFIX}"), *stale_parts]:
        if _remove(stale):
            result.deleted.append(stale)
    with contextlib.suppress(OSError):
        _fsync_dir(folder)
    return result
