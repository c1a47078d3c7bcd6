"""Cell values as people write them in old ledgers.

Every parser takes the raw cell (a string, a number, a date from openpyxl) and returns the value
the ledger stores, or raises ``RuleViolation`` with a stable code; the dry run pins it on the
row and column.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..errors import RuleViolation
from ..levels import DECLASSIFIED, Level, LevelCatalog
from ..numbering import MAX_COPIES
from ..periods import PeriodKind, SecrecyPeriod

# Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29).
_EXCEL_EPOCH = dt.date(1899, 12, 30)


_WIDE = {**{0xFF10 + i: 0x30 + i for i in range(10)}, 0x3000: 0x20, 0x00A0: 0x20}


def fold(value: object) -> str:
    """A cell as text: full-width digits made ASCII, the ideographic and non-breaking spaces
    made plain spaces, NFC, stripped. Other characters stay as written (a full-width comma in a
    title is the title)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value).translate(_WIDE)).strip()


def fold_all(value: object) -> str:
    """A cell that holds a value to be understood (a date, a count, 份号, a marking): every
    compatibility form folded (NFKC: full-width letters, digits, punctuation)."""
    return unicodedata.normalize("NFKC", fold(value)).strip()


def squeeze(text: str) -> str:
    """Without any blank: ``秘密 ★ 长期`` → ``秘密★长期``."""
    return "".join(text.split())


# -- 密级 and 保密期限 --------------------------------------------------------------------------

_STAR = re.compile(r"[★☆*＊]")
_YEARS = re.compile(r"^(\d{1,3})年$")
_MONTHS = re.compile(r"^(\d{1,4})个?月$")


def parse_level(text: str, levels: LevelCatalog) -> Level:
    name = squeeze(fold_all(text))
    if not name:
        raise RuleViolation("form.required", {"label": "密级"}, "level")
    if name.endswith("级") and name[:-1]:
        name = name[:-1]  # 机密级
    for level in levels:
        if level.name == name and level.code != DECLASSIFIED.code:
            return level
    raise RuleViolation("import.level_unknown", {"value": text}, "level")


def parse_period(text: object) -> SecrecyPeriod:
    """``10年``, ``6个月``, ``长期``, a date, or empty (unmarked: the legal maximum applies)."""
    raw = squeeze(fold_all(text))
    if not raw:
        return SecrecyPeriod()
    if raw == "长期":
        return SecrecyPeriod.long_term()
    if raw.isdigit():
        return SecrecyPeriod.years(int(raw))
    m = _YEARS.match(raw)
    if m:
        return SecrecyPeriod.years(int(m.group(1)))
    m = _MONTHS.match(raw)
    if m:
        return SecrecyPeriod.months(int(m.group(1)))
    try:
        return SecrecyPeriod.until_date(parse_date(raw))
    except RuleViolation:
        raise RuleViolation("import.period_unreadable", {"value": str(text)}, "period") from None


def parse_marking(level_cell: object, period_cell: object,
                  levels: LevelCatalog) -> tuple[Level, SecrecyPeriod]:
    """``机密★10年``, ``秘密 ★ 长期`` or ``绝密★`` in one cell, or the level and the period in
    two cells. A period in both places must agree."""
    text = squeeze(fold_all(level_cell))
    parts = _STAR.split(text, maxsplit=1)
    level = parse_level(parts[0], levels)
    own = parse_period(parts[1]) if len(parts) == 2 else SecrecyPeriod()
    other = parse_period(period_cell)
    if own.kind is not PeriodKind.UNMARKED and other.kind is not PeriodKind.UNMARKED \
            and own != other:
        raise RuleViolation("import.period_conflict", {
            "marking": text, "period": fold(period_cell)}, "period")
    return level, own if own.kind is not PeriodKind.UNMARKED else other


# -- dates --------------------------------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                   r"(?:[ T]+(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_date(value: object) -> dt.date:
    """2026-3-5, 2026/03/05, 2026.3.5, 2026年3月5日, 20260305, an Excel serial number or a
    date cell."""
    return parse_datetime(value).date()


def parse_datetime(value: object) -> dt.datetime:
    """As ``parse_date``, keeping a time of day where the cell has one (midnight otherwise)."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(float(value), str(value))
    text = fold_all(value)
    if not text:
        raise RuleViolation("form.required", {"label": "日期"}, "date")
    m = _DATE.match(text) or _COMPACT.match(text)
    if m:
        parts = [int(g) if g else 0 for g in m.groups()]
        parts += [0] * (6 - len(parts))
        try:
            return dt.datetime(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5])
        except ValueError:
            raise RuleViolation("import.date_impossible", {"value": text}, "date") from None
    try:
        serial = float(text)
    except ValueError:
        raise RuleViolation("import.date_unreadable", {"value": text}, "date") from None
    return _serial(serial, text)


def _serial(serial: float, text: str) -> dt.datetime:
    # Serial numbers of 1949 (17899) to 2100 (73051): anything else is not a date of a ledger.
    if not 17899 <= serial <= 73051:
        raise RuleViolation("import.date_unreadable", {"value": text}, "date")
    day = _EXCEL_EPOCH + dt.timedelta(days=int(serial))
    seconds = round((serial - int(serial)) * 86400)
    return dt.datetime(day.year, day.month, day.day) + dt.timedelta(seconds=seconds)


# -- numbers and 份号 -----------------------------------------------------------------------------

_INT = re.compile(r"^(\d{1,6})\s*(?:份|页|张)?$")


def parse_count(value: object, label: str) -> int | None:
    """A count such as 页数 or 份数: ``12``, ``１２``, ``12页``, or empty (None)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = squeeze(fold_all(value))
    if not text:
        return None
    m = _INT.match(text)
    if not m:
        raise RuleViolation("import.count_unreadable", {"label": label, "value": text}, "count")
    n = int(m.group(1))
    if not 1 <= n <= 100000:
        raise RuleViolation("number.range", {"label": label, "hi": 100000}, "count")
    return n


_RANGE_SEP = re.compile(r"\s*(?:-|–|—|~|～|〜|至|到)\s*")
_LIST_SEP = re.compile(r"[,，、;；/\s]+")


def parse_copy_numbers(value: object) -> list[int]:
    """``3-5``, ``3～5``, ``0003至0005``, ``3、4、5``, ``第3份``, full-width digits."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = fold_all(value).replace("第", "").replace("份", "").replace("号", "")
    text = _RANGE_SEP.sub("-", text)
    parts = [p for p in _LIST_SEP.split(text) if p]
    if not parts:
        raise RuleViolation("copy_numbers.required", None, "copy_numbers")
    numbers: list[int] = []
    for part in parts:
        bounds = part.split("-")
        if len(bounds) > 2 or not all(b.isdigit() and len(b) <= 6 for b in bounds):
            raise RuleViolation("copy_numbers.unreadable", {"part": part}, "copy_numbers")
        lo, hi = int(bounds[0]), int(bounds[-1])
        if lo <= 0 or hi < lo:
            raise RuleViolation("copy_numbers.range", {"part": part}, "copy_numbers")
        if hi - lo + 1 + len(numbers) > MAX_COPIES:
            raise RuleViolation("copy_numbers.too_many", {"max": MAX_COPIES}, "copy_numbers")
        numbers.extend(range(lo, hi + 1))
    if len(set(numbers)) != len(numbers):
        dupes = sorted({n for n in numbers if numbers.count(n) > 1})
        raise RuleViolation("copy_numbers.repeated", {"dupes": dupes}, "copy_numbers")
    return numbers


def parse_codes(value: object) -> list[str]:
    """Barcodes in one cell: one, or several separated by 、 , ; or blanks."""
    return [c for c in _LIST_SEP.split(fold_all(value)) if c]
