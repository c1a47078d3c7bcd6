"""Secrecy periods (保密期限) and the marking string (标志) printed on every carrier.

Markings follow GB/T 9704: ``机密★10年``, ``绝密★长期``, ``秘密★2027年6月30日``. A document that
bears no period is treated as having the legal maximum for its level (绝密 30, 机密 20, 秘密 10).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from .errors import RuleViolation
from .levels import Level

MAX_YEARS = 100  # the longest period in years or months; beyond it only 长期 makes sense


class PeriodKind(StrEnum):
    UNMARKED = "unmarked"  # no period on the document: the legal maximum applies
    YEARS = "years"
    MONTHS = "months"
    LONG_TERM = "long_term"  # 长期
    UNTIL = "until"  # until a date
    CONDITION = "condition"  # until a condition (解密条件)


@dataclass(frozen=True)
class SecrecyPeriod:
    kind: PeriodKind = PeriodKind.UNMARKED
    amount: int | None = None  # years or months
    until: dt.date | None = None
    condition: str | None = None

    @staticmethod
    def years(n: int) -> SecrecyPeriod:
        return SecrecyPeriod(PeriodKind.YEARS, amount=n)

    @staticmethod
    def months(n: int) -> SecrecyPeriod:
        return SecrecyPeriod(PeriodKind.MONTHS, amount=n)

    @staticmethod
    def long_term() -> SecrecyPeriod:
        return SecrecyPeriod(PeriodKind.LONG_TERM)

    @staticmethod
    def until_date(day: dt.date) -> SecrecyPeriod:
        return SecrecyPeriod(PeriodKind.UNTIL, until=day)

    @staticmethod
    def until_condition(text: str) -> SecrecyPeriod:
        return SecrecyPeriod(PeriodKind.CONDITION, condition=text)

    # -- rules ---------------------------------------------------------------------------------
    def check(self, level: Level, classified_on: dt.date | None) -> None:
        """Refuse a period that is malformed or longer than the level allows."""
        k = self.kind
        # Only the fields of its own kind: anything else would be stored and printed wrongly.
        stray = ((self.amount is not None and k not in (PeriodKind.YEARS, PeriodKind.MONTHS))
                 or (self.until is not None and k is not PeriodKind.UNTIL)
                 or (self.condition is not None and k is not PeriodKind.CONDITION))
        if stray:
            raise RuleViolation("period.unreadable", None, "period")
        if k in (PeriodKind.YEARS, PeriodKind.MONTHS):
            amount = self.amount
            if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
                raise RuleViolation("period.positive", None, "period")
            if amount > (MAX_YEARS if k is PeriodKind.YEARS else 12 * MAX_YEARS):
                # Beyond this the expiry cannot even be written as a date; 长期 says it.
                raise RuleViolation("period.too_long", {"max": MAX_YEARS}, "period")
            years = amount if k is PeriodKind.YEARS else amount / 12
            if level.max_years is not None and years > level.max_years:
                raise RuleViolation(
                    "period.over_level", {"level": level.name, "years": level.max_years}, "period")
        elif k is PeriodKind.UNTIL:
            if self.until is None:
                raise RuleViolation("period.date_required", None, "period")
            if classified_on is not None:
                if self.until <= classified_on:
                    raise RuleViolation("period.date_before_classified", None, "period")
                if level.max_years is not None and self.until > add_months(
                        classified_on, 12 * level.max_years):
                    raise RuleViolation(
                        "period.date_over_level",
                        {"level": level.name, "years": level.max_years},
                        "period",
                    )
        elif k is PeriodKind.CONDITION and not (self.condition or "").strip():
            raise RuleViolation("period.condition_required", None, "period")

    def effective(self, level: Level) -> SecrecyPeriod:
        """The period that applies: the legal maximum when none was marked."""
        if self.kind is PeriodKind.UNMARKED:
            if level.max_years is None:
                return SecrecyPeriod.long_term()
            return SecrecyPeriod.years(level.max_years)
        return self

    def expiry(self, level: Level, classified_on: dt.date | None) -> dt.date | None:
        """The day the period ends, or None (长期, a condition, or no classification date)."""
        eff = self.effective(level)
        if eff.kind is PeriodKind.UNTIL:
            return eff.until
        if classified_on is None or eff.amount is None:
            return None
        months = eff.amount * 12 if eff.kind is PeriodKind.YEARS else eff.amount
        return add_months(classified_on, months)

    def text(self, level: Level) -> str:
        """The part after ★: 10年, 6个月, 长期, 2027年6月30日, or the condition."""
        eff = self.effective(level)
        match eff.kind:
            case PeriodKind.YEARS:
                return f"{eff.amount}年"
            case PeriodKind.MONTHS:
                return f"{eff.amount}个月"
            case PeriodKind.LONG_TERM:
                return "长期"
            case PeriodKind.UNTIL:
                assert eff.until is not None
                return f"{eff.until.year}年{eff.until.month}月{eff.until.day}日"
            case _:
                return eff.condition or ""

    # -- storage -------------------------------------------------------------------------------
    def to_columns(self) -> dict[str, object]:
        return {"period_kind": self.kind.value, "period_amount": self.amount,
                "period_until": self.until.isoformat() if self.until else None,
                "period_condition": self.condition}

    @staticmethod
    def from_columns(kind: str, amount: int | None, until: str | None,
                     condition: str | None) -> SecrecyPeriod:
        return SecrecyPeriod(PeriodKind(kind), amount,
                             dt.date.fromisoformat(until) if until else None, condition)


def marking(level: Level, period: SecrecyPeriod) -> str:
    """``机密★10年``; a level without a legal period (内部) is printed alone."""
    if not level.state_secret and period.kind is PeriodKind.UNMARKED:
        return level.name
    return f"{level.name}★{period.text(level)}"


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar month arithmetic; 31 Jan + 1 month is the last day of February."""
    y, m = divmod(day.month - 1 + months, 12)
    year, month = day.year + y, m + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
