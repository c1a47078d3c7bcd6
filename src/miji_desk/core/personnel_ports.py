"""What the classified-personnel workflows need from the store (part of ``LedgerTx``).

Like ``custody_ports.CustodyTx``: ``ports.LedgerTx`` gains these by inheritance and the vault
implements them in ``vault/personnel_tx.py``. The record tables (grade changes, reviews,
training, departures, 脱密期 extensions) are written through one checked insert each.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Protocol

from .custody_ports import Row

RecordTable = Literal["person_grade_change", "person_review", "training", "departure",
                      "exit_extension", "commitment", "commitment_template"]


class PersonnelTx(Protocol):
    def insert_record(self, table: RecordTable, values: Mapping[str, object]) -> int: ...
    def record_rows(self, table: RecordTable, person_id: int) -> Sequence[Row]: ...
    def open_departure_of(self, person_id: int) -> Row | None: ...
    def departure_row(self, departure_id: int) -> Row: ...  # LookupError when unknown
    def update_departure(self, departure_id: int, values: Mapping[str, object]) -> None: ...
    def latest_template(self) -> Row | None: ...  # the newest 保密承诺书 template
