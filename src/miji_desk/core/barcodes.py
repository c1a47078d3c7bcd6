"""Carrier barcodes: short ASCII codes that Code128 prints compactly and scanners read back.

Generated codes are ``MJ`` + the carrier id in 8 digits + one check digit (Luhn), so a mistyped
code is caught before it reaches the ledger. Media that already carry a code may keep it.
"""

from __future__ import annotations

import re

from .errors import RuleViolation

PREFIX = "MJ"
_OWN = re.compile(r"^MJ(\d{8})(\d)$")
# Printable ASCII without space: what Code128 and every scanner share.
_ANY = re.compile(r"^[!-~]{4,40}$")


def luhn_digit(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def for_carrier(carrier_id: int) -> str:
    if not 0 < carrier_id < 10**8:
        raise ValueError(carrier_id)
    body = f"{carrier_id:08d}"
    return f"{PREFIX}{body}{luhn_digit(body)}"


def is_generated(code: str) -> bool:
    """True for a code in the form this ledger generates for its own carriers."""
    return _OWN.match(code.strip()) is not None


def check(code: str) -> str:
    """Return the code if acceptable for the ledger, else refuse it with the reason."""
    code = code.strip()
    if not _ANY.match(code):
        raise RuleViolation("barcode.bad_characters", None, "barcode")
    if is_badge(code):
        raise RuleViolation(
            "barcode.badge_format", {"code": code, "BADGE_PREFIX": BADGE_PREFIX}, "barcode")
    m = _OWN.match(code)
    if m and luhn_digit(m.group(1)) != int(m.group(2)):
        raise RuleViolation("barcode.bad_check_digit", {"code": code}, "barcode")
    return code


# Person badges (人员证件): ``RY`` + the person id in 8 digits + a Luhn digit, so a scan tells a
# person from a carrier before anything is looked up.
BADGE_PREFIX = "RY"
_BADGE = re.compile(r"^RY(\d{8})(\d)$")


def for_person(person_id: int) -> str:
    if not 0 < person_id < 10**8:
        raise ValueError(person_id)
    body = f"{person_id:08d}"
    return f"{BADGE_PREFIX}{body}{luhn_digit(body)}"


def is_badge(code: str) -> bool:
    """Shaped like a badge (the check digit is checked by ``check_badge``)."""
    return _BADGE.match(code.strip()) is not None


def check_badge(code: str) -> str:
    code = code.strip()
    m = _BADGE.match(code)
    if m is None:
        if _OWN.match(code):
            raise RuleViolation("badge.is_carrier", {"code": code}, "badge")
        raise RuleViolation(
            "badge.bad_format", {"code": code, "BADGE_PREFIX": BADGE_PREFIX}, "badge")
    if luhn_digit(m.group(1)) != int(m.group(2)):
        raise RuleViolation("badge.bad_check_digit", {"code": code}, "badge")
    return code
