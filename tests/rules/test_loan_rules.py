"""Loan rules (篇四 (二)): a loan is approved by a leader, on paper with its reference, checked
exactly like copying and destruction; never by the clerk and never by the borrower."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.loans import LoanForm, lend
from tests.core.custody_support import make_staff, register
from tests.factories import NOW
from tests.vault_fixtures import clock, store, vault, vault_path

from .rules_a_support import refused, statuses

__all__ = ["clock", "store", "vault", "vault_path"]


@pytest.fixture
def staff(vault):
    return make_staff(vault)


@pytest.fixture
def doc(vault):
    return register(vault, scope="办公室主任、院领导")


def form(who, codes, **kw: object) -> LoanForm:
    values: dict[str, object] = dict(borrower=who.badge, carriers=list(codes), purpose="起草报告",
                                     approver="刘院长", approved_on=NOW.date(),
                                     approval_ref="借审〔2026〕7号")
    values.update(kw)
    return LoanForm(**values)  # type: ignore[arg-type]


def test_rule_loan_requires_leader_approval(vault, staff, doc) -> None:
    """篇四 (二): a loan "approved" by the clerk herself, with no reference, is refused; so is
    one without a reference or date, and one in the future. The carrier stays in store."""
    code = doc.barcodes[0]
    with refused(vault, "form.required", "approval_ref"):
        lend(vault, form(staff.director, [code], approver="王小明", approval_ref=""))
    with refused(vault, "approval.clerk_approves", "approver"):
        lend(vault, form(staff.director, [code], approver="王小明"))
    with refused(vault, "form.required", "approval_ref"):
        lend(vault, form(staff.director, [code], approval_ref=""))
    with refused(vault, "approval.date_required", "approved_on"):
        lend(vault, form(staff.director, [code], approved_on=None))
    with refused(vault, "approval.date_future", "approved_on"):
        lend(vault, form(staff.director, [code], approved_on=NOW.date() + dt.timedelta(days=1)))
    assert statuses(vault, [doc.carrier_ids[0]]) == ["in_store"]
    lend(vault, form(staff.director, [code]))
    assert statuses(vault, [doc.carrier_ids[0]]) == ["on_loan"]


def test_rule_loan_take_out_needs_its_own_approval(vault, staff, doc) -> None:
    """篇一 7; 篇四 (二): taking a carrier out of the 机要室 is approved separately, with the same
    check: the take-out approval needs its reference and is never the clerk's."""
    code = doc.barcodes[0]
    out = dict(take_out=True, place="会议室", take_out_approver="刘院长",
               take_out_approved_on=NOW.date())
    with refused(vault, "form.required", "take_out_ref"):
        lend(vault, form(staff.director, [code], **out))
    with refused(vault, "approval.clerk_approves", "take_out_approver"):
        lend(vault, form(staff.director, [code], **{**out, "take_out_approver": "王 小明",
                                                    "take_out_ref": "带审1号"}))
    assert statuses(vault, [doc.carrier_ids[0]]) == ["in_store"]
