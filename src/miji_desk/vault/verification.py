"""``verify``: the file, the chain, the schema, every ledger row, and the outside anchors.

All of it is read in ONE read transaction, so another process writing meanwhile can neither make
the chain look cut (its rows read before, its events after) nor mix two states of the file.
Anchors are codes from outside the vault -- a checkpoint code from an earlier printed register,
the audit head of a backup manifest -- that the chain must still pass through: a chain rewritten
and re-MACed with the real key passes its own walk, but not these.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import MijiError
from . import attest, audit, connection, schema_seal
from .audit import AuditHead, AuditVerdict, CheckpointVerdict
from .backup_format import read_header
from .backup_parts import open_backup
from .connection import Connection

# (step, fraction done); steps: file, chain, schema, rows, anchors (the UI words them)
Progress = Callable[[str, float], None]


@dataclass
class VerifyReport:
    integrity: list[str]
    audit: AuditVerdict
    counts: dict[str, int] = field(default_factory=dict)
    schema: list[str] = field(default_factory=list)
    rows: list[attest.RowProblem] = field(default_factory=list)
    anchors: list[CheckpointVerdict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (not self.integrity and self.audit.ok and not self.schema and not self.rows
                and all(a.ok for a in self.anchors))

    def problems(self) -> list[str]:
        if self.integrity:  # nothing read from a damaged file can be trusted
            return ["台账文件完整性检查未通过：" + "；".join(self.integrity[:3])]
        found = []
        if not self.audit.ok:
            found.append(self.audit.summary())
        found += ["台账结构：" + p for p in self.schema]
        found += ["台账记录：" + p.text() for p in self.rows]
        found += [a.message for a in self.anchors if not a.ok]
        return found

    def summary(self) -> str:
        problems = self.problems()
        if problems:
            return problems[0]
        text = self.audit.summary()
        if self.anchors:
            text += "；" + "；".join(a.message for a in self.anchors)
        return text


def run(conn: Connection, key: bytes, *, expected: AuditHead | None = None,
        checkpoints: Sequence[str] = (), backups: Sequence[Path] = (),
        data_key: bytes = b"", vault_id: str = "",
        progress: Progress | None = None) -> VerifyReport:
    """Every check, in one read transaction on ``conn`` (which this thread must own)."""
    def at(step: str, fraction: float) -> None:
        if progress:
            progress(step, fraction)

    anchors = {Path(p).name: _backup_anchor(p, data_key, vault_id) for p in backups}
    codes = [("", c) for c in checkpoints]
    codes += [(f"备份 {n} 的清单：", c) for n, c in anchors.items() if isinstance(c, str)]
    conn.execute("BEGIN")
    try:
        at("file", 0.0)
        problems = connection.integrity_problems(conn)
        at("chain", 0.45)
        try:
            verdict = audit.verify(conn, key, expected)
            at("schema", 0.55)
            schema = schema_seal.problems(conn, key)
            rows = attest.replay(conn, lambda d, t: at("rows", 0.55 + 0.4 * d / max(t, 1)))
            at("anchors", 0.95)
            found = [a for a in anchors.values() if isinstance(a, CheckpointVerdict)]
            found += [_labelled(label, _anchor(conn, key, c, backup=bool(label)))
                      for label, c in codes]
            counts = _counts(conn)
        except connection.DatabaseError as e:  # damaged pages: report, don't crash
            problems = problems or [str(e)]
            verdict = AuditVerdict(False, AuditHead.of(key, 0, audit.GENESIS), None,
                                   f"审计链无法读取（{e}）")
            schema, rows, found, counts = [], [], [], {}
    finally:
        if conn.in_transaction:  # a read transaction: nothing to keep
            with contextlib.suppress(connection.DatabaseError):
                conn.execute("ROLLBACK")
    at("anchors", 1.0)
    return VerifyReport(problems, verdict, counts, schema, rows, found)


def _anchor(conn: Connection, key: bytes, code: str, backup: bool) -> CheckpointVerdict:
    if backup:  # a backup from before a restore describes the branch the restore left
        seq = audit.parse_checkpoint(code)[0]
        row = conn.execute("SELECT min(seq) FROM audit_event WHERE seq <= ? AND "
                           "action = 'restored_from_backup'", (seq,)).fetchone()
        if row[0] is not None:
            return CheckpointVerdict(True, code, f"校验码 {code} 属于第 {row[0]} 条所记的"
                                     "从备份恢复之前的台账，不作比对")
    return audit.verify_checkpoint(conn, key, code)


def _labelled(label: str, verdict: CheckpointVerdict) -> CheckpointVerdict:
    return CheckpointVerdict(verdict.ok, verdict.code, label + verdict.message)


def _counts(conn: Connection) -> dict[str, int]:
    return {"carriers": conn.execute("SELECT count(*) FROM carrier").fetchone()[0],
            "documents": conn.execute("SELECT count(*) FROM document").fetchone()[0],
            "events": conn.execute("SELECT count(*) FROM carrier_event").fetchone()[0],
            "audit": conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]}


def _backup_anchor(path: Path, data_key: bytes, vault_id: str) -> str | CheckpointVerdict:
    """The checkpoint code of a backup's manifest (proven with the data key), or why not."""
    name = Path(path).name
    try:
        with open_backup(Path(path)) as f:
            header = read_header(f, f.size, str(path))  # type: ignore[arg-type]
        if header.vault_id != vault_id:
            return CheckpointVerdict(False, "", f"备份 {name} 不是这本台账的备份")
        manifest = header.unseal(data_key)
    except MijiError as e:
        return CheckpointVerdict(False, "", f"备份 {name} 的清单无法核对：{e.message}")
    except OSError as e:
        return CheckpointVerdict(False, "", f"无法读取备份 {name}：{e.strerror or e}")
    return manifest.checkpoint


def earlier_backup_problems(db: Connection, key: bytes,
                            anchors: Sequence[tuple[str, int, str]]) -> list[str]:
    """A backup's chain against the checkpoint codes of earlier backups of the same vault
    (name, audit seq, code): a chain rewritten between two backups gives another code.

    An anchor beyond a restore in this chain (``restored_from_backup`` at or before its seq)
    lies on the branch the restore left behind, and is not this chain's to match.
    """
    top = audit.last(db)[0]
    restores = [int(r[0]) for r in db.execute(
        "SELECT seq FROM audit_event WHERE action = 'restored_from_backup'")]
    found: list[str] = []
    for name, seq, code in anchors:
        if seq > top or any(r <= seq for r in restores):
            continue
        verdict = audit.verify_checkpoint(db, key, code)
        if not verdict.ok:
            found.append(f"较早的备份 {name} 记录的{verdict.message}")
    return found
