"""The app's own files, which no output (PDF, export, label sheet, backup part) may overwrite.

A PDF saved "over" the vault, its ``.keys`` or a backup would destroy the ledger for good, so
every writer asks ``refuse_own_file`` first. A file is the app's own when it is:

- an open vault, its key file or its journal (by resolved path and by inode: a symlink or a
  hard link is the same file);
- a vault not open here: an encrypted SQLCipher file has no header, so it is recognised by its
  sibling ``.keys`` file; a plain SQLite database is refused too;
- by content: a key file (JSON ``"format": "miji-desk-keys"``), a backup or a half-written
  backup (magic ``\\x89MJBK``), a backup manifest (JSON naming ``miji-desk``);
- any file in a backup folder (one that holds ``miji-backup-*`` files).

The format markers are copies of those in ``vault`` (core may not import vault); a test keeps
them equal.
"""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

from .errors import RuleViolation

BACKUP_MAGIC = b"\x89MJBK\r\n\x1a"
KEYS_FORMAT = b"miji-desk-keys"
KEYS_SUFFIX = ".keys"
MANIFEST_SUFFIX = ".manifest.json"
SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_NAME = re.compile(r"miji-backup-\d{8}-\d{6}")
_SNAPSHOT = re.compile(r"\.(.+)\.backup-[0-9a-f]+\.tmp(?:-journal)?")
# Files SQLite and the app keep beside a vault, named after it.
VAULT_SIDE_SUFFIXES = (KEYS_SUFFIX, "-journal", "-wal", "-shm", ".creating", ".restoring")
OPEN_VAULT = "当前打开的台账文件"
VAULT = "台账文件（旁边有它的密钥文件）"
VAULT_KINDS = (OPEN_VAULT, VAULT)
_SNIFF = 64 * 1024  # a key file or manifest is a few KB; a marker past this is not ours

_lock = threading.Lock()
_open_vaults: dict[Path, int] = {}  # resolved vault path → how many Vault objects hold it


def protect(vault_path: Path) -> None:
    """Called while a vault is open: its file and side files are never an output target."""
    key = _resolved(vault_path)
    with _lock:
        _open_vaults[key] = _open_vaults.get(key, 0) + 1


def release(vault_path: Path) -> None:
    key = _resolved(vault_path)
    with _lock:
        left = _open_vaults.get(key, 0) - 1
        if left > 0:
            _open_vaults[key] = left
        else:
            _open_vaults.pop(key, None)


def refuse_own_file(target: Path | str) -> None:
    """Raise ``RuleViolation`` naming ``target`` if writing there would overwrite one of ours."""
    path = Path(target)
    what = own_file_kind(path)
    if what:
        raise RuleViolation("own_file.output", {"path": str(path), "what": what}, "out")


def refuse_restore_target(target: Path | str) -> None:
    """A restore replaces a vault (and keeps the old one aside); anything else of ours (a key
    file, a backup, a manifest, a file in a backup folder) must never be its target."""
    path = Path(target)
    what = own_file_kind(path)
    if what and what not in VAULT_KINDS:
        raise RuleViolation("own_file.restore_target", {"path": str(path), "what": what}, "vault")


def own_file_kind(path: Path) -> str:
    """What of ours ``path`` is ("" when nothing): the words the refusal uses."""
    resolved = _resolved(path)
    for vault in _open_vault_paths():
        if _same(resolved, vault):
            return OPEN_VAULT
        for suffix in VAULT_SIDE_SUFFIXES:
            if _same(resolved, vault.with_name(vault.name + suffix)):
                return "当前打开的台账的密钥文件" if suffix == KEYS_SUFFIX else \
                    "当前打开的台账的日志或临时文件"
    if BACKUP_NAME.match(resolved.name):
        return "台账备份或备份清单"
    if _is_keys_file(resolved.with_name(resolved.name + KEYS_SUFFIX)):
        return VAULT
    for suffix in VAULT_SIDE_SUFFIXES:
        if resolved.name.endswith(suffix) and len(resolved.name) > len(suffix):
            base = resolved.with_name(resolved.name[: -len(suffix)])
            if _is_keys_file(base.with_name(base.name + KEYS_SUFFIX)):
                return "台账的密钥文件" if suffix == KEYS_SUFFIX else "台账的日志或临时文件"
    snapshot = _SNAPSHOT.fullmatch(resolved.name)  # a backup's snapshot, beside its vault
    if snapshot and _is_keys_file(resolved.with_name(snapshot[1] + KEYS_SUFFIX)):
        return "台账的备份快照"
    kind = _kind_by_content(resolved)
    if kind:
        return kind
    if resolved.exists() and _is_backup_folder(resolved.parent):
        return "备份文件夹中的文件"
    return ""


def _kind_by_content(path: Path) -> str:
    head = _head(path)
    if head.startswith(BACKUP_MAGIC):
        return "台账备份"
    if head.startswith(SQLITE_MAGIC):
        return "数据库文件"
    if head.lstrip().startswith(b"{"):
        if KEYS_FORMAT in head:
            return "台账密钥文件"
        if b"Miji Desk" in head or (b'"vault_id"' in head and b'"checkpoint"' in head):
            return "台账备份清单"
    return ""


def _is_keys_file(path: Path) -> bool:
    head = _head(path)
    return head.lstrip().startswith(b"{") and KEYS_FORMAT in head


def _is_backup_folder(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return any(BACKUP_NAME.match(e.name) for e in entries)
    except OSError:
        return False


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_SNIFF)
    except OSError:  # missing, a folder, unreadable: nothing of ours can be recognised
        return b""


def _resolved(path: Path) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop: compare as given
        return Path(os.path.abspath(path))


def _same(a: Path, b: Path) -> bool:
    if a == b:
        return True
    try:
        return os.path.samefile(a, b)  # a hard link to the vault is the vault
    except OSError:
        return False


def _open_vault_paths() -> list[Path]:
    with _lock:
        return list(_open_vaults)
