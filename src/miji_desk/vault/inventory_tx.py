"""``core.inventory_ports.InventoryTx`` over SQLCipher: inventory checks (schema
``V_INVENTORY``).

Mixed into ``ledger_tx.Tx``. Bound parameters only; columns are checked against a fixed list
before any SQL is built; the scope's SQL is chosen from a fixed table, never built from input.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from ..core.inventory_ports import LineFacts
from .audit import canonical_json
from .disposition_tx import DispositionTxMixin, _checked
from .inventory_queries import line_facts, row_of

CHECK_COLUMNS = frozenset({"number", "year", "seq", "scope_kind", "scope_value", "scope_label",
                           "started_at"})
SCAN_COLUMNS = frozenset({"check_id", "carrier_id", "code", "result", "reason", "status"})
CONFIRM_COLUMNS = frozenset({"check_id", "carrier_id", "pages_complete",
                             "attachments_complete", "note"})
CLOSE_COLUMNS = frozenset({"close_note", "counts", "scans_digest"})

# The carriers of each kind of scope: its SQL and how many times it takes the scope's value.
_SCOPE_SQL = {
    "all": ("1", 0),
    "level": ("c.level_code = ?", 1),
    "location": ("c.location_id = (SELECT id FROM location WHERE name = ?)", 1),
    "volume": ("c.id IN (SELECT i.carrier_id FROM volume_item i JOIN volume v "
               "ON v.id = i.volume_id WHERE v.number = ? AND i.removed_at IS NULL)", 1),
    # What they hold now (the holder is written 姓名（部门）) and what is registered under them.
    "person": ("(c.holder = ? OR substr(c.holder, 1, length(?) + 1) = ? || '（' "
               "OR c.document_id IN (SELECT id FROM document WHERE handled_by = ?))", 4),
}

if TYPE_CHECKING:
    _Base = DispositionTxMixin
else:
    _Base = object


class InventoryTxMixin(_Base):
    def next_inventory_seq(self, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM inventory_check WHERE year = ?",
                                 (year,)).fetchone()
        return (row[0] or 0) + 1

    def insert_inventory_check(self, values: Mapping[str, object]) -> tuple[int, int]:
        statuses = [str(s) for s in values.get("statuses", [])]  # type: ignore[attr-defined]
        row = _checked({k: v for k, v in values.items() if k != "statuses"}, CHECK_COLUMNS)
        where, n = _SCOPE_SQL[str(row["scope_kind"])]
        params: tuple[object, ...] = (row["scope_value"],) * n
        marks = ", ".join("?" * len(statuses))
        scope = f"FROM carrier c WHERE {where} AND c.status IN ({marks})"
        count = int(self._conn.execute(f"SELECT count(*) {scope}",
                                       (*params, *statuses)).fetchone()[0])
        row.update(expected_count=count, audit_seq=self.audit_seq)
        check_id = self._put("inventory_check", row)
        self._conn.execute(
            "INSERT INTO inventory_expected (check_id, carrier_id, status, location_id, holder, "
            f"level_code) SELECT ?, c.id, c.status, c.location_id, c.holder, c.level_code "
            f"{scope} ORDER BY c.id", (check_id, *params, *statuses))
        return check_id, count

    def inventory_check_row(self, check_id: int) -> dict[str, object]:
        return row_of(self._conn, check_id)

    def open_inventory_check_id(self) -> int | None:
        row = self._conn.execute("SELECT id FROM inventory_check WHERE closed_at IS NULL "
                                 "ORDER BY id LIMIT 1").fetchone()
        return int(row[0]) if row else None

    def inventory_expected_row(self, check_id: int, carrier_id: int) -> dict[str, object] | None:
        return self._get("SELECT * FROM inventory_expected WHERE check_id = ? "
                         "AND carrier_id = ?", (check_id, carrier_id))

    def inventory_scan_of(self, check_id: int, carrier_id: int | None,
                          code: str) -> dict[str, object] | None:
        if carrier_id is None:
            return self._get("SELECT * FROM inventory_scan WHERE check_id = ? "
                             "AND carrier_id IS NULL AND code = ?", (check_id, code))
        return self._get("SELECT * FROM inventory_scan WHERE check_id = ? "
                         "AND carrier_id = ?", (check_id, carrier_id))

    def insert_inventory_scan(self, values: Mapping[str, object]) -> int:
        row = _checked(values, SCAN_COLUMNS)
        row.update(scanned_at=self._now, audit_seq=self.audit_seq)
        return self._put("inventory_scan", row)

    def insert_inventory_confirm(self, values: Mapping[str, object]) -> int:
        row = _checked(values, CONFIRM_COLUMNS)
        row.update(confirmed_at=self._now, audit_seq=self.audit_seq)
        return self._put("inventory_confirm", row)

    def inventory_scans_digest(self, check_id: int) -> str:
        h = hashlib.sha256()
        for r in self._conn.execute(
                "SELECT id, carrier_id, code, result, reason, status, scanned_at "
                "FROM inventory_scan WHERE check_id = ? ORDER BY id", (check_id,)):
            h.update(canonical_json(list(r)).encode("utf-8") + b"\n")
        return h.hexdigest()

    def inventory_lines(self, check_id: int) -> Iterator[LineFacts]:
        return line_facts(self._conn, check_id)

    def close_inventory_check(self, check_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, CLOSE_COLUMNS)
        if not isinstance(row.get("counts"), str):
            row["counts"] = canonical_json(row.get("counts"))
        row.update(closed_at=self._now, closed_audit_seq=self.audit_seq)
        self._set("inventory_check", check_id, row)

    def volume_id_by_number(self, number: str) -> int | None:
        row = self._conn.execute("SELECT id FROM volume WHERE number = ?", (number,)).fetchone()
        return int(row[0]) if row else None

    def person_name_known(self, name: str) -> bool:
        return any(self._conn.execute(sql, (name,)).fetchone() for sql in (
            "SELECT 1 FROM person WHERE name = ? LIMIT 1",
            "SELECT 1 FROM document WHERE handled_by = ? LIMIT 1",
            "SELECT 1 FROM carrier WHERE holder = ? LIMIT 1"))
