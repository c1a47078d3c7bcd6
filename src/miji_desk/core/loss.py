"""A carrier reported lost (丢失, 篇六 第八条; 篇三 二十七) and how its incident ends.

Decisions:

- The loss is recorded whatever happens: a report upward later than the unit's limit
  (``unit_rules.LOSS_REPORT_HOURS``, default 24 hours after the discovery) is recorded with a
  warning (``late``) kept on the report, the form and the paper; it is never refused. Both times
  are kept: when it was discovered (and by whom) and when it was reported upward (to whom, with
  the report's reference). A report before the discovery, or either time in the future, is a
  typing error and refused.
- Any carrier still the unit's can be reported lost: in store, filed, on loan or in circulation.
  An open loan or hand-out is closed as lost (``lost`` = 1, nothing counted complete), never as
  returned, so no "what is out" view shows it. A carrier that has left the unit's keeping
  (sent, returned, handed over, destroyed) or is already lost is refused.
- The report opens an incident of kind ``missing`` that stays open until it is closed either as
  found (the carrier is scanned, so the clerk has it in hand, and put in a named location: back
  to 在库, or 已归档 when it was filed) or as concluded (查处结论 with its reference; the carrier
  stays 丢失 and in the ledger). A loss is never closed with the plain ``close_incident``.
- Each step is one transaction with its rows, its history events and one audit event.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .carriers import STATUS_LABEL, TERMINAL, Status
from .custody import (
    IncidentKind,
    carrier_by_scan,
    hhmm,
    ival,
    open_incident,
    what,
)
from .custody_ports import Row
from .errors import RuleViolation
from .ports import Ledger, LedgerTx
from .text import LONG, clean
from .unit_rules import LOSS_REPORT_HOURS, rule_value

DOING = "报告丢失"
LOST_NOTE = "丢失，未归还"  # the return note of a loan or hand-out closed as lost


@dataclass(frozen=True)
class LossForm:
    """What the clerk fills in when a carrier is found to be lost."""

    carrier: str  # its barcode (scanned, or the ledger's selected carrier)
    discovered_at: dt.datetime | None
    discovered_by: str
    circumstances: str  # 丢失经过
    reported_at: dt.datetime | None  # 上报时间
    reported_to: str  # 上报单位 (保密委员会、保密行政管理部门 …)
    report_ref: str  # 上报文号


@dataclass(frozen=True)
class LossReported:
    incident_id: int
    carrier_id: int
    late: bool
    delay: dt.timedelta  # from discovery to the report upward
    limit_hours: int
    closed_line: str  # the loan or slip closed as lost, or ""


def limit_hours(ledger: Ledger) -> int:
    return rule_value(ledger, LOSS_REPORT_HOURS)


def is_late(discovered: dt.datetime, reported: dt.datetime, hours: int) -> bool:
    return reported - discovered > dt.timedelta(hours=hours)


def delay_text(delay: dt.timedelta) -> str:
    """A delay in the clerk's words: 3 小时 20 分钟, 2 天 5 小时."""
    minutes = max(0, int(delay.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} 天 {hours} 小时"
    if hours:
        return f"{hours} 小时 {mins} 分钟"
    return f"{mins} 分钟"


def late_warning(delay: dt.timedelta, hours: int) -> str:
    """The warning the form and the paper show for a late report."""
    return (f"上报晚于发现 {delay_text(delay)}，超过本单位规定的 {hours} 小时"
            "（篇六 第八条：以最快的速度报告）")


def _moment(value: dt.datetime | None, now: dt.datetime, label: str, fld: str) -> dt.datetime:
    if value is None:
        raise RuleViolation("form.required", {"label": label}, fld)
    if value.tzinfo is None:
        value = value.astimezone()
    value = value.replace(microsecond=0)
    if value > now:
        raise RuleViolation("loss.time_future", {"label": label}, fld)
    if value.year < 1949:
        raise RuleViolation("loss.time_before_1949", {"label": label}, fld)
    return value


@dataclass(frozen=True)
class _Checked:
    discovered_at: dt.datetime
    discovered_by: str
    circumstances: str
    reported_at: dt.datetime
    reported_to: str
    report_ref: str


def _check_form(form: LossForm, now: dt.datetime) -> _Checked:
    circumstances = clean(form.circumstances, label="丢失经过", field="circumstances",
                          limit=LONG, required=True, multiline=True)
    discovered_by = clean(form.discovered_by, label="发现人", field="discovered_by",
                          required=True)
    discovered = _moment(form.discovered_at, now, "发现时间", "discovered_at")
    reported = _moment(form.reported_at, now, "上报时间", "reported_at")
    if reported < discovered:
        raise RuleViolation("loss.report_before_discovery", None, "reported_at")
    reported_to = clean(form.reported_to, label="上报单位", field="reported_to", required=True)
    report_ref = clean(form.report_ref, label="上报文号", field="report_ref", required=True)
    return _Checked(discovered, discovered_by, circumstances, reported, reported_to, report_ref)


def report_loss(ledger: Ledger, form: LossForm) -> LossReported:
    """Record a carrier as lost: its status, an open incident, the report and one audit event."""
    now = ledger.clock.now()
    f = _check_form(form, now)
    hours = limit_hours(ledger)
    delay = f.reported_at - f.discovered_at
    late = is_late(f.discovered_at, f.reported_at, hours)
    with ledger.transaction() as tx:
        cid, row = carrier_by_scan(tx, form.carrier)
        status = Status(str(row["status"]))
        if status in TERMINAL:
            raise RuleViolation("carrier.gone", {"carrier": what(row),
                                                 "status": STATUS_LABEL[status],
                                                 "doing": DOING}, "barcode")
        if status is Status.MISSING:
            raise RuleViolation("carrier.missing", {"carrier": what(row), "doing": DOING},
                                "barcode")
        prior, holder, person_id, loan_id, read_id, line = _close_open_line(tx, cid, row, status)
        text = (f"{f.circumstances}（发现：{f.discovered_by}，{f.discovered_at:%Y-%m-%d %H:%M}；"
                f"上报{f.reported_to}，{f.report_ref}，{f.reported_at:%Y-%m-%d %H:%M}"
                + (f"；{late_warning(delay, hours)}" if late else "") + "）")
        tx.update_carrier(cid, {"status": Status.MISSING.value, "holder": ""})
        tx.record_event("loss_reported", carrier_id=cid, field="status", before=status.value,
                        after=Status.MISSING.value, approval_ref=f.report_ref,
                        note=(f"{line} " if line else "") + text)
        iid = open_incident(tx, cid, IncidentKind.MISSING, f.circumstances, person_id=person_id,
                            loan_id=loan_id, read_id=read_id)
        tx.insert_loss_report({
            "incident_id": iid, "carrier_id": cid,
            "discovered_at": f.discovered_at.isoformat(), "discovered_by": f.discovered_by,
            "reported_at": f.reported_at.isoformat(), "reported_to": f.reported_to,
            "report_ref": f.report_ref, "limit_hours": hours, "late": int(late),
            "prior_status": prior, "holder": holder, "loan_id": loan_id, "read_id": read_id})
        tx.audit("loss_reported", [cid], {
            "incident_id": iid, "barcode": row["barcode"], "status_before": status.value,
            "circumstances": f.circumstances, "discovered_at": f.discovered_at.isoformat(),
            "discovered_by": f.discovered_by, "reported_at": f.reported_at.isoformat(),
            "reported_to": f.reported_to, "report_ref": f.report_ref, "limit_hours": hours,
            "late": late, "loan_id": loan_id, "read_id": read_id, "holder": holder})
        return LossReported(iid, cid, late, delay, hours, line)


def _close_open_line(tx: LedgerTx, cid: int, row: Row, status: Status
                     ) -> tuple[str, str, int | None, int | None, int | None, str]:
    """Close the carrier's open loan or hand-out as lost. Returns the status it had in the
    unit's keeping, its holder, the person, the loan, the hand-out and a phrase naming them."""
    closed = {"returned_at": tx.now, "pages_complete": 0, "attachments_complete": 0,
              "return_note": LOST_NOTE, "lost": 1}
    holder = str(row.get("holder") or "")
    if status is Status.ON_LOAN:
        loan = tx.open_loan_of_carrier(cid)
        if loan is not None:
            tx.close_loan(ival(loan, "id"), closed)
            return (str(loan["prior_status"]), holder, ival(loan, "person_id"), ival(loan, "id"),
                    None, f"借阅 {loan['number']}（{holder}）按丢失结束；")
    if status is Status.CIRCULATING:
        read = tx.open_read_of_carrier(cid)
        if read is not None:
            tx.close_read(ival(read, "id"), closed)
            number = tx.circulation_row(ival(read, "circulation_id"))["number"]
            return (Status.IN_STORE.value, holder, ival(read, "person_id"), None,
                    ival(read, "id"), f"传阅单 {number}（{holder}）按丢失结束；")
    if status in (Status.ON_LOAN, Status.CIRCULATING):  # no open line: back to the store
        return Status.IN_STORE.value, holder, None, None, None, ""
    return status.value, "", None, None, None, ""


# -- the end of a loss ---------------------------------------------------------------------------

def _open_loss(tx: LedgerTx, incident_id: int) -> tuple[Row, Row]:
    try:
        inc = tx.incident_row(incident_id)
    except LookupError:
        raise RuleViolation("incident.no_such", None, "incident") from None
    if inc["closed_at"] is not None:
        raise RuleViolation("incident.closed", {"at": hhmm(inc["closed_at"])}, "incident")
    report = tx.loss_report_row(incident_id)
    if inc["kind"] != IncidentKind.MISSING.value or report is None:
        raise RuleViolation("loss.not_a_loss", None, "incident")
    return inc, report


def loss_found(ledger: Ledger, incident_id: int, scanned: str, location: str,
               note: str, reference: str = "") -> int:
    """The lost carrier is back in the clerk's hands: scanned, put in ``location``; the
    incident closes as found. Returns the carrier's id."""
    note = clean(note, label="找回情况", field="note", limit=LONG, required=True, multiline=True)
    reference = clean(reference, label="结论文号", field="reference")
    location = clean(location, label="存放位置", field="location")
    with ledger.transaction() as tx:
        inc, report = _open_loss(tx, incident_id)
        cid = ival(inc, "carrier_id")
        if not (scanned or "").strip():
            raise RuleViolation("loss.found_scan_required", None, "barcode")
        got, row = carrier_by_scan(tx, scanned)
        if got != cid:
            lost = tx.carrier_row(cid)
            raise RuleViolation("loss.found_wrong_carrier",
                                {"carrier": what(row), "lost": what(lost)}, "barcode")
        if not location:
            raise RuleViolation("loss.found_location_required", None, "location")
        loc = tx.location_id(location)
        if loc is None:
            raise RuleViolation("location.unknown", {"location": location}, "location")
        back = Status.FILED if report["prior_status"] == Status.FILED.value else Status.IN_STORE
        tx.update_carrier(cid, {"status": back.value, "holder": "", "location_id": loc})
        tx.record_event("loss_found", carrier_id=cid, field="status",
                        before=Status.MISSING.value, after=back.value,
                        approval_ref=reference,
                        note=f"找回，存放于{location}：{note}")
        resolution = f"找回：{note}"
        tx.close_incident(incident_id, {"closed_at": tx.now, "resolution": resolution,
                                        "outcome": "found", "close_ref": reference})
        tx.record_event("incident_closed", carrier_id=cid, before=inc["kind"], note=resolution)
        tx.audit("loss_found", [cid], {
            "incident_id": incident_id, "barcode": row["barcode"], "location": location,
            "status_after": back.value, "note": note, "reference": reference,
            "report_ref": report["report_ref"]})
        return cid


def loss_concluded(ledger: Ledger, incident_id: int, finding: str, reference: str) -> int:
    """The investigation's conclusion (查处结论) closes the loss; the carrier stays 丢失 and
    stays in the ledger. Returns the carrier's id."""
    finding = clean(finding, label="查处结论", field="resolution", limit=LONG, required=True,
                    multiline=True)
    reference = clean(reference, label="结论文号", field="reference", required=True)
    with ledger.transaction() as tx:
        inc, report = _open_loss(tx, incident_id)
        cid = ival(inc, "carrier_id")
        resolution = f"查处结论：{finding}"
        tx.close_incident(incident_id, {"closed_at": tx.now, "resolution": resolution,
                                        "outcome": "concluded", "close_ref": reference})
        tx.record_event("incident_closed", carrier_id=cid, before=inc["kind"],
                        approval_ref=reference, note=resolution)
        tx.audit("loss_concluded", [cid], {
            "incident_id": incident_id, "finding": finding, "reference": reference,
            "report_ref": report["report_ref"]})
        return cid


__all__ = ["DOING", "LOST_NOTE", "LossForm", "LossReported", "delay_text", "is_late",
           "late_warning", "limit_hours", "loss_concluded", "loss_found", "report_loss"]
