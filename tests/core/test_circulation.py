"""Circulation slips (传阅): one workflow test per rule, on real vaults."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from miji_desk.core import barcodes
from miji_desk.core.carriers import Status
from miji_desk.core.circulation import (
    CirculationForm,
    close_circulation,
    hand_out,
    open_circulation,
    take_back,
)
from miji_desk.core.custody import ReturnCheck, close_incident
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.people import GradeApproval, correct_person
from tests.factories import NOW

from .custody_support import make_staff, refused, register, status

SCOPE = "办公室主任、院领导、综合处全体"


@pytest.fixture
def staff(vault):
    return make_staff(vault)


@pytest.fixture
def doc(vault):
    """机密, 3 copies (份号 3-5), 12 pages."""
    return register(vault, scope=SCOPE)


def slip_for(vault, carriers, readers):
    return open_circulation(vault, CirculationForm(list(carriers), [p.badge for p in readers]))


def last_audit(vault) -> tuple[str, dict]:
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return action, json.loads(detail)


# -- making a slip -----------------------------------------------------------------------------

def test_a_slip_lists_carriers_and_readers_in_order(vault, staff, doc) -> None:
    slip = slip_for(vault, doc.barcodes[:2], [staff.director, staff.dean])
    assert slip.number == "2026-阅-0001"
    view = vault.custody.slip(slip.id)
    assert [c.id for c in view.carriers] == doc.carrier_ids[:2]
    assert [p.name for p in view.readers] == ["张建华", "李国强"]
    assert view.is_open and view.reads == []
    assert last_audit(vault)[0] == "circulation_opened"
    assert vault.ledger.history(doc.carrier_ids[0])[-1].action == "circulation_listed"
    assert status(vault, doc.carrier_ids[0]) == ("in_store", "")  # listed, not yet out


def test_a_reader_above_their_grade_is_refused(vault, staff, doc) -> None:
    with refused(vault, "王小丽是一般涉密人员，只能知悉秘密级及以下"):
        slip_for(vault, doc.barcodes[:1], [staff.director, staff.clerk2])


def test_a_non_classified_reader_is_refused(vault, staff) -> None:
    doc = register(vault, level="confidential", scope=SCOPE)
    with refused(vault, "赵晓不是涉密人员"):
        slip_for(vault, doc.barcodes[:1], [staff.temp])


def test_a_reader_outside_the_scope_is_refused(vault, staff, doc) -> None:
    with refused(vault, "孙立（财务处，主任）不在 .* 的知悉范围"):
        slip_for(vault, doc.barcodes[:1], [staff.outsider])


def test_every_refused_reader_is_named_at_once(vault, staff, doc) -> None:
    with refused(vault, "(?s)王小丽.*孙立") as info:
        slip_for(vault, doc.barcodes[:1], [staff.clerk2, staff.outsider, staff.dean])
    assert "李国强" not in info.value.message


def test_an_empty_scope_is_refused(vault, staff) -> None:
    doc = register(vault, scope="")
    with refused(vault, "没有登记知悉范围"):
        slip_for(vault, doc.barcodes[:1], [staff.dean])


def test_slip_refusals_for_bad_scans(vault, staff, doc) -> None:
    with refused(vault, "扫了两次"):
        slip_for(vault, [doc.barcodes[0], doc.barcodes[0]], [staff.dean])
    with refused(vault, "扫了两次"):
        slip_for(vault, doc.barcodes[:1], [staff.dean, staff.dean])
    with refused(vault, "人员证件，这里要扫载体条码"):
        slip_for(vault, [staff.dean.badge], [staff.dean])
    with refused(vault, "载体条码，这里要扫人员证件"):
        open_circulation(vault, CirculationForm(doc.barcodes[:1], [doc.barcodes[1]]))
    with refused(vault, "没有条码为"):
        slip_for(vault, [barcodes.for_carrier(999)], [staff.dean])
    with refused(vault, "没有登记证件"):
        open_circulation(vault, CirculationForm(doc.barcodes[:1], [barcodes.for_person(999)]))
    with refused(vault, "请扫描传阅人"):
        open_circulation(vault, CirculationForm(doc.barcodes[:1], []))


def test_a_carrier_is_on_one_open_slip_only(vault, staff, doc) -> None:
    first = slip_for(vault, doc.barcodes[:1], [staff.dean])
    with refused(vault, f"已在未结束的传阅单 {first.number}"):
        slip_for(vault, doc.barcodes[:1], [staff.director])


def test_a_carrier_on_loan_cannot_be_put_on_a_slip(vault, staff, doc) -> None:
    lend(vault, LoanForm(staff.dean.badge, doc.barcodes[:1], "审阅", "院长", NOW.date(), "借审1号"))
    with refused(vault, "不在库"):
        slip_for(vault, doc.barcodes[:1], [staff.director])


# -- handing out and taking back -----------------------------------------------------------------

def test_hand_out_to_the_next_reader_and_back(vault, clock, staff, doc) -> None:
    slip = slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    cid = doc.carrier_ids[0]
    out = hand_out(vault, doc.barcodes[0])
    assert out.person == staff.director
    assert out.due == NOW.replace(hour=18, minute=0)  # end of the office day by default
    assert status(vault, cid) == ("circulating", "张建华（办公室）")
    clock.advance(minutes=40)
    back = take_back(vault, f"  {doc.barcodes[0]}\r\n")  # scanner noise around the code
    assert back.next_reader == staff.dean and not back.slip_closed
    assert status(vault, cid) == ("in_store", "")
    hand_out(vault, doc.barcodes[0])
    assert status(vault, cid) == ("circulating", "李国强（院领导）")
    back = take_back(vault, doc.barcodes[0])
    assert back.slip_closed and back.next_reader is None
    view = vault.custody.slip(slip.id)
    assert not view.is_open
    assert [(r.person.name, r.complete) for r in view.reads] == [("张建华", True),
                                                                  ("李国强", True)]
    actions = [h.action for h in vault.ledger.history(cid)]
    assert actions == ["register", "circulation_listed", "circulation_out", "circulation_in",
                       "circulation_out", "circulation_in"]
    assert vault.verify().ok


def test_a_hand_out_while_with_a_reader_is_refused_no_sideways_passing(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    hand_out(vault, doc.barcodes[0], staff.director.badge)
    with refused(vault, "还在张建华（办公室）手中。阅后必须先退回机要员，不得横向传阅"):
        hand_out(vault, doc.barcodes[0], staff.dean.badge)
    with refused(vault, "不得横向传阅"):
        hand_out(vault, doc.barcodes[0])


def test_the_same_hand_out_scan_twice_is_named(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    hand_out(vault, doc.barcodes[0], staff.director.badge)
    with refused(vault, "重复扫描"):
        hand_out(vault, doc.barcodes[0], staff.director.badge)


def test_the_same_return_scan_twice_is_refused(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    hand_out(vault, doc.barcodes[0])
    take_back(vault, doc.barcodes[0])
    with refused(vault, "重复扫描"):
        take_back(vault, doc.barcodes[0])


def test_readers_may_be_taken_out_of_order_but_only_from_the_slip(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    assert hand_out(vault, doc.barcodes[0], staff.dean.badge).person == staff.dean
    take_back(vault, doc.barcodes[0])
    with refused(vault, "李国强已阅过"):
        hand_out(vault, doc.barcodes[0], staff.dean.badge)
    with refused(vault, "不在传阅单 .* 的传阅人之列"):
        hand_out(vault, doc.barcodes[0], staff.clerk2.badge)
    assert hand_out(vault, doc.barcodes[0]).person == staff.director  # the one left


def test_copies_on_one_slip_may_be_with_different_readers_at_once(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:2], [staff.director, staff.dean])
    hand_out(vault, doc.barcodes[0], staff.director.badge)
    hand_out(vault, doc.barcodes[1], staff.dean.badge)
    out = vault.custody.out_now()
    assert {(ln.carrier.id, ln.person.name) for ln in out} == {
        (doc.carrier_ids[0], "张建华"), (doc.carrier_ids[1], "李国强")}


def test_hand_out_rechecks_the_reader(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director])
    correct_person(vault, staff.director.id, "grade", "一般", "岗位调整",
                   GradeApproval("人事处", "刘局长"))
    with refused(vault, "只能知悉秘密级及以下"):
        hand_out(vault, doc.barcodes[0])


def test_hand_out_needs_a_slip(vault, staff, doc) -> None:
    with refused(vault, "不在任何未结束的传阅单上"):
        hand_out(vault, doc.barcodes[0], staff.dean.badge)


def test_a_carrier_on_loan_is_not_handed_out(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director])
    lend(vault, LoanForm(staff.dean.badge, doc.barcodes[:1], "审阅", "院长", NOW.date(), "借审1号"))
    with refused(vault, "已借出给李国强"):
        hand_out(vault, doc.barcodes[0])
    with refused(vault, "是借出，不是传阅"):
        take_back(vault, doc.barcodes[0])


def test_returning_what_is_not_circulating_is_refused(vault, staff, doc) -> None:
    with refused(vault, "不在传阅中"):
        take_back(vault, doc.barcodes[0])


def test_due_time_setting_and_after_hours(vault, clock, staff, doc) -> None:
    with vault.transaction() as tx:
        tx.set_meta("due_time.circulation", "17:30")
        tx.audit("settings_changed", [], {"due_time.circulation": "17:30"})
    slip_for(vault, doc.barcodes[:2], [staff.director])
    assert hand_out(vault, doc.barcodes[0]).due == NOW.replace(hour=17, minute=30)
    clock.set(NOW.replace(hour=19))
    assert hand_out(vault, doc.barcodes[1]).due == NOW.replace(hour=23, minute=59, second=59)


def test_explicit_due_time_is_checked(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director])
    with refused(vault, "晚于现在"):
        hand_out(vault, doc.barcodes[0], due=NOW - dt.timedelta(minutes=1))
    # 篇九 (四): the same day, by the unit's due time (18:00), never days later.
    with refused(vault, "当天归还"):
        hand_out(vault, doc.barcodes[0], due=NOW + dt.timedelta(days=31))
    with refused(vault, "当天归还"):
        hand_out(vault, doc.barcodes[0], due=NOW + dt.timedelta(days=1))
    assert hand_out(vault, doc.barcodes[0], due=NOW.replace(hour=17)).due == \
        NOW.replace(hour=17)


def test_incomplete_return_opens_an_incident_and_blocks_the_next_hand_out(vault, staff) -> None:
    doc = register(vault, scope=SCOPE, attachments="附件2份")
    slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    hand_out(vault, doc.barcodes[0])
    back = take_back(vault, doc.barcodes[0], ReturnCheck(attachments_complete=False))
    assert back.incident_id is not None
    assert status(vault, doc.carrier_ids[0]) == ("in_store", "")  # physically back
    [inc] = vault.custody.incidents()
    assert "附件不全" in inc.description and "附件2份" in inc.description
    assert inc.person == staff.director
    with refused(vault, "有未结案的异常"):
        hand_out(vault, doc.barcodes[0])
    close_incident(vault, inc.id, "附件在张建华办公桌上找回，已核对")
    assert vault.custody.incidents() == []
    assert hand_out(vault, doc.barcodes[0]).person == staff.dean
    actions = [h.action for h in vault.ledger.history(doc.carrier_ids[0])]
    assert "incident_opened" in actions and "incident_closed" in actions


def test_closing_a_slip_early(vault, staff, doc) -> None:
    slip = slip_for(vault, doc.barcodes[:1], [staff.director, staff.dean])
    hand_out(vault, doc.barcodes[0])
    with refused(vault, "还有载体未退回"):
        close_circulation(vault, slip.id, "李国强出差")
    take_back(vault, doc.barcodes[0])
    with refused(vault, "结束原因"):
        close_circulation(vault, slip.id, "")
    close_circulation(vault, slip.id, "李国强出差")
    view = vault.custody.slip(slip.id)
    assert not view.is_open and view.close_note == "李国强出差"
    assert "未阅：李国强" in vault.ledger.history(doc.carrier_ids[0])[-1].note
    with refused(vault, "已经结束"):
        close_circulation(vault, slip.id, "再次")
    with refused(vault, "不在任何未结束的传阅单上"):
        hand_out(vault, doc.barcodes[0])
    # Once closed, the carrier can go on a new slip.
    slip_for(vault, doc.barcodes[:1], [staff.dean])


def test_terminal_and_held_carriers_are_refused(vault, staff, doc) -> None:
    for cid, col, value in ((doc.carrier_ids[0], "status", Status.DESTROYED.value),
                            (doc.carrier_ids[1], "held", 1)):
        with vault.transaction() as tx:
            tx.update_carrier(cid, {col: value})
            tx.audit("test_setup", [cid], {})
    with refused(vault, "已销毁，不能传阅"):
        slip_for(vault, doc.barcodes[:1], [staff.dean])
    with refused(vault, "已冻结"):
        slip_for(vault, doc.barcodes[1:2], [staff.dean])


def test_lines_close_once_and_are_never_deleted(vault, staff, doc) -> None:
    slip_for(vault, doc.barcodes[:1], [staff.director])
    hand_out(vault, doc.barcodes[0])
    with pytest.raises(Exception, match="never changes"):
        vault.conn.execute("UPDATE circulation_read SET person_id = ?", (staff.dean.id,))
    with pytest.raises(Exception, match="UNIQUE"):  # a second open hand-out of one carrier
        vault.conn.execute(
            "INSERT INTO circulation_read(circulation_id, carrier_id, person_id, out_at, due_at,"
            " out_audit_seq) VALUES (1, ?, ?, 'x', 'y', 1)", (doc.carrier_ids[0],
                                                              staff.director.id))
    take_back(vault, doc.barcodes[0])
    with pytest.raises(Exception, match="closed line"):
        vault.conn.execute("UPDATE circulation_read SET return_note = 'x'")
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute("DELETE FROM circulation_read")
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute("DELETE FROM circulation_reader")
