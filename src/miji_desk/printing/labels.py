"""Barcode labels: one per carrier (or per person, for badges), on A4 sheets or thermal labels.

Positions on a sheet are numbered from 1, left to right, then top to bottom, as printed on the
label packs. ``start`` and ``skip`` describe the *first* sheet only (a partly used or damaged
sheet goes in first); every following sheet is used whole. The calibration offset moves
everything printed (labels and test frames alike): +x to the right, +y downwards, in mm, as the
clerk measures on the printed test page.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Set
from dataclasses import dataclass
from math import floor

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.carriers import STATUS_LABEL, CarrierView, Register
from ..core.errors import RuleViolation
from .fonts import draw_text, text_width
from .output import Target, pdf_canvas
from .wrap import ellipsize, wrap

EPS_MM = 0.01
MAX_OFFSET_MM = 10.0
MIN_LABEL_MM = (30.0, 18.0)  # smaller labels cannot hold a scannable code and the marking
# Code128 module (narrowest bar) width: below the minimum, laser and 203-dpi thermal printers
# smear bars; above the maximum, the code only gets longer without scanning any better.
MIN_BAR_MM = 0.19
MAX_BAR_MM = 0.38
QUIET_MODULES = 10  # Code128's required quiet zone on each side, in modules
MIN_BARS_MM = 6.0  # lowest barcode a hand scanner aims at comfortably
MAX_BARS_MM = 18.0
MIN_TEXT_PT = 4.5  # the smallest text a label shrinks to, to keep its barcode's height
# Most office lasers cannot put ink nearer the sheet's edge than this; set per printer.
DEFAULT_PRINTABLE_MARGIN_MM = 4.0
MAX_PRINTABLE_MARGIN_MM = 10.0


@dataclass(frozen=True)
class LabelTemplate:
    """A label stock: page size, grid, label size, margins and gaps, all in mm.

    ``printer_dpi`` (thermal printers) makes bar widths whole printer dots.
    """

    name: str
    page_w: float
    page_h: float
    cols: int
    rows: int
    label_w: float
    label_h: float
    margin_left: float = 0.0
    margin_top: float = 0.0
    gap_x: float = 0.0
    gap_y: float = 0.0
    printer_dpi: int | None = None

    def __post_init__(self) -> None:
        who = self.name  # the template, named in every refusal below
        if not self.name.strip():
            raise RuleViolation("label_template.name_required", None, "name")
        for field, label in (("page_w", "纸宽"), ("page_h", "纸高"), ("label_w", "标签宽"),
                             ("label_h", "标签高")):
            if not getattr(self, field) > 0:
                raise RuleViolation("label_template.positive", {"who": who, "label": label}, field)
        for field, label in (("margin_left", "左边距"), ("margin_top", "上边距"),
                             ("gap_x", "横向间距"), ("gap_y", "纵向间距")):
            if getattr(self, field) < 0:
                raise RuleViolation("label_template.negative", {"who": who, "label": label}, field)
        for field, label in (("cols", "列数"), ("rows", "行数")):
            n = getattr(self, field)
            if not isinstance(n, int) or not 1 <= n <= 30:
                raise RuleViolation(
                    "label_template.count_range", {"who": who, "label": label}, field)
        if self.printer_dpi is not None and not 100 <= self.printer_dpi <= 1200:
            raise RuleViolation("label_template.dpi", {"who": who}, "printer_dpi")
        min_w, min_h = MIN_LABEL_MM
        if self.label_w < min_w or self.label_h < min_h:
            raise RuleViolation(
                "label_template.too_small",
                {"who": who, "label_w": self.label_w, "label_h": self.label_h,
                 "min_w": min_w, "min_h": min_h},
                "label_w",
            )
        used_w = self.margin_left + self.cols * self.label_w + (self.cols - 1) * self.gap_x
        if used_w > self.page_w + EPS_MM:
            raise RuleViolation(
                "label_template.too_wide",
                {"who": who, "cols": self.cols, "used_w": used_w, "page_w": self.page_w},
                "cols",
            )
        used_h = self.margin_top + self.rows * self.label_h + (self.rows - 1) * self.gap_y
        if used_h > self.page_h + EPS_MM:
            raise RuleViolation(
                "label_template.too_tall",
                {"who": who, "rows": self.rows, "used_h": used_h, "page_h": self.page_h},
                "rows",
            )
        _Layout.of(self)  # refuses a label too small for its contents

    @property
    def per_sheet(self) -> int:
        return self.cols * self.rows

    @property
    def title(self) -> str:
        """How the template is shown to the clerk."""
        size = f"{self.label_w:g}×{self.label_h:g} mm"
        if self.per_sheet == 1:
            return f"单张标签 {size}"
        return f"{self.page_w:g}×{self.page_h:g} mm 纸 {self.cols}×{self.rows}（{size}）"

    def cell_mm(self, position: int) -> tuple[float, float]:
        """Top-left corner of a position (1-based), in mm from the page's top-left corner."""
        col, row = (position - 1) % self.cols, (position - 1) // self.cols
        return (self.margin_left + col * (self.label_w + self.gap_x),
                self.margin_top + row * (self.label_h + self.gap_y))


@dataclass(frozen=True)
class LabelItem:
    """What one label shows. ``headline`` is printed bold: a carrier's marking or a person's
    name. ``number`` goes top right; ``title`` is shortened to fit, after the ``tag``
    (复制件, 补打), which never is."""

    code: str
    headline: str
    number: str = ""
    title: str = ""
    tag: str = ""

    @classmethod
    def from_carrier(cls, cv: CarrierView, *, reprint: bool = False) -> LabelItem:
        """A carrier's label; ``reprint`` marks the label of a carrier no longer kept here
        (destroyed, returned, handed over, lost), printed only on the clerk's word."""
        tags = []
        if cv.register is Register.COPY:
            tags.append("复制件")
        if reprint:
            tags.append(f"补打·{STATUS_LABEL[cv.status]}")
        return cls(code=cv.barcode, headline=cv.marking, number=f"编号 {cv.number}",
                   title=cv.title, tag=" ".join(tags))

    @classmethod
    def badge(cls, code: str, name: str, department: str) -> LabelItem:
        """A person's badge (涉密人员), scanned when they take or return a carrier."""
        return cls(code=code, headline=name, title=department)


@dataclass(frozen=True)
class LabelRun:
    pages: int
    labels: int
    blank_first_sheet: bool = False  # start and skip left the first sheet with no label
    unit_name_cut: bool = False  # the unit's name did not fit whole: a short name would


def plan_positions(count: int, template: LabelTemplate, start: int = 1,
                   skip: Set[int] = frozenset()) -> Iterator[tuple[int, int]]:
    """(sheet from 0, position from 1) of each of ``count`` labels; checks start and skip."""
    n = template.per_sheet
    if not 1 <= start <= n:
        if n == 1:
            raise RuleViolation("labels.single_start", None, "start")
        raise RuleViolation("labels.start_range", {"n": n}, "start")
    bad = sorted(p for p in skip if not 1 <= p <= n)
    if bad:
        raise RuleViolation("labels.skip_outside", {"bad": list(bad), "n": n}, "skip")
    free_first = [p for p in range(start, n + 1) if p not in skip]
    for i in range(count):
        if i < len(free_first):
            yield 0, free_first[i]
        else:
            sheet, pos = divmod(i - len(free_first), n)
            yield sheet + 1, pos + 1


def _check_offset(offset_mm: tuple[float, float]) -> tuple[float, float]:
    dx, dy = offset_mm
    if abs(dx) > MAX_OFFSET_MM or abs(dy) > MAX_OFFSET_MM:
        raise RuleViolation("labels.offset_range", {"max": MAX_OFFSET_MM}, "offset")
    return float(dx), float(dy)


@dataclass(frozen=True)
class _Layout:
    """Where things go inside one label, in points from the label's bottom-left corner."""

    left: float  # from the label's left edge to the content
    inner_w: float
    small: float  # font size of unit name, 编号, title, code
    big: float  # font size of the headline
    top_baseline: float
    headline_baseline: float
    title_baselines: tuple[float, ...]
    bars_bottom: float
    bars_height: float
    code_baseline: float

    @staticmethod
    def of(t: LabelTemplate, margin_mm: float = 0.0) -> _Layout:
        """The layout inside the printable area: labels at the sheet's edge keep ``margin_mm``
        of paper blank, which the printer cannot reach. To fit, the text shrinks; the barcode
        keeps the height it has on a label printed edge to edge."""
        pad = min(max(min(t.label_w, t.label_h) * 0.06, 1.5), 2.5)
        natural = _stack(t, (pad, pad, pad, pad), _text_size(t))
        insets = printable_insets(t, margin_mm, pad)
        wanted = min(natural.bars_height, MAX_BARS_MM * mm)
        size = _text_size(t)
        lay = _stack(t, insets, size)
        while lay.bars_height < wanted - 0.01 and size * 0.95 >= MIN_TEXT_PT:
            size *= 0.95
            lay = _stack(t, insets, size)
        if lay.bars_height < MIN_BARS_MM * mm:
            raise RuleViolation("label_template.too_low", {"name": t.name}, "label_h")
        return lay


def _text_size(t: LabelTemplate) -> float:
    return min(max(min(t.label_h * 0.2, t.label_w * 0.12), 5.5), 10.0)


def printable_insets(t: LabelTemplate, margin_mm: float, pad_mm: float
                     ) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) blank inside every label, in mm: its padding, or more where a
    label at the sheet's edge would put ink inside the printer's unprintable margin. The same
    for every position, so that all labels of a sheet look alike."""
    right_gap = t.page_w - t.margin_left - t.cols * t.label_w - (t.cols - 1) * t.gap_x
    bottom_gap = t.page_h - t.margin_top - t.rows * t.label_h - (t.rows - 1) * t.gap_y
    return (max(pad_mm, margin_mm - t.margin_left), max(pad_mm, margin_mm - right_gap),
            max(pad_mm, margin_mm - t.margin_top), max(pad_mm, margin_mm - bottom_gap))


def _stack(t: LabelTemplate, insets: tuple[float, float, float, float], small: float) -> _Layout:
    """Lines from the top (unit and 编号, headline, title), the code text at the bottom, and
    the bars in the room between."""
    left, right, top, bottom = (v * mm for v in insets)
    w, h = t.label_w * mm, t.label_h * mm
    big = small * 1.35
    lead = small * 1.2
    y = h - top
    top_baseline = y - small * 0.85
    y -= lead
    headline = y - big * 0.88
    y -= big * 1.2
    title_lines = 1 if t.label_h < 35 else 2 if t.label_h < 50 else 3
    titles = tuple(y - small * 0.88 - i * lead for i in range(title_lines))
    y -= title_lines * lead + small * 0.6
    code = bottom + small * 0.25
    bars_bottom = code + small * 1.05
    bars_h = y - bars_bottom
    if bars_h > MAX_BARS_MM * mm:  # a big label: centre a normal-height code in the room
        lift = (bars_h - MAX_BARS_MM * mm) / 2
        bars_bottom += lift
        code += lift
        bars_h = MAX_BARS_MM * mm
    return _Layout(left, w - left - right, small, big, top_baseline, headline, titles,
                   bars_bottom, bars_h, code)


def _barcode(code: str, inner_w: float, dpi: int | None) -> Code128:
    """A Code128 symbol as wide as the label allows, quiet zones included, bars in whole dots."""
    if not code or not code.isascii() or not code.isprintable():
        raise RuleViolation("labels.code_characters", {"code": code}, "code")
    modules = Code128(code, barWidth=1, quiet=0).width
    bar = min(MAX_BAR_MM * mm, inner_w / (modules + 2 * QUIET_MODULES))
    if dpi:
        dot = 72.0 / dpi
        bar = floor(bar / dot + 1e-6) * dot
    if bar < MIN_BAR_MM * mm:
        raise RuleViolation("labels.code_too_long", {"code": code}, "code")
    return Code128(code, barWidth=bar, quiet=0)


def _fit_unit(unit_name: str, size: float, room: float) -> tuple[str, float, bool]:
    """The unit's name for the top line: smaller type before it is ever shortened; True when
    it had to be shortened anyway (the clerk is told, and can set a short name)."""
    for s in (size, size * 0.85, size * 0.75):
        if text_width(unit_name, s) <= room:
            return unit_name, s, False
    small = size * 0.75
    return ellipsize(unit_name, small, room), small, True


def _draw_label(c: Canvas, item: LabelItem, symbol: Code128, x: float, y: float,
                lay: _Layout, unit_name: str, dpi: int | None) -> bool:
    """One label; True when the unit's name did not fit whole."""
    left, inner = x + lay.left, lay.inner_w
    number_w = text_width(item.number, lay.small) if item.number else 0.0
    if number_w > inner:
        number = ellipsize(item.number, lay.small, inner)
        number_w = text_width(number, lay.small)
    else:
        number = item.number
    if number:
        draw_text(c, left + inner, y + lay.top_baseline, number, lay.small, align="right")
    room = inner - number_w - (2 * mm if number else 0)
    cut = bool(unit_name)
    if room > lay.small and unit_name:
        shown, size, cut = _fit_unit(unit_name, lay.small, room)
        draw_text(c, left, y + lay.top_baseline, shown, size)
    draw_text(c, left, y + lay.headline_baseline, ellipsize(item.headline, lay.big, inner),
              lay.big, bold=True)
    # The tag (复制件, 补打) leads the title, so shortening a long title never drops it.
    title = f"【{item.tag}】{item.title}" if item.tag else item.title
    lines = wrap(title, lay.small, inner, len(lay.title_baselines))
    for baseline, line in zip(lay.title_baselines, lines, strict=False):
        draw_text(c, left, y + baseline, line, lay.small)
    symbol.barHeight = lay.bars_height
    bars_x = left + (inner - symbol.width) / 2  # centred: quiet zones on both sides
    if dpi:  # bars start on a printer dot, so every bar is whole dots wide on paper
        dot = 72.0 / dpi
        bars_x = round(bars_x / dot) * dot
    symbol.drawOn(c, bars_x, y + lay.bars_bottom)
    draw_text(c, left + inner / 2, y + lay.code_baseline, item.code, lay.small,
              align="center")
    return cut


def _origin(t: LabelTemplate, position: int, offset: tuple[float, float]) -> tuple[float, float]:
    """Bottom-left corner of a position, in points, calibration applied."""
    left, top = t.cell_mm(position)
    return (left + offset[0]) * mm, (t.page_h - top - t.label_h - offset[1]) * mm


def check_margin(margin_mm: float) -> float:
    if not 0.0 <= margin_mm <= MAX_PRINTABLE_MARGIN_MM:
        raise RuleViolation("labels.margin_range", {"max": MAX_PRINTABLE_MARGIN_MM}, "margin")
    return float(margin_mm)


def first_sheet_blank(template: LabelTemplate, start: int, skip: Set[int]) -> bool:
    """True when ``start`` and ``skip`` leave no position of the first sheet free: it would
    go through the printer blank (the clerk is told before printing)."""
    return all(p in skip for p in range(start, template.per_sheet + 1))


def render_labels(items: Iterable[LabelItem], template: LabelTemplate, out: Target, *,
                  unit_name: str, start: int = 1, skip: Set[int] = frozenset(),
                  offset_mm: tuple[float, float] = (0.0, 0.0),
                  margin_mm: float = DEFAULT_PRINTABLE_MARGIN_MM) -> LabelRun:
    """Print ``items`` in order, from position ``start`` of the first sheet, leaving the
    positions in ``skip`` (first sheet only) blank; no ink within ``margin_mm`` of the sheet's
    edge."""
    items = list(items)
    if not items:
        raise RuleViolation("labels.nothing")
    offset = _check_offset(offset_mm)
    lay = _Layout.of(template, check_margin(margin_mm))
    placed = list(plan_positions(len(items), template, start, skip))
    # Every symbol first: a code too long for the label is refused before anything is written.
    symbols = [_barcode(item.code, lay.inner_w, template.printer_dpi) for item in items]
    page = (template.page_w * mm, template.page_h * mm)
    sheets = placed[-1][0] + 1
    cut = False
    with pdf_canvas(out, page, f"{unit_name} 标签 {template.title}", author=unit_name) as c:
        current = 0
        for item, symbol, (sheet, position) in zip(items, symbols, placed, strict=True):
            while sheet > current:
                c.showPage()
                current += 1
            x, y = _origin(template, position, offset)
            cut = _draw_label(c, item, symbol, x, y, lay, unit_name,
                              template.printer_dpi) or cut
        c.showPage()
    return LabelRun(pages=sheets, labels=len(items),
                    blank_first_sheet=first_sheet_blank(template, start, skip),
                    unit_name_cut=cut)


def render_test_page(template: LabelTemplate, out: Target,
                     offset_mm: tuple[float, float] = (0.0, 0.0)) -> None:
    """One sheet with every label's frame and position number, for aligning the printer:
    print it on plain paper, lay it on a label sheet against the light, and adjust the offset."""
    offset = _check_offset(offset_mm)
    page = (template.page_w * mm, template.page_h * mm)
    notes = (template.title, f"校准偏移 x {offset[0]:+.1f} mm，y {offset[1]:+.1f} mm")
    with pdf_canvas(out, page, f"标签校准页 {template.title}") as c:
        c.setLineWidth(0.3)
        for position in range(1, template.per_sheet + 1):
            x, y = _origin(template, position, offset)
            w, h = template.label_w * mm, template.label_h * mm
            c.rect(x, y, w, h)
            c.line(x + w / 2 - 2 * mm, y + h / 2, x + w / 2 + 2 * mm, y + h / 2)
            c.line(x + w / 2, y + h / 2 - 2 * mm, x + w / 2, y + h / 2 + 2 * mm)
            draw_text(c, x + 1.5 * mm, y + h - 4.5 * mm, str(position), 10, bold=True)
            c.line(x + 1.5 * mm, y + 2 * mm, x + 11.5 * mm, y + 2 * mm)  # 10 mm: checks scaling
            draw_text(c, x + 13 * mm, y + 1.4 * mm, "10 mm", 5)
            for i, note in enumerate(notes):
                draw_text(c, x + w / 2, y + h / 2 - (5 + 2.5 * i) * mm,
                          ellipsize(note, 5.5, w - 3 * mm), 5.5, align="center")
        c.showPage()


A4 = (210.0, 297.0)
TEMPLATES: dict[str, LabelTemplate] = {t.name: t for t in (
    LabelTemplate("a4-3x8", *A4, 3, 8, 70.0, 37.0, margin_top=0.5),
    LabelTemplate("a4-3x7", *A4, 3, 7, 63.5, 38.1, margin_left=7.25, margin_top=15.15,
                  gap_x=2.5),
    LabelTemplate("a4-2x5", *A4, 2, 5, 99.1, 57.0, margin_left=4.65, margin_top=6.0,
                  gap_x=2.5),
    LabelTemplate("a4-4x10", *A4, 4, 10, 48.5, 25.4, margin_left=8.0, margin_top=21.5),
    LabelTemplate("thermal-50x30", 50.0, 30.0, 1, 1, 50.0, 30.0, printer_dpi=203),
    LabelTemplate("thermal-60x40", 60.0, 40.0, 1, 1, 60.0, 40.0, printer_dpi=203),
)}
