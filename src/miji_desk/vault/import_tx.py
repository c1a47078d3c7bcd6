"""The writes and reads of the import workflows (``core.import_ports.ImportTx``)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from .connection import inserted_id

if TYPE_CHECKING:
    from .connection import Connection

_CHUNK = 200


class ImportTxMixin:
    """Mixed into ``ledger_tx.Tx``; it uses the transaction's connection, time and audit seq."""

    _conn: Connection
    _now: str

    if TYPE_CHECKING:
        @property
        def audit_seq(self) -> int: ...

    def document_number_taken(self, number: str) -> bool:
        return self._conn.execute("SELECT 1 FROM document WHERE number = ?", (
            unicodedata.normalize("NFC", number),)).fetchone() is not None

    def _taken(self, column: str, values: Sequence[str]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(values), _CHUNK):
            part = list(values[i:i + _CHUNK])
            out.extend(str(r[0]) for r in self._conn.execute(
                f"SELECT {column} FROM carrier WHERE {column} IN "
                f"({', '.join('?' * len(part))})", part))
        return out

    def carrier_numbers_taken(self, numbers: Sequence[str]) -> list[str]:
        return self._taken("number", numbers)

    def barcodes_taken(self, codes: Sequence[str]) -> list[str]:
        return self._taken("barcode", codes)

    def next_carrier_id(self) -> int:
        return int(self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM carrier")
                   .fetchone()[0])

    def insert_import_batch(self, values: Mapping[str, object]) -> int:
        row = dict(values)
        row.update(imported_at=self._now, audit_seq=self.audit_seq)
        cols = ", ".join(row)
        cur = self._conn.execute(
            f"INSERT INTO import_batch ({cols}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()))
        return inserted_id(cur)

    def insert_import_items(self, batch_id: int,
                            items: Sequence[tuple[int, int, Sequence[str]]]) -> None:
        self._conn.executemany(
            "INSERT INTO import_item (carrier_id, batch_id, source_row) VALUES (?, ?, ?)",
            [(cid, batch_id, row) for cid, row, _ in items])
        self._conn.executemany(
            "INSERT INTO import_missing (carrier_id, field) VALUES (?, ?)",
            [(cid, f) for cid, _, missing in items for f in missing])

    def import_batch_row(self, batch_id: int) -> Mapping[str, object] | None:
        cur = self._conn.execute("SELECT * FROM import_batch WHERE id = ?", (batch_id,))
        row = cur.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cur.description, row, strict=True)}

    def import_batch_carriers(self, batch_id: int) -> list[tuple[int, str, str]]:
        return [(int(r[0]), str(r[1]), str(r[2])) for r in self._conn.execute(
            "SELECT c.id, c.number, c.status FROM import_item i JOIN carrier c "
            "ON c.id = i.carrier_id WHERE i.batch_id = ? ORDER BY c.id", (batch_id,))]

    def void_import_batch(self, batch_id: int, reason: str) -> None:
        self._conn.execute(
            "UPDATE import_batch SET voided_at = ?, void_reason = ?, void_audit_seq = ? "
            "WHERE id = ? AND voided_at IS NULL",
            (self._now, unicodedata.normalize("NFC", reason), self.audit_seq, batch_id))

    def missing_fields(self, carrier_id: int) -> list[str]:
        return [str(r[0]) for r in self._conn.execute(
            "SELECT field FROM import_missing WHERE carrier_id = ? AND completed_at IS NULL "
            "ORDER BY id", (carrier_id,))]

    def complete_missing(self, carrier_id: int, fields: Sequence[str]) -> None:
        self._conn.executemany(
            "UPDATE import_missing SET completed_at = ?, completed_audit_seq = ? "
            "WHERE carrier_id = ? AND field = ? AND completed_at IS NULL",
            [(self._now, self.audit_seq, carrier_id, f) for f in fields])

    def remembered_mapping(self, header_key: str) -> dict[int, str] | None:
        row = self._conn.execute(
            "SELECT mapping FROM import_batch WHERE header_key = ? ORDER BY id DESC LIMIT 1",
            (header_key,)).fetchone()
        if row is None:
            return None
        return {int(k): str(v) for k, v in json.loads(row[0]).items()}

    def incomplete_carriers(self) -> list[Mapping[str, object]]:
        rows = self._conn.execute(
            "SELECT c.id, c.number, c.title, group_concat(m.field, ',') FROM import_missing m "
            "JOIN carrier c ON c.id = m.carrier_id JOIN import_item i ON i.carrier_id = c.id "
            "JOIN import_batch b ON b.id = i.batch_id WHERE m.completed_at IS NULL "
            "AND b.voided_at IS NULL GROUP BY c.id ORDER BY c.id").fetchall()
        return [{"id": int(r[0]), "number": str(r[1]), "title": str(r[2]),
                 "missing": str(r[3]).split(",")} for r in rows]
