"""Secrecy periods, expiry and the marking printed on every carrier."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.levels import CONFIDENTIAL, DEFAULT_CATALOG, SECRET, TOP_SECRET
from miji_desk.core.periods import SecrecyPeriod, add_months, marking


@pytest.mark.parametrize(("level", "period", "text"), [
    (SECRET, SecrecyPeriod.years(10), "机密★10年"),
    (TOP_SECRET, SecrecyPeriod.long_term(), "绝密★长期"),
    (CONFIDENTIAL, SecrecyPeriod.until_date(dt.date(2027, 6, 30)), "秘密★2027年6月30日"),
    (CONFIDENTIAL, SecrecyPeriod.months(6), "秘密★6个月"),
    (TOP_SECRET, SecrecyPeriod(), "绝密★30年"),  # unmarked: the legal maximum
    (SECRET, SecrecyPeriod(), "机密★20年"),
    (CONFIDENTIAL, SecrecyPeriod(), "秘密★10年"),
    (DEFAULT_CATALOG.get("internal"), SecrecyPeriod(), "内部"),
])
def test_marking(level, period, text):
    assert marking(level, period) == text


def test_expiry_from_classification_date():
    on = dt.date(2026, 1, 31)
    assert SecrecyPeriod.years(10).expiry(SECRET, on) == dt.date(2036, 1, 31)
    assert SecrecyPeriod.months(1).expiry(SECRET, on) == dt.date(2026, 2, 28)
    assert SecrecyPeriod().expiry(TOP_SECRET, on) == dt.date(2056, 1, 31)
    assert SecrecyPeriod.long_term().expiry(TOP_SECRET, on) is None
    assert SecrecyPeriod.years(5).expiry(SECRET, None) is None


def test_period_longer_than_the_level_allows_is_refused():
    with pytest.raises(RuleViolation, match="不超过10年"):
        SecrecyPeriod.years(11).check(CONFIDENTIAL, dt.date(2026, 1, 1))
    with pytest.raises(RuleViolation, match="不能晚于定密日期后20年"):
        SecrecyPeriod.until_date(dt.date(2047, 1, 2)).check(SECRET, dt.date(2026, 1, 1))
    SecrecyPeriod.years(30).check(TOP_SECRET, dt.date(2026, 1, 1))


@pytest.mark.parametrize("period", [SecrecyPeriod.years(0), SecrecyPeriod.months(-1),
                                    SecrecyPeriod.until_date(dt.date(2025, 1, 1)),
                                    SecrecyPeriod.until_condition("  ")])
def test_malformed_periods(period):
    with pytest.raises(RuleViolation):
        period.check(SECRET, dt.date(2026, 1, 1))


def test_columns_round_trip():
    for p in (SecrecyPeriod.years(3), SecrecyPeriod.until_date(dt.date(2030, 2, 3)),
              SecrecyPeriod.until_condition("项目验收后"), SecrecyPeriod()):
        cols = p.to_columns()
        assert SecrecyPeriod.from_columns(cols["period_kind"], cols["period_amount"],
                                          cols["period_until"], cols["period_condition"]) == p


def test_add_months_end_of_month():
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2026, 12, 15), 1) == dt.date(2027, 1, 15)


def test_levels_are_ordered_most_secret_first():
    names = [lv.name for lv in DEFAULT_CATALOG]
    assert names[:3] == ["绝密", "机密", "秘密"]
    with pytest.raises(RuleViolation):
        DEFAULT_CATALOG.get("绝密绝密")
    assert DEFAULT_CATALOG.highest(["confidential", "top_secret"]) == TOP_SECRET
