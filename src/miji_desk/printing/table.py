"""The one table engine behind every register (台账): A4 landscape, declarative columns.

Rows are consumed once, as they come (a register may have tens of thousands), and each page is
finished as soon as it is full. "共 y 页" is a PDF form drawn on every page but defined after the
last one, so one pass is enough and nothing is kept in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.errors import RuleViolation
from .fonts import Align, TextWriter, draw_text, fake_bold, text_width
from .output import Target, pdf_canvas
from .wrap import ellipsize, wrap

PAGE = landscape(A4)
MARGIN_X = 12 * mm
MARGIN_TOP = 10 * mm
MARGIN_BOTTOM = 10 * mm
HEADER_H = 21 * mm  # title, unit, print time, filter
FOOTER_H = 8 * mm  # checkpoint, page x / y, marking
PAD_X = 1.2 * mm
PAD_Y = 1.0 * mm
SIGNATURE_MIN_H = 7.5 * mm  # room for a pen signature
CLOSING_H = 9 * mm  # "共 N 件    机要员：…" under the last row
HEADER_FILL = Color(0.88, 0.88, 0.88)
TOTAL_FORM = "miji_total_pages"


@dataclass(frozen=True)
class Column:
    """One column: its header, its width (fixed ``width_mm``, or a share ``weight`` of what the
    fixed columns leave), how a row gives its text, and how many lines a cell may take before
    the rest is cut with ``…``. A column without ``value`` prints blank cells (signatures)."""

    header: str
    width_mm: float | None = None
    weight: float = 1.0
    value: Callable[[Any], str] | None = None
    align: Align = "left"
    max_lines: int = 2


@dataclass(frozen=True)
class RegisterDefinition:
    """A register: its key (CLI name), printed title and columns. ``numbered`` adds 序号."""

    key: str
    title: str
    columns: tuple[Column, ...]
    signature_columns: tuple[Column, ...] = ()
    numbered: bool = True
    count_word: str = "件"  # what a row counts: "共 N 件"
    font_size: float = 8.0
    header_font_size: float = 8.5

    def layout(self) -> tuple[Column, ...]:
        first = (Column("序号", width_mm=11, align="center", max_lines=1),) if self.numbered else ()
        return first + self.columns + self.signature_columns


@dataclass(frozen=True)
class RenderResult:
    pages: int
    rows: int


def column_widths(columns: Iterable[Column], total: float) -> list[float]:
    """Widths in points: fixed columns first, the rest shared by weight."""
    cols = list(columns)
    fixed = sum(c.width_mm * mm for c in cols if c.width_mm is not None)
    weights = sum(c.weight for c in cols if c.width_mm is None)
    rest = total - fixed
    if rest < -0.01 or (weights and rest < 10 * mm * len([c for c in cols if not c.width_mm])):
        raise RuleViolation("print.table_too_wide")
    return [c.width_mm * mm if c.width_mm is not None else rest * c.weight / weights
            for c in cols]


class _Pager:
    """Draws one register, page by page."""

    def __init__(self, c: Canvas, d: RegisterDefinition, *, unit_name: str, marking: str,
                 filter_text: str, checkpoint: str, printed_at: dt.datetime) -> None:
        self.c, self.d = c, d
        self.cols = d.layout()
        self.widths = column_widths(self.cols, PAGE[0] - 2 * MARGIN_X)
        self.xs = [MARGIN_X]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.signature = len(d.signature_columns) > 0
        self.unit_name, self.marking = unit_name, marking
        self.filter_text, self.checkpoint = filter_text or "全部", checkpoint
        self.printed_at = printed_at.strftime("%Y-%m-%d %H:%M")
        self.size = d.font_size
        self.leading = d.font_size * 1.25
        hs = d.header_font_size
        self.head_lines = [wrap(col.header, hs, w - 2 * PAD_X, 2)
                           for col, w in zip(self.cols, self.widths, strict=True)]
        self.head_h = max(map(len, self.head_lines)) * hs * 1.25 + 2 * PAD_Y
        self.table_top = PAGE[1] - MARGIN_TOP - HEADER_H
        self.table_bottom = MARGIN_BOTTOM + FOOTER_H
        self.pages = 0
        self._begin()

    # -- page frame ----------------------------------------------------------------------------
    def _begin(self) -> None:
        self.pages += 1
        self.y = self.table_top - self.head_h
        self.body = TextWriter(self.c)
        self.rules: list[str] = []  # path operators for the grid, stroked once per page
        self._page_header()

    def _page_header(self) -> None:
        c, w, top = self.c, PAGE[0], PAGE[1] - MARGIN_TOP
        draw_text(c, MARGIN_X, top - 5 * mm, ellipsize(self.marking, 12, 80 * mm), 12, bold=True)
        draw_text(c, w / 2, top - 7 * mm, self.d.title, 18, bold=True, align="center")
        line2 = top - 13.5 * mm
        stamp = f"打印时间：{self.printed_at}"
        stamp_w = draw_text(c, w - MARGIN_X, line2, stamp, 9, align="right")
        draw_text(c, MARGIN_X, line2, ellipsize(f"单位：{self.unit_name}", 9,
                                                w - 2 * MARGIN_X - stamp_w - 10 * mm), 9)
        draw_text(c, MARGIN_X, top - 18.5 * mm,
                  ellipsize(f"筛选条件：{self.filter_text}", 9, w - 2 * MARGIN_X), 9)
        # Column headers: shaded band, bold text centred in each cell.
        c.saveState()
        c.setFillColor(HEADER_FILL)
        c.rect(MARGIN_X, self.table_top - self.head_h, self.xs[-1] - MARGIN_X, self.head_h,
               stroke=0, fill=1)
        c.restoreState()
        hs = self.d.header_font_size
        heads = TextWriter(c, bold=True)
        for x, width, lines in zip(self.xs, self.widths, self.head_lines, strict=False):
            y = self.table_top - (self.head_h - len(lines) * hs * 1.25) / 2 - hs * 0.95
            for line in lines:
                heads.write(x + (width - text_width(line, hs)) / 2, y, line, hs)
                y -= hs * 1.25
        with fake_bold(c, hs):
            heads.finish()
        self._rule(self.table_top)
        self._rule(self.y)

    def _rule(self, y: float) -> None:
        self.rules.append(f"{MARGIN_X:.2f} {y:.2f} m {self.xs[-1]:.2f} {y:.2f} l")

    def _finish(self) -> None:
        c = self.c
        self.rules += [f"{x:.2f} {self.table_top:.2f} m {x:.2f} {self.y:.2f} l" for x in self.xs]
        c.addLiteral("q 0.5 w 0 G\n" + "\n".join(self.rules) + "\nS Q")
        self.body.finish()
        self._page_footer()
        c.showPage()

    def _page_footer(self) -> None:
        c, w = self.c, PAGE[0]
        base = MARGIN_BOTTOM + 2 * mm
        draw_text(c, MARGIN_X, base, f"审计校验码：{self.checkpoint}", 9)
        mid = w / 2 + 4 * mm
        draw_text(c, mid, base, f"第 {self.pages} 页 / 共 ", 9, align="right")
        c.saveState()
        c.translate(mid, base)
        c.doForm(TOTAL_FORM)  # "y 页", written once the last page is known
        c.restoreState()
        draw_text(c, w - MARGIN_X, base, ellipsize(self.marking, 9, 80 * mm), 9, bold=True,
                  align="right")

    # -- rows ----------------------------------------------------------------------------------
    def add(self, number: int, row: Any) -> None:
        size, leading = self.size, self.leading
        cells: list[list[str]] = []
        for col, width in zip(self.cols, self.widths, strict=True):
            if col.value is None:
                text = str(number) if col is self.cols[0] and self.d.numbered else ""
            else:
                text = col.value(row) or ""
            cells.append(wrap(text, size, width - 2 * PAD_X, col.max_lines))
        lines = max(1, *map(len, cells))
        h = lines * leading + 2 * PAD_Y
        if self.signature:
            h = max(h, SIGNATURE_MIN_H)
        if self.y - h < self.table_bottom:
            self._finish()
            self._begin()
        top = self.y
        write = self.body.write
        for col, x, width, cell in zip(self.cols, self.xs, self.widths, cells, strict=False):
            if not cell:
                continue
            y = top - (h - len(cell) * leading) / 2 - size * 0.95  # vertically centred
            for line in cell:
                if col.align == "left":
                    lx = x + PAD_X
                else:
                    free = width - 2 * PAD_X - text_width(line, size)
                    lx = x + PAD_X + (free / 2 if col.align == "center" else free)
                write(lx, y, line, size)
                y -= leading
        self.y = top - h
        self._rule(self.y)

    def close(self, rows: int, clerk: str) -> None:
        if rows == 0:
            draw_text(self.c, PAGE[0] / 2, self.y - 8 * mm, "（没有符合筛选条件的记录）", 10,
                      align="center")
            self.y -= 12 * mm
        # The register ends with its count and the clerk who keeps it (a page of its own only
        # when the last one is full).
        if self.y - CLOSING_H < self.table_bottom:
            self._finish()
            self._begin()
        closing = f"共 {rows} {self.d.count_word}" + (f"    机要员：{clerk}" if clerk else "")
        draw_text(self.c, MARGIN_X, self.y - 6 * mm, closing, 10, bold=True)
        self._finish()
        c = self.c
        c.beginForm(TOTAL_FORM)
        draw_text(c, 0, 0, f"{self.pages} 页", 9)
        c.endForm()


def render_register(definition: RegisterDefinition, rows: Iterable[Any], out: Target, *,
                    unit_name: str, register_marking: str, filter_text: str, checkpoint: str,
                    printed_at: dt.datetime, clerk: str = "") -> RenderResult:
    """Print ``rows`` (read once, in order) as ``definition``; every page carries the unit,
    title, the register's own marking, page x / y, print time, filter and audit checkpoint;
    the last row is followed by "共 N 件" and the clerk's name."""
    with pdf_canvas(out, PAGE, f"{unit_name} {definition.title}") as c:
        pager = _Pager(c, definition, unit_name=unit_name, marking=register_marking,
                       filter_text=filter_text, checkpoint=checkpoint, printed_at=printed_at)
        count = 0
        for count, row in enumerate(rows, 1):
            pager.add(count, row)
        pager.close(count, clerk)
    return RenderResult(pages=pager.pages, rows=count)
