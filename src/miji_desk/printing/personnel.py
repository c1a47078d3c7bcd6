"""Registers of classified personnel (篇七): 涉密人员名册, 脱密期管理台账, 保密教育培训记录, and a
departing person's handover list (移交清单) with its signature lines.

The three registers are in ``REGISTERS``/``SOURCES``, so ``miji-desk-cli print personnel``,
``exit-period`` and ``training`` and the print menu offer them. They list people, not carriers:
their marking is the clerk's choice (blank: the lowest level). The handover list lists carriers,
so it carries the marking of the highest level it lists.

- 涉密人员名册: everyone graded 核心 / 重要 / 一般 who is on post, and everyone who left and is
  still in their 脱密期 (篇七 第十二条), with their latest review and training. The filter's text
  matches a name, department or post.
- 脱密期管理台账: every completed departure of a classified person, with the end of the 脱密期
  and whether it was extended; dates filter the leaving date.
- 保密教育培训记录: one line per person per session; dates filter the session date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, cast

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from ..core.carriers import CarrierView
from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.people import GRADE_LABEL, Person
from ..core.personnel import (
    DEPARTURE_LABEL,
    ExitPeriod,
    Outstanding,
    Template,
    TrainingLine,
    fill_template,
)
from .circulation import DocumentJob
from .fonts import draw_text
from .jobs import SOURCES, clerk_of
from .output import Target, pdf_canvas
from .registers import REGISTERS, Column, RegisterDefinition, render_register
from .wrap import wrap

LETTER_MARGIN = 25 * mm


class PersonnelPrintReads(Protocol):
    def template(self, version: int | None = None) -> Template: ...
    def exit_periods(self) -> list[ExitPeriod]: ...
    def trainings(self, since: dt.date | None = None) -> list[TrainingLine]: ...
    def cleared_on_post(self) -> list[Person]: ...
    def latest_reviews(self) -> dict[int, tuple[dt.date, str]]: ...  # person → (date, result)
    def people_by_id(self, ids: Sequence[int]) -> dict[int, Person]: ...


def personnel_of(reader: LedgerReader) -> PersonnelPrintReads:
    found = getattr(reader, "personnel", None)
    if found is None:
        raise RuleViolation("print.no_custody_records")
    return cast(PersonnelPrintReads, found)


def _today(reader: LedgerReader) -> dt.date:
    return reader.clock.now().date()


def _matches(p: Person, text: str) -> bool:
    return not text or any(text in v for v in (p.name, p.department, p.post))


# -- 涉密人员名册 ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class RosterRow:
    person: Person
    state: str
    review: str
    training: str


def roster_rows(reader: LedgerReader, f: LedgerFilter) -> list[RosterRow]:
    d = personnel_of(reader)
    today = _today(reader)
    text = f.text.strip()
    reviews = d.latest_reviews()
    last_training: dict[int, TrainingLine] = {}
    for line in d.trainings():
        last_training[line.person_id] = line  # in date order: the last one stays
    rows: list[tuple[Person, str]] = [(p, "在岗") for p in d.cleared_on_post()]
    for e in d.exit_periods():
        if e.ends_on >= today:
            rows.append((e.person, f"脱密期内（{DEPARTURE_LABEL[e.kind]}，至 {e.ends_on}）"))
    out: list[RosterRow] = []
    for p, state in sorted(rows, key=lambda r: (r[0].department, r[0].name, r[0].id)):
        if not _matches(p, text):
            continue
        review = reviews.get(p.id)
        t = last_training.get(p.id)
        out.append(RosterRow(
            p, state,
            f"{review[0]}\n{'通过' if review[1] == 'passed' else '未通过'}" if review else "",
            f"{t.held_on}\n{t.topic}" if t else ""))
    return out


def _grade(p: Person) -> str:
    return GRADE_LABEL[p.grade]


PERSONNEL = RegisterDefinition(
    key="personnel", title="涉密人员名册",
    columns=(
        Column("姓名", width_mm=22, value=lambda r: r.person.name),
        Column("部门", weight=1.2, value=lambda r: r.person.department),
        Column("岗位", weight=1.2, value=lambda r: r.person.post),
        Column("涉密等级", width_mm=16, value=lambda r: _grade(r.person), align="center"),
        Column("状态", weight=1.4, value=lambda r: r.state),
        Column("证件号", width_mm=26, value=lambda r: r.person.badge),
        Column("最近审查", width_mm=22, value=lambda r: r.review),
        Column("最近培训", weight=1.4, value=lambda r: r.training),
    ),
    count_word="人",
)


# -- 脱密期管理台账 -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ExitRow:
    period: ExitPeriod
    today: dt.date

    @property
    def state(self) -> str:
        return "脱密期内" if self.period.ends_on >= self.today else "已期满"


def exit_rows(reader: LedgerReader, f: LedgerFilter) -> list[ExitRow]:
    today = _today(reader)
    text = f.text.strip()
    return [ExitRow(e, today) for e in sorted(personnel_of(reader).exit_periods(),
                                              key=lambda e: (e.left_on, e.departure_id))
            if (f.registered_from is None or e.left_on >= f.registered_from)
            and (f.registered_to is None or e.left_on <= f.registered_to)
            and _matches(e.person, text)]


EXIT_PERIODS = RegisterDefinition(
    key="exit-period", title="脱密期管理台账",
    columns=(
        Column("姓名", width_mm=22, value=lambda r: r.period.person.name),
        Column("部门", weight=1.2, value=lambda r: r.period.person.department),
        Column("原岗位", weight=1.2, value=lambda r: r.period.person.post),
        Column("涉密等级", width_mm=16, value=lambda r: r.period.grade_label, align="center"),
        Column("离岗类型", width_mm=18, value=lambda r: DEPARTURE_LABEL[r.period.kind]),
        Column("离岗日期", width_mm=22, value=lambda r: r.period.left_on.isoformat()),
        Column("脱密期至", width_mm=22, value=lambda r: r.period.ends_on.isoformat()),
        Column("延长", width_mm=12, value=lambda r: "是" if r.period.extended else "",
               align="center"),
        Column("状态", width_mm=18, value=lambda r: r.state),
    ),
    signature_columns=(Column("本人签字", width_mm=22),),
    count_word="人",
)


# -- 保密教育培训记录 -----------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingRow:
    line: TrainingLine
    person: Person


def training_rows(reader: LedgerReader, f: LedgerFilter) -> list[TrainingRow]:
    d = personnel_of(reader)
    lines = [t for t in d.trainings(f.registered_from)
             if f.registered_to is None or t.held_on <= f.registered_to]
    people = d.people_by_id([t.person_id for t in lines])
    text = f.text.strip()
    return [TrainingRow(t, people[t.person_id]) for t in lines
            if _matches(people[t.person_id], text) or (text and text in t.topic)]


def _hours(h: float) -> str:
    return f"{h:g}"


TRAINING = RegisterDefinition(
    key="training", title="保密教育培训记录",
    columns=(
        Column("培训日期", width_mm=22, value=lambda r: r.line.held_on.isoformat()),
        Column("姓名", width_mm=22, value=lambda r: r.person.name),
        Column("部门", weight=1, value=lambda r: r.person.department),
        Column("涉密等级", width_mm=16, value=lambda r: _grade(r.person), align="center"),
        Column("培训内容", weight=2.5, value=lambda r: r.line.topic),
        Column("学时", width_mm=12, value=lambda r: _hours(r.line.hours), align="center"),
    ),
    signature_columns=(Column("本人签字", width_mm=22),),
    count_word="人次",
)


REGISTERS.update({PERSONNEL.key: PERSONNEL, EXIT_PERIODS.key: EXIT_PERIODS,
                  TRAINING.key: TRAINING})
SOURCES.update({PERSONNEL.key: roster_rows, EXIT_PERIODS.key: exit_rows,
                TRAINING.key: training_rows})


# -- a departing person's handover list ----------------------------------------------------------

@dataclass(frozen=True)
class HandoverRow:
    carrier: CarrierView
    why: str


DEPARTURE_HANDOVER = RegisterDefinition(
    key="departure-handover", title="涉密载体移交清单",
    columns=(
        Column("编号", width_mm=32, value=lambda r: r.carrier.number),
        Column("密级", width_mm=22, value=lambda r: r.carrier.marking),
        Column("文号", width_mm=30, value=lambda r: r.carrier.doc_no),
        Column("名称或主要内容", weight=3, value=lambda r: r.carrier.title),
        Column("页数", width_mm=10, value=lambda r: str(r.carrier.pages or ""), align="center"),
        Column("事由", width_mm=24, value=lambda r: r.why),
    ),
    signature_columns=(Column("移交人签字", width_mm=22), Column("接收人签字", width_mm=22)),
    font_size=7.5,
)


def departure_handover_pdf(reader: LedgerReader, person: Person, items: Sequence[Outstanding],
                           out: Target, *, marking: str = "",
                           printed_at: dt.datetime | None = None) -> DocumentJob:
    """What a departing person must hand back or over (``core.personnel.outstanding``), one
    line each with the signatures of who hands it over and who receives it (篇七 第十一条)."""
    views = {cv.id: cv for cv in reader.ledger.by_ids([i.carrier_id for i in items])}
    rows: Iterable[HandoverRow] = [HandoverRow(views[i.carrier_id], i.why) for i in items]
    definition = dataclasses.replace(DEPARTURE_HANDOVER,
                                     title=f"涉密载体移交清单（{person.name}离岗）")
    who = f"移交人：{person.display}，{person.post or '—'}，证件 {person.badge}"
    now = printed_at or reader.clock.now()
    checkpoint = reader.audit_head().checkpoint
    result = render_register(definition, rows, out, unit_name=reader.unit_name,
                             register_marking=marking, filter_text=who, checkpoint=checkpoint,
                             printed_at=now, clerk=clerk_of(reader), levels=reader.levels)
    return DocumentJob(definition.title, result.pages, result.rows, who, checkpoint,
                       tuple(i.carrier_id for i in items), result.marking)


# -- 保密承诺书 ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LetterJob:
    title: str
    pages: int
    version: int


def commitment_letter_pdf(reader: LedgerReader, person: Person, out: Target, *,
                          version: int | None = None) -> LetterJob:
    """A person's 保密承诺书, filled in from the template (the newest unless ``version``), with
    the lines for the signature and the date (篇七 第八条)."""
    template = personnel_of(reader).template(version)
    body = fill_template(template, person, reader.unit_name)
    title = "保密承诺书"
    width = A4[0] - 2 * LETTER_MARGIN
    pages = 1
    with pdf_canvas(out, A4, f"{reader.unit_name} {title}（{person.name}）",
                    author=reader.unit_name) as c:
        y = A4[1] - 30 * mm
        draw_text(c, A4[0] / 2, y, title, 20, bold=True, align="center")
        y -= 18 * mm

        def room(need: float) -> float:
            nonlocal pages, y
            if y - need < 40 * mm:
                c.showPage()
                pages += 1
                y = A4[1] - 25 * mm
            return y

        for paragraph in body.split("\n"):
            for line in wrap(paragraph, 12, width) or [""]:
                room(8 * mm)
                draw_text(c, LETTER_MARGIN, y, line, 12)
                y -= 8 * mm
            y -= 2 * mm
        room(40 * mm)
        y -= 12 * mm
        for label in ("承诺人（签字）：", "签订日期：　　　　年　　月　　日"):
            draw_text(c, A4[0] / 2, y, label, 12)
            y -= 12 * mm
        draw_text(c, LETTER_MARGIN, 15 * mm,
                  f"{reader.unit_name}    承诺书模板第 {template.version} 版"
                  + ("（内置）" if template.version == 0 else "")
                  + f"    证件 {person.badge}", 8)
    return LetterJob(title, pages, template.version)


__all__ = ["DEPARTURE_HANDOVER", "EXIT_PERIODS", "PERSONNEL", "TRAINING", "ExitRow",
           "HandoverRow", "LetterJob", "RosterRow", "TrainingRow", "commitment_letter_pdf",
           "departure_handover_pdf", "exit_rows",
           "personnel_of", "roster_rows", "training_rows"]
