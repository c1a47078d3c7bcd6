"""待补: an imported old record that lacks what a new registration requires."""

from __future__ import annotations

from ..errors import RuleViolation
from ..import_ports import ImportTx
from .sheets import FIELD_LABEL

# What a carrier cannot be before its missing fields are filled in (the issue: lending,
# circulating and copying a 待补 carrier ask for the missing fields first).
ASKS_FIRST = frozenset({"借阅", "传阅", "复制", "借阅或传阅"})


def check_complete(tx: ImportTx, carrier_id: int, carrier: str, doing: str) -> None:
    """Refuse lending, circulating and copying a 待补 carrier, naming what is missing."""
    if doing not in ASKS_FIRST:
        return
    missing = tx.missing_fields(carrier_id)
    if missing:
        raise RuleViolation("import.incomplete", {
            "carrier": carrier, "doing": doing,
            "fields": [FIELD_LABEL.get(f, f) for f in missing]}, "barcode")
