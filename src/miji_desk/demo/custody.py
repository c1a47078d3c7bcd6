"""The demo vault's people, circulation slips and loans (called by ``demo.fill``).

The demo's story runs over the last few days on a ``StoryClock`` that ``demo.fill`` sets back
before anything is registered and brings forward to the real time here, so every event follows
the ones before it and one loan from days ago is overdue now.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from ..core.carriers import Register, Status
from ..core.circulation import CirculationForm, close_circulation, hand_out, open_circulation
from ..core.circulation import take_back as circulation_return
from ..core.clock import Clock
from ..core.custody import COMPLETE, ReturnCheck
from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter, SortKey
from ..core.loans import LoanForm, lend, return_loan
from ..core.people import Grade, Person, PersonForm, add_person, check_may_read, mark_left
from ..vault.vault import Vault

STORY_DAYS = 3

PEOPLE = (
    ("陈志远", "院领导", "院长", Grade.CORE),
    ("周海燕", "办公室", "主任", Grade.IMPORTANT),
    ("吴磊", "项目组", "总设计师", Grade.CORE),
    ("郑丽", "综合处", "负责人", Grade.IMPORTANT),
    ("王芳", "综合处", "科员", Grade.GENERAL),
    ("刘洋", "保密委员会", "委员", Grade.CORE),
    ("孙静", "办公室", "文书", Grade.NONE),
    ("赵强", "项目组", "技术员", Grade.GENERAL),
)
LEADER = "陈志远"


class StoryClock:
    """Real time minus a lag that the story shortens as it goes; never ahead of real time."""

    def __init__(self, real: Clock, days_back: int = STORY_DAYS) -> None:
        self.real = real
        self.lag = dt.timedelta(days=days_back)

    def now(self) -> dt.datetime:
        return (self.real.now() - self.lag).replace(microsecond=0)

    def advance(self, **delta: float) -> None:
        self.lag = max(dt.timedelta(0), self.lag - dt.timedelta(**delta))

    def catch_up(self) -> None:
        self.lag = dt.timedelta(0)


def _candidates(vault: Vault) -> Iterator[int]:
    f = LedgerFilter(statuses=frozenset({Status.IN_STORE}),
                     registers=frozenset({Register.INCOMING}))
    for view in vault.ledger.iter_views(f, SortKey.NUMBER):
        yield view.id


def _pick(vault: Vault, readers: list[Person], used: set[int], count: int = 1) -> list[str]:
    """In-store carriers every one of ``readers`` may read, not used yet in the story."""
    picked: list[str] = []
    for cid in _candidates(vault):
        if cid in used:
            continue
        view = vault.carrier(cid)
        try:
            for p in readers:
                check_may_read(p, view.level, str(view.extra.get("scope") or ""), view.number)
        except RuleViolation:
            continue
        used.add(cid)
        picked.append(view.barcode)
        if len(picked) == count:
            break
    return picked


def fill_custody(vault: Vault, story: StoryClock) -> None:
    """People, closed and open slips and loans, an incident and an overdue loan."""
    story.advance(minutes=10)
    people = {name: add_person(vault, PersonForm(name, grade, dept, post))
              for name, dept, post, grade in PEOPLE}
    used: set[int] = set()
    leader, director, designer, head, clerk, committee, _typist, tech = people.values()

    def loan(who: Person, codes: list[str], purpose: str, ref: str, **kw: object) -> None:
        today = story.now().date()
        lend(vault, dataclasses.replace(LoanForm(
            borrower=who.badge, carriers=codes, purpose=purpose, approver=LEADER,
            approved_on=today, approval_ref=ref), **kw))  # type: ignore[arg-type]

    # Days ago: a slip read by two leaders in turn and closed; a loan returned complete.
    story.advance(minutes=20)
    codes = _pick(vault, [leader, director], used)
    if codes:
        open_circulation(vault, CirculationForm(codes, [leader.badge, director.badge],
                                                instruction="请陈院长、周主任阅"))
        for _reader in range(2):
            story.advance(minutes=15)
            hand_out(vault, codes[0])
            story.advance(minutes=50)
            circulation_return(vault, codes[0])
    story.advance(hours=1)
    codes = _pick(vault, [designer], used)
    if codes:
        loan(designer, codes, "编写项目阶段总结", "借审〔2026〕11号")
        story.advance(hours=2)
        view = vault.ledger.by_barcode(codes[0])
        return_loan(vault, codes[0], ReturnCheck(pages_counted=view.pages if view else None))
    # An overdue loan: lent days ago to be back the same day, still out.
    story.advance(minutes=20)
    codes = _pick(vault, [head], used)
    if codes:
        loan(head, codes, "核对年度保密工作要点", "借审〔2026〕12号")
    # A return short of its attachment: the incident stays open.
    story.advance(minutes=30)
    codes = _pick(vault, [committee], used)
    if codes:
        loan(committee, codes, "保密委员会会议准备", "借审〔2026〕13号")
        story.advance(hours=1)
        return_loan(vault, codes[0], ReturnCheck(attachments_complete=False,
                                                 note="附件未随件归还"))
    # Yesterday: a slip closed early because one reader was away.
    story.advance(days=1)
    codes = _pick(vault, [clerk, head], used)
    slip = None
    if codes:
        slip = open_circulation(vault, CirculationForm(codes, [clerk.badge, head.badge]))
        story.advance(minutes=10)
        hand_out(vault, codes[0])
        story.advance(hours=1)
        circulation_return(vault, codes[0])
        story.advance(hours=3)
        close_circulation(vault, slip.id, "郑丽出差，经办公室主任同意结束传阅")
    story.advance(hours=2)
    mark_left(vault, tech.id, story.now().date(), "调往集团公司")
    # Today: a slip under way, with its first reader now; a loan to be back tonight.
    story.catch_up()
    codes = _pick(vault, [director, leader], used, count=2)
    if codes:
        open_circulation(vault, CirculationForm(
            codes, [director.badge, leader.badge],
            instruction="按顺序传阅，阅后退回机要室"))
        hand_out(vault, codes[0])
    codes = _pick(vault, [designer], used)
    if codes:
        loan(designer, codes, "评审会材料准备", "借审〔2026〕15号")
    codes = _pick(vault, [director], used)
    if codes:  # returned complete this morning
        loan(director, codes, "起草通知", "借审〔2026〕14号")
        return_loan(vault, codes[0], COMPLETE)


__all__ = ["STORY_DAYS", "StoryClock", "fill_custody"]
