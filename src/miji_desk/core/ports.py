"""What the workflows need from the store, as protocols: ``core`` never imports ``vault``.

A workflow checks its rules, then opens one transaction, writes its rows, its history events and
exactly one audit event. The vault implements these protocols over SQLCipher.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Protocol

from .carriers import CarrierView, Register
from .clock import Clock
from .custody_ports import CustodyTx
from .disposition_ports import DispositionTx
from .handover_ports import HandoverTx
from .import_ports import ImportTx
from .inventory_ports import InventoryTx
from .levels import LevelCatalog
from .personnel_ports import PersonnelTx


class LedgerTx(CustodyTx, DispositionTx, HandoverTx, ImportTx, PersonnelTx, InventoryTx,
               Protocol):
    """The writes one workflow may make, all inside one transaction.

    People, circulation, loans and incidents: see ``custody_ports.CustodyTx``; copies, volumes,
    holds, return lists and destruction manifests: ``disposition_ports.DispositionTx``;
    handover lists and level changes: ``handover_ports.HandoverTx``; grade changes, reviews,
    training and departures: ``personnel_ports.PersonnelTx``."""

    @property
    def now(self) -> str: ...  # ISO timestamp of this transaction, the same for every row

    def next_seq(self, register: Register, year: int) -> int: ...
    def insert_document(self, values: Mapping[str, object]) -> int: ...
    def insert_carrier(self, values: Mapping[str, object]) -> int: ...
    # The carriers of one registration in one write; (id, barcode) of each, in order.
    def insert_carriers(self, rows: Sequence[Mapping[str, object]]
                        ) -> list[tuple[int, str]]: ...
    def update_document(self, document_id: int, values: Mapping[str, object]) -> None: ...
    def update_carrier(self, carrier_id: int, values: Mapping[str, object]) -> None: ...
    def document_row(self, document_id: int) -> Mapping[str, object]: ...
    def carrier_row(self, carrier_id: int) -> Mapping[str, object]: ...
    def barcode_taken(self, barcode: str) -> bool: ...
    def location_id(self, name: str) -> int | None: ...
    def location_name(self, location_id: int) -> str: ...
    def copies_of_document(self, document_id: int) -> list[tuple[int, int | None]]: ...
    # Received documents bearing this 文号: (document id, 编号, 来文机关, 份号 of its carriers).
    def incoming_with_doc_no(self, doc_no: str) -> list[tuple[int, str, str, list[int]]]: ...
    def insert_location(self, name: str, kind: str) -> int: ...
    def record_event(self, action: str, *, carrier_id: int | None = None,
                     document_id: int | None = None, field: str | None = None,
                     before: object = None, after: object = None,
                     approval_ref: str = "", note: str = "") -> None: ...
    # Several events of one action in one write; keys: record_event's keyword arguments.
    def record_events(self, action: str, events: Sequence[Mapping[str, object]]) -> None: ...
    def audit(self, action: str, carrier_ids: list[int], detail: Mapping[str, object]) -> int: ...
    def set_meta(self, key: str, value: str) -> None: ...  # the unit's rules (unit_rules.py)
    # Rules of people, media and storage (篇七; 篇十一 (二)4; 篇六 第三条):
    def location_kind(self, location_id: int) -> str: ...  # safe | cabinet | room | other
    def handled_by_names(self) -> list[str]: ...  # every distinct 责任人 / 经办人 written
    # Carriers (id, number, title, status, register, level_code) registered under these names.
    def carriers_handled_by(self, names: Sequence[str]) -> list[Mapping[str, object]]: ...
    # Every medium with a serial number: (document id, number, title, serial_no).
    def media_serials(self) -> list[tuple[int, str, str, str]]: ...


class Ledger(Protocol):
    """An open vault as the workflows see it."""

    clock: Clock

    @property
    def actor(self) -> str: ...  # the clerk, recorded on every event
    @property
    def levels(self) -> LevelCatalog: ...
    def setting(self, name: str, default: str) -> str: ...  # unit rules kept inside the vault
    def transaction(self) -> AbstractContextManager[LedgerTx]: ...
    def carrier(self, carrier_id: int) -> CarrierView: ...
