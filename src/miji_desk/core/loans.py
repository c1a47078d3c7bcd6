"""Borrowing and reading (借阅): a carrier lent to one person with a leader's approval.

Rules (篇四 (二); 篇三 十三; 篇十一 (一)4; 篇一 7; 篇五 6; 篇九 (四)):

- The approval is recorded: approver, reference, date. The borrower is identified by badge scan
  and must be within the carrier's grade and 知悉范围 (``people.check_may_read``); nobody
  approves their own loan.
- Reading happens in the 机要室 unless taking the carrier out is approved separately (approver,
  reference, date, place). A state secret (``level.state_secret``) is never taken out unless
  the unit rule ``allow_take_out_state_secret`` is on (``unit_rules``; company rules may
  differ, 篇一 7).
- Due the same day by default (``custody.due_at``); a longer loan passes its due time.
- Only a carrier in store (在库) or filed (已归档, read under the archive's rules) is lent; on
  return it goes back to that status. Refused with the reason: already out (借出 or 传阅中),
  sent, returned to issuer, handed over, destroyed, missing, held or with an open incident, and
  the same scan twice.
- Return by scan with the completeness check; a shortfall opens an incident (see ``custody``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .carriers import Status
from .custody import (
    IN_OFFICE,
    IncidentKind,
    ReturnCheck,
    assess,
    carrier_by_scan,
    check_free,
    check_not_gone,
    due_at,
    hhmm,
    ival,
    open_incident,
    what,
)
from .custody_ports import Row
from .disposition import Approval, check_approval
from .errors import RuleViolation
from .locations import check_storage
from .names import same_name
from .people import Person, check_may_read, person_by_badge, person_by_id
from .ports import Ledger, LedgerTx
from .text import LONG, SHORT, clean
from .unit_rules import LEND_MEDIA_OTHER_DEPARTMENT, TAKE_OUT_STATE_SECRET, rule_value

MAX_CARRIERS = 50
NUMBER_FORMAT = "{year}-借-{seq:04d}"
LENDABLE = (Status.IN_STORE, Status.FILED)
TAKE_OUT_SETTING = TAKE_OUT_STATE_SECRET.key


# Where someone of another unit may read, with a 介绍信 (篇十二 六).
OUTSIDE_PLACES = frozenset({"档案室", "机要室"})


@dataclass
class LoanForm:
    borrower: str  # badge as scanned
    carriers: list[str]  # barcodes as scanned
    purpose: str
    approver: str  # the leader who approved (on paper)
    approved_on: dt.date
    approval_ref: str = ""  # the paper's reference (审批单号)
    place: str = ""  # 机要室 when empty and not taken out
    take_out: bool = False  # 带出 needs its own approval
    take_out_approver: str = ""
    take_out_ref: str = ""
    take_out_approved_on: dt.date | None = None
    due: dt.datetime | None = None  # the same day by default


@dataclass(frozen=True)
class LoanLine:
    id: int
    number: str
    carrier_id: int


@dataclass(frozen=True)
class Lent:
    person: Person
    due: dt.datetime
    lines: list[LoanLine] = field(default_factory=list)


@dataclass(frozen=True)
class LoanReturn:
    loan_id: int
    number: str
    carrier_id: int
    person: Person
    overdue: bool
    incident_id: int | None


def take_out_allowed(ledger: Ledger) -> bool:
    return rule_value(ledger, TAKE_OUT_STATE_SECRET)


@dataclass(frozen=True)
class _LoanTerms:
    """The form's approval, place and due time, checked before anything is read or written."""

    purpose: str
    approver: str
    approval_ref: str
    approved_on: dt.date
    place: str
    take_out: bool
    out_approver: str
    out_ref: str
    out_on: dt.date | None
    due: dt.datetime


def lend(ledger: Ledger, form: LoanForm) -> Lent:
    """Lend one or more carriers to one borrower under one approval."""
    now = ledger.clock.now()
    terms = _loan_terms(ledger, form, now)
    codes = [(c or "").strip() for c in form.carriers]
    with ledger.transaction() as tx:
        person = person_by_badge(tx, form.borrower)
        if person.outside and (terms.take_out or terms.place not in OUTSIDE_PLACES):
            raise RuleViolation("personnel.outside_place", {"person": person.name}, "place")
        if same_name(terms.approver, person.name):
            raise RuleViolation("loan.self_approved",
                                {"approver": terms.approver, "person": person.name}, "approver")
        if terms.take_out and same_name(terms.out_approver, person.name):
            raise RuleViolation("loan.self_approved",
                                {"approver": terms.out_approver, "person": person.name},
                                "take_out_approver")
        rows = _lendable_carriers(ledger, tx, person, codes, terms.take_out)
        lines = _write_loans(tx, now, person, rows, terms)
        _audit_lend(tx, person, rows, lines, terms)
        return Lent(person, terms.due, lines)


def _loan_terms(ledger: Ledger, form: LoanForm, now: dt.datetime) -> _LoanTerms:
    today = now.date()
    if not form.carriers:
        raise RuleViolation("loan.no_carriers", None, "carriers")
    if len(form.carriers) > MAX_CARRIERS:
        raise RuleViolation("loan.too_many", {"max": MAX_CARRIERS}, "carriers")
    purpose = clean(form.purpose, label="借阅事由", field="purpose", limit=LONG, required=True)
    # 篇四 (二): the same approval as copying and destruction: a leader (never the clerk),
    # the paper's reference and its date.
    approval = check_approval(ledger, Approval(form.approver, form.approval_ref,
                                               form.approved_on), today)
    approver, approval_ref = approval.approver, approval.approval_ref
    assert approval.approved_on is not None
    approved_on = approval.approved_on
    place = clean(form.place, label="阅读地点", field="place", limit=SHORT)
    take_out = bool(form.take_out)
    out_approver = out_ref = ""
    out_on: dt.date | None = None
    if take_out:
        out_approver, out_ref, out_on = _take_out_approval(ledger, form, today)
        if not place or place == IN_OFFICE:
            raise RuleViolation("loan.place_required", None, "place")
    else:
        place = place or IN_OFFICE
    due = due_at(ledger, "loan", now, form.due)
    return _LoanTerms(purpose, approver, approval_ref, approved_on, place, take_out,
                      out_approver, out_ref, out_on, due)


_TAKE_OUT_FIELDS = {"approver": "take_out_approver", "approval_ref": "take_out_ref",
                    "approved_on": "take_out_approved_on"}


def _take_out_approval(ledger: Ledger, form: LoanForm, today: dt.date
                       ) -> tuple[str, str, dt.date]:
    """Taking out needs its own approval, checked like every other (篇一 7; 篇五 6)."""
    clean(form.take_out_approver, label="带出批准人", field="take_out_approver", required=True)
    clean(form.take_out_ref, label="带出批准文号", field="take_out_ref", required=True)
    if form.take_out_approved_on is None:
        raise RuleViolation("form.required", {"label": "带出批准日期"}, "take_out_approved_on")
    try:
        a = check_approval(ledger, Approval(form.take_out_approver, form.take_out_ref,
                                            form.take_out_approved_on), today)
    except RuleViolation as e:
        raise e.for_field(_TAKE_OUT_FIELDS.get(e.field or "", e.field or "")) from None
    assert a.approved_on is not None
    return a.approver, a.approval_ref, a.approved_on


def _lendable_carriers(ledger: Ledger, tx: LedgerTx, person: Person, codes: list[str],
                       take_out: bool) -> list[tuple[int, Row]]:
    """The scanned carriers, each once, each free to lend to ``person``; refused otherwise."""
    rows: list[tuple[int, Row]] = []
    seen: set[int] = set()
    for code in codes:
        cid, row = carrier_by_scan(tx, code)
        if cid in seen:
            raise RuleViolation("loan.scanned_twice", {"carrier": what(row)}, "carriers")
        seen.add(cid)
        _check_lendable(ledger, tx, person, cid, row, take_out)
        rows.append((cid, row))
    return rows


def _check_lendable(ledger: Ledger, tx: LedgerTx, person: Person, cid: int, row: Row,
                    take_out: bool) -> None:
    check_not_gone(row, "借阅")
    status = Status(str(row["status"]))
    if status is Status.ON_LOAN:
        loan = tx.open_loan_of_carrier(cid)
        assert loan is not None
        if ival(loan, "person_id") == person.id:
            raise RuleViolation(
                "loan.scanned_twice_lent",
                {"carrier": what(row), "at": hhmm(loan['lent_at']), "person": person.name},
                "carriers")
        raise RuleViolation("loan.on_loan", {"carrier": what(row), "holder": row['holder']},
                            "carriers")
    if status is Status.CIRCULATING:
        raise RuleViolation("loan.circulating", {"carrier": what(row), "holder": row['holder']},
                            "carriers")
    if status not in LENDABLE:
        raise RuleViolation("loan.not_in_store", {"carrier": what(row)}, "carriers")
    check_free(tx, cid, row, "借阅")
    level = ledger.levels.get(str(row["level_code"]))
    doc = tx.document_row(ival(row, "document_id"))
    check_may_read(person, level, str(doc["scope"]), what(row))
    if row["register"] == "media":
        _check_media_department(ledger, tx, person, str(doc["handled_by"]), what(row))
    if take_out and level.state_secret and not take_out_allowed(ledger):
        raise RuleViolation("loan.no_take_out", {"carrier": what(row), "level": level.name},
                            "take_out")


def _check_media_department(ledger: Ledger, tx: LedgerTx, person: Person, keeper: str,
                            carrier: str) -> None:
    """A medium stays in the department of its 责任人 unless the unit rule allows lending it
    elsewhere (篇一 8; 篇四 (九); 篇十一 (二)4). The department is the one of the registered
    people named as its 责任人; a 责任人 who is not registered, or names people of several
    departments, gives no department to compare (a deliberate limit: the ledger does not
    guess)."""
    if rule_value(ledger, LEND_MEDIA_OTHER_DEPARTMENT):
        return
    departments = {d for n, d in tx.active_people_names() if d and same_name(n, keeper)}
    if len(departments) == 1 and person.department not in departments:
        raise RuleViolation("loan.media_other_department", {
            "carrier": carrier, "keeper": keeper, "owner": next(iter(departments)),
            "person": person.name, "department": person.department or "—"}, "borrower")


def _write_loans(tx: LedgerTx, now: dt.datetime, person: Person, rows: list[tuple[int, Row]],
                 t: _LoanTerms) -> list[LoanLine]:
    """One numbered loan per carrier; the carrier goes on loan with its history event."""
    lines: list[LoanLine] = []
    for cid, row in rows:
        seq = tx.next_loan_seq(now.year)
        number = NUMBER_FORMAT.format(year=now.year, seq=seq)
        loan_id = tx.insert_loan({
            "number": number, "year": now.year, "seq": seq, "carrier_id": cid,
            "person_id": person.id, "purpose": t.purpose, "place": t.place,
            "take_out": int(t.take_out), "approver": t.approver, "approval_ref": t.approval_ref,
            "approved_on": t.approved_on.isoformat(), "take_out_approver": t.out_approver,
            "take_out_ref": t.out_ref,
            "take_out_approved_on": t.out_on.isoformat() if t.out_on else None,
            "prior_status": row["status"], "lent_at": tx.now, "due_at": t.due.isoformat()})
        tx.update_carrier(cid, {"status": Status.ON_LOAN.value, "holder": person.display})
        tx.record_event("lend", carrier_id=cid, field="status", before=row["status"],
                        after=Status.ON_LOAN.value, approval_ref=t.approval_ref,
                        note=f"{number} 借给{person.display}，{t.place}"
                             f"{'（带出）' if t.take_out else ''}，批准人{t.approver}，"
                             f"应于 {t.due:%m-%d %H:%M} 前归还")
        lines.append(LoanLine(loan_id, number, cid))
    return lines


def _audit_lend(tx: LedgerTx, person: Person, rows: list[tuple[int, Row]],
                lines: list[LoanLine], t: _LoanTerms) -> None:
    tx.audit("lend", [cid for cid, _ in rows], {
        "person_id": person.id, "badge": person.badge, "name": person.name,
        "purpose": t.purpose, "place": t.place, "take_out": t.take_out, "approver": t.approver,
        "approval_ref": t.approval_ref, "approved_on": t.approved_on.isoformat(),
        "take_out_approver": t.out_approver, "take_out_ref": t.out_ref,
        "take_out_approved_on": t.out_on.isoformat() if t.out_on else None,
        "due_at": t.due.isoformat(),
        "loans": [{"id": ln.id, "number": ln.number, "carrier_id": ln.carrier_id,
                   "barcode": row["barcode"]} for ln, (_c, row) in zip(lines, rows,
                                                                       strict=True)]})


def return_loan(ledger: Ledger, carrier_code: str, check: ReturnCheck) -> LoanReturn:
    """The borrower brings a carrier back: one scan and the completeness check."""
    with ledger.transaction() as tx:
        cid, row = carrier_by_scan(tx, carrier_code)
        loan = tx.open_loan_of_carrier(cid)
        if loan is None:
            if row["status"] == Status.MISSING.value:  # reported lost meanwhile (core.loss)
                raise RuleViolation("loss.returned_while_lost", {"carrier": what(row)}, "barcode")
            if row["status"] == Status.CIRCULATING.value:
                raise RuleViolation("loan.is_circulation", {"carrier": what(row)}, "barcode")
            last = tx.last_loan_of_carrier(cid)
            if last is not None and last["returned_at"] is not None:
                raise RuleViolation(
                    "loan.already_returned",
                    {"carrier": what(row), "at": hhmm(last['returned_at'])},
                    "barcode",
                )
            raise RuleViolation("loan.not_lent", {"carrier": what(row)}, "barcode")
        loan_id = ival(loan, "id")
        person = person_by_id(tx, ival(loan, "person_id"))
        doc = tx.document_row(ival(row, "document_id"))
        result = assess(check, doc["pages"], doc["attachments"])
        now = dt.datetime.fromisoformat(tx.now)
        overdue = now > dt.datetime.fromisoformat(str(loan["due_at"]))
        prior = str(loan["prior_status"])
        if prior == Status.IN_STORE.value:  # back in store: 机密 and 绝密 only in a safe
            check_storage(tx, ledger.levels.get(str(row["level_code"])),
                          row["location_id"], what(row))  # type: ignore[arg-type]
        tx.close_loan(loan_id, {"returned_at": tx.now, **result.columns()})
        tx.update_carrier(cid, {"status": prior, "holder": ""})
        tx.record_event("loan_return", carrier_id=cid, field="status",
                        before=Status.ON_LOAN.value, after=prior,
                        approval_ref=str(loan["approval_ref"]),
                        note=f"{loan['number']} {person.display}归还"
                             + ("（逾期）" if overdue else "")
                             + (f"；{result.shortfall}" if result.shortfall else "；清点完整"))
        incident = None
        if result.shortfall:
            incident = open_incident(tx, cid, IncidentKind.INCOMPLETE_RETURN,
                                     f"借阅归还不全（{loan['number']}，{person.display}）："
                                     f"{result.shortfall}", person_id=person.id,
                                     loan_id=loan_id)
        tx.audit("loan_return", [cid], {
            "loan_id": loan_id, "number": loan["number"], "barcode": row["barcode"],
            "person_id": person.id, "name": person.name, "overdue": overdue,
            "complete": not result.shortfall, "shortfall": result.shortfall,
            "pages_counted": result.pages_counted, "incident_id": incident})
        return LoanReturn(loan_id, str(loan["number"]), cid, person, overdue, incident)


__all__ = ["LENDABLE", "TAKE_OUT_SETTING", "Lent", "LoanForm", "LoanLine", "LoanReturn",
           "lend", "return_loan", "take_out_allowed"]
