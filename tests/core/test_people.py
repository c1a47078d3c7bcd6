"""People: registry, badges, grades, scope matching, corrections and leaving."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from miji_desk.core import barcodes
from miji_desk.core.carriers import CarrierKind
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.custody import COMPLETE
from miji_desk.core.errors import RuleViolation
from miji_desk.core.levels import CONFIDENTIAL, SECRET, TOP_SECRET, Level
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.people import (
    Grade,
    GradeApproval,
    Person,
    PersonForm,
    add_person,
    check_may_read,
    correct_person,
    grade_from_text,
    in_scope,
    mark_left,
    may_know,
)
from miji_desk.core.registration import MediaForm, register_media
from tests.factories import NOW

from .custody_support import make_staff, refused, register

INTERNAL = Level("internal", "内部", 50, None, False)


def person(**kw: object) -> Person:
    values: dict[str, object] = dict(id=1, badge="RY000000018", name="张建华", department="办公室",
                                     post="主任", grade=Grade.IMPORTANT, active=True)
    values.update(kw)
    return Person(**values)  # type: ignore[arg-type]


# -- badges ------------------------------------------------------------------------------------

def test_badges_are_distinct_from_carrier_codes() -> None:
    badge = barcodes.for_person(1)
    assert badge == "RY000000018"
    assert barcodes.is_badge(badge) and not barcodes.is_badge(barcodes.for_carrier(1))
    assert barcodes.check_badge(f"  {badge}\n") == badge
    with pytest.raises(RuleViolation, match="校验位"):
        barcodes.check_badge("RY000000019")
    with pytest.raises(RuleViolation, match="载体条码"):
        barcodes.check_badge(barcodes.for_carrier(7))
    with pytest.raises(RuleViolation, match="人员证件"):
        barcodes.check(badge)  # a medium's own code may not look like a badge


def test_a_medium_cannot_take_a_badge_shaped_code(vault) -> None:
    with refused(vault, "人员证件"):
        register_media(vault, MediaForm(CarrierKind.USB, "U盘", "SN1", "专用", "secret",
                                        barcode="RY000000018"))


def test_add_person_gives_a_badge_and_history(vault) -> None:
    p = add_person(vault, PersonForm(" 张建华 ", "重要", "办公室", "主任"))
    assert p.badge == barcodes.for_person(p.id) and p.grade is Grade.IMPORTANT
    assert p.display == "张建华（办公室）"
    assert vault.custody.person_by_badge(p.badge) == p
    history = vault.custody.person_history(p.id)
    assert [h.action for h in history] == ["person_added"]
    last = vault.conn.execute("SELECT action, detail FROM audit_event ORDER BY seq DESC").fetchone()
    assert last[0] == "person_added" and json.loads(last[1])["badge"] == p.badge


def test_add_person_refusals(vault) -> None:
    add_person(vault, PersonForm("张建华", Grade.IMPORTANT, "办公室", "主任"))
    with refused(vault, "重复登记"):
        add_person(vault, PersonForm("张建华", Grade.CORE, "办公室", "主任"))
    with refused(vault, "姓名"):
        add_person(vault, PersonForm("  ", Grade.CORE))
    with refused(vault, "涉密等级"):
        add_person(vault, PersonForm("某人", "特级"))
    with refused(vault, "控制字符"):
        add_person(vault, PersonForm("某\x00人", Grade.CORE))
    with refused(vault, "过长"):
        add_person(vault, PersonForm("长" * 61, Grade.CORE))


def test_grade_labels() -> None:
    assert grade_from_text("核心") is Grade.CORE
    assert grade_from_text("一般涉密人员") is Grade.GENERAL
    assert grade_from_text("none") is Grade.NONE


# -- who may read ------------------------------------------------------------------------------

@pytest.mark.parametrize(("grade", "allowed"), [
    (Grade.CORE, {"绝密", "机密", "秘密", "内部"}),
    (Grade.IMPORTANT, {"机密", "秘密", "内部"}),
    (Grade.GENERAL, {"秘密", "内部"}),
    (Grade.NONE, {"内部"}),
])
def test_grades_map_to_level_ranks(grade: Grade, allowed: set[str]) -> None:
    levels = (TOP_SECRET, SECRET, CONFIDENTIAL, INTERNAL)
    assert {lv.name for lv in levels if may_know(grade, lv)} == allowed


@pytest.mark.parametrize(("scope", "inside"), [
    ("办公室主任、分管领导", True),  # department + post
    ("办公室", True),
    ("主任", True),  # the post itself
    ("张建华", True),
    ("办公室全体", True),
    ("办公室全体人员；财务处", True),
    ("各部门主任", True),
    ("全体人员", True),
    ("财务处主任", False),
    ("办公室副主任", False),  # exact entries only, never substrings
    ("办公", False),
    ("张建", False),
    ("院领导", False),
])
def test_scope_matching(scope: str, inside: bool) -> None:
    assert in_scope(scope, person()) is inside


def test_check_may_read_reasons() -> None:
    with pytest.raises(RuleViolation, match="只能知悉机密级及以下"):
        check_may_read(person(), TOP_SECRET, "全体", "X")
    with pytest.raises(RuleViolation, match="不是涉密人员"):
        check_may_read(person(grade=Grade.NONE), CONFIDENTIAL, "全体", "X")
    with pytest.raises(RuleViolation, match="没有登记知悉范围"):
        check_may_read(person(), SECRET, "  ", "X")
    with pytest.raises(RuleViolation, match="不在 X 的知悉范围"):
        check_may_read(person(), SECRET, "财务处", "X")
    with pytest.raises(RuleViolation, match="已离岗"):
        check_may_read(person(active=False, left_on=dt.date(2026, 1, 1)), SECRET, "全体", "X")
    check_may_read(person(grade=Grade.NONE), INTERNAL, "办公室", "X")


# -- corrections -------------------------------------------------------------------------------

def test_correction_keeps_before_and_after_and_updates_holder_text(vault) -> None:
    staff = make_staff(vault)
    reg = register(vault, scope="办公室主任")
    lend(vault, LoanForm(staff.director.badge, [reg.barcodes[0]], "核稿", "李国强", NOW.date(),
                         "借审1号"))
    assert correct_person(vault, staff.director.id, "department", "办公室", "无变化") is False
    assert correct_person(vault, staff.director.id, "name", "张建中", "身份证姓名") is True
    assert vault.carrier(reg.carrier_ids[0]).holder == "张建中（办公室）"
    ev = vault.custody.person_history(staff.director.id)[-1]
    assert (ev.action, ev.field, ev.before, ev.after, ev.note) == (
        "person_corrected", "name", "张建华", "张建中", "身份证姓名")
    assert vault.ledger.history(reg.carrier_ids[0])[-1].after == "张建中（办公室）"
    assert correct_person(vault, staff.director.id, "grade", "核心", "岗位调整",
                          GradeApproval("人事处", "刘局长"))
    assert vault.custody.person(staff.director.id).grade is Grade.CORE
    with refused(vault, "证件条码"):
        correct_person(vault, staff.director.id, "badge", "RY000000026", "x")
    with refused(vault, "更正理由"):
        correct_person(vault, staff.director.id, "post", "副主任", " ")
    with refused(vault, "姓名"):
        correct_person(vault, staff.director.id, "name", "", "清空")


# -- leaving -----------------------------------------------------------------------------------

def test_leaving_is_refused_with_every_holding_listed(vault) -> None:
    staff = make_staff(vault)
    reg = register(vault, scope="办公室主任")
    other = register(vault, title="关于年度保密检查的通知", scope="办公室", copy_numbers="1")
    lend(vault, LoanForm(staff.director.badge, [reg.barcodes[0]], "核稿", "李国强", NOW.date(),
                         "借审1号"))
    open_circulation(vault, CirculationForm([other.barcodes[0]], [staff.director.badge]))
    hand_out(vault, other.barcodes[0])
    with refused(vault, "还持有 2 件") as info:
        mark_left(vault, staff.director.id, NOW.date(), "调离")
    assert reg.number in info.value.message and other.number in info.value.message
    assert "年度保密检查" in info.value.message
    return_loan(vault, reg.barcodes[0], COMPLETE)
    with refused(vault, "还持有 1 件"):
        mark_left(vault, staff.director.id, NOW.date(), "调离")
    take_back(vault, other.barcodes[0])
    mark_left(vault, staff.director.id, NOW.date(), "调离本院")
    p = vault.custody.person(staff.director.id)
    assert not p.active and p.left_on == NOW.date()
    assert vault.custody.person_history(p.id)[-1].action == "person_left"
    with refused(vault, "已于"):
        mark_left(vault, p.id, NOW.date(), "再次")
    # Someone who has left reads and borrows nothing more.
    with refused(vault, "已离岗"):
        lend(vault, LoanForm(p.badge, [reg.barcodes[0]], "核稿", "李国强", NOW.date(), "借审1号"))
    assert p not in vault.custody.people()
    assert p in vault.custody.people(active=None)


def test_people_search(vault) -> None:
    staff = make_staff(vault)
    assert [p.name for p in vault.custody.people(text="综合处")] == ["王小丽", "赵晓"]
    assert vault.custody.people(text=staff.dean.badge) == [staff.dean]
    assert vault.custody.people(text="%") == []
    assert vault.custody.person_by_badge("MJ000000018") is None


def test_history_rows_of_people_are_append_only(vault) -> None:
    staff = make_staff(vault)
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE person_event SET note = 'x'")
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute("DELETE FROM person WHERE id = ?", (staff.dean.id,))
    with pytest.raises(Exception, match="badge never changes"):
        vault.conn.execute("UPDATE person SET badge = 'RY000000091' WHERE id = ?",
                           (staff.dean.id,))
