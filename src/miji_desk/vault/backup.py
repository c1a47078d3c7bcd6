"""Encrypted backups to dedicated media, verification without restoring, and restore.

A backup is one file, ``miji-backup-YYYYMMDD-HHMMSS.mjbk`` (format: ``backup_format``), plus a
human-readable ``miji-backup-YYYYMMDD-HHMMSS.manifest.json`` beside it. ``create_backup`` runs
the steps of issue 7 in order, and a backup gets its final name only after all of them passed:

1. ``snapshot``: the SQLite backup API copies the open vault into a local temporary file next
   to the vault (never on the medium first), keyed with the same data key.
2. ``verify``: the snapshot is opened on its own; ``cipher_integrity_check`` and
   ``integrity_check`` pass; every table's row count, the counts by level and by status, the
   schema version and the audit head equal the live vault's.
3. ``copy``: header + snapshot go to ``<name>.partial`` on the medium, are fsynced, evicted from
   the OS cache where the OS allows it, read back and compared by SHA-256.
4. ``finish``: renamed to the final name (never over an existing file), the folder fsynced, the
   manifest written; older generations of the same vault beyond ``generations`` pruned (the new
   backup, the newest verified one, is never a candidate).

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

import contextlib
import datetime as dt
import errno
import hashlib
import json
import logging
import os
import secrets
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .. import __version__
from ..core.clock import SystemClock
from ..core.errors import EnvironmentProblem, MijiError, RuleViolation
from ..core.passphrase_policy import PassphrasePolicy
from . import audit, connection, schema
from .audit import AuditHead, AuditVerdict
from .backup_format import (
    NAME_PREFIX,
    NAME_RE,
    PARTIAL_SUFFIX,
    SUFFIX,
    Header,
    LevelCount,
    Manifest,
    backup_name,
    build_header,
    manifest_name,
    read_header,
)
from .connection import Connection
from .errors import (
    BackupDamaged,
    BackupMismatch,
    Damaged,
    NotABackup,
    NotAVault,
    TooNew,
    WrongSecret,
)
from .kdf import KdfParams
from .keyslots import KeyFile
from .machine_secret import MachineSecretStore
from .vault import FORMAT, Vault, key_path

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
CancelCheck = Callable[[], bool]

CHUNK = 4 << 20
SNAPSHOT_PAGES = 2048  # pages per backup-API step: progress and cancel about every 8 MB
DEFAULT_GENERATIONS = 5
LAST_BACKUP_AT = "last_backup_at"  # meta key read by last_verified_backup

# Steps (the keys the progress callback receives) and their share of the progress bar.
STEPS: dict[str, tuple[float, float]] = {
    "snapshot": (0.00, 0.30),
    "verify": (0.30, 0.60),
    "copy": (0.60, 0.80),
    "readback": (0.80, 0.97),
    "finish": (0.97, 1.00),
}
STEP_LABELS = {"snapshot": "制作快照", "verify": "校验快照", "copy": "写入备份介质",
               "readback": "回读校验", "finish": "完成并整理旧备份"}
RESTORE_STEPS: dict[str, tuple[float, float]] = {
    "unlock": (0.00, 0.05),
    "extract": (0.05, 0.45),
    "verify": (0.45, 1.00),
}
RESTORE_STEP_LABELS = {"unlock": "解锁备份", "extract": "读取备份", "verify": "校验备份内容"}

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


class Cancelled(MijiError):
    """The clerk cancelled; nothing was left behind."""

    def __init__(self, message: str = "已取消。没有留下未完成的文件，台账没有改动。") -> None:
        super().__init__(message)


# -- progress and cancel ----------------------------------------------------------------------


class _Run:
    def __init__(self, progress: Progress | None, cancel: CancelCheck | None,
                 steps: dict[str, tuple[float, float]]) -> None:
        self._progress = progress
        self._cancel = cancel
        self._steps = steps
        self.step = next(iter(steps))
        self.timings: dict[str, float] = {}
        self._t0 = 0.0

    def begin(self, step: str) -> None:
        now = time.perf_counter()
        if self._t0:
            self.timings[self.step] = self.timings.get(self.step, 0.0) + now - self._t0
        self._t0 = now
        self.step = step
        self.at(0.0)

    def end(self) -> None:
        if self._t0:
            self.timings[self.step] = self.timings.get(self.step, 0.0) + \
                time.perf_counter() - self._t0
            self._t0 = 0.0

    def at(self, fraction: float) -> None:
        """Report progress within the current step, then honour a cancel request."""
        if self._progress is not None:
            lo, hi = self._steps[self.step]
            self._progress(self.step, lo + (hi - lo) * min(max(fraction, 0.0), 1.0))
        self.check()

    def cancelled(self) -> bool:
        return bool(self._cancel is not None and self._cancel())

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled()


# -- statistics of a vault file -----------------------------------------------------------------


@dataclass(frozen=True)
class _Stats:
    schema_version: int
    vault_id: str
    unit_name: str
    tables: dict[str, int]
    by_level: tuple[LevelCount, ...]
    by_status: dict[str, int]
    head_seq: int
    head_mac: bytes


def _stats(conn: Connection) -> _Stats:
    """Everything the manifest compares, each answered through an index."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
    tables = {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    levels = list(conn.execute("SELECT code, name, rank FROM level ORDER BY rank DESC"))
    by_rank = dict(conn.execute("SELECT level_rank, count(*) FROM carrier GROUP BY level_rank"))
    by_level = tuple(LevelCount(code, name, rank, by_rank.get(rank, 0))
                     for code, name, rank in levels)
    by_status = dict(conn.execute("SELECT status, count(*) FROM carrier GROUP BY status"))
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('vault_id', 'unit_name')"))
    seq, mac = audit.last(conn)
    return _Stats(conn.execute("PRAGMA user_version").fetchone()[0], meta.get("vault_id", ""),
                  meta.get("unit_name", ""), tables, by_level, by_status, seq, mac)


def _differences(expected: _Stats | Manifest, found: _Stats) -> list[str]:
    """Human-readable differences between what should be and what is (empty if equal)."""
    diffs: list[str] = []
    exp_tables = dict(expected.tables)
    for name in sorted(set(exp_tables) | set(found.tables)):
        a, b = exp_tables.get(name), found.tables.get(name)
        if a != b:
            diffs.append(f"表 {name}：应有 {a} 行，实有 {b} 行")
    exp_levels = {lc.code: lc.count for lc in expected.by_level}
    if exp_levels != {lc.code: lc.count for lc in found.by_level}:
        diffs.append("按密级统计的载体数不一致")
    if {k: v for k, v in expected.by_status.items() if v} != found.by_status:
        diffs.append("按状态统计的载体数不一致")
    if isinstance(expected, Manifest):
        for name, n in expected.totals.items():
            if found.tables.get(name) != n:
                diffs.append(f"清单总数 {name} 为 {n}，实有 {found.tables.get(name)} 行")
        seq, mac_hex, version = expected.audit_seq, expected.audit_mac, expected.schema_version
    else:
        seq, mac_hex, version = expected.head_seq, expected.head_mac.hex(), \
            expected.schema_version
    if (seq, mac_hex) != (found.head_seq, found.head_mac.hex()):
        diffs.append(f"审计链末条应为第 {seq} 条，实为第 {found.head_seq} 条或校验值不同")
    if version != found.schema_version:
        diffs.append(f"数据结构版本应为 {version}，实为 {found.schema_version}")
    return diffs


# -- files ------------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX). Windows cannot open folders; NTFS journals renames."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


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


def _free_name(folder: Path, when: dt.datetime) -> str:
    """The first backup name for ``when`` that is not taken, with or without ``.partial``."""
    for counter in range(1, 1000):
        name = backup_name(when, counter)
        if not any(os.path.lexists(folder / n) for n in
                   (name, name + PARTIAL_SUFFIX, manifest_name(name))):
            return name
    raise EnvironmentProblem(f"备份文件夹中同一时刻的备份过多：{folder}")


def _copy_to_medium(source: Path, prefix: bytes, dest: Path, run: _Run) -> None:
    """Write ``prefix`` + ``source`` to a new file ``dest`` (never an existing one), fsynced."""
    total = source.stat().st_size
    done = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open(source, "rb", buffering=0) as src, open(dest, "xb", buffering=0) as out:
        _write_all(out, prefix)
        while True:
            n = src.readinto(buf)
            if not n:
                break
            _write_all(out, view[:n])
            done += n
            run.at(done / total if total else 1.0)
        if done != total:
            raise OSError(errno.EIO, "snapshot changed size while copying")
        _fsync(out.fileno())
        _drop_cache(out.fileno())


def _write_all(f: BinaryIO, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        n = f.write(view)
        if not n:
            raise OSError(errno.EIO, "short write")
        view = view[n:]


def _fsync(fd: int) -> None:
    os.fsync(fd)


def _read_back(path: Path, db_offset: int, run: _Run) -> tuple[bytes, str, str]:
    """Read the file on the medium: (prefix + header bytes, SHA-256 of the database part,
    SHA-256 of the whole file)."""
    whole = hashlib.sha256()
    part = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as f:
        head = _read_exactly(f, db_offset)
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


def _read_exactly(f: BinaryIO, size: int) -> bytes:
    data = bytearray()
    while len(data) < size:
        chunk = f.read(size - len(data))
        if not chunk:
            break
        data += chunk
    return bytes(data)


def _sha256_file(path: Path, stop: threading.Event) -> str:
    h = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as f:
        while not stop.is_set():
            n = f.readinto(buf)
            if not n:
                return h.hexdigest()
            h.update(view[:n])
    raise Cancelled()


def _in_parallel(run: _Run, jobs: dict[str, Callable[[threading.Event], Any]],
                 expected_s: float) -> dict[str, Any]:
    """Run each job in its own thread; SQLite and hashlib release the GIL, so on a 2-core PC
    ``cipher_integrity_check``, ``integrity_check`` and hashing overlap. The calling thread
    reports progress (estimated from ``expected_s``) and turns a cancel into ``stop``; the
    first failure stops the others and is raised (a cancel as ``Cancelled``)."""
    stop = threading.Event()
    results: dict[str, Any] = {}
    errors: list[BaseException] = []

    def main(name: str, fn: Callable[[threading.Event], Any]) -> None:
        try:
            results[name] = fn(stop)
        except BaseException as e:  # handed to the calling thread
            errors.append(e)
            stop.set()

    threads = [threading.Thread(target=main, args=item, name=f"backup-{item[0]}", daemon=True)
               for item in jobs.items()]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    try:
        for t in threads:
            while t.is_alive():
                t.join(0.1)
                run.at(min(0.95, (time.perf_counter() - t0) / max(expected_s, 0.1)))
    except Cancelled:
        stop.set()
        for t in threads:
            t.join()
        raise
    if errors:
        real = [e for e in errors if not isinstance(e, Cancelled | connection.OperationalError)]
        raise (real or errors)[0]
    return results


def _structure_problems(conn: Connection) -> list[str]:
    """``PRAGMA integrity_check``; a damaged page that stops the check is a problem too."""
    try:
        rows = [tuple(r) for r in conn.execute("PRAGMA integrity_check")]
    except connection.OperationalError:
        raise  # interrupted (cancel), or the disk failed
    except connection.DatabaseError as e:
        return [str(e)]
    return [] if rows == [("ok",)] else [str(r[0]) for r in rows]


def _checking_connection(path: Path, data_key: bytes, stop: threading.Event) -> Connection:
    conn = connection.open_existing(path, data_key)
    conn.set_progress_handler(lambda: 1 if stop.is_set() else 0, 100_000)
    return conn


def _rename_no_replace(src: Path, dst: Path) -> None:
    # os.rename replaces silently on POSIX; hard links (which refuse) are missing on FAT media.
    # One clerk runs one backup at a time, so checking first is enough.
    if os.path.lexists(dst):
        raise FileExistsError(errno.EEXIST, "backup exists", str(dst))
    os.rename(src, dst)


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
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class _Job:
    folder: Path
    snapshot: Path | None = None
    partial: Path | None = None
    final: Path | None = None
    manifest: Path | None = None
    left_behind: list[Path] = field(default_factory=list)

    def cleanup(self) -> None:
        if self.snapshot is not None:
            _remove_sqlite(self.snapshot)
        for p in (self.partial, self.final, self.manifest):
            if p is not None and not _remove(p):
                self.left_behind.append(p)


def _reason(error: OSError) -> str:
    return _MEDIUM_ERRNO.get(error.errno or 0, error.strerror or str(error))


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
        raise RuleViolation(f"介质条码 {code} 未在台账中登记。请先登记该备份介质，或不填条码。",
                            "medium")
    if view.kind.value == "document":
        raise RuleViolation(f"条码 {code} 是一份文件，不是存储介质。", "medium")
    return view.barcode, [view.id]


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
                 workdir: Path | None = None) -> None:
        self.folder = Path(folder)
        if not 1 <= generations <= 100:
            raise RuleViolation("保留的备份份数须在 1 到 100 之间。", "generations")
        self.medium, self._medium_ids = _check_medium(vault, medium)
        if not self.folder.is_dir():
            raise EnvironmentProblem(
                f"找不到备份文件夹：{self.folder}。请插入备份介质并选择其上的文件夹。")
        with contextlib.suppress(OSError):
            if self.folder.resolve() == vault.path.resolve().parent:
                raise RuleViolation(
                    "备份不能放在台账所在的文件夹：请选择专用备份介质上的文件夹。", "folder")
        self._data_key, self._keys = _backup_keys(vault, passphrase, store, kdf)
        self.generations = generations
        self.vault_path = vault.path
        self.vault_id = vault.vault_id
        self.when = vault.clock.now()
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
                    "pruned": [p.name for p in self.result.pruned]})
                tx.set_meta(LAST_BACKUP_AT, m.created_at)
        except Exception as e:  # the backup stands; say that the record is missing
            text = e.message if isinstance(e, MijiError) else str(e)
            self.result.warnings.append(f"备份已完成并校验，但未能记入台账的审计日志：{text}")
        return self.result.warnings

    def _steps(self, conn: Connection, run: _Run) -> BackupResult:
        files, folder, data_key = self._files, self.folder, self._data_key
        # 1. snapshot, on this PC, beside the vault (same disk and protection as the vault),
        #    and the live figures, both in one read transaction
        run.begin("snapshot")
        for stale in self.workdir.glob(f".{self.vault_path.name}.backup-*.tmp"):
            _remove_sqlite(stale)  # left by a backup that was killed
        files.snapshot = self.workdir / f".{self.vault_path.name}.backup-{secrets.token_hex(4)}.tmp"
        outer = conn.in_transaction
        if not outer:
            conn.execute("BEGIN")
        try:
            _snapshot(conn, files.snapshot, data_key, run)
            live = _stats(conn)
        finally:
            if not outer:
                conn.execute("COMMIT")

        # 2. verify the snapshot on connections of its own (and hash it meanwhile)
        run.begin("verify")
        db_sha = _verify_snapshot(files.snapshot, data_key, live, run)
        akey = audit.audit_key(data_key, self.vault_id)
        head = AuditHead.of(akey, live.head_seq, live.head_mac)
        manifest = Manifest(
            created_at=self.when.isoformat(), app_version=__version__,
            schema_version=live.schema_version, vault_id=self.vault_id,
            db_size=files.snapshot.stat().st_size, db_sha256=db_sha, audit_seq=head.seq,
            checkpoint=head.checkpoint,
            totals={k: live.tables.get(k, 0) for k in Manifest.TOTALS},
            tables=live.tables, audit_mac=head.mac.hex(), unit_name=live.unit_name,
            medium=self.medium, by_level=live.by_level, by_status=live.by_status)
        prefix = build_header(manifest, self._keys, data_key)

        # 3. copy to the medium under a temporary name, fsync, read back, compare
        run.begin("copy")
        name = _free_name(folder, self.when)
        files.partial = folder / (name + PARTIAL_SUFFIX)
        _copy_to_medium(files.snapshot, prefix, files.partial, run)
        run.begin("readback")
        head_back, db_back, whole_sha = _read_back(files.partial, len(prefix), run)
        if head_back != prefix or db_back != db_sha:
            raise OSError(errno.EIO, "read-back differs from what was written")
        _remove_sqlite(files.snapshot)
        files.snapshot = None

        # 4. final name, manifest, generations
        run.begin("finish")
        final = folder / name
        _rename_no_replace(files.partial, final)
        files.final, files.partial = final, None
        _fsync_dir(folder)
        size = final.stat().st_size
        files.manifest = folder / manifest_name(name)
        _write_manifest(files.manifest, sidecar(manifest, name, size, whole_sha))
        _fsync_dir(folder)
        result = BackupResult(final, files.manifest, manifest, size, whole_sha)
        files.final = files.manifest = None  # from here on the backup stands
        result.pruned, result.warnings = prune(folder, self.vault_id, self.generations,
                                               keep=final)
        run.at(1.0)
        return result


def create_backup(vault: Vault, folder: Path | str, *, passphrase: str,
                  store: MachineSecretStore | None = None, medium: str = "",
                  generations: int = DEFAULT_GENERATIONS, progress: Progress | None = None,
                  cancel: CancelCheck | None = None, kdf: KdfParams | None = None,
                  workdir: Path | None = None) -> BackupResult:
    """Make, verify and keep one backup of the open ``vault`` in ``folder``, in this thread.

    ``passphrase`` is the vault's passphrase re-entered by the clerk (checked against the live
    key file; the backup opens with it or with the vault's recovery code). ``medium`` is the
    barcode of the registered medium, if any. ``progress(step, fraction)`` gets the overall
    fraction 0..1; ``cancel()`` is asked between chunks. Raises ``RuleViolation``,
    ``WrongSecret``, ``EnvironmentProblem`` or ``Cancelled``; the ledger never changes except
    for the one audit event.
    """
    job = BackupJob(vault, folder, passphrase=passphrase, store=store, medium=medium,
                    generations=generations, kdf=kdf, workdir=workdir)
    try:
        return job.run(progress, cancel, source=vault.conn)
    finally:
        job.record(vault)


def sidecar(manifest: Manifest, name: str, size: int, sha256: str) -> dict[str, Any]:
    """The ``.manifest.json`` beside a backup: public facts only, no ledger text, no secret."""
    return {"说明": "Miji Desk 台账备份清单。备份文件已加密，需用口令或恢复码打开；"
                  "本清单不含台账内容。",
            "file": name, "size": size, "sha256": sha256, **manifest.public()}


def _snapshot(source: Connection, path: Path, data_key: bytes, run: _Run) -> None:
    target = connection.create(path, data_key)
    try:
        # A throw-away copy: no journal, no fsync per step (the medium copy is fsynced).
        target.execute("PRAGMA journal_mode = OFF").fetchall()
        target.execute("PRAGMA synchronous = OFF")

        def step(_status: int, remaining: int, total: int) -> None:
            run.at((total - remaining) / total if total else 1.0)

        source.backup(target, pages=SNAPSHOT_PAGES, progress=step)
    finally:
        target.close()


def _verify_snapshot(path: Path, data_key: bytes, live: _Stats, run: _Run) -> str:
    """Both integrity checks, counts and audit head of the snapshot; its SHA-256."""

    def cipher(stop: threading.Event) -> tuple[list[str], _Stats]:
        conn = _checking_connection(path, data_key, stop)
        try:
            problems = [str(r) for r in conn.execute("PRAGMA cipher_integrity_check")]
            return problems, _stats(conn)
        finally:
            conn.close()

    def structure(stop: threading.Event) -> list[str]:
        conn = _checking_connection(path, data_key, stop)
        try:
            return _structure_problems(conn)
        finally:
            conn.close()

    size = path.stat().st_size
    done = _in_parallel(run, {"cipher": cipher, "structure": structure,
                              "hash": lambda stop: _sha256_file(path, stop)},
                        expected_s=size / (10 << 20))
    problems = done["cipher"][0] + done["structure"]
    if problems:
        raise Damaged("备份快照的完整性检查未通过：" + "；".join(problems[:3]) +
                      "。台账本身可能有问题，请先运行“校验台账”。未写入备份介质。")
    diffs = _differences(live, done["cipher"][1])
    if diffs:
        raise BackupMismatch("备份快照与台账不一致：" + "；".join(diffs[:3]) + "。未写入备份介质。")
    run.at(1.0)
    snapshot_hash: str = done["hash"]
    return snapshot_hash


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


# -- verify and restore -----------------------------------------------------------------------


@dataclass
class BackupReport:
    """A backup that passed every check, and what it holds."""

    path: Path
    manifest: Manifest
    size: int
    sha256: str  # whole file
    unlocked_with: str  # "passphrase" or "recovery"
    audit: AuditVerdict
    sidecar: str  # "ok", "missing"
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def head(self) -> AuditHead:
        return self.audit.head

    def summary(self) -> str:
        m = self.manifest
        return (f"备份完好：{self.path.name}，制作于 {m.created.strftime('%Y-%m-%d %H:%M:%S')}，"
                f"载体 {m.carriers} 件；{self.audit.summary()}")


@dataclass
class _Opened:
    report: BackupReport
    db: Path
    data_key: bytes
    keys: KeyFile
    passphrase: str | None
    clerk_name: str


def _secret_of(passphrase: str | None, recovery_code: str | None) -> None:
    if (passphrase is None) == (recovery_code is None):
        raise RuleViolation("请输入备份的口令或恢复码（二者选一）。", "passphrase")


def _unlock(header: Header, passphrase: str | None, recovery_code: str | None) -> bytes:
    try:
        if recovery_code is not None:
            return header.keys.unlock_recovery(recovery_code)
        return header.keys.unlock_passphrase(passphrase or "", None)
    except WrongSecret:
        if recovery_code is not None:
            raise WrongSecret("恢复码不正确：请输入制作这份备份时台账有效的恢复码"
                              "（如果之后更换过恢复码，旧备份仍需用旧恢复码）。") from None
        raise WrongSecret("口令不正确：请输入制作这份备份时台账的口令"
                          "（如果之后改过口令，旧备份仍需用旧口令；也可以用恢复码）。") from None


def _extract(f: BinaryIO, header: Header, dest: Path, run: _Run) -> tuple[str, str]:
    """Copy the database part to ``dest`` (a new file); (database SHA-256, whole-file SHA-256)."""
    whole = hashlib.sha256(header.raw)
    part = hashlib.sha256()
    total = header.public.db_size
    done = 0
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    f.seek(header.db_offset)
    with open(dest, "xb", buffering=0) as out:
        while True:
            n = f.readinto(buf)  # type: ignore[attr-defined]
            if not n:
                break
            whole.update(view[:n])
            part.update(view[:n])
            _write_all(out, view[:n])
            done += n
            run.at(done / total if total else 1.0)
    return part.hexdigest(), whole.hexdigest()


def _open_backup(path: Path, passphrase: str | None, recovery_code: str | None, dest: Path,
                 run: _Run, *, full_chain: bool = True) -> _Opened:
    """Every check of a backup; leaves the verified database at ``dest`` (caller removes it)."""
    _secret_of(passphrase, recovery_code)
    run.begin("unlock")
    try:
        f = open(path, "rb", buffering=0)  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise NotABackup(f"找不到备份文件：{path}") from None
    except IsADirectoryError:
        raise NotABackup(f"所选位置是文件夹，不是备份文件：{path}") from None
    except OSError as e:
        raise EnvironmentProblem(f"无法读取备份文件：{path}（{_reason(e)}）。"
                                 "请检查备份介质后重试。") from e
    try:
        with f:
            size = os.fstat(f.fileno()).st_size
            header = read_header(f, size, path.name)
            data_key = _unlock(header, passphrase, recovery_code)
            manifest = header.unseal(data_key)
            run.begin("extract")
            db_sha, whole_sha = _extract(f, header, dest, run)
    except OSError as e:
        _remove_sqlite(dest)
        raise EnvironmentProblem(f"读取或解开备份文件时出错：{path}（{_reason(e)}）。"
                                 "请检查备份介质和本机磁盘后重试。") from e
    except BaseException:
        _remove_sqlite(dest)
        raise
    try:
        if db_sha != manifest.db_sha256:
            raise BackupDamaged(
                f"备份文件已损坏：台账部分的校验值与清单不符（{path.name}）。可能是介质故障或文件被改动。"
                "请改用另一份备份，并保留此文件以便检查。")
        run.begin("verify")
        verdict, clerk = _verify_database(dest, data_key, manifest, run, full_chain)
        sidecar_state = _check_sidecar(path, manifest, size, whole_sha)
    except BaseException:
        _remove_sqlite(dest)
        raise
    run.end()
    report = BackupReport(path, manifest, size, whole_sha,
                          "recovery" if recovery_code is not None else "passphrase", verdict,
                          sidecar_state, run.timings)
    return _Opened(report, dest, data_key, header.keys, passphrase, clerk)


def _verify_database(db: Path, data_key: bytes, manifest: Manifest, run: _Run,
                     full_chain: bool) -> tuple[AuditVerdict, str]:
    """Identity, both integrity checks, the audit chain and the counts of an unpacked backup;
    the three long checks run side by side."""
    try:
        conn = connection.open_existing(db, data_key)
    except Damaged:
        raise BackupDamaged("备份中的台账无法解密（内容已损坏）。请改用另一份备份。") from None
    try:
        meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                                 "('format', 'vault_id', 'clerk_name')"))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except connection.DatabaseError as e:
        raise BackupDamaged(f"备份中的台账已损坏（{e}）。请改用另一份备份。") from e
    finally:
        conn.close()
    if meta.get("format") != FORMAT or meta.get("vault_id") != manifest.vault_id:
        raise BackupMismatch("备份中的台账与其清单不是同一本台账。请改用另一份备份。")
    if version > schema.SCHEMA_VERSION:
        raise TooNew("此备份由更新版本的 Miji Desk 制作，请先升级本软件。备份文件未被改动。")
    akey = audit.audit_key(data_key, manifest.vault_id)

    def cipher(stop: threading.Event) -> tuple[list[str], _Stats]:
        c = _checking_connection(db, data_key, stop)
        try:
            problems = [str(r) for r in c.execute("PRAGMA cipher_integrity_check")]
            return problems, _stats(c)
        finally:
            c.close()

    def structure(stop: threading.Event) -> list[str]:
        c = _checking_connection(db, data_key, stop)
        try:
            return _structure_problems(c)
        finally:
            c.close()

    def chain(stop: threading.Event) -> AuditVerdict:
        c = _checking_connection(db, data_key, stop)
        try:
            return audit.verify(c, akey) if full_chain else AuditVerdict(True,
                                                                         audit.head(c, akey))
        finally:
            c.close()

    try:
        done = _in_parallel(run, {"cipher": cipher, "structure": structure, "chain": chain},
                            expected_s=db.stat().st_size / (10 << 20))
    except connection.OperationalError:
        run.check()
        raise
    except connection.DatabaseError as e:
        raise BackupDamaged(f"备份中的台账已损坏（{e}）。请改用另一份备份。") from e
    problems = done["cipher"][0] + done["structure"]
    if problems:
        raise BackupDamaged("备份中的台账完整性检查未通过：" + "；".join(problems[:3]) +
                            "。请改用另一份备份。")
    verdict: AuditVerdict = done["chain"]
    if not verdict.ok:
        raise BackupDamaged(f"备份中的审计链有问题：{verdict.summary()}。请改用另一份备份。")
    expected = AuditHead(manifest.audit_seq, bytes.fromhex(manifest.audit_mac),
                         manifest.checkpoint)
    diffs = _differences(manifest, done["cipher"][1])
    if diffs or verdict.head != expected:
        detail = diffs or [f"审计链校验点应为 {manifest.checkpoint}，实为 "
                           f"{verdict.head.checkpoint}"]
        raise BackupMismatch("备份内容与其清单不符：" + "；".join(detail[:3]) +
                             "。不能作为可靠的备份使用，请改用另一份备份。")
    run.at(1.0)
    return verdict, meta.get("clerk_name", "")


def _check_sidecar(path: Path, manifest: Manifest, size: int, sha: str) -> str:
    """The ``.manifest.json`` beside the file, if present, must describe this very file."""
    side = path.with_name(manifest_name(path.name))
    try:
        raw = side.read_bytes()
    except FileNotFoundError:
        return "missing"
    except OSError:
        return "unreadable"
    try:
        doc = json.loads(raw.decode("utf-8"))
        claimed = {k: doc[k] for k in (*Manifest.PUBLIC, "size", "sha256")}
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
        raise BackupMismatch(f"备份旁的清单文件 {side.name} 已损坏或被改动，与备份不符。"
                             "请核对备份来源。") from None
    expected = {**manifest.public(), "size": size, "sha256": sha}
    wrong = sorted(k for k in expected if claimed.get(k) != expected[k])
    if wrong:
        raise BackupMismatch(f"备份旁的清单文件 {side.name} 与备份不符（{', '.join(wrong)}）。"
                             "清单可能属于另一份备份或被改动过；请核对备份来源。")
    return "ok"


@contextlib.contextmanager
def _scratch(workdir: Path | None) -> Iterator[Path]:
    folder = Path(workdir) if workdir else Path(tempfile.gettempdir())
    path = folder / f".miji-verify-{secrets.token_hex(6)}.tmp"
    try:
        yield path
    finally:
        _remove_sqlite(path)


def verify_backup(path: Path | str, passphrase: str | None = None,
                  recovery_code: str | None = None, *, workdir: Path | None = None,
                  progress: Progress | None = None,
                  cancel: CancelCheck | None = None) -> BackupReport:
    """Check a backup without restoring it: header, hash, key slot, both integrity checks, the
    whole audit chain against the manifest's head, counts against the manifest, and the
    ``.manifest.json`` beside it when there is one.

    Raises ``NotABackup``, ``BackupTruncated``, ``BackupDamaged``, ``WrongSecret``,
    ``BackupMismatch``, ``TooNew`` or ``EnvironmentProblem``. The database is copied (still
    encrypted) to a temporary file in ``workdir`` (default: the OS temp folder) and removed.
    """
    run = _Run(progress, cancel, RESTORE_STEPS)
    with _scratch(workdir) as scratch:
        opened = _open_backup(Path(path), passphrase, recovery_code, scratch, run)
    return opened.report


inspect_backup = verify_backup  # unlock and show what a backup holds; changes nothing


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
        ``<stem>-replaced-YYYYMMDD-HHMMSS<suffix>`` (+ ``.keys``), never deleted.
        """
        if self._opened is None:
            raise RuntimeError("this restore was already committed or discarded")
        opened = self._opened
        target = self.target
        if passphrase is None:
            if opened.passphrase is None:
                raise RuleViolation("用恢复码打开的备份，恢复时须设置新口令。", "passphrase")
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
                with connection.transaction(conn):
                    audit.append(conn, akey, at=now.isoformat(), actor=opened.clerk_name,
                                 action="restored_from_backup", carrier_ids=[], detail={
                                     "file": self.report.path.name,
                                     "folder": str(self.report.path.parent),
                                     "sha256": self.report.sha256,
                                     "backup_created_at": m.created_at,
                                     "audit_seq": m.audit_seq, "checkpoint": m.checkpoint,
                                     "unlocked_with": self.report.unlocked_with,
                                     "replaced": kept.name if kept else None})
                    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                                 "DO UPDATE SET value = excluded.value",
                                 (LAST_BACKUP_AT, m.created_at))
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
            _swap(db, target, kept)
        except OSError as e:
            _remove(keys_tmp)
            raise EnvironmentProblem(f"恢复失败：{_reason(e)}"
                                     f"（{target.parent}）。原台账没有改动。") from e
        except connection.OperationalError as e:
            _remove(keys_tmp)
            raise connection.environment(e, "恢复失败，原台账没有改动") from e
        except BaseException:
            _remove(keys_tmp)
            raise
        finally:
            self.discard()
        return RestoreResult(target, kept, self.report, secret is not None, warnings)


def _kept_name(target: Path, when: dt.datetime) -> Path:
    stamp = when.strftime("%Y%m%d-%H%M%S")
    for n in range(1, 1000):
        extra = f"-{n}" if n > 1 else ""
        kept = target.with_name(f"{target.stem}-replaced-{stamp}{extra}{target.suffix}")
        if not os.path.lexists(kept) and not os.path.lexists(key_path(kept)):
            return kept
    raise EnvironmentProblem(f"无法为被替换的台账选择名称：{target}")


def _swap(new_db: Path, target: Path, kept: Path | None) -> None:
    """Rename the old vault (file, key file, any hot journal) aside, then the new one in.

    Each rename is atomic; if one fails, the ones done are undone, so the target is either the
    old vault or the restored one.
    """
    moves: list[tuple[Path, Path]] = []
    if kept is not None:
        for suffix in ("", ".keys", "-journal"):
            src = Path(str(target) + suffix)
            if os.path.lexists(src):
                moves.append((src, Path(str(kept) + suffix)))
    moves += [(key_path(new_db), key_path(target)), (new_db, target)]
    done: list[tuple[Path, Path]] = []
    try:
        for src, dst in moves:
            _rename_no_replace(src, dst)
            done.append((src, dst))
        _fsync_dir(target.parent)
    except OSError:
        for src, dst in reversed(done):
            with contextlib.suppress(OSError):
                os.rename(dst, src)
        raise


def prepare_restore(backup: Path | str, target: Path | str, *, passphrase: str | None = None,
                    recovery_code: str | None = None, progress: Progress | None = None,
                    cancel: CancelCheck | None = None) -> PreparedRestore:
    """Unlock and fully verify ``backup``, unpacked (still encrypted) beside ``target``.

    The result's ``report`` is what the restore dialog shows before the clerk confirms.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise EnvironmentProblem(f"找不到台账所在的文件夹：{target.parent}")
    db = target.with_name(target.name + ".restoring")
    _remove_sqlite(db)  # left by a restore that was killed
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


__all__ = ["DEFAULT_GENERATIONS", "STEPS", "STEP_LABELS", "BackupJob", "BackupReport",
           "BackupResult",
           "Cancelled", "Manifest", "PreparedRestore", "RestoreResult", "create_backup",
           "inspect_backup", "last_verified_backup", "list_backups",
           "prepare_restore", "prune", "restore", "verify_backup"]
