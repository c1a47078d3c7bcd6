from __future__ import annotations

import pytest

from miji_desk.core import barcodes
from miji_desk.core.carriers import Register
from miji_desk.core.errors import RuleViolation
from miji_desk.core.numbering import (
    carrier_number,
    check_format,
    document_number,
    format_copy_numbers,
    parse_copy_numbers,
)


def test_document_and_carrier_numbers():
    n = document_number("{year}-{reg}-{seq:04d}", Register.INCOMING, 2026, 3)
    assert n == "2026-收-0003"
    assert carrier_number(n, 4) == "2026-收-0003-004"
    assert carrier_number("2026-介-0001", None) == "2026-介-0001"


@pytest.mark.parametrize("fmt", ["{year}", "{seq}{name}", "{seq", "{0}"])
def test_bad_number_formats(fmt):
    with pytest.raises(RuleViolation):
        check_format(fmt)


@pytest.mark.parametrize(("text", "numbers"), [
    ("3", [3]), ("3-5", [3, 4, 5]), ("3-5, 8", [3, 4, 5, 8]), ("1，2、7至9", [1, 2, 7, 8, 9]),
])
def test_copy_numbers(text, numbers):
    assert parse_copy_numbers(text) == numbers
    assert parse_copy_numbers(format_copy_numbers(numbers)) == numbers


@pytest.mark.parametrize("text", ["", "0", "5-3", "a", "1,1", "2-3,3", "1-2000"])
def test_bad_copy_numbers(text):
    with pytest.raises(RuleViolation):
        parse_copy_numbers(text)


def test_generated_barcodes_carry_a_check_digit():
    code = barcodes.for_carrier(12345)
    assert code == "MJ00012345" + str(barcodes.luhn_digit("00012345"))
    assert barcodes.check(code) == code
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    with pytest.raises(RuleViolation, match="校验位"):
        barcodes.check(wrong)


@pytest.mark.parametrize("code", ["abc", "有中文1234", "has space", "x" * 41])
def test_unusable_barcodes(code):
    with pytest.raises(RuleViolation):
        barcodes.check(code)
