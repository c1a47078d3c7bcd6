"""``core.handover_ports.HandoverTx`` over SQLCipher: handover lists and level changes
(schema ``V_HANDOVER``).

Mixed into ``ledger_tx.Tx`` beside ``DispositionTxMixin``, whose helpers it uses. Bound
parameters only; columns are checked against a fixed list before any SQL is built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..core.levels import Level
from .audit import canonical_json
from .disposition_tx import DispositionTxMixin, _checked, _nfc

HANDOVER_COLUMNS = frozenset({"number", "year", "seq", "receiver_kind", "receiver_unit",
                              "receiver_person", "basis", "note", "created_at"})
HANDOVER_LINE_COLUMNS = frozenset({"number", "doc_no", "title", "marking", "level_code",
                                   "copy_no", "pages", "kind"})
HANDOVER_DONE_COLUMNS = frozenset({"approver", "approval_ref", "approved_on", "supervisor",
                                   "handed_on", "total_copies", "total_pages", "totals"})
LEVEL_CHANGE_COLUMNS = frozenset({"document_id", "decision", "authority", "reference",
                                  "decided_on", "old_level_code", "new_level_code",
                                  "old_marking", "new_marking", "old_period", "new_period",
                                  "note"})

if TYPE_CHECKING:
    _Base = DispositionTxMixin
else:
    _Base = object


class HandoverTxMixin(_Base):
    # -- handover lists ------------------------------------------------------------------------
    def next_handover_seq(self, year: int) -> int:
        row = self._conn.execute("SELECT max(seq) FROM handover_list WHERE year = ?",
                                 (year,)).fetchone()
        return (row[0] or 0) + 1

    def insert_handover(self, values: Mapping[str, object]) -> int:
        row = _checked(values, HANDOVER_COLUMNS)
        row["audit_seq"] = self.audit_seq
        return self._put("handover_list", row)

    def handover_row(self, handover_id: int) -> dict[str, object]:
        return self._must("handover_list", handover_id)

    def handover_carrier_ids(self, handover_id: int) -> list[int]:
        return self._ids("SELECT carrier_id FROM handover_item WHERE handover_id = ? "
                         "AND removed_at IS NULL ORDER BY position", (handover_id,))

    def add_handover_item(self, handover_id: int, carrier_id: int) -> int:
        last = self._conn.execute("SELECT max(position) FROM handover_item "
                                  "WHERE handover_id = ?", (handover_id,)).fetchone()[0]
        position = (last or 0) + 1
        self._put("handover_item", {"handover_id": handover_id, "carrier_id": carrier_id,
                                    "position": position, "added_audit_seq": self.audit_seq})
        return position

    def remove_handover_item(self, handover_id: int, carrier_id: int, reason: str) -> None:
        self._conn.execute("UPDATE handover_item SET removed_at = ?, removal_reason = ?, "
                           "removed_audit_seq = ? WHERE handover_id = ? AND carrier_id = ? "
                           "AND removed_at IS NULL",
                           (self._now, _nfc(reason), self.audit_seq, handover_id, carrier_id))

    def set_handover_line(self, handover_id: int, carrier_id: int,
                          values: Mapping[str, object]) -> None:
        row = _checked(values, HANDOVER_LINE_COLUMNS)
        sets = ", ".join(f"{k} = ?" for k in row)
        self._conn.execute(f"UPDATE handover_item SET {sets} WHERE handover_id = ? "
                           "AND carrier_id = ? AND removed_at IS NULL",
                           (*row.values(), handover_id, carrier_id))

    def complete_handover(self, handover_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, HANDOVER_DONE_COLUMNS)
        if not isinstance(row.get("totals"), str):
            row["totals"] = canonical_json(row.get("totals"))
        row.update(completed_at=self._now, completed_audit_seq=self.audit_seq)
        self._set("handover_list", handover_id, row)

    def cancel_handover(self, handover_id: int, reason: str) -> None:
        self._conn.execute("UPDATE handover_item SET removed_at = ?, removal_reason = ?, "
                           "removed_audit_seq = ? WHERE handover_id = ? AND removed_at IS NULL",
                           (self._now, _nfc(reason), self.audit_seq, handover_id))
        self._set("handover_list", handover_id, {
            "cancelled_at": self._now, "cancel_reason": _nfc(reason),
            "cancelled_audit_seq": self.audit_seq})

    # -- level changes -------------------------------------------------------------------------
    def ensure_level(self, level: Level) -> None:
        self._conn.execute("INSERT OR IGNORE INTO level VALUES (?, ?, ?, ?, ?)",
                           (level.code, level.name, level.rank, level.max_years,
                            int(level.state_secret)))

    def insert_level_change(self, values: Mapping[str, object]) -> int:
        row = _checked(values, LEVEL_CHANGE_COLUMNS)
        for key in ("old_period", "new_period"):
            if not isinstance(row.get(key), str):
                row[key] = canonical_json(row.get(key))
        row.update(changed_at=self._now, audit_seq=self.audit_seq)
        return self._put("level_change", row)

    def copy_documents_of(self, document_ids: list[int]) -> list[int]:
        if not document_ids:
            return []
        marks = ", ".join("?" * len(document_ids))
        return self._ids(f"SELECT DISTINCT d.id FROM document d JOIN carrier c "
                         f"ON c.id = d.source_carrier_id WHERE c.document_id IN ({marks}) "
                         "ORDER BY d.id", tuple(document_ids))
