"""Places where carriers are kept: safes (保密柜), cabinets, rooms."""

from __future__ import annotations

from .errors import RuleViolation
from .ports import Ledger
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
