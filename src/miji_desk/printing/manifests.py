"""The destruction manifest (销毁清单, 登记造册): A4 portrait, one manifest after another.

Each manifest prints its number, dates, designated place and method; every carrier on its own
line (编号, 文号, 来文机关, 名称, 类型 and a medium's 序列号, 密级标志, 份号, 页数); the totals by
level (paper in 份 and 页, media in 件); the legal basis in words; and the signature lines for
the 处室负责人 and the 保密检查员 (篇十二 八), the approving leader, the supervisors (监销人, two
or more) and the clerk.
A completed manifest prints from what was written at completion, so a reprint is the signed
paper again; if the ledger's own count differs from it (a later correction), the page says so.

``miji-desk-cli print destruction`` prints every manifest, or the one whose number is given as
``--text`` (registered in ``jobs.RENDERERS``). The other filters choose whole manifests (a signed
manifest is never printed in part): dates → when it was made; levels, kinds, statuses → it lists
at least one carrier of that level and kind now in that status. The filter is printed on the
first page of each manifest. Each manifest is marked with the highest level it lists, or the
clerk's higher level, at the top and the foot of every page; a lower one is refused.

Nothing is cut: statements, totals and signature lines wrap; the totals, the statement and the
signatures stay together, and when they must start a new page the last line of the table goes
with them under a repeated table heading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.carriers import KIND_LABEL, MEDIA_KINDS
from ..core.destruction import ManifestLine, ManifestView, Totals
from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.levels import Level, LevelCatalog
from ..core.print_marking import document_marking, requested_level
from .disposition import DispositionReader, disposition_of
from .fonts import Align, TextWriter, draw_text, fake_bold, text_width
from .jobs import RENDERERS, SOURCES, filter_text
from .output import Target, pdf_canvas
from .registers import REGISTERS, Column, RegisterDefinition, RenderResult
from .wrap import wrap

PAGE = A4
MARGIN = 15 * mm
WIDTH = PAGE[0] - 2 * MARGIN
TOP = PAGE[1] - MARGIN - 30 * mm  # below the page head
BOTTOM = MARGIN + 4 * mm  # above the page foot
SIZE = 9.0
LEADING = SIZE * 1.3
PAD = 1.3 * mm
SHADE = Color(0.9, 0.9, 0.9)
MIN_SUPERVISOR_LINES = 3  # an open manifest leaves room for two or more names
# The legal basis, as a clerk writes it on the form (篇三 二十二; 篇十二 八; the State's rules on
# classified carriers, which 篇九 cites by this title).
OPEN_STATEMENT = ("依据《中华人民共和国保守国家秘密法》、《关于国家秘密载体保密管理的规定》和本单位"
                  "保密工作制度，以上载体经处室负责人审查签字、保密检查员检查，经主管领导审查批准后，"
                  "由两人以上监销，在保密部门指定地点销毁。")


@dataclass(frozen=True)
class _Cell:
    header: str
    width_mm: float | None = None
    align: Align = "left"
    max_lines: int = 3
    weight: float = 1.0


_LINE_CELLS = (_Cell("序号", 10, "center", 1), _Cell("编号", 30), _Cell("文号", 24),
               _Cell("来文机关"), _Cell("名称或主要内容", weight=2),
               _Cell("类型、序列号", 26), _Cell("密级", 20, "center", 2),
               _Cell("份号", 9, "center", 1), _Cell("页数", 9, "center", 1))
_TOTAL_CELLS = (_Cell("密级", 30, "center", 1), _Cell("纸质（份）", 25, "center", 1),
                _Cell("页数", 25, "center", 1), _Cell("介质（件）", 25, "center", 1),
                _Cell("合计（件）", 25, "center", 1))


def _widths(cells: Sequence[_Cell], total: float) -> list[float]:
    fixed = sum(c.width_mm * mm for c in cells if c.width_mm is not None)
    weights = sum(c.weight for c in cells if c.width_mm is None) or 1.0
    share = (total - fixed) / weights
    return [c.width_mm * mm if c.width_mm is not None else share * c.weight for c in cells]


LINE_W = _widths(_LINE_CELLS, WIDTH)
TOTAL_W = _widths(_TOTAL_CELLS, sum(c.width_mm or 0 for c in _TOTAL_CELLS) * mm)


def _fit(values: Sequence[str], cells: Sequence[_Cell], widths: Sequence[float],
         min_h: float = 0) -> tuple[float, list[list[str]]]:
    lines = [wrap(v, SIZE, w - 2 * PAD) for v, w in zip(values, widths, strict=True)]  # whole
    return max(min_h, max(1, *map(len, lines)) * LEADING + 2 * PAD), lines


def _row(c: Canvas, top: float, widths: Sequence[float], cells: Sequence[_Cell],
         lines: Sequence[list[str]], h: float, *, head: bool = False) -> None:
    x = MARGIN
    total = sum(widths)
    c.saveState()
    if head:
        c.setFillColor(SHADE)
        c.rect(x, top - h, total, h, stroke=0, fill=1)
    c.setLineWidth(0.6)
    c.rect(x, top - h, total, h, stroke=1, fill=0)
    cx = x
    for w in widths[:-1]:
        cx += w
        c.line(cx, top, cx, top - h)
    c.restoreState()
    writer = TextWriter(c, bold=head)
    cx = x
    for w, cell, cell_lines in zip(widths, cells, lines, strict=True):
        y = top - (h - len(cell_lines) * LEADING) / 2 - SIZE * 0.95
        for line in cell_lines:
            left = cell.align == "left" and not head
            lx = cx + PAD if left else cx + (w - text_width(line, SIZE)) / 2
            writer.write(lx, y, line, SIZE)
            y -= LEADING
        cx += w
    if head:
        with fake_bold(c, SIZE):
            writer.finish()
    else:
        writer.finish()


# A block is drawn at the top y it is given and is ``height`` tall; ``table`` blocks repeat the
# line header when they start a page.
Draw = Callable[[Canvas, float], object]  # what it returns is not used


@dataclass(frozen=True)
class _Block:
    height: float
    draw: Draw
    table: bool = False
    closing: bool = False  # totals, statement, signatures: kept with the table's last line


def _text_block(text: str, size: float = 9.5, *, bold: bool = False, gap: float = 6 * mm,
                closing: bool = False) -> _Block:
    """A paragraph, wrapped whole: the first line where a one-line block would be, each further
    line one leading lower."""
    lines = wrap(text, size, WIDTH) or [""]
    leading = size * 1.35

    def draw(c: Canvas, y: float) -> None:
        for i, line in enumerate(lines):
            draw_text(c, MARGIN, y - size - 0.5 * mm - i * leading, line, size, bold=bold)

    return _Block(gap + (len(lines) - 1) * leading, draw, closing=closing)


def _line_block(h: float, cell_lines: list[list[str]]) -> _Block:
    return _Block(h, lambda c, y: _row(c, y, LINE_W, _LINE_CELLS, cell_lines, h), table=True)


def _line_blocks(n: int, h: float, cell_lines: list[list[str]]) -> list[_Block]:
    """One line of the manifest; a line taller than a page (a 2,000-character title) in parts
    that each fit a page under the repeated heading, 序号 saying 续 on the later parts."""
    most = int((TOP - BOTTOM - 30 * mm - 2 * PAD) // LEADING)  # room under a tall heading
    if max(map(len, cell_lines)) <= most:
        return [_line_block(h, cell_lines)]
    parts: list[_Block] = []
    rest = cell_lines
    while any(rest):
        part, rest = [c[:most] for c in rest], [c[most:] for c in rest]
        if parts and not part[0]:
            part[0] = [str(n), "（续）"]
        parts.append(_line_block(max(1, *map(len, part)) * LEADING + 2 * PAD, part))
    return parts


def _line_values(n: int, ln: ManifestLine) -> list[str]:
    kind = KIND_LABEL.get(ln.kind, "")
    if ln.kind in MEDIA_KINDS:
        kind += f"\n{ln.serial_no}" if ln.serial_no else ""
    return [str(n), ln.number, ln.doc_no, ln.sender, ln.title, kind, ln.marking,
            "" if ln.copy_no is None else f"{ln.copy_no:03d}",
            "" if ln.pages is None or ln.kind in MEDIA_KINDS else str(ln.pages)]


@dataclass(frozen=True)
class _Count:
    """One level's (or all levels') carriers: paper copies and their pages, media."""

    paper: int = 0
    pages: int = 0
    media: int = 0

    def add(self, ln: ManifestLine) -> _Count:
        if ln.kind in MEDIA_KINDS:
            return _Count(self.paper, self.pages, self.media + 1)
        return _Count(self.paper + 1, self.pages + (ln.pages or 0), self.media)

    def words(self) -> str:
        """``3 份 36 页``; media are counted in 件 and have no pages."""
        parts = []
        if self.paper or not self.media:
            parts.append(f"{self.paper} 份 {self.pages} 页")
        if self.media:
            parts.append(f"介质 {self.media} 件")
        return "、".join(parts)


def _counts(lines: Sequence[ManifestLine], levels: LevelCatalog
            ) -> tuple[_Count, list[tuple[str, _Count]]]:
    """The totals of the printed lines, in all and by level (most secret first)."""
    by: dict[str, _Count] = {}
    whole = _Count()
    for ln in lines:
        by[ln.level_code] = by.get(ln.level_code, _Count()).add(ln)
        whole = whole.add(ln)
    order = sorted(by, key=lambda c: -levels.get(c).rank)
    return whole, [(levels.get(c).name, by[c]) for c in order]


def _totals_text(lines: Sequence[ManifestLine], totals: Totals, levels: LevelCatalog) -> str:
    """合计 in words. Paper only: as the manifest recorded it (``共 3 份 36 页；其中 …``); with
    media: ``共 4 件（3 份 36 页、介质 1 件）；其中 …`` -- a medium is one 件, not "0 页"."""
    whole, by_level = _counts(lines, levels)
    if not whole.media or whole.paper + whole.media != totals.copies:
        return totals.describe(levels)
    parts = "，".join(f"{name} {c.words()}" for name, c in by_level)
    return f"共 {totals.copies} 件（{whole.words()}）；其中 {parts}"


def _date_text(day: dt.date | None) -> str:
    return "____年___月___日" if day is None else f"{day.year}年{day.month}月{day.day}日"


def _blocks(m: ManifestView, lines: Sequence[ManifestLine], totals: Totals,
            ledger: Totals | None, levels: LevelCatalog, clerk: str) -> list[_Block]:
    blocks: list[_Block] = []
    planned = f"计划销毁日期：{m.planned_on.isoformat()}"
    done = f"    实际销毁日期：{m.destroyed_on.isoformat()}" if m.destroyed_on else ""
    blocks.append(_text_block(f"清单编号：{m.number}    状态：{m.state}    {planned}{done}"))
    blocks.append(_text_block(f"销毁地点：{m.place}    销毁方式：{m.method_label}"))
    if m.note:
        blocks.append(_text_block(f"备注：{m.note}"))
    if m.cancelled_at:
        blocks.append(_text_block(f"本清单已于 {m.cancelled_at:%Y-%m-%d} 作废：{m.cancel_reason}",
                                  bold=True))
    blocks.append(_Block(3 * mm, lambda c, y: None))
    for n, ln in enumerate(lines, 1):
        h, cell_lines = _fit(_line_values(n, ln), _LINE_CELLS, LINE_W)
        blocks += _line_blocks(n, h, cell_lines)
    if not lines:
        blocks.append(_text_block("（清单上还没有载体）", gap=8 * mm))
    # Totals: in words, then by level as a small table.
    blocks.append(_Block(3 * mm, lambda c, y: None, closing=True))
    blocks.append(_text_block("合计：" + _totals_text(lines, totals, levels), 10, bold=True,
                              gap=7 * mm, closing=True))
    head_h, head_lines = _fit([x.header for x in _TOTAL_CELLS], _TOTAL_CELLS, TOTAL_W)
    whole, by_level = _counts(lines, levels)
    rows = [[name, str(c.paper), str(c.pages), str(c.media), str(c.paper + c.media)]
            for name, c in by_level]
    rows.append(["合计", str(whole.paper), str(whole.pages), str(whole.media),
                 str(whole.paper + whole.media)])
    fitted = [_fit(r, _TOTAL_CELLS, TOTAL_W) for r in rows]
    table_h = head_h + sum(h for h, _ in fitted)

    def totals_table(c: Canvas, y: float) -> None:
        _row(c, y, TOTAL_W, _TOTAL_CELLS, head_lines, head_h, head=True)
        y -= head_h
        for h, cl in fitted:
            _row(c, y, TOTAL_W, _TOTAL_CELLS, cl, h)
            y -= h

    blocks.append(_Block(table_h + 3 * mm, totals_table, closing=True))
    if ledger is not None and ledger != totals:
        blocks.append(_text_block("注意：台账现有记录的合计为" + ledger.describe(levels)
                                  + "，与本清单不一致，请核查更正记录。", bold=True, closing=True))
    # The statement and the signatures, kept together on one page.
    if m.completed_at:
        statement = (f"以上载体共 {totals.copies} 件，已于{_date_text(m.destroyed_on)}在"
                     f"{m.place}以“{m.method_label}”方式全部销毁，经监销人逐件核对无误。")
    else:
        statement = OPEN_STATEMENT
    statement_lines = wrap(statement, 9.5, WIDTH)
    # (label, value, signed here): 处室负责人审查签字 and the 保密检查员's check come first (篇十二
    # 八), then the leader's approval (篇三 二十二), the supervisors and the clerk.
    sign: list[tuple[str, str, bool]] = [
        ("处室负责人（审查）", "", True),
        ("保密检查员（检查）", "", True),
        ("批准人（主管领导）", m.approver, True),
        ("批准文号、日期", f"{m.approval_ref or '　' * 8}    {_date_text(m.approved_on)}", False)]
    names = list(m.supervisors)
    while len(names) < (MIN_SUPERVISOR_LINES if not m.completed_at else 0):
        names.append("")
    for i, name in enumerate(names, 1):
        sign.append((f"监销人{i}", name, True))
    sign.append(("机要员（经办人）", clerk, True))
    sign.append(("销毁日期", _date_text(m.destroyed_on), False))
    said = statement_lines
    values = [wrap(value, 10, WIDTH - 100 * mm) or [""] for _label, value, _signed in sign]
    sign_h = 4 * mm + len(said) * 9.5 * 1.35 + sum(11 * mm + (len(v) - 1) * 13
                                                   for v in values)

    def signatures(c: Canvas, y: float) -> None:
        for i, line in enumerate(said):
            draw_text(c, MARGIN, y - 5 * mm - i * 9.5 * 1.35, line, 9.5)
        y -= 4 * mm + len(said) * 9.5 * 1.35
        for (label, _value, signed), lines in zip(sign, values, strict=True):
            base = y - 7 * mm
            draw_text(c, MARGIN, base, f"{label}：", 10, bold=True)
            for i, line in enumerate(lines):
                draw_text(c, MARGIN + 42 * mm, base - i * 13, line, 10)
            if signed:
                draw_text(c, MARGIN + WIDTH - 50 * mm, base, "签字：", 10)
                c.saveState()
                c.setLineWidth(0.5)
                c.line(MARGIN + WIDTH - 40 * mm, base - 1 * mm, MARGIN + WIDTH, base - 1 * mm)
                c.restoreState()
            y -= 11 * mm + (len(lines) - 1) * 13

    blocks.append(_Block(sign_h, signatures, closing=True))
    return blocks


def _paginate(blocks: Sequence[_Block], head_h: float) -> list[list[tuple[_Block, bool]]]:
    """Blocks per page; a table block that starts a page gets the line header first. The
    closing blocks (totals, statement, signatures) go on one page; when they do not fit below
    the table, the table's last line moves over with them, under a repeated heading."""
    closing_h = sum(b.height for b in blocks if b.closing)
    pages: list[list[tuple[_Block, bool]]] = [[]]
    y = TOP
    closing_started = False
    for b in blocks:
        if b.closing and not closing_started:
            closing_started = True
            if y - closing_h < BOTTOM and pages[-1]:
                carried: list[_Block] = []
                page = pages[-1]
                if page and page[-1][0].table and len(page) > 1:
                    carried.append(page.pop()[0])
                pages.append([])
                y = TOP
                for t in carried:
                    pages[-1].append((t, True))
                    y -= t.height + head_h
        need = b.height + (head_h if b.table and (not pages[-1] or not pages[-1][-1][0].table)
                           else 0)
        if y - need < BOTTOM and pages[-1] and not (b.closing and closing_h > TOP - BOTTOM):
            pages.append([])
            y = TOP
            need = b.height + (head_h if b.table else 0)
        first_of_table = b.table and (not pages[-1] or not pages[-1][-1][0].table)
        pages[-1].append((b, first_of_table))
        y -= need
    return pages


def render_manifests(reader: LedgerReader, manifests: Sequence[ManifestView], out: Target, *,
                     marking: str = "", printed_at: dt.datetime | None = None,
                     filter_text: str = "") -> RenderResult:
    """Print ``manifests``, each starting on a new page with its own page count, marked with
    ``marking`` (a level not lower than what it lists; blank: the highest it lists)."""
    d: DispositionReader = disposition_of(reader)
    levels = reader.levels
    clerk = str(getattr(reader, "actor", "") or "")
    printed = (printed_at or reader.clock.now()).strftime("%Y-%m-%d %H:%M")
    checkpoint = reader.audit_head().checkpoint
    head_h, head_lines = _fit([x.header for x in _LINE_CELLS], _LINE_CELLS, LINE_W)
    total_pages = rows = 0
    title = "涉密载体销毁清单"
    requested = requested_level(levels, marking)
    filter_lines = wrap(f"筛选条件：{filter_text}", 9, WIDTH) if filter_text else []
    used: list[Level] = []
    with pdf_canvas(out, PAGE, f"{reader.unit_name} {title}", author=reader.unit_name) as c:
        if not manifests:
            empty = document_marking(levels, requested, [])
            _page_marks(c, empty.name)
            for i, line in enumerate(filter_lines):
                draw_text(c, MARGIN, PAGE[1] / 2 + 10 * mm - i * 9 * 1.35, line, 9)
            draw_text(c, PAGE[0] / 2, PAGE[1] / 2, "（没有符合条件的销毁清单）", 11,
                      align="center")
            c.showPage()
            return RenderResult(1, 0, empty.name)
        for m in manifests:
            lines = d.manifest_lines(m.id)
            rows += len(lines)
            totals = m.totals or d.manifest_totals(m.id)
            ledger = d.ledger_totals(m.id) if m.completed_at else None
            level = document_marking(levels, requested,
                                     [levels.get(ln.level_code) for ln in lines])
            used.append(level)
            mark = level.name
            blocks = _blocks(m, lines, totals, ledger, levels, clerk)
            if filter_text:
                blocks.insert(0, _text_block(f"筛选条件：{filter_text}", 9, gap=5 * mm))
            pages = _paginate(blocks, head_h)
            for page_no, page in enumerate(pages, 1):
                t = PAGE[1] - MARGIN
                _page_marks(c, mark)
                draw_text(c, MARGIN + WIDTH, t - 5 * mm, f"清单编号：{m.number}", 10,
                          align="right")
                draw_text(c, PAGE[0] / 2, t - 16 * mm, "涉密载体销毁清单", 20, bold=True,
                          align="center")
                draw_text(c, PAGE[0] / 2, t - 23 * mm, reader.unit_name, 10, align="center")
                base = MARGIN - 5 * mm
                draw_text(c, MARGIN, base, f"机要员：{clerk}    打印时间：{printed}", 8)
                draw_text(c, MARGIN + WIDTH, base, f"审计校验码：{checkpoint}    "
                          f"第 {page_no} 页 / 共 {len(pages)} 页", 8, align="right")
                y = TOP
                for block, first_of_table in page:
                    if first_of_table:
                        _row(c, y, LINE_W, _LINE_CELLS, head_lines, head_h, head=True)
                        y -= head_h
                    block.draw(c, y)
                    y -= block.height
                c.showPage()
            total_pages += len(pages)
    top = max(used, key=lambda lv: lv.rank)
    listed = [levels.get(ln.level_code) for m in manifests for ln in d.manifest_lines(m.id)]
    high = max(listed, key=lambda lv: lv.rank, default=None)
    return RenderResult(total_pages, rows, top.name, high.name if high else "")


def _page_marks(c: Canvas, mark: str) -> None:
    """The marking at the top left and in the middle of the foot of a page."""
    draw_text(c, MARGIN, PAGE[1] - MARGIN - 5 * mm, mark, 14, bold=True)
    draw_text(c, PAGE[0] / 2, MARGIN - 5 * mm + 4 * mm, mark, 10, bold=True, align="center")


def manifest_pdf(reader: LedgerReader, manifest_id: int, out: Target, *,
                 printed_at: dt.datetime | None = None) -> RenderResult:
    """One manifest: to be approved and signed, or reprinted as it was signed."""
    return render_manifests(reader, [disposition_of(reader).manifest(manifest_id)], out,
                            printed_at=printed_at)


def _select(reader: LedgerReader, f: LedgerFilter) -> list[ManifestView]:
    """Every manifest, or the one whose number is the filter's text; dates: when made; levels,
    kinds and statuses: manifests listing a carrier of that level and kind in that status."""
    d = disposition_of(reader)
    if f.text.strip():
        one = d.manifest_by_number(f.text)
        if one is None:
            raise RuleViolation("destruction.no_such_number", {"number": f.text.strip()}, "text")
        found = [one]
    else:
        found = list(d.iter_manifests())
    found = [m for m in found
             if (f.registered_from is None or m.created_at.date() >= f.registered_from)
             and (f.registered_to is None or m.created_at.date() <= f.registered_to)]
    if f.levels or f.kinds or f.statuses:
        found = [m for m in found if _lists_matching(reader, d.manifest_lines(m.id), f)]
    return found


def _lists_matching(reader: LedgerReader, lines: Sequence[ManifestLine], f: LedgerFilter
                    ) -> bool:
    lines = [ln for ln in lines if (not f.levels or ln.level_code in f.levels)
             and (not f.kinds or ln.kind in f.kinds)]
    if not lines or not f.statuses:
        return bool(lines)
    return any(cv.status in f.statuses
               for cv in reader.ledger.by_ids([ln.carrier_id for ln in lines]))


def _render(reader: LedgerReader, f: LedgerFilter, out: Target, marking: str,
            printed_at: dt.datetime | None) -> RenderResult:
    text = filter_text(reader, f)
    return render_manifests(reader, _select(reader, f), out, marking=marking,
                            printed_at=printed_at, filter_text="" if text == "全部" else text)


# Listed with the registers (menu, ``print destruction``); drawn by its own renderer.
DESTRUCTION = RegisterDefinition(
    key="destruction", title="涉密载体销毁清单",
    columns=tuple(Column(cell.header) for cell in _LINE_CELLS[1:]), numbered=True)
REGISTERS[DESTRUCTION.key] = DESTRUCTION
SOURCES[DESTRUCTION.key] = lambda reader, f: _select(reader, f)
RENDERERS[DESTRUCTION.key] = _render

__all__ = ["DESTRUCTION", "manifest_pdf", "render_manifests"]
