"""The writes of one workflow, inside one BEGIN IMMEDIATE transaction (``core.ports.LedgerTx``)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping, Sequence

from ..core import barcodes
from ..core.carriers import Register
from ..core.errors import RuleViolation
from . import audit, ngrams
from .audit import canonical_json
from .connection import Connection, inserted_id
from .custody_tx import CustodyTxMixin
from .disposition_tx import DispositionTxMixin
from .handover_tx import HandoverTxMixin
from .import_tx import ImportTxMixin
from .inventory_tx import InventoryTxMixin
from .personnel_tx import PersonnelTxMixin

# Columns a workflow may write; anything else is a bug, refused before SQL is built.
DOCUMENT_COLUMNS = frozenset({
    "register", "number", "year", "seq", "doc_no", "title", "producer", "sender", "recipients",
    "channel", "couriers", "level_code", "period_kind", "period_amount", "period_until",
    "period_condition", "classified_on", "received_at", "pages", "copies_total", "attachments",
    "scope", "handled_by", "serial_no", "capacity", "purpose", "notes", "source_carrier_id",
    "registered_at", "signer", "dedicated_computer"})
CARRIER_COLUMNS = frozenset({
    "document_id", "barcode", "number", "copy_no", "kind", "status", "holder", "location_id",
    "held", "register", "level_code", "level_rank", "title", "doc_no", "sender",
    "registered_at"})


_EVENT_KEYS = frozenset({"carrier_id", "document_id", "field", "before", "after", "approval_ref",
                         "note"})
_CHUNK = 50  # rows per multi-row INSERT: a page or two, far below SQLite's parameter limit


def _nfc(values: Mapping[str, object]) -> dict[str, object]:
    return {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v
            for k, v in values.items()}


def _checked(values: Mapping[str, object], allowed: frozenset[str]) -> dict[str, object]:
    unknown = set(values) - allowed
    if unknown:
        raise KeyError(f"not a column: {sorted(unknown)}")
    return _nfc(values)


class Tx(PersonnelTxMixin, CustodyTxMixin, HandoverTxMixin, InventoryTxMixin, DispositionTxMixin,
         ImportTxMixin):  # see *_tx.py
    def __init__(self, conn: Connection, audit_key: bytes, actor: str, now: str) -> None:
        self._conn = conn
        self._key = audit_key
        self._actor = actor
        self._now = now
        self._seq: int | None = None  # the audit event this transaction will write
        self._event: tuple[str, list[int], dict[str, object]] | None = None
        self.audited = False

    @property
    def now(self) -> str:
        return self._now

    @property
    def audit_seq(self) -> int:
        # Rows written before the audit event already name it (the FK is deferred to COMMIT).
        if self._seq is None:
            self._seq = audit.last(self._conn)[0] + 1
        return self._seq

    def next_seq(self, register: Register, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM document WHERE register = ? AND year = ?",
                                 (register.value, year)).fetchone()
        return (row[0] or 0) + 1

    def _number_free(self, table: str, number: object) -> None:
        # Two registers whose number formats print the same 编号 would otherwise fail with a
        # constraint error at the first collision; the clerk can fix the format in settings.
        if self._conn.execute(f"SELECT 1 FROM {table} WHERE number = ?",
                              (number,)).fetchone() is not None:
            self._number_taken(number)

    @staticmethod
    def _number_taken(number: object) -> None:
        raise RuleViolation("number_format.clash", {"number": number}, "number_format")

    def insert_document(self, values: Mapping[str, object]) -> int:
        row = _checked(values, DOCUMENT_COLUMNS)
        self._number_free("document", row.get("number"))
        row["audit_seq"] = self.audit_seq
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cur = self._conn.execute(f"INSERT INTO document ({cols}) VALUES ({marks})",
                                 tuple(row.values()))
        document_id = inserted_id(cur)
        if self._ngrams:
            ngrams.write(self._conn, document_id, ngrams.of_row(row))
        return document_id

    @functools.cached_property
    def _ngrams(self) -> bool:
        return ngrams.present(self._conn)

    def insert_carrier(self, values: Mapping[str, object]) -> int:
        return self.insert_carriers([values])[0][0]

    def insert_carriers(self, rows: Sequence[Mapping[str, object]]) -> list[tuple[int, str]]:
        """The carriers of one registration, in order: (id, barcode) of each.

        One multi-row INSERT instead of one per carrier: with cipher_memory_security = ON each
        statement pays for opening 15 B-tree cursors (the table and its indexes), about 1.5 ms;
        10 copies cost 6 ms this way instead of 20.
        """
        checked = [_checked(r, CARRIER_COLUMNS) for r in rows]
        self._numbers_free("carrier", [r.get("number") for r in checked])
        # Ids are chosen here so the generated barcode can be written with the row itself.
        top = self._conn.execute("SELECT max(id) FROM carrier").fetchone()[0] or 0
        made: list[tuple[int, str]] = []
        for new_id, row in enumerate(checked, top + 1):
            row["id"] = new_id
            row.setdefault("barcode", barcodes.for_carrier(new_id))
            made.append((new_id, str(row["barcode"])))
        self._insert_many("carrier", checked)
        return made

    def _numbers_free(self, table: str, numbers: Sequence[object]) -> None:
        seen: set[object] = set()
        for n in numbers:  # two copies of one registration with one 编号: the format lacks 份号
            if n in seen:
                self._number_taken(n)
            seen.add(n)
        for i in range(0, len(numbers), _CHUNK):
            part = numbers[i:i + _CHUNK]
            row = self._conn.execute(f"SELECT number FROM {table} WHERE number IN "
                                     f"({', '.join('?' * len(part))}) LIMIT 1", part).fetchone()
            if row is not None:
                self._number_taken(row[0])

    def _insert_many(self, table: str, rows: Sequence[Mapping[str, object]]) -> None:
        """Rows with the same columns, ``_CHUNK`` to a statement, in order."""
        start = 0
        while start < len(rows):
            cols = tuple(rows[start])
            end = start + 1
            while end < len(rows) and end - start < _CHUNK and tuple(rows[end]) == cols:
                end += 1
            one = "(" + ", ".join("?" * len(cols)) + ")"
            self._conn.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                f"{', '.join([one] * (end - start))}",
                [v for row in rows[start:end] for v in row.values()])
            start = end

    def update_document(self, document_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, DOCUMENT_COLUMNS)
        before = None
        if ngrams.searched(row) and self._ngrams:  # the searched characters change: so do grams
            before = self._row(f"SELECT {', '.join(ngrams.FIELDS)} FROM document WHERE id = ?",
                               document_id)
        sets = ", ".join(f"{k} = ?" for k in row)
        self._conn.execute(f"UPDATE document SET {sets} WHERE id = ?",
                           (*row.values(), document_id))
        if before is not None:
            ngrams.delete(self._conn, document_id, ngrams.of_row(before))
            ngrams.write(self._conn, document_id, ngrams.of_row({**before, **row}))

    def update_carrier(self, carrier_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, CARRIER_COLUMNS)
        sets = ", ".join(f"{k} = ?" for k in row)
        self._conn.execute(f"UPDATE carrier SET {sets} WHERE id = ?", (*row.values(), carrier_id))

    def document_row(self, document_id: int) -> dict[str, object]:
        return self._row("SELECT * FROM document WHERE id = ?", document_id)

    def carrier_row(self, carrier_id: int) -> dict[str, object]:
        return self._row("SELECT * FROM carrier WHERE id = ?", carrier_id)

    def _row(self, sql: str, key: int) -> dict[str, object]:
        cur = self._conn.execute(sql, (key,))
        row = cur.fetchone()
        if row is None:
            raise LookupError(key)
        return {d[0]: v for d, v in zip(cur.description, row, strict=True)}

    def barcode_taken(self, barcode: str) -> bool:
        return self._conn.execute("SELECT 1 FROM carrier WHERE barcode = ?",
                                  (barcode,)).fetchone() is not None

    def location_id(self, name: str) -> int | None:
        row = self._conn.execute("SELECT id FROM location WHERE name = ? AND active = 1",
                                 (unicodedata.normalize("NFC", name),)).fetchone()
        return row[0] if row else None

    def location_name(self, location_id: int) -> str:
        row = self._conn.execute("SELECT name FROM location WHERE id = ?",
                                 (location_id,)).fetchone()
        return row[0] if row else ""

    def location_kind(self, location_id: int) -> str:
        row = self._conn.execute("SELECT kind FROM location WHERE id = ?",
                                 (location_id,)).fetchone()
        return str(row[0]) if row else ""

    def handled_by_names(self) -> list[str]:
        return [str(r[0]) for r in self._conn.execute(
            "SELECT DISTINCT handled_by FROM document WHERE handled_by != ''")]

    def carriers_handled_by(self, names: Sequence[str]) -> list[Mapping[str, object]]:
        marks = ", ".join("?" * len(names))
        cur = self._conn.execute(
            "SELECT c.id, c.number, c.title, c.status, c.register, c.level_code, c.kind "
            "FROM carrier c "
            f"JOIN document d ON d.id = c.document_id WHERE d.handled_by IN ({marks}) "
            "ORDER BY c.id", tuple(names))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def media_serials(self) -> list[tuple[int, str, str, str]]:
        return [(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in self._conn.execute(
            "SELECT id, number, title, serial_no FROM document "
            "WHERE register = 'media' AND serial_no != '' ORDER BY id")]

    def copies_of_document(self, document_id: int) -> list[tuple[int, int | None]]:
        return list(self._conn.execute(
            "SELECT id, copy_no FROM carrier WHERE document_id = ? ORDER BY copy_no, id",
            (document_id,)))

    def incoming_with_doc_no(self, doc_no: str) -> list[tuple[int, str, str, list[int]]]:
        docs = self._conn.execute(
            "SELECT id, number, sender FROM document WHERE doc_no = ? AND register = 'incoming' "
            "ORDER BY id", (unicodedata.normalize("NFC", doc_no),)).fetchall()
        return [(d[0], d[1], d[2], [n for _, n in self.copies_of_document(d[0]) if n is not None])
                for d in docs]

    def insert_location(self, name: str, kind: str) -> int:
        cur = self._conn.execute("INSERT INTO location(name, kind) VALUES (?, ?)",
                                 (unicodedata.normalize("NFC", name), kind))
        return inserted_id(cur)

    def record_event(self, action: str, *, carrier_id: int | None = None,
                     document_id: int | None = None, field: str | None = None,
                     before: object = None, after: object = None, approval_ref: str = "",
                     note: str = "") -> None:
        self.record_events(action, [{
            "carrier_id": carrier_id, "document_id": document_id, "field": field,
            "before": before, "after": after, "approval_ref": approval_ref, "note": note}])

    def record_events(self, action: str, events: Sequence[Mapping[str, object]]) -> None:
        """Several history events of one action, in order (one multi-row INSERT); each event
        has ``record_event``'s keyword arguments as keys."""
        unknown = {k for e in events for k in e} - _EVENT_KEYS
        if unknown:
            raise KeyError(f"not an event field: {sorted(unknown)}")
        self._insert_many("carrier_event", [{
            "carrier_id": e.get("carrier_id"), "document_id": e.get("document_id"),
            "at": self._now, "actor": self._actor, "action": action, "field": e.get("field"),
            "before": None if e.get("before") is None else canonical_json(e["before"]),
            "after": None if e.get("after") is None else canonical_json(e["after"]),
            "approval_ref": e.get("approval_ref", ""), "note": e.get("note", ""),
            "audit_seq": self.audit_seq} for e in events])

    def audit(self, action: str, carrier_ids: list[int], detail: Mapping[str, object]) -> int:
        """The one audit event of this workflow: written by ``finish`` just before COMMIT, so it
        seals every row the transaction wrote, also those written after this call."""
        if self.audited:
            raise RuntimeError("one workflow writes exactly one audit event")
        self._event = (action, list(carrier_ids), dict(detail))
        self.audited = True
        return self.audit_seq

    def finish(self) -> None:
        if self._event is None:
            return
        action, carrier_ids, detail = self._event
        seq = audit.append(self._conn, self._key, at=self._now, actor=self._actor,
                           action=action, carrier_ids=carrier_ids, detail=detail)
        if seq != self.audit_seq:
            raise RuntimeError("audit sequence moved inside a transaction")
        self._event = None

    # Meta rows (unit settings kept inside the vault) are plain key/value.
    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                           (key, unicodedata.normalize("NFC", value)))

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> object:
        """For vault-internal repositories only (locations, levels): bound parameters always."""
        return self._conn.execute(sql, params)
