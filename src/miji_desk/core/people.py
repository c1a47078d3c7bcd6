"""People (涉密人员): who may read or borrow, graded by the highest level they may know.

篇七 and DESIGN.md: 涉密人员 are graded 核心 / 重要 / 一般, meaning they may know up to 绝密 /
机密 / 秘密. This registry adds 非涉密 for staff who may read only the unit's own levels (内部,
商密). Each person has a badge barcode (``RY`` + 9 digits), so lending is two scans.

Who may read a carrier (used by circulation and loans):

- grade: the carrier's level rank must not exceed what the grade allows (``may_know``);
- 知悉范围 (scope): the registration's scope text is a list of entries separated by 、，,；;/ or
  blanks. A reader is inside it when an entry is exactly one of: their name; their department;
  their post; department + post (``办公室`` + ``主任`` = ``办公室主任``); department +
  全体 / 全体人员 / 所有人员 / 人员 / 成员 / 全体成员 (``综合处全体``); 各部门 / 各处室 /
  各科室 / 各单位 + post (``各部门负责人``); or 全体 / 全体人员 / 全员 / 所有人员 (everyone
  registered). Matching is exact
  per entry, never substring, so ``主任`` does not let every 主任 read an ``办公室主任`` document.
- An empty scope is refused, not treated as "no restriction": reading is within the approved
  scope only (篇三 十二; 篇四 (十一)), so the clerk first records the scope by a correction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from . import barcodes
from .carriers import TERMINAL, Status
from .errors import RuleViolation
from .levels import CONFIDENTIAL, SECRET, TOP_SECRET, Level
from .names import same_name
from .ports import Ledger, LedgerTx
from .text import LONG, clean

NAME_LIMIT = 60
UNIT_LIMIT = 100  # department and post


class Grade(StrEnum):
    CORE = "core"  # 核心: up to 绝密
    IMPORTANT = "important"  # 重要: up to 机密
    GENERAL = "general"  # 一般: up to 秘密
    NONE = "none"  # 非涉密: only levels that are not state secrets


GRADE_LABEL = {Grade.CORE: "核心", Grade.IMPORTANT: "重要", Grade.GENERAL: "一般",
               Grade.NONE: "非涉密"}
GRADE_MAX_LEVEL = {Grade.CORE: TOP_SECRET, Grade.IMPORTANT: SECRET, Grade.GENERAL: CONFIDENTIAL}


def grade_from_text(text: str) -> Grade:
    """A grade by its code or its printed label (核心 / 重要 / 一般 / 非涉密)."""
    text = text.strip()
    for g, label in GRADE_LABEL.items():
        if text in (g.value, label, label + "涉密人员"):
            return g
    raise RuleViolation("person.grade", None, "grade")


def may_know(grade: Grade, level: Level) -> bool:
    if grade is Grade.NONE:
        return not level.state_secret and level.rank < CONFIDENTIAL.rank
    return level.rank <= GRADE_MAX_LEVEL[grade].rank


@dataclass(frozen=True)
class Person:
    id: int
    badge: str
    name: str
    department: str
    post: str
    grade: Grade
    active: bool
    left_on: dt.date | None = None
    notes: str = ""
    outside_unit: str = ""  # an outside reader's own unit (篇十二 六); "" for the unit's staff
    letter_ref: str = ""  # their 介绍信

    @property
    def outside(self) -> bool:
        return bool(self.outside_unit)

    @property
    def display(self) -> str:
        """How the person appears as a carrier's holder and on paper: 张伟（综合处）; an outside
        reader with their unit and 介绍信: 李明（省保密局，介绍信 省保〔2026〕3号）."""
        if self.outside_unit:
            return f"{self.name}（{self.outside_unit}，介绍信 {self.letter_ref}）"
        return f"{self.name}（{self.department}）" if self.department else self.name

    @property
    def grade_label(self) -> str:
        return GRADE_LABEL[self.grade]

    @staticmethod
    def from_row(row: object) -> Person:
        r = dict(row)  # type: ignore[call-overload]
        left = r.get("left_on")
        return Person(id=int(r["id"]), badge=str(r["badge"]), name=str(r["name"]),
                      department=str(r["department"]), post=str(r["post"]),
                      grade=Grade(str(r["grade"])), active=bool(r["active"]),
                      left_on=dt.date.fromisoformat(str(left)) if left else None,
                      notes=str(r.get("notes") or ""),
                      outside_unit=str(r.get("outside_unit") or ""),
                      letter_ref=str(r.get("letter_ref") or ""))


# -- who may read --------------------------------------------------------------------------------

_SEPARATORS = re.compile(r"[、，,；;/／\s]+")
EVERYONE = frozenset({"全体", "全体人员", "全员", "所有人员"})
DEPARTMENT_SUFFIXES = ("全体", "全体人员", "所有人员", "人员", "成员", "全体成员")
EVERY_DEPARTMENT = ("各部门", "各处室", "各科室", "各单位")


def scope_entries(scope: str) -> list[str]:
    return [e for e in _SEPARATORS.split(scope.strip()) if e]


def in_scope(scope: str, person: Person) -> bool:
    """Whether ``person`` is inside the 知悉范围 ``scope`` (see the module docstring)."""
    names = {person.name}
    if person.outside_unit:
        names.add(person.outside_unit)
    if person.department:
        names.add(person.department)
        names.update(person.department + s for s in DEPARTMENT_SUFFIXES)
    if person.post:
        names.add(person.post)
        names.update(p + person.post for p in EVERY_DEPARTMENT)
        if person.department:
            names.add(person.department + person.post)
    return any(e in EVERYONE or e in names for e in scope_entries(scope))


def check_may_read(person: Person, level: Level, scope: str, what: str) -> None:
    """Refuse, with the reason, a reader or borrower who may not see this carrier."""
    if not person.active:
        raise RuleViolation(
            "person.left", {"person": person.name, "left_on": person.left_on}, "person")
    if not may_know(person.grade, level):
        if person.grade is Grade.NONE:
            raise RuleViolation(
                "person.not_cleared",
                {"person": person.name, "level": level.name, "carrier": what},
                "person",
            )
        top = GRADE_MAX_LEVEL[person.grade]
        raise RuleViolation("person.grade_too_low", {
            "person": person.name, "grade": person.grade_label, "top": top.name, "carrier": what,
            "level": level.name}, "person")
    if not scope.strip():
        raise RuleViolation("scope.missing", {"carrier": what}, "scope")
    if not in_scope(scope, person):
        who = "，".join(x for x in (person.department, person.post) if x)
        params = {"person": person.name, "who": who, "carrier": what, "scope": scope}
        raise RuleViolation("scope.outside" if who else "scope.outside_unplaced", params, "scope")


# -- lookups inside a transaction ----------------------------------------------------------------

def person_by_badge(tx: LedgerTx, code: str) -> Person:
    badge = barcodes.check_badge(code)
    pid = tx.person_id_by_badge(badge)
    if pid is None:
        raise RuleViolation("badge.unknown", {"badge": badge}, "badge")
    return Person.from_row(tx.person_row(pid))


def person_by_id(tx: LedgerTx, person_id: int) -> Person:
    try:
        return Person.from_row(tx.person_row(person_id))
    except LookupError:
        raise RuleViolation("person.no_such", None, "person") from None


# -- workflows -----------------------------------------------------------------------------------

@dataclass
class PersonForm:
    name: str
    grade: Grade | str
    department: str = ""
    post: str = ""
    notes: str = ""


def _grade(value: Grade | str) -> Grade:
    return value if isinstance(value, Grade) else grade_from_text(value)


def add_person(ledger: Ledger, form: PersonForm) -> Person:
    """Register a person; their badge is generated from their id."""
    name = clean(form.name, label="姓名", field="name", limit=NAME_LIMIT, required=True)
    department = clean(form.department, label="部门", field="department", limit=UNIT_LIMIT)
    post = clean(form.post, label="岗位", field="post", limit=UNIT_LIMIT)
    grade = _grade(form.grade)
    notes = clean(form.notes, label="备注", field="notes", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        if tx.same_person_exists(name, department, post):
            raise RuleViolation(
                "person.duplicate", {"department": department, "name": name}, "name")
        pid = tx.insert_person({"name": name, "department": department, "post": post,
                                "grade": grade.value, "notes": notes, "active": 1,
                                "added_at": tx.now})
        person = Person.from_row(tx.person_row(pid))
        tx.record_person_event(pid, "person_added", after={
            "name": name, "department": department, "post": post, "grade": grade.value})
        tx.audit("person_added", [], {"person_id": pid, "badge": person.badge, "name": name,
                                      "department": department, "post": post,
                                      "grade": grade.value})
        return person


PERSON_FIELDS = {"name": "姓名", "department": "部门", "post": "岗位", "grade": "涉密等级",
                 "notes": "备注"}


@dataclass(frozen=True)
class GradeApproval:
    """Who proposed a change of 涉密等级 and the leader who approved it (篇七 第六条)."""

    proposer: str
    approver: str


def correct_person(ledger: Ledger, person_id: int, field: str, new_value: str,
                   reason: str, approval: GradeApproval | None = None) -> bool:
    """Change one field of a person, keeping the old value beside the new one with the reason.

    A changed name or department also changes the holder text of what they hold now. Returns
    False when the value is unchanged (nothing is written). The badge never changes.

    A change of grade (篇七 第六条) records who proposed it and the leader who approved it
    (``approval``; the leader is neither the clerk nor the person), and a lower grade is refused
    while the person holds anything above it: a loan, a circulation hand-out, or a medium they
    are the 责任人 of.
    """
    reason = clean(reason, label="更正理由", field="reason", limit=LONG, required=True)
    if field not in PERSON_FIELDS:
        raise RuleViolation("person.identity_field", None, field)
    value: str
    grade_approval: dict[str, str] = {}
    if field == "grade":
        value = _grade(new_value).value
        grade_approval = _grade_approval(ledger, approval)
    else:
        value = clean(new_value, label=PERSON_FIELDS[field], field=field,
                      limit={"name": NAME_LIMIT, "notes": LONG}.get(field, UNIT_LIMIT),
                      required=field == "name", multiline=field == "notes")
    with ledger.transaction() as tx:
        person = person_by_id(tx, person_id)
        before = tx.person_row(person_id)[field]
        if before == value:
            return False
        if grade_approval:
            if same_name(grade_approval["approver"], person.name):
                raise RuleViolation("person.grade_self_approved", {"person": person.name},
                                    "approver")
            _check_regrade(ledger, tx, person, Grade(value))
        tx.update_person(person_id, {field: value})
        note = reason
        if grade_approval:
            note = (f"提议人{grade_approval['proposer']}，批准人{grade_approval['approver']}："
                    f"{reason}")
            # The grade history (personnel.py): the proposer stands as the reviewer here.
            tx.insert_record("person_grade_change", {
                "person_id": person_id, "old_grade": before, "new_grade": value,
                "reason": reason, "reviewer": grade_approval["proposer"],
                "approver": grade_approval["approver"],
                "approved_on": ledger.clock.now().date().isoformat(), "changed_at": tx.now})
        tx.record_person_event(person_id, "person_corrected", field=field, before=before,
                               after=value, note=note)
        held = tx.holdings_of_person(person_id)
        if field in ("name", "department"):
            display = Person.from_row(tx.person_row(person_id)).display
            for cid in held:
                tx.update_carrier(cid, {"holder": display})
                tx.record_event("correct", carrier_id=cid, field="holder",
                                before=person.display, after=display, note=reason)
        tx.audit("person_corrected", held, {"person_id": person_id, "badge": person.badge,
                                            "field": field, "before": before, "after": value,
                                            "reason": reason, **grade_approval})
    return True


def _grade_approval(ledger: Ledger, approval: GradeApproval | None) -> dict[str, str]:
    given = approval or GradeApproval("", "")
    proposer = clean(given.proposer, label="提议人", field="proposer", required=True)
    approver = clean(given.approver, label="批准领导", field="approver", required=True)
    if same_name(approver, ledger.actor):
        raise RuleViolation("approval.clerk_approves", {"approver": approver}, "approver")
    return {"proposer": proposer, "approver": approver}


def _line(row: object) -> str:
    r = dict(row)  # type: ignore[call-overload]
    return f"{r['number']} {r['title']}"


def registered_under(tx: LedgerTx, person: Person) -> list[dict[str, object]]:
    """The carriers still in the unit's keeping whose registration names ``person`` as their
    责任人 (media) or 经办人: what they answer for beside what they hold in their hands."""
    names = [n for n in tx.handled_by_names() if same_name(n, person.name)]
    if not names:
        return []
    return [dict(r) for r in tx.carriers_handled_by(names)
            if Status(str(r["status"])) not in TERMINAL]


def _check_regrade(ledger: Ledger, tx: LedgerTx, person: Person, grade: Grade) -> None:
    above: list[str] = []
    for cid in tx.holdings_of_person(person.id):
        row = tx.carrier_row(cid)
        if not may_know(grade, ledger.levels.get(str(row["level_code"]))):
            above.append(_line(row))
    for row in registered_under(tx, person):
        if row["register"] == "media" and not may_know(
                grade, ledger.levels.get(str(row["level_code"]))):
            above.append(_line(row) + "（责任人）")
    if above:
        raise RuleViolation("person.regrade_holds_higher", {
            "person": person.name, "grade": GRADE_LABEL[grade], "count": len(above),
            "held": above}, "grade")


def mark_left(ledger: Ledger, person_id: int, left_on: dt.date, reason: str) -> None:
    """A person leaves (调离、离职、退休). Refused while they hold any carrier, or while a carrier
    in the unit's keeping is registered under them (责任人 of a medium, 经办人): the refusal
    lists every one; each is handed back, or its 责任人 corrected, first (篇三 二十五; 篇六 第九条;
    篇七 第六条)."""
    reason = clean(reason, label="离岗原因", field="reason", limit=LONG, required=True)
    today = ledger.clock.now().date()
    if left_on.year < 1949 or left_on > today + dt.timedelta(days=366):
        raise RuleViolation("person.left_on", None, "left_on")
    with ledger.transaction() as tx:
        person = person_by_id(tx, person_id)
        if not person.active:
            raise RuleViolation(
                "person.already_left", {"person": person.name, "left_on": person.left_on}, "person")
        held = tx.holdings_of_person(person_id)
        if held:
            lines = []
            for cid in held:
                row = tx.carrier_row(cid)
                lines.append(f"{row['number']} {row['title']}")
            raise RuleViolation(
                "person.holds_carriers",
                {"person": person.name, "count": len(held), "held": lines},
                "holdings",
            )
        kept = registered_under(tx, person)
        if kept:
            raise RuleViolation(
                "person.keeps_carriers",
                {"person": person.name, "count": len(kept), "held": [_line(r) for r in kept]},
                "holdings",
            )
        tx.update_person(person_id, {"active": 0, "left_on": left_on.isoformat()})
        tx.record_person_event(person_id, "person_left", field="active", before=True,
                               after=False, note=f"{left_on.isoformat()} {reason}")
        tx.audit("person_left", [], {"person_id": person_id, "badge": person.badge,
                                     "name": person.name, "left_on": left_on.isoformat(),
                                     "reason": reason})


__all__ = ["GRADE_LABEL", "GRADE_MAX_LEVEL", "PERSON_FIELDS", "Grade", "GradeApproval", "Person",
           "PersonForm", "add_person", "check_may_read", "correct_person", "grade_from_text",
           "in_scope", "mark_left", "may_know", "person_by_badge", "registered_under",
           "scope_entries"]
