"""Borrowing (借阅) and what is out: one workflow test per rule, on real vaults."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation
from miji_desk.core.custody import COMPLETE, ReturnCheck, close_incident
from miji_desk.core.holdings import OutKind
from miji_desk.core.loans import LoanForm, lend, return_loan
from tests.factories import NOW

from .custody_support import make_staff, refused, register, status

SCOPE = "办公室主任、院领导、综合处全体"


@pytest.fixture
def staff(vault):
    return make_staff(vault)


@pytest.fixture
def doc(vault):
    """机密, 3 copies, 12 pages."""
    return register(vault, scope=SCOPE, attachments="附件1份")


def form(who, codes, **kw) -> LoanForm:
    values: dict[str, object] = dict(borrower=who.badge, carriers=list(codes), purpose="起草报告",
                                     approver="刘院长", approved_on=NOW.date(),
                                     approval_ref="借审〔2026〕7号")
    values.update(kw)
    return LoanForm(**values)  # type: ignore[arg-type]


def set_meta(vault, key: str, value: str) -> None:
    with vault.transaction() as tx:
        tx.set_meta(key, value)
        tx.audit("settings_changed", [], {key: value})


# -- lending -----------------------------------------------------------------------------------

def test_lend_two_scans_records_approval_and_place(vault, staff, doc) -> None:
    lent = lend(vault, form(staff.director, doc.barcodes[:2]))
    assert [ln.number for ln in lent.lines] == ["2026-借-0001", "2026-借-0002"]
    assert lent.due == NOW.replace(hour=18, minute=0)
    for cid in doc.carrier_ids[:2]:
        assert status(vault, cid) == ("on_loan", "张建华（办公室）")
    view = vault.custody.loan(lent.lines[0].id)
    assert (view.approver, view.approval_ref, view.approved_on) == ("刘院长", "借审〔2026〕7号",
                                                                    NOW.date())
    assert view.place == "机要室" and not view.take_out and view.returned_at is None
    entry = vault.ledger.history(doc.carrier_ids[0])[-1]
    assert (entry.action_label, entry.approval_ref) == ("借出", "借审〔2026〕7号")
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "lend" and len(json.loads(detail)["loans"]) == 2  # one audit event


def test_return_with_complete_check_closes_the_line(vault, clock, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    clock.advance(hours=2)
    back = return_loan(vault, doc.barcodes[0], ReturnCheck(pages_counted=12))
    assert back.incident_id is None and not back.overdue
    assert status(vault, doc.carrier_ids[0]) == ("in_store", "")
    view = vault.custody.loan(back.loan_id)
    assert view.returned_at == NOW + dt.timedelta(hours=2) and view.complete
    assert view.pages_counted == 12
    assert vault.custody.out_now() == []
    assert vault.verify().ok


def test_a_shortfall_opens_an_incident_instead_of_closing_silently(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    back = return_loan(vault, doc.barcodes[0], ReturnCheck(pages_counted=10,
                                                           attachments_complete=False,
                                                           note="缺第5、6页"))
    assert back.incident_id is not None
    assert status(vault, doc.carrier_ids[0]) == ("in_store", "")
    [inc] = vault.custody.incidents()
    assert inc.kind_label == "归还不全" and inc.person == staff.director
    for part in ("登记 12 页，清点 10 页", "附件不全", "附件1份", "缺第5、6页", "2026-借-0001"):
        assert part in inc.description
    assert vault.custody.loan(back.loan_id).complete is False
    with refused(vault, "有未结案的异常"):
        lend(vault, form(staff.dean, doc.barcodes[:1]))
    with refused(vault, "处理结果"):
        close_incident(vault, inc.id, " ")
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute("DELETE FROM incident")
    close_incident(vault, inc.id, "缺页已找回并装订")
    with refused(vault, "已于"):
        close_incident(vault, inc.id, "再次")
    [closed] = vault.custody.incidents(open_only=False)
    assert closed.resolution == "缺页已找回并装订" and closed.closed_at is not None
    lend(vault, form(staff.dean, doc.barcodes[:1]))


def test_pages_marked_incomplete_without_count(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    back = return_loan(vault, doc.barcodes[0], ReturnCheck(pages_complete=False))
    assert back.incident_id is not None
    assert "页面不全" in vault.custody.incidents()[0].description


# -- refusals ----------------------------------------------------------------------------------

def test_borrower_above_grade_is_refused(vault, staff, doc) -> None:
    with refused(vault, "王小丽是一般涉密人员"):
        lend(vault, form(staff.clerk2, doc.barcodes[:1]))


def test_borrower_outside_scope_is_refused(vault, staff, doc) -> None:
    with refused(vault, "孙立（财务处，主任）不在"):
        lend(vault, form(staff.outsider, doc.barcodes[:1]))


def test_carrier_already_on_loan_is_refused(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    with refused(vault, "已借给张建华（办公室），尚未归还"):
        lend(vault, form(staff.dean, doc.barcodes[:1]))


def test_the_same_lending_scan_twice_is_refused(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    with refused(vault, "重复扫描"):
        lend(vault, form(staff.director, doc.barcodes[:1]))
    with refused(vault, "重复扫描"):
        lend(vault, form(staff.director, [doc.barcodes[1], doc.barcodes[1]]))


def test_the_same_return_scan_twice_is_refused(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    return_loan(vault, doc.barcodes[0], COMPLETE)
    with refused(vault, "重复扫描"):
        return_loan(vault, doc.barcodes[0], COMPLETE)


def test_returning_a_carrier_that_is_not_out_is_refused(vault, staff, doc) -> None:
    with refused(vault, "没有借出，无需归还"):
        return_loan(vault, doc.barcodes[0], COMPLETE)
    open_circulation(vault, CirculationForm(doc.barcodes[:1], [staff.dean.badge]))
    hand_out(vault, doc.barcodes[0])
    with refused(vault, "是传阅，不是借出"):
        return_loan(vault, doc.barcodes[0], COMPLETE)
    with refused(vault, "正在传阅，在李国强（院领导）手中"):
        lend(vault, form(staff.director, doc.barcodes[:1]))


@pytest.mark.parametrize(("state", "label"), [
    (Status.DESTROYED, "已销毁"), (Status.SENT, "已发出"), (Status.RETURNED, "已清退"),
    (Status.HANDED_OVER, "已移交"), (Status.MISSING, "已登记丢失")])
def test_carriers_gone_are_refused(vault, staff, doc, state: Status, label: str) -> None:
    with vault.transaction() as tx:
        tx.update_carrier(doc.carrier_ids[0], {"status": state.value})
        tx.audit("test_setup", [doc.carrier_ids[0]], {})
    with refused(vault, f"{label}，不能借阅"):
        lend(vault, form(staff.director, doc.barcodes[:1]))


def test_held_carrier_is_refused(vault, staff, doc) -> None:
    with vault.transaction() as tx:
        tx.update_carrier(doc.carrier_ids[0], {"held": 1})
        tx.audit("test_setup", [doc.carrier_ids[0]], {})
    with refused(vault, "已冻结"):
        lend(vault, form(staff.director, doc.barcodes[:1]))


def test_a_filed_carrier_is_lent_and_goes_back_to_its_volume(vault, staff, doc) -> None:
    with vault.transaction() as tx:
        tx.update_carrier(doc.carrier_ids[0], {"status": Status.FILED.value})
        tx.audit("test_setup", [doc.carrier_ids[0]], {})
    lend(vault, form(staff.director, doc.barcodes[:1], place="档案室"))
    return_loan(vault, doc.barcodes[0], COMPLETE)
    assert status(vault, doc.carrier_ids[0]) == ("filed", "")


def test_approval_is_required_and_checked(vault, staff, doc) -> None:
    with refused(vault, "请填写批准人"):
        lend(vault, form(staff.director, doc.barcodes[:1], approver=""))
    with refused(vault, "批准日期不能晚于今天"):
        lend(vault, form(staff.director, doc.barcodes[:1],
                         approved_on=NOW.date() + dt.timedelta(days=1)))
    with refused(vault, "请填写借阅事由"):
        lend(vault, form(staff.director, doc.barcodes[:1], purpose=" "))
    with refused(vault, "不能自己批准"):
        lend(vault, form(staff.director, doc.barcodes[:1], approver="张建华"))


# -- taking out of the office -------------------------------------------------------------------

def take_out(who, codes, **kw) -> LoanForm:
    values: dict[str, object] = dict(take_out=True, place="省厅会议室",
                                     take_out_approver="刘院长", take_out_ref="带出〔2026〕2号",
                                     take_out_approved_on=NOW.date())
    values.update(kw)
    return dataclasses.replace(form(who, codes), **values)  # type: ignore[arg-type]


def test_state_secrets_are_never_taken_out_by_default(vault, staff, doc) -> None:
    with refused(vault, "国家秘密（机密），不准带出"):
        lend(vault, take_out(staff.director, doc.barcodes[:1]))


def test_unit_setting_allows_taking_out_state_secrets(vault, staff, doc) -> None:
    set_meta(vault, "allow_take_out_state_secret", "1")
    lent = lend(vault, take_out(staff.director, doc.barcodes[:1]))
    view = vault.custody.loan(lent.lines[0].id)
    assert view.take_out and view.place == "省厅会议室" and view.take_out_ref == "带出〔2026〕2号"


def test_unit_levels_may_be_taken_out_with_their_own_approval(vault, staff) -> None:
    doc = register(vault, level="internal", scope="综合处", copy_numbers="1")
    lent = lend(vault, take_out(staff.temp, doc.barcodes))  # 非涉密 staff may read 内部
    assert vault.custody.loan(lent.lines[0].id).take_out


def test_taking_out_needs_its_own_approval_and_a_place(vault, staff) -> None:
    doc = register(vault, level="internal", scope="综合处", copy_numbers="1")
    with refused(vault, "请填写带出批准人"):
        lend(vault, take_out(staff.temp, doc.barcodes, take_out_approver=""))
    with refused(vault, "请填写带出批准日期"):
        lend(vault, take_out(staff.temp, doc.barcodes, take_out_approved_on=None))
    with refused(vault, "带往的地点"):
        lend(vault, dataclasses.replace(take_out(staff.temp, doc.barcodes), place=""))


# -- due times and what is out -----------------------------------------------------------------

def test_what_is_out_with_overdue_end_of_day_and_holdings(vault, clock, staff, doc) -> None:
    set_meta(vault, "due_time.loan", "17:00")
    lend(vault, form(staff.director, doc.barcodes[:1]))  # due 17:00 today
    lend(vault, form(staff.dean, doc.barcodes[1:2], due=NOW + dt.timedelta(days=2)))
    open_circulation(vault, CirculationForm(doc.barcodes[2:], [staff.dean.badge]))
    hand_out(vault, doc.barcodes[2])  # due 18:00 today
    out = vault.custody.out_now()
    assert [(ln.carrier.id, ln.kind) for ln in out] == [
        (doc.carrier_ids[0], OutKind.LOAN), (doc.carrier_ids[2], OutKind.CIRCULATION),
        (doc.carrier_ids[1], OutKind.LOAN)]  # earliest due first
    assert out[0].place == "机要室" and out[0].due == NOW.replace(hour=17, minute=0)
    assert vault.custody.overdue(clock.now()) == []
    assert {ln.carrier.id for ln in vault.custody.end_of_day(clock.now())} == {
        doc.carrier_ids[0], doc.carrier_ids[2]}
    clock.set(NOW.replace(hour=17, minute=30))
    assert [ln.carrier.id for ln in vault.custody.overdue(clock.now())] == [doc.carrier_ids[0]]
    assert {ln.carrier.id for ln in vault.custody.holdings(staff.dean.id)} == {
        doc.carrier_ids[1], doc.carrier_ids[2]}
    assert vault.custody.holdings(staff.clerk2.id) == []
    back = return_loan(vault, doc.barcodes[0], COMPLETE)
    assert back.overdue
    assert "逾期" in vault.ledger.history(doc.carrier_ids[0])[-1].note
    assert vault.custody.loan(back.loan_id).overdue(clock.now())


def test_the_loan_register_lists_every_line(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    return_loan(vault, doc.barcodes[0], COMPLETE)
    lend(vault, form(staff.dean, doc.barcodes[:2]))
    assert [ln.number for ln in vault.custody.loans()] == ["2026-借-0001", "2026-借-0002",
                                                           "2026-借-0003"]
    assert len(vault.custody.loans(open_only=True)) == 2
    assert [ln.person.name for ln in vault.custody.loans(person_id=staff.director.id)] == [
        "张建华"]
    assert len(list(vault.custody.iter_loans(chunk=1))) == 3
    assert len(vault.custody.loans_of_carrier(doc.carrier_ids[0])) == 2


def test_the_store_refuses_two_holders_and_changed_lines(vault, staff, doc) -> None:
    lend(vault, form(staff.director, doc.barcodes[:1]))
    conn = vault.conn
    with pytest.raises(Exception, match="UNIQUE"):
        conn.execute("INSERT INTO loan(number, year, seq, carrier_id, person_id, purpose, place,"
                     " take_out, approver, approved_on, prior_status, lent_at, due_at,"
                     " out_audit_seq) VALUES ('x', 2026, 99, ?, ?, 'p', 'q', 0, 'a',"
                     " '2026-11-27', 'in_store', 'x', 'y', 1)",
                     (doc.carrier_ids[0], staff.dean.id))
    open_circulation(vault, CirculationForm(doc.barcodes[1:2], [staff.dean.badge]))
    hand_out(vault, doc.barcodes[1])
    with pytest.raises(Exception, match="circulating"):
        conn.execute("INSERT INTO loan(number, year, seq, carrier_id, person_id, purpose, place,"
                     " take_out, approver, approved_on, prior_status, lent_at, due_at,"
                     " out_audit_seq) VALUES ('x', 2026, 99, ?, ?, 'p', 'q', 0, 'a',"
                     " '2026-11-27', 'in_store', 'x', 'y', 1)",
                     (doc.carrier_ids[1], staff.dean.id))
    with pytest.raises(Exception, match="never changes"):
        conn.execute("UPDATE loan SET approver = 'someone else'")
    with pytest.raises(Exception, match="CHECK"):
        conn.execute("UPDATE loan SET returned_at = 'now'")  # a return without its audit event
    return_loan(vault, doc.barcodes[0], COMPLETE)
    with pytest.raises(Exception, match="closed line"):
        conn.execute("UPDATE loan SET return_note = 'edited'")
    with pytest.raises(Exception, match="never deleted"):
        conn.execute("DELETE FROM loan")


def test_a_carrier_listed_for_destruction_is_not_lent(vault, staff, doc) -> None:
    from miji_desk.core.destruction import ManifestForm, create_manifest

    create_manifest(vault, ManifestForm(planned_on=NOW.date(), place="保密局销毁中心",
                                        method="粉碎", carriers=doc.barcodes[:1]))
    with refused(vault, "已列入销毁清单"):
        lend(vault, form(staff.director, doc.barcodes[:1]))
    lend(vault, form(staff.director, doc.barcodes[1:2]))  # its sibling is free
