"""What documents need to read from an open vault, as protocols: ``printing`` types against these
and never imports ``vault`` (dependencies point ui → core, vault, printing; printing → core)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Protocol

from .carriers import CarrierView
from .clock import Clock
from .ledger_query import LedgerFilter, SortKey
from .levels import LevelCatalog


class AuditCheckpoint(Protocol):
    @property
    def checkpoint(self) -> str: ...  # short code of the audit chain head, printed on registers


class CarrierQueries(Protocol):
    def iter_views(self, f: LedgerFilter = ..., sort: SortKey = ..., descending: bool = ...,
                   chunk: int = ...) -> Iterator[CarrierView]: ...
    def iter_in_number_order(self, f: LedgerFilter = ..., chunk: int = ...
                             ) -> Iterator[CarrierView]: ...
    def by_ids(self, ids: Sequence[int]) -> list[CarrierView]: ...
    def readers_of(self, carrier_ids: Sequence[int]) -> dict[int, list[str]]: ...
    def ids_by_number(self, first: str, upper: str, limit: int) -> list[int]: ...
    def count(self, f: LedgerFilter = ...) -> int: ...  # the rows a register will print


class LedgerReader(Protocol):
    """An open vault as a document sees it: read-only."""

    clock: Clock

    @property
    def unit_name(self) -> str: ...
    @property
    def levels(self) -> LevelCatalog: ...
    @property
    def ledger(self) -> CarrierQueries: ...
    def audit_head(self) -> AuditCheckpoint: ...
    def locations(self) -> list[tuple[int, str, str]]: ...  # (id, name, kind)
    def setting(self, name: str, default: str) -> str: ...  # the unit's rules and settings
