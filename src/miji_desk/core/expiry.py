"""Secrecy periods that have ended or end soon: the list the clerk reviews (篇三 二十一).

A carrier is on the list when its registration is still a state secret, it is still the unit's
(not sent, returned, handed over or destroyed), and its period ends on or before today plus the
unit's review window (``EXPIRY_WINDOW_DAYS``, shown in 设置). The end is computed by
``SecrecyPeriod.expiry`` from the 定密日期, or from the day of receipt when none was given; an
unmarked period is the legal maximum. 长期 and condition-based periods (解密条件) have no date and
are never on the list. The review itself is the level-change workflow
(``level_changes.change_level``): declassify, extend (a new period) or change the level.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from .carriers import TERMINAL, CarrierView
from .unit_rules import EXPIRY_WINDOW_DAYS


class Settings(Protocol):
    def setting(self, name: str, default: str) -> str: ...  # the vault's unit rules


@dataclass(frozen=True)
class ExpiryLine:
    """One carrier due for review: its period ends (or ended) on ``ends``."""

    carrier: CarrierView
    ends: dt.date

    def days_left(self, today: dt.date) -> int:
        """Days until the end; 0 on the last day, negative once it has passed."""
        return (self.ends - today).days

    def ended(self, today: dt.date) -> bool:
        return self.ends <= today


def review_window(vault: Settings) -> int:
    """The unit's review window in days (``rule_value`` of ``EXPIRY_WINDOW_DAYS``)."""
    rule = EXPIRY_WINDOW_DAYS
    return rule.parse(vault.setting(rule.key, rule.dump(rule.default)))


def review_cutoff(vault: Settings, today: dt.date) -> dt.date:
    """The last period end the list shows: today plus the unit's review window."""
    return today + dt.timedelta(days=review_window(vault))


def due_for_review(carriers: Iterable[CarrierView], cutoff: dt.date) -> list[ExpiryLine]:
    """The carriers whose period ends on or before ``cutoff``, the earliest end first."""
    lines = []
    for c in carriers:
        if not c.level.state_secret or c.status in TERMINAL:
            continue
        ends = c.expiry
        if ends is not None and ends <= cutoff:
            lines.append(ExpiryLine(c, ends))
    return sorted(lines, key=lambda ln: (ln.ends, ln.carrier.number))


__all__ = ["ExpiryLine", "Settings", "due_for_review", "review_cutoff", "review_window"]
