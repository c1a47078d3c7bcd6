"""The schema (tables, triggers, indexes, views) sealed into the audit chain.

Creating the vault and every migration write the schema's fingerprint into an audit event and
that event's seq into ``meta.schema_seq``; ``Vault.open`` checks the live schema against it, so a
guard trigger dropped (and perhaps re-created differently) with an SQL shell is reported as
damage, naming the object.
"""

from __future__ import annotations

import hashlib
import hmac
import json

from . import audit
from .connection import Connection

SEQ_KEY = "schema_seq"


def fingerprint(conn: Connection) -> dict[str, str]:
    """``"type name" -> sha256(sql)[:16]`` for every object of the main schema."""
    rows = conn.execute("SELECT type, name, sql FROM main.sqlite_master "
                        "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    return {f"{t} {n}": hashlib.sha256(str(sql).encode("utf-8")).hexdigest()[:16]
            for t, n, sql in rows}


def detail(conn: Connection) -> dict[str, object]:
    """What the sealing event carries: the whole fingerprint and one hash of it."""
    objects = fingerprint(conn)
    text = json.dumps(objects, sort_keys=True, separators=(",", ":"))
    return {"schema_sha256": hashlib.sha256(text.encode()).hexdigest(), "schema": objects}


def problems(conn: Connection, key: bytes) -> list[str]:
    """What differs between the live schema and the one the chain sealed last ([] if none)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (SEQ_KEY,)).fetchone()
    if row is None:
        return ["审计链中没有台账结构的记录（可能被删除）"]
    try:
        seq = int(row[0])
    except ValueError:
        return [f"台账结构记录的序号无效：{row[0]!r}"]
    event = conn.execute("SELECT seq, at, actor, action, carrier_ids, detail, mac "
                         "FROM audit_event WHERE seq = ?", (seq,)).fetchone()
    prev = conn.execute("SELECT mac FROM audit_event WHERE seq = ?", (seq - 1,)).fetchone()
    prev_mac = bytes(prev[0]) if prev else audit.GENESIS
    if event is None or not hmac.compare_digest(audit.mac_for(
            key, event[0], event[1], event[2], event[3], event[4], event[5], prev_mac),
            bytes(event[6])):
        return [f"记录台账结构的第 {seq} 条审计记录不存在或被改动"]
    sealed = json.loads(event[5]).get("schema")
    if not isinstance(sealed, dict):
        return [f"第 {seq} 条审计记录中没有台账结构"]
    live = fingerprint(conn)
    found: list[str] = []
    for name in sorted(set(sealed) | set(live)):
        if name not in live:
            found.append(f"{_words(name)}被删除")
        elif name not in sealed:
            found.append(f"{_words(name)}是在审计之外新增的")
        elif sealed[name] != live[name]:
            found.append(f"{_words(name)}被改动")
    return [f"{p}（与第 {seq} 条审计记录所记的台账结构不符）" for p in found]


_TYPES = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图"}


def _words(name: str) -> str:
    kind, _, obj = name.partition(" ")
    return f"{_TYPES.get(kind, kind)} {obj} "
