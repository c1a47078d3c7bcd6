"""Read-only questions about inventory checks (清查, schema ``V_INVENTORY``).

The lines of a check (its frozen expected list joined with its scans, its confirmations and each
carrier's state now) are built by one SQL shared by the reads and by the close inside a
transaction; the counts of the scan page walk the ``inventory_scan_by_result`` index.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..core.inventory_ports import LineFacts
from .connection import Connection

_EXPECTED = """
SELECT e.carrier_id, c.barcode, c.number, c.title, c.level_code, 1, e.status,
       coalesce(l0.name, ''), e.holder, c.status, coalesce(l1.name, ''), c.holder,
       coalesce(s.result, ''), coalesce(s.reason, ''), coalesce(s.scanned_at, ''),
       cf.pages_complete, cf.attachments_complete, coalesce(cf.note, '')
FROM inventory_expected e JOIN carrier c ON c.id = e.carrier_id
LEFT JOIN location l0 ON l0.id = e.location_id
LEFT JOIN location l1 ON l1.id = c.location_id
LEFT JOIN inventory_scan s ON s.check_id = e.check_id AND s.carrier_id = e.carrier_id
LEFT JOIN inventory_confirm cf ON cf.id = (
  SELECT max(id) FROM inventory_confirm x WHERE x.check_id = e.check_id
  AND x.carrier_id = e.carrier_id)
WHERE e.check_id = ? ORDER BY e.id
"""
_UNEXPECTED = """
SELECT s.carrier_id, s.code, coalesce(c.number, ''), coalesce(c.title, ''),
       coalesce(c.level_code, ''), 0, '', '', '', coalesce(c.status, ''),
       coalesce(l1.name, ''), coalesce(c.holder, ''), s.result, s.reason, s.scanned_at,
       NULL, NULL, ''
FROM inventory_scan s LEFT JOIN carrier c ON c.id = s.carrier_id
LEFT JOIN location l1 ON l1.id = c.location_id
WHERE s.check_id = ? AND (s.carrier_id IS NULL OR NOT EXISTS (
  SELECT 1 FROM inventory_expected e WHERE e.check_id = s.check_id
  AND e.carrier_id = s.carrier_id))
ORDER BY s.id
"""


def _bool(value: object) -> bool | None:
    return None if value is None else bool(value)


def line_facts(conn: Connection, check_id: int) -> Iterator[LineFacts]:
    """Every expected carrier in frozen order, then every scan of what was not expected."""
    for sql in (_EXPECTED, _UNEXPECTED):
        for r in conn.execute(sql, (check_id,)):
            yield LineFacts(
                carrier_id=r[0], code=str(r[1]), number=str(r[2]), title=str(r[3]),
                level_code=str(r[4]), expected=bool(r[5]), start_status=str(r[6]),
                start_location=str(r[7]), start_holder=str(r[8]), now_status=str(r[9]),
                now_location=str(r[10]), now_holder=str(r[11]), scan_result=str(r[12]),
                scan_reason=str(r[13]), scanned_at=str(r[14]), pages_complete=_bool(r[15]),
                attachments_complete=_bool(r[16]), confirm_note=str(r[17]))


def row_of(conn: Connection, check_id: int) -> dict[str, object]:
    cur = conn.execute("SELECT * FROM inventory_check WHERE id = ?", (check_id,))
    row = cur.fetchone()
    if row is None:
        raise LookupError(check_id)
    return {d[0]: v for d, v in zip(cur.description, row, strict=True)}


class InventoryQueries:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def check_row(self, check_id: int) -> dict[str, object]:
        return row_of(self._conn, check_id)

    def check_ids(self, *, open_only: bool = False) -> list[int]:
        where = "WHERE closed_at IS NULL " if open_only else ""
        return [r[0] for r in self._conn.execute(
            f"SELECT id FROM inventory_check {where}ORDER BY id DESC")]

    def check_by_number(self, number: str) -> int | None:
        row = self._conn.execute("SELECT id FROM inventory_check WHERE number = ?",
                                 (number.strip(),)).fetchone()
        return int(row[0]) if row else None

    def closed_between(self, start: str, end: str) -> list[int]:
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM inventory_check WHERE closed_at >= ? AND closed_at < ? "
            "ORDER BY closed_at, id", (start, end))]

    def _scans_with(self, check_id: int, result: str) -> int:
        return int(self._conn.execute(
            "SELECT count(*) FROM inventory_scan WHERE check_id = ? AND result = ?",
            (check_id, result)).fetchone()[0])

    def found_count(self, check_id: int) -> int:
        return self._scans_with(check_id, "present")

    def unexpected_count(self, check_id: int) -> int:
        return self._scans_with(check_id, "unexpected") + self._scans_with(check_id, "unknown")

    def lines(self, check_id: int) -> Iterator[LineFacts]:
        return line_facts(self._conn, check_id)

    def last_checked_by_level(self) -> dict[str, str]:
        out: dict[str, str] = {}
        rows = self._conn.execute(
            "SELECT scope_kind, scope_value, max(closed_at) FROM inventory_check "
            "WHERE closed_at IS NOT NULL AND scope_kind IN ('all', 'level') "
            "GROUP BY scope_kind, scope_value").fetchall()
        levels = [str(r[0]) for r in self._conn.execute("SELECT code FROM level")]
        for kind, value, closed in rows:
            for code in levels if kind == "all" else [str(value)]:
                if code not in out or str(closed) > out[code]:
                    out[code] = str(closed)
        return out

    def first_kept_by_level(self) -> dict[str, str]:
        rows = self._conn.execute(
            "SELECT level_code, min(registered_at) FROM carrier "
            "WHERE status IN ('in_store', 'filed', 'on_loan', 'circulating') "
            "GROUP BY level_code").fetchall()
        return {str(code): str(at) for code, at in rows}
