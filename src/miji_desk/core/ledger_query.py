"""How the clerk asks the ledger for carriers: filters, sort keys, and history lines."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from .carriers import CarrierKind, Register, Status
from .errors import RuleViolation
from .text import LONG


class SortKey(StrEnum):
    NUMBER = "number"
    LEVEL = "level"
    TITLE = "title"
    DOC_NO = "doc_no"
    SENDER = "sender"
    STATUS = "status"
    WHEREABOUTS = "whereabouts"
    REGISTERED = "registered"


# No searched field is longer than a title (text.LONG): a longer text cannot match anything, and
# is refused before any work whose cost grows with its length.
MAX_SEARCH_CHARS = LONG
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2028\u2029"
                        "\u2060-\u2064\ufeff]")


def search_text(text: str) -> str:
    """The search text as typed, in NFC, without invisible characters; or a ``RuleViolation``.

    Control and format characters cannot be in the ledger (``text.clean`` refuses them) and are
    dropped from a search, as before. A lone surrogate is no character at all (it cannot be
    encoded, so SQLite could not even be asked): refused with its code point.
    """
    text = text.strip()
    if len(text) > MAX_SEARCH_CHARS:  # at once: work on a megabyte of text is what hangs
        raise RuleViolation("search.too_long", {"max": MAX_SEARCH_CHARS, "length": len(text)},
                            "search")
    if bad := _SURROGATE.search(text):
        raise RuleViolation("search.bad_character", {"code": f"U+{ord(bad.group()):04X}"},
                            "search")
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text)).strip()


@dataclass(frozen=True)
class LedgerFilter:
    """Every field narrows the ledger; None or empty means 'any'."""

    levels: frozenset[str] = frozenset()
    statuses: frozenset[Status] = frozenset()
    kinds: frozenset[CarrierKind] = frozenset()
    registers: frozenset[Register] = frozenset()
    registered_from: dt.date | None = None
    registered_to: dt.date | None = None  # inclusive
    location_id: int | None = None
    text: str = ""  # Chinese substring, 文号, 编号 or barcode

    def describe(self, level_names: dict[str, str] | None = None) -> str:
        """The filter in words, printed on every register page."""
        from .carriers import KIND_LABEL, REGISTER_LABEL, STATUS_LABEL

        parts: list[str] = []
        if self.levels:
            names = level_names or {}
            parts.append("密级：" + "、".join(sorted(names.get(c, c) for c in self.levels)))
        if self.statuses:
            parts.append("状态：" + "、".join(sorted(STATUS_LABEL[s] for s in self.statuses)))
        if self.kinds:
            parts.append("类型：" + "、".join(sorted(KIND_LABEL[k] for k in self.kinds)))
        if self.registers:
            parts.append("登记簿：" + "、".join(sorted(REGISTER_LABEL[r] for r in self.registers)))
        if self.registered_from or self.registered_to:
            parts.append("登记日期：" + date_range_words(self.registered_from, self.registered_to))
        if self.text:
            parts.append(f"检索：{self.text}")
        return "；".join(parts) or "全部"


def date_range_words(since: dt.date | None, until: dt.date | None) -> str:
    """A date range as printed: an open end in words ("2026-01-01 以后"), never "至 …"."""
    if since and until:
        return f"{since.isoformat()} 至 {until.isoformat()}"
    if since:
        return f"{since.isoformat()} 以后"
    return f"{until.isoformat()} 以前" if until else "全部"


ACTION_LABEL = {
    "register": "登记",
    "correct": "更正",
    "circulation_listed": "列入传阅单",
    "circulation_out": "传阅送出",
    "circulation_in": "传阅收回",
    "circulation_closed": "传阅结束",
    "lend": "借出",
    "loan_return": "借阅归还",
    "incident_opened": "登记异常",
    "incident_closed": "异常结案",
    "copy": "复制",
    "file": "归档",
    "unfile": "出卷",
    "hold": "冻结",
    "hold_lifted": "解除冻结",
    "return_listed": "列入清退单",
    "return_delisted": "移出清退单",
    "returned": "清退",
    "destruction_listed": "列入销毁清单",
    "destruction_delisted": "移出销毁清单",
    "destroyed": "销毁",
    "handover_listed": "列入移交清单",
    "handover_delisted": "移出移交清单",
    "handed_over": "移交",
    "level_changed": "定密变更",
    "loss_reported": "报告丢失",
    "loss_found": "丢失找回",
    "import": "导入",
    "import_void": "导入作废",
    "import_complete": "补录",
}
# The carrier's own fields that history events change (besides the correctable ones of
# core.corrections.FIELD_LABEL); their values are statuses, yes/no, or the holder's name.
EVENT_FIELD_LABEL = {"status": "状态", "held": "冻结", "holder": "持有人", "marking": "密级标志"}
HELD_LABEL = {True: "是", False: "否"}


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    actor: str
    action: str
    field: str | None
    before: object
    after: object
    approval_ref: str
    note: str
    audit_seq: int

    @staticmethod
    def from_row(at: str, actor: str, action: str, field: str | None, before: str | None,
                 after: str | None, approval_ref: str, note: str, audit_seq: int
                 ) -> HistoryEntry:
        return HistoryEntry(at, actor, action, field,
                            None if before is None else json.loads(before),
                            None if after is None else json.loads(after),
                            approval_ref, note, audit_seq)

    @property
    def action_label(self) -> str:
        return ACTION_LABEL.get(self.action, self.action)
