"""What circulation and loans share: scans, due times, the return check and incidents.

Decisions (DESIGN.md; 篇九 (四) "要当天归还"):

- Due time: the same day at the office's closing time, a unit rule kept in the vault
  (``unit_rules``: ``due_time.circulation`` / ``due_time.loan``, default 18:00). A hand-out
  after closing time is due at 23:59:59 the same day. A workflow may pass an explicit due time
  (later than now, at most 30 days ahead) for a longer approved loan.
- A return that is not complete (pages counted short or marked incomplete, attachments missing)
  closes the line, because the carrier is physically back with the clerk, puts the carrier back
  into its previous status (在库 or 已归档) and opens an incident (异常) naming the shortfall.
  While an incident is open the carrier is refused for new loans and hand-outs; closing the
  incident needs a written resolution. So nothing closes silently and the "what is out" views
  never show a carrier that is in the safe.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import SupportsInt, cast

from . import barcodes
from .carriers import STATUS_LABEL, TERMINAL, Status
from .custody_ports import Row
from .errors import RuleViolation
from .exchange.incomplete import check_complete
from .ports import Ledger, LedgerTx
from .text import LONG, clean
from .unit_rules import CIRCULATION_DUE, LOAN_DUE, rule_value

DEFAULT_DUE_TIME = "18:00"
IN_OFFICE = "机要室"  # where reading happens unless taking out is approved (篇四 (二))
MAX_DUE_DAYS = 30


# The unfinished lists a carrier can be on, by the kind ``pending_list_of_carrier`` names.
LIST_LABEL = {"return": "清退单", "destruction": "销毁清单", "handover": "移交清单"}


def due_time(ledger: Ledger, kind: str) -> dt.time:
    """The unit rule ``due_time.<kind>`` (``circulation`` or ``loan``)."""
    return rule_value(ledger, LOAN_DUE if kind == "loan" else CIRCULATION_DUE)


def due_at(ledger: Ledger, kind: str, now: dt.datetime, explicit: dt.datetime | None
           ) -> dt.datetime:
    """The due time of a hand-out or loan made ``now``."""
    t = due_time(ledger, kind)
    default = now.replace(hour=t.hour, minute=t.minute, second=0, microsecond=0)
    if default <= now:
        default = now.replace(hour=23, minute=59, second=59, microsecond=0)
    if explicit is not None:
        if explicit.tzinfo is None:
            explicit = explicit.astimezone()
        explicit = explicit.replace(microsecond=0)
        if explicit <= now:
            raise RuleViolation("due.not_future", None, "due")
        if kind == "circulation" and explicit > default:
            # 篇九 (四): a circulated carrier comes back the same day, by the unit's due time.
            raise RuleViolation("due.circulation_same_day",
                                {"due": default.strftime("%H:%M")}, "due")
        if explicit > now + dt.timedelta(days=MAX_DUE_DAYS):
            raise RuleViolation("due.too_far", {"max": MAX_DUE_DAYS}, "due")
        return explicit
    return default


def end_of_day(now: dt.datetime) -> dt.datetime:
    return now.replace(hour=23, minute=59, second=59, microsecond=0)


def ival(row: Row, key: str) -> int:
    """An integer column of a row (ids, counts)."""
    return int(cast("SupportsInt | str", row[key]))  # SQLite hands back the column's int


def when(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(value))


def hhmm(value: object) -> str:
    return when(value).strftime("%m-%d %H:%M")


# -- scans ---------------------------------------------------------------------------------------

def what(row: Row) -> str:
    """A carrier in a message: its number and a shortened title."""
    title = str(row.get("title") or "")
    if len(title) > 24:
        title = title[:23] + "…"
    return f"{row['number']}《{title}》"


def carrier_by_scan(tx: LedgerTx, code: str) -> tuple[int, Row]:
    code = (code or "").strip()
    if not code:
        raise RuleViolation("scan.carrier_missing", None, "barcode")
    if barcodes.is_badge(code):
        raise RuleViolation("scan.badge_not_carrier", {"code": code}, "barcode")
    code = barcodes.check(code)
    cid = tx.carrier_id_by_barcode(code)
    if cid is None:
        raise RuleViolation("scan.no_such_carrier", {"code": code}, "barcode")
    return cid, tx.carrier_row(cid)


def check_not_gone(row: Row, doing: str) -> None:
    """Refuse a carrier that has left the unit's keeping or is missing."""
    status = Status(str(row["status"]))
    if status in TERMINAL:
        raise RuleViolation(
            "carrier.gone",
            {"carrier": what(row), "status": STATUS_LABEL[status], "doing": doing},
            "barcode",
        )
    if status is Status.MISSING:
        raise RuleViolation("carrier.missing", {"carrier": what(row), "doing": doing}, "barcode")


def check_free(tx: LedgerTx, cid: int, row: Row, doing: str, *,
               leaving_lists: bool = True) -> None:
    """Refuse a carrier under a hold, with an open incident, or listed for return/destruction.

    ``leaving_lists=False`` is for the disposal workflows themselves, which check their lists.
    """
    if row.get("held"):
        raise RuleViolation("carrier.on_hold", {"carrier": what(row), "doing": doing}, "barcode")
    check_complete(tx, cid, what(row), doing)  # 待补 (an imported old record)
    pending = tx.pending_list_of_carrier(cid) if leaving_lists else None
    if pending is not None:
        kind, _id, number = pending
        listed = LIST_LABEL[kind]
        raise RuleViolation(
            "carrier.listed",
            {"carrier": what(row), "listed": listed, "number": number, "doing": doing},
            "barcode",
        )
    open_ids = tx.open_incident_ids(cid)
    if open_ids:
        inc = tx.incident_row(open_ids[0])
        raise RuleViolation(
            "carrier.open_incident",
            {"carrier": what(row), "incident": inc['description'], "doing": doing},
            "barcode",
        )


# -- the return check ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ReturnCheck:
    """What the clerk checks when a carrier comes back (篇三 二十三: 文件、附件是否完整)."""

    pages_complete: bool = True
    attachments_complete: bool = True
    pages_counted: int | None = None  # when counted; compared with the registered 页数
    note: str = ""


COMPLETE = ReturnCheck()


@dataclass(frozen=True)
class CheckResult:
    pages_complete: bool
    attachments_complete: bool
    pages_counted: int | None
    note: str
    shortfall: str  # empty when complete

    def columns(self) -> dict[str, object]:
        return {"pages_complete": int(self.pages_complete),
                "attachments_complete": int(self.attachments_complete),
                "pages_counted": self.pages_counted, "return_note": self.note}


def assess(check: ReturnCheck, pages: object, attachments: object) -> CheckResult:
    note = clean(check.note, label="归还说明", field="note", limit=LONG, multiline=True)
    counted = check.pages_counted
    if counted is not None and (isinstance(counted, bool) or not isinstance(counted, int)
                                or not 0 <= counted <= 100000):
        raise RuleViolation("return.pages_range", None, "pages_counted")
    problems: list[str] = []
    pages_ok = bool(check.pages_complete)
    if counted is not None and isinstance(pages, int) and counted != pages:
        pages_ok = False
        problems.append(f"页数不符：登记 {pages} 页，清点 {counted} 页")
    elif not pages_ok:
        problems.append("页面不全")
    if not check.attachments_complete:
        problems.append(f"附件不全（登记的附件：{attachments or '无'}）")
    if problems and note:
        problems.append(note)
    return CheckResult(pages_ok, bool(check.attachments_complete), counted, note,
                       "；".join(problems))


# -- incidents -----------------------------------------------------------------------------------

class IncidentKind(StrEnum):
    INCOMPLETE_RETURN = "incomplete_return"  # 归还不全
    MISSING = "missing"  # 丢失
    DAMAGED = "damaged"  # 损坏
    OTHER = "other"


INCIDENT_LABEL = {IncidentKind.INCOMPLETE_RETURN: "归还不全", IncidentKind.MISSING: "丢失",
                  IncidentKind.DAMAGED: "损坏", IncidentKind.OTHER: "其他"}


def open_incident(tx: LedgerTx, carrier_id: int, kind: IncidentKind, description: str, *,
                  person_id: int | None = None, loan_id: int | None = None,
                  read_id: int | None = None) -> int:
    """Inside a workflow's transaction: open an incident and record it in the history."""
    iid = tx.insert_incident({"carrier_id": carrier_id, "kind": kind.value,
                              "description": description[:LONG], "person_id": person_id,
                              "loan_id": loan_id, "read_id": read_id, "opened_at": tx.now})
    tx.record_event("incident_opened", carrier_id=carrier_id, after=kind.value,
                    note=description[:LONG])
    return iid


def close_incident(ledger: Ledger, incident_id: int, resolution: str,
                   reference: str = "") -> None:
    """Close an incident with what was found or decided (找回、更正页数 …) and the reference of
    the finding, if any. A loss (丢失) ends only as found or concluded (``core.loss``)."""
    resolution = clean(resolution, label="处理结果", field="resolution", limit=LONG,
                       required=True, multiline=True)
    reference = clean(reference, label="结论文号", field="reference")
    with ledger.transaction() as tx:
        try:
            inc = tx.incident_row(incident_id)
        except LookupError:
            raise RuleViolation("incident.no_such", None, "incident") from None
        if inc["closed_at"] is not None:
            raise RuleViolation("incident.closed", {"at": hhmm(inc['closed_at'])}, "incident")
        if inc["kind"] == IncidentKind.MISSING.value:
            raise RuleViolation("incident.loss_needs_outcome", None, "outcome")
        cid = ival(inc, "carrier_id")
        tx.close_incident(incident_id, {"closed_at": tx.now, "resolution": resolution,
                                        "outcome": "resolved", "close_ref": reference})
        tx.record_event("incident_closed", carrier_id=cid, before=inc["kind"],
                        approval_ref=reference, note=resolution)
        tx.audit("incident_closed", [cid], {"incident_id": incident_id, "kind": inc["kind"],
                                            "description": inc["description"],
                                            "resolution": resolution, "reference": reference})


__all__ = ["COMPLETE", "DEFAULT_DUE_TIME", "INCIDENT_LABEL", "IN_OFFICE", "CheckResult",
           "IncidentKind", "ReturnCheck", "assess", "carrier_by_scan", "close_incident",
           "due_at", "due_time", "end_of_day", "ival", "open_incident", "what"]
