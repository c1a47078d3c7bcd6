"""The expiry review list (篇三 二十一) read from the vault.

SQLite narrows the ledger to the registrations whose period could have ended by the cutoff (its
date arithmetic rolls 29 February and month ends forward by up to three days, so it is asked
with three days to spare); ``core.expiry`` then decides each one exactly with the calendar
arithmetic every marking uses.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..core.carriers import TERMINAL
from ..core.expiry import ExpiryLine, due_for_review, review_cutoff
from .connection import Connection

if TYPE_CHECKING:
    from .queries import LedgerQueries
    from .vault import Vault

_TERMINAL = ", ".join(f"'{s.value}'" for s in sorted(TERMINAL))

_SQL = f"""
WITH d AS (
  SELECT d.id, d.period_kind AS kind, d.period_until AS until,
         coalesce(d.period_amount, l.max_years) AS amount,
         coalesce(d.classified_on, substr(d.received_at, 1, 10)) AS start
  FROM document d JOIN level l ON l.code = d.level_code
  WHERE l.state_secret = 1 AND d.period_kind NOT IN ('long_term', 'condition')
)
SELECT c.id FROM d JOIN carrier c ON c.document_id = d.id
WHERE c.status NOT IN ({_TERMINAL}) AND CASE d.kind
  WHEN 'until' THEN d.until <= :cutoff
  WHEN 'months' THEN date(d.start, '+' || d.amount || ' months') <= date(:cutoff, '+3 days')
  ELSE d.amount IS NOT NULL
       AND date(d.start, '+' || d.amount || ' years') <= date(:cutoff, '+3 days')
END
"""


class ExpiryQueries:
    def __init__(self, conn: Connection, ledger: LedgerQueries) -> None:
        self._conn = conn
        self._ledger = ledger

    def due(self, cutoff: dt.date) -> list[ExpiryLine]:
        """Every carrier whose secrecy period ends on or before ``cutoff``."""
        ids = [r[0] for r in self._conn.execute(_SQL, {"cutoff": cutoff.isoformat()})]
        views = []
        for start in range(0, len(ids), 500):
            views += self._ledger.by_ids(ids[start:start + 500])
        return due_for_review(views, cutoff)


def expiry_list(vault: Vault, today: dt.date) -> list[ExpiryLine]:
    """Every carrier whose secrecy period ends by today plus the unit's window."""
    return vault.expiry.due(review_cutoff(vault, today))


__all__ = ["ExpiryQueries", "expiry_list"]
