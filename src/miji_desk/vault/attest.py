"""Row attestation: every ledger row written by a workflow is sealed by that workflow's audit event.

The audit chain proves the events; this proves the ledger rows equal what the events sealed.
On the vault's own connection, TEMP triggers (generated from the schema at every open, so a table
a later migration adds is covered without a change here) note each (table, rowid) a statement
inserts, updates or deletes. When the transaction writes its one audit event, ``seal`` digests
each noted row's full content, stores ``row_attest(seq, tbl, rid, digest)`` (NULL digest: the row
was deleted) and returns one hash over them, which the event carries in its MACed detail
(``_rows``). ``replay`` compares every row's digest now with the latest one sealed for it.

The triggers are TEMP on purpose: a change made through any other connection (an SQL shell with
the key) is noted nowhere, and ``Vault.transaction`` clears the notes at BEGIN, so a change made
outside a workflow is never sealed by the next one.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .connection import Connection, OperationalError

ROWS_KEY = "_rows"  # the detail key of an audit event that seals rows
# Not ledger rows: the chain itself, and the attestations (proven through the chain).
_NOT_LEDGER = frozenset({"audit_event", "row_attest"})
# What names a row to a person, where the table has it (else its rowid).
_LABELS = {"carrier": "number", "document": "number", "meta": "key", "person": "badge",
           "level": "code", "location": "name"}

Progress = Callable[[int, int], None]  # (done, total) steps


def _digest(*args: object) -> bytes:
    """``miji_row_digest(table, rowid, name1, value1, …)``; NULL values are left out, so a column
    added later with no value does not change the digest of an existing row."""
    pairs = [[n, v] for n, v in zip(args[2::2], args[3::2], strict=True) if v is not None]
    text = _dumps([args[0], args[1], pairs])
    return hashlib.sha256(text.encode("utf-8")).digest()[:16]


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"),
                          default=lambda v: v.hex() if isinstance(v, bytes) else str(v)).encode


def enabled(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'row_attest'").fetchone() is not None


def ledger_tables(conn: Connection) -> list[str]:
    """Every table that holds ledger rows: all but virtual tables, their shadow tables and
    ``_NOT_LEDGER``."""
    rows = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table' "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    virtual = [n for n, sql in rows if str(sql).upper().startswith("CREATE VIRTUAL")]
    return [n for n, _ in rows if n not in _NOT_LEDGER and n not in virtual
            and not any(n.startswith(v + "_") for v in virtual)]


_COLUMNS: dict[tuple[str, str], list[str]] = {}  # (table, its CREATE statement) -> columns


def _columns(conn: Connection, table: str) -> list[str]:
    # Keyed by the table's stored CREATE statement, which ALTER TABLE rewrites: a cache that
    # cannot go stale, and saves a PRAGMA per table in every workflow.
    row = conn.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?",
                       (table,)).fetchone()
    key = (table, str(row[0]) if row else "")
    if key not in _COLUMNS:
        _COLUMNS[key] = [str(r[1]) for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
    return _COLUMNS[key]


def digest_sql(conn: Connection, table: str, alias: str = "t") -> str:
    args = ", ".join(f"'{c}', {alias}.\"{c}\"" for c in _columns(conn, table))
    return f"miji_row_digest('{table}', {alias}.rowid, {args})"


def register(conn: Connection) -> None:
    conn.create_function("miji_row_digest", -1, _digest, deterministic=True)


def install(conn: Connection) -> None:
    """The digest function, the notes table and the TEMP triggers on every ledger table."""
    register(conn)
    if not enabled(conn):
        return
    # No unique key: a constraint here would take the conflict policy of the statement that
    # fired the trigger (an upsert's), so duplicates are dropped when sealing instead.
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS attest_pending (tbl TEXT NOT NULL, "
                 "rid INTEGER NOT NULL)")
    for table in ledger_tables(conn):
        note = "INSERT INTO temp.attest_pending(tbl, rid) VALUES"
        for when, rows in (("INSERT", "NEW"), ("DELETE", "OLD"), ("UPDATE", "OLD")):
            extra = f", ('{table}', NEW.rowid)" if when == "UPDATE" else ""
            conn.execute(f'CREATE TEMP TRIGGER IF NOT EXISTS "attest_{table}_{when.lower()}" '
                         f'AFTER {when} ON main."{table}" BEGIN '
                         f"{note} ('{table}', {rows}.rowid){extra}; END")


def covered(conn: Connection) -> set[str]:
    """The tables whose changes are noted on this connection (for the test that all are)."""
    return {str(r[0]) for r in conn.execute(
        "SELECT tbl_name FROM temp.sqlite_master WHERE type = 'trigger' "
        "AND name LIKE 'attest_%'")}


def forget(conn: Connection) -> None:
    """Drop notes of changes made outside a workflow (called at BEGIN of each one)."""
    # No look-up first: every statement counts in a workflow (see seal); no notes table on
    # this connection means an older vault, nothing to forget.
    with contextlib.suppress(OperationalError):
        conn.execute("DELETE FROM temp.attest_pending")


def note_all(conn: Connection, tables: Iterable[str] | None = None) -> None:
    """Note every existing row (a baseline: sealed by the next event)."""
    for table in tables if tables is not None else ledger_tables(conn):
        conn.execute("INSERT INTO temp.attest_pending(tbl, rid) "
                     f"SELECT '{table}', rowid FROM main.\"{table}\"")


def seal(conn: Connection, seq: int) -> str | None:
    """Digest the noted rows under audit event ``seq``; the hash the event's detail carries."""
    try:
        tables = [str(r[0]) for r in conn.execute(
            "SELECT DISTINCT tbl FROM temp.attest_pending ORDER BY tbl")]
    except OperationalError:  # no notes table: a vault from before row sealing
        return None
    if not tables:
        return None
    # One statement for every table touched: with cipher_memory_security each statement costs
    # about a millisecond to set up, and a registration touches three tables.
    conn.execute("INSERT INTO row_attest(seq, tbl, rid, digest) " + " UNION ALL ".join(
        f"SELECT {int(seq)}, '{table}', p.rid, (SELECT {digest_sql(conn, table)} "
        f"FROM main.\"{table}\" t WHERE t.rowid = p.rid) FROM (SELECT DISTINCT rid "
        f"FROM temp.attest_pending WHERE tbl = '{table}') p" for table in tables))
    sealed = [(str(t), int(r), bytes(d) if d is not None else None) for t, r, d in conn.execute(
        "SELECT tbl, rid, digest FROM row_attest WHERE seq = ? ORDER BY tbl, rid", (seq,))]
    conn.execute("DELETE FROM temp.attest_pending")
    return rows_hash(sealed)


def rows_hash(sealed: Iterable[tuple[str, int, bytes | None]]) -> str:
    text = json.dumps([[t, r, d.hex() if d is not None else None] for t, r, d in sealed],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- replay ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RowProblem:
    table: str
    rowid: int
    label: str  # what names the row to a person (编号, key …)
    kind: str  # "changed" | "unsealed" | "gone" | "seal"
    seq: int | None  # the event that sealed it (or should have)
    action: str = ""
    at: str = ""

    def text(self) -> str:
        row = f"表 {self.table} 的第 {self.rowid} 行" + (f"（{self.label}）" if self.label else "")
        event = (f"第 {self.seq} 条审计记录（{self.action}，{self.at}）" if self.seq is not None
                 else "")
        if self.kind == "changed":
            return f"{row}与{event}所记的不一致：该行在审计之外被改动"
        if self.kind == "gone":
            return f"{row}已不存在，但{event}记录了它"
        if self.kind == "seal":
            return f"{event}所封存的行记录被改动、删除或重新编号"
        if event:
            return f"{row}没有被任何审计记录封存，它应由{event}写入"
        return f"{row}没有被任何审计记录封存：它是在审计之外写入的"


def replay(conn: Connection, progress: Progress | None = None,
           limit: int = 20) -> list[RowProblem]:
    """Every ledger row against the latest digest sealed for it; then the seals against their
    events. Call inside one read transaction. The first ``limit`` problems, in table order."""
    if not enabled(conn):
        return []
    register(conn)
    tables = ledger_tables(conn)
    total = len(tables) + 1
    problems: list[RowProblem] = []
    for done, table in enumerate(tables):
        if progress:
            progress(done, total)
        problems += _table_problems(conn, table, limit - len(problems))
        if len(problems) >= limit:
            return problems
    problems += _seal_problems(conn, limit - len(problems))
    if progress:
        progress(total, total)
    return problems


def _event(conn: Connection, seq: int | None) -> tuple[str, str]:
    if seq is None:
        return "", ""
    row = conn.execute("SELECT action, at FROM audit_event WHERE seq = ?", (seq,)).fetchone()
    return (str(row[0]), str(row[1])) if row else ("（已不存在）", "")


def _table_problems(conn: Connection, table: str, limit: int) -> list[RowProblem]:
    """One statement per table (each costs a millisecond or more to set up under SQLCipher's
    memory security): rows whose digest differs from their latest seal, or that have none,
    UNION seals whose row is gone."""
    cols = _columns(conn, table)
    label = _LABELS.get(table)
    label_sql = f't."{label}"' if label in cols else "''"
    audit_cols = [c for c in cols if c.endswith("audit_seq")]
    claimed = f't."{audit_cols[0]}"' if audit_cols else "NULL"
    last = (f"(SELECT max(b.seq) FROM row_attest b WHERE b.tbl = '{table}' "
            "AND b.rid = t.rowid)")
    args = ", ".join(f"'{c}', t.\"{c}\"" for c in cols)
    rows = conn.execute(
        "SELECT rid, name, claim, seq, kind FROM ("
        f"SELECT t.rowid AS rid, {label_sql} AS name, {claimed} AS claim, s.seq AS seq, "
        "CASE WHEN s.seq IS NULL THEN 'unsealed' ELSE 'changed' END AS kind, "
        f"s.digest AS sealed, miji_row_digest('{table}', t.rowid, {args}) AS now "
        f"FROM main.\"{table}\" t LEFT JOIN row_attest s ON s.tbl = '{table}' "
        f"AND s.rid = t.rowid AND s.seq = {last}) WHERE sealed IS NOT now "
        "UNION ALL SELECT a.rid, '', NULL, a.seq, 'gone' FROM row_attest a "
        f"WHERE a.tbl = '{table}' AND a.digest IS NOT NULL AND a.seq = (SELECT max(b.seq) "
        "FROM row_attest b WHERE b.tbl = a.tbl AND b.rid = a.rid) AND NOT EXISTS "
        f"(SELECT 1 FROM main.\"{table}\" t WHERE t.rowid = a.rid) ORDER BY 1 LIMIT ?",
        (limit,)).fetchall()
    found: list[RowProblem] = []
    for rid, name, claim, seq, kind in rows:
        at_seq = seq if seq is not None else claim
        found.append(RowProblem(table, int(rid), str(name or ""), str(kind), at_seq,
                                *_event(conn, at_seq)))
    return found


def _groups(conn: Connection) -> Iterator[tuple[int, list[tuple[str, int, bytes | None]]]]:
    cur = conn.execute("SELECT seq, tbl, rid, digest FROM row_attest ORDER BY seq, tbl, rid")
    seq: int | None = None
    group: list[tuple[str, int, bytes | None]] = []
    for s, t, r, d in cur:
        if s != seq:
            if seq is not None:
                yield seq, group
            seq, group = int(s), []
        group.append((str(t), int(r), bytes(d) if d is not None else None))
    if seq is not None:
        yield seq, group


def _seal_problems(conn: Connection, limit: int) -> list[RowProblem]:
    """Each event's ``_rows`` hash against the row_attest rows of its seq (both ways)."""
    problems: list[RowProblem] = []
    groups = _groups(conn)
    pending = next(groups, None)
    cur = conn.execute("SELECT seq, detail FROM audit_event WHERE detail LIKE ? ORDER BY seq",
                       (f'%"{ROWS_KEY}":%',))
    for seq, detail in cur:
        while pending is not None and pending[0] < seq:  # seals with no event claiming them
            problems.append(RowProblem("row_attest", pending[0], "", "seal", pending[0],
                                       *_event(conn, pending[0])))
            pending = next(groups, None)
        claimed = json.loads(detail).get(ROWS_KEY)
        rows = pending[1] if pending is not None and pending[0] == seq else []
        if rows:
            pending = next(groups, None)
        if claimed != (rows_hash(rows) if rows else None):
            problems.append(RowProblem("row_attest", int(seq), "", "seal", int(seq),
                                       *_event(conn, int(seq))))
        if len(problems) >= limit:
            return problems[:limit]
    while pending is not None and len(problems) < limit:
        problems.append(RowProblem("row_attest", pending[0], "", "seal", pending[0],
                                   *_event(conn, pending[0])))
        pending = next(groups, None)
    return problems
