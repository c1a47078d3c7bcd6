"""What a vault file holds (counts, audit head) and the parallel integrity checks."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import audit, connection
from ..backup_format import LevelCount, Manifest
from ..connection import Connection
from .files import CHUNK
from .progress import Cancelled, _Run

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
