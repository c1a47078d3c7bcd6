"""Registers of copies, volumes and returns: 复制登记簿, 案卷目录 and 清退清单.

``RegisterDefinition``s on the one table engine, with their row sources in ``jobs.SOURCES``
so ``miji-desk-cli print copies|volumes|returns`` and the print menu offer them. The ledger
filter applies as: dates → when copied / when the volume was made / when the list was made;
levels → the copies' / the volume's / the carrier's level; text → a number or words of a title
(for returns, a 清退单号 prints that one list). Everything is read through protocols
(``DispositionReader``), never ``vault`` itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol, cast

from ..core.carriers import CarrierView
from ..core.copying import CopyRecord
from ..core.destruction import ManifestLine, ManifestView, Totals
from ..core.errors import RuleViolation
from ..core.filing import VolumeView
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.levels import Level
from ..core.returns import ReturnListView
from .jobs import SOURCES
from .output import Target
from .registers import REGISTERS, Column, RegisterDefinition, RenderResult, render_register


class DispositionReader(Protocol):
    """What these documents read (``vault.disposition`` meets it)."""

    def iter_copy_records(self, *, year: int | None = ...) -> Iterator[CopyRecord]: ...
    def iter_volumes(self, *, year: int | None = ..., chunk: int = ...
                     ) -> Iterator[VolumeView]: ...
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


COPIES = RegisterDefinition(
    key="copies", title="复制登记簿",
    columns=(
        Column("复制时间", width_mm=20, value=lambda r: _t(r.made_at)),
        Column("编号", width_mm=24, value=lambda r: r.number, max_lines=2),
        Column("原件编号", width_mm=29, value=lambda r: r.source.number, max_lines=2),
        Column("密级", width_mm=20, value=lambda r: r.marking, max_lines=2),
        Column("文号", width_mm=24, value=lambda r: r.source.doc_no, max_lines=3),
        Column("名称或主要内容", weight=2.2, value=lambda r: r.source.title, max_lines=3),
        Column("份数", width_mm=10, value=lambda r: str(r.count), align="center", max_lines=1),
        Column("页数", width_mm=10, value=lambda r: str(r.first_copy.pages or ""),
               align="center", max_lines=1),
        Column("批准人、文号、日期", weight=1.8, value=_approval, max_lines=4),
        Column("制发机关批准", weight=1.6,
               value=lambda r: f"{r.authority} {r.authority_ref}".strip(), max_lines=4),
        Column("事由", weight=1.1, value=lambda r: r.purpose, max_lines=3),
    ),
    signature_columns=(Column("经办人签字", width_mm=18),),
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
        Column("案卷号", width_mm=30, value=lambda r: r.volume.number, max_lines=2),
        Column("年度", width_mm=12, value=lambda r: str(r.volume.year), align="center",
               max_lines=1),
        Column("案卷题名", weight=3, value=lambda r: r.volume.title, max_lines=3),
        Column("密级", width_mm=20, value=lambda r: r.level_name
               + ("\n（绝密专卷）" if r.volume.top_secret else ""), align="center", max_lines=2),
        Column("保管期限", width_mm=14, value=lambda r: r.volume.retention_label,
               align="center", max_lines=1),
        Column("件数", width_mm=11, value=lambda r: str(r.volume.items), align="center",
               max_lines=1),
        Column("页数", width_mm=12, value=lambda r: str(r.volume.pages), align="center",
               max_lines=1),
        Column("存放位置", weight=1, value=lambda r: r.volume.location, max_lines=2),
        Column("立卷日期", width_mm=20, value=lambda r: r.volume.created_at.strftime("%Y-%m-%d"),
               align="center", max_lines=1),
        Column("备注", weight=1.2, value=lambda r: r.volume.notes, max_lines=3, note=True),
    ),
)


def volume_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[VolumeRow]:
    by_code = {lv.code: lv for lv in reader.levels}
    for v in disposition_of(reader).iter_volumes():
        if (_in_dates(v.created_at, f) and (not f.levels or v.level_code in f.levels)
                and _has(f.text, v.number, v.title)):
            level = by_code.get(v.level_code or "")
            yield VolumeRow(v, level.name if level else "—", level)


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
        Column("清退单号", width_mm=22, value=lambda r: r.lst.number, max_lines=1),
        Column("退往机关", weight=1, value=lambda r: r.lst.recipient, max_lines=2),
        Column("编号", width_mm=31, value=lambda r: r.carrier.number, max_lines=2),
        Column("文号", width_mm=28, value=lambda r: r.carrier.doc_no),
        Column("名称或主要内容", weight=3, value=lambda r: r.carrier.title, max_lines=3),
        Column("密级", width_mm=21, value=lambda r: r.carrier.marking, max_lines=2),
        Column("份号", width_mm=10, align="center", max_lines=1,
               value=lambda r: "" if r.carrier.copy_no is None else f"{r.carrier.copy_no:03d}"),
        Column("页数", width_mm=10, value=lambda r: str(r.carrier.pages or ""), align="center",
               max_lines=1),
        Column("状态", width_mm=20, value=lambda r: _state(r.lst), align="center"),
    ),
    signature_columns=(Column("接收人签字", width_mm=22),),
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
                           printed_at=printed_at or reader.clock.now())


REGISTERS.update({d.key: d for d in (COPIES, VOLUMES, RETURNS)})
SOURCES.update({"copies": copy_rows, "volumes": volume_rows, "returns": return_rows})

__all__ = ["COPIES", "RETURNS", "VOLUMES", "DispositionReader", "ReturnRow", "VolumeRow",
           "copy_rows", "disposition_of", "return_list_pdf", "return_rows", "volume_rows"]
