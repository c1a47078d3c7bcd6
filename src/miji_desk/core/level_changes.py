"""Change of level or period (定密变更) and declassification (解密, 纳入非密管理).

Rules (篇三 二十一; the expiry review of a later issue calls this same function):

- A decision of the deciding authority (定密机关/变更机关), with its reference (文号) and date, is
  one of: change the level (变更密级), change the period (延长/缩短保密期限) or declassify (解密).
  All three are required; the date is not in the future nor before the document was classified.
- It applies to a registration, so to every copy of it (all copies share the level), and to the
  copies made here of any of them (a 复制件 carries the same secret). One carrier or a batch is
  named by id or scan; each registration is changed once.
- The new marking must fit: a new level keeps the period unless a new one is given, and the
  period must still be allowed for the level (lowering 机密★20年 to 秘密 needs a period of 10
  years or less). A change to the same level or period, a period for a declassified document, or
  any change of a document already declassified is refused. 解密 goes through its own decision,
  never as a "level change" to 非密.
- The old marking is kept: the history event's before/after, and one ``level_change`` row per
  registration (printed in the 密级变更登记簿). A volume's level follows (it is computed from its
  items). The carriers still here are returned for new labels.
- One transaction, one audit event for the whole batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .carriers import TERMINAL, Status
from .custody import ival
from .disposition import CarrierRef, day, document_period, pick
from .errors import RuleViolation
from .levels import DECLASSIFIED, Level
from .periods import PeriodKind, SecrecyPeriod, marking
from .ports import Ledger, LedgerTx
from .text import LONG, clean

DOING = "定密变更"


class Decision(StrEnum):
    LEVEL = "level"  # 变更密级
    PERIOD = "period"  # 变更保密期限
    DECLASSIFY = "declassify"  # 解密


DECISION_LABEL = {Decision.LEVEL: "变更密级", Decision.PERIOD: "变更保密期限",
                  Decision.DECLASSIFY: "解密"}


@dataclass
class LevelChangeForm:
    carriers: Sequence[CarrierRef]
    decision: Decision | str
    authority: str  # 定密机关 / 变更机关
    reference: str  # 文号
    decided_on: dt.date | None
    new_level: str = ""  # level code, for a level change
    new_period: SecrecyPeriod | None = None  # for a period change; optional with a new level
    note: str = ""


@dataclass(frozen=True)
class LevelChanged:
    document_ids: list[int]
    carrier_ids: list[int]  # every carrier of those registrations
    relabel_ids: list[int] = field(default_factory=list)  # the ones still here: new labels


@dataclass(frozen=True)
class LevelChangeView:
    """One row of the 密级变更登记簿."""

    id: int
    document_id: int
    number: str  # the registration's 编号
    title: str
    copies: int
    decision: Decision
    authority: str
    reference: str
    decided_on: dt.date
    old_marking: str
    new_marking: str
    note: str
    changed_at: dt.datetime
    old_level_code: str = ""
    new_level_code: str = ""

    @property
    def decision_label(self) -> str:
        return DECISION_LABEL[self.decision]


def _decision(value: Decision | str) -> Decision:
    try:
        return Decision(value)
    except ValueError:
        for d, label in DECISION_LABEL.items():
            if value == label:
                return d
        raise RuleViolation("level_change.decision",
                            {"decisions": list(DECISION_LABEL.values())}, "decision") from None


def _documents(tx: LedgerTx, refs: Sequence[CarrierRef]) -> list[int]:
    """The registrations of the named carriers, then the copies made here of them, each once."""
    docs = list(dict.fromkeys(ival(row, "document_id") for _cid, row in pick(tx, refs, DOING)))
    fresh = docs
    while fresh:
        fresh = [d for d in tx.copy_documents_of(fresh) if d not in docs]
        docs += fresh
    return docs


def _classified_on(doc: dict[str, object]) -> dt.date | None:
    v = doc["classified_on"]
    return dt.date.fromisoformat(str(v)) if v else None


def _new_classification(ledger: Ledger, form: LevelChangeForm, decision: Decision,
                        doc: dict[str, object]) -> tuple[Level, SecrecyPeriod]:
    level = ledger.levels.get(str(doc["level_code"]))
    period = document_period(doc)
    number = str(doc["number"])
    if level.code == DECLASSIFIED.code:
        raise RuleViolation("level_change.already_declassified", {"number": number}, "carriers")
    if decision is Decision.DECLASSIFY:
        return DECLASSIFIED, SecrecyPeriod(PeriodKind.UNMARKED)
    on = _classified_on(doc)
    if decision is Decision.LEVEL:
        new = ledger.levels.get(form.new_level)
        if new.code == DECLASSIFIED.code:
            raise RuleViolation("level_change.use_declassify", None, "new_level")
        if new.code == level.code:
            raise RuleViolation("level_change.same_level",
                                {"number": number, "level": level.name}, "new_level")
        new_period = form.new_period or period
        try:
            new_period.check(new, on)
        except RuleViolation as e:
            raise e.for_field("new_period") from None
        return new, new_period
    assert form.new_period is not None
    if form.new_period.effective(level) == period.effective(level):
        raise RuleViolation("level_change.same_period",
                            {"number": number, "marking": marking(level, period)}, "new_period")
    try:
        form.new_period.check(level, on)
    except RuleViolation as e:
        raise e.for_field("new_period") from None
    return level, form.new_period


def change_level(ledger: Ledger, form: LevelChangeForm) -> LevelChanged:
    """Apply one decision to the registrations of ``form.carriers`` (one carrier or a batch)."""
    today = ledger.clock.now().date()
    decision = _decision(form.decision)
    authority = clean(form.authority, label="变更机关", field="authority", required=True)
    reference = clean(form.reference, label="变更文号", field="reference", required=True)
    decided_on = day(form.decided_on, "变更日期", "decided_on")
    if decided_on > today:
        raise RuleViolation("level_change.date_future", None, "decided_on")
    note = clean(form.note, label="备注", field="note", limit=LONG, multiline=True)
    if decision is Decision.LEVEL and not form.new_level:
        raise RuleViolation("level_change.level_required", None, "new_level")
    if decision is Decision.PERIOD and form.new_period is None:
        raise RuleViolation("level_change.period_required", None, "new_period")
    label = DECISION_LABEL[decision]
    with ledger.transaction() as tx:
        doc_ids = _documents(tx, form.carriers)
        planned: list[tuple[int, dict[str, object], Level, SecrecyPeriod, Level, SecrecyPeriod]]
        planned = []
        for doc_id in doc_ids:
            doc = dict(tx.document_row(doc_id))
            on = _classified_on(doc)
            if on is not None and decided_on < on:
                raise RuleViolation("level_change.before_classified",
                                    {"number": doc["number"], "date": on.isoformat()},
                                    "decided_on")
            new_level, new_period = _new_classification(ledger, form, decision, doc)
            planned.append((doc_id, doc, ledger.levels.get(str(doc["level_code"])),
                            document_period(doc), new_level, new_period))
        if decision is Decision.DECLASSIFY:
            tx.ensure_level(DECLASSIFIED)
        changes: list[dict[str, object]] = []
        carrier_ids: list[int] = []
        relabel: list[int] = []
        for doc_id, doc, old_level, old_period, new_level, new_period in planned:
            old_mark, new_mark = marking(old_level, old_period), marking(new_level, new_period)
            tx.update_document(doc_id, {"level_code": new_level.code,
                                        **new_period.to_columns()})
            tx.insert_level_change({
                "document_id": doc_id, "decision": decision.value, "authority": authority,
                "reference": reference, "decided_on": decided_on.isoformat(),
                "old_level_code": old_level.code, "new_level_code": new_level.code,
                "old_marking": old_mark, "new_marking": new_mark,
                "old_period": old_period.to_columns(), "new_period": new_period.to_columns(),
                "note": note})
            tx.record_event("level_changed", document_id=doc_id, field="marking",
                            before=old_mark, after=new_mark, approval_ref=reference,
                            note=f"{label}：{authority} {reference}（{decided_on.isoformat()}）"
                                 + (f"；{note}" if note else ""))
            for cid, _copy_no in tx.copies_of_document(doc_id):
                carrier_ids.append(cid)
                status = Status(str(tx.carrier_row(cid)["status"]))
                if status not in TERMINAL and status is not Status.MISSING:
                    relabel.append(cid)
            changes.append({"document_id": doc_id, "number": doc["number"],
                            "before": {"level": old_level.code, "marking": old_mark,
                                       **old_period.to_columns()},
                            "after": {"level": new_level.code, "marking": new_mark,
                                      **new_period.to_columns()}})
        tx.audit("level_changed", carrier_ids, {
            "decision": decision.value, "authority": authority, "reference": reference,
            "decided_on": decided_on.isoformat(), "note": note, "changes": changes})
        return LevelChanged(doc_ids, carrier_ids, relabel)


__all__ = ["DECISION_LABEL", "DOING", "Decision", "LevelChangeForm", "LevelChangeView",
           "LevelChanged", "change_level"]
