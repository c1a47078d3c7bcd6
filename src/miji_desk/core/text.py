"""Cleaning of typed and scanned text: NFC, no control characters, only printable characters,
bounded length."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import cache

from .errors import RuleViolation

SHORT = 200  # names, 文号, places
LONG = 2000  # titles, scopes, notes


@cache
def _ranges() -> tuple[list[int], tuple[tuple[int, int, int], ...]]:
    """The printable table, parsed at the first check rather than at import (the unlock
    screen imports this module and checks nothing)."""
    from .printable import RANGES

    return [first for first, _last, _font in RANGES], RANGES


def printable(ch: str) -> bool:
    """Whether the shipped fonts can print ``ch`` (the table printing/fonts.py draws with)."""
    starts, ranges = _ranges()
    code = ord(ch)
    i = bisect_right(starts, code) - 1
    return i >= 0 and code <= ranges[i][1]


def clean(value: str | None, *, label: str, field: str, limit: int = SHORT,
          required: bool = False, multiline: bool = False) -> str:
    """Return ``value`` in NFC with surrounding blanks removed, or refuse it.

    Control characters are refused rather than dropped: a silent change of what the clerk typed
    would be a silent change of the ledger. So is any character the shipped fonts cannot print
    (a rare ideograph beyond CJK Extension G, a private-use or unassigned code point, an emoji):
    it would vanish from every register, label and manifest.
    """
    text = unicodedata.normalize("NFC", value or "").strip()
    if required and not text:
        raise RuleViolation("form.required", {"label": label}, field)
    for ch in text:
        if ch in "\n\t" and multiline:
            continue
        cat = unicodedata.category(ch)
        # Cf: invisible format characters (zero-width spaces, BOM, bidi overrides such as
        # U+202E) make two entries that print alike differ, or print text in another order.
        if cat in ("Cc", "Cf", "Cs") or ch in "\u2028\u2029":
            raise RuleViolation(
                "text.control_character", {"label": label, "codepoint": ord(ch)}, field)
        if not printable(ch):  # also private-use (Co) and unassigned (Cn) code points
            raise RuleViolation(
                "text.unprintable", {"label": label, "char": ch, "codepoint": ord(ch)}, field)
    if len(text) > limit:
        raise RuleViolation(
            "text.too_long", {"label": label, "limit": limit, "count": len(text)}, field)
    return text
