"""Handover (移交) to the archive or to another unit: a list, approval, signatures.

Rules (篇三 二十五; 篇五 4; 篇九 (八)):

- A handover list (移交清单, ``2026-移-0001``) names the receiving unit (档案馆/档案室 or another
  unit) and the receiving person, and may name its basis. It is opened, carriers are added by
  scan or selection and removed with a reason while it is open, like a destruction manifest.
- A carrier is listed only while it is in the clerk's hands: not on loan, not circulating, not
  held, no open incident, on no other unfinished list, not missing and not gone (sent, returned,
  handed over, destroyed). A filed carrier may go to the archive with its volume (a handover to
  the archive accepts 已归档; to another unit it must leave its volume first).
- Completing records the leader's approval (the same ``Approval`` and ``check_approval`` as
  copying and destruction: the clerk never approves herself), the 监交人 (optional, never the
  clerk) and the date of the handover. Every carrier is checked again, then becomes 已移交, with
  the receiving unit as its holder; it stays in the ledger with its whole history. The printed
  columns and the totals are written into the list, so it reprints exactly as signed.
- An open list can be cancelled with a reason; a completed or cancelled list never changes again.
  Every step is one audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .carriers import Status
from .custody import ival, what
from .custody_ports import Row
from .destruction import Totals, tally
from .disposition import Approval, CarrierRef, check_approval, day, in_keeping, pick, printed_line
from .errors import RuleViolation
from .ports import Ledger, LedgerTx
from .text import LONG, SHORT, clean

NUMBER_FORMAT = "{year}-移-{seq:04d}"
DOING = "移交"


class Receiver(StrEnum):
    ARCHIVE = "archive"  # 档案馆（室）
    UNIT = "unit"  # 其他单位


RECEIVER_LABEL = {Receiver.ARCHIVE: "档案部门", Receiver.UNIT: "其他单位"}


@dataclass
class HandoverForm:
    receiver_unit: str  # 接收单位
    receiver_person: str  # 接收人
    receiver_kind: Receiver | str = Receiver.UNIT
    basis: str = ""  # 移交依据
    note: str = ""
    carriers: list[CarrierRef] = field(default_factory=list)  # may be added later


@dataclass
class HandoverCompletion:
    approver: str  # 批准人 (主管领导)
    approval_ref: str
    approved_on: dt.date | None
    supervisor: str = ""  # 监交人
    handed_on: dt.date | None = None  # today when empty


@dataclass(frozen=True)
class Handover:
    id: int
    number: str
    carrier_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class HandoverView:
    id: int
    number: str
    receiver_kind: Receiver
    receiver_unit: str
    receiver_person: str
    basis: str
    note: str
    created_at: dt.datetime
    approver: str = ""
    approval_ref: str = ""
    approved_on: dt.date | None = None
    supervisor: str = ""
    handed_on: dt.date | None = None
    totals: Totals | None = None  # as written at completion
    completed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""

    @property
    def is_open(self) -> bool:
        return self.completed_at is None and self.cancelled_at is None

    @property
    def state(self) -> str:
        if self.completed_at:
            return "已移交"
        return "已作废" if self.cancelled_at else "待移交"

    @property
    def receiver_label(self) -> str:
        return RECEIVER_LABEL[self.receiver_kind]


def handover_view(row: Row) -> HandoverView:
    def date(key: str) -> dt.date | None:
        v = row[key]
        return None if v is None else dt.date.fromisoformat(str(v))

    def moment(key: str) -> dt.datetime | None:
        v = row[key]
        return None if v is None else dt.datetime.fromisoformat(str(v))

    created = moment("created_at")
    assert created is not None
    totals = row["totals"]
    return HandoverView(
        id=ival(row, "id"), number=str(row["number"]),
        receiver_kind=Receiver(str(row["receiver_kind"])),
        receiver_unit=str(row["receiver_unit"]), receiver_person=str(row["receiver_person"]),
        basis=str(row["basis"]), note=str(row["note"]), created_at=created,
        approver=str(row["approver"]), approval_ref=str(row["approval_ref"]),
        approved_on=date("approved_on"), supervisor=str(row["supervisor"]),
        handed_on=date("handed_on"),
        totals=Totals.from_json(str(totals)) if totals is not None else None,
        completed_at=moment("completed_at"), cancelled_at=moment("cancelled_at"),
        cancel_reason=str(row["cancel_reason"]))


# -- checks ---------------------------------------------------------------------------------------

def _receiver(value: Receiver | str) -> Receiver:
    try:
        return Receiver(value)
    except ValueError:
        for r, label in RECEIVER_LABEL.items():
            if value == label:
                return r
        raise RuleViolation("handover.receiver_kind", {"kinds": list(RECEIVER_LABEL.values())},
                            "receiver_kind") from None


def _open(tx: LedgerTx, handover_id: int) -> dict[str, object]:
    try:
        row = dict(tx.handover_row(handover_id))
    except LookupError:
        raise RuleViolation("handover.no_such", None, "handover") from None
    if row["completed_at"] is not None:
        raise RuleViolation("handover.done", {"number": row["number"]}, "handover")
    if row["cancelled_at"] is not None:
        raise RuleViolation("handover.voided", {"number": row["number"]}, "handover")
    return row


def _can_go(tx: LedgerTx, cid: int, row: Row, lst: Row) -> None:
    """Everything that keeps this carrier off this list, with the reason."""
    in_keeping(tx, cid, row, DOING, own=("handover", ival(lst, "id")),
               filed_ok=lst["receiver_kind"] == Receiver.ARCHIVE.value)


def _add(tx: LedgerTx, lst: Row, refs: Sequence[CarrierRef]) -> list[int]:
    hid = ival(lst, "id")
    on = dict.fromkeys(tx.handover_carrier_ids(hid))
    picked = pick(tx, refs, DOING)
    for cid, row in picked:
        if cid in on:
            raise RuleViolation("handover.scanned_twice",
                                {"carrier": what(row), "line": list(on).index(cid) + 1},
                                "carriers")
        _can_go(tx, cid, row, lst)
    for cid, _row in picked:
        position = tx.add_handover_item(hid, cid)
        tx.record_event("handover_listed", carrier_id=cid,
                        note=f"列入移交清单 {lst['number']}（第 {position} 项），"
                             f"移交{lst['receiver_unit']}")
    return [cid for cid, _ in picked]


# -- the workflows --------------------------------------------------------------------------------

def open_handover(ledger: Ledger, form: HandoverForm) -> Handover:
    now = ledger.clock.now()
    kind = _receiver(form.receiver_kind)
    unit = clean(form.receiver_unit, label="接收单位", field="receiver_unit", required=True)
    person = clean(form.receiver_person, label="接收人", field="receiver_person", limit=60,
                   required=True)
    if person == ledger.actor:
        raise RuleViolation("handover.clerk_receives", None, "receiver_person")
    basis = clean(form.basis, label="移交依据", field="basis", limit=SHORT)
    note = clean(form.note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        seq = tx.next_handover_seq(now.year)
        number = NUMBER_FORMAT.format(year=now.year, seq=seq)
        values = {"number": number, "year": now.year, "seq": seq, "receiver_kind": kind.value,
                  "receiver_unit": unit, "receiver_person": person, "basis": basis,
                  "note": note, "created_at": tx.now}
        hid = tx.insert_handover(values)
        ids = _add(tx, tx.handover_row(hid), form.carriers) if form.carriers else []
        tx.audit("handover_opened", ids, {"handover_id": hid, **values})
        return Handover(hid, number, ids)


def add_to_handover(ledger: Ledger, handover_id: int, carriers: Sequence[CarrierRef]
                    ) -> list[int]:
    """Add carriers by scan or selection; each refused with its reason, nothing half-added."""
    with ledger.transaction() as tx:
        lst = _open(tx, handover_id)
        ids = _add(tx, lst, carriers)
        tx.audit("handover_carriers_added", ids, {"handover_id": handover_id,
                                                  "number": lst["number"]})
        return ids


def remove_from_handover(ledger: Ledger, handover_id: int, carriers: Sequence[CarrierRef],
                         reason: str) -> None:
    reason = clean(reason, label="移出原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        lst = _open(tx, handover_id)
        on = set(tx.handover_carrier_ids(handover_id))
        picked = pick(tx, carriers, "移出")
        for cid, row in picked:
            if cid not in on:
                raise RuleViolation("handover.not_on_list",
                                    {"carrier": what(row), "number": lst["number"]}, "carriers")
        for cid, _row in picked:
            tx.remove_handover_item(handover_id, cid, reason)
            tx.record_event("handover_delisted", carrier_id=cid,
                            note=f"移出移交清单 {lst['number']}：{reason}")
        tx.audit("handover_carriers_removed", [cid for cid, _ in picked],
                 {"handover_id": handover_id, "number": lst["number"], "reason": reason})


def cancel_handover(ledger: Ledger, handover_id: int, reason: str) -> None:
    """An unfinished list is cancelled: its carriers are free again, nothing handed over."""
    reason = clean(reason, label="作废原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        lst = _open(tx, handover_id)
        ids = tx.handover_carrier_ids(handover_id)
        for cid in ids:
            tx.record_event("handover_delisted", carrier_id=cid,
                            note=f"移交清单 {lst['number']} 作废：{reason}")
        tx.cancel_handover(handover_id, reason)
        tx.audit("handover_cancelled", ids, {"handover_id": handover_id,
                                             "number": lst["number"], "reason": reason})


def complete_handover(ledger: Ledger, handover_id: int, form: HandoverCompletion) -> Totals:
    """The carriers were handed over and signed for: each becomes 已移交, the list final."""
    today = ledger.clock.now().date()
    approval = check_approval(ledger, Approval(form.approver, form.approval_ref,
                                               form.approved_on), today)
    assert approval.approved_on is not None
    supervisor = clean(form.supervisor, label="监交人", field="supervisor", limit=60)
    if supervisor and supervisor == ledger.actor:
        raise RuleViolation("handover.clerk_supervises", {"actor": ledger.actor}, "supervisor")
    handed_on = today if form.handed_on is None else day(form.handed_on, "移交日期",
                                                          "handed_on")
    if handed_on > today:
        raise RuleViolation("handover.date_future", None, "handed_on")
    if handed_on < approval.approved_on:
        raise RuleViolation("handover.before_approval", None, "handed_on")
    with ledger.transaction() as tx:
        lst = _open(tx, handover_id)
        number = str(lst["number"])
        ids = tx.handover_carrier_ids(handover_id)
        if not ids:
            raise RuleViolation("handover.empty", {"number": number}, "carriers")
        rows = [tx.carrier_row(cid) for cid in ids]
        for cid, row in zip(ids, rows, strict=True):
            _can_go(tx, cid, row, lst)
        unit, person = str(lst["receiver_unit"]), str(lst["receiver_person"])
        lines: list[tuple[str, int | None]] = []
        for cid, row in zip(ids, rows, strict=True):
            line = printed_line(ledger, tx, row)
            tx.set_handover_line(handover_id, cid, line)
            lines.append((str(line["level_code"]), line["pages"]))  # type: ignore[arg-type]
            item = tx.open_volume_item(cid)
            if item is not None:  # to the archive with its volume: it leaves our volume
                tx.close_volume_item(ival(item, "id"), f"随移交清单 {number} 移交{unit}")
            tx.update_carrier(cid, {"status": Status.HANDED_OVER.value, "holder": unit,
                                    "location_id": None})
            tx.record_event("handed_over", carrier_id=cid, field="status", before=row["status"],
                            after=Status.HANDED_OVER.value, approval_ref=approval.approval_ref,
                            note=f"{number}：{handed_on.isoformat()} 移交{unit}，接收人{person}；"
                                 f"批准人{approval.approver}"
                                 + (f"；监交人{supervisor}" if supervisor else ""))
        totals = tally(lines, ledger.levels)
        tx.complete_handover(handover_id, {
            "approver": approval.approver, "approval_ref": approval.approval_ref,
            "approved_on": approval.approved_on.isoformat(), "supervisor": supervisor,
            "handed_on": handed_on.isoformat(), "total_copies": totals.copies,
            "total_pages": totals.pages, "totals": totals.to_json()})
        tx.audit("handover_completed", ids, {
            "handover_id": handover_id, "number": number, "receiver_unit": unit,
            "receiver_person": person, "approver": approval.approver,
            "approval_ref": approval.approval_ref,
            "approved_on": approval.approved_on.isoformat(), "supervisor": supervisor,
            "handed_on": handed_on.isoformat(), "totals": totals.to_json(),
            "barcodes": [row["barcode"] for row in rows]})
        return totals


__all__ = ["DOING", "NUMBER_FORMAT", "RECEIVER_LABEL", "Handover", "HandoverCompletion",
           "HandoverForm", "HandoverView", "Receiver", "add_to_handover", "cancel_handover",
           "complete_handover", "handover_view", "open_handover", "remove_from_handover"]
