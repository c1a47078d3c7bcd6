"""Corrections (更正): a wrong value is never overwritten silently.

A correction writes the new value, and an event that keeps the old one beside it with the
clerk's reason, like a reversing entry in accounting. The history shows both.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from .carriers import TERMINAL
from .custody import ival
from .disposition import Approval, check_approval
from .errors import RuleViolation
from .locations import check_storage
from .people import scope_entries
from .periods import SecrecyPeriod
from .ports import Ledger
from .registration import check_serial_free
from .text import LONG, SHORT, clean


@dataclass(frozen=True)
class Correctable:
    label: str
    limit: int = SHORT
    required: bool = False
    kind: str = "text"  # text | int | date


# The registration's fields a clerk may correct; identity (编号, 条码, 份号) never changes.
DOCUMENT_FIELDS: dict[str, Correctable] = {
    "title": Correctable("标题或主要内容", LONG, required=True),
    "doc_no": Correctable("文号"),
    "producer": Correctable("产生机关"),
    "sender": Correctable("来文机关"),
    "recipients": Correctable("收件单位", LONG),
    "attachments": Correctable("附件", LONG),
    "scope": Correctable("知悉范围", LONG),
    "handled_by": Correctable("经办人"),
    "serial_no": Correctable("序列号"),
    "capacity": Correctable("容量", 40),
    "purpose": Correctable("专用用途", LONG),
    "dedicated_computer": Correctable("专用计算机"),
    "notes": Correctable("备注", LONG),
    "pages": Correctable("页数", kind="int"),
    "copies_total": Correctable("份数", kind="int"),
    "classified_on": Correctable("定密日期", kind="date"),
}
CARRIER_FIELDS: dict[str, Correctable] = {
    "location": Correctable("存放位置"),
}
# The level and the period change only by the authority's decision (core.level_changes).
CLASSIFICATION_FIELDS = frozenset({"level", "level_code", "period", "period_kind",
                                   "period_amount", "period_until", "period_condition",
                                   "marking"})
FIELD_LABEL = {k: v.label for k, v in {**DOCUMENT_FIELDS, **CARRIER_FIELDS}.items()}
# Fields a register requires at registration stay required when corrected.
REQUIRED_BY_REGISTER: dict[str, frozenset[str]] = {
    "incoming": frozenset({"sender", "pages"}),
    "outgoing": frozenset({"pages"}),
    "media": frozenset({"serial_no", "purpose"}),
}


def _parse(spec: Correctable, fld: str, raw: str) -> str | int | None:
    text = clean(raw, label=spec.label, field=fld, limit=spec.limit, required=spec.required)
    if spec.kind == "int":
        if not text:
            return None
        digits = unicodedata.normalize("NFKC", text)  # full-width １２ from a Chinese IME
        if not (digits.isascii() and digits.isdigit()) or not 1 <= int(digits) <= 100000:
            raise RuleViolation("number.range_100000", {"label": spec.label}, fld)
        return int(digits)
    if spec.kind == "date":
        if not text:
            return None
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise RuleViolation("date.format", {"label": spec.label}, fld) from None
        if day.year < 1949:
            raise RuleViolation("date.before_1949", {"label": spec.label}, fld)
        return day.isoformat()
    return text


def scope_widens(before: object, after: object) -> bool:
    """Whether the 知悉范围 ``after`` lets anyone read who ``before`` did not: an entry that
    was not there (a name, a post, a department, 全体), compared entry by entry exactly as
    ``people.in_scope`` reads them. Removing entries narrows it; emptying it lets nobody read."""
    old = set(scope_entries(str(before or "")))
    new = set(scope_entries(str(after or "")))
    return bool(new - old)


def correct(ledger: Ledger, carrier_id: int, field: str, new_value: str, reason: str,
            approval: Approval | None = None) -> bool:
    """Correct one field of a carrier (or of its registration, for all its copies).

    Widening the 知悉范围 is not a correction of a typing error but a new decision: it needs the
    approving leader and the reference (``approval``, checked like copying and destruction;
    篇四 (十一)). Returns False when the value is unchanged (nothing is written).
    """
    reason = clean(reason, label="更正理由", field="reason", limit=LONG, required=True)
    spec = DOCUMENT_FIELDS.get(field) or CARRIER_FIELDS.get(field)
    if spec is None and field in CLASSIFICATION_FIELDS:  # a decision, not a correction
        raise RuleViolation("correction.level_period", None, field)
    if spec is None:
        raise RuleViolation("correction.identity_field", None, field)
    value = _parse(spec, field, new_value)
    extra: dict[str, object] = {}
    with ledger.transaction() as tx:
        carrier = tx.carrier_row(carrier_id)
        doc_id = ival(carrier, "document_id")
        if field == "location":
            loc = tx.location_id(str(value)) if value else None
            if value and loc is None:
                raise RuleViolation("location.unknown", {"location": value}, field)
            before_id = carrier["location_id"]
            if before_id == loc:
                return False
            if str(carrier["status"]) not in TERMINAL:
                check_storage(tx, ledger.levels.get(str(carrier["level_code"])), loc,
                              f"{carrier['number']} {carrier['title']}")
            before: object = (tx.location_name(ival(carrier, "location_id"))
                              if before_id is not None else "")
            tx.update_carrier(carrier_id, {"location_id": loc})
            tx.record_event("correct", carrier_id=carrier_id, field=field, before=before,
                            after=value, note=reason)
            ids = [carrier_id]
        else:
            doc = tx.document_row(doc_id)
            before = doc[field]
            if before == value or (before in (None, "") and value in (None, "")):
                return False
            if value in (None, "") and field in REQUIRED_BY_REGISTER.get(str(doc["register"]),
                                                                         ()):
                raise RuleViolation("form.required", {"label": spec.label}, field)
            if field == "serial_no" and doc["register"] == "media":
                check_serial_free(tx, str(value), doc_id)
            if field == "classified_on" and value is not None:
                _check_classified_on(ledger, doc, dt.date.fromisoformat(str(value)))
            if field == "copies_total" and value is not None:
                _check_copies_total(tx.copies_of_document(doc_id), int(value))
            approved = None
            if field == "scope" and scope_widens(before, value):
                if approval is None:
                    raise RuleViolation("correction.scope_widening_approval",
                                        {"before": before or "", "after": value}, "approver")
                approved = check_approval(ledger, approval, ledger.clock.now().date())
            tx.update_document(doc_id, {field: value if value is not None else _empty(spec)})
            note = reason
            if approved is not None:
                note = (f"{reason}（扩大知悉范围，批准人{approved.approver}，"
                        f"批准文号{approved.approval_ref}）")
            tx.record_event("correct", document_id=doc_id, field=field, before=before,
                            after=value, note=note,
                            approval_ref=approved.approval_ref if approved else "")
            ids = [cid for cid, _ in tx.copies_of_document(doc_id)]
            if approved is not None:
                extra = {"approval": {"approver": approved.approver,
                                      "approval_ref": approved.approval_ref,
                                      "approved_on": str(approved.approved_on)}}
        tx.audit("correct", ids, {"document_id": doc_id, "field": field, "before": before,
                                  "after": value, "reason": reason, **extra})
    return True


def _check_classified_on(ledger: Ledger, doc: Mapping[str, object], day: dt.date) -> None:
    """The same date rules as at registration: not after receipt, and the period still fits."""
    happened = dt.datetime.fromisoformat(str(doc["received_at"])).date()
    if day > happened:
        raise RuleViolation("date.classified_after_received", None, "classified_on")
    period = SecrecyPeriod.from_columns(doc["period_kind"], doc["period_amount"],  # type: ignore[arg-type]
                                        doc["period_until"], doc["period_condition"])  # type: ignore[arg-type]
    try:
        period.check(ledger.levels.get(str(doc["level_code"])), day)
    except RuleViolation as e:
        raise e.for_field("classified_on") from None


def _empty(spec: Correctable) -> object:
    return None if spec.kind in ("int", "date") else ""


def _check_copies_total(copies: list[tuple[int, int | None]], total: int) -> None:
    over = [n for _, n in copies if n and n > total]
    if over:
        raise RuleViolation(
            "correction.copies_over_total", {"over": list(over), "total": total}, "copies_total")
