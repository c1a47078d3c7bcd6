"""Replacing the key file so that it and its audit event can never disagree.

A passphrase change (or reset, or recovery-code renewal) runs in three durable steps:

1. ``stage``: the new key file is written whole to ``<vault>.keys.pending`` (fsynced);
2. the audit event commits, naming the SHA-256 of exactly those bytes (``keys_sha256``);
3. ``activate``: ``.pending`` is renamed over ``<vault>.keys``.

A kill between two steps leaves a ``.pending`` file that only the next open can judge, because
only the data key reads the audit log: ``settle`` rolls it forward when the newest key-changing
audit event names its hash, and deletes it otherwise. Either way the secret that opens the vault
afterwards is the one the audit log says is in force; a never-activated new passphrase opens
nothing, and an old one whose change was recorded no longer opens the vault.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from ..core.errors import EnvironmentProblem, MijiError
from . import scratch
from .connection import Connection
from .errors import WrongSecret
from .keyslots import KeyFile, _atomic_write, _fsync_dir

log = logging.getLogger(__name__)

KEY_ACTIONS = ("passphrase_changed", "recovery_code_renewed")
DIGEST_FIELD = "keys_sha256"


def keys_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


def pending_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys.pending")


def digest(keys: KeyFile) -> str:
    return hashlib.sha256(keys.to_bytes()).hexdigest()


def stage(vault_path: Path, new: KeyFile) -> str:
    """Step 1: the new key file, durably beside the live one; its SHA-256 for the audit event."""
    data = new.to_bytes()
    _atomic_write(pending_path(vault_path), data)
    return hashlib.sha256(data).hexdigest()


def discard(vault_path: Path) -> None:
    """The audit event did not commit: the staged key file must never be used."""
    with contextlib.suppress(FileNotFoundError):
        pending_path(vault_path).unlink()


def activate(vault_path: Path) -> None:
    """Step 3: the staged key file replaces the live one."""
    try:
        os.replace(pending_path(vault_path), keys_path(vault_path))
    except OSError as e:
        raise EnvironmentProblem(
            f"更改已记入审计日志，但密钥文件未能替换（{e.strerror or e}）：{vault_path.parent}。"
            "下次打开台账时会自动完成替换；届时请使用新的口令或恢复码。") from e
    _fsync_dir(vault_path.parent)


def load_pending(vault_path: Path) -> tuple[KeyFile, str] | None:
    """A staged key file left by a killed change, with its SHA-256 (a damaged one is removed:
    it was being written when the kill came, so no audit event can name it)."""
    scratch.clean(vault_path.parent, vault_path.name)  # temp files of killed key writes
    path = pending_path(vault_path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as e:
        raise EnvironmentProblem(
            f"无法读取未完成的密钥文件更换：{path}（{e.strerror or e}）。") from e
    try:
        return KeyFile.from_bytes(raw, str(path)), hashlib.sha256(raw).hexdigest()
    except MijiError:
        discard(vault_path)
        return None


def unlock_either(live: KeyFile, pending: tuple[KeyFile, str] | None,
                  unlock: Callable[[KeyFile], bytes]) -> tuple[bytes, bool]:
    """The data key from the live key file, else from the staged one; (key, from staged)."""
    try:
        return unlock(live), False
    except WrongSecret:
        if pending is None or pending[0].vault_id != live.vault_id:
            raise
        with contextlib.suppress(MijiError):
            data_key = unlock(pending[0])
            if live.matches(data_key):  # a staged file of this very vault, not a planted one
                return data_key, True
        raise


def settle(conn: Connection, vault_path: Path, live: KeyFile, pending: tuple[KeyFile, str],
           from_pending: bool, unlock: Callable[[KeyFile], bytes]) -> KeyFile:
    """Finish or drop a staged key file by what the audit log says; the key file in force.

    Raises ``WrongSecret`` (from ``unlock``) when the secret given opens only the key file that
    is not in force.
    """
    staged, sha = pending
    row = conn.execute(
        "SELECT detail FROM audit_event WHERE action IN (?, ?) ORDER BY seq DESC LIMIT 1",
        KEY_ACTIONS).fetchone()
    try:
        recorded = json.loads(row[0]).get(DIGEST_FIELD) if row else None
    except (ValueError, AttributeError):
        recorded = None
    if recorded == sha:
        activate(vault_path)
        log.warning("finished a key change whose audit event had committed")
        in_force, proven = staged, from_pending
    else:
        discard(vault_path)
        log.warning("dropped a staged key file that no audit event names")
        in_force, proven = live, not from_pending
    if not proven:
        unlock(in_force)  # the secret given must open the key file in force
    return in_force
