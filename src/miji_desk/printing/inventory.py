"""The 清查报告 (inventory check report) of one check (篇三 二十三; 篇四 (十)).

A4 landscape. The report carries the marking of the highest level it lists (or the clerk's
higher choice) at the top and foot of every page, the check's scope, times, conclusion and its
counts per result, then every line grouped by result (missing, unexpected, out, left during the
check, present), each with its state at the start beside its state now, so a move during the
check shows against the frozen list. Titles wrap; nothing identifying is cut. Signature lines
for the clerk and the person in charge close it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.errors import RuleViolation
from ..core.inventory import (
    REASON_LABEL,
    RESULT_LABEL,
    RESULT_ORDER,
    CheckView,
    Line,
    Result,
    check_view,
    lines,
    status_text,
    tally,
)
from ..core.inventory_ports import InventoryReads
from ..core.ledger_reader import LedgerReader
from ..core.print_marking import document_marking, requested_level
from .circulation import DocumentJob
from .fonts import draw_text
from .output import Target, pdf_canvas
from .table import RenderResult
from .wrap import ellipsize, wrap

TITLE = "涉密载体清查报告"
PAGE = landscape(A4)
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
TOP = PAGE[1] - MARGIN - 30 * mm
BOTTOM = MARGIN + 8 * mm
SIZE = 8.5
LEAD = SIZE * 1.35
PAD = 1.2 * mm


@dataclass(frozen=True)
class _Cell:
    header: str
    width: float


CELLS = (_Cell("序号", 10 * mm), _Cell("条码", 27 * mm), _Cell("编号", 36 * mm),
         _Cell("名称", 74 * mm), _Cell("密级", 12 * mm), _Cell("清查开始时", 38 * mm),
         _Cell("现在", 38 * mm), _Cell("说明", WIDTH - 235 * mm))


def inventory_of(reader: LedgerReader) -> InventoryReads:
    found = getattr(reader, "inventory", None)
    if found is None:
        raise RuleViolation("print.no_inventory_records")
    return cast(InventoryReads, found)


def _state(status: str, location: str, holder: str) -> str:
    if not status:
        return "—"
    where = holder or location
    return status_text(status) + (f"（{where}）" if where else "")


def _note(ln: Line) -> str:
    f = ln.facts
    parts = []
    if ln.result is Result.UNEXPECTED and f.scan_reason:
        parts.append(REASON_LABEL.get(f.scan_reason, f.scan_reason))
    if ln.moved and ln.result is not Result.UNEXPECTED:
        parts.append("清查期间变动")
    if f.pages_complete is False:
        parts.append("页数不齐")
    if f.attachments_complete is False:
        parts.append("附件不齐")
    if f.confirm_note:
        parts.append(f.confirm_note)
    return "；".join(parts)


def _values(n: int, ln: Line, level_name: Callable[[str], str]) -> list[str]:
    f = ln.facts
    return [str(n), f.code, f.number or "—", f.title or "（台账中无此条码）",
            level_name(f.level_code), _state(f.start_status, f.start_location, f.start_holder),
            _state(f.now_status, f.now_location, f.now_holder), _note(ln)]


@dataclass
class _Row:
    height: float
    cells: list[list[str]] | None = None  # None: a text line (section heading or summary)
    text: str = ""
    bold: bool = False


def _line_row(values: Sequence[str]) -> _Row:
    cells = [wrap(v, SIZE, c.width - 2 * PAD) or [""] for v, c in zip(values, CELLS,
                                                                      strict=True)]
    return _Row(max(len(c) for c in cells) * LEAD + 2 * PAD, cells)


def _rows(view: CheckView, found: list[Line], counts: dict[str, int],
          level_name: Callable[[str], str]) -> list[_Row]:
    rows: list[_Row] = []

    def text(t: str, bold: bool = False, gap: float = 6 * mm) -> None:
        for part in wrap(t, 10, WIDTH) or [""]:
            rows.append(_Row(gap, None, part, bold))

    end = f"{view.closed_at:%Y-%m-%d %H:%M}" if view.closed_at else "尚未结束"
    text(f"清查编号：{view.number}    清查范围：{view.scope_label}    "
         f"开始：{view.started_at:%Y-%m-%d %H:%M}    结束：{end}")
    text(f"应在 {counts['expected']} 件：在位 {counts['present']}，缺失 {counts['missing']}，"
         f"借出或传阅中 {counts['out']}，清查期间离开 {counts['moved']}；"
         f"账外或不符 {counts['unexpected']} 件；页数或附件不齐 {counts['incomplete']} 件。",
         bold=True)
    if view.close_note:
        text(f"清查结论：{view.close_note}")
    for result in RESULT_ORDER:
        group = [ln for ln in found if ln.result is result]
        text(f"{RESULT_LABEL[result]}（{len(group)} 件）", bold=True, gap=9 * mm)
        rows.append(_Row(0, [[c.header] for c in CELLS]))  # the header: drawn per page
        for n, ln in enumerate(group, 1):
            rows.append(_line_row(_values(n, ln, level_name)))
        if not group:
            text("（无）")
    text("清查人（机要员）签字：________________    保密工作负责人签字：________________    "
         "日期：____年___月___日", gap=14 * mm)
    return rows


def _draw_row(c: Canvas, y: float, cells: list[list[str]], height: float,
              head: bool = False) -> None:
    x = MARGIN
    c.saveState()
    c.setLineWidth(0.4)
    for cell, lines_ in zip(CELLS, cells, strict=True):
        c.rect(x, y - height, cell.width, height)
        for i, t in enumerate(lines_):
            draw_text(c, x + PAD, y - PAD - SIZE - i * LEAD, t, SIZE, bold=head)
        x += cell.width
    c.restoreState()


def _paginate(rows: list[_Row], head_h: float) -> list[list[tuple[_Row, bool]]]:
    """Pages of rows; ``True`` marks where a table header is drawn (a new group, or a group
    that goes on after a page break)."""
    pages: list[list[tuple[_Row, bool]]] = [[]]
    y = TOP
    in_table = need_head = False
    for row in rows:
        if row.cells is not None and row.height == 0:  # a group's header row
            in_table, need_head = True, True
            continue
        if row.cells is None:
            in_table = False
        need = row.height + (head_h if row.cells is not None and (
            not pages[-1] or need_head) else 0)
        if y - need < BOTTOM and pages[-1]:
            pages.append([])
            y = TOP
            need_head = in_table
            need = row.height + (head_h if in_table else 0)
        first = row.cells is not None and need_head
        pages[-1].append((row, first))
        y -= row.height + (head_h if first else 0)
        if row.cells is not None:
            need_head = False
    return pages


def inventory_report_pdf(reader: LedgerReader, check_id: int, out: Target, *,
                         marking: str = "",
                         printed_at: dt.datetime | None = None) -> RenderResult:
    """The 清查报告 of one check, open (an interim report) or closed."""
    inv = inventory_of(reader)
    try:
        view = check_view(inv.check_row(check_id))
    except LookupError:
        raise RuleViolation("inventory.no_such_check", None, "check") from None
    levels = reader.levels
    found = lines(inv.lines(check_id))
    counts = view.counts or tally(found)
    listed = {ln.facts.level_code for ln in found if ln.facts.level_code}
    mark = document_marking(levels, requested_level(levels, marking),
                            [levels.get(code) for code in listed]).name

    def level_name(code: str) -> str:
        return levels.get(code).name if code else "—"

    head_h = LEAD + 2 * PAD
    pages = _paginate(_rows(view, found, counts, level_name), head_h)
    clerk = str(getattr(reader, "actor", "") or "")
    printed = (printed_at or reader.clock.now()).strftime("%Y-%m-%d %H:%M")
    checkpoint = reader.audit_head().checkpoint
    with pdf_canvas(out, PAGE, f"{reader.unit_name} {TITLE}") as c:
        for page_no, page in enumerate(pages, 1):
            t = PAGE[1] - MARGIN
            draw_text(c, MARGIN, t - 5 * mm, mark, 14, bold=True)
            draw_text(c, MARGIN + WIDTH, t - 5 * mm, f"清查编号：{view.number}", 10,
                      align="right")
            draw_text(c, PAGE[0] / 2, t - 14 * mm, TITLE, 18, bold=True, align="center")
            draw_text(c, PAGE[0] / 2, t - 21 * mm, ellipsize(reader.unit_name, 10, WIDTH), 10,
                      align="center")
            base = MARGIN - 5 * mm
            draw_text(c, MARGIN, base, f"机要员：{clerk}    打印时间：{printed}", 8)
            draw_text(c, PAGE[0] / 2, base, mark, 12, bold=True, align="center")
            draw_text(c, MARGIN + WIDTH, base, f"审计校验码：{checkpoint}    "
                      f"第 {page_no} 页 / 共 {len(pages)} 页", 8, align="right")
            y = TOP
            for row, head in page:
                if head:
                    _draw_row(c, y, [[x.header] for x in CELLS], head_h, head=True)
                    y -= head_h
                if row.cells is None:
                    draw_text(c, MARGIN, y - row.height + 1.5 * mm, row.text, 10,
                              bold=row.bold)
                else:
                    _draw_row(c, y, row.cells, row.height)
                y -= row.height
            c.showPage()
    top = max((levels.get(code) for code in listed), key=lambda lv: lv.rank, default=None)
    return RenderResult(len(pages), len(found), mark, top.name if top else "")


def inventory_job(reader: LedgerReader, check_id: int, out: Target, *, marking: str = "",
                  printed_at: dt.datetime | None = None) -> DocumentJob:
    """The report as a printed document with what its audit event records."""
    done = inventory_report_pdf(reader, check_id, out, marking=marking, printed_at=printed_at)
    view = check_view(inventory_of(reader).check_row(check_id))
    return DocumentJob(TITLE, done.pages, done.rows, f"清查编号：{view.number}",
                       reader.audit_head().checkpoint, (), done.marking)


__all__ = ["TITLE", "inventory_job", "inventory_of", "inventory_report_pdf"]
