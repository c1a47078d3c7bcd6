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
        raise RuleViolation("条码只能包含 4–40 个英文字母、数字或符号（不含空格和汉字）。",
                            "barcode")
    if is_badge(code):
        raise RuleViolation(f"{code} 的格式留给人员证件（{BADGE_PREFIX} 开头），不能用作载体条码。",
                            "barcode")
    m = _OWN.match(code)
    if m and luhn_digit(m.group(1)) != int(m.group(2)):
        raise RuleViolation(f"条码 {code} 的校验位不对，可能是输错或扫错了。", "barcode")
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
            raise RuleViolation(f"{code} 是载体条码，这里要扫人员证件。", "badge")
        raise RuleViolation(f"{code} 不是人员证件条码（应为 {BADGE_PREFIX} 加 9 位数字）。",
                            "badge")
    if luhn_digit(m.group(1)) != int(m.group(2)):
        raise RuleViolation(f"证件条码 {code} 的校验位不对，可能是输错或扫错了。", "badge")
    return code
