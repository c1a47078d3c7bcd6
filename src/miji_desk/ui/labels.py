"""Translated words for the domain's enumerations.

``core`` keeps the printed Chinese words; the screen shows them through Qt's translator, so each
one is spelled out here as a literal that ``lupdate`` can find.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.carriers import CarrierKind, Register, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_text(status: Status) -> str:
    return {
        Status.IN_STORE: _t("在库"), Status.CIRCULATING: _t("传阅中"), Status.ON_LOAN: _t("借出"),
        Status.FILED: _t("已归档"), Status.SENT: _t("已发出"), Status.RETURNED: _t("已清退"),
        Status.HANDED_OVER: _t("已移交"), Status.DESTROYED: _t("已销毁"),
        Status.MISSING: _t("丢失"),
    }[status]


def kind_text(kind: CarrierKind) -> str:
    return {
        CarrierKind.DOCUMENT: _t("文件"), CarrierKind.USB: _t("U盘"),
        CarrierKind.OPTICAL: _t("光盘"), CarrierKind.HARD_DISK: _t("移动硬盘"),
        CarrierKind.MEDIA_OTHER: _t("其他介质"), CarrierKind.OTHER: _t("其他物品"),
    }[kind]


def register_text(register: Register) -> str:
    return {
        Register.INCOMING: _t("收文"), Register.OUTGOING: _t("发文"),
        Register.MEDIA: _t("涉密介质"), Register.COPY: _t("复制"),
    }[register]


def action_text(action: str) -> str:
    known = {"register": _t("登记"), "correct": _t("更正"),
             "copy": _t("复制"), "file": _t("归档"), "unfile": _t("出卷"),
             "hold": _t("冻结"), "hold_lifted": _t("解除冻结"),
             "return_listed": _t("列入清退单"), "return_delisted": _t("移出清退单"),
             "returned": _t("清退"), "destruction_listed": _t("列入销毁清单"),
             "destruction_delisted": _t("移出销毁清单"), "destroyed": _t("销毁")}
    return known.get(action, action)
