"""``core.disposition_ports.DispositionTx`` over SQLCipher: copies, volumes, holds, return lists
and destruction manifests (schema V3).

Mixed into ``ledger_tx.Tx``; it uses the transaction's connection, time and audit seq. Bound
parameters only; columns are checked against a fixed list before any SQL is built.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .audit import canonical_json
from .connection import inserted_id

if TYPE_CHECKING:
    from .connection import Connection

COPY_ORDER_COLUMNS = frozenset({
    "document_id", "source_carrier_id", "count", "purpose", "approver", "approval_ref",
    "approved_on", "authority", "authority_ref", "made_at"})
VOLUME_COLUMNS = frozenset({"number", "year", "title", "retention", "top_secret", "location_id",
                            "notes", "created_at"})
RETURN_LIST_COLUMNS = frozenset({"number", "year", "seq", "recipient", "basis", "note",
                                 "created_at"})
MANIFEST_COLUMNS = frozenset({"number", "year", "seq", "planned_on", "place", "method", "note",
                              "created_at"})
MANIFEST_LINE_COLUMNS = frozenset({"number", "doc_no", "title", "marking", "level_code",
                                   "copy_no", "pages", "kind"})
COMPLETION_COLUMNS = frozenset({"approver", "approval_ref", "approved_on", "destroyed_on",
                                "total_copies", "total_pages", "totals"})


def _nfc(value: object) -> object:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _checked(values: Mapping[str, object], allowed: frozenset[str]) -> dict[str, object]:
    unknown = set(values) - allowed
    if unknown:
        raise KeyError(f"not a column: {sorted(unknown)}")
    return {k: _nfc(v) for k, v in values.items()}


class DispositionTxMixin:
    # Provided by ``ledger_tx.Tx``.
    _conn: Connection
    _now: str

    if TYPE_CHECKING:
        @property
        def audit_seq(self) -> int: ...  # read-only: the audit event this transaction writes

    # -- helpers -------------------------------------------------------------------------------
    def _put(self, table: str, row: Mapping[str, object]) -> int:
        cols = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cur = self._conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})",
                                 tuple(row.values()))
        return inserted_id(cur)

    def _set(self, table: str, key: int, row: Mapping[str, object]) -> None:
        sets = ", ".join(f"{k} = ?" for k in row)
        self._conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*row.values(), key))

    def _get(self, sql: str, params: tuple[object, ...]) -> dict[str, object] | None:
        cur = self._conn.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cur.description, row, strict=True)}

    def _must(self, table: str, key: int) -> dict[str, object]:
        row = self._get(f"SELECT * FROM {table} WHERE id = ?", (key,))
        if row is None:
            raise LookupError(key)
        return row

    def _ids(self, sql: str, params: tuple[object, ...]) -> list[int]:
        return [r[0] for r in self._conn.execute(sql, params)]

    # -- copies --------------------------------------------------------------------------------
    def insert_copy_order(self, values: Mapping[str, object]) -> None:
        row = _checked(values, COPY_ORDER_COLUMNS)
        row["audit_seq"] = self.audit_seq
        self._put("copy_order", row)

    # -- volumes -------------------------------------------------------------------------------
    def insert_volume(self, values: Mapping[str, object]) -> int:
        row = _checked(values, VOLUME_COLUMNS)
        row["audit_seq"] = self.audit_seq
        return self._put("volume", row)

    def volume_row(self, volume_id: int) -> dict[str, object]:
        return self._must("volume", volume_id)

    def volume_number_taken(self, number: str) -> bool:
        return self._conn.execute("SELECT 1 FROM volume WHERE number = ?",
                                  (_nfc(number),)).fetchone() is not None

    def volume_count(self, year: int) -> int:
        return int(self._conn.execute("SELECT count(*) FROM volume WHERE year = ?",
                                      (year,)).fetchone()[0])

    def insert_volume_item(self, volume_id: int, carrier_id: int) -> int:
        return self._put("volume_item", {"volume_id": volume_id, "carrier_id": carrier_id,
                                         "filed_at": self._now,
                                         "filed_audit_seq": self.audit_seq})

    def open_volume_item(self, carrier_id: int) -> dict[str, object] | None:
        return self._get(
            "SELECT i.*, v.number AS volume_number, v.title AS volume_title "
            "FROM volume_item i JOIN volume v ON v.id = i.volume_id "
            "WHERE i.carrier_id = ? AND i.removed_at IS NULL", (carrier_id,))

    def close_volume_item(self, item_id: int, reason: str) -> None:
        self._set("volume_item", item_id, {"removed_at": self._now,
                                           "removal_reason": _nfc(reason),
                                           "removed_audit_seq": self.audit_seq})

    # -- holds ---------------------------------------------------------------------------------
    def insert_hold(self, carrier_id: int, reason: str, reference: str) -> int:
        return self._put("hold", {"carrier_id": carrier_id, "reason": _nfc(reason),
                                  "reference": _nfc(reference), "placed_at": self._now,
                                  "placed_audit_seq": self.audit_seq})

    def open_hold(self, carrier_id: int) -> dict[str, object] | None:
        return self._get("SELECT * FROM hold WHERE carrier_id = ? AND lifted_at IS NULL",
                         (carrier_id,))

    def lift_hold(self, hold_id: int, note: str) -> None:
        self._set("hold", hold_id, {"lifted_at": self._now, "lift_note": _nfc(note),
                                    "lifted_audit_seq": self.audit_seq})

    # -- return lists --------------------------------------------------------------------------
    def next_return_seq(self, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM return_list WHERE year = ?",
                                 (year,)).fetchone()
        return (row[0] or 0) + 1

    def insert_return_list(self, values: Mapping[str, object]) -> int:
        row = _checked(values, RETURN_LIST_COLUMNS)
        row["audit_seq"] = self.audit_seq
        return self._put("return_list", row)

    def return_list_row(self, list_id: int) -> dict[str, object]:
        return self._must("return_list", list_id)

    def add_return_item(self, list_id: int, carrier_id: int, position: int) -> None:
        self._put("return_item", {"return_list_id": list_id, "carrier_id": carrier_id,
                                  "position": position, "added_audit_seq": self.audit_seq})

    def return_item_carrier_ids(self, list_id: int) -> list[int]:
        return self._ids("SELECT carrier_id FROM return_item WHERE return_list_id = ? "
                         "AND removed_at IS NULL ORDER BY position", (list_id,))

    def remove_return_items(self, list_id: int) -> None:
        self._conn.execute("UPDATE return_item SET removed_at = ?, removed_audit_seq = ? "
                           "WHERE return_list_id = ? AND removed_at IS NULL",
                           (self._now, self.audit_seq, list_id))

    def confirm_return_list(self, list_id: int, handed_to: str) -> None:
        self._set("return_list", list_id, {"confirmed_at": self._now,
                                           "handed_to": _nfc(handed_to),
                                           "confirmed_audit_seq": self.audit_seq})

    def cancel_return_list(self, list_id: int, reason: str) -> None:
        self._set("return_list", list_id, {"cancelled_at": self._now,
                                           "cancel_reason": _nfc(reason),
                                           "cancelled_audit_seq": self.audit_seq})

    # -- destruction manifests -----------------------------------------------------------------
    def next_manifest_seq(self, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM destruction_manifest WHERE year = ?",
                                 (year,)).fetchone()
        return (row[0] or 0) + 1

    def insert_manifest(self, values: Mapping[str, object]) -> int:
        row = _checked(values, MANIFEST_COLUMNS)
        row["audit_seq"] = self.audit_seq
        return self._put("destruction_manifest", row)

    def manifest_row(self, manifest_id: int) -> dict[str, object]:
        return self._must("destruction_manifest", manifest_id)

    def manifest_carrier_ids(self, manifest_id: int) -> list[int]:
        return self._ids("SELECT carrier_id FROM destruction_item WHERE manifest_id = ? "
                         "AND removed_at IS NULL ORDER BY position", (manifest_id,))

    def add_manifest_item(self, manifest_id: int, carrier_id: int) -> int:
        last = self._conn.execute("SELECT max(position) FROM destruction_item "
                                  "WHERE manifest_id = ?", (manifest_id,)).fetchone()[0]
        position = (last or 0) + 1
        self._put("destruction_item", {"manifest_id": manifest_id, "carrier_id": carrier_id,
                                       "position": position,
                                       "added_audit_seq": self.audit_seq})
        return position

    def remove_manifest_item(self, manifest_id: int, carrier_id: int) -> None:
        self._conn.execute("UPDATE destruction_item SET removed_at = ?, removed_audit_seq = ? "
                           "WHERE manifest_id = ? AND carrier_id = ? AND removed_at IS NULL",
                           (self._now, self.audit_seq, manifest_id, carrier_id))

    def set_manifest_line(self, manifest_id: int, carrier_id: int,
                          values: Mapping[str, object]) -> None:
        row = _checked(values, MANIFEST_LINE_COLUMNS)
        sets = ", ".join(f"{k} = ?" for k in row)
        self._conn.execute(f"UPDATE destruction_item SET {sets} WHERE manifest_id = ? "
                           "AND carrier_id = ? AND removed_at IS NULL",
                           (*row.values(), manifest_id, carrier_id))

    def add_supervisor(self, manifest_id: int, position: int, name: str) -> None:
        self._put("destruction_supervisor", {"manifest_id": manifest_id, "position": position,
                                             "name": _nfc(name)})

    def complete_manifest(self, manifest_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, COMPLETION_COLUMNS)
        if not isinstance(row.get("totals"), str):
            row["totals"] = canonical_json(row.get("totals"))
        row.update(completed_at=self._now, completed_audit_seq=self.audit_seq)
        self._set("destruction_manifest", manifest_id, row)

    def cancel_manifest(self, manifest_id: int, reason: str) -> None:
        self._conn.execute("UPDATE destruction_item SET removed_at = ?, removed_audit_seq = ? "
                           "WHERE manifest_id = ? AND removed_at IS NULL",
                           (self._now, self.audit_seq, manifest_id))
        self._set("destruction_manifest", manifest_id, {
            "cancelled_at": self._now, "cancel_reason": _nfc(reason),
            "cancelled_audit_seq": self.audit_seq})

    # -- what a carrier is listed on -----------------------------------------------------------
    def pending_list_of_carrier(self, carrier_id: int) -> tuple[str, int, str] | None:
        row = self._conn.execute(
            "SELECT 'return', l.id, l.number FROM return_item i "
            "JOIN return_list l ON l.id = i.return_list_id WHERE i.carrier_id = ? "
            "AND i.removed_at IS NULL AND l.confirmed_at IS NULL AND l.cancelled_at IS NULL "
            "UNION ALL SELECT 'destruction', m.id, m.number FROM destruction_item i "
            "JOIN destruction_manifest m ON m.id = i.manifest_id WHERE i.carrier_id = ? "
            "AND i.removed_at IS NULL AND m.completed_at IS NULL AND m.cancelled_at IS NULL "
            "UNION ALL SELECT 'handover', h.id, h.number FROM handover_item i "
            "JOIN handover_list h ON h.id = i.handover_id WHERE i.carrier_id = ? "
            "AND i.removed_at IS NULL AND h.completed_at IS NULL AND h.cancelled_at IS NULL "
            "LIMIT 1", (carrier_id, carrier_id, carrier_id)).fetchone()
        return (str(row[0]), int(row[1]), str(row[2])) if row else None
