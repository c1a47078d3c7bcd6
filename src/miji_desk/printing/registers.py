"""The registers (登记簿) that can be printed, declared column by column.

Columns follow 篇三 八: 密级, 产生机关, 发件机关, 名称或主要内容, 收发时间, 编号, 页、份数, and a
blank 签收 column for the pen; and every value the ledger stores that the regulations ask for:
知悉范围, 附件, 经办人, 发送方式, 发文范围, 送达人 (篇六 第四条), 容量, and each carrier's 状态 with
its place or where it went (件件有着落, 篇六 第七条). Adding a register is one more
``RegisterDefinition`` here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..core.carriers import (
    KIND_LABEL,
    REGISTER_TITLE,
    STATUS_LABEL,
    TERMINAL,
    CarrierView,
    Register,
)
from .table import Column, RegisterDefinition, RenderResult, render_register

__all__ = ["REGISTERS", "Column", "RegisterDefinition", "RenderResult", "render_register"]


def field(name: str) -> Callable[[CarrierView], str]:
    """A CarrierView attribute as text (None prints blank)."""

    def get(cv: CarrierView) -> str:
        value = getattr(cv, name)
        return "" if value is None else str(value)

    return get


def extra(name: str) -> Callable[[CarrierView], str]:
    """A registration detail carried in ``CarrierView.extra`` (serial number, purpose ...)."""

    def get(cv: CarrierView) -> str:
        value = cv.extra.get(name)
        return "" if value is None else str(value)

    return get


def when(cv: CarrierView) -> str:
    """收/发时间: when the document was received or sent, else when it was registered."""
    raw = cv.extra.get("received_at")
    moment = cv.registered_at
    if isinstance(raw, dt.datetime):
        moment = raw
    elif isinstance(raw, str) and raw:
        try:
            moment = dt.datetime.fromisoformat(raw)
        except ValueError:
            return raw
    return moment.strftime("%Y-%m-%d %H:%M")


def marking(cv: CarrierView) -> str:
    return cv.marking


def copy_no(cv: CarrierView) -> str:
    return "" if cv.copy_no is None else f"{cv.copy_no:03d}"


def kind(cv: CarrierView) -> str:
    return KIND_LABEL.get(cv.kind, str(cv.kind))


def producer(cv: CarrierView) -> str:
    """产生机关: left blank on the form when it is the 来文机关, as the form says; printed."""
    return cv.producer or cv.sender


def whereabouts(cv: CarrierView) -> str:
    """状态 over 存放位置 / 去向 (件件有着落, 篇六 第七条): where the carrier is now, or where it
    went (the reader, the borrower, the unit it was sent or returned to)."""
    where = cv.holder if cv.holder else ("" if cv.status in TERMINAL else cv.location)
    return STATUS_LABEL[cv.status] + (f"\n{where}" if where else "")


def couriers(cv: CarrierView) -> str:
    """送达人: the two or more people who carried a 绝密 document out (篇六 第四条)."""
    return extra("couriers")(cv)


def dedicated_computer(cv: CarrierView) -> str:
    """专用计算机 of a medium, once the ledger records one (``dedicated_computer``)."""
    value = cv.extra.get("dedicated_computer", getattr(cv, "dedicated_computer", None))
    return "" if value is None else str(value)


SIGN = (Column("签收", width_mm=18),)
NUMBER = Column("编号", width_mm=27, value=field("number"))
MARKING = Column("密级", width_mm=17, value=marking)
TITLE = Column("名称或主要内容", weight=2.4, value=field("title"))
COUNTS = (
    Column("份号", width_mm=9, value=copy_no, align="center"),
    Column("页数", width_mm=9, value=field("pages"), align="center"),
    Column("份数", width_mm=9, value=field("copies_total"), align="center"),
)
HANDLED_BY = Column("经办人", width_mm=14, value=extra("handled_by"))
SCOPE = Column("知悉范围", weight=1, value=extra("scope"))
WHEREABOUTS = Column("状态\n位置/去向", width_mm=18, value=whereabouts)

INCOMING = RegisterDefinition(
    key=Register.INCOMING.value, title=REGISTER_TITLE[Register.INCOMING],
    columns=(
        Column("收文时间", width_mm=17, value=when),
        NUMBER, MARKING,
        Column("来文机关", value=field("sender")),
        Column("产生机关", value=producer),
        Column("文号", width_mm=24, value=field("doc_no")),
        TITLE, *COUNTS,
        Column("附件", weight=0.8, value=extra("attachments")),
        SCOPE,
        Column("阅办", weight=0.9, value=extra("readers")),
        HANDLED_BY, WHEREABOUTS,
    ),
    signature_columns=SIGN,
    font_size=7.5,
)

OUTGOING = RegisterDefinition(
    key=Register.OUTGOING.value, title=REGISTER_TITLE[Register.OUTGOING],
    columns=(
        Column("发文时间", width_mm=17, value=when),
        NUMBER, MARKING,
        Column("文号", width_mm=24, value=field("doc_no")),
        TITLE,
        Column("产生机关", weight=0.9, value=field("producer")),
        Column("发文范围", weight=1, value=extra("recipients")),
        *COUNTS,
        Column("发送方式", width_mm=13, value=extra("channel")),
        Column("送达人", width_mm=16, value=couriers),
        Column("签发人", width_mm=14, value=extra("signer")),
        HANDLED_BY, WHEREABOUTS,
    ),
    signature_columns=SIGN,
    font_size=7.5,
)

MEDIA = RegisterDefinition(
    key=Register.MEDIA.value, title=REGISTER_TITLE[Register.MEDIA],
    columns=(
        Column("登记时间", width_mm=17, value=when),
        NUMBER, MARKING,
        Column("类型", width_mm=12, value=kind, align="center"),
        Column("序列号", width_mm=28, value=extra("serial_no")),
        Column("容量", width_mm=13, value=extra("capacity")),
        TITLE,
        Column("专用用途", weight=1.2, value=extra("purpose")),
        Column("专用计算机", weight=1, value=dedicated_computer),
        Column("产生机关", weight=0.9, value=field("producer")),
        Column("责任人", width_mm=14, value=extra("handled_by")),
        WHEREABOUTS,
    ),
    signature_columns=SIGN,
    font_size=7.5,
)

REGISTERS: dict[str, RegisterDefinition] = {d.key: d for d in (INCOMING, OUTGOING, MEDIA)}
