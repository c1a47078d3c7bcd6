"""What copies, filing, holds, return lists and destruction share: the approval on paper, picking
carriers by scan or selection, and the checks that a carrier is really here to act on.

A carrier is picked either by its id (selected in the ledger) or by its barcode (scanned; the
scanner's noise is handled by ``custody.carrier_by_scan``). A carrier listed on an unfinished
return list or destruction manifest stays 在库 until the list is finished, but it cannot be put on
another list, filed or copied meanwhile.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .carriers import STATUS_LABEL, Status
from .custody import LIST_LABEL, carrier_by_scan, check_free, check_not_gone, what
from .custody_ports import Row
from .errors import RuleViolation
from .names import same_name
from .periods import PeriodKind, SecrecyPeriod, marking
from .ports import Ledger, LedgerTx
from .text import clean

CarrierRef = int | str  # a carrier id (selected in the ledger) or a barcode (scanned)
MAX_PER_ACTION = 1000


@dataclass(frozen=True)
class Approval:
    """A leader's approval on paper: who, its reference (审批单号), and the date."""

    approver: str
    approval_ref: str
    approved_on: dt.date | None


def check_approval(ledger: Ledger, approval: Approval, today: dt.date) -> Approval:
    """All three are required; the clerk never approves their own work."""
    approver = clean(approval.approver, label="批准人", field="approver", required=True)
    ref = clean(approval.approval_ref, label="批准文号", field="approval_ref", required=True)
    day = approval.approved_on
    if day is None:
        raise RuleViolation("approval.date_required", None, "approved_on")
    if isinstance(day, dt.datetime):
        day = day.date()
    if day.year < 1949:
        raise RuleViolation("approval.date_before_1949", None, "approved_on")
    if day > today:
        raise RuleViolation("approval.date_future", None, "approved_on")
    if same_name(approver, ledger.actor):
        raise RuleViolation("approval.clerk_approves", {"approver": approver}, "approver")
    return Approval(approver, ref, day)


def day(value: dt.date | None, label: str, fld: str) -> dt.date:
    if value is None:
        raise RuleViolation("form.required", {"label": label}, fld)
    if isinstance(value, dt.datetime):
        value = value.date()
    if value.year < 1949:
        raise RuleViolation("date.before_1949", {"label": label}, fld)
    return value


def pick(tx: LedgerTx, refs: Sequence[CarrierRef], doing: str,
         fld: str = "carriers") -> list[tuple[int, Row]]:
    """The carriers named by id or barcode, each once, in the order given."""
    if not refs:
        raise RuleViolation("disposition.no_carriers", {"doing": doing}, fld)
    if len(refs) > MAX_PER_ACTION:
        raise RuleViolation("disposition.too_many", {"doing": doing, "max": MAX_PER_ACTION}, fld)
    out: list[tuple[int, Row]] = []
    seen: set[int] = set()
    for ref in refs:
        if isinstance(ref, bool):
            raise RuleViolation("disposition.unrecognised", None, fld)
        if isinstance(ref, int):
            try:
                cid, row = ref, tx.carrier_row(ref)
            except LookupError:
                raise RuleViolation("disposition.no_such_number", {"ref": ref}, fld) from None
        else:
            try:
                cid, row = carrier_by_scan(tx, ref)
            except RuleViolation as e:
                raise e.for_field(fld) from None
        if cid in seen:
            raise RuleViolation(
                "disposition.duplicate", {"carrier": what(row), "doing": doing}, fld)
        seen.add(cid)
        out.append((cid, row))
    return out


def not_listed(tx: LedgerTx, cid: int, row: Row, doing: str, fld: str = "carriers",
               own: tuple[str, int] | None = None) -> None:
    """Refuse a carrier on an unfinished return list or destruction manifest (not ``own``)."""
    pending = tx.pending_list_of_carrier(cid)
    if pending is not None and (pending[0], pending[1]) != own:
        raise RuleViolation("disposition.listed", {
            "carrier": what(row), "listed": LIST_LABEL[pending[0]], "number": pending[2],
            "doing": doing}, fld)


def not_on_open_slip(tx: LedgerTx, cid: int, row: Row, doing: str,
                     fld: str = "carriers") -> None:
    """Refuse a carrier on an unfinished 传阅单: between two readers it is in the safe, but
    the slip still owes it to its next readers and could never finish (篇四 (十一))."""
    slip_id = tx.open_circulation_of_carrier(cid)
    if slip_id is not None:
        raise RuleViolation("disposition.on_open_slip", {
            "carrier": what(row), "number": tx.circulation_row(slip_id)["number"],
            "doing": doing}, fld)


def in_keeping(tx: LedgerTx, cid: int, row: Row, doing: str, fld: str = "carriers", *,
               own: tuple[str, int] | None = None, filed_ok: bool = False,
               slip_ok: bool = False) -> None:
    """The carrier is in the clerk's hands, free to act on: in store (or filed when
    ``filed_ok``), not gone, not out, not held, no open incident, on no other list, and (unless
    ``slip_ok``) on no unfinished 传阅单."""
    try:
        check_not_gone(row, doing)
        status = Status(str(row["status"]))
        if status is Status.ON_LOAN:
            raise RuleViolation(
                "disposition.on_loan",
                {"carrier": what(row), "holder": row['holder'], "doing": doing},
                fld,
            )
        if status is Status.CIRCULATING:
            raise RuleViolation(
                "disposition.circulating",
                {"carrier": what(row), "holder": row['holder'], "doing": doing},
                fld,
            )
        if status is Status.FILED and not filed_ok:
            item = tx.open_volume_item(cid)
            if item is None:
                raise RuleViolation(
                    "disposition.filed_somewhere", {"carrier": what(row), "doing": doing}, fld)
            raise RuleViolation("disposition.filed", {
                "carrier": what(row), "volume": item["volume_number"], "doing": doing}, fld)
        if status not in (Status.IN_STORE, Status.FILED):
            raise RuleViolation(
                "disposition.status",
                {"carrier": what(row), "status": STATUS_LABEL[status], "doing": doing},
                fld,
            )
        hold = tx.open_hold(cid)
        if hold is not None:
            raise RuleViolation(
                "disposition.on_hold",
                {"carrier": what(row), "reason": hold['reason'], "doing": doing},
                fld,
            )
        check_free(tx, cid, row, doing, leaving_lists=False)
    except RuleViolation as e:
        if e.field == fld:
            raise
        raise e.for_field(fld) from None
    not_listed(tx, cid, row, doing, fld, own)
    if not slip_ok:
        not_on_open_slip(tx, cid, row, doing, fld)


def document_period(doc: Row) -> SecrecyPeriod:
    return SecrecyPeriod.from_columns(doc["period_kind"], doc["period_amount"],  # type: ignore[arg-type]
                                      doc["period_until"], doc["period_condition"])  # type: ignore[arg-type]


def printed_line(ledger: Ledger, tx: LedgerTx, row: Row) -> dict[str, object]:
    """The columns a finished list keeps of one carrier, as printed when it was signed:
    编号, 文号, title, marking, level, 份号, pages, kind."""
    doc = tx.document_row(int(str(row["document_id"])))
    level = ledger.levels.get(str(row["level_code"]))
    return {"number": row["number"], "doc_no": row["doc_no"], "title": row["title"],
            "marking": marking(level, document_period(doc)), "level_code": level.code,
            "copy_no": row["copy_no"], "kind": row["kind"],
            "pages": doc["pages"] if isinstance(doc["pages"], int) else None}


def expiry_refusal(ledger: Ledger, doc: Row, when: dt.date,
                   carrier: str) -> RuleViolation | None:
    """Why ``carrier`` waits: its secrecy period has not ended by ``when`` (None when it has)."""
    level = ledger.levels.get(str(doc["level_code"]))
    period = document_period(doc)
    if not level.state_secret and period.kind is PeriodKind.UNMARKED:
        return None  # a unit level without a period (内部): nothing to wait for
    # Without a 定密日期 the period runs from the day of receipt (保密法; DESIGN.md).
    start = doc["classified_on"] or str(doc["received_at"])[:10]
    end = period.expiry(level, dt.date.fromisoformat(str(start)))
    if end is None:
        return RuleViolation("destruction.period_undated",
                             {"carrier": carrier, "period": period.text(level)}, "carriers")
    if end > when:
        return RuleViolation("destruction.period_running",
                             {"carrier": carrier, "end": end.isoformat()}, "carriers")
    return None


__all__ = ["LIST_LABEL", "MAX_PER_ACTION", "Approval", "CarrierRef", "check_approval", "day",
           "document_period", "expiry_refusal", "in_keeping", "not_listed", "not_on_open_slip",
           "pick", "printed_line"]
