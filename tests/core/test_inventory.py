"""Inventory checks (清查, 篇三 二十三; 篇四 (十); 篇六 第七条) on real vaults: the frozen list
against moves during a check, every result category, each refusal changing nothing, the
schedule and the periods."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator

import pytest

from miji_desk.core import inventory as inv
from miji_desk.core.carriers import Status
from miji_desk.core.custody import ReturnCheck
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    add_to_manifest,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.errors import RuleViolation
from miji_desk.core.filing import Retention, VolumeForm, create_volume, file_carriers
from miji_desk.core.inventory import Result, Scope, ScopeKind
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.locations import add_location
from miji_desk.core.loss import LossForm, report_loss
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.unit_rules import change_unit_rule
from miji_desk.vault.connection import DatabaseError
from miji_desk.vault.vault import Vault
from tests.factories import NOW

from .custody_support import make_staff, register

TABLES = ("inventory_check", "inventory_expected", "inventory_scan", "inventory_confirm",
          "audit_event", "carrier")
ALL = Scope(ScopeKind.ALL)


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in TABLES}


@contextlib.contextmanager
def refused(vault: Vault, code: str) -> Iterator[None]:
    before = snapshot(vault)
    with pytest.raises(RuleViolation) as info:
        yield
    assert info.value.code == code, info.value
    assert snapshot(vault) == before


def results(vault: Vault, check: int) -> dict[str, str]:
    return {ln.facts.code: ln.result.value for ln in inv.check_lines(vault, check)}


def loan(who, codes) -> LoanForm:
    return LoanForm(borrower=who.badge, carriers=list(codes), purpose="起草报告",
                    approver="刘院长", approved_on=NOW.date(), approval_ref="借审〔2026〕7号")


def destroy(vault: Vault, carrier_id: int) -> None:
    m = create_manifest(vault, ManifestForm(planned_on=NOW.date(), place="保密办粉碎室",
                                            method=Method.SHRED, carriers=[]))
    add_to_manifest(vault, m.id, [carrier_id])
    complete_manifest(vault, m.id, CompletionForm(
        approver="刘院长", approval_ref="销审〔2026〕4号", approved_on=NOW.date(),
        supervisors=["张建华", "李国强"]))


@pytest.fixture
def staff(vault):
    return make_staff(vault)


# -- the frozen list and every result --------------------------------------------------------------

def test_every_result_category_against_the_frozen_list(vault, staff) -> None:
    doc = register(vault, scope="办公室主任、院领导", copy_numbers="1-6")
    a, b, c, d, e, f = doc.barcodes
    lend(vault, loan(staff.director, [c]))  # out at the start
    check = inv.start_check(vault, ALL)
    assert inv.counts(vault, check) == inv.Counts(6, 0, 0)
    late = register(vault, copy_numbers="1")  # registered after the start: not expected

    assert inv.scan(vault, check, a).result == "present"
    assert inv.scan(vault, check, f" {b} ").result == "present"  # scanner whitespace
    unknown = inv.scan(vault, check, "ZZ-0001")
    assert (unknown.result, unknown.reason, unknown.carrier_id) == ("unknown", "unknown", None)
    assert inv.scan(vault, check, late.barcodes[0]).reason == "elsewhere"
    # Moves during the check: a loan, and a destruction, shown against the frozen list.
    lend(vault, loan(staff.dean, [d]))
    destroy(vault, doc.carrier_ids[4])
    assert inv.counts(vault, check) == inv.Counts(6, 2, 2)

    got = results(vault, check)
    assert got == {a: "present", b: "present", c: "out", d: "out", e: "moved", f: "missing",
                   "ZZ-0001": "unexpected", late.barcodes[0]: "unexpected"}
    lines = {ln.facts.code: ln for ln in inv.check_lines(vault, check)}
    assert (lines[d].facts.start_status, lines[d].facts.now_status) == ("in_store", "on_loan")
    assert lines[d].moved and lines[d].facts.now_holder.startswith(staff.dean.name)
    assert (lines[e].facts.start_status, lines[e].facts.now_status) == ("in_store", "destroyed")
    assert lines[c].facts.start_holder.startswith(staff.director.name) and not lines[c].moved
    assert not lines[a].moved


def test_a_carrier_returned_during_the_check_and_scanned_is_present(vault, staff) -> None:
    doc = register(vault, scope="办公室主任、院领导", copy_numbers="1-2")
    lend(vault, loan(staff.director, [doc.barcodes[0]]))
    check = inv.start_check(vault, ALL)
    scanned_out = inv.scan(vault, check, doc.barcodes[0])  # on the shelf but recorded out
    assert (scanned_out.result, scanned_out.reason) == ("unexpected", "out")
    return_loan(vault, doc.barcodes[0], ReturnCheck())
    assert results(vault, check)[doc.barcodes[0]] == "unexpected"
    # The other copy: returned before it is scanned, then scanned: present.
    lend(vault, loan(staff.director, [doc.barcodes[1]]))
    return_loan(vault, doc.barcodes[1], ReturnCheck())
    assert inv.scan(vault, check, doc.barcodes[1]).result == "present"
    assert results(vault, check)[doc.barcodes[1]] == "present"


def test_lost_and_gone_carriers_scanned_are_unexpected_with_the_reason(vault, staff) -> None:
    doc = register(vault, copy_numbers="1-2")
    report_loss(vault, LossForm(doc.barcodes[0], NOW - dt.timedelta(hours=2), "王小丽", "遗失",
                                NOW - dt.timedelta(hours=1), "院保密委员会", "保密〔2026〕3号"))
    destroy(vault, doc.carrier_ids[1])
    other = register(vault, copy_numbers="1")
    check = inv.start_check(vault, ALL)
    assert vault.inventory.check_row(check)["expected_count"] == 1  # only what is kept
    assert inv.scan(vault, check, doc.barcodes[0]).reason == "lost"
    assert inv.scan(vault, check, doc.barcodes[1]).reason == "gone"
    assert results(vault, check) == {other.barcodes[0]: "missing",
                                     doc.barcodes[0]: "unexpected",
                                     doc.barcodes[1]: "unexpected"}


def test_a_double_scan_writes_nothing_and_says_so(vault) -> None:
    doc = register(vault, copy_numbers="1")
    check = inv.start_check(vault, ALL)
    inv.scan(vault, check, doc.barcodes[0])
    before = snapshot(vault)
    again = inv.scan(vault, check, doc.barcodes[0])
    assert again.again and again.result == "present"
    inv.scan(vault, check, "ZZ-0001")
    before = snapshot(vault)
    assert inv.scan(vault, check, "ZZ-0001").again
    assert snapshot(vault) == before
    assert inv.counts(vault, check) == inv.Counts(1, 1, 1)


# -- scopes ----------------------------------------------------------------------------------------

def test_each_scope_freezes_its_own_carriers(vault, staff) -> None:
    add_location(vault, "2号保密柜")
    secret = register(vault, copy_numbers="1-2", handled_by="王小丽")
    conf = register(vault, level="confidential", copy_numbers="1",
                    period=SecrecyPeriod.years(5), location="2号保密柜", handled_by="赵晓",
                    scope="办公室主任、院领导")
    vol = create_volume(vault, VolumeForm("2026年文件", Retention.LONG, "1号保密柜"))
    file_carriers(vault, vol.id, [secret.carrier_ids[1]])
    lend(vault, loan(staff.dean, [conf.barcodes[0]]))

    def expected(scope: Scope) -> set[int]:
        check = inv.start_check(vault, scope)
        ids = {ln.facts.carrier_id for ln in inv.check_lines(vault, check)}
        inv.close_check(vault, check, "核对完毕")
        return {i for i in ids if i is not None}

    assert expected(Scope(ScopeKind.LEVEL, "confidential")) == set(conf.carrier_ids)
    assert expected(Scope(ScopeKind.LOCATION, "2号保密柜")) == set(conf.carrier_ids)
    assert expected(Scope(ScopeKind.VOLUME, vol.number)) == {secret.carrier_ids[1]}
    assert expected(Scope(ScopeKind.PERSON, "王小丽")) == set(secret.carrier_ids)
    assert expected(Scope(ScopeKind.PERSON, staff.dean.name)) == set(conf.carrier_ids)  # holds
    assert expected(ALL) == {*secret.carrier_ids, *conf.carrier_ids}


@pytest.mark.parametrize(("scope", "code"), [
    (Scope(ScopeKind.LEVEL, "no_such"), "level.unknown"),
    (Scope(ScopeKind.LOCATION, "无此柜"), "location.unknown"),
    (Scope(ScopeKind.VOLUME, "2026-卷-9999"), "inventory.volume_unknown"),
    (Scope(ScopeKind.PERSON, "无此人"), "inventory.person_unknown"),
    (Scope(ScopeKind.LOCATION, ""), "inventory.scope_value_required"),
    (Scope(ScopeKind.LEVEL, "top_secret"), "inventory.nothing_expected"),
])
def test_a_bad_scope_is_refused_and_changes_nothing(vault, scope, code) -> None:
    register(vault, copy_numbers="1")
    with refused(vault, code):
        inv.start_check(vault, scope)


def test_one_check_is_open_at_a_time(vault) -> None:
    register(vault, copy_numbers="1")
    first = inv.start_check(vault, ALL)
    with refused(vault, "inventory.one_open"):
        inv.start_check(vault, ALL)
    inv.close_check(vault, first, "核对完毕")
    inv.start_check(vault, ALL)


# -- completeness, closing, losses -----------------------------------------------------------------

def test_pages_and_attachments_are_confirmed_per_carrier(vault) -> None:
    doc = register(vault, copy_numbers="1-2", attachments="附件1份")
    check = inv.start_check(vault, ALL)
    inv.scan(vault, check, doc.barcodes[0])
    with refused(vault, "inventory.incomplete_needs_note"):
        inv.confirm(vault, check, doc.barcodes[0], pages_complete=True,
                    attachments_complete=False)
    with refused(vault, "inventory.confirm_not_present"):
        inv.confirm(vault, check, doc.barcodes[1], pages_complete=True,
                    attachments_complete=True)
    inv.confirm(vault, check, doc.barcodes[0], pages_complete=True, attachments_complete=False,
                note="缺附件1")
    line = next(ln for ln in inv.check_lines(vault, check) if ln.facts.code == doc.barcodes[0])
    assert line.incomplete and line.facts.confirm_note == "缺附件1"
    inv.confirm(vault, check, doc.barcodes[0], pages_complete=True, attachments_complete=True,
                note="附件已找到")  # the latest confirmation counts
    line = next(ln for ln in inv.check_lines(vault, check) if ln.facts.code == doc.barcodes[0])
    assert not line.incomplete


def test_closing_keeps_counts_and_a_digest_of_the_scans_and_freezes_the_check(vault) -> None:
    doc = register(vault, copy_numbers="1-3")
    check = inv.start_check(vault, ALL)
    inv.scan(vault, check, doc.barcodes[0])
    inv.scan(vault, check, doc.barcodes[1])
    inv.confirm(vault, check, doc.barcodes[1], pages_complete=False, attachments_complete=True,
                note="缺第3页")
    with refused(vault, "form.required"):
        inv.close_check(vault, check, "  ")
    counts = inv.close_check(vault, check, "发现缺失1份，已上报")
    assert counts == {"expected": 3, "present": 2, "missing": 1, "out": 0, "moved": 0,
                      "unexpected": 0, "incomplete": 1}
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    detail = json.loads(detail)
    assert action == "inventory_closed" and detail["counts"] == counts
    assert len(detail["scans_digest"]) == 64
    view = inv.check_view(vault.inventory.check_row(check))
    assert not view.is_open and view.counts == counts and view.close_note == "发现缺失1份，已上报"
    # Closed: nothing more is scanned, confirmed or closed again.
    with refused(vault, "inventory.closed"):
        inv.scan(vault, check, doc.barcodes[2])
    with refused(vault, "inventory.closed"):
        inv.close_check(vault, check, "再次")
    # And the vault itself refuses to change or delete it.
    for sql in ("UPDATE inventory_check SET close_note = 'x'",
                "DELETE FROM inventory_check", "DELETE FROM inventory_scan",
                "UPDATE inventory_scan SET result = 'present'",
                "DELETE FROM inventory_expected",
                f"INSERT INTO inventory_scan (check_id, carrier_id, code, result, scanned_at, "
                f"audit_seq) VALUES ({check}, {doc.carrier_ids[2]}, 'x', 'present', 'x', 1)"):
        with pytest.raises(DatabaseError):
            vault.conn.execute(sql)
    assert vault.verify().ok


def test_a_missing_carrier_is_reported_lost_through_the_loss_workflow(vault) -> None:
    doc = register(vault, copy_numbers="1-2")
    check = inv.start_check(vault, ALL)
    inv.scan(vault, check, doc.barcodes[0])
    missing = [ln for ln in inv.check_lines(vault, check) if ln.result is Result.MISSING]
    assert [ln.facts.code for ln in missing] == [doc.barcodes[1]]
    done = report_loss(vault, LossForm(missing[0].facts.code, NOW - dt.timedelta(hours=1),
                                       "王小丽", "清查时未找到", NOW, "院保密委员会",
                                       "保密〔2026〕9号"))
    assert vault.carrier(doc.carrier_ids[1]).status is Status.MISSING
    assert vault.custody.incident(done.incident_id).closed_at is None
    assert results(vault, check)[doc.barcodes[1]] == "missing"  # still missing on the list
    assert inv.close_check(vault, check, "缺失1份已报告丢失")["missing"] == 1


def test_scans_are_sealed_and_a_scan_forged_by_sql_is_named(vault) -> None:
    doc = register(vault, copy_numbers="1-2")
    check = inv.start_check(vault, ALL)
    inv.scan(vault, check, doc.barcodes[0])
    assert vault.verify().ok
    vault.conn.execute("DROP TRIGGER inventory_scan_no_update")
    vault.conn.execute("UPDATE inventory_scan SET result = 'unexpected', reason = 'elsewhere'")
    report = vault.verify()
    assert not report.ok and {p.table for p in report.rows} == {"inventory_scan"}


# -- the schedule and the periods ------------------------------------------------------------------

def test_add_months_keeps_month_ends() -> None:
    assert inv.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert inv.add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert inv.add_months(dt.date(2026, 11, 30), 3) == dt.date(2027, 2, 28)
    assert inv.add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)


def test_due_checks_follow_the_schedule_rule(vault, clock) -> None:
    today = NOW.date()
    register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    register(vault, copy_numbers="1")  # 机密
    # Never checked: due one month (绝密) and three months (机密) after registration.
    due = {d.level_code: d for d in inv.due_checks(vault, today)}
    assert due == {}
    later = today + dt.timedelta(days=40)
    due = {d.level_code: d for d in inv.due_checks(vault, later)}
    assert set(due) == {"top_secret"} and due["top_secret"].overdue
    assert due["top_secret"].due_on == inv.add_months(today, 1)
    assert due["top_secret"].last_checked is None and due["top_secret"].months == 1
    # The unit checks 机密 every month too: now both are due.
    change_unit_rule(vault, "inventory_months_other", 1, "保密委员会决定")
    assert {d.level_code for d in inv.due_checks(vault, later)} == {"top_secret", "secret"}
    # A check of everything closed on day 35 moves both dates a month on.
    clock.advance(days=35)
    check = inv.start_check(vault, ALL)
    inv.close_check(vault, check, "核对完毕")
    assert inv.due_checks(vault, later) == []
    soon = inv.due_checks(vault, today + dt.timedelta(days=35 + 20))
    assert {d.level_code for d in soon} == {"top_secret", "secret"}
    assert all(not d.overdue and d.last_checked == today + dt.timedelta(days=35) for d in soon)


def test_a_level_check_covers_only_its_level(vault, clock) -> None:
    today = NOW.date()
    register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    register(vault, copy_numbers="1")
    clock.advance(days=100)
    check = inv.start_check(vault, Scope(ScopeKind.LEVEL, "top_secret"))
    inv.close_check(vault, check, "核对完毕")
    due = {d.level_code: d for d in inv.due_checks(vault, today + dt.timedelta(days=100))}
    assert set(due) == {"secret"} and due["secret"].overdue


def test_checks_between_gives_closed_checks_with_their_counts(vault, clock) -> None:
    doc = register(vault, copy_numbers="1-2")
    first = inv.start_check(vault, ALL)
    inv.scan(vault, first, doc.barcodes[0])
    inv.close_check(vault, first, "缺1份")
    clock.advance(days=40)
    second = inv.start_check(vault, ALL)
    inv.scan(vault, second, doc.barcodes[0])
    inv.scan(vault, second, doc.barcodes[1])
    inv.close_check(vault, second, "齐全")
    clock.advance(days=1)
    inv.start_check(vault, ALL)  # open: not in any period
    day = NOW.date()
    got = inv.checks_between(vault, day, day)
    assert [(s.check.id, s.counts["missing"], s.counts["present"]) for s in got] == [
        (first, 1, 1)]
    got = inv.checks_between(vault, day, day + dt.timedelta(days=60))
    assert [s.check.id for s in got] == [first, second]
    assert got[1].counts["missing"] == 0


@pytest.mark.parametrize(("code", "refusal"), [
    ("", "scan.carrier_missing"),
    ("RY000000011", "scan.badge_not_carrier"),
    ("MJ00000001' OR 1=1 --", "barcode.bad_characters"),
    ("MJ000000010", "barcode.bad_check_digit"),
])
def test_scanner_noise_is_refused_and_changes_nothing(vault, code, refusal) -> None:
    register(vault, copy_numbers="1")
    check = inv.start_check(vault, ALL)
    with refused(vault, refusal):
        inv.scan(vault, check, code)
