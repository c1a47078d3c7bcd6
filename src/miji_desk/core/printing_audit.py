"""What leaves the PC as paper or as a file is on the record: printing or exporting a register,
and printing labels, each write one audit event (what, filter, pages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from .errors import RuleViolation
from .ports import Ledger

PrintAction = Literal["print", "export", "labels"]
PRINT_ACTIONS: dict[str, str] = {
    "print": "print",  # a register (or any document) sent to a printer
    "export": "export_pdf",  # saved as a PDF file: the copy that can travel
    "labels": "print_labels",  # barcode labels, printed or saved
}


def record_print(ledger: Ledger, what: str, action: PrintAction, filter_text: str, pages: int,
                 carrier_ids: Sequence[int] = (), *, checkpoint: str = "",
                 destination: str = "", confirmed_at: str = "", marking: str = "") -> int:
    """One audit event for one print job; returns its sequence number.

    ``checkpoint`` is the audit code printed on the pages (the chain head *before* this event),
    so a paper copy can be matched to the event that recorded it. ``destination`` names the
    file an export went to; ``marking`` the level printed on every page.
    ``confirmed_at``: a print confirmed while the vault was locked is
    written at the next unlock, with the time it was really confirmed.
    """
    try:
        audit_action = PRINT_ACTIONS[action]
    except KeyError:
        raise ValueError(f"unknown print action {action!r}") from None
    if pages < 0:
        raise RuleViolation("print.pages_negative", None, "pages")
    detail: dict[str, object] = {"what": what, "filter": filter_text, "pages": pages}
    if checkpoint:
        detail["checkpoint"] = checkpoint
    if destination:
        detail["destination"] = destination
    if marking:
        detail["marking"] = marking
    if confirmed_at:
        detail["confirmed_at"] = confirmed_at
        detail["recorded_late"] = True
    with ledger.transaction() as tx:
        return tx.audit(audit_action, sorted(set(carrier_ids)), detail)
