"""The counts of the 涉密载体管理情况报告 (core/summary.py), read from the history
(``carrier_event``, through the index of schema ``V_DAY_END``) and the incidents."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..core.custody import INCIDENT_LABEL, IncidentKind
from ..core.holdings import INCIDENT_OUTCOME_LABEL
from ..core.summary import CheckLine, ChecksOf, IncidentLine, Summary, check_period

if TYPE_CHECKING:
    from .vault import Vault



def inventory_lines(vault: Vault, first: dt.date, last: dt.date) -> list[CheckLine]:
    """The checks closed in the period, each with its scope, dates and counts per result."""
    from ..core.inventory import RESULT_LABEL, RESULT_ORDER, checks_between

    lines = []
    for c in checks_between(vault, first, last):
        v = c.check
        closed = f"{v.closed_at:%Y-%m-%d}" if v.closed_at else ""
        found = "，".join(f"{RESULT_LABEL[r]} {c.counts.get(r.value, 0)} 件" for r in RESULT_ORDER)
        lines.append(CheckLine(f"{v.number} {v.scope_label}（{v.started_at:%Y-%m-%d} 至 {closed}）",
                               f"应在 {v.expected_count} 件：{found}"))
    return lines

_COUNTS = """
SELECT CASE e.action
         WHEN 'register' THEN CASE WHEN d.source_carrier_id IS NOT NULL THEN 'copied'
                                   WHEN c.register = 'incoming' THEN 'received'
                                   WHEN c.register = 'outgoing' THEN 'produced'
                                   ELSE 'media' END
         WHEN 'lend' THEN 'lent'
         WHEN 'circulation_out' THEN 'circulated'
         ELSE e.action END,
       c.level_code, count(*)
FROM carrier_event e JOIN carrier c ON c.id = e.carrier_id JOIN document d ON d.id = c.document_id
WHERE e.action IN ('register', 'lend', 'circulation_out', 'returned', 'handed_over',
                   'destroyed')
  AND e.at >= :start AND e.at < :after
GROUP BY 1, 2
UNION ALL
SELECT 'level_changed', c.level_code, count(*)
FROM carrier_event e JOIN carrier c ON c.document_id = e.document_id
WHERE e.action = 'level_changed' AND e.at >= :start AND e.at < :after
GROUP BY 2
"""

_INCIDENTS = """
SELECT i.kind, c.number, c.level_code, i.opened_at, i.closed_at, i.outcome, i.resolution
FROM incident i JOIN carrier c ON c.id = i.carrier_id
WHERE i.opened_at < :after AND (i.closed_at IS NULL OR i.closed_at >= :start)
ORDER BY i.opened_at, i.id
"""


def summary(vault: Vault, start: dt.date | None, end: dt.date | None,
            checks: ChecksOf | None = None) -> Summary:
    """The report of ``start``..``end`` (inclusive) from the ledger; the inventory checks of the
    period from ``checks`` (a test's), else from the ledger's 清查."""
    first, last = check_period(start, end)
    params = {"start": first.isoformat(), "after": (last + dt.timedelta(days=1)).isoformat()}
    counts: dict[str, dict[str, int]] = {}
    for activity, level_code, n in vault.conn.execute(_COUNTS, params):
        per = counts.setdefault(activity, {})
        per[level_code] = per.get(level_code, 0) + n
    incidents = [
        IncidentLine(INCIDENT_LABEL[IncidentKind(kind)], number, vault.levels.get(level_code),
                     dt.datetime.fromisoformat(opened),
                     dt.datetime.fromisoformat(closed) if closed else None,
                     INCIDENT_OUTCOME_LABEL.get(outcome or "", "已处理" if closed else ""),
                     resolution)
        for kind, number, level_code, opened, closed, outcome, resolution
        in vault.conn.execute(_INCIDENTS, params)]
    used = {c for per in counts.values() for c in per} | {i.level.code for i in incidents}
    levels = [lv for lv in vault.levels if lv.code in used or lv.state_secret]
    lines = inventory_lines(vault, first, last) if checks is None else list(checks(first, last))
    return Summary(first, last, levels, counts, incidents, lines)


class SummaryQueries:
    """``vault.summary``: what the printed report reads."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def report(self, start: dt.date | None, end: dt.date | None) -> Summary:
        return summary(self._vault, start, end)


__all__ = ["SummaryQueries", "inventory_lines", "summary"]
