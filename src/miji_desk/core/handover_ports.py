"""What handover lists (移交) and changes of level or period (定密变更/解密) need from the store.

Part of ``ports.LedgerTx`` by inheritance (like ``disposition_ports.DispositionTx``); the vault
implements it in ``vault/handover_tx.py`` over schema ``V_HANDOVER``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from .custody_ports import Row
from .levels import Level


class HandoverTx(Protocol):
    # -- handover lists (移交清单) -----------------------------------------------------------------
    def next_handover_seq(self, year: int) -> int: ...
    def insert_handover(self, values: Mapping[str, object]) -> int: ...
    def handover_row(self, handover_id: int) -> Row: ...  # LookupError when unknown
    def handover_carrier_ids(self, handover_id: int) -> list[int]: ...  # live, in order
    def add_handover_item(self, handover_id: int, carrier_id: int) -> int: ...  # its position
    def remove_handover_item(self, handover_id: int, carrier_id: int, reason: str) -> None: ...
    def set_handover_line(self, handover_id: int, carrier_id: int,
                          values: Mapping[str, object]) -> None: ...  # the printed columns
    def complete_handover(self, handover_id: int, values: Mapping[str, object]) -> None: ...
    def cancel_handover(self, handover_id: int, reason: str) -> None: ...

    # -- changes of level or period (定密变更、解密) -----------------------------------------------
    def ensure_level(self, level: Level) -> None: ...  # the 非密 level, written when first used
    def insert_level_change(self, values: Mapping[str, object]) -> int: ...
    # Registrations copied here from any carrier of these documents (复制件 share the secret).
    def copy_documents_of(self, document_ids: list[int]) -> list[int]: ...
