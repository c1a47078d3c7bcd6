"""What is out (在外): the read models behind the 'out now' and end-of-day views, each person's
holdings, the circulation slip and the two registers. The vault fills them
(``vault/custody_queries.py``); the UI and printing only read them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from .carriers import CarrierView
from .custody import INCIDENT_LABEL, IncidentKind, end_of_day
from .people import Person


class OutKind(StrEnum):
    CIRCULATION = "circulation"  # 传阅
    LOAN = "loan"  # 借阅


OUT_KIND_LABEL = {OutKind.CIRCULATION: "传阅", OutKind.LOAN: "借阅"}


@dataclass(frozen=True)
class OutLine:
    """One carrier out now: with whom, since when, due when."""

    kind: OutKind
    line_id: int  # circulation_read.id or loan.id
    reference: str  # the slip's or the loan's number
    carrier: CarrierView
    person: Person
    since: dt.datetime
    due: dt.datetime
    place: str = ""  # loans: 机要室 or where it was taken

    def overdue(self, now: dt.datetime) -> bool:
        return now > self.due

    def due_today(self, now: dt.datetime) -> bool:
        """Must be back before the safe is locked tonight (or is already late)."""
        return self.due <= end_of_day(now)

    @property
    def kind_label(self) -> str:
        return OUT_KIND_LABEL[self.kind]


@dataclass(frozen=True)
class ReadLine:
    """One hand-out on a slip: a carrier to a reader, and its return."""

    id: int
    carrier_id: int
    person: Person
    out_at: dt.datetime
    due_at: dt.datetime
    returned_at: dt.datetime | None
    complete: bool | None  # None until returned, and when lost
    lost: bool = False  # closed because the carrier was reported lost, not returned


@dataclass(frozen=True)
class SlipView:
    """A circulation slip (传阅单) with everything printed on it."""

    id: int
    number: str
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    instruction: str
    note: str
    close_note: str
    carriers: list[CarrierView] = field(default_factory=list)
    readers: list[Person] = field(default_factory=list)  # in reading order
    reads: list[ReadLine] = field(default_factory=list)  # in hand-out order

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    def read_of(self, carrier_id: int, person_id: int) -> ReadLine | None:
        for r in self.reads:
            if r.carrier_id == carrier_id and r.person.id == person_id:
                return r
        return None


@dataclass(frozen=True)
class LoanView:
    """One line of the 借阅登记簿."""

    id: int
    number: str
    carrier: CarrierView
    person: Person
    purpose: str
    place: str
    take_out: bool
    approver: str
    approval_ref: str
    approved_on: dt.date
    take_out_approver: str
    take_out_ref: str
    take_out_approved_on: dt.date | None
    lent_at: dt.datetime
    due_at: dt.datetime
    returned_at: dt.datetime | None
    pages_counted: int | None
    complete: bool | None  # None until returned, and when lost
    return_note: str
    lost: bool = False  # closed because the carrier was reported lost, not returned

    def overdue(self, now: dt.datetime) -> bool:
        return (self.returned_at or now) > self.due_at


INCIDENT_OUTCOME_LABEL = {"resolved": "已处理", "found": "找回", "concluded": "查处结论"}


@dataclass(frozen=True)
class LossView:
    """The report of a loss (丢失报告): never changed once written."""

    discovered_at: dt.datetime
    discovered_by: str
    reported_at: dt.datetime
    reported_to: str
    report_ref: str
    limit_hours: int
    late: bool
    prior_status: str
    holder: str  # who had it when it was lost (a reader or borrower), or ""
    line: str  # the loan or slip closed as lost, or ""

    @property
    def delay(self) -> dt.timedelta:
        return self.reported_at - self.discovered_at


@dataclass(frozen=True)
class IncidentView:
    id: int
    carrier: CarrierView
    kind: IncidentKind
    description: str
    person: Person | None
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    resolution: str
    outcome: str | None = None  # resolved, found, concluded; None while open
    reference: str = ""  # the finding's reference (结论文号)
    closed_by: str = ""  # the clerk who closed it
    loss: LossView | None = None  # a loss (丢失): its report

    @property
    def kind_label(self) -> str:
        return INCIDENT_LABEL[self.kind]

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def outcome_label(self) -> str:
        return INCIDENT_OUTCOME_LABEL.get(self.outcome or "", "")


__all__ = ["INCIDENT_OUTCOME_LABEL", "OUT_KIND_LABEL", "IncidentView", "LoanView", "LossView",
           "OutKind", "OutLine", "ReadLine", "SlipView"]
