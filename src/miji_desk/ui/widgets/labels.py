"""Translated words for the domain's enumerations.

``core`` keeps the printed Chinese words; the screen shows them through Qt's translator, so each
one is spelled out here as a literal that ``lupdate`` can find.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

from ...core.carriers import CarrierKind, Register, Status
from .refusals import word_text


def status_text(status: Status) -> str:
    return {
        Status.IN_STORE: QCoreApplication.translate("Labels", "在库"),
        Status.CIRCULATING: QCoreApplication.translate("Labels", "传阅中"),
        Status.ON_LOAN: QCoreApplication.translate("Labels", "借出"),
        Status.FILED: QCoreApplication.translate("Labels", "已归档"),
        Status.SENT: QCoreApplication.translate("Labels", "已发出"),
        Status.RETURNED: QCoreApplication.translate("Labels", "已清退"),
        Status.HANDED_OVER: QCoreApplication.translate("Labels", "已移交"),
        Status.DESTROYED: QCoreApplication.translate("Labels", "已销毁"),
        Status.MISSING: QCoreApplication.translate("Labels", "丢失"),
    }[status]


def kind_text(kind: CarrierKind) -> str:
    return {
        CarrierKind.DOCUMENT: QCoreApplication.translate("Labels", "文件"),
        CarrierKind.USB: QCoreApplication.translate("Labels", "U盘"),
        CarrierKind.OPTICAL: QCoreApplication.translate("Labels", "光盘"),
        CarrierKind.HARD_DISK: QCoreApplication.translate("Labels", "移动硬盘"),
        CarrierKind.MEDIA_OTHER: QCoreApplication.translate("Labels", "其他介质"),
        CarrierKind.OTHER: QCoreApplication.translate("Labels", "其他物品"),
    }[kind]


def register_text(register: Register) -> str:
    return {
        Register.INCOMING: QCoreApplication.translate("Labels", "收文"),
        Register.OUTGOING: QCoreApplication.translate("Labels", "发文"),
        Register.MEDIA: QCoreApplication.translate("Labels", "涉密介质"),
        Register.COPY: QCoreApplication.translate("Labels", "复制"),
    }[register]


def action_text(action: str) -> str:
    """A history event's kind; the words are ``core.ledger_query.ACTION_LABEL``'s, spelled out
    for lupdate (tests/ui/test_history_words.py keeps the two the same)."""
    known = {
        "register": QCoreApplication.translate("Labels", "登记"),
        "correct": QCoreApplication.translate("Labels", "更正"),
        "circulation_listed": QCoreApplication.translate("Labels", "列入传阅单"),
        "circulation_out": QCoreApplication.translate("Labels", "传阅送出"),
        "circulation_in": QCoreApplication.translate("Labels", "传阅收回"),
        "circulation_closed": QCoreApplication.translate("Labels", "传阅结束"),
        "lend": QCoreApplication.translate("Labels", "借出", "history event"),
        "loan_return": QCoreApplication.translate("Labels", "借阅归还"),
        "incident_opened": QCoreApplication.translate("Labels", "登记异常"),
        "incident_closed": QCoreApplication.translate("Labels", "异常结案"),
        "copy": QCoreApplication.translate("Labels", "复制"),
        "file": QCoreApplication.translate("Labels", "归档"),
        "unfile": QCoreApplication.translate("Labels", "出卷"),
        "hold": QCoreApplication.translate("Labels", "冻结"),
        "hold_lifted": QCoreApplication.translate("Labels", "解除冻结"),
        "return_listed": QCoreApplication.translate("Labels", "列入清退单"),
        "return_delisted": QCoreApplication.translate("Labels", "移出清退单"),
        "returned": QCoreApplication.translate("Labels", "清退"),
        "destruction_listed": QCoreApplication.translate("Labels", "列入销毁清单"),
        "destruction_delisted": QCoreApplication.translate("Labels", "移出销毁清单"),
        "destroyed": QCoreApplication.translate("Labels", "销毁"),
        "handover_listed": QCoreApplication.translate("Labels", "列入移交清单"),
        "handover_delisted": QCoreApplication.translate("Labels", "移出移交清单"),
        "handed_over": QCoreApplication.translate("Labels", "移交"),
        "level_changed": QCoreApplication.translate("Labels", "定密变更"),
        "loss_reported": QCoreApplication.translate("Labels", "报告丢失"),
        "loss_found": QCoreApplication.translate("Labels", "丢失找回"),
        "import": QCoreApplication.translate("Labels", "导入"),
        "import_void": QCoreApplication.translate("Labels", "导入作废"),
        "import_complete": QCoreApplication.translate("Labels", "补录"),
    }
    return known.get(action, action)


def event_field_text(field: str) -> str:
    """The field a history event changed: the carrier's own fields, else a correctable one."""
    own = {
        "status": QCoreApplication.translate("Labels", "状态"),
        "held": QCoreApplication.translate("Labels", "冻结", "history field"),
        "holder": QCoreApplication.translate("Labels", "持有人"),
        "marking": QCoreApplication.translate("Labels", "密级标志"),
    }
    if field in own:
        return own[field]
    from ...core.corrections import FIELD_LABEL  # not at start: the unlock screen needs none

    return word_text(FIELD_LABEL.get(field, field))


def event_value_text(field: str, value: object) -> str:
    """A value before or after a history event, in the clerk's words where it is a code."""
    if field == "status" and isinstance(value, str) and value in _STATUSES:
        return status_text(Status(value))
    if field == "held" and isinstance(value, bool):
        return (QCoreApplication.translate("Labels", "是") if value
                else QCoreApplication.translate("Labels", "否"))
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


_STATUSES = {s.value for s in Status}
