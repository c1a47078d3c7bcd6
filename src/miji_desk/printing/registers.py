"""The registers (登记簿) that can be printed, declared column by column.

Columns follow 篇三 八: 密级, 产生机关, 发件机关, 名称或主要内容, 收发时间, 编号, 页、份数, and a
blank 签收 column for the pen. Adding a register is one more ``RegisterDefinition`` here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..core.carriers import KIND_LABEL, REGISTER_TITLE, CarrierView, Register, Status
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


def sent_to(cv: CarrierView) -> str:
    """发往单位: the holder of a copy that went out; a copy kept here is 留存."""
    return cv.holder if cv.status is Status.SENT and cv.holder else "留存"


def producer_or_sender(cv: CarrierView) -> str:
    """产生机关 of a received document: left blank on the form when it is the 来文机关
    ("与来文机关相同可不填"), so the register shows the 来文机关 there."""
    return cv.producer or cv.sender


def kind(cv: CarrierView) -> str:
    return KIND_LABEL.get(cv.kind, str(cv.kind))


SIGN = (Column("签收", width_mm=24),)
NUMBER = Column("编号", width_mm=31, value=field("number"), max_lines=2)
MARKING = Column("密级", width_mm=21, value=marking, max_lines=2)
TITLE = Column("名称或主要内容", weight=3, value=field("title"), max_lines=3)
COUNTS = (
    Column("份号", width_mm=10, value=copy_no, align="center", max_lines=1),
    Column("页数", width_mm=10, value=field("pages"), align="center", max_lines=1),
    Column("份数", width_mm=10, value=field("copies_total"), align="center", max_lines=1),
)

INCOMING = RegisterDefinition(
    key=Register.INCOMING.value, title=REGISTER_TITLE[Register.INCOMING],
    columns=(
        Column("收文时间", width_mm=20, value=when),
        NUMBER, MARKING,
        Column("来文机关", value=field("sender")),
        Column("产生机关", value=producer_or_sender),
        Column("文号", width_mm=30, value=field("doc_no")),
        TITLE, *COUNTS,
    ),
    signature_columns=SIGN,
)

OUTGOING = RegisterDefinition(
    key=Register.OUTGOING.value, title=REGISTER_TITLE[Register.OUTGOING],
    columns=(
        Column("发文时间", width_mm=20, value=when),
        NUMBER, MARKING,
        Column("文号", width_mm=30, value=field("doc_no")),
        TITLE,
        Column("产生机关", value=field("producer")),
        Column("发文机关", value=field("sender")),
        Column("发往单位", value=sent_to),
        *COUNTS,
    ),
    signature_columns=SIGN,
)

MEDIA = RegisterDefinition(
    key=Register.MEDIA.value, title=REGISTER_TITLE[Register.MEDIA],
    columns=(
        Column("登记时间", width_mm=20, value=when),
        NUMBER, MARKING,
        Column("类型", width_mm=14, value=kind, align="center", max_lines=1),
        Column("序列号", width_mm=30, value=extra("serial_no"), max_lines=3),
        TITLE,
        Column("专用用途", weight=1.5, value=extra("purpose")),
        Column("产生机关", value=field("producer")),
        Column("来源机关", value=field("sender")),
        Column("责任人", width_mm=16, value=extra("handled_by")),
    ),
    signature_columns=SIGN,
)

REGISTERS: dict[str, RegisterDefinition] = {d.key: d for d in (INCOMING, OUTGOING, MEDIA)}
