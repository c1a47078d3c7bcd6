"""Restore a verified backup over (or beside) the vault: prepare, then commit."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core.clock import SystemClock
from ...core.errors import EnvironmentProblem, RuleViolation
from ...core.passphrase_policy import PassphrasePolicy
from .. import attest, audit, connection
from ..backup_format import Manifest
from ..errors import WrongSecret
from ..kdf import KdfParams
from ..machine_secret import MachineSecretStore
from ..restore_swap import plan_path, restoring_path, settle, swap_in
from ..vault import Vault, key_path
from .creation import LAST_BACKUP_AT
from .files import _reason, _remove, _remove_sqlite, _rename_no_replace
from .progress import RESTORE_STEPS, CancelCheck, Progress, _Run
from .verification import BackupReport, _open_backup, _Opened


@dataclass
class RestoreResult:
    path: Path
    replaced: Path | None  # the previous vault, kept beside with a timestamp
    report: BackupReport
    machine_bound: bool
    warnings: list[str] = field(default_factory=list)


class PreparedRestore:
    """A verified backup unpacked beside the target; ``commit`` swaps it in, ``discard`` drops it.

    Nothing of the existing vault changes until ``commit``. Use as a context manager so an
    abandoned restore leaves no file behind.
    """

    def __init__(self, opened: _Opened, target: Path) -> None:
        self.report = opened.report
        self.target = target
        self._clerk = opened.clerk_name
        self._opened: _Opened | None = opened

    @property
    def manifest(self) -> Manifest:
        return self.report.manifest

    @property
    def clerk_name(self) -> str:
        """The clerk named in the backup (for the passphrase policy's name rule)."""
        return self._clerk

    @property
    def is_open(self) -> bool:
        """False once committed or discarded."""
        return self._opened is not None

    def __enter__(self) -> PreparedRestore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def discard(self) -> None:
        if self._opened is not None:
            _remove_sqlite(self._opened.db)
            self._opened = None

    def commit(self, *, store: MachineSecretStore, passphrase: str | None = None,
               policy: PassphrasePolicy | None = None, kdf: KdfParams | None = None,
               clock: Any = None) -> RestoreResult:
        """Audit the restore inside the restored vault, bind it to this PC, swap it in.

        ``passphrase`` is the restored vault's passphrase on this PC; it defaults to the one
        that unlocked the backup and is required when the recovery code did. A new one must
        satisfy ``policy``. The previous vault and its key file are renamed
        ``<stem>-replaced-YYYYMMDD-HHMMSS<suffix>`` (+ ``.keys``), never deleted. The renames
        are planned first (``restore_swap``): if this process is killed among them, the next
        open of the vault finishes them.
        """
        if self._opened is None:
            raise RuntimeError("this restore was already committed or discarded")
        opened = self._opened
        target = self.target
        if passphrase is None:
            if opened.passphrase is None:
                raise RuleViolation("backup.new_passphrase_required", None, "passphrase")
            passphrase = opened.passphrase
        if passphrase != opened.passphrase:
            (policy or PassphrasePolicy()).check(passphrase, opened.clerk_name)
        clock = clock or SystemClock()
        now = clock.now()
        db = opened.db
        keys_tmp = key_path(db)
        kept = _kept_name(target, now) if (
            os.path.lexists(target) or os.path.lexists(key_path(target))) else None
        m = self.report.manifest
        warnings: list[str] = []
        try:
            conn = connection.open_existing(db, opened.data_key)
            try:
                akey = audit.audit_key(opened.data_key, m.vault_id)
                attest.install(conn)  # the meta row below is sealed by the restore's event
                with connection.transaction(conn):
                    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value",
                                 (LAST_BACKUP_AT, m.created_at))
                    audit.append(conn, akey, at=now.isoformat(), actor=opened.clerk_name,
                                 action="restored_from_backup", carrier_ids=[], detail={
                                     "file": self.report.path.name,
                                     "folder": str(self.report.path.parent),
                                     "sha256": self.report.sha256,
                                     "backup_created_at": m.created_at,
                                     "audit_seq": m.audit_seq, "checkpoint": m.checkpoint,
                                     "unlocked_with": self.report.unlocked_with,
                                     "replaced": kept.name if kept else None})
            finally:
                conn.close()
            secret = None
            if store.available:
                try:
                    secret = store.get(m.vault_id)
                except WrongSecret:
                    secret = None
                if secret is None:
                    secret = store.create(m.vault_id)
            if secret is None:
                warnings.append(store.reason or
                                "本机没有可用的系统凭据库，恢复的台账只凭口令保护。")
            new_keys = opened.keys.with_passphrase(opened.data_key, passphrase, secret,
                                                   kdf or opened.keys.passphrase_slot.kdf)
            _remove(keys_tmp)
            new_keys.save(keys_tmp)
            # Prove the binding before anything is swapped: it opens here, with this passphrase.
            Vault.open(db, passphrase=passphrase, store=store, clock=clock, check=False).close()
            try:
                swap_in(db, keys_tmp, target, kept, rename=_rename_no_replace)
            except OSError as e:
                if not plan_path(target).exists():
                    raise
                # Renames that could not be undone: the files now belong to the plan, and the
                # next open of the vault finishes the restore.
                self._opened = None
                raise EnvironmentProblem(
                    f"恢复未能完成：{_reason(e)}（{target.parent}）。备份的内容已在该文件夹中，"
                    "排除磁盘问题后再次打开台账即会完成恢复。") from e
        except OSError as e:
            _drop_unplanned(keys_tmp, target)
            raise EnvironmentProblem(f"恢复失败：{_reason(e)}"
                                     f"（{target.parent}）。原台账没有改动。") from e
        except connection.OperationalError as e:
            _drop_unplanned(keys_tmp, target)
            raise connection.environment(e, "恢复失败，原台账没有改动") from e
        except BaseException:
            _drop_unplanned(keys_tmp, target)
            raise
        finally:
            self.discard()
        return RestoreResult(target, kept, self.report, secret is not None, warnings)


def _drop_unplanned(keys_tmp: Path, target: Path) -> None:
    """Remove the restored copy's key file, unless a swap plan still needs it."""
    if not plan_path(target).exists():
        _remove(keys_tmp)


def _kept_name(target: Path, when: dt.datetime) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        extra = f"-{n}" if n > 1 else ""
        kept = target.with_name(f"{target.stem}-replaced-{stamp}{extra}{target.suffix}")
        if not os.path.lexists(kept) and not os.path.lexists(key_path(kept)):
            return kept
    raise EnvironmentProblem(f"无法为被替换的台账选择名称：{target}")


def prepare_restore(backup: Path | str, target: Path | str, *, passphrase: str | None = None,
                    recovery_code: str | None = None, progress: Progress | None = None,
                    cancel: CancelCheck | None = None) -> PreparedRestore:
    """Unlock and fully verify ``backup``, unpacked (still encrypted) beside ``target``.

    The result's ``report`` is what the restore dialog shows before the clerk confirms.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise EnvironmentProblem(f"找不到台账所在的文件夹：{target.parent}")
    settle(target)  # a swap killed halfway is finished first: its .restoring is the vault
    db = restoring_path(target)
    _remove_sqlite(db)  # left by a restore that was killed before its swap
    _remove(key_path(db))
    run = _Run(progress, cancel, RESTORE_STEPS)
    opened = _open_backup(Path(backup), passphrase, recovery_code, db, run)
    return PreparedRestore(opened, target)


def restore(backup: Path | str, target: Path | str, *, store: MachineSecretStore,
            passphrase: str | None = None, recovery_code: str | None = None,
            new_passphrase: str | None = None, policy: PassphrasePolicy | None = None,
            kdf: KdfParams | None = None, clock: Any = None, progress: Progress | None = None,
            cancel: CancelCheck | None = None) -> RestoreResult:
    """``prepare_restore`` then ``commit``: the target must not be open (close the vault first)."""
    with prepare_restore(backup, target, passphrase=passphrase, recovery_code=recovery_code,
                         progress=progress, cancel=cancel) as prepared:
        return prepared.commit(store=store, passphrase=new_passphrase, policy=policy, kdf=kdf,
                               clock=clock)
