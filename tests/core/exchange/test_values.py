"""Cell values as people write them: markings, dates, 份号, full-width digits."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.exchange.values import (
    parse_copy_numbers,
    parse_count,
    parse_date,
    parse_marking,
)
from miji_desk.core.levels import DEFAULT_CATALOG
from miji_desk.core.periods import SecrecyPeriod


@pytest.mark.parametrize(("cell", "level", "period"), [
    ("机密★10年", "机密", SecrecyPeriod.years(10)),
    ("秘密 ★ 长期", "秘密", SecrecyPeriod.long_term()),
    ("绝密★", "绝密", SecrecyPeriod()),
    ("机密", "机密", SecrecyPeriod()),
    ("机密级", "机密", SecrecyPeriod()),
    ("秘密★６个月", "秘密", SecrecyPeriod.months(6)),
    ("机密＊２０年", "机密", SecrecyPeriod.years(20)),
    ("秘密★2027年6月30日", "秘密", SecrecyPeriod.until_date(dt.date(2027, 6, 30))),
])
def test_a_marking_in_one_cell(cell: str, level: str, period: SecrecyPeriod) -> None:
    lv, p = parse_marking(cell, None, DEFAULT_CATALOG)
    assert (lv.name, p) == (level, period)


def test_level_and_period_in_two_cells() -> None:
    lv, p = parse_marking("机密", "10年", DEFAULT_CATALOG)
    assert (lv.name, p) == ("机密", SecrecyPeriod.years(10))
    lv, p = parse_marking("秘密", "长期", DEFAULT_CATALOG)
    assert p == SecrecyPeriod.long_term()


def test_a_marking_that_contradicts_the_period_cell_is_refused() -> None:
    with pytest.raises(RuleViolation) as e:
        parse_marking("机密★10年", "20年", DEFAULT_CATALOG)
    assert e.value.code == "import.period_conflict"


@pytest.mark.parametrize("cell", ["机要", "非密", "公开★5年", "★10年"])
def test_an_unknown_level_is_refused(cell: str) -> None:
    with pytest.raises(RuleViolation) as e:
        parse_marking(cell, None, DEFAULT_CATALOG)
    assert e.value.code in ("import.level_unknown", "form.required")


@pytest.mark.parametrize("cell", ["2026-3-5", "2026/03/05", "2026.3.5", "2026年3月5日",
                                  "２０２６－３－５", "20260305", "46086", 46086, 46086.0,
                                  dt.datetime(2026, 3, 5), dt.date(2026, 3, 5),
                                  " 2026 年 3 月 5 日 "])
def test_dates_as_people_write_them(cell: object) -> None:
    assert parse_date(cell) == dt.date(2026, 3, 5)


@pytest.mark.parametrize(("cell", "code"), [
    ("2026-2-30", "import.date_impossible"), ("2026-13-1", "import.date_impossible"),
    ("下周一", "import.date_unreadable"), ("5", "import.date_unreadable"),
    (999999, "import.date_unreadable")])
def test_impossible_and_unreadable_dates_are_refused(cell: object, code: str) -> None:
    with pytest.raises(RuleViolation) as e:
        parse_date(cell)
    assert e.value.code == code


@pytest.mark.parametrize(("cell", "numbers"), [
    ("3-5", [3, 4, 5]), ("3～5", [3, 4, 5]), ("0003至0005", [3, 4, 5]), ("3、4、5", [3, 4, 5]),
    ("３－５", [3, 4, 5]), ("第3份", [3]), (7, [7]), (7.0, [7]), ("1-2, 8", [1, 2, 8]),
    ("3 ~ 5", [3, 4, 5])])
def test_copy_number_ranges(cell: object, numbers: list[int]) -> None:
    assert parse_copy_numbers(cell) == numbers


@pytest.mark.parametrize(("cell", "code"), [
    ("5-3", "copy_numbers.range"), ("3、3", "copy_numbers.repeated"),
    ("a-b", "copy_numbers.unreadable"), ("0", "copy_numbers.range")])
def test_bad_copy_numbers_are_refused(cell: str, code: str) -> None:
    with pytest.raises(RuleViolation) as e:
        parse_copy_numbers(cell)
    assert e.value.code == code


def test_counts_with_full_width_digits_and_units() -> None:
    assert parse_count("１２", "页数") == 12
    assert parse_count("12页", "页数") == 12
    assert parse_count(12.0, "页数") == 12
    assert parse_count("　", "页数") is None
    with pytest.raises(RuleViolation) as e:
        parse_count("十二", "页数")
    assert e.value.code == "import.count_unreadable"
