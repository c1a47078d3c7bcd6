"""The 涉密载体管理情况报告 (half-yearly or year-end summary for the 保密委员会) of one period.

Every count is taken from the ledger's own history (``carrier_event``), never typed: what was
received, produced, registered as media, copied, lent, circulated, returned to the issuer
(清退), handed over, destroyed, and changed in level or period, each by 密级 (the carrier's
level now: a carrier declassified later counts as 非密). Incidents opened in the period are
listed with their outcome. The inventory checks (清查) closed in the period are listed
with their findings; a period without one says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .errors import RuleViolation
from .levels import Level

# (key, printed label): the rows of the counts table, in order.
ACTIVITIES: tuple[tuple[str, str], ...] = (
    ("received", "接收（收文）"),
    ("produced", "制作（发文）"),
    ("media", "登记涉密介质"),
    ("copied", "复制"),
    ("lent", "借阅"),
    ("circulated", "传阅"),
    ("returned", "清退"),
    ("handed_over", "移交"),
    ("destroyed", "销毁"),
    ("level_changed", "定密变更（含解密）"),
)


@dataclass(frozen=True)
class IncidentLine:
    kind: str  # 丢失, 归还不全 …
    carrier_number: str
    level: Level
    opened_at: dt.datetime
    closed_at: dt.datetime | None
    outcome: str  # 找回, 查处结论 …; "" while open
    resolution: str


@dataclass(frozen=True)
class CheckLine:
    """One inventory check of the period, as the inventory feature reports it."""

    label: str  # scope and dates
    finding: str  # e.g. 应在 120 件，在库 118 件，丢失 1 件 …


# The inventory feature's hook: the checks made between two dates (inclusive).
ChecksOf = Callable[[dt.date, dt.date], Sequence[CheckLine]]


@dataclass(frozen=True)
class Summary:
    start: dt.date
    end: dt.date
    levels: list[Level]  # the columns: every level counted, most secret first
    counts: dict[str, dict[str, int]]  # activity → level code → carriers
    incidents: list[IncidentLine] = field(default_factory=list)
    checks: list[CheckLine] | None = None  # the checks closed in the period

    def count(self, activity: str, level_code: str) -> int:
        return self.counts.get(activity, {}).get(level_code, 0)

    def total(self, activity: str) -> int:
        return sum(self.counts.get(activity, {}).values())

    @property
    def listed(self) -> list[Level]:
        """The levels the report lists (counted or in an incident): its marking's floor."""
        codes = {c for per in self.counts.values() for c, n in per.items() if n}
        return [lv for lv in self.levels if lv.code in codes] + [i.level for i in self.incidents]


def check_period(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """A report covers one period: both dates, in order."""
    if start is None or end is None:
        raise RuleViolation("summary.period_required", None, "date")
    if start > end:
        raise RuleViolation("print.date_range_reversed", None, "date")
    return start, end


__all__ = ["ACTIVITIES", "CheckLine", "ChecksOf", "IncidentLine", "Summary", "check_period"]
