"""What inventory checks (清查) need from the store: writes inside a workflow's transaction and
the reads behind the scan page, the 清查报告, the schedule and the summary.

``InventoryTx`` is part of ``ports.LedgerTx`` by inheritance; the vault implements it in
``vault/inventory_tx.py`` and the reads in ``vault/inventory_queries.py`` over schema
``V_INVENTORY``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol

from .custody_ports import Row


@dataclass(frozen=True)
class LineFacts:
    """One carrier of a check as the store knows it: expected (frozen at the start) and/or
    scanned, with its state at the start, at the scan and now."""

    carrier_id: int | None  # None: a scanned code the ledger does not know
    code: str  # the barcode (or the code as scanned)
    number: str
    title: str
    level_code: str
    expected: bool
    start_status: str  # "" when not expected
    start_location: str
    start_holder: str
    now_status: str  # "" for an unknown code
    now_location: str
    now_holder: str
    scan_result: str  # "" not scanned, present, unexpected, unknown
    scan_reason: str
    scanned_at: str
    pages_complete: bool | None  # None: not confirmed
    attachments_complete: bool | None
    confirm_note: str


class InventoryTx(Protocol):
    def next_inventory_seq(self, year: int) -> int: ...
    # Writes the check and freezes its expected list; returns (check id, expected count).
    def insert_inventory_check(self, values: Mapping[str, object]) -> tuple[int, int]: ...
    def inventory_check_row(self, check_id: int) -> Row: ...  # LookupError when unknown
    def open_inventory_check_id(self) -> int | None: ...
    def inventory_expected_row(self, check_id: int, carrier_id: int) -> Row | None: ...
    def inventory_scan_of(self, check_id: int, carrier_id: int | None,
                          code: str) -> Row | None: ...
    def insert_inventory_scan(self, values: Mapping[str, object]) -> int: ...
    def insert_inventory_confirm(self, values: Mapping[str, object]) -> int: ...
    def inventory_scans_digest(self, check_id: int) -> str: ...
    def inventory_lines(self, check_id: int) -> Iterator[LineFacts]: ...
    def close_inventory_check(self, check_id: int, values: Mapping[str, object]) -> None: ...
    def volume_id_by_number(self, number: str) -> int | None: ...
    def person_name_known(self, name: str) -> bool: ...


class InventoryReads(Protocol):
    def check_row(self, check_id: int) -> Row: ...  # LookupError when unknown
    def check_ids(self, *, open_only: bool = False) -> list[int]: ...  # newest first
    def closed_between(self, start: str, end: str) -> list[int]: ...  # closed_at in [start, end)
    def found_count(self, check_id: int) -> int: ...  # carriers scanned present
    def unexpected_count(self, check_id: int) -> int: ...
    def lines(self, check_id: int) -> Iterator[LineFacts]: ...
    # The last closed check covering each level (scope all or that level): level -> closed_at.
    def last_checked_by_level(self) -> dict[str, str]: ...
    # The first registration of a carrier in keeping, per level: level -> registered_at.
    def first_kept_by_level(self) -> dict[str, str]: ...


class HasInventory(Protocol):
    @property
    def inventory(self) -> InventoryReads: ...


__all__ = ["HasInventory", "InventoryReads", "InventoryTx", "LineFacts"]
