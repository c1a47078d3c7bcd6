"""Registers of copies, volumes and returns: 复制登记簿, 案卷目录, 卷内目录 and 清退清单.

``RegisterDefinition``s on the one table engine, with their row sources in ``jobs.SOURCES``
so ``miji-desk-cli print copies|volumes|volume-items|returns`` and the print menu offer them.
The ledger filter applies as: dates → when copied / when the volume was made / when the list
was made; levels → the copies' / the volume's / the carrier's level; text → a number or words
of a title (for returns, a 清退单号 prints that one list; for 卷内目录, a 案卷号 one volume).
Everything is read through protocols (``DispositionReader``), never ``vault`` itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, cast

from ..core.carriers import CarrierView, Status
from ..core.copying import CopyRecord
from ..core.destruction import ManifestLine, ManifestView, Totals
from ..core.errors import RuleViolation
from ..core.filing import VolumeView
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.levels import Level
from ..core.returns import ReturnListView
from .jobs import SOURCES, clerk_of
from .output import Target
from .registers import (
    REGISTERS,
    Column,
    RegisterDefinition,
    RenderResult,
    render_register,
    whereabouts,
)


class DispositionReader(Protocol):
    """What these documents read (``vault.disposition`` meets it)."""

    def iter_copy_records(self, *, year: int | None = ...) -> Iterator[CopyRecord]: ...
    def iter_volumes(self, *, year: int | None = ..., chunk: int = ...
                     ) -> Iterator[VolumeView]: ...
    def volume(self, volume_id: int) -> VolumeView: ...
    def volume_items(self, volume_id: int) -> list[CarrierView]: ...
    def iter_return_lists(self, *, open_only: bool = ...) -> Iterator[ReturnListView]: ...
    def return_list(self, list_id: int) -> ReturnListView: ...
    def return_list_by_number(self, number: str) -> ReturnListView | None: ...
    def return_carriers(self, list_id: int) -> list[CarrierView]: ...
    def manifest(self, manifest_id: int) -> ManifestView: ...
    def manifest_by_number(self, number: str) -> ManifestView | None: ...
    def iter_manifests(self, *, open_only: bool = ...) -> Iterator[ManifestView]: ...
    def manifest_lines(self, manifest_id: int) -> list[ManifestLine]: ...
    def manifest_totals(self, manifest_id: int) -> Totals: ...
    def ledger_totals(self, manifest_id: int) -> Totals: ...


def disposition_of(reader: LedgerReader) -> DispositionReader:
    found = getattr(reader, "disposition", None)
    if found is None:
        raise RuleViolation("print.no_disposition_records")
    return cast(DispositionReader, found)


def _t(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d\n%H:%M")


def _in_dates(moment: dt.datetime, f: LedgerFilter) -> bool:
    day = moment.date()
    return ((f.registered_from is None or day >= f.registered_from)
            and (f.registered_to is None or day <= f.registered_to))


def _has(text: str, *fields: str) -> bool:
    text = text.strip()
    return not text or any(text in (v or "") for v in fields)


# -- 复制登记簿 ----------------------------------------------------------------------------------

def _approval(r: CopyRecord) -> str:
    return f"{r.approver} {r.approval_ref} {r.approved_on.isoformat()}"


def _copy_numbers(r: CopyRecord) -> str:
    """The copies' 份号: 001 … n, as the copying numbered them."""
    return "001" if r.count == 1 else f"001–{r.count:03d}"


COPIES = RegisterDefinition(
    key="copies", title="复制登记簿",
    columns=(
        Column("复制时间", width_mm=19, value=lambda r: _t(r.made_at)),
        Column("编号", width_mm=23, value=lambda r: r.number),
        Column("原件编号", width_mm=26, value=lambda r: r.source.number),
        Column("密级", width_mm=17, value=lambda r: r.marking),
        Column("文号", width_mm=22, value=lambda r: r.source.doc_no),
        Column("名称或主要内容", weight=2.2, value=lambda r: r.source.title),
        Column("份数", width_mm=9, value=lambda r: str(r.count), align="center"),
        Column("份号", width_mm=15, value=_copy_numbers, align="center"),
        Column("页数", width_mm=9, value=lambda r: str(r.first_copy.pages or ""),
               align="center"),
        Column("批准人、文号、日期", weight=1.8, value=_approval),
        Column("制发机关批准", weight=1.5,
               value=lambda r: f"{r.authority} {r.authority_ref}".strip()),
        Column("事由", weight=1, value=lambda r: r.purpose),
        Column("复制人", width_mm=14, value=lambda r: r.handled_by),
    ),
    signature_columns=(Column("经办人签字", width_mm=16),),
    font_size=7.5,
    count_word="次",
)


def copy_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[CopyRecord]:
    for r in disposition_of(reader).iter_copy_records():
        if (_in_dates(r.made_at, f) and (not f.levels or r.level.code in f.levels)
                and _has(f.text, r.number, r.source.number, r.source.title, r.source.doc_no)):
            yield r


# -- 案卷目录 ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class VolumeRow:
    volume: VolumeView
    level_name: str  # the highest level of its items now; — when empty
    level: Level | None = None  # that level: the volume's marking counts on the register

VOLUMES = RegisterDefinition(
    key="volumes", title="案卷目录",
    columns=(
        Column("案卷号", width_mm=30, value=lambda r: r.volume.number),
        Column("年度", width_mm=12, value=lambda r: str(r.volume.year), align="center"),
        Column("案卷题名", weight=3, value=lambda r: r.volume.title),
        Column("密级", width_mm=20, value=lambda r: r.level_name
               + ("\n（绝密专卷）" if r.volume.top_secret else ""), align="center"),
        Column("保管期限", width_mm=14, value=lambda r: r.volume.retention_label,
               align="center"),
        Column("件数", width_mm=11, value=lambda r: str(r.volume.items), align="center"),
        Column("页数", width_mm=12, value=lambda r: str(r.volume.pages), align="center"),
        Column("存放位置", weight=1, value=lambda r: r.volume.location),
        Column("立卷日期", width_mm=20, value=lambda r: r.volume.created_at.strftime("%Y-%m-%d"),
               align="center"),
        Column("备注", weight=1.2, value=lambda r: r.volume.notes, max_lines=3, note=True),
    ),
    count_word="卷",
)


def volume_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[VolumeRow]:
    by_code = {lv.code: lv for lv in reader.levels}
    for v in disposition_of(reader).iter_volumes():
        if (_in_dates(v.created_at, f) and (not f.levels or v.level_code in f.levels)
                and _has(f.text, v.number, v.title)):
            level = by_code.get(v.level_code or "")
            yield VolumeRow(v, level.name if level else "—", level)


# -- 卷内目录 ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class VolumeItemRow:
    """One item of a volume: its 件号 (the order it was filed in) and the carrier."""

    volume: VolumeView
    position: int
    carrier: CarrierView


def _item_date(cv: CarrierView) -> str:
    """日期: when the document was received or sent (its registration's 收/发时间)."""
    raw = cv.extra.get("received_at")
    moment = dt.datetime.fromisoformat(raw) if isinstance(raw, str) and raw else cv.registered_at
    return moment.strftime("%Y-%m-%d")


def _item_note(cv: CarrierView) -> str:
    """备注: anything but 已归档 -- the item is out of the volume for now (lent, circulating)."""
    return "" if cv.status is Status.FILED else whereabouts(cv)


VOLUME_ITEMS = RegisterDefinition(
    key="volume-items", title="卷内目录",
    columns=(
        Column("案卷号", width_mm=24, value=lambda r: r.volume.number),
        Column("件号", width_mm=10, value=lambda r: str(r.position), align="center"),
        Column("编号", width_mm=29, value=lambda r: r.carrier.number),
        Column("责任者", weight=1, value=lambda r: r.carrier.producer or r.carrier.sender),
        Column("文号", width_mm=28, value=lambda r: r.carrier.doc_no),
        Column("题名", weight=3, value=lambda r: r.carrier.title),
        Column("日期", width_mm=19, value=lambda r: _item_date(r.carrier), align="center"),
        Column("密级", width_mm=20, value=lambda r: r.carrier.marking),
        Column("份号", width_mm=10, align="center",
               value=lambda r: "" if r.carrier.copy_no is None else f"{r.carrier.copy_no:03d}"),
        Column("页数", width_mm=10, value=lambda r: str(r.carrier.pages or ""), align="center"),
        Column("备注", weight=0.9, value=lambda r: _item_note(r.carrier)),
    ),
)


def _items(d: DispositionReader, v: VolumeView) -> Iterator[VolumeItemRow]:
    for n, cv in enumerate(d.volume_items(v.id), 1):
        yield VolumeItemRow(v, n, cv)


def volume_item_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[VolumeItemRow]:
    """The items of every volume the filter selects (by the volume: its number or title, its
    level, when it was made), volume after volume as in the 案卷目录."""
    d = disposition_of(reader)
    for v in d.iter_volumes():
        if (_in_dates(v.created_at, f) and (not f.levels or v.level_code in f.levels)
                and _has(f.text, v.number, v.title)):
            yield from _items(d, v)


def volume_items_pdf(reader: LedgerReader, volume_id: int, out: Target, *, marking: str,
                     printed_at: dt.datetime | None = None) -> RenderResult:
    """The 卷内目录 of one volume: its number, title, level, retention and place on top."""
    d = disposition_of(reader)
    v = d.volume(volume_id)
    names = {lv.code: lv.name for lv in reader.levels}
    head = (f"案卷号 {v.number}《{v.title}》；密级：{names.get(v.level_code or '', '—')}"
            f"{'（绝密专卷）' if v.top_secret else ''}；保管期限：{v.retention_label}；"
            f"存放位置：{v.location}；共 {v.items} 件 {v.pages} 页")
    return render_register(VOLUME_ITEMS, _items(d, v), out, unit_name=reader.unit_name,
                           register_marking=marking.strip(), filter_text=head,
                           checkpoint=reader.audit_head().checkpoint,
                           printed_at=printed_at or reader.clock.now(), clerk=clerk_of(reader))


# -- 清退清单 ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ReturnRow:
    lst: ReturnListView
    carrier: CarrierView


def _state(lst: ReturnListView) -> str:
    if lst.confirmed_at:
        return f"已清退\n{lst.confirmed_at:%Y-%m-%d}"
    return "已作废" if lst.cancelled_at else "待清退"


RETURNS = RegisterDefinition(
    key="returns", title="清退清单",
    columns=(
        Column("清退单号", width_mm=20, value=lambda r: r.lst.number),
        Column("退往机关", weight=1, value=lambda r: r.lst.recipient),
        Column("清退依据", weight=1, value=lambda r: r.lst.basis),
        Column("编号", width_mm=29, value=lambda r: r.carrier.number),
        Column("文号", width_mm=26, value=lambda r: r.carrier.doc_no),
        Column("名称或主要内容", weight=2.6, value=lambda r: r.carrier.title),
        Column("密级", width_mm=19, value=lambda r: r.carrier.marking),
        Column("份号", width_mm=9, align="center",
               value=lambda r: "" if r.carrier.copy_no is None else f"{r.carrier.copy_no:03d}"),
        Column("页数", width_mm=9, value=lambda r: str(r.carrier.pages or ""), align="center"),
        Column("状态", width_mm=20, value=lambda r: _state(r.lst), align="center"),
        Column("接收人", width_mm=16, value=lambda r: r.lst.handed_to),
    ),
    signature_columns=(Column("接收人签字", width_mm=20),),
)


def _lists(reader: LedgerReader, f: LedgerFilter) -> Iterable[ReturnListView]:
    """Every list, or the one whose number is the filter's text."""
    d = disposition_of(reader)
    if not f.text.strip():
        return d.iter_return_lists()
    one = d.return_list_by_number(f.text)
    return [one] if one is not None else []


def return_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[ReturnRow]:
    d = disposition_of(reader)
    for lst in _lists(reader, f):
        if not _in_dates(lst.created_at, f):
            continue
        for cv in d.return_carriers(lst.id):
            if not f.levels or cv.level.code in f.levels:
                yield ReturnRow(lst, cv)


def return_list_pdf(reader: LedgerReader, list_id: int, out: Target, *, marking: str,
                    printed_at: dt.datetime | None = None) -> RenderResult:
    """One 清退单 to hand over with the carriers: its recipient, basis and totals on top."""
    d = disposition_of(reader)
    lst = d.return_list(list_id)
    carriers = d.return_carriers(list_id)
    pages = sum(cv.pages or 0 for cv in carriers)
    head = (f"清退单 {lst.number}；退往：{lst.recipient}"
            + (f"；依据：{lst.basis}" if lst.basis else "")
            + f"；共 {len(carriers)} 份 {pages} 页；{_state(lst).replace(chr(10), ' ')}")
    return render_register(RETURNS, (ReturnRow(lst, cv) for cv in carriers), out,
                           unit_name=reader.unit_name, register_marking=marking,
                           levels=reader.levels,
                           filter_text=head, checkpoint=reader.audit_head().checkpoint,
                           printed_at=printed_at or reader.clock.now(), clerk=clerk_of(reader))


REGISTERS.update({d.key: d for d in (COPIES, VOLUMES, VOLUME_ITEMS, RETURNS)})
SOURCES.update({"copies": copy_rows, "volumes": volume_rows,
                VOLUME_ITEMS.key: volume_item_rows, "returns": return_rows})

__all__ = ["COPIES", "RETURNS", "VOLUMES", "VOLUME_ITEMS", "DispositionReader", "ReturnRow",
           "VolumeItemRow", "VolumeRow", "copy_rows", "disposition_of", "return_list_pdf",
           "return_rows", "volume_item_rows", "volume_items_pdf", "volume_rows"]
