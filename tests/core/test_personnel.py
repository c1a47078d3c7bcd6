"""Classified personnel (篇七): grade history, reviews, training, 脱密期, departure."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.corrections import correct
from miji_desk.core.custody import COMPLETE
from miji_desk.core.errors import RuleViolation
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.people import Grade, GradeApproval, correct_person
from miji_desk.core.personnel import (
    DEFAULT_TEMPLATE,
    DepartureForm,
    DepartureKind,
    Extension,
    GradeChange,
    ReviewForm,
    TrainingForm,
    change_grade,
    complete_departure,
    departure_blockers,
    exit_period_end,
    exit_periods_ending,
    extend_exit_period,
    in_exit_period,
    record_commitment,
    record_review,
    record_training,
    save_template,
    start_departure,
    training_behind,
)
from miji_desk.core.registration import MediaForm, register_media
from miji_desk.vault.vault import Vault
from tests.factories import CLERK, NOW

from .custody_support import TABLES, make_staff, register

TODAY = NOW.date()
PERSONNEL = ("person_grade_change", "person_review", "training", "departure", "exit_extension",
             "row_attest")


@contextlib.contextmanager
def refused(vault: Vault, code: str) -> Iterator[pytest.ExceptionInfo[RuleViolation]]:
    """Refused with ``code``, and not one row of any table changed."""
    def rows() -> dict[str, list[tuple[object, ...]]]:
        return {t: sorted(vault.conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
                for t in (*TABLES, *PERSONNEL)}
    before = rows()
    with pytest.raises(RuleViolation) as info:
        yield info
    assert info.value.code == code, info.value.message
    assert rows() == before


def last_audit(vault: Vault) -> tuple[str, dict[str, object]]:
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC").fetchone()
    return str(action), json.loads(detail)


# -- 脱密期 on edge dates --------------------------------------------------------------------------

@pytest.mark.parametrize(("grade", "left_on", "ends_on"), [
    (Grade.CORE, dt.date(2026, 3, 1), dt.date(2029, 3, 1)),
    (Grade.IMPORTANT, dt.date(2026, 12, 31), dt.date(2028, 12, 31)),
    (Grade.GENERAL, dt.date(2026, 1, 1), dt.date(2027, 1, 1)),
    # 29 February: no such day in the end year, so the last day of February (民法典 第二百零二条)
    (Grade.GENERAL, dt.date(2024, 2, 29), dt.date(2025, 2, 28)),
    (Grade.CORE, dt.date(2024, 2, 29), dt.date(2027, 2, 28)),
    (Grade.IMPORTANT, dt.date(2024, 2, 29), dt.date(2026, 2, 28)),
    (Grade.CORE, dt.date(2025, 2, 28), dt.date(2028, 2, 28)),  # into a leap year: not the 29th
    (Grade.NONE, dt.date(2026, 3, 1), None),
])
def test_exit_period_end_on_edge_dates(grade: Grade, left_on: dt.date,
                                       ends_on: dt.date | None) -> None:
    assert exit_period_end(grade, left_on) == ends_on


def leave(vault: Vault, person_id: int, on: dt.date,
          kind: DepartureKind = DepartureKind.TRANSFER) -> int:
    did = start_departure(vault, person_id, DepartureForm(kind, on, "工作调动"))
    complete_departure(vault, did)
    return did


def test_in_exit_period_includes_its_last_day_and_not_the_next(vault: Vault) -> None:
    staff = make_staff(vault)
    did = leave(vault, staff.clerk2.id, dt.date(2025, 11, 27))  # 一般: ends 2026-11-27
    [period] = in_exit_period(vault, dt.date(2026, 11, 27))
    assert (period.departure_id, period.ends_on, period.grade) == (
        did, dt.date(2026, 11, 27), Grade.GENERAL)
    assert period.person.name == "王小丽" and not period.person.active
    assert in_exit_period(vault, dt.date(2026, 11, 28)) == []
    # Ending within the next 30 days, both ends included.
    assert exit_periods_ending(vault, dt.date(2026, 10, 28), 30) == [period]
    assert exit_periods_ending(vault, dt.date(2026, 10, 27), 30) == []
    assert exit_periods_ending(vault, dt.date(2026, 11, 27), 0) == [period]


def test_a_non_classified_person_leaves_without_exit_period(vault: Vault) -> None:
    staff = make_staff(vault)
    did = leave(vault, staff.temp.id, TODAY)
    assert in_exit_period(vault, TODAY) == []
    with refused(vault, "exit.none"):
        extend_exit_period(vault, did, Extension(TODAY + dt.timedelta(days=9), "需要", "刘局长"))


def test_exit_period_extended_later_only_with_reason_and_approver(vault: Vault) -> None:
    staff = make_staff(vault)
    did = leave(vault, staff.dean.id, dt.date(2026, 11, 1))  # 核心: ends 2029-11-01
    with refused(vault, "exit.not_later"):
        extend_exit_period(vault, did, Extension(dt.date(2029, 11, 1), "需要", "刘局长"))
    with refused(vault, "form.required"):
        extend_exit_period(vault, did, Extension(dt.date(2030, 11, 1), " ", "刘局长"))
    with refused(vault, "approval.clerk_approves"):
        extend_exit_period(vault, did, Extension(dt.date(2030, 11, 1), "需要", CLERK))
    extend_exit_period(vault, did, Extension(dt.date(2030, 11, 1), "承担重大项目", "刘局长"))
    [period] = in_exit_period(vault, TODAY)
    assert period.ends_on == dt.date(2030, 11, 1) and period.extended
    assert last_audit(vault)[1]["before"] == "2029-11-01"
    # Even outside the workflow, the vault refuses to shorten it.
    with pytest.raises(Exception, match="only ever extended"):
        vault.conn.execute("UPDATE departure SET exit_ends_on = '2027-01-01' WHERE id = ?",
                           (did,))


# -- grade history with its approvals -------------------------------------------------------------

def test_grade_history_records_reason_reviewer_and_approver(vault: Vault) -> None:
    staff = make_staff(vault)
    assert change_grade(vault, staff.clerk2.id, GradeChange(
        "重要", "承担机要工作", "办公室主任张建华", "刘局长", TODAY)) is True
    assert correct_person(vault, staff.clerk2.id, "grade", "核心", "调任机要室负责人",
                          GradeApproval("陈处长", "刘局长"))
    history = vault.personnel.grade_history(staff.clerk2.id)
    assert [(h.old_grade, h.new_grade, h.reason, h.reviewer, h.approver) for h in history] == [
        (Grade.GENERAL, Grade.IMPORTANT, "承担机要工作", "办公室主任张建华", "刘局长"),
        (Grade.IMPORTANT, Grade.CORE, "调任机要室负责人", "陈处长", "刘局长")]
    assert history[0].approved_on == TODAY
    assert vault.custody.person(staff.clerk2.id).grade is Grade.CORE
    action, detail = last_audit(vault)
    assert action == "person_corrected" and detail["approver"] == "刘局长"
    # The same grade again writes nothing.
    assert change_grade(vault, staff.clerk2.id, GradeChange(
        "核心", "重复", "陈处长", "刘局长", TODAY)) is False
    assert len(vault.personnel.grade_history(staff.clerk2.id)) == 2


def test_grade_change_refusals_change_nothing(vault: Vault) -> None:
    staff = make_staff(vault)
    p = staff.clerk2
    with refused(vault, "form.required"):
        change_grade(vault, p.id, GradeChange("重要", "承担机要工作", " ", "刘局长", TODAY))
    with refused(vault, "form.required"):
        change_grade(vault, p.id, GradeChange("重要", "承担机要工作", "陈处长", "", TODAY))
    with refused(vault, "approval.clerk_approves"):
        change_grade(vault, p.id, GradeChange("重要", "承担机要工作", "陈处长", CLERK, TODAY))
    with refused(vault, "person.grade_self_approved"):
        change_grade(vault, p.id, GradeChange("重要", "承担机要工作", "王小丽", "刘局长", TODAY))
    with refused(vault, "personnel.date"):
        change_grade(vault, p.id, GradeChange("重要", "承担机要工作", "陈处长", "刘局长",
                                              TODAY + dt.timedelta(days=1)))
    with refused(vault, "person.grade"):
        change_grade(vault, p.id, GradeChange("特级", "承担机要工作", "陈处长", "刘局长", TODAY))


def test_lowering_a_grade_refused_while_holding_above_it(vault: Vault) -> None:
    staff = make_staff(vault)
    reg = register(vault, scope="办公室主任", level="secret")
    lend(vault, LoanForm(staff.director.badge, [reg.barcodes[0]], "核稿", "李国强", TODAY,
                         "借审1号"))
    with refused(vault, "person.regrade_holds_higher") as info:
        change_grade(vault, staff.director.id, GradeChange("一般", "调整岗位", "陈处长",
                                                           "刘局长", TODAY))
    assert reg.number in info.value.message
    return_loan(vault, reg.barcodes[0], COMPLETE)
    assert change_grade(vault, staff.director.id, GradeChange("一般", "调整岗位", "陈处长",
                                                              "刘局长", TODAY))


# -- reviews ---------------------------------------------------------------------------------------

def test_review_records_date_result_and_reviewer(vault: Vault) -> None:
    staff = make_staff(vault)
    record_review(vault, staff.dean.id, ReviewForm(dt.date(2026, 3, 2), True, "人事处陈处长",
                                                   "政治表现良好"))
    record_review(vault, staff.dean.id, ReviewForm(TODAY, False, "人事处陈处长"))
    assert [(r["reviewed_on"], r["result"], r["reviewer"]) for r in
            vault.personnel.reviews(staff.dean.id)] == [
        ("2026-03-02", "passed", "人事处陈处长"), (TODAY.isoformat(), "failed", "人事处陈处长")]
    assert last_audit(vault)[0] == "person_reviewed"
    with refused(vault, "personnel.self_review"):
        record_review(vault, staff.dean.id, ReviewForm(TODAY, True, "李国强"))
    with refused(vault, "form.required"):
        record_review(vault, staff.dean.id, ReviewForm(None, True, "陈处长"))


# -- training --------------------------------------------------------------------------------------

def test_training_behind_schedule(vault: Vault) -> None:
    staff = make_staff(vault)
    year_ago = dt.date(2025, 11, 27)  # exactly twelve months before TODAY: still counts
    record_training(vault, TrainingForm(year_ago, "保密法规", 2, [staff.director.id]))
    record_training(vault, TrainingForm(year_ago - dt.timedelta(days=1), "保密常识", 1.5,
                                        [staff.dean.id, staff.temp.id]))
    record_training(vault, TrainingForm(dt.date(2026, 6, 1), "涉密载体管理", 3,
                                        [staff.outsider.id]))
    behind = {b.person.name: (b.sessions, b.last) for b in training_behind(vault, TODAY)}
    # 李国强's only session is a day too old; 王小丽 was never trained; 赵晓 is not classified.
    assert behind == {"李国强": (0, year_ago - dt.timedelta(days=1)), "王小丽": (0, None)}
    # A day later, 张建华's session is more than a year old too.
    later = {b.person.name for b in training_behind(vault, TODAY + dt.timedelta(days=1))}
    assert later == {"李国强", "王小丽", "张建华"}
    # Someone who has left is no longer on the list.
    leave(vault, staff.clerk2.id, TODAY)
    assert "王小丽" not in {b.person.name for b in training_behind(vault, TODAY)}


def test_training_refusals_change_nothing(vault: Vault) -> None:
    staff = make_staff(vault)
    ids = [staff.dean.id]
    record_training(vault, TrainingForm(TODAY, "保密法规", 2, ids))
    with refused(vault, "training.duplicate"):
        record_training(vault, TrainingForm(TODAY, "保密法规", 2, [staff.director.id, *ids]))
    with refused(vault, "training.hours"):
        record_training(vault, TrainingForm(TODAY, "保密法规", 0, ids))
    with refused(vault, "training.hours"):
        record_training(vault, TrainingForm(TODAY, "保密法规", 25, ids))
    with refused(vault, "training.no_people"):
        record_training(vault, TrainingForm(TODAY, "保密法规", 2, []))
    with refused(vault, "personnel.date"):
        record_training(vault, TrainingForm(TODAY + dt.timedelta(days=1), "保密法规", 2, ids))
    with refused(vault, "form.required"):
        record_training(vault, TrainingForm(TODAY, "", 2, ids))


# -- departure -------------------------------------------------------------------------------------

def test_departure_blocked_by_a_loan_and_a_medium_then_completed(vault: Vault) -> None:
    staff = make_staff(vault)
    reg = register(vault, scope="办公室主任")
    usb = register_media(vault, MediaForm(CarrierKind.USB, "办公室专用U盘", "SN-77", "专用",
                                          "secret", handled_by="张建华", location="1号保密柜"))
    lend(vault, LoanForm(staff.director.badge, [reg.barcodes[0]], "核稿", "李国强", TODAY,
                         "借审1号"))
    did = start_departure(vault, staff.director.id,
                          DepartureForm(DepartureKind.RETIRE, TODAY, "到龄退休"))
    assert [b.why for b in departure_blockers(vault, staff.director.id)] == [
        "持有（借阅）", "责任人"]
    with refused(vault, "departure.outstanding") as info:
        complete_departure(vault, did)
    assert reg.number in info.value.message and usb.number in info.value.message
    assert "2 件" in info.value.message
    return_loan(vault, reg.barcodes[0], COMPLETE)
    with refused(vault, "departure.outstanding") as info:
        complete_departure(vault, did)
    assert usb.number in info.value.message and reg.number not in info.value.message
    correct(vault, usb.carrier_ids[0], "handled_by", "李国强", "责任人交接")
    assert departure_blockers(vault, staff.director.id) == []
    ends = complete_departure(vault, did)
    assert ends == dt.date(2028, 11, 27)  # 重要: two years
    p = vault.custody.person(staff.director.id)
    assert not p.active and p.left_on == TODAY
    action, detail = last_audit(vault)
    assert action == "person_left" and detail["exit_ends_on"] == "2028-11-27"
    assert [e.person.id for e in in_exit_period(vault, TODAY)] == [p.id]
    with refused(vault, "departure.completed"):
        complete_departure(vault, did)
    with refused(vault, "person.already_left"):
        start_departure(vault, p.id, DepartureForm(DepartureKind.RETIRE, TODAY, "再次"))


def test_departure_start_refusals(vault: Vault) -> None:
    staff = make_staff(vault)
    with refused(vault, "departure.kind"):
        start_departure(vault, staff.dean.id, DepartureForm("fired", TODAY, "x"))
    with refused(vault, "form.required"):
        start_departure(vault, staff.dean.id, DepartureForm(DepartureKind.RESIGN, TODAY, " "))
    with refused(vault, "person.left_on"):
        start_departure(vault, staff.dean.id, DepartureForm(
            DepartureKind.RESIGN, TODAY + dt.timedelta(days=400), "辞职"))
    start_departure(vault, staff.dean.id, DepartureForm(DepartureKind.RESIGN, TODAY, "辞职"))
    with refused(vault, "departure.already_started"):
        start_departure(vault, staff.dean.id, DepartureForm(DepartureKind.RESIGN, TODAY, "辞职"))
    # A person with a departure under way is still on post and may still be added to.
    assert vault.custody.person(staff.dean.id).active


def test_personnel_rows_are_sealed_and_verify(vault: Vault) -> None:
    staff = make_staff(vault)
    change_grade(vault, staff.clerk2.id, GradeChange("重要", "岗位", "陈处长", "刘局长", TODAY))
    record_review(vault, staff.clerk2.id, ReviewForm(TODAY, True, "陈处长"))
    record_training(vault, TrainingForm(TODAY, "保密法规", 2, [staff.clerk2.id]))
    did = leave(vault, staff.clerk2.id, TODAY)
    extend_exit_period(vault, did, Extension(dt.date(2030, 1, 1), "项目需要", "刘局长"))
    assert vault.verify().ok
    # A changed training row is found by verification.
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE training SET hours = 8")
    vault.conn.execute("DROP TRIGGER departure_fixed")
    vault.conn.execute("UPDATE departure SET reason = '改过' WHERE id = ?", (did,))
    assert not vault.verify().ok



# -- 保密承诺书 ---------------------------------------------------------------------------------

def test_commitment_records_date_and_template_version(vault: Vault) -> None:
    staff = make_staff(vault)
    record_commitment(vault, staff.dean.id, dt.date(2026, 1, 5))  # before any unit template
    assert save_template(vault, "本人{姓名}（{部门}）承诺严守国家秘密。", "按新规定修订") == 1
    record_commitment(vault, staff.dean.id, TODAY)
    assert vault.personnel.commitments(staff.dean.id) == [(dt.date(2026, 1, 5), 0), (TODAY, 1)]
    assert save_template(vault, "本人{姓名}承诺：不泄露国家秘密。", "精简") == 2
    # Every version is kept: the one a letter was signed from still prints.
    assert vault.personnel.template(1).body == "本人{姓名}（{部门}）承诺严守国家秘密。"
    assert vault.personnel.template().version == 2
    assert vault.personnel.template(0).body == DEFAULT_TEMPLATE
    assert last_audit(vault)[1]["version"] == 2 and last_audit(vault)[1]["reason"] == "精简"


def test_template_refusals_change_nothing(vault: Vault) -> None:
    save_template(vault, "本人{姓名}承诺。", "初版")
    with refused(vault, "commitment.template_field") as info:
        save_template(vault, "本人{名字}承诺。", "改")
    assert "名字" in info.value.message
    with refused(vault, "commitment.template_braces"):
        save_template(vault, "本人{姓名承诺。", "改")
    with refused(vault, "commitment.template_same"):
        save_template(vault, "本人{姓名}承诺。", "改")
    with refused(vault, "form.required"):
        save_template(vault, "本人{姓名}承诺书。", " ")
    with refused(vault, "personnel.date"):
        record_commitment(vault, 1, TODAY + dt.timedelta(days=1))
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE commitment_template SET body = 'x'")
