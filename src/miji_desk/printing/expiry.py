"""The expiry review list (保密期限到期审核清单, 篇三 二十一) as a register.

``miji-desk-cli print expiry`` and the 打印 menu print it: every carrier whose secrecy period has
ended or ends within the unit's review window, the earliest end first, with a blank column for
the decision (解密 / 延长 / 变更). The page marking is the highest level listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Protocol, cast

from ..core.carriers import STATUS_LABEL
from ..core.errors import RuleViolation
from ..core.expiry import ExpiryLine, review_cutoff
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from .jobs import SOURCES
from .registers import REGISTERS, Column, RegisterDefinition


class ExpiryReader(Protocol):
    """What the list reads (``vault.expiry`` meets it)."""

    def due(self, cutoff: dt.date) -> list[ExpiryLine]: ...


def expiry_of(reader: LedgerReader) -> ExpiryReader:
    found = getattr(reader, "expiry", None)
    if found is None:
        raise RuleViolation("print.register_unavailable", {"key": EXPIRY.key}, "register")
    return cast(ExpiryReader, found)


def _state(line: ExpiryLine, today: dt.date) -> str:
    left = line.days_left(today)
    return f"已届满 {-left} 天" if left < 0 else "今天届满" if left == 0 else f"还有 {left} 天"


def _start(line: ExpiryLine) -> str:
    c = line.carrier
    return c.period_start.isoformat() + ("\n（收文日期）" if c.period_from_receipt else "")


def _where(line: ExpiryLine) -> str:
    c = line.carrier
    return STATUS_LABEL[c.status] + (f"\n{c.whereabouts}" if c.whereabouts else "")


EXPIRY = RegisterDefinition(
    key="expiry", title="保密期限到期审核清单",
    columns=(
        Column("届满日期", width_mm=20, value=lambda ln: ln.ends.isoformat(), align="center"),
        Column("编号", width_mm=30, value=lambda ln: ln.carrier.number),
        Column("文号", weight=1.2, value=lambda ln: ln.carrier.doc_no),
        Column("名称或主要内容", weight=2.6, value=lambda ln: ln.carrier.title),
        Column("密级标志", width_mm=24, value=lambda ln: ln.carrier.marking),
        Column("期限起算", width_mm=22, value=_start, align="center"),
        Column("情况", width_mm=20, value=lambda ln: ln.extra_state, align="center"),
        Column("状态\n位置/去向", width_mm=24, value=_where),
    ),
    signature_columns=(Column("审核结果", width_mm=24), Column("经办人签字", width_mm=18)),
)


class _Row:
    """A line with its state computed for the day printed."""

    def __init__(self, line: ExpiryLine, today: dt.date) -> None:
        self.line = line
        self.carrier = line.carrier  # the level printed: found as ``carrier.level``
        self.ends = line.ends
        self.extra_state = _state(line, today)


def expiry_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[_Row]:
    today = reader.clock.now().date()
    text = f.text.strip()
    for line in expiry_of(reader).due(review_cutoff(reader, today)):
        c = line.carrier
        if ((not f.levels or c.level.code in f.levels)
                and (not text or any(text in v for v in (c.number, c.title, c.doc_no)))):
            yield _Row(line, today)


REGISTERS[EXPIRY.key] = EXPIRY
SOURCES[EXPIRY.key] = expiry_rows

__all__ = ["EXPIRY", "ExpiryReader", "expiry_rows"]
