"""Return to issuer (清退): carriers the issuing authority asks back.

Rules (篇十二 四 清退登记; 篇三 二十一, 二十五):

- The clerk selects carriers (for example every copy of one document, and the copies made of
  them here: ``vault.disposition.returnable_of_document``), names the authority they go back to
  (the carriers' common 来文机关 when left empty) and the basis (清退通知文号). This makes a 清退单
  (``2026-清-0001``) that is printed; the carriers stay 在库 meanwhile but cannot be put on
  another list, filed or copied.
- Each carrier must be in the clerk's hands: in store, not held, no open incident (a filed carrier
  leaves its volume first, a lent one is returned first).
- Confirming checks every carrier again, then marks each 已清退 (terminal: its row and history stay
  forever), with the authority as its holder and the receiver's name. An unconfirmed list can be
  cancelled with a reason. Every step is a carrier event and one audit event.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from .carriers import Status
from .custody import ival
from .disposition import CarrierRef, in_keeping, pick
from .errors import RuleViolation
from .ports import Ledger, LedgerTx
from .text import LONG, SHORT, clean

NUMBER_FORMAT = "{year}-清-{seq:04d}"


@dataclass
class ReturnForm:
    carriers: Sequence[CarrierRef]
    recipient: str = ""  # 退往机关; the carriers' common 来文机关 when empty
    basis: str = ""  # 清退依据 (the authority's notice)
    note: str = ""


@dataclass(frozen=True)
class ReturnList:
    id: int
    number: str
    carrier_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ReturnListView:
    id: int
    number: str
    recipient: str
    basis: str
    note: str
    created_at: dt.datetime
    carrier_ids: list[int]
    confirmed_at: dt.datetime | None = None
    handed_to: str = ""
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""

    @property
    def state(self) -> str:
        if self.confirmed_at:
            return "已清退"
        return "已作废" if self.cancelled_at else "待清退"


def prepare_return(ledger: Ledger, form: ReturnForm) -> ReturnList:
    now = ledger.clock.now()
    recipient = clean(form.recipient, label="退往机关", field="recipient")
    basis = clean(form.basis, label="清退依据", field="basis", limit=SHORT)
    note = clean(form.note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        picked = pick(tx, form.carriers, "清退")
        for cid, row in picked:
            in_keeping(tx, cid, row, "清退")
        if not recipient:
            senders = {str(row["sender"]) for _, row in picked}
            if len(senders) != 1 or not next(iter(senders)):
                raise RuleViolation("return_list.recipient_required", None, "recipient")
            recipient = senders.pop()
        seq = tx.next_return_seq(now.year)
        number = NUMBER_FORMAT.format(year=now.year, seq=seq)
        list_id = tx.insert_return_list({"number": number, "year": now.year, "seq": seq,
                                         "recipient": recipient, "basis": basis, "note": note,
                                         "created_at": tx.now})
        for position, (cid, _row) in enumerate(picked, 1):
            tx.add_return_item(list_id, cid, position)
            tx.record_event("return_listed", carrier_id=cid, approval_ref=basis,
                            note=f"列入清退单 {number}，退往{recipient}")
        ids = [cid for cid, _ in picked]
        tx.audit("return_list_prepared", ids, {
            "return_list_id": list_id, "number": number, "recipient": recipient,
            "basis": basis, "note": note, "barcodes": [row["barcode"] for _, row in picked]})
        return ReturnList(list_id, number, ids)


def _open_list(tx: LedgerTx, list_id: int) -> dict[str, object]:
    try:
        row = dict(tx.return_list_row(list_id))
    except LookupError:
        raise RuleViolation("return_list.no_such", None, "return_list") from None
    if row["confirmed_at"] is not None:
        raise RuleViolation("return_list.confirmed", {"number": row['number']}, "return_list")
    if row["cancelled_at"] is not None:
        raise RuleViolation("return_list.voided", {"number": row['number']}, "return_list")
    return row


def confirm_return(ledger: Ledger, list_id: int, handed_to: str = "",
                   note: str = "") -> list[int]:
    """The carriers have gone back: each becomes 已清退."""
    handed_to = clean(handed_to, label="接收人", field="handed_to")
    note = clean(note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        lst = _open_list(tx, list_id)
        number = str(lst["number"])
        ids = tx.return_item_carrier_ids(list_id)
        rows = [tx.carrier_row(cid) for cid in ids]
        for cid, row in zip(ids, rows, strict=True):
            in_keeping(tx, cid, row, "清退", own=("return", list_id))
        recipient = str(lst["recipient"])
        for cid, row in zip(ids, rows, strict=True):
            tx.update_carrier(cid, {"status": Status.RETURNED.value, "holder": recipient,
                                    "location_id": None})
            tx.record_event("returned", carrier_id=cid, field="status", before=row["status"],
                            after=Status.RETURNED.value, approval_ref=str(lst["basis"]),
                            note=f"{number} 清退给{recipient}"
                                 + (f"，接收人{handed_to}" if handed_to else "")
                                 + (f"；{note}" if note else ""))
        tx.confirm_return_list(list_id, handed_to)
        tx.audit("return_confirmed", ids, {
            "return_list_id": list_id, "number": number, "recipient": recipient,
            "handed_to": handed_to, "note": note,
            "barcodes": [row["barcode"] for row in rows]})
        return ids


def cancel_return(ledger: Ledger, list_id: int, reason: str) -> None:
    reason = clean(reason, label="作废原因", field="reason", limit=LONG, required=True,
                   multiline=True)
    with ledger.transaction() as tx:
        lst = _open_list(tx, list_id)
        ids = tx.return_item_carrier_ids(list_id)
        tx.remove_return_items(list_id)
        for cid in ids:
            tx.record_event("return_delisted", carrier_id=cid,
                            note=f"清退单 {lst['number']} 作废：{reason}")
        tx.cancel_return_list(list_id, reason)
        tx.audit("return_list_cancelled", ids, {"return_list_id": list_id,
                                                "number": lst["number"], "reason": reason})


def return_list_view(row: dict[str, object], carrier_ids: list[int]) -> ReturnListView:
    def when(key: str) -> dt.datetime | None:
        v = row[key]
        return None if v is None else dt.datetime.fromisoformat(str(v))

    created = when("created_at")
    assert created is not None
    return ReturnListView(
        id=ival(row, "id"), number=str(row["number"]), recipient=str(row["recipient"]),
        basis=str(row["basis"]), note=str(row["note"]), created_at=created,
        carrier_ids=carrier_ids, confirmed_at=when("confirmed_at"),
        handed_to=str(row["handed_to"]), cancelled_at=when("cancelled_at"),
        cancel_reason=str(row["cancel_reason"]))


__all__ = ["NUMBER_FORMAT", "ReturnForm", "ReturnList", "ReturnListView", "cancel_return",
           "confirm_return", "prepare_return", "return_list_view"]
