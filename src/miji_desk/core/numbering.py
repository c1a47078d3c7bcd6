"""Human numbers (编号) and copy numbers (份号)."""

from __future__ import annotations

import re
import string

from .carriers import Register
from .errors import RuleViolation

DEFAULT_FORMAT = "{year}-{reg}-{seq:04d}"
_ALLOWED_FIELDS = {"year", "reg", "seq"}
# Format specs that keep a number a plain, short, printable string: {seq:04d}, {year}.
_SPEC = {"seq": re.compile(r"(0[1-9])?d?"), "year": re.compile(r"d?"), "reg": re.compile(r"")}
# The one character each register puts in its numbers: 2026-收-0003.
REGISTER_ABBR = {Register.INCOMING: "收", Register.OUTGOING: "发", Register.MEDIA: "介",
                 Register.COPY: "复"}
MAX_COPIES = 1000  # copies in one registration; a larger run is registered in parts


def check_format(fmt: str) -> str:
    """A numbering format must contain {seq} and only the known fields."""
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(fmt) if f is not None}
        fmt.format(year=2026, reg="收", seq=1)
    except (ValueError, KeyError, IndexError):
        raise RuleViolation("number_format.unreadable", {"fmt": fmt}, "number_format") from None
    if "seq" not in fields or not fields <= _ALLOWED_FIELDS:
        raise RuleViolation("number_format.fields", None, "number_format")
    if "year" not in fields:
        # {seq} starts again at 1 every year: without the year, next year's numbers would
        # repeat this year's.
        raise RuleViolation("number_format.year", None, "number_format")
    for _, name, spec, conversion in string.Formatter().parse(fmt):
        if name is not None and (conversion or not _SPEC.get(name, re.compile("")).fullmatch(
                spec or "")):
            raise RuleViolation(
                "number_format.field", {"name": name, "spec": spec}, "number_format")
    sample = fmt.format(year=2026, reg="收", seq=99999)
    if len(sample) > 40 or not sample.isprintable():
        raise RuleViolation("number_format.result", None, "number_format")
    return fmt


def document_number(fmt: str, register: Register, year: int, seq: int) -> str:
    return check_format(fmt).format(year=year, reg=REGISTER_ABBR[register], seq=seq)


def carrier_number(document_number: str, copy_no: int | None) -> str:
    return document_number if copy_no is None else f"{document_number}-{copy_no:03d}"


_RANGE = re.compile(r"^\s*(\d{1,6})\s*(?:[-–—~～至到]\s*(\d{1,6}))?\s*$")


def parse_copy_numbers(text: str) -> list[int]:
    """``"3-5, 8"`` → ``[3, 4, 5, 8]``; 份号 are unique and positive."""
    parts = [p for p in re.split(r"[,，、;；\s]+", text.strip()) if p]
    if not parts:
        raise RuleViolation("copy_numbers.required", None, "copy_numbers")
    numbers: list[int] = []
    for part in parts:
        m = _RANGE.match(part)
        if not m:
            raise RuleViolation("copy_numbers.unreadable", {"part": part}, "copy_numbers")
        lo = int(m.group(1))
        hi = int(m.group(2) or lo)
        if lo <= 0 or hi < lo:
            raise RuleViolation("copy_numbers.range", {"part": part}, "copy_numbers")
        if hi - lo + 1 + len(numbers) > MAX_COPIES:
            raise RuleViolation("copy_numbers.too_many", {"max": MAX_COPIES}, "copy_numbers")
        numbers.extend(range(lo, hi + 1))
    dupes = sorted({n for n in numbers if numbers.count(n) > 1})
    if dupes:
        raise RuleViolation("copy_numbers.repeated", {"dupes": list(dupes)}, "copy_numbers")
    return numbers


def format_copy_numbers(numbers: list[int]) -> str:
    """The inverse for display: ``[3, 4, 5, 8]`` → ``"3-5, 8"``."""
    out: list[str] = []
    nums = sorted(numbers)
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(out)
