"""Cleaning of typed and scanned text: NFC, no control characters, bounded length."""

from __future__ import annotations

import unicodedata

from .errors import RuleViolation

SHORT = 200  # names, 文号, places
LONG = 2000  # titles, scopes, notes


def clean(value: str | None, *, label: str, field: str, limit: int = SHORT,
          required: bool = False, multiline: bool = False) -> str:
    """Return ``value`` in NFC with surrounding blanks removed, or refuse it.

    Control characters are refused rather than dropped: a silent change of what the clerk typed
    would be a silent change of the ledger.
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
        if cat in ("Cc", "Cf", "Cs", "Co", "Cn") or ch in "\u2028\u2029":
            raise RuleViolation(
                "text.control_character", {"label": label, "codepoint": ord(ch)}, field)
    if len(text) > limit:
        raise RuleViolation(
            "text.too_long", {"label": label, "limit": limit, "count": len(text)}, field)
    return text
