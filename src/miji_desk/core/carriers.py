"""Carriers (载体): one physical copy of a document, or one medium, with one barcode.

Names here are the clerk's world in English. The Chinese labels are the printed words; the UI
translates them through Qt like every other string.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from .levels import Level
from .periods import SecrecyPeriod, marking


class Register(StrEnum):
    """Which register (登记簿) a document or medium was entered in."""

    INCOMING = "incoming"  # 收文
    OUTGOING = "outgoing"  # 发文
    MEDIA = "media"  # 涉密介质
    COPY = "copy"  # 复制 (copies made here of another carrier)


REGISTER_LABEL = {Register.INCOMING: "收文", Register.OUTGOING: "发文",
                  Register.MEDIA: "介质", Register.COPY: "复制"}
REGISTER_TITLE = {Register.INCOMING: "收文登记簿", Register.OUTGOING: "发文登记簿",
                  Register.MEDIA: "涉密介质登记簿", Register.COPY: "复制登记簿"}


class CarrierKind(StrEnum):
    DOCUMENT = "document"  # 纸质文件 (one copy)
    USB = "usb"  # U盘
    OPTICAL = "optical"  # 光盘
    HARD_DISK = "hard_disk"  # 移动硬盘
    MEDIA_OTHER = "media_other"  # 其他介质
    OTHER = "other"  # 其他物品


KIND_LABEL = {CarrierKind.DOCUMENT: "文件", CarrierKind.USB: "U盘", CarrierKind.OPTICAL: "光盘",
              CarrierKind.HARD_DISK: "移动硬盘", CarrierKind.MEDIA_OTHER: "其他介质",
              CarrierKind.OTHER: "其他物品"}
MEDIA_KINDS = (CarrierKind.USB, CarrierKind.OPTICAL, CarrierKind.HARD_DISK,
               CarrierKind.MEDIA_OTHER)


class Status(StrEnum):
    IN_STORE = "in_store"  # 在库
    CIRCULATING = "circulating"  # 传阅中
    ON_LOAN = "on_loan"  # 借出
    FILED = "filed"  # 已归档
    SENT = "sent"  # 已发出
    RETURNED = "returned"  # 已清退 (returned to issuer)
    HANDED_OVER = "handed_over"  # 已移交
    DESTROYED = "destroyed"  # 已销毁
    MISSING = "missing"  # 丢失


STATUS_LABEL = {Status.IN_STORE: "在库", Status.CIRCULATING: "传阅中", Status.ON_LOAN: "借出",
                Status.FILED: "已归档", Status.SENT: "已发出", Status.RETURNED: "已清退",
                Status.HANDED_OVER: "已移交", Status.DESTROYED: "已销毁", Status.MISSING: "丢失"}
# Terminal: the carrier has left the unit's keeping; its row stays forever.
TERMINAL = frozenset({Status.SENT, Status.RETURNED, Status.HANDED_OVER, Status.DESTROYED})
# Out of the store but still the unit's: the end-of-day list.
OUT = frozenset({Status.CIRCULATING, Status.ON_LOAN})


@dataclass(frozen=True)
class CarrierView:
    """One ledger line: what the table, the detail pane, labels and registers show."""

    id: int
    barcode: str
    number: str  # 编号
    copy_no: int | None  # 份号
    kind: CarrierKind
    status: Status
    register: Register
    level: Level
    period: SecrecyPeriod
    classified_on: dt.date | None
    title: str
    doc_no: str  # 文号
    producer: str  # 产生机关
    sender: str  # 来文机关 / 发文机关
    holder: str  # who has it now (reader, borrower), empty when in store
    location: str  # safe, cabinet
    registered_at: dt.datetime
    document_id: int
    pages: int | None = None
    copies_total: int | None = None
    held: bool = False  # 冻结
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def marking(self) -> str:
        return marking(self.level, self.period)

    @property
    def period_from_receipt(self) -> bool:
        """No 定密日期 was given: the secrecy period runs from the day of receipt."""
        return self.classified_on is None

    @property
    def period_start(self) -> dt.date:
        """The day the secrecy period runs from: the 定密日期, else the day of receipt (收发时间,
        or registration for a medium)."""
        if self.classified_on is not None:
            return self.classified_on
        received = self.extra.get("received_at")
        if received:
            return dt.datetime.fromisoformat(str(received)).date()
        return self.registered_at.date()

    @property
    def expiry(self) -> dt.date | None:
        return self.period.expiry(self.level, self.period_start)

    @property
    def whereabouts(self) -> str:
        """Where it is, in one phrase: the holder if someone has it, else its place."""
        return self.holder or self.location
