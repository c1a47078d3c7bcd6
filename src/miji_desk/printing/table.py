"""The one table engine behind every register (台账): A4 landscape, declarative columns.

Rows are consumed once, as they come (a register may have tens of thousands), and each page is
finished as soon as it is full. "共 y 页" and the marking are PDF forms drawn on every page but
defined after the last one, so one pass is enough and nothing is kept in memory: the marking is
the highest level the rows list (or the clerk's higher choice; a lower one is refused as soon as
a row shows it, and nothing is written).

Nothing identifying is cut: a row grows to show every cell whole. Only a column declared a free
text ``note`` is shortened after ``max_lines``, ending with "（见台账）".
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
from ..core.levels import DEFAULT_CATALOG, Level, LevelCatalog
from ..core.print_marking import check_not_lower, document_marking, requested_level
from .fonts import Align, TextWriter, draw_text, fake_bold, text_width
from .output import Target, pdf_canvas
from .wrap import wrap

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
MARKING_TOP_FORM = "miji_marking_top"
MARKING_FOOT_FORM = "miji_marking_foot"
FILTER_SIZE = 9.0
NOTE_MORE = "（见台账）"  # a shortened note: the rest is in the ledger


@dataclass(frozen=True)
class Column:
    """One column: its header, its width (``width_mm`` at least, or a share ``weight`` of what
    the fixed columns leave; never narrower than its header on two lines), how a row gives its
    text. A cell grows to show its whole value; only a ``note`` column (free text) is shortened
    after ``max_lines`` with "（见台账）". A column without ``value`` prints blank cells
    (signatures)."""

    header: str
    width_mm: float | None = None
    weight: float = 1.0
    value: Callable[[Any], str] | None = None
    align: Align = "left"
    max_lines: int = 2
    note: bool = False


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
    # The level a row lists (its carrier's); None: found on the row as ``level``,
    # ``carrier.level``, ``loan.carrier.level`` or ``line.carrier.level``.
    level_of: Callable[[Any], Level | None] | None = None

    def layout(self) -> tuple[Column, ...]:
        first = (Column("序号", width_mm=11, align="center"),) if self.numbered else ()
        return first + self.columns + self.signature_columns


@dataclass(frozen=True)
class RenderResult:
    pages: int
    rows: int
    marking: str = ""  # the level printed at the top and foot of every page
    listed: str = ""  # the highest level the rows list ("" when none)


def listed_level(row: Any) -> Level | None:
    """The level a row lists: its own, or its carrier's."""
    for path in (("level",), ("carrier", "level"), ("loan", "carrier", "level"),
                 ("line", "carrier", "level")):
        found: Any = row
        for name in path:
            found = getattr(found, name, None)
        if isinstance(found, Level):
            return found
    return None


def header_min_width(header: str, size: float) -> float:
    """The narrowest a header cell may be: its text on one line when short, else on two lines
    of which the second is never one character alone."""
    if len(header) <= 4:
        return text_width(header, size) + 2 * PAD_X
    half = (len(header) + 1) // 2
    return max(text_width(header[:half], size), text_width(header[half:], size)) + 2 * PAD_X


def column_widths(columns: Iterable[Column], total: float,
                  header_size: float | None = None) -> list[float]:
    """Widths in points: fixed columns first (widened to their header when narrower), the rest
    shared by weight (each at least its header)."""
    cols = list(columns)
    mins = [header_min_width(c.header, header_size) if header_size else 0.0 for c in cols]
    fixed = sum(max(c.width_mm * mm, m) for c, m in zip(cols, mins, strict=True)
                if c.width_mm is not None)
    weights = sum(c.weight for c in cols if c.width_mm is None)
    rest = total - fixed
    if rest < -0.01 or (weights and rest < 10 * mm * len([c for c in cols if not c.width_mm])):
        raise RuleViolation("print.table_too_wide")
    widths = [max(c.width_mm * mm, m) if c.width_mm is not None else rest * c.weight / weights
              for c, m in zip(cols, mins, strict=True)]
    # A shared column narrower than its header takes from the widest shared column.
    for i, (c, m) in enumerate(zip(cols, mins, strict=True)):
        if c.width_mm is None and widths[i] < m:
            donor = max((j for j, d in enumerate(cols) if d.width_mm is None and j != i),
                        key=lambda j: widths[j] - mins[j], default=None)
            if donor is not None and widths[donor] - mins[donor] >= m - widths[i]:
                widths[donor] -= m - widths[i]
                widths[i] = m
    return widths


def header_layout(d: RegisterDefinition) -> list[list[str]]:
    """Each column's header as printed: its lines in its width."""
    cols = d.layout()
    widths = column_widths(cols, PAGE[0] - 2 * MARGIN_X, d.header_font_size)
    return [wrap(c.header, d.header_font_size, w - 2 * PAD_X)
            for c, w in zip(cols, widths, strict=True)]


class _Pager:
    """Draws one register, page by page."""

    def __init__(self, c: Canvas, d: RegisterDefinition, *, unit_name: str,
                 marking: Level | None, levels: LevelCatalog, filter_text: str,
                 checkpoint: str, printed_at: dt.datetime) -> None:
        self.c, self.d = c, d
        self.cols = d.layout()
        self.widths = column_widths(self.cols, PAGE[0] - 2 * MARGIN_X, d.header_font_size)
        self.xs = [MARGIN_X]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.signature = len(d.signature_columns) > 0
        self.unit_name, self.requested, self.levels = unit_name, marking, levels
        self.listed: Level | None = None
        self.level_of = d.level_of or listed_level
        self.filter_text, self.checkpoint = filter_text or "全部", checkpoint
        self.printed_at = printed_at.strftime("%Y-%m-%d %H:%M")
        # The unit and the filter are printed whole, on as many lines as they take.
        self.stamp = f"打印时间：{self.printed_at}"
        room = PAGE[0] - 2 * MARGIN_X - text_width(self.stamp, FILTER_SIZE) - 10 * mm
        self.unit_lines = wrap(f"单位：{unit_name}", FILTER_SIZE, room)
        self.filter_lines = wrap(f"筛选条件：{self.filter_text}", FILTER_SIZE,
                                 PAGE[0] - 2 * MARGIN_X)
        extra = len(self.unit_lines) + len(self.filter_lines) - 2
        self.header_h = HEADER_H + extra * FILTER_SIZE * 1.25
        self.size = d.font_size
        self.leading = d.font_size * 1.25
        hs = d.header_font_size
        self.head_lines = header_layout(d)
        self.head_h = max(map(len, self.head_lines)) * hs * 1.25 + 2 * PAD_Y
        self.table_top = PAGE[1] - MARGIN_TOP - self.header_h
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
        self._marking(MARGIN_X, top - 5 * mm, MARKING_TOP_FORM)
        draw_text(c, w / 2, top - 7 * mm, self.d.title, 18, bold=True, align="center")
        y = top - 13.5 * mm
        draw_text(c, w - MARGIN_X, y, self.stamp, FILTER_SIZE, align="right")
        for line in self.unit_lines:
            draw_text(c, MARGIN_X, y, line, FILTER_SIZE)
            y -= FILTER_SIZE * 1.25
        y += FILTER_SIZE * 1.25 - 5 * mm
        for line in self.filter_lines:
            draw_text(c, MARGIN_X, y, line, FILTER_SIZE)
            y -= FILTER_SIZE * 1.25
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

    def _marking(self, x: float, y: float, form: str) -> None:
        """The document's marking, known only after the last row: a form defined at the end."""
        self.c.saveState()
        self.c.translate(x, y)
        self.c.doForm(form)
        self.c.restoreState()

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
        self._marking(w - MARGIN_X, base, MARKING_FOOT_FORM)

    # -- rows ----------------------------------------------------------------------------------
    def add(self, number: int, row: Any) -> None:
        level = self.level_of(row)
        if level is not None and (self.listed is None or level.rank > self.listed.rank):
            check_not_lower(self.requested, level)  # refused before anything is written
            self.listed = level
        size, leading = self.size, self.leading
        cells: list[list[str]] = []
        for col, width in zip(self.cols, self.widths, strict=True):
            if col.value is None:
                text = str(number) if col is self.cols[0] and self.d.numbered else ""
            else:
                text = col.value(row) or ""
            if col.note:
                cells.append(wrap(text, size, width - 2 * PAD_X, col.max_lines, NOTE_MORE))
            else:
                cells.append(wrap(text, size, width - 2 * PAD_X))
        lines = max(1, *map(len, cells))
        h = lines * leading + 2 * PAD_Y
        if self.signature:
            h = max(h, SIGNATURE_MIN_H)
        if self.y - h < self.table_bottom:
            self._finish()
            self._begin()
        if self.y - h >= self.table_bottom:
            self._draw(cells, h, centred=True)
            return
        # Taller than a whole page (a title of 2,000 characters): the row goes on over the
        # next pages, each part under the column headers, nothing left out; 序号 says "续".
        go_on = [f"{number}", "（续）"] if self.d.numbered else []
        while any(cells):
            room = int((self.y - self.table_bottom - 2 * PAD_Y) // leading)
            if room < 1:
                self._finish()
                self._begin()
                continue
            part = [cell[:room] for cell in cells]
            cells = [cell[room:] for cell in cells]
            self._draw(part, max(1, *map(len, part)) * leading + 2 * PAD_Y, centred=False)
            if any(cells):
                self._finish()
                self._begin()
                if go_on and not cells[0]:
                    cells[0] = go_on

    def _draw(self, cells: list[list[str]], h: float, *, centred: bool) -> None:
        size, leading = self.size, self.leading
        top = self.y
        write = self.body.write
        for col, x, width, cell in zip(self.cols, self.xs, self.widths, cells, strict=False):
            if not cell:
                continue
            free_h = (h - len(cell) * leading) / 2 if centred else PAD_Y
            y = top - free_h - size * 0.95
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

    def close(self, rows: int, clerk: str = "") -> Level:
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
        level = document_marking(self.levels, self.requested,
                                 [self.listed] if self.listed else [])
        c.beginForm(MARKING_TOP_FORM)
        draw_text(c, 0, 0, level.name, 12, bold=True)
        c.endForm()
        c.beginForm(MARKING_FOOT_FORM, lowerx=-PAGE[0], lowery=-PAGE[1])  # drawn leftwards
        draw_text(c, 0, 0, level.name, 9, bold=True, align="right")
        c.endForm()
        return level


PROGRESS_EVERY = 50  # rows between two progress reports


def render_register(definition: RegisterDefinition, rows: Iterable[Any], out: Target, *,
                    unit_name: str, register_marking: str | Level | None, filter_text: str,
                    checkpoint: str, printed_at: dt.datetime, clerk: str = "",
                    levels: LevelCatalog = DEFAULT_CATALOG,
                    progress: Callable[[int], object] | None = None) -> RenderResult:
    """Print ``rows`` (read once, in order) as ``definition``; every page carries the unit,
    title, the register's marking at top and foot, page x / y, print time, filter and audit
    checkpoint; the last row is followed by "共 N 件" and the clerk's name.
    ``register_marking`` is a level of ``levels`` (by name or code) not lower than any row's,
    or blank for the highest level the rows list. ``progress(rows)`` is told every
    ``PROGRESS_EVERY`` rows; an exception it raises stops the render (nothing is written to
    ``out`` that the caller keeps: a stopped render's buffer is dropped)."""
    requested = (register_marking if isinstance(register_marking, Level)
                 else requested_level(levels, register_marking))
    with pdf_canvas(out, PAGE, f"{unit_name} {definition.title}", author=unit_name) as c:
        pager = _Pager(c, definition, unit_name=unit_name, marking=requested, levels=levels,
                       filter_text=filter_text, checkpoint=checkpoint, printed_at=printed_at)
        count = 0
        for count, row in enumerate(rows, 1):
            pager.add(count, row)
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
        level = pager.close(count, clerk)
    return RenderResult(pages=pager.pages, rows=count, marking=level.name,
                        listed=pager.listed.name if pager.listed else "")
