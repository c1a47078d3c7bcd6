"""Verify a backup without restoring it: every check, on a scratch copy."""

from __future__ import annotations

import contextlib
import hashlib
import json
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ...core.errors import EnvironmentProblem, RuleViolation
from .. import attest, audit, connection, schema, scratch, verification
from ..audit import AuditHead, AuditVerdict
from ..backup_format import Header, Manifest, manifest_name, read_header
from ..backup_parts import open_backup
from ..errors import BackupDamaged, BackupMismatch, Damaged, NotABackup, TooNew, WrongSecret
from ..keyslots import KeyFile
from ..vault import FORMAT
from .checks import (
    _checking_connection,
    _differences,
    _in_parallel,
    _Stats,
    _stats,
    _structure_problems,
)
from .files import CHUNK, _reason, _remove_sqlite, _write_all
from .listing import list_backups
from .progress import RESTORE_STEPS, CancelCheck, Progress, _Run

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
        raise RuleViolation("backup.secret_required", None, "passphrase")


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
        f = open_backup(path)  # one file, or its parts read as one
    except FileNotFoundError:
        raise NotABackup(f"找不到备份文件：{path}") from None
    except IsADirectoryError:
        raise NotABackup(f"所选位置是文件夹，不是备份文件：{path}") from None
    except OSError as e:
        raise EnvironmentProblem(f"无法读取备份文件：{path}（{_reason(e)}）。"
                                 "请检查备份介质后重试。") from e
    try:
        with f:
            size = f.size
            header = read_header(f, size, path.name)  # type: ignore[arg-type]
            data_key = _unlock(header, passphrase, recovery_code)
            manifest = header.unseal(data_key)
            run.begin("extract")
            db_sha, whole_sha = _extract(f, header, dest, run)  # type: ignore[arg-type]
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
        if full_chain:
            _check_earlier_backups(path, dest, data_key, manifest)
        sidecar_state = _check_sidecar(path, manifest, size, whole_sha)
    except BaseException:
        _remove_sqlite(dest)
        raise
    run.end()
    report = BackupReport(path, manifest, size, whole_sha,
                          "recovery" if recovery_code is not None else "passphrase", verdict,
                          sidecar_state, run.timings)
    return _Opened(report, dest, data_key, header.keys, passphrase, clerk)


def _check_earlier_backups(path: Path, db: Path, data_key: bytes, manifest: Manifest) -> None:
    """The chain must pass through the audit heads of the earlier backups beside this one."""
    anchors = [(p.name, m.audit_seq, m.checkpoint)
               for p, m in list_backups(path.parent, manifest.vault_id)
               if p.name != path.name and m.audit_seq <= manifest.audit_seq]
    if not anchors:
        return
    conn = connection.open_existing(db, data_key)
    try:
        found = verification.earlier_backup_problems(
            conn, audit.audit_key(data_key, manifest.vault_id), anchors)
    finally:
        conn.close()
    if found:
        raise BackupMismatch("此备份的审计链与较早的备份不一致：" + "；".join(found[:3]) +
                             "。审计记录在两次备份之间被改写过，请改用另一份备份并报告。")


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
            if not full_chain:
                return AuditVerdict(True, audit.head(c, akey))
            verdict = audit.verify(c, akey)
            rows = attest.replay(c, limit=1) if verdict.ok else []  # rows vs their events
            if rows:
                return AuditVerdict(False, verdict.head, rows[0].seq, "台账记录与审计记录不符："
                                    + rows[0].text())
            return verdict
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
    scratch.clean(folder)  # copies left by verifications that were killed
    path = folder / scratch.verify_name()
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
