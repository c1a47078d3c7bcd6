"""The writes and reads of the import workflows (``core.import_ports.ImportTx``)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from . import ngrams
from .audit import canonical_json
from .connection import inserted_id

if TYPE_CHECKING:
    from .connection import Connection

_CHUNK = 200
_PARAMS = 30000  # bound parameters per multi-row INSERT (SQLite allows 32766)
_DOCUMENT = frozenset({
    "id", "register", "number", "year", "seq", "doc_no", "title", "producer", "sender",
    "level_code", "period_kind", "period_amount", "period_until", "period_condition",
    "classified_on", "received_at", "pages", "copies_total", "attachments", "scope",
    "handled_by", "notes", "registered_at"})
_CARRIER = frozenset({
    "id", "document_id", "barcode", "number", "copy_no", "kind", "status", "location_id",
    "register", "level_code", "level_rank", "title", "doc_no", "sender", "registered_at"})


class ImportTxMixin:
    """Mixed into ``ledger_tx.Tx``; it uses the transaction's connection, time and audit seq."""

    _conn: Connection
    _now: str
    _actor: str

    if TYPE_CHECKING:
        @property
        def audit_seq(self) -> int: ...

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

    def next_document_id(self) -> int:
        return int(self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM document")
                   .fetchone()[0])

    def documents_numbered(self, numbers: Sequence[str]) -> list[str]:
        out: list[str] = []
        for i in range(0, len(numbers), _CHUNK):
            part = [unicodedata.normalize("NFC", n) for n in numbers[i:i + _CHUNK]]
            out.extend(str(r[0]) for r in self._conn.execute(
                f"SELECT number FROM document WHERE number IN ({', '.join('?' * len(part))})",
                part))
        return out

    def incoming_by_doc_nos(self, doc_nos: Sequence[str]
                            ) -> dict[str, list[tuple[str, str, list[int]]]]:
        out: dict[str, list[tuple[str, str, list[int]]]] = {}
        keys = sorted({unicodedata.normalize("NFC", n) for n in doc_nos if n})
        for i in range(0, len(keys), _CHUNK):
            part = keys[i:i + _CHUNK]
            rows = self._conn.execute(
                "SELECT d.doc_no, d.number, d.sender, group_concat(c.copy_no) FROM document d "
                "JOIN carrier c ON c.document_id = d.id WHERE d.register = 'incoming' AND "
                f"d.doc_no IN ({', '.join('?' * len(part))}) GROUP BY d.id ORDER BY d.id", part)
            for doc_no, number, sender, copies in rows:
                out.setdefault(str(doc_no), []).append((str(number), str(sender), [
                    int(n) for n in str(copies or "").split(",") if n]))
        return out

    def last_seqs(self, register: str) -> dict[int, int]:
        return {int(y): int(s) for y, s in self._conn.execute(
            "SELECT year, max(seq) FROM document WHERE register = ? GROUP BY year", (register,))}

    def insert_imported(self, documents: Sequence[Mapping[str, object]],
                        carriers: Sequence[Mapping[str, object]],
                        events: Sequence[Mapping[str, object]]) -> None:
        """Many registrations at once, with their ids chosen by the caller: a few multi-row
        INSERTs instead of several statements per document (each statement opens every
        index's cursor; 50,000 documents one by one would take minutes)."""
        docs = [_checked(d, _DOCUMENT) for d in documents]
        for d in docs:
            d["audit_seq"] = self.audit_seq
        self._bulk("document", docs)
        if ngrams.present(self._conn):
            self._bulk("document_ngram", [{"rowid": d["id"], "grams": ngrams.of_row(d)}
                                          for d in docs])
        self._bulk("carrier", [_checked(c, _CARRIER) for c in carriers])
        self._bulk("carrier_event", [{
            "carrier_id": e["carrier_id"], "document_id": e["document_id"], "at": self._now,
            "actor": self._actor, "action": "import", "field": None,
            "before": None, "after": canonical_json(e["after"]), "approval_ref": "",
            "note": unicodedata.normalize("NFC", str(e["note"])), "audit_seq": self.audit_seq}
            for e in events])

    def _bulk(self, table: str, rows: Sequence[Mapping[str, object]]) -> None:
        if not rows:
            return
        cols = tuple(rows[0])
        per = max(1, _PARAMS // len(cols))
        one = "(" + ", ".join("?" * len(cols)) + ")"
        for i in range(0, len(rows), per):
            part = rows[i:i + per]
            self._conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES {', '.join([one] * len(part))}",
                [r[c] for r in part for c in cols])

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
        self._bulk("import_item", [{"carrier_id": cid, "batch_id": batch_id, "source_row": row}
                                   for cid, row, _ in items])
        self._bulk("import_missing", [{"carrier_id": cid, "field": f}
                                      for cid, _, missing in items for f in missing])

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


def _checked(values: Mapping[str, object], allowed: frozenset[str]) -> dict[str, object]:
    unknown = set(values) - allowed
    if unknown:
        raise KeyError(f"not a column: {sorted(unknown)}")
    return {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v
            for k, v in values.items()}
