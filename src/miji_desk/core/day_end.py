"""The end-of-day check (下班前检查, 篇三 十二; 篇九 (四)): before the safe is locked, the clerk
confirms that everything out has been accounted for.

What is out is read inside the workflow's own transaction, so the record lists exactly what was
out at the moment of confirming. Whatever should have been back by tonight (overdue, or due
today) and is still out needs a note saying where it is and why (件件有着落, 篇六 第七条); with
nothing late the note is optional. The record is one audit event ``day_end_checked`` with who
(the clerk), when (the transaction's time) and every line out: it is chained, sealed and never
deleted like every audit event, and the last one is what the dashboard shows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .errors import RuleViolation
from .holdings import OutLine
from .ports import Ledger
from .text import LONG, clean

ACTION = "day_end_checked"


@dataclass(frozen=True)
class DayEnd:
    """One confirmed end-of-day check."""

    at: dt.datetime
    actor: str
    out: int  # carriers out when it was confirmed
    late: int  # of those, due by tonight or overdue
    note: str
    audit_seq: int


def confirm_day_end(ledger: Ledger, out_now: Callable[[], Sequence[OutLine]],
                    note: str = "") -> DayEnd:
    """Record that the clerk has accounted for everything out now; ``out_now`` reads it."""
    text = clean(note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        now = dt.datetime.fromisoformat(tx.now)
        lines = list(out_now())
        late = [ln for ln in lines if ln.due_today(now)]
        if late and not text:
            raise RuleViolation("day_end.note_required", {"n": len(late)}, "note")
        seq = tx.audit(ACTION, [ln.carrier.id for ln in lines], {
            "out": [{"carrier": ln.carrier.number, "kind": ln.kind.value,
                     "reference": ln.reference, "holder": ln.person.name,
                     "due": ln.due.isoformat(), "late": ln.due_today(now)} for ln in lines],
            "late": len(late), "note": text})
        return DayEnd(now, ledger.actor, len(lines), len(late), text, seq)


__all__ = ["ACTION", "DayEnd", "confirm_day_end"]
