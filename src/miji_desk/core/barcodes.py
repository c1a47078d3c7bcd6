"""Carrier barcodes: short ASCII codes that Code128 prints compactly and scanners read back.

Generated codes are ``MJ`` + the carrier id in 8 digits + one check digit (Luhn), so a mistyped
code is caught before it reaches the ledger. Media that already carry a code may keep it.
"""

from __future__ import annotations

import re

from .errors import RuleViolation

PREFIX = "MJ"
_OWN = re.compile(r"^MJ(\d{8})(\d)$")
_ANY = re.compile(r"^[!-~]{4,40}$")  # printable ASCII without space: what Code128 and scanners share


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


def check(code: str) -> str:
    """Return the code if acceptable for the ledger, else refuse it with the reason."""
    code = code.strip()
    if not _ANY.match(code):
        raise RuleViolation("条码只能包含 4–40 个英文字母、数字或符号（不含空格和汉字）。",
                            "barcode")
    m = _OWN.match(code)
    if m and luhn_digit(m.group(1)) != int(m.group(2)):
        raise RuleViolation(f"条码 {code} 的校验位不对，可能是输错或扫错了。", "barcode")
    return code
