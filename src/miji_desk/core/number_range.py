"""A range of 编号, as the clerk asks for labels: "2026-收-0001 to 2026-收-0010".

Numbers compare as text (formats pad their sequence: ``{seq:04d}``), and a range that ends at a
registration's number includes every copy of it: ``2026-收-0010`` covers ``2026-收-0010-003``.
Numbers themselves contain ``-``, so the typed form ``FROM-TO`` is split where both halves have
the same shape; ``~``, ``..``, ``至`` or ``到`` separate unambiguously.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from .errors import RuleViolation

COPY_SEPARATOR = "-"  # numbering.carrier_number joins a registration's number and 份号 with it
_EXPLICIT = re.compile(r"\s*(?:~|～|\.\.|至|到|—|–)\s*")
MAX_NUMBER = 80  # the vault's limit on a carrier number


@dataclass(frozen=True)
class NumberRange:
    first: str
    last: str

    def __post_init__(self) -> None:
        if not self.first or not self.last:
            raise RuleViolation("range.ends_required", None, "numbers")
        if len(self.first) > MAX_NUMBER or len(self.last) > MAX_NUMBER:
            raise RuleViolation("range.too_long", None, "numbers")
        if self.first > self.last:
            raise RuleViolation(
                "range.reversed", {"first": self.first, "last": self.last}, "numbers")

    @property
    def upper_bound(self) -> str:
        """The greatest text in the range: ``last`` followed by any copy suffix."""
        return self.last + COPY_SEPARATOR + chr(0x10FFFF)

    def __contains__(self, number: object) -> bool:
        return isinstance(number, str) and self.first <= number <= self.upper_bound

    def describe(self) -> str:
        return self.first if self.first == self.last else f"{self.first} 至 {self.last}"


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def parse_number_range(text: str, is_number: Callable[[str], bool] | None = None) -> NumberRange:
    """``"A~B"``, ``"A 至 B"``, ``"A-B"`` (halves of equal shape) or a single number ``"A"``.

    ``is_number`` (e.g. a vault lookup) lets a single number that itself has an odd number of
    dashes, like ``2026-收-0003-001``, be taken as one number rather than split.
    """
    raw = _clean(text)
    if not raw:
        raise RuleViolation("range.required", None, "numbers")
    parts = _EXPLICIT.split(raw)
    if len(parts) == 2:
        return NumberRange(_clean(parts[0]), _clean(parts[1]))
    if len(parts) > 2:
        raise RuleViolation("range.unreadable", {"raw": raw}, "numbers")
    if is_number is not None and is_number(raw):
        return NumberRange(raw, raw)
    dashes = [i for i, ch in enumerate(raw) if ch == "-"]
    if len(dashes) % 2 == 1:  # A-B where A and B have the same number of dashes
        cut = dashes[len(dashes) // 2]
        first, last = raw[:cut].strip(), raw[cut + 1:].strip()
        if first.count("-") == last.count("-") and first and last:
            return NumberRange(first, last)
    if is_number is None or not dashes:
        return NumberRange(raw, raw)
    raise RuleViolation("range.not_found", {"raw": raw}, "numbers")
