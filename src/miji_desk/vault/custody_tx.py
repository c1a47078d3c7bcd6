"""``core.custody_ports.CustodyTx`` over SQLCipher: people, slips, loans, incidents.

Mixed into ``ledger_tx.Tx``; it uses the transaction's connection, time, actor and audit seq.
Bound parameters only; columns are checked against a fixed list before any SQL is built.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..core import barcodes
from .audit import canonical_json
from .connection import inserted_id

if TYPE_CHECKING:
    from .connection import Connection

PERSON_COLUMNS = frozenset({"name", "department", "post", "grade", "active", "left_on", "notes",
                            "added_at", "outside_unit", "letter_ref"})
CIRCULATION_COLUMNS = frozenset({"number", "year", "seq", "instruction", "note", "opened_at"})
RETURN_COLUMNS = frozenset({"returned_at", "pages_complete", "attachments_complete",
                            "pages_counted", "return_note", "lost"})
READ_COLUMNS = frozenset({"circulation_id", "carrier_id", "person_id", "out_at", "due_at"})
LOAN_COLUMNS = frozenset({
    "number", "year", "seq", "carrier_id", "person_id", "purpose", "place", "take_out",
    "approver", "approval_ref", "approved_on", "take_out_approver", "take_out_ref",
    "take_out_approved_on", "prior_status", "lent_at", "due_at"})
INCIDENT_COLUMNS = frozenset({"carrier_id", "kind", "description", "person_id", "loan_id",
                              "read_id", "opened_at"})
INCIDENT_CLOSE_COLUMNS = frozenset({"closed_at", "resolution", "outcome", "close_ref"})
LOSS_COLUMNS = frozenset({"incident_id", "carrier_id", "discovered_at", "discovered_by",
                          "reported_at", "reported_to", "report_ref", "limit_hours", "late",
                          "prior_status", "holder", "loan_id", "read_id"})


def _checked(values: Mapping[str, object], allowed: frozenset[str]) -> dict[str, object]:
    unknown = set(values) - allowed
    if unknown:
        raise KeyError(f"not a column: {sorted(unknown)}")
    return {k: unicodedata.normalize("NFC", v) if isinstance(v, str) else v
            for k, v in values.items()}


class CustodyTxMixin:
    # Provided by ``ledger_tx.Tx``.
    _conn: Connection
    _now: str
    _actor: str

    if TYPE_CHECKING:
        @property
        def audit_seq(self) -> int: ...  # read-only: the audit event this transaction writes

    # -- helpers -------------------------------------------------------------------------------
    def _insert(self, table: str, row: Mapping[str, object]) -> int:
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cur = self._conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                                 tuple(row.values()))
        return inserted_id(cur)

    def _update(self, table: str, key: int, row: Mapping[str, object]) -> None:
        sets = ", ".join(f"{k} = ?" for k in row)
        self._conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*row.values(), key))

    def _one(self, sql: str, params: tuple[object, ...]) -> dict[str, object] | None:
        cur = self._conn.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cur.description, row, strict=True)}

    def _all(self, sql: str, params: tuple[object, ...]) -> list[dict[str, object]]:
        cur = self._conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _by_id(self, table: str, key: int) -> dict[str, object]:
        row = self._one(f"SELECT * FROM {table} WHERE id = ?", (key,))
        if row is None:
            raise LookupError(key)
        return row

    # -- people --------------------------------------------------------------------------------
    def insert_person(self, values: Mapping[str, object]) -> int:
        row = _checked(values, PERSON_COLUMNS)
        new_id = (self._conn.execute("SELECT max(id) FROM person").fetchone()[0] or 0) + 1
        row.update(id=new_id, badge=barcodes.for_person(new_id), audit_seq=self.audit_seq)
        return self._insert("person", row)

    def update_person(self, person_id: int, values: Mapping[str, object]) -> None:
        self._update("person", person_id, _checked(values, PERSON_COLUMNS - {"added_at"}))

    def person_row(self, person_id: int) -> dict[str, object]:
        return self._by_id("person", person_id)

    def person_id_by_badge(self, badge: str) -> int | None:
        row = self._conn.execute("SELECT id FROM person WHERE badge = ?", (badge,)).fetchone()
        return row[0] if row else None

    def active_people_names(self) -> list[tuple[str, str]]:
        return [(str(r[0]), str(r[1])) for r in self._conn.execute(
            "SELECT name, department FROM person WHERE active = 1 ORDER BY id")]

    def same_person_exists(self, name: str, department: str, post: str) -> bool:
        return self._conn.execute(
            "SELECT 1 FROM person WHERE name = ? AND department = ? AND post = ? AND active = 1",
            (unicodedata.normalize("NFC", name), unicodedata.normalize("NFC", department),
             unicodedata.normalize("NFC", post))).fetchone() is not None

    def record_person_event(self, person_id: int, action: str, *, field: str | None = None,
                            before: object = None, after: object = None,
                            note: str = "") -> None:
        self._conn.execute(
            "INSERT INTO person_event(person_id, at, actor, action, field, before, after, note,"
            " audit_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (person_id, self._now, self._actor, action, field,
             None if before is None else canonical_json(before),
             None if after is None else canonical_json(after),
             unicodedata.normalize("NFC", note), self.audit_seq))

    # -- carriers by scan ----------------------------------------------------------------------
    def carrier_id_by_barcode(self, barcode: str) -> int | None:
        row = self._conn.execute("SELECT id FROM carrier WHERE barcode = ?",
                                 (barcode,)).fetchone()
        return row[0] if row else None

    # -- circulation ---------------------------------------------------------------------------
    def next_circulation_seq(self, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM circulation WHERE year = ?",
                                 (year,)).fetchone()
        return (row[0] or 0) + 1

    def insert_circulation(self, values: Mapping[str, object]) -> int:
        row = _checked(values, CIRCULATION_COLUMNS)
        row["audit_seq"] = self.audit_seq
        return self._insert("circulation", row)

    def close_circulation(self, circulation_id: int, note: str) -> None:
        self._update("circulation", circulation_id,
                     {"closed_at": self._now, "close_note": unicodedata.normalize("NFC", note)})

    def circulation_row(self, circulation_id: int) -> dict[str, object]:
        return self._by_id("circulation", circulation_id)

    def add_circulation_carrier(self, circulation_id: int, carrier_id: int,
                                position: int) -> None:
        self._conn.execute("INSERT INTO circulation_carrier(circulation_id, carrier_id, position)"
                           " VALUES (?, ?, ?)", (circulation_id, carrier_id, position))

    def add_circulation_reader(self, circulation_id: int, person_id: int,
                               position: int) -> None:
        self._conn.execute("INSERT INTO circulation_reader(circulation_id, position, person_id)"
                           " VALUES (?, ?, ?)", (circulation_id, position, person_id))

    def circulation_carrier_ids(self, circulation_id: int) -> list[int]:
        return [r[0] for r in self._conn.execute(
            "SELECT carrier_id FROM circulation_carrier WHERE circulation_id = ? "
            "ORDER BY position", (circulation_id,))]

    def circulation_reader_ids(self, circulation_id: int) -> list[int]:
        return [r[0] for r in self._conn.execute(
            "SELECT person_id FROM circulation_reader WHERE circulation_id = ? "
            "ORDER BY position", (circulation_id,))]

    def open_circulation_of_carrier(self, carrier_id: int) -> int | None:
        row = self._conn.execute(
            "SELECT c.id FROM circulation_carrier cc JOIN circulation c "
            "ON c.id = cc.circulation_id WHERE cc.carrier_id = ? AND c.closed_at IS NULL "
            "ORDER BY c.id DESC LIMIT 1", (carrier_id,)).fetchone()
        return row[0] if row else None

    def insert_read(self, values: Mapping[str, object]) -> int:
        row = _checked(values, READ_COLUMNS)
        row["out_audit_seq"] = self.audit_seq
        return self._insert("circulation_read", row)

    def close_read(self, read_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, RETURN_COLUMNS)
        row["return_audit_seq"] = self.audit_seq
        self._update("circulation_read", read_id, row)

    def read_lines(self, circulation_id: int) -> list[dict[str, object]]:
        return self._all("SELECT * FROM circulation_read WHERE circulation_id = ? ORDER BY id",
                         (circulation_id,))

    def open_read_of_carrier(self, carrier_id: int) -> dict[str, object] | None:
        return self._one("SELECT * FROM circulation_read WHERE carrier_id = ? "
                         "AND returned_at IS NULL", (carrier_id,))

    def last_read_of_carrier(self, carrier_id: int) -> dict[str, object] | None:
        return self._one("SELECT * FROM circulation_read WHERE carrier_id = ? "
                         "ORDER BY id DESC LIMIT 1", (carrier_id,))

    # -- loans ---------------------------------------------------------------------------------
    def next_loan_seq(self, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM loan WHERE year = ?", (year,)).fetchone()
        return (row[0] or 0) + 1

    def insert_loan(self, values: Mapping[str, object]) -> int:
        row = _checked(values, LOAN_COLUMNS)
        row["out_audit_seq"] = self.audit_seq
        return self._insert("loan", row)

    def close_loan(self, loan_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, RETURN_COLUMNS)
        row["return_audit_seq"] = self.audit_seq
        self._update("loan", loan_id, row)

    def open_loan_of_carrier(self, carrier_id: int) -> dict[str, object] | None:
        return self._one("SELECT * FROM loan WHERE carrier_id = ? AND returned_at IS NULL",
                         (carrier_id,))

    def last_loan_of_carrier(self, carrier_id: int) -> dict[str, object] | None:
        return self._one("SELECT * FROM loan WHERE carrier_id = ? ORDER BY id DESC LIMIT 1",
                         (carrier_id,))

    # -- holdings ------------------------------------------------------------------------------
    def holdings_of_person(self, person_id: int) -> list[int]:
        return [r[0] for r in self._conn.execute(
            "SELECT carrier_id FROM circulation_read WHERE person_id = ? AND returned_at IS NULL "
            "UNION SELECT carrier_id FROM loan WHERE person_id = ? AND returned_at IS NULL "
            "ORDER BY 1", (person_id, person_id))]

    # -- incidents -----------------------------------------------------------------------------
    def insert_incident(self, values: Mapping[str, object]) -> int:
        row = _checked(values, INCIDENT_COLUMNS)
        row["open_audit_seq"] = self.audit_seq
        return self._insert("incident", row)

    def close_incident(self, incident_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, INCIDENT_CLOSE_COLUMNS)
        row["close_audit_seq"] = self.audit_seq
        self._update("incident", incident_id, row)

    def incident_row(self, incident_id: int) -> dict[str, object]:
        return self._by_id("incident", incident_id)

    def open_incident_ids(self, carrier_id: int) -> list[int]:
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM incident WHERE carrier_id = ? AND closed_at IS NULL ORDER BY id",
            (carrier_id,))]

    def insert_loss_report(self, values: Mapping[str, object]) -> int:
        row = _checked(values, LOSS_COLUMNS)
        row["audit_seq"] = self.audit_seq
        return self._insert("loss_report", row)

    def loss_report_row(self, incident_id: int) -> dict[str, object] | None:
        return self._one("SELECT * FROM loss_report WHERE incident_id = ?", (incident_id,))
