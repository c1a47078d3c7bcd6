"""Copies (复制 / 复印): approved, counted exactly, each copy a carrier of the original's level.

Rules (篇一 6、13; 篇三 十一; 篇四 (四)(五)(六); 篇十一 (一)5; 篇十二 五、六):

- Every copying needs the leader's approval on paper: approver, reference and date (the clerk
  never approves it) and its purpose; the count is exact (1 … 1000) and each copy becomes one
  carrier with its own barcode (复印件视同原件密级管理).
- A copy is a registration of its own in the 复制 register (``Register.COPY``, numbered like
  ``2026-复-0001``, copies 份号 001 … n), with ``document.source_carrier_id`` naming the original
  carrier and one ``copy_order`` row holding the approval. It takes the original's level,
  period, classification date, 文号, title, 知悉范围 and pages, so it is printed and checked like
  any carrier; the history of the original records the copying.
- 绝密: refused outright when the unit rule ``allow_copy_top_secret`` is off (some units
  forbid it, 篇三 十一 / 篇十二 五); otherwise both the leader's approval and the originating
  authority's approval reference (制发机关批准文号) are required (篇一 6).
- 机密: the originating authority's approval reference too, while the unit rule
  ``copy_secret_needs_originator`` is on (its default: 篇一 6 "绝密级、机密级…非原制发机关批准，
  不得复制和摘抄").
- Only a paper carrier in the clerk's hands is copied: in store or filed (复制档案 with approval,
  篇十二 六); refused when on loan, circulating, held, with an open incident, listed for return
  or destruction, missing, sent, returned, handed over or destroyed.
- A medium written from another medium is a copy too: one new medium at a time, with its own
  serial number (``CopyForm.serial_no``), under the same approvals. Registering a new medium
  is no way around this: the medium register has no "copied from" (issue 13).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .carriers import CarrierKind, CarrierView, Register, Status
from .custody import ival, what
from .disposition import Approval, CarrierRef, check_approval, in_keeping, pick
from .errors import RuleViolation
from .exchange.incomplete import check_complete
from .levels import SECRET, TOP_SECRET, Level
from .locations import check_storage
from .numbering import DEFAULT_FORMAT, carrier_number, document_number
from .ports import Ledger
from .text import LONG, clean
from .unit_rules import COPY_SECRET_NEEDS_ORIGINATOR, COPY_TOP_SECRET, rule_value

MAX_COUNT = 1000
COPY_TOP_SECRET_SETTING = COPY_TOP_SECRET.key
# Columns of the original's registration that a copy keeps as they are.
KEPT = ("title", "doc_no", "producer", "sender", "period_kind", "period_amount", "period_until",
        "period_condition", "classified_on", "pages", "attachments", "scope")


@dataclass
class CopyForm:
    source: CarrierRef  # the original: its id (selected) or barcode (scanned)
    count: int
    purpose: str  # 复制事由
    approver: str  # the leader who approved (on paper)
    approval_ref: str
    approved_on: dt.date | None
    authority: str = ""  # 制发机关 that approved a 绝密 copy; the original's producer when empty
    authority_ref: str = ""  # its approval reference: required for 绝密
    location: str = ""  # where the copies are kept; the original's place when empty
    notes: str = ""
    # A medium written from another medium (复制介质): the new medium's own serial number. The
    # copy is one new medium, under the same approval rules as a paper copy.
    serial_no: str = ""


@dataclass(frozen=True)
class Copies:
    document_id: int
    number: str  # the copy registration's 编号
    carrier_ids: list[int]
    barcodes: list[str]


@dataclass(frozen=True)
class CopyRecord:
    """One line of the 复制登记簿: one copying of one original under one approval."""

    document_id: int
    number: str  # 2026-复-0001
    made_at: dt.datetime
    source: CarrierView  # the original
    count: int
    purpose: str
    approver: str
    approval_ref: str
    approved_on: dt.date
    authority: str
    authority_ref: str
    handled_by: str
    carrier_ids: list[int]  # the copies, 份号 001 … n
    first_copy: CarrierView  # 份号 001: the copies' own level, period and registration

    @property
    def level(self) -> Level:
        return self.first_copy.level

    @property
    def marking(self) -> str:
        return self.first_copy.marking


def copy_top_secret_allowed(ledger: Ledger) -> bool:
    return rule_value(ledger, COPY_TOP_SECRET)


def needs_originator(ledger: Ledger, level: Level) -> bool:
    """Whether copying this level needs the originating authority's approval reference."""
    if level.rank >= TOP_SECRET.rank:
        return True
    return level.rank >= SECRET.rank and rule_value(ledger, COPY_SECRET_NEEDS_ORIGINATOR)


def make_copies(ledger: Ledger, form: CopyForm) -> Copies:
    """Register ``form.count`` copies of one carrier under one approval."""
    now = ledger.clock.now()
    count = form.count
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_COUNT:
        raise RuleViolation("copy.count_range", {"max": MAX_COUNT}, "count")
    purpose = clean(form.purpose, label="复制事由", field="purpose", limit=LONG, required=True)
    approval = check_approval(ledger, Approval(form.approver, form.approval_ref,
                                               form.approved_on), now.date())
    authority = clean(form.authority, label="制发机关", field="authority")
    authority_ref = clean(form.authority_ref, label="制发机关批准文号", field="authority_ref")
    notes = clean(form.notes, label="备注", field="notes", limit=LONG, multiline=True)
    location = clean(form.location, label="存放位置", field="location")
    serial_no = clean(form.serial_no, label="序列号", field="serial_no")
    with ledger.transaction() as tx:
        [(source_id, row)] = pick(tx, [form.source], "复制", "source")
        in_keeping(tx, source_id, row, "复制", "source", filed_ok=True,
                   slip_ok=True)  # a copy takes nothing from the slip
        check_complete(tx, source_id, what(row), "复制")  # 待补 (an imported old record)
        is_medium = row["kind"] != CarrierKind.DOCUMENT.value
        if is_medium and not serial_no:
            raise RuleViolation("copy.is_medium", {"carrier": what(row)}, "serial_no")
        if is_medium and count != 1:
            raise RuleViolation("copy.medium_one_at_a_time", {"carrier": what(row)}, "count")
        if not is_medium and serial_no:
            raise RuleViolation("copy.serial_for_medium", {"carrier": what(row)}, "serial_no")
        doc = tx.document_row(ival(row, "document_id"))
        level = ledger.levels.get(str(doc["level_code"]))
        if level.rank >= TOP_SECRET.rank and not copy_top_secret_allowed(ledger):
            raise RuleViolation("copy.top_secret_forbidden", None, "source")
        if needs_originator(ledger, level) and not authority_ref:
            raise RuleViolation("copy.originator_ref_required", {"level": level.name},
                                "authority_ref")
        loc = row["location_id"]
        if location:
            loc = tx.location_id(location)
            if loc is None:
                raise RuleViolation("location.unknown_add", {"location": location}, "location")
        check_storage(tx, level, loc, str(doc["title"]))  # type: ignore[arg-type]  # 篇六 第三条
        if authority_ref and not authority:
            authority = str(doc["producer"])
        fmt = ledger.setting(f"number_format.{Register.COPY.value}", DEFAULT_FORMAT)
        seq = tx.next_seq(Register.COPY, now.year)
        number = document_number(fmt, Register.COPY, now.year, seq)
        source_number = str(row["number"])
        values: dict[str, object] = {k: doc[k] for k in KEPT}
        values.update(
            register=Register.COPY.value, number=number, year=now.year, seq=seq,
            level_code=level.code, received_at=tx.now, registered_at=tx.now,
            copies_total=count, handled_by=ledger.actor, source_carrier_id=source_id,
            notes=notes or f"复制自 {source_number}")
        if is_medium:
            values.update(serial_no=serial_no, capacity=doc["capacity"], purpose=doc["purpose"])
        document_id = tx.insert_document(values)
        made = tx.insert_carriers([{
            "document_id": document_id, "register": Register.COPY.value,
            "number": carrier_number(number, copy_no), "copy_no": copy_no,
            "kind": str(row["kind"]), "status": Status.IN_STORE.value,
            "location_id": loc, "level_code": level.code, "level_rank": level.rank,
            "title": doc["title"], "doc_no": doc["doc_no"], "sender": doc["sender"],
            "registered_at": tx.now} for copy_no in range(1, count + 1)])
        ids = [cid for cid, _ in made]
        codes = [code for _, code in made]
        tx.record_events("register", [
            {"carrier_id": cid, "document_id": document_id, "after": Status.IN_STORE.value,
             "approval_ref": approval.approval_ref,
             "note": f"复制自 {source_number}，批准人{approval.approver}"} for cid in ids])
        tx.insert_copy_order({
            "document_id": document_id, "source_carrier_id": source_id, "count": count,
            "purpose": purpose, "approver": approval.approver,
            "approval_ref": approval.approval_ref,
            "approved_on": approval.approved_on.isoformat(),  # type: ignore[union-attr]
            "authority": authority,
            "authority_ref": authority_ref, "made_at": tx.now})
        tx.record_event("copy", carrier_id=source_id, after=number,
                        approval_ref=approval.approval_ref,
                        note=f"复制 {count} 份（{number}），批准人{approval.approver}；{purpose}"
                             + (f"；制发机关批准：{authority_ref}" if authority_ref else ""))
        tx.audit("copy", [source_id, *ids], {
            "source": {"id": source_id, "barcode": row["barcode"], "number": source_number},
            "number": number, "document_id": document_id, "count": count, "purpose": purpose,
            "approver": approval.approver, "approval_ref": approval.approval_ref,
            "approved_on": approval.approved_on.isoformat(),  # type: ignore[union-attr]
            "authority": authority, "authority_ref": authority_ref, "level": level.code,
            **({"serial_no": serial_no} if is_medium else {}),
            "copies": [{"id": i, "barcode": b} for i, b in zip(ids, codes, strict=True)]})
        return Copies(document_id, number, ids, codes)


__all__ = ["COPY_TOP_SECRET_SETTING", "MAX_COUNT", "Copies", "CopyForm", "CopyRecord",
           "copy_top_secret_allowed", "make_copies", "needs_originator"]
