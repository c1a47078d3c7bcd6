"""Places where carriers are kept: safes (保密柜), cabinets, rooms."""

from __future__ import annotations

from .errors import RuleViolation
from .levels import SECRET, Level
from .ports import Ledger, LedgerTx
from .text import clean

LOCATION_KINDS = {"safe": "保密柜", "cabinet": "文件柜", "room": "机要室", "other": "其他"}


def add_location(ledger: Ledger, name: str, kind: str = "safe") -> int:
    name = clean(name, label="存放位置名称", field="name", required=True)
    if kind not in LOCATION_KINDS:
        raise RuleViolation("location.kind", None, "kind")
    with ledger.transaction() as tx:
        if tx.location_id(name) is not None:
            raise RuleViolation("location.exists", {"name": name}, "name")
        loc = tx.insert_location(name, kind)
        tx.audit("location_added", [], {"id": loc, "name": name, "kind": kind})
        return loc


SAFE = "safe"


def check_storage(tx: LedgerTx, level: Level, location_id: int | None, carrier: str) -> None:
    """Refuse putting a 机密 or 绝密 carrier in store anywhere but a safe (篇六 第三条; 篇四 (六)):
    with no location at all, or in a cabinet, a room or elsewhere."""
    if level.rank < SECRET.rank:
        return
    if location_id is None:
        raise RuleViolation("storage.safe_required_unplaced",
                            {"carrier": carrier, "level": level.name}, "location")
    kind = tx.location_kind(location_id)
    if kind != SAFE:
        raise RuleViolation("storage.safe_required", {
            "carrier": carrier, "level": level.name, "location": tx.location_name(location_id),
            "kind": LOCATION_KINDS.get(kind, kind)}, "location")
