"""Classified personnel (涉密人员, 篇七): grade history, reviews, training, departures, 脱密期.

Builds on the registry in ``people.py`` (a person, their grade, their badge, leaving).

- **Grade changes** (第五、六条): each records the reason, the 部门负责人 who reviewed it and the
  单位领导 who approved it, with the date of approval. Neither may be the person; the approver is
  never the clerk. A lower grade is refused while the person holds or answers for anything above
  it (the rule of ``people.correct_person``).
- **Reviews** (审查, 第七条): date, result (passed / failed) and who did it.
- **Training** (保密教育, 第九条; 篇十二 三): one session, many attendees; date, topic, hours. A
  classified person on post with no session in the twelve months up to today is behind.
- **Departure** (第十一、十三、十四条): 调离岗位 / 调动 / 辞职 / 退休. Started with its date and
  reason; it lists everything that must come back (``outstanding``) and is completed only when
  that list is empty. Completion marks the person as left and fixes their 脱密期.
- **脱密期** (第十一条): 核心 3 years, 重要 2, 一般 1, counted from the leaving date the way the
  civil code counts periods (民法典 第二百零一、二百零二条): the leaving day itself is not
  counted, and the period ends on the same month and day N years later, or on the last day of
  that month when it has no such day (left 2024-02-29, 1 year: ends 2025-02-28). A 非涉密 person
  has none. It may be extended (later only) with a reason and the approving leader.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from .carriers import CarrierKind
from .errors import RuleViolation
from .names import same_name
from .people import (
    GRADE_LABEL,
    Grade,
    Person,
    _check_regrade,
    _grade,
    person_by_id,
    registered_under,
)
from .ports import Ledger, LedgerTx
from .text import LONG, clean

EXIT_YEARS: dict[Grade, int] = {Grade.CORE: 3, Grade.IMPORTANT: 2, Grade.GENERAL: 1}
TRAINING_PER_YEAR = 1  # 篇十二 三 asks for one or two sessions a year: fewer than one is behind
TOPIC_LIMIT = 200
MAX_HOURS = 24.0


def _day(value: dt.date | None, label: str, field: str, today: dt.date) -> dt.date:
    if value is None:
        raise RuleViolation("form.required", {"label": label}, field)
    if isinstance(value, dt.datetime):
        value = value.date()
    if value.year < 1949 or value > today:
        raise RuleViolation("personnel.date", {"label": label}, field)
    return value


# -- 脱密期 --------------------------------------------------------------------------------------

def add_years(day: dt.date, years: int) -> dt.date:
    """The same month and day ``years`` later; the last day of February when there is none."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def exit_period_end(grade: Grade, left_on: dt.date) -> dt.date | None:
    """The last day of the 脱密期 of someone of ``grade`` who left on ``left_on`` (None: 非涉密)."""
    years = EXIT_YEARS.get(grade)
    return None if years is None else add_years(left_on, years)


# -- grade changes -------------------------------------------------------------------------------

@dataclass(frozen=True)
class GradeChange:
    grade: Grade | str
    reason: str
    reviewer: str  # 部门负责人 who reviewed it (审核)
    approver: str  # 单位领导 who approved it (审批)
    approved_on: dt.date | None


def change_grade(ledger: Ledger, person_id: int, change: GradeChange) -> bool:
    """Change a person's 涉密等级 with its reason, reviewer and approver (篇七 第五、六条).
    Returns False when the grade is already that (nothing is written)."""
    today = ledger.clock.now().date()
    grade = _grade(change.grade)
    reason = clean(change.reason, label="调整理由", field="reason", limit=LONG, required=True)
    reviewer = clean(change.reviewer, label="审核的部门负责人", field="reviewer", required=True)
    approver = clean(change.approver, label="批准领导", field="approver", required=True)
    approved_on = _day(change.approved_on, "批准日期", "approved_on", today)
    if same_name(approver, ledger.actor):
        raise RuleViolation("approval.clerk_approves", {"approver": approver}, "approver")
    with ledger.transaction() as tx:
        person = person_by_id(tx, person_id)
        if person.grade is grade:
            return False
        if not person.active:
            raise RuleViolation("person.left", {"person": person.name,
                                                "left_on": person.left_on}, "person")
        for who, field in ((approver, "approver"), (reviewer, "reviewer")):
            if same_name(who, person.name):
                raise RuleViolation("person.grade_self_approved", {"person": person.name}, field)
        _check_regrade(ledger, tx, person, grade)
        write_grade_change(tx, person, grade, reason, reviewer, approver, approved_on)
        tx.audit("person_grade_changed", tx.holdings_of_person(person_id), {
            "person_id": person_id, "badge": person.badge, "before": person.grade.value,
            "after": grade.value, "reason": reason, "reviewer": reviewer, "approver": approver,
            "approved_on": approved_on.isoformat()})
    return True


def write_grade_change(tx: LedgerTx, person: Person, grade: Grade, reason: str, reviewer: str,
                       approver: str, approved_on: dt.date) -> None:
    """The rows of a grade change (the caller writes the audit event)."""
    tx.update_person(person.id, {"grade": grade.value})
    tx.insert_record("person_grade_change", {
        "person_id": person.id, "old_grade": person.grade.value, "new_grade": grade.value,
        "reason": reason, "reviewer": reviewer, "approver": approver,
        "approved_on": approved_on.isoformat(), "changed_at": tx.now})
    tx.record_person_event(person.id, "person_corrected", field="grade",
                           before=person.grade.value, after=grade.value,
                           note=f"审核人{reviewer}，批准人{approver}（{approved_on}）：{reason}")


@dataclass(frozen=True)
class GradeStep:
    """One line of a person's grade history."""

    old_grade: Grade
    new_grade: Grade
    reason: str
    reviewer: str
    approver: str
    approved_on: dt.date
    changed_at: str

    @staticmethod
    def from_row(row: object) -> GradeStep:
        r = dict(row)  # type: ignore[call-overload]
        return GradeStep(Grade(str(r["old_grade"])), Grade(str(r["new_grade"])), str(r["reason"]),
                         str(r["reviewer"]), str(r["approver"]),
                         dt.date.fromisoformat(str(r["approved_on"])), str(r["changed_at"]))


# -- reviews -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReviewForm:
    reviewed_on: dt.date | None
    passed: bool
    reviewer: str
    note: str = ""


def record_review(ledger: Ledger, person_id: int, form: ReviewForm) -> int:
    """A review (审查) of a person: date, result and who did it (篇七 第七条)."""
    today = ledger.clock.now().date()
    reviewed_on = _day(form.reviewed_on, "审查日期", "reviewed_on", today)
    reviewer = clean(form.reviewer, label="审查人", field="reviewer", required=True)
    note = clean(form.note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        person = person_by_id(tx, person_id)
        if same_name(reviewer, person.name):
            raise RuleViolation("personnel.self_review", {"person": person.name}, "reviewer")
        result = "passed" if form.passed else "failed"
        rid = tx.insert_record("person_review", {
            "person_id": person_id, "reviewed_on": reviewed_on.isoformat(), "result": result,
            "reviewer": reviewer, "note": note, "recorded_at": tx.now})
        tx.audit("person_reviewed", [], {"person_id": person_id, "badge": person.badge,
                                         "reviewed_on": reviewed_on.isoformat(),
                                         "result": result, "reviewer": reviewer})
        return rid


# -- training ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingForm:
    held_on: dt.date | None
    topic: str
    hours: float
    person_ids: Sequence[int]


def record_training(ledger: Ledger, form: TrainingForm) -> list[int]:
    """One training session and everyone who attended it (篇七 第九条): one row each."""
    today = ledger.clock.now().date()
    held_on = _day(form.held_on, "培训日期", "held_on", today)
    topic = clean(form.topic, label="培训内容", field="topic", limit=TOPIC_LIMIT, required=True)
    hours = float(form.hours)
    if not 0 < hours <= MAX_HOURS:
        raise RuleViolation("training.hours", {"max": int(MAX_HOURS)}, "hours")
    ids = list(dict.fromkeys(form.person_ids))
    if not ids:
        raise RuleViolation("training.no_people", None, "people")
    with ledger.transaction() as tx:
        people = [person_by_id(tx, pid) for pid in ids]
        for p in people:
            if any(str(r["held_on"]) == held_on.isoformat() and r["topic"] == topic
                   for r in tx.record_rows("training", p.id)):
                raise RuleViolation("training.duplicate", {"person": p.name, "topic": topic,
                                                           "held_on": held_on}, "people")
        rows = [tx.insert_record("training", {
            "person_id": p.id, "held_on": held_on.isoformat(), "topic": topic, "hours": hours,
            "recorded_at": tx.now}) for p in people]
        tx.audit("training_recorded", [], {"held_on": held_on.isoformat(), "topic": topic,
                                           "hours": hours, "badges": [p.badge for p in people]})
        return rows


@dataclass(frozen=True)
class TrainingLine:
    person_id: int
    held_on: dt.date
    topic: str
    hours: float


@dataclass(frozen=True)
class Behind:
    """A classified person on post short of training in the twelve months up to ``today``."""

    person: Person
    sessions: int  # in those twelve months
    last: dt.date | None  # their latest session ever


# -- departure -----------------------------------------------------------------------------------

class DepartureKind(StrEnum):
    POST = "post"  # 调离岗位 (leaves the classified post, stays in the unit)
    TRANSFER = "transfer"  # 调动
    RESIGN = "resign"  # 辞职
    RETIRE = "retire"  # 退休


DEPARTURE_LABEL = {DepartureKind.POST: "调离岗位", DepartureKind.TRANSFER: "调动",
                   DepartureKind.RESIGN: "辞职", DepartureKind.RETIRE: "退休"}


@dataclass(frozen=True)
class DepartureForm:
    kind: DepartureKind | str
    leaving_on: dt.date | None
    reason: str


@dataclass(frozen=True)
class Outstanding:
    """One thing that must come back before a departure completes."""

    carrier_id: int
    number: str
    title: str
    why: str  # 持有（借阅/传阅） | 责任人 | 经办人 | 保密笔记本/摘抄

    @property
    def line(self) -> str:
        return f"{self.number} {self.title}（{self.why}）"


def outstanding(tx: LedgerTx, person: Person) -> list[Outstanding]:
    """Everything the person holds (loans, hand-outs) or answers for (责任人 of a medium,
    经办人 of a registration, their notebooks and 摘抄 registered as kind "other") that is
    still in the unit's keeping (篇三 二十五; 篇六 第九条 (三); 篇七 第十一条)."""
    items: list[Outstanding] = []
    seen: set[int] = set()
    for cid in tx.holdings_of_person(person.id):
        row = tx.carrier_row(cid)
        why = "借阅" if str(row["status"]) == "on_loan" else "传阅"
        items.append(Outstanding(cid, str(row["number"]), str(row["title"]), f"持有（{why}）"))
        seen.add(cid)
    for r in registered_under(tx, person):
        cid = int(str(r["id"]))
        if cid in seen:
            continue
        seen.add(cid)
        if str(r.get("kind")) == CarrierKind.OTHER.value:
            why = "保密笔记本/摘抄"
        elif r["register"] == "media":
            why = "责任人"
        else:
            why = "经办人"
        items.append(Outstanding(cid, str(r["number"]), str(r["title"]), why))
    return items


def start_departure(ledger: Ledger, person_id: int, form: DepartureForm) -> int:
    """Open a departure: the person stays on post until it completes."""
    today = ledger.clock.now().date()
    try:
        kind = DepartureKind(form.kind)
    except ValueError:
        raise RuleViolation("departure.kind", None, "kind") from None
    leaving_on = form.leaving_on
    if leaving_on is None:
        raise RuleViolation("form.required", {"label": "离岗日期"}, "leaving_on")
    if leaving_on.year < 1949 or leaving_on > today + dt.timedelta(days=366):
        raise RuleViolation("person.left_on", None, "leaving_on")
    reason = clean(form.reason, label="离岗原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        person = person_by_id(tx, person_id)
        if not person.active:
            raise RuleViolation(
                "person.already_left", {"person": person.name, "left_on": person.left_on},
                "person")
        if tx.open_departure_of(person_id) is not None:
            raise RuleViolation("departure.already_started", {"person": person.name}, "person")
        did = tx.insert_record("departure", {
            "person_id": person_id, "kind": kind.value, "leaving_on": leaving_on.isoformat(),
            "reason": reason, "started_at": tx.now})
        tx.record_person_event(person_id, "departure_started", note=(
            f"{DEPARTURE_LABEL[kind]} {leaving_on.isoformat()} {reason}"))
        tx.audit("departure_started", [], {"person_id": person_id, "badge": person.badge,
                                           "departure_id": did, "kind": kind.value,
                                           "leaving_on": leaving_on.isoformat(),
                                           "reason": reason})
        return did


def complete_departure(ledger: Ledger, departure_id: int) -> dt.date | None:
    """Complete a departure once nothing is outstanding: the person is marked as left on the
    leaving date and their 脱密期 is fixed from the grade they held. Returns its last day."""
    with ledger.transaction() as tx:
        try:
            dep = tx.departure_row(departure_id)
        except LookupError:
            raise RuleViolation("departure.no_such", None, "departure") from None
        person = person_by_id(tx, int(str(dep["person_id"])))
        if dep["completed_at"] is not None:
            raise RuleViolation("departure.completed", {"person": person.name}, "departure")
        items = outstanding(tx, person)
        if items:
            raise RuleViolation("departure.outstanding", {
                "person": person.name, "count": len(items), "held": [i.line for i in items]},
                "holdings")
        leaving_on = dt.date.fromisoformat(str(dep["leaving_on"]))
        ends = exit_period_end(person.grade, leaving_on)
        tx.update_departure(departure_id, {
            "exit_grade": person.grade.value, "completed_at": tx.now,
            "exit_ends_on": ends.isoformat() if ends else None})
        tx.update_person(person.id, {"active": 0, "left_on": leaving_on.isoformat()})
        kind = DepartureKind(str(dep["kind"]))
        tx.record_person_event(person.id, "person_left", field="active", before=True,
                               after=False, note=f"{leaving_on.isoformat()} "
                               f"{DEPARTURE_LABEL[kind]} {dep['reason']}")
        tx.audit("person_left", [], {
            "person_id": person.id, "badge": person.badge, "name": person.name,
            "left_on": leaving_on.isoformat(), "reason": str(dep["reason"]),
            "departure_id": departure_id, "kind": kind.value, "grade": person.grade.value,
            "exit_ends_on": ends.isoformat() if ends else None})
        return ends


def departure_blockers(ledger: Ledger, person_id: int) -> list[Outstanding]:
    """What still blocks a person's departure, read in a transaction that writes nothing."""
    with ledger.transaction() as tx:
        return outstanding(tx, person_by_id(tx, person_id))


@dataclass(frozen=True)
class Extension:
    new_ends_on: dt.date | None
    reason: str
    approver: str


def extend_exit_period(ledger: Ledger, departure_id: int, ext: Extension) -> None:
    """Extend a 脱密期 (篇七 第十一条 必要时可适当延长): later only, with reason and approver."""
    reason = clean(ext.reason, label="延长理由", field="reason", limit=LONG, required=True)
    approver = clean(ext.approver, label="批准领导", field="approver", required=True)
    if ext.new_ends_on is None:
        raise RuleViolation("form.required", {"label": "脱密期截止日期"}, "new_ends_on")
    if same_name(approver, ledger.actor):
        raise RuleViolation("approval.clerk_approves", {"approver": approver}, "approver")
    with ledger.transaction() as tx:
        try:
            dep = tx.departure_row(departure_id)
        except LookupError:
            raise RuleViolation("departure.no_such", None, "departure") from None
        person = person_by_id(tx, int(str(dep["person_id"])))
        if dep["exit_ends_on"] is None:
            raise RuleViolation("exit.none", {"person": person.name}, "departure")
        old = dt.date.fromisoformat(str(dep["exit_ends_on"]))
        if ext.new_ends_on <= old:
            raise RuleViolation("exit.not_later", {"person": person.name, "ends_on": old},
                                "new_ends_on")
        tx.update_departure(departure_id, {"exit_ends_on": ext.new_ends_on.isoformat()})
        tx.insert_record("exit_extension", {
            "departure_id": departure_id, "old_ends_on": old.isoformat(),
            "new_ends_on": ext.new_ends_on.isoformat(), "reason": reason, "approver": approver,
            "extended_at": tx.now})
        tx.record_person_event(person.id, "exit_extended", field="exit_ends_on",
                               before=old.isoformat(), after=ext.new_ends_on.isoformat(),
                               note=f"批准人{approver}：{reason}")
        tx.audit("exit_extended", [], {"person_id": person.id, "badge": person.badge,
                                       "departure_id": departure_id, "before": old.isoformat(),
                                       "after": ext.new_ends_on.isoformat(), "reason": reason,
                                       "approver": approver})


# -- 保密承诺书 ----------------------------------------------------------------------------------

TEMPLATE_LIMIT = 8000
# What a template may name; each is filled from the person and the unit when the letter prints.
TEMPLATE_FIELDS = ("姓名", "部门", "岗位", "涉密等级", "单位")
DEFAULT_TEMPLATE = (
    "本人{姓名}，{单位}{部门}{岗位}，经审查确定为{涉密等级}涉密人员。本人郑重承诺：\n"
    "一、认真遵守国家保密法律、法规和规章制度，履行保密义务；\n"
    "二、不提供虚假个人信息，自愿接受保密审查；\n"
    "三、不违规记录、存储、复制国家秘密信息，不违规留存国家秘密载体；\n"
    "四、不以任何方式泄露所接触和知悉的国家秘密；\n"
    "五、未经单位审查批准，不擅自发表涉及未公开工作内容的文章、著述；\n"
    "六、离岗时，主动清退个人持有和使用的全部涉密载体，接受脱密期管理，严守国家秘密。\n"
    "违反上述承诺，自愿承担党纪、政纪责任和法律后果。"
)


@dataclass(frozen=True)
class Template:
    version: int  # 0: the built-in text, before the unit saved one
    body: str


def check_template(body: str) -> str:
    """A template names only ``TEMPLATE_FIELDS`` in braces; anything else is refused."""
    text = clean(body, label="承诺书内容", field="body", limit=TEMPLATE_LIMIT, required=True,
                 multiline=True)
    try:
        names = [f for _lit, f, _spec, _conv in string.Formatter().parse(text) if f is not None]
    except ValueError:
        raise RuleViolation("commitment.template_braces", None, "body") from None
    unknown = sorted({n for n in names if n not in TEMPLATE_FIELDS})
    if unknown:
        raise RuleViolation("commitment.template_field", {
            "fields": unknown, "known": list(TEMPLATE_FIELDS)}, "body")
    return text


def save_template(ledger: Ledger, body: str, reason: str) -> int:
    """A new version of the unit's 保密承诺书 template; every earlier version is kept."""
    text = check_template(body)
    why = clean(reason, label="修改原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        latest = tx.latest_template()
        if latest is not None and str(latest["body"]) == text:
            raise RuleViolation("commitment.template_same", {"version": latest["version"]},
                                "body")
        version = int(str(latest["version"])) + 1 if latest is not None else 1
        tx.insert_record("commitment_template", {"version": version, "body": text,
                                                 "reason": why, "saved_at": tx.now})
        tx.audit("commitment_template_saved", [], {"version": version, "reason": why})
        return version


def fill_template(template: Template, person: Person, unit_name: str) -> str:
    return template.body.format(**{"姓名": person.name, "部门": person.department,
                                   "岗位": person.post, "涉密等级": GRADE_LABEL[person.grade],
                                   "单位": unit_name})


def record_commitment(ledger: Ledger, person_id: int, signed_on: dt.date | None) -> int:
    """A signed 保密承诺书 (篇七 第八条): its date and the template version it was printed from
    (the newest one; 0 for the built-in text)."""
    today = ledger.clock.now().date()
    day = _day(signed_on, "签订日期", "signed_on", today)
    with ledger.transaction() as tx:
        person = person_by_id(tx, person_id)
        latest = tx.latest_template()
        version = int(str(latest["version"])) if latest is not None else 0
        cid = tx.insert_record("commitment", {
            "person_id": person_id, "signed_on": day.isoformat(), "template_version": version,
            "recorded_at": tx.now})
        tx.audit("commitment_signed", [], {"person_id": person_id, "badge": person.badge,
                                           "signed_on": day.isoformat(),
                                           "template_version": version})
        return cid


# -- outside readers ------------------------------------------------------------------------------

@dataclass(frozen=True)
class OutsideReaderForm:
    """Someone of another unit who reads with a 介绍信 (篇十二 六)."""

    name: str
    unit: str  # their own unit
    letter_ref: str  # the 介绍信's reference
    grade: Grade | str  # what the letter says they may know


def add_outside_reader(ledger: Ledger, form: OutsideReaderForm) -> Person:
    """Register an outside reader with their unit and 介绍信. They may borrow only to read in the
    档案室 or 机要室 (``loans.lend``), are never put on a 传阅单 and are never given a badge;
    the 借阅登记簿 prints their unit and letter beside their name."""
    name = clean(form.name, label="姓名", field="name", limit=60, required=True)
    unit = clean(form.unit, label="查阅人所在单位", field="unit", limit=200, required=True)
    letter = clean(form.letter_ref, label="介绍信编号", field="letter_ref", limit=200,
                   required=True)
    grade = _grade(form.grade)
    with ledger.transaction() as tx:
        pid = tx.insert_person({"name": name, "department": "", "post": "",
                                "grade": grade.value, "notes": "", "active": 1,
                                "added_at": tx.now, "outside_unit": unit, "letter_ref": letter})
        person = Person.from_row(tx.person_row(pid))
        tx.record_person_event(pid, "person_added", after={
            "name": name, "outside_unit": unit, "letter_ref": letter, "grade": grade.value})
        tx.audit("outside_reader_added", [], {"person_id": pid, "name": name,
                                              "outside_unit": unit, "letter_ref": letter,
                                              "grade": grade.value})
        return person


# -- what the dashboard and the registers read ---------------------------------------------------

@dataclass(frozen=True)
class ExitPeriod:
    """A completed departure of a classified person and their 脱密期."""

    departure_id: int
    person: Person
    kind: DepartureKind
    grade: Grade
    left_on: dt.date
    ends_on: dt.date
    extended: bool

    @property
    def grade_label(self) -> str:
        return GRADE_LABEL[self.grade]

    def days_left(self, today: dt.date) -> int:
        return (self.ends_on - today).days


class PersonnelReads(Protocol):
    def template(self, version: int | None = None) -> Template: ...  # None: the newest
    def exit_periods(self) -> list[ExitPeriod]: ...  # every completed departure with a 脱密期
    def trainings(self, since: dt.date | None = None) -> list[TrainingLine]: ...
    def cleared_on_post(self) -> list[Person]: ...  # active people graded 核心 / 重要 / 一般


class HasPersonnel(Protocol):
    @property
    def personnel(self) -> PersonnelReads: ...


def in_exit_period(source: HasPersonnel, today: dt.date) -> list[ExitPeriod]:
    """Everyone whose 脱密期 has not ended by ``today`` (its last day included), soonest first."""
    return sorted((e for e in source.personnel.exit_periods() if e.ends_on >= today),
                  key=lambda e: (e.ends_on, e.person.id))


def exit_periods_ending(source: HasPersonnel, today: dt.date, days: int) -> list[ExitPeriod]:
    """The 脱密期 whose last day falls within ``days`` days from ``today`` (both included)."""
    last = today + dt.timedelta(days=days)
    return [e for e in in_exit_period(source, today) if e.ends_on <= last]


def training_behind(source: HasPersonnel, today: dt.date) -> list[Behind]:
    """Classified people on post with fewer than ``TRAINING_PER_YEAR`` sessions in the twelve
    months up to ``today`` (a session exactly a year ago still counts)."""
    since = add_years(today, -1)
    counts: dict[int, int] = {}
    last: dict[int, dt.date] = {}
    for t in source.personnel.trainings():
        if t.held_on > today:
            continue
        if t.held_on >= since:
            counts[t.person_id] = counts.get(t.person_id, 0) + 1
        if t.person_id not in last or t.held_on > last[t.person_id]:
            last[t.person_id] = t.held_on
    return [Behind(p, counts.get(p.id, 0), last.get(p.id))
            for p in source.personnel.cleared_on_post()
            if counts.get(p.id, 0) < TRAINING_PER_YEAR]


__all__ = [
    "DEFAULT_TEMPLATE",
    "DEPARTURE_LABEL",
    "EXIT_YEARS",
    "TEMPLATE_FIELDS",
    "TRAINING_PER_YEAR",
    "Behind",
    "DepartureForm",
    "DepartureKind",
    "ExitPeriod",
    "Extension",
    "GradeChange",
    "GradeStep",
    "HasPersonnel",
    "Outstanding",
    "PersonnelReads",
    "ReviewForm",
    "Template",
    "TrainingForm",
    "TrainingLine",
    "add_years",
    "change_grade",
    "check_template",
    "complete_departure",
    "departure_blockers",
    "exit_period_end",
    "exit_periods_ending",
    "extend_exit_period",
    "fill_template",
    "in_exit_period",
    "outstanding",
    "record_commitment",
    "record_review",
    "record_training",
    "save_template",
    "start_departure",
    "training_behind",
    "write_grade_change",
]
