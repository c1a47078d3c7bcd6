"""Printing and exporting are audited, and the 编号 ranges labels are printed for."""

from __future__ import annotations

import json

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.number_range import NumberRange, parse_number_range
from miji_desk.core.printing_audit import record_print


def audit_rows(vault) -> list[tuple[str, list[int], dict]]:
    return [(a, json.loads(i), json.loads(d)) for a, i, d in vault.conn.execute(
        "SELECT action, carrier_ids, detail FROM audit_event ORDER BY seq")]


@pytest.mark.parametrize(("action", "audited"), [
    ("print", "print"), ("export", "export_pdf"), ("labels", "print_labels")])
def test_one_audit_event_per_print_job(vault, action, audited):
    before = len(audit_rows(vault))
    seq = record_print(vault, "收文登记簿", action, "密级：机密", 3, [7, 5, 7],
                       checkpoint="4-ABCD-EF01")
    rows = audit_rows(vault)
    assert len(rows) == before + 1 and seq == vault.audit_head().seq
    assert rows[-1] == (audited, [5, 7], {"what": "收文登记簿", "filter": "密级：机密",
                                          "pages": 3, "checkpoint": "4-ABCD-EF01"})
    assert vault.verify().ok


def test_unknown_action_or_negative_pages_write_nothing(vault):
    before = len(audit_rows(vault))
    with pytest.raises(ValueError):
        record_print(vault, "x", "fax", "", 1)  # type: ignore[arg-type]
    with pytest.raises(RuleViolation):
        record_print(vault, "x", "print", "", -1)
    assert len(audit_rows(vault)) == before


@pytest.mark.parametrize(("text", "first", "last"), [
    ("2026-收-0001~2026-收-0010", "2026-收-0001", "2026-收-0010"),
    (" 2026-收-0001 至 2026-收-0010 ", "2026-收-0001", "2026-收-0010"),
    ("2026-收-0001..2026-收-0010", "2026-收-0001", "2026-收-0010"),
    ("2026-收-0001-2026-收-0010", "2026-收-0001", "2026-收-0010"),
    ("2026-收-0001-001-2026-收-0001-003", "2026-收-0001-001", "2026-收-0001-003"),
    ("收0001-收0010", "收0001", "收0010"),
    ("2026-收-0003", "2026-收-0003", "2026-收-0003"),
])
def test_parse_number_range(text, first, last):
    assert parse_number_range(text) == NumberRange(first, last)


def test_a_single_number_with_a_copy_suffix_is_kept_whole_when_it_exists():
    exists = {"2026-收-0003-001"}.__contains__
    assert parse_number_range("2026-收-0003-001", exists) == NumberRange("2026-收-0003-001",
                                                                        "2026-收-0003-001")
    with pytest.raises(RuleViolation, match="找不到编号"):
        parse_number_range("2026-收-0009", exists)


@pytest.mark.parametrize("text", ["", "   ", "a~b~c", "2026-收-0010~2026-收-0001"])
def test_bad_ranges_are_refused(text):
    with pytest.raises(RuleViolation):
        parse_number_range(text)


def test_a_range_ending_at_a_registration_includes_its_copies():
    r = NumberRange("2026-收-0002", "2026-收-0005")
    assert "2026-收-0005-003" in r and "2026-收-0002" in r and "2026-收-0002-001" in r
    assert "2026-收-0001-009" not in r and "2026-收-0006" not in r and "2026-收-00050" not in r
    assert r.describe() == "2026-收-0002 至 2026-收-0005"
    assert NumberRange("A", "A").describe() == "A"
