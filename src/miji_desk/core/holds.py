"""Holds (冻结): the clerk freezes a carrier, for example during an investigation, and lifts it.

- A hold has a reason (required) and a reference (调查通知、函件编号; may be empty). While it is
  on, the carrier is shown as frozen in the ledger (``carrier.held``, kept by trigger from the
  ``hold`` table) and is refused for loans, circulation, copying, filing, taking out of its
  volume, return to issuer and destruction.
- Lifting needs a note (why it is lifted). Both are carrier events and audited; a carrier may be
  held and released any number of times, every hold stays in its history.
- A carrier that has left the unit (sent, returned, handed over, destroyed) cannot be held.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .carriers import STATUS_LABEL, TERMINAL, Status
from .custody import ival, what
from .disposition import CarrierRef, pick
from .errors import RuleViolation
from .ports import Ledger
from .text import LONG, SHORT, clean


@dataclass(frozen=True)
class HoldView:
    id: int
    carrier_id: int
    reason: str
    reference: str
    placed_at: dt.datetime
    lifted_at: dt.datetime | None = None
    lift_note: str = ""


def place_hold(ledger: Ledger, carriers: Sequence[CarrierRef], reason: str,
               reference: str = "") -> list[int]:
    """Freeze carriers (by scan or selection); returns the hold ids."""
    reason = clean(reason, label="冻结原因", field="reason", limit=LONG, required=True,
                   multiline=True)
    reference = clean(reference, label="冻结依据", field="reference", limit=SHORT)
    with ledger.transaction() as tx:
        picked = pick(tx, carriers, "冻结")
        for cid, row in picked:
            status = Status(str(row["status"]))
            if status in TERMINAL:
                raise RuleViolation(
                    "hold.status",
                    {"carrier": what(row), "status": STATUS_LABEL[status]},
                    "carriers",
                )
            hold = tx.open_hold(cid)
            if hold is not None or row["held"]:
                if hold is None:
                    raise RuleViolation("hold.already", {"carrier": what(row)}, "carriers")
                raise RuleViolation("hold.already_because", {
                    "carrier": what(row), "reason": hold["reason"]}, "carriers")
        ids = []
        for cid, _row in picked:
            ids.append(tx.insert_hold(cid, reason, reference))
            tx.record_event("hold", carrier_id=cid, field="held", before=False, after=True,
                            approval_ref=reference, note=reason)
        tx.audit("hold", [cid for cid, _ in picked], {
            "reason": reason, "reference": reference, "hold_ids": ids,
            "barcodes": [row["barcode"] for _, row in picked]})
        return ids


def lift_hold(ledger: Ledger, carriers: Sequence[CarrierRef], note: str) -> list[int]:
    """Lift the holds of carriers; returns the hold ids that were lifted."""
    note = clean(note, label="解除说明", field="note", limit=LONG, required=True, multiline=True)
    with ledger.transaction() as tx:
        picked = pick(tx, carriers, "解除冻结")
        holds = []
        for cid, row in picked:
            hold = tx.open_hold(cid)
            if hold is None:
                raise RuleViolation("hold.not_held", {"carrier": what(row)}, "carriers")
            holds.append(hold)
        for (cid, _row), hold in zip(picked, holds, strict=True):
            tx.lift_hold(ival(hold, "id"), note)
            tx.record_event("hold_lifted", carrier_id=cid, field="held", before=True,
                            after=False, approval_ref=str(hold["reference"]),
                            note=f"{note}（冻结原因：{hold['reason']}）")
        ids = [ival(h, "id") for h in holds]
        tx.audit("hold_lifted", [cid for cid, _ in picked], {
            "note": note, "hold_ids": ids, "barcodes": [row["barcode"] for _, row in picked]})
        return ids


__all__ = ["HoldView", "lift_hold", "place_hold"]
