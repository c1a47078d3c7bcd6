"""The tamper-evident audit chain.

Each event's ``mac = HMAC-SHA256(K_audit, canonical(event) || prev_mac)``. ``K_audit`` is derived
from the data key and never stored, so a chain recomputed by someone without the key fails.
A cut tail is caught by the ledger rows that name audit events beyond the chain's end, and by an
expected head (from a backup manifest or a printed checkpoint code) when one is given.

The chain proves the events; each event also seals the ledger rows its transaction wrote
(attest.py), and ``verify_checkpoint`` proves against a code from paper that a chain recomputed
with the real key (by someone holding the passphrase) still passes where it passed before.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..core.errors import RuleViolation
from . import attest
from .connection import Connection

GENESIS = bytes(32)


def audit_key(data_key: bytes, vault_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=vault_id.encode(),
                info=b"miji-desk audit chain v1").derive(data_key)


def canonical_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=_json_default)


def _json_default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def _message(seq: int, at: str, actor: str, action: str, carrier_ids: str, detail: str) -> bytes:
    return json.dumps([seq, at, actor, action, carrier_ids, detail], ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")


def mac_for(key: bytes, seq: int, at: str, actor: str, action: str, carrier_ids: str,
            detail: str, prev_mac: bytes) -> bytes:
    msg = _message(seq, at, actor, action, carrier_ids, detail)
    return hmac.new(key, msg + prev_mac, hashlib.sha256).digest()


@dataclass(frozen=True)
class AuditHead:
    seq: int
    mac: bytes
    checkpoint: str  # short code printed on registers and written into backup manifests

    @staticmethod
    def of(key: bytes, seq: int, mac: bytes) -> AuditHead:
        digest = hmac.new(key, b"checkpoint" + seq.to_bytes(8, "big") + mac,
                          hashlib.sha256).hexdigest().upper()
        return AuditHead(seq, mac, f"{seq}-{digest[:4]}-{digest[4:8]}")


@dataclass(frozen=True)
class AuditVerdict:
    ok: bool
    head: AuditHead
    first_bad_seq: int | None = None
    reason: str = ""

    def summary(self) -> str:
        if self.ok:
            return f"审计链完整：共 {self.head.seq} 条，校验码 {self.head.checkpoint}"
        return f"审计链第 {self.first_bad_seq} 条有问题：{self.reason}"


def last(conn: Connection) -> tuple[int, bytes]:
    row = conn.execute("SELECT seq, mac FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], bytes(row[1])) if row else (0, GENESIS)


def append(conn: Connection, key: bytes, *, at: str, actor: str, action: str,
           carrier_ids: list[int], detail: dict[str, object]) -> int:
    seq, prev = last(conn)
    seq += 1
    sealed = attest.seal(conn, seq)  # the ledger rows this transaction wrote
    if sealed is not None:
        detail = {**detail, attest.ROWS_KEY: sealed}
    ids = canonical_json(sorted(set(carrier_ids)))
    text = canonical_json(detail)
    mac = mac_for(key, seq, at, actor, action, ids, text, prev)
    conn.execute("INSERT INTO audit_event(seq, at, actor, action, carrier_ids, detail, mac) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, at, actor, action, ids, text, mac))
    return seq


def head(conn: Connection, key: bytes) -> AuditHead:
    seq, mac = last(conn)
    return AuditHead.of(key, seq, mac)


def verify(conn: Connection, key: bytes, expected: AuditHead | None = None) -> AuditVerdict:
    """Walk the whole chain; name the first entry that does not hold."""
    prev = GENESIS
    expect_seq = 1
    cur = conn.execute("SELECT seq, at, actor, action, carrier_ids, detail, mac "
                       "FROM audit_event ORDER BY seq")
    for seq, at, actor, action, ids, detail, mac in cur:
        if seq != expect_seq:
            return _bad(key, expect_seq - 1, prev, expect_seq,
                        f"缺少第 {expect_seq} 条（下一条是第 {seq} 条）")
        good = mac_for(key, seq, at, actor, action, ids, detail, prev)
        if not hmac.compare_digest(good, bytes(mac)):
            return _bad(key, seq - 1, prev, seq,
                        "内容或顺序被改动，或校验值不是用本台账的密钥算出的")
        prev = bytes(mac)
        expect_seq += 1
    last_seq = expect_seq - 1
    referenced = highest_reference(conn)
    if referenced > last_seq:
        return _bad(key, last_seq, prev, last_seq + 1,
                    f"台账记录引用了第 {referenced} 条审计记录，"
                    f"但审计链只到第 {last_seq} 条（末尾被截断）")
    found = AuditHead.of(key, last_seq, prev)
    if expected is not None:
        if last_seq < expected.seq:
            return AuditVerdict(False, found, last_seq + 1,
                                f"审计链只到第 {last_seq} 条，"
                                f"而校验点是第 {expected.seq} 条（末尾被截断）")
        row = conn.execute("SELECT mac FROM audit_event WHERE seq = ?", (expected.seq,)).fetchone()
        if row is None or not hmac.compare_digest(bytes(row[0]), expected.mac):
            return AuditVerdict(False, found, expected.seq, "与校验点不一致")
    return AuditVerdict(True, found)


_CODE = re.compile(r"^(\d{1,12})-([0-9A-F]{4})-?([0-9A-F]{4})$")


def parse_checkpoint(code: str) -> tuple[int, str]:
    """``"1234-ABCD-EF01"`` as typed from paper (spaces, lower case, full-width dashes)."""
    text = unicodedata.normalize("NFKC", code).strip().upper().replace(" ", "")
    text = text.replace("—", "-").replace("–", "-").replace("－", "-")
    m = _CODE.match(text)
    if m is None:
        raise RuleViolation("checkpoint.bad_format", {"code": code}, "checkpoint")
    return int(m.group(1)), f"{int(m.group(1))}-{m.group(2)}-{m.group(3)}"


@dataclass(frozen=True)
class CheckpointVerdict:
    ok: bool
    code: str
    message: str


def verify_checkpoint(conn: Connection, key: bytes, code: str) -> CheckpointVerdict:
    """Does the chain still pass through a checkpoint printed earlier?

    The code is a MAC of (seq, mac at seq): a chain rewritten at or before ``seq`` -- an event
    deleted and the rest renumbered and re-MACed, even with the real key -- gives another code.
    """
    seq, wanted = parse_checkpoint(code)
    top = last(conn)[0]
    if seq > top:
        return CheckpointVerdict(False, wanted, f"校验码 {wanted} 指向第 {seq} 条审计记录，"
                                 f"但审计链只到第 {top} 条：末尾被截断")
    row = conn.execute("SELECT mac FROM audit_event WHERE seq = ?", (seq,)).fetchone()
    if row is None:
        return CheckpointVerdict(False, wanted, f"第 {seq} 条审计记录不存在：审计链被改写")
    found = AuditHead.of(key, seq, bytes(row[0])).checkpoint
    if not hmac.compare_digest(found, wanted):
        return CheckpointVerdict(False, wanted, f"校验码 {wanted} 与台账第 {seq} 条审计记录不符："
                                 "该条及之前的审计记录被改写过（或校验码抄错）")
    return CheckpointVerdict(True, wanted, f"校验码 {wanted} 相符：审计链仍经过纸上记录的"
                             f"第 {seq} 条")


def highest_reference(conn: Connection) -> int:
    """The highest audit seq any ledger row names: every ``*audit_seq`` column of every table.

    Found from the schema itself, so a table a later feature adds is covered without a change here.
    """
    best = 0
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%fts%' AND name != 'audit_event'")]
    for table in tables:
        for col in conn.execute(f'PRAGMA table_info("{table}")').fetchall():
            if str(col[1]).endswith("audit_seq"):
                value = conn.execute(f'SELECT max("{col[1]}") FROM "{table}"').fetchone()[0]
                best = max(best, value or 0)
    return best


def _bad(key: bytes, good_seq: int, good_mac: bytes, bad: int, reason: str) -> AuditVerdict:
    return AuditVerdict(False, AuditHead.of(key, good_seq, good_mac), bad, reason)
