"""``core.personnel_ports.PersonnelTx`` over SQLCipher: grade changes, reviews, training,
departures and 脱密期 extensions (schema ``V_PERSONNEL``).

Mixed into ``ledger_tx.Tx`` beside ``CustodyTxMixin``, whose helpers it uses. Columns are checked
against a fixed list per table before any SQL is built; every row carries the transaction's audit
seq, so the workflow's one event seals it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..core.personnel_ports import RecordTable
from .custody_tx import CustodyTxMixin, _checked

if TYPE_CHECKING:
    _Base = CustodyTxMixin
else:
    _Base = object

RECORD_COLUMNS: dict[str, frozenset[str]] = {
    "person_grade_change": frozenset({"person_id", "old_grade", "new_grade", "reason", "reviewer",
                                      "approver", "approved_on", "changed_at"}),
    "person_review": frozenset({"person_id", "reviewed_on", "result", "reviewer", "note",
                                "recorded_at"}),
    "training": frozenset({"person_id", "held_on", "topic", "hours", "recorded_at"}),
    "departure": frozenset({"person_id", "kind", "leaving_on", "reason", "started_at"}),
    "exit_extension": frozenset({"departure_id", "old_ends_on", "new_ends_on", "reason",
                                 "approver", "extended_at"}),
    "commitment": frozenset({"person_id", "signed_on", "template_version", "recorded_at"}),
    "commitment_template": frozenset({"version", "body", "reason", "saved_at"}),
}
DEPARTURE_UPDATES = frozenset({"exit_grade", "exit_ends_on", "completed_at"})


class PersonnelTxMixin(_Base):
    def insert_record(self, table: RecordTable, values: Mapping[str, object]) -> int:
        row = _checked(values, RECORD_COLUMNS[table])
        row["audit_seq"] = self.audit_seq
        return self._insert(table, row)

    def record_rows(self, table: RecordTable, person_id: int) -> list[dict[str, object]]:
        if table == "exit_extension":
            return self._all("SELECT x.* FROM exit_extension x JOIN departure d "
                             "ON d.id = x.departure_id WHERE d.person_id = ? ORDER BY x.id",
                             (person_id,))
        if table not in RECORD_COLUMNS or table == "commitment_template":
            raise KeyError(table)
        return self._all(f"SELECT * FROM {table} WHERE person_id = ? ORDER BY id", (person_id,))

    def latest_template(self) -> dict[str, object] | None:
        return self._one("SELECT * FROM commitment_template ORDER BY version DESC LIMIT 1", ())

    def open_departure_of(self, person_id: int) -> dict[str, object] | None:
        return self._one("SELECT * FROM departure WHERE person_id = ? AND completed_at IS NULL",
                         (person_id,))

    def departure_row(self, departure_id: int) -> dict[str, object]:
        return self._by_id("departure", departure_id)

    def update_departure(self, departure_id: int, values: Mapping[str, object]) -> None:
        row = _checked(values, DEPARTURE_UPDATES)
        if "completed_at" in row:
            row["completed_audit_seq"] = self.audit_seq
        self._update("departure", departure_id, row)
