"""Loss (丢失, 篇六 第八条) and the end of incidents: one test per rule and per break, on real
vaults. Every refusal is proven to change nothing at all."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
from collections.abc import Iterator

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation
from miji_desk.core.custody import ReturnCheck, close_incident
from miji_desk.core.errors import RuleViolation
from miji_desk.core.locations import add_location
from miji_desk.core.loss import LossForm, loss_concluded, loss_found, report_loss
from miji_desk.core.unit_rules import change_unit_rule
from miji_desk.vault.vault import Vault
from tests.factories import NOW

from .custody_support import TABLES, make_staff, register, status

ALL = (*TABLES, "loss_report", "location")


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in ALL}


@contextlib.contextmanager
def refused(vault: Vault, code: str) -> Iterator[None]:
    before = snapshot(vault)
    with pytest.raises(RuleViolation) as info:
        yield
    assert info.value.code == code, info.value
    assert snapshot(vault) == before


@pytest.fixture
def staff(vault):
    return make_staff(vault)


@pytest.fixture
def doc(vault):
    return register(vault, scope="办公室主任、院领导、综合处全体", attachments="附件1份")


def form(code: str, **kw: object) -> LossForm:
    values: dict[str, object] = dict(
        carrier=code, discovered_at=NOW - dt.timedelta(hours=2), discovered_by="王小丽",
        circumstances="清查保密柜时发现缺少该份文件，查阅借阅记录无果",
        reported_at=NOW - dt.timedelta(hours=1), reported_to="院保密委员会",
        report_ref="保密〔2026〕3号")
    values.update(kw)
    return LossForm(**values)  # type: ignore[arg-type]


def last_audit(vault: Vault) -> tuple[str, dict[str, object]]:
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return action, json.loads(detail)


def audit_count(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])


# -- reporting -----------------------------------------------------------------------------------

def test_report_makes_the_carrier_lost_with_an_open_incident_and_one_audit_event(
        vault, doc) -> None:
    before = audit_count(vault)
    done = report_loss(vault, form(doc.barcodes[0]))
    assert audit_count(vault) == before + 1
    assert status(vault, doc.carrier_ids[0]) == ("missing", "")
    assert not done.late and done.closed_line == ""
    [inc] = vault.custody.open_incidents()
    assert (inc.id, inc.kind.value, inc.is_open) == (done.incident_id, "missing", True)
    assert inc.loss is not None
    assert (inc.loss.discovered_at, inc.loss.reported_at) == (NOW - dt.timedelta(hours=2),
                                                              NOW - dt.timedelta(hours=1))
    assert (inc.loss.discovered_by, inc.loss.reported_to, inc.loss.report_ref) == (
        "王小丽", "院保密委员会", "保密〔2026〕3号")
    assert inc.loss.prior_status == "in_store" and not inc.loss.late
    action, detail = last_audit(vault)
    assert action == "loss_reported" and detail["report_ref"] == "保密〔2026〕3号"
    history = vault.ledger.history(doc.carrier_ids[0])
    assert [e.action_label for e in history[-2:]] == ["报告丢失", "登记异常"]
    assert vault.custody.open_incident_count() == 1
    assert vault.verify().ok  # the rows are sealed by the event


def test_a_late_report_is_recorded_with_a_warning_not_refused(vault, doc) -> None:
    done = report_loss(vault, form(doc.barcodes[0], discovered_at=NOW - dt.timedelta(days=3),
                                   reported_at=NOW - dt.timedelta(hours=1)))
    assert done.late and done.limit_hours == 24
    [inc] = vault.custody.open_incidents()
    assert inc.loss is not None and inc.loss.late and inc.loss.limit_hours == 24
    note = vault.ledger.history(doc.carrier_ids[0])[-2].note
    assert "超过本单位规定的 24 小时" in note


def test_the_late_limit_is_the_units_rule(vault, doc) -> None:
    change_unit_rule(vault, "loss_report_hours", 2, "本单位要求两小时内上报")
    done = report_loss(vault, form(doc.barcodes[0], discovered_at=NOW - dt.timedelta(hours=4),
                                   reported_at=NOW - dt.timedelta(hours=1)))
    assert done.late and done.limit_hours == 2
    done2 = report_loss(vault, form(doc.barcodes[1], discovered_at=NOW - dt.timedelta(hours=2),
                                    reported_at=NOW - dt.timedelta(hours=1)))
    assert not done2.late


def test_a_carrier_on_loan_is_closed_as_lost_not_returned(vault, staff, doc) -> None:
    from miji_desk.core.loans import LoanForm, lend
    lent = lend(vault, LoanForm(borrower=staff.director.badge, carriers=[doc.barcodes[0]],
                                purpose="起草报告", approver="刘院长", approved_on=NOW.date(),
                                approval_ref="借审〔2026〕7号"))
    done = report_loss(vault, form(doc.barcodes[0]))
    assert status(vault, doc.carrier_ids[0]) == ("missing", "")
    assert vault.custody.out_now() == []  # nothing still "out"
    lost, note = vault.conn.execute("SELECT lost, return_note FROM loan WHERE id = ?",
                                    (lent.lines[0].id,)).fetchone()
    assert lost == 1 and "丢失" in note
    [inc] = vault.custody.open_incidents()
    assert inc.person == staff.director and inc.loss is not None
    assert inc.loss.holder == "张建华（办公室）" and inc.loss.line == "借阅 2026-借-0001"
    assert "2026-借-0001" in done.closed_line
    assert vault.verify().ok


def test_a_carrier_in_circulation_is_closed_as_lost(vault, staff, doc) -> None:
    slip = open_circulation(vault, CirculationForm([doc.barcodes[0]], [staff.director.badge]))
    hand_out(vault, doc.barcodes[0])
    report_loss(vault, form(doc.barcodes[0]))
    assert status(vault, doc.carrier_ids[0]) == ("missing", "")
    assert vault.custody.out_now() == []
    lost = vault.conn.execute("SELECT lost FROM circulation_read WHERE circulation_id = ?",
                              (slip.id,)).fetchone()[0]
    assert lost == 1
    [inc] = vault.custody.open_incidents()
    assert inc.loss is not None and inc.loss.line == f"传阅单 {slip.number}"


def test_reporting_a_destroyed_carrier_lost_is_refused(vault, doc) -> None:
    with vault.transaction() as tx:  # as the destruction workflow leaves it
        tx.update_carrier(doc.carrier_ids[0], {"status": Status.DESTROYED.value})
        tx.audit("test_destroyed", [doc.carrier_ids[0]], {})
    with refused(vault, "carrier.gone"):
        report_loss(vault, form(doc.barcodes[0]))


def test_reporting_a_lost_carrier_lost_again_is_refused(vault, doc) -> None:
    report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "carrier.missing"):
        report_loss(vault, form(doc.barcodes[0]))


@pytest.mark.parametrize(("change", "code"), [
    ({"circumstances": "  "}, "form.required"),
    ({"discovered_by": ""}, "form.required"),
    ({"report_ref": ""}, "form.required"),
    ({"reported_to": ""}, "form.required"),
    ({"discovered_at": None}, "form.required"),
    ({"reported_at": None}, "form.required"),
    ({"discovered_at": NOW + dt.timedelta(minutes=5)}, "loss.time_future"),
    ({"reported_at": NOW + dt.timedelta(minutes=5)}, "loss.time_future"),
    ({"reported_at": NOW - dt.timedelta(hours=3)}, "loss.report_before_discovery"),
    ({"carrier": "NOPE-0000"}, None),
])
def test_bad_reports_are_refused_and_change_nothing(vault, doc, change, code) -> None:
    before = snapshot(vault)
    with pytest.raises(RuleViolation) as info:
        report_loss(vault, dataclasses.replace(form(doc.barcodes[0]), **change))
    if code is not None:
        assert info.value.code == code, info.value
    assert snapshot(vault) == before
    assert status(vault, doc.carrier_ids[0]) == ("in_store", "")


# -- found ---------------------------------------------------------------------------------------

def test_found_puts_the_carrier_back_in_store_in_a_location(vault, doc) -> None:
    add_location(vault, "2号保密柜")
    done = report_loss(vault, form(doc.barcodes[0]))
    before = audit_count(vault)
    loss_found(vault, done.incident_id, doc.barcodes[0], "2号保密柜", "在会议室抽屉中找回，完整")
    assert audit_count(vault) == before + 1
    view = vault.carrier(doc.carrier_ids[0])
    assert (view.status, view.location) == (Status.IN_STORE, "2号保密柜")
    assert vault.custody.open_incidents() == []
    inc = vault.custody.incident(done.incident_id)
    assert (inc.outcome, inc.outcome_label) == ("found", "找回")
    assert "会议室抽屉" in inc.resolution
    assert vault.ledger.history(doc.carrier_ids[0])[-2].action_label == "丢失找回"
    assert last_audit(vault)[0] == "loss_found"
    assert vault.verify().ok


def test_found_without_scanning_the_carrier_is_refused(vault, doc) -> None:
    add_location(vault, "2号保密柜")
    done = report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "loss.found_scan_required"):
        loss_found(vault, done.incident_id, "", "2号保密柜", "找回")


def test_found_scanning_another_carrier_is_refused(vault, doc) -> None:
    add_location(vault, "2号保密柜")
    done = report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "loss.found_wrong_carrier"):
        loss_found(vault, done.incident_id, doc.barcodes[1], "2号保密柜", "找回")


def test_found_without_a_location_is_refused(vault, doc) -> None:
    done = report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "loss.found_location_required"):
        loss_found(vault, done.incident_id, doc.barcodes[0], "", "找回")
    with refused(vault, "location.unknown"):
        loss_found(vault, done.incident_id, doc.barcodes[0], "没有这个柜", "找回")


def test_found_without_a_note_is_refused(vault, doc) -> None:
    add_location(vault, "2号保密柜")
    done = report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "form.required"):
        loss_found(vault, done.incident_id, doc.barcodes[0], "2号保密柜", " ")


# -- concluded ----------------------------------------------------------------------------------

def test_concluded_keeps_the_carrier_lost_and_in_the_ledger(vault, doc) -> None:
    done = report_loss(vault, form(doc.barcodes[0]))
    loss_concluded(vault, done.incident_id, "确认遗失于出差途中，责任人已处理", "保密〔2026〕9号")
    assert status(vault, doc.carrier_ids[0]) == ("missing", "")
    inc = vault.custody.incident(done.incident_id)
    assert (inc.outcome, inc.reference, inc.is_open) == ("concluded", "保密〔2026〕9号", False)
    assert vault.custody.open_incident_count() == 0
    assert last_audit(vault)[0] == "loss_concluded"
    assert vault.verify().ok


def test_concluded_without_a_finding_or_reference_is_refused(vault, doc) -> None:
    done = report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "form.required"):
        loss_concluded(vault, done.incident_id, "", "保密〔2026〕9号")
    with refused(vault, "form.required"):
        loss_concluded(vault, done.incident_id, "确认遗失", "")


def test_a_closed_loss_cannot_be_closed_again(vault, doc) -> None:
    add_location(vault, "2号保密柜")
    done = report_loss(vault, form(doc.barcodes[0]))
    loss_concluded(vault, done.incident_id, "确认遗失", "保密〔2026〕9号")
    with refused(vault, "incident.closed"):
        loss_found(vault, done.incident_id, doc.barcodes[0], "2号保密柜", "找回")
    with refused(vault, "incident.closed"):
        loss_concluded(vault, done.incident_id, "再次", "保密〔2026〕10号")


def test_a_loss_is_never_closed_with_a_plain_resolution(vault, doc) -> None:
    done = report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "incident.loss_needs_outcome"):
        close_incident(vault, done.incident_id, "算了", "无")


# -- other incidents -----------------------------------------------------------------------------

def _short_return(vault, staff, doc) -> int:
    from miji_desk.core.loans import LoanForm, lend, return_loan
    lend(vault, LoanForm(borrower=staff.director.badge, carriers=[doc.barcodes[0]],
                         purpose="起草报告", approver="刘院长", approved_on=NOW.date(),
                         approval_ref="借审〔2026〕7号"))
    back = return_loan(vault, doc.barcodes[0], ReturnCheck(attachments_complete=False))
    assert back.incident_id is not None
    return back.incident_id


def test_closing_an_incident_without_a_result_is_refused(vault, staff, doc) -> None:
    iid = _short_return(vault, staff, doc)
    with refused(vault, "form.required"):
        close_incident(vault, iid, "  ", "查〔2026〕1号")


def test_closing_an_incident_keeps_result_and_reference_and_unblocks(vault, staff, doc) -> None:
    from miji_desk.core.loans import LoanForm, lend
    iid = _short_return(vault, staff, doc)
    before = audit_count(vault)
    close_incident(vault, iid, "附件在办公桌上找回，已核对", "查〔2026〕1号")
    assert audit_count(vault) == before + 1
    inc = vault.custody.incident(iid)
    assert (inc.outcome, inc.reference, inc.resolution) == ("resolved", "查〔2026〕1号",
                                                            "附件在办公桌上找回，已核对")
    assert inc.closed_by
    # the carrier is free again
    lend(vault, LoanForm(borrower=staff.director.badge, carriers=[doc.barcodes[0]],
                         purpose="再借", approver="刘院长", approved_on=NOW.date(),
                         approval_ref="借审〔2026〕9号"))
    assert vault.verify().ok


def test_closing_an_unknown_incident_is_refused(vault) -> None:
    with refused(vault, "incident.no_such"):
        close_incident(vault, 999, "结果", "")
    with refused(vault, "incident.no_such"):
        loss_concluded(vault, 999, "结论", "文号")


def test_loss_workflows_refuse_an_incident_that_is_not_a_loss(vault, staff, doc) -> None:
    iid = _short_return(vault, staff, doc)
    with refused(vault, "loss.not_a_loss"):
        loss_concluded(vault, iid, "结论", "文号")


def test_the_list_shows_open_first_and_filters(vault, staff, doc) -> None:
    short = _short_return(vault, staff, doc)
    lost = report_loss(vault, form(doc.barcodes[1])).incident_id
    loss_concluded(vault, lost, "确认遗失", "保密〔2026〕9号")
    third = report_loss(vault, form(doc.barcodes[2])).incident_id
    assert [i.id for i in vault.custody.incidents(which="open")] == [third, short]
    assert [i.id for i in vault.custody.incidents(which="closed")] == [lost]
    assert [i.id for i in vault.custody.incidents(which="all")] == [third, short, lost]
    assert vault.custody.open_incident_count() == 2


def test_a_lost_carrier_brought_to_the_return_desk_is_sent_to_found(vault, staff, doc) -> None:
    from miji_desk.core.circulation import take_back
    from miji_desk.core.loans import LoanForm, lend, return_loan
    lend(vault, LoanForm(borrower=staff.director.badge, carriers=[doc.barcodes[0]],
                         purpose="起草报告", approver="刘院长", approved_on=NOW.date(),
                         approval_ref="借审〔2026〕9号"))
    report_loss(vault, form(doc.barcodes[0]))
    with refused(vault, "loss.returned_while_lost"):
        return_loan(vault, doc.barcodes[0], ReturnCheck())
    with refused(vault, "loss.returned_while_lost"):
        take_back(vault, doc.barcodes[0])
    assert status(vault, doc.carrier_ids[0]) == ("missing", "")
