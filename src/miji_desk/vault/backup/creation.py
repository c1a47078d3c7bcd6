"""Encrypted backups to dedicated media, verification without restoring, and restore.

A backup is one file, ``miji-backup-YYYYMMDD-HHMMSS.mjbk`` (format: ``backup_format``), plus a
human-readable ``miji-backup-YYYYMMDD-HHMMSS.manifest.json`` beside it. ``create_backup`` runs
the steps of issues 7 and 17 in order; a backup gets its final name only after all passed:

1. ``snapshot``: a read transaction on the vault takes SQLite's SHARED lock (journal mode
   DELETE: no writer changes the file until it ends); the live counts (every table, by level,
   by status), schema version and audit head are read under it.
2. ``copy``: still under that lock, the encrypted pages of the vault file go byte for byte to
   ``<name>.partial`` on the medium behind the header (the backup keeps the vault's data key:
   no decryption, no re-encryption, no local copy), hashed on the way; the lock is released,
   the header gets the hash, the file is fsynced and evicted from the OS cache.
3. ``readback``: the file is read back from the medium and compared by SHA-256 (header and
   database part), so the medium holds exactly the locked vault's bytes.
4. ``verify``: the copy's first page, as read back, decrypts and authenticates (HMAC) with the
   data key the backup's key slots wrap. The full structural checks and the audit chain run in
   the background deep check (``deep_check``) and in ``verify_backup`` / restore.
5. ``finish``: renamed to the final name (never over an existing file), the folder fsynced, the
   manifest written; older generations of the same vault beyond ``generations`` pruned (the new
   backup is never a candidate; only backups that verify with the key count or are deleted,
   see ``listing.prune``).

Audit: one event in the live vault per attempt, written *after* the attempt, because it records
the backup file's own SHA-256 (which cannot be inside the file). ``backup_created`` names file,
folder, medium barcode, hash and the audit head the backup ends at; so the backup holds
everything up to the event just before its own record. A failed or cancelled attempt writes one
``backup_failed`` event (step and reason) and nothing else: the ledger tables are untouched.
If the vault's own disk cannot take even that row, the original problem is still reported.

Failures of the disk or medium (``OSError``: EIO, ENOSPC, ENOENT when the medium is pulled,
EROFS) become ``EnvironmentProblem`` with a Chinese message; temporary and partial files are
removed, or, when the medium is gone, keep their plain ``.partial`` name.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from ... import __version__
from ...core.errors import EnvironmentProblem, MijiError, RuleViolation
from ...core.unit_rules import DEEP_CHECK_MAX_AGE, rule_value
from .. import audit, connection, scratch
from ..audit import AuditHead
from ..backup_format import PARTIAL_SUFFIX, Manifest, backup_name, build_header, manifest_name
from ..backup_medium import recognise, write_identity
from ..backup_parts import medium_limits, open_backup, part_name
from ..connection import Connection
from ..deep_check import DeepCheckResult, last_deep_check
from ..errors import Damaged, NotAVault, WrongSecret
from ..kdf import KdfParams
from ..keyslots import KeyFile
from ..machine_secret import MachineSecretStore
from ..vault import Vault, key_path
from .checks import (
    _Stats,
    _stats,
)
from .files import (
    _MEDIUM_ERRNO,
    CHUNK,
    _drop_cache,
    _fsync,
    _fsync_dir,
    _read_exactly,
    _remove,
    _remove_sqlite,
    _rename_no_replace,
    _write_all,
)
from .listing import prune
from .progress import STEP_LABELS, STEPS, CancelCheck, Cancelled, Progress, _Run

log = logging.getLogger(__name__)


DEFAULT_GENERATIONS = 5
MIN_PART = 1 << 16  # a part holds at least the header
LAST_BACKUP_AT = "last_backup_at"  # meta key read by last_verified_backup


def _free_name(folder: Path, when: dt.datetime) -> str:
    """The first backup name for ``when`` that is not taken, with or without ``.partial``."""
    for counter in range(1, 1000):
        name = backup_name(when, counter)
        if not any(os.path.lexists(folder / n) for n in
                   (name, name + PARTIAL_SUFFIX, manifest_name(name))):
            return name
    raise EnvironmentProblem(f"备份文件夹中同一时刻的备份过多：{folder}")


def _copy_to_medium(source: int, size: int, prefix: bytes, dest: Path, run: _Run,
                    part_size: int | None = None, parts: list[Path] | None = None) -> str:
    """Write ``prefix`` + the first ``size`` bytes of the open file ``source`` to a new file
    ``dest`` (never an existing one); the SHA-256 of the database bytes written.

    With ``part_size``, no file gets more bytes than that: the rest goes to ``dest.002``,
    ``dest.003`` … (each listed in ``parts`` as soon as it exists), each fsynced and evicted.
    The bytes are hashed on a second thread while the next chunk is written (hashlib releases
    the GIL), so the hash costs no extra pass over the file.
    """
    h = hashlib.sha256()
    done = 0
    limit = part_size or (len(prefix) + size)
    index = 1
    out = open(dest, "xb", buffering=0)  # noqa: SIM115 - closed below, part by part
    try:
        with concurrent.futures.ThreadPoolExecutor(1, "backup-hash") as hasher:
            _write_all(out, prefix)
            room = limit - len(prefix)
            pending: concurrent.futures.Future[None] | None = None
            while done < size:
                if room <= 0:
                    _fsync(out.fileno())
                    _drop_cache(out.fileno())
                    out.close()
                    index += 1
                    nxt = dest.with_name(part_name(dest.name, index))
                    out = open(nxt, "xb", buffering=0)  # noqa: SIM115
                    if parts is not None:
                        parts.append(nxt)
                    room = limit
                chunk = os.pread(source, min(CHUNK, size - done, room), done)
                if not chunk:
                    break
                if pending is not None:
                    pending.result()
                pending = hasher.submit(h.update, chunk)
                _write_all(out, chunk)
                done += len(chunk)
                room -= len(chunk)
                run.at(done / size if size else 1.0)
            if pending is not None:
                pending.result()
        if done != size:
            raise OSError(errno.EIO, "the vault file changed size while copying")
        _fsync(out.fileno())
        _drop_cache(out.fileno())
    finally:
        out.close()
    return h.hexdigest()


def _seal_medium_copy(dest: Path, prefix: bytes) -> None:
    """Put the final header over the placeholder of the same length; fsync; evict the file
    from the OS cache so that the read-back comes from the medium."""
    with open(dest, "r+b", buffering=0) as out:
        _write_all(out, prefix)
        _fsync(out.fileno())
        _drop_cache(out.fileno())


def _read_back(path: Path, db_offset: int, run: _Run) -> tuple[bytes, str, str]:
    """Read the file (and its parts) on the medium: (prefix + header bytes, SHA-256 of the
    database part, SHA-256 of the whole backup)."""
    whole = hashlib.sha256()
    part = hashlib.sha256()
    done = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open_backup(path) as f:
        total = f.size
        head = _read_exactly(f, db_offset)  # type: ignore[arg-type]
        whole.update(head)
        done = len(head)
        while True:
            n = f.readinto(buf)
            if not n:
                break
            whole.update(view[:n])
            part.update(view[:n])
            done += n
            run.at(done / total if total else 1.0)
    return head, part.hexdigest(), whole.hexdigest()


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def _check_room(folder: Path, vault_path: Path, part_size: int | None) -> int | None:
    """Refuse a medium without room for the backup; the part size its filesystem needs."""
    limits = medium_limits(folder)
    need = vault_path.stat().st_size + (1 << 20)  # the file, its header and the manifest
    if limits.free is not None and limits.free < need:
        raise EnvironmentProblem(
            f"备份失败：备份位置 {folder} 空间不足，这份备份约需 {_mib(need)}，只剩 "
            f"{_mib(limits.free)}。台账没有改动，已有的备份没有受到影响。请换用容量更大的"
            "专用备份介质，或删除介质上不再需要的文件后重试。")
    if part_size is not None:
        return part_size
    return limits.max_file  # FAT32: parts of 4 GiB - 1; None: one file


def _write_manifest(path: Path, doc: dict[str, Any]) -> None:
    data = (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    tmp = path.with_name(path.name + PARTIAL_SUFFIX)
    try:
        with open(tmp, "xb") as f:
            _write_all(f, data)
            f.flush()
            _fsync(f.fileno())
        _rename_no_replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise


# -- create -----------------------------------------------------------------------------------


@dataclass
class BackupResult:
    path: Path
    manifest_path: Path
    manifest: Manifest
    size: int
    sha256: str  # of the whole file, as in the .manifest.json and the audit event
    pruned: list[Path] = field(default_factory=list)
    unverifiable: list[Path] = field(default_factory=list)  # left alone by pruning
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    unchecked: bool = False  # 未经完整检查: no deep check passed within the unit rule's days
    parts: list[Path] = field(default_factory=list)  # the files, when written in parts


@dataclass
class _Job:
    folder: Path
    snapshot: Path | None = None
    partial: Path | None = None
    final: Path | None = None
    manifest: Path | None = None
    parts: list[Path] = field(default_factory=list)  # parts 2… (partial or final names)
    left_behind: list[Path] = field(default_factory=list)

    def cleanup(self) -> None:
        if self.snapshot is not None:
            _remove_sqlite(self.snapshot)
        for p in (self.partial, self.final, *self.parts, self.manifest):
            if p is not None and not _remove(p):
                self.left_behind.append(p)
        self.parts = []


def _problem(step: str, error: BaseException, job: _Job) -> EnvironmentProblem:
    local = step in ("snapshot", "verify")
    if isinstance(error, OSError) and error.errno in _MEDIUM_ERRNO:
        reason = _MEDIUM_ERRNO[error.errno]
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
    else:
        text = str(error).lower()
        reason = ("空间已满" if "full" in text else
                  "读写出错" if "i/o" in text else str(error))
    where = "本机磁盘（台账所在位置）" if local else f"备份位置 {job.folder}"
    tail = "台账没有改动，已有的备份没有受到影响。"
    if job.left_behind:
        names = "、".join(p.name for p in job.left_behind)
        tail += f"介质上留下了未完成的文件 {names}（可以删除）。"
    else:
        tail += "未完成的文件已删除。"
    return EnvironmentProblem(f"备份失败（{STEP_LABELS[step]}）：{where}{reason}。{tail}"
                              "请处理后重试。")


def _check_medium(vault: Vault, barcode: str) -> tuple[str, list[int]]:
    code = barcode.strip()
    if not code:
        return "", []
    view = vault.ledger.by_barcode(code)
    if view is None:
        raise RuleViolation("backup.medium_unregistered", {"code": code}, "medium")
    if view.kind.value == "document":
        raise RuleViolation("backup.medium_is_document", {"code": code}, "medium")
    return view.barcode, [view.id]


BACKUP_PURPOSE = "台账备份"


def _medium_warning(vault: Vault, barcode: str, ids: list[int]) -> str:
    if not ids:
        return ("这个位置不在已登记的台账备份专用介质上。备份介质本身是涉密载体，应登记"
                "（专用用途：台账备份）并在备份时填写其条码。")
    row = vault.conn.execute("SELECT d.purpose FROM carrier c JOIN document d "
                             "ON d.id = c.document_id WHERE c.id = ?", (ids[0],)).fetchone()
    purpose = (row[0] or "") if row else ""
    if BACKUP_PURPOSE not in purpose:
        return (f"介质 {barcode} 登记的用途是“{purpose or '未填写'}”，不是{BACKUP_PURPOSE}"
                "专用介质。")
    return ""


def _backup_keys(vault: Vault, passphrase: str, store: MachineSecretStore | None,
                 kdf: KdfParams | None) -> tuple[bytes, KeyFile]:
    """Check the re-entered passphrase against the live key file; the backup's key slots."""
    live = KeyFile.load(key_path(vault.path))
    if live.vault_id != vault.vault_id:
        raise NotAVault("台账密钥文件与当前打开的台账不是同一本台账，未备份。")
    secret = None
    if live.machine_bound:
        store = store or MachineSecretStore()
        secret = store.get(live.vault_id) if store.available else None
    try:
        data_key = live.unlock_passphrase(passphrase, secret)
    except WrongSecret:
        raise WrongSecret("口令不正确：请输入当前台账的口令，备份将用它加密。") from None
    # Unbound passphrase slot (opens on a replacement PC) and the vault's recovery slot as is.
    keys = live.with_passphrase(data_key, passphrase, None, kdf or live.passphrase_slot.kdf)
    return data_key, keys


class BackupJob:
    """One backup in three parts, so a UI can run the long middle part in a worker thread.

    - ``BackupJob(vault, …)`` (the vault's thread): checks the folder, the medium barcode and
      the re-entered passphrase; nothing is written.
    - ``run(progress, cancel)`` (any thread): steps 1–4 on a connection of its own to the vault
      file (or on ``source``); raises ``EnvironmentProblem``, ``Cancelled`` … after cleaning up.
    - ``record(vault)`` (the vault's thread, always, also after a failure): the one audit event.
    """

    def __init__(self, vault: Vault, folder: Path | str, *, passphrase: str,
                 store: MachineSecretStore | None = None, medium: str = "",
                 generations: int = DEFAULT_GENERATIONS, kdf: KdfParams | None = None,
                 workdir: Path | None = None, part_size: int | None = None) -> None:
        self.folder = Path(folder)
        if part_size is not None and part_size < MIN_PART:
            raise ValueError(f"part_size must be at least {MIN_PART} bytes")
        self.part_size = part_size
        if not 1 <= generations <= 100:
            raise RuleViolation("backup.generations_range", None, "generations")
        self._data_key, self._keys = _backup_keys(vault, passphrase, store, kdf)
        known = (recognise(self.folder, vault.vault_id, self._data_key)
                 if self.folder.is_dir() else None)
        self.identity = known if known is not None and not known.forged else None
        if self.identity is not None and not medium.strip():
            medium = self.identity.barcode  # the medium says which registered carrier it is
        if self.identity is not None and medium.strip() != self.identity.barcode:
            raise RuleViolation("backup.medium_mismatch",
                                {"code": medium.strip(), "known": self.identity.barcode},
                                "medium")
        self.medium, self._medium_ids = _check_medium(vault, medium)
        # For the dialog, before writing: the folder is on no registered backup medium, or on
        # a registered medium whose 专用用途 is not 台账备份.
        self.medium_warning = _medium_warning(vault, self.medium, self._medium_ids)
        if not self.folder.is_dir():
            raise EnvironmentProblem(
                f"找不到备份文件夹：{self.folder}。请插入备份介质并选择其上的文件夹。")
        with contextlib.suppress(OSError):
            if self.folder.resolve() == vault.path.resolve().parent:
                raise RuleViolation("backup.folder_is_vault", None, "folder")
        self.generations = generations
        self.when = vault.clock.now()
        self.deep_check, self.unchecked = _deep_check_state(vault, self.when)
        self.vault_path = vault.path
        self.vault_id = vault.vault_id
        self.workdir = Path(workdir) if workdir else vault.path.parent
        self.result: BackupResult | None = None
        self.error: BaseException | None = None
        self._step = "snapshot"
        self._files = _Job(self.folder)

    def run(self, progress: Progress | None = None, cancel: CancelCheck | None = None, *,
            source: Connection | None = None) -> BackupResult:
        run = _Run(progress, cancel, STEPS)
        own = source is None
        try:
            try:
                conn = source if source is not None else connection.open_existing(
                    self.vault_path, self._data_key)
            except (NotAVault, Damaged) as e:
                raise EnvironmentProblem(f"无法读取台账文件以备份：{e.message}") from e
            try:
                result = self._steps(conn, run)
            finally:
                if own:
                    conn.close()
        except (Cancelled, EnvironmentProblem) as e:
            self._failed(e, run)
            raise
        except (OSError, connection.OperationalError) as e:
            self._files.cleanup()
            problem = _problem(run.step, e, self._files)
            self._failed(problem, run)
            raise problem from e
        except connection.DatabaseError as e:  # a page of the vault itself does not read
            damaged = Damaged(f"台账文件有损坏，无法备份（{e}）。未写入备份介质；请运行“校验台账”，"
                              "必要时从最近的备份恢复。")
            self._failed(damaged, run)
            raise damaged from e
        except BaseException as e:
            self._failed(e, run)
            raise
        run.end()
        result.timings = run.timings
        self.result = result
        return result

    def _failed(self, error: BaseException, run: _Run) -> None:
        self._files.cleanup()
        self._step = run.step
        self.error = error

    def record(self, vault: Vault) -> list[str]:
        """Write ``backup_created`` or ``backup_failed``; warnings if that was impossible."""
        if self.result is None:
            error = self.error or Cancelled()
            kind = ("cancelled" if isinstance(error, Cancelled) else
                    "environment" if isinstance(error, EnvironmentProblem) else "error")
            reason = error.message if isinstance(error, MijiError) else repr(error)[:500]
            _audit_failure(vault, self._files, self._step, kind, reason, self.medium,
                           self._medium_ids)
            return []
        m = self.result.manifest
        try:
            with vault.transaction() as tx:
                tx.audit("backup_created", self._medium_ids, {
                    "file": self.result.path.name, "folder": str(self.folder),
                    "medium": self.medium, "sha256": self.result.sha256,
                    "size": self.result.size, "audit_seq": m.audit_seq,
                    "checkpoint": m.checkpoint, "carriers": m.carriers,
                    "generations": self.generations,
                    "pruned": [p.name for p in self.result.pruned],
                    "unverifiable": [p.name for p in self.result.unverifiable],
                    "deep_check": (self.deep_check.public() if self.deep_check else None),
                    "unchecked": self.unchecked})
                tx.set_meta(LAST_BACKUP_AT, m.created_at)
        except Exception as e:  # the backup stands; say that the record is missing
            text = e.message if isinstance(e, MijiError) else str(e)
            self.result.warnings.append(f"备份已完成并校验，但未能记入台账的审计日志：{text}")
        return self.result.warnings

    def _steps(self, conn: Connection, run: _Run) -> BackupResult:
        files, folder, data_key = self._files, self.folder, self._data_key
        for stale in self.workdir.glob(f".{self.vault_path.name}.backup-*.tmp"):
            _remove_sqlite(stale)  # left by a backup that was killed
        name = _free_name(folder, self.when)
        files.partial = folder / (name + PARTIAL_SUFFIX)
        part_size = _check_room(folder, self.vault_path, self.part_size)
        # 1. snapshot: a read transaction holds SQLite's SHARED lock (journal mode DELETE: no
        #    writer can change the file until it ends); the live figures are read under it.
        # 2. copy: the encrypted pages of the locked file, byte for byte, go to the medium
        #    (no decryption, no re-encryption: the backup keeps the vault's data key).
        run.begin("snapshot")
        outer = conn.in_transaction
        if not outer:
            conn.execute("BEGIN")
        try:
            live, size, page_size = _snapshot(conn, run)
            prefix = self._prefix(live, size, "0" * 64)  # placeholder: the hash comes later
            run.begin("copy")
            db_sha = _copy_to_medium(_raw_fd(self.vault_path), size, prefix, files.partial,
                                     run, part_size, files.parts)
        finally:
            if not outer:
                conn.execute("COMMIT")
        manifest, prefix = self._manifest(live, size, db_sha)
        _seal_medium_copy(files.partial, prefix)
        for p in files.parts:  # the header went in the first part; evict the others too
            with open(p, "rb", buffering=0) as f:
                _drop_cache(f.fileno())

        # 3. read back from the medium (evicted from the cache) and compare by SHA-256
        run.begin("readback")
        head_back, db_back, whole_sha = _read_back(files.partial, len(prefix), run)
        if head_back != prefix or db_back != db_sha:
            raise OSError(errno.EIO, "read-back differs from what was written")

        # 4. verify: the data key the backup's key slots wrap opens the copy on the medium
        run.begin("verify")
        files.snapshot = self.workdir / scratch.snapshot_name(self.vault_path.name)
        _verify_snapshot(files.partial, len(prefix), page_size, data_key, files.snapshot)
        _remove_sqlite(files.snapshot)
        files.snapshot = None

        # 5. final name, manifest, generations
        run.begin("finish")
        final = folder / name
        for index, p in enumerate(list(files.parts), start=2):  # the first part comes last
            target = folder / part_name(name, index)
            _rename_no_replace(p, target)
            files.parts[index - 2] = target
        _rename_no_replace(files.partial, final)
        files.final, files.partial = final, None
        _fsync_dir(folder)
        size = final.stat().st_size + sum(p.stat().st_size for p in files.parts)
        files.manifest = folder / manifest_name(name)
        doc = sidecar(manifest, name, size, whole_sha, deep_check=self.deep_check,
                      unchecked=self.unchecked)
        if files.parts:
            doc["parts"] = [{"file": p.name, "size": p.stat().st_size}
                            for p in (final, *files.parts)]
        _write_manifest(files.manifest, doc)
        _fsync_dir(folder)
        result = BackupResult(final, files.manifest, manifest, size, whole_sha,
                              unchecked=self.unchecked)
        result.parts = [final, *files.parts] if files.parts else []
        files.final = files.manifest = None  # from here on the backup stands
        files.parts = []
        pruning = prune(folder, self.vault_id, self.generations, keep=final,
                        data_key=data_key)
        result.pruned, result.warnings = pruning.deleted, list(pruning.warnings)
        if self.unchecked:
            result.warnings.insert(0, _unchecked_warning(self.deep_check))
        if self.medium_warning and self.medium:
            result.warnings.append(self.medium_warning)
        if self.medium and self.identity is None:  # the first backup on this medium
            try:
                write_identity(folder, self.vault_id, data_key, self.medium,
                               self.when.isoformat())
            except OSError as e:
                result.warnings.append(f"未能在介质上写入标识文件（{e.strerror or e}）；"
                                       "下次备份仍须填写介质条码。")
        result.unverifiable = pruning.unverifiable
        run.at(1.0)
        return result

    def _manifest(self, live: _Stats, size: int, db_sha: str) -> tuple[Manifest, bytes]:
        akey = audit.audit_key(self._data_key, self.vault_id)
        head = AuditHead.of(akey, live.head_seq, live.head_mac)
        manifest = Manifest(
            created_at=self.when.isoformat(), app_version=__version__,
            schema_version=live.schema_version, vault_id=self.vault_id,
            db_size=size, db_sha256=db_sha, audit_seq=head.seq,
            checkpoint=head.checkpoint,
            totals={k: live.tables.get(k, 0) for k in Manifest.TOTALS},
            tables=live.tables, audit_mac=head.mac.hex(), unit_name=live.unit_name,
            medium=self.medium, by_level=live.by_level, by_status=live.by_status)
        return manifest, build_header(manifest, self._keys, self._data_key)

    def _prefix(self, live: _Stats, size: int, db_sha: str) -> bytes:
        return self._manifest(live, size, db_sha)[1]


def create_backup(vault: Vault, folder: Path | str, *, passphrase: str,
                  store: MachineSecretStore | None = None, medium: str = "",
                  generations: int = DEFAULT_GENERATIONS, progress: Progress | None = None,
                  cancel: CancelCheck | None = None, kdf: KdfParams | None = None,
                  workdir: Path | None = None, part_size: int | None = None) -> BackupResult:
    """Make, verify and keep one backup of the open ``vault`` in ``folder``, in this thread.

    ``passphrase`` is the vault's passphrase re-entered by the clerk (checked against the live
    key file; the backup opens with it or with the vault's recovery code). ``medium`` is the
    barcode of the registered medium, if any. ``progress(step, fraction)`` gets the overall
    fraction 0..1; ``cancel()`` is asked between chunks. Raises ``RuleViolation``,
    ``WrongSecret``, ``EnvironmentProblem`` or ``Cancelled``; the ledger never changes except
    for the one audit event.
    """
    job = BackupJob(vault, folder, passphrase=passphrase, store=store, medium=medium,
                    generations=generations, kdf=kdf, workdir=workdir, part_size=part_size)
    try:
        return job.run(progress, cancel, source=vault.conn)
    finally:
        job.record(vault)


def sidecar(manifest: Manifest, name: str, size: int, sha256: str, *,
            deep_check: DeepCheckResult | None = None, unchecked: bool = False
            ) -> dict[str, Any]:
    """The ``.manifest.json`` beside a backup: public facts only, no ledger text, no secret.
    It names the last complete deep check of the vault (date and result) and, when none passed
    within the unit rule's days, marks the backup 未经完整检查."""
    doc = {"说明": "Miji Desk 台账备份清单。备份文件已加密，需用口令或恢复码打开；"
                   "本清单不含台账内容。",
           "file": name, "size": size, "sha256": sha256, **manifest.public(),
           "last_deep_check": deep_check.public() if deep_check else None}
    if unchecked:
        doc["未经完整检查"] = True
    return doc


def _deep_check_state(vault: Vault, now: dt.datetime) -> tuple[DeepCheckResult | None, bool]:
    """The last deep check; refuses a backup while it found damage; (check, unchecked)."""
    last = last_deep_check(vault)
    if last is not None and not last.ok:
        raise RuleViolation("backup.deep_check_damaged",
                            {"at": last.at.strftime("%Y-%m-%d %H:%M")}, None)
    days = rule_value(vault, DEEP_CHECK_MAX_AGE)
    return last, last is None or now - last.at > dt.timedelta(days=days)


def _unchecked_warning(last: DeepCheckResult | None) -> str:
    when = "从未完成过" if last is None else f"上次通过是 {last.at:%Y-%m-%d}"
    return (f"这份备份未经完整检查：台账的完整检查{when}。备份本身已回读校验；请让程序在空闲时"
            "完成完整检查（台账库 › 检查台账）。")


def _snapshot(conn: Connection, run: _Run) -> tuple[_Stats, int, int]:
    """Inside the caller's read transaction: take the SHARED lock, read the live figures and
    the file's length in pages (what the copy takes, under the same lock)."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SHARED lock from here
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    live = _stats(conn)
    run.at(1.0)
    return live, pages * page_size, page_size


_RAW_FDS: dict[tuple[int, int], int] = {}
_RAW_LOCK = threading.Lock()


def _raw_fd(path: Path) -> int:
    """A read-only descriptor of the vault file, kept open for the life of the process.

    POSIX drops *all* of a process's fcntl locks on a file when *any* descriptor of it is
    closed, so closing a descriptor of our own would silently release the SHARED lock that
    keeps writers out during the copy (and the lock of any other connection of this process).
    SQLite keeps its own descriptors open for the same reason.
    """
    st = path.stat()
    key = (st.st_dev, st.st_ino)
    with _RAW_LOCK:
        fd = _RAW_FDS.get(key)
        if fd is None:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            _RAW_FDS[key] = fd
        return fd


def _verify_snapshot(medium_file: Path, db_offset: int, page_size: int, data_key: bytes,
                     probe: Path) -> None:
    """The copy on the medium opens with the backup's data key: its first page (salt, header,
    schema root) decrypts and its HMAC holds (SQLCipher's ``cipher_integrity_check`` on that
    page, copied to ``probe`` beside the vault). The rest of the file is bit-identical to the
    locked vault, proven by the read-back hash."""
    with open(medium_file, "rb", buffering=0) as f:
        f.seek(db_offset)
        page = _read_exactly(f, page_size)
    with open(probe, "xb") as out:
        _write_all(out, page)
    conn = sqlcipher3.connect(str(probe), isolation_level=None, check_same_thread=False)
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        with contextlib.suppress(connection.DatabaseError):
            conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    if problems or len(page) < page_size:
        raise Damaged("备份介质上的文件无法用备份的密钥打开：" + "；".join(problems[:3]) +
                      "。未保留这份备份；台账没有改动，请换一个介质重试。")


def _audit_failure(vault: Vault, job: _Job, step: str, kind: str, reason: str, medium: str,
                   medium_ids: list[int]) -> None:
    """One ``backup_failed`` event; best effort (the vault's own disk may be what failed)."""
    try:
        with vault.transaction() as tx:
            tx.audit("backup_failed", medium_ids, {
                "folder": str(job.folder), "step": step, "kind": kind, "reason": reason,
                "medium": medium, "left_behind": [p.name for p in job.left_behind]})
    except Exception as e:  # the original problem is what the clerk must see
        log.warning("could not audit the failed backup: %s", e)


# -- last backup ------------------------------------------------------------------------------


def last_verified_backup(vault: Vault) -> dt.datetime | None:
    """When the newest backup that passed verification was made (for the status bar)."""
    value = vault.setting(LAST_BACKUP_AT, "")
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
