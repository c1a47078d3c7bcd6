"""Holds (冻结): set and lifted with reason and reference, audited, shown in the ledger."""

from __future__ import annotations

import json

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.holds import lift_hold, place_hold
from miji_desk.core.loans import LoanForm, lend
from miji_desk.vault.connection import DatabaseError
from tests.factories import NOW

from .custody_support import make_staff
from .disposition_support import actions, force, last_audit, refused, register


@pytest.fixture
def doc(vault):
    return register(vault)


def test_a_hold_is_set_with_its_reason_and_reference_and_shown(vault, doc) -> None:
    ids = place_hold(vault, [doc.barcodes[0], doc.carrier_ids[1]], "泄密线索调查",
                     "保调〔2026〕1号")
    assert len(ids) == 2
    view = vault.carrier(doc.carrier_ids[0])
    assert view.held and view.status is Status.IN_STORE  # a flag beside the status
    assert not vault.carrier(doc.carrier_ids[2]).held
    hold = vault.disposition.hold_of(doc.carrier_ids[0])
    assert (hold.reason, hold.reference, hold.lifted_at) == ("泄密线索调查", "保调〔2026〕1号",
                                                             None)
    entry = vault.ledger.history(doc.carrier_ids[0])[-1]
    assert (entry.action, entry.approval_ref, entry.note) == ("hold", "保调〔2026〕1号",
                                                              "泄密线索调查")
    action, detail = last_audit(vault)
    assert action == "hold" and json.loads(detail)["reason"] == "泄密线索调查"
    assert [h.carrier_id for h in vault.disposition.open_holds()] == doc.carrier_ids[:2]


def test_a_hold_needs_a_reason(vault, doc) -> None:
    with refused(vault, "请填写冻结原因", "reason"):
        place_hold(vault, [doc.carrier_ids[0]], " ")


def test_a_carrier_is_held_once_at_a_time(vault, doc) -> None:
    place_hold(vault, [doc.carrier_ids[0]], "核查")
    with refused(vault, "已经冻结（核查）", "carriers"):
        place_hold(vault, [doc.carrier_ids[1], doc.carrier_ids[0]], "再查")


@pytest.mark.parametrize("state", [Status.DESTROYED, Status.SENT, Status.RETURNED,
                                   Status.HANDED_OVER])
def test_a_carrier_that_has_left_cannot_be_held(vault, doc, state: Status) -> None:
    force(vault, doc.carrier_ids[0], status=state.value)
    with refused(vault, "不能冻结", "carriers"):
        place_hold(vault, [doc.carrier_ids[0]], "核查")


def test_a_carrier_out_can_be_held_during_an_investigation(vault, doc) -> None:
    force(vault, doc.carrier_ids[0], status=Status.ON_LOAN.value, holder="张建华")
    place_hold(vault, [doc.carrier_ids[0]], "核查")
    assert vault.carrier(doc.carrier_ids[0]).held


def test_lifting_needs_a_note_and_keeps_the_whole_history(vault, doc) -> None:
    place_hold(vault, [doc.carrier_ids[0]], "核查", "函1")
    with refused(vault, "请填写解除说明", "note"):
        lift_hold(vault, [doc.carrier_ids[0]], "")
    with refused(vault, "没有冻结", "carriers"):
        lift_hold(vault, [doc.carrier_ids[1]], "查清")
    lift_hold(vault, [doc.carrier_ids[0]], "查无问题")
    assert not vault.carrier(doc.carrier_ids[0]).held
    assert vault.disposition.hold_of(doc.carrier_ids[0]) is None
    assert last_audit(vault)[0] == "hold_lifted"
    place_hold(vault, [doc.carrier_ids[0]], "复查", "函2")
    holds = vault.disposition.holds_of(doc.carrier_ids[0])
    assert [(h.reason, h.lift_note) for h in holds] == [("核查", "查无问题"), ("复查", "")]
    assert actions(vault, doc.carrier_ids[0])[-3:] == ["hold", "hold_lifted", "hold"]


def test_a_held_carrier_is_not_lent(vault) -> None:
    staff = make_staff(vault)
    doc = register(vault, scope="办公室主任、院领导")
    place_hold(vault, [doc.carrier_ids[0]], "核查")
    with refused(vault, "已冻结"):
        lend(vault, LoanForm(borrower=staff.director.badge, carriers=doc.barcodes[:1],
                             purpose="阅", approver="刘院长", approved_on=NOW.date(),
                             approval_ref="借审1号"))


def test_holds_are_never_rewritten_or_deleted(vault, doc) -> None:
    place_hold(vault, [doc.carrier_ids[0]], "核查")
    lift_hold(vault, [doc.carrier_ids[0]], "查清")
    for sql in ("DELETE FROM hold", "UPDATE hold SET reason = 'x'",
                "UPDATE hold SET lift_note = 'y'"):
        with pytest.raises(DatabaseError):
            vault.conn.execute(sql)
