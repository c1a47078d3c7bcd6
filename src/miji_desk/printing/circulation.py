"""Paper for circulation and loans: the slip (传阅单), 传阅登记簿, 借阅登记簿 and a person's
holdings list (持有清单, printed when they leave or on request).

The registers are ``RegisterDefinition``s on the one table engine; the slip is an A4 portrait
form of its own. Everything reads the vault through protocols (``CustodyReader``), never
``vault`` itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.carriers import CarrierView
from ..core.circulation import RULE_TEXT
from ..core.errors import RuleViolation
from ..core.holdings import LoanView, OutLine, ReadLine, SlipView
from ..core.ledger_query import LedgerFilter, date_range_words
from ..core.ledger_reader import LedgerReader
from ..core.people import Person
from ..core.print_marking import document_marking, requested_level
from .fonts import Align, TextWriter, draw_text, fake_bold, text_width
from .jobs import SOURCES, clerk_of
from .output import Target, pdf_canvas
from .registers import REGISTERS, Column, RegisterDefinition, RenderResult, render_register
from .wrap import ellipsize, wrap


class CustodyReader(Protocol):
    """What these documents read (``vault.custody`` meets it)."""

    def slip(self, circulation_id: int) -> SlipView: ...
    def iter_slips(self, *, open_only: bool = ..., since: dt.date | None = ...,
                   until: dt.date | None = ..., chunk: int = ...) -> Iterator[SlipView]: ...
    def iter_loans(self, *, since: dt.date | None = ..., until: dt.date | None = ...,
                   chunk: int = ...) -> Iterator[LoanView]: ...
    def holdings(self, person_id: int) -> list[OutLine]: ...
    def person(self, person_id: int) -> Person: ...


def custody_of(reader: LedgerReader) -> CustodyReader:
    custody = getattr(reader, "custody", None)
    if custody is None:
        raise RuleViolation("print.no_custody_records")
    return cast(CustodyReader, custody)


def _t(moment: dt.datetime | None) -> str:
    """A time in a register cell: the date over the time."""
    return "" if moment is None else moment.strftime("%Y-%m-%d\n%H:%M")


def _back(returned: dt.datetime | None, due: dt.datetime, now: dt.datetime,
          lost: bool = False) -> str:
    """When it came back, or that it is still out; late either way is said. A line closed
    because the carrier was reported lost never says it came back."""
    if lost:
        return "丢失" + ("" if returned is None else f"\n{returned:%Y-%m-%d}")
    if returned is None:
        return "未还（逾期）" if now > due else "未还"
    return _t(returned) + ("（逾期）" if returned > due else "")


def _complete(flag: bool | None) -> str:
    return "" if flag is None else ("完整" if flag else "不全")


def _copy(cv: CarrierView) -> str:
    return "" if cv.copy_no is None else f"{cv.copy_no:03d}"


# -- 传阅登记簿 ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CirculationRow:
    """One hand-out on one slip: a line of the 传阅登记簿."""

    slip: SlipView
    carrier: CarrierView
    read: ReadLine
    now: dt.datetime  # when printed: a line still out past its due time is marked


CIRCULATION = RegisterDefinition(
    key="circulation", title="传阅登记簿",
    columns=(
        Column("传阅单号", width_mm=22, value=lambda r: r.slip.number),
        Column("编号", width_mm=31, value=lambda r: r.carrier.number),
        Column("密级", width_mm=20, value=lambda r: r.carrier.marking),
        Column("名称或主要内容", weight=3, value=lambda r: r.carrier.title),
        Column("份号", width_mm=10, value=lambda r: _copy(r.carrier), align="center"),
        Column("传阅人", width_mm=24, value=lambda r: r.read.person.display),
        Column("送出时间", width_mm=18, value=lambda r: _t(r.read.out_at)),
        Column("应退时间", width_mm=18, value=lambda r: _t(r.read.due_at)),
        Column("退回时间", width_mm=18,
               value=lambda r: _back(r.read.returned_at, r.read.due_at, r.now, r.read.lost)),
        Column("清点", width_mm=10, value=lambda r: _complete(r.read.complete),
               align="center"),
    ),
    signature_columns=(Column("阅件人签字", width_mm=20), Column("机要员签收", width_mm=20)),
    font_size=7.5,
    count_word="件次",
)


def circulation_rows(custody: CustodyReader, now: dt.datetime, since: dt.date | None = None,
                     until: dt.date | None = None, levels: frozenset[str] = frozenset()
                     ) -> Iterator[CirculationRow]:
    for slip in custody.iter_slips(since=since, until=until):
        carriers = {c.id: c for c in slip.carriers}
        for read in slip.reads:
            cv = carriers[read.carrier_id]
            if not levels or cv.level.code in levels:
                yield CirculationRow(slip, cv, read, now)


# -- 借阅登记簿 ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class LoanRow:
    """A line of the 借阅登记簿, as printed at ``now``."""

    loan: LoanView
    now: dt.datetime


def _approval(ln: LoanView) -> str:
    text = f"{ln.approver} {ln.approved_on:%Y-%m-%d}\n{ln.approval_ref}".rstrip()
    if ln.take_out:
        text += f"\n带出：{ln.take_out_approver} {ln.take_out_ref}".rstrip()
    return text


LOANS = RegisterDefinition(
    key="loans", title="借阅登记簿",
    columns=(
        Column("借阅单号", width_mm=18, value=lambda r: r.loan.number),
        Column("编号", width_mm=25, value=lambda r: r.loan.carrier.number),
        Column("密级", width_mm=16, value=lambda r: r.loan.carrier.marking),
        Column("文号", weight=1, value=lambda r: r.loan.carrier.doc_no),
        Column("名称或主要内容", weight=1.8, value=lambda r: r.loan.carrier.title),
        Column("页数", width_mm=9, value=lambda r: str(r.loan.carrier.pages or ""),
               align="center"),
        Column("借阅人", width_mm=16, value=lambda r: r.loan.person.display),
        Column("事由", weight=1, value=lambda r: r.loan.purpose),
        Column("地点", width_mm=11,
               value=lambda r: r.loan.place + ("（带出）" if r.loan.take_out else "")),
        Column("批准人、文号", width_mm=24, value=lambda r: _approval(r.loan)),
        Column("借出时间", width_mm=18, value=lambda r: _t(r.loan.lent_at)),
        Column("应还时间", width_mm=18, value=lambda r: _t(r.loan.due_at)),
        Column("归还时间", width_mm=18,
               value=lambda r: _back(r.loan.returned_at, r.loan.due_at, r.now, r.loan.lost)),
        Column("清点", width_mm=9, value=lambda r: _complete(r.loan.complete), align="center"),
    ),
    signature_columns=(Column("借阅人签字", width_mm=15), Column("注销", width_mm=12)),
    font_size=7.0,
    count_word="件次",
)


def loan_rows(custody: CustodyReader, now: dt.datetime, since: dt.date | None = None,
              until: dt.date | None = None, levels: frozenset[str] = frozenset()
              ) -> Iterator[LoanRow]:
    for ln in custody.iter_loans(since=since, until=until):
        if not levels or ln.carrier.level.code in levels:
            yield LoanRow(ln, now)


# -- a person's holdings -----------------------------------------------------------------------

@dataclass(frozen=True)
class HoldingRow:
    line: OutLine
    now: dt.datetime


HOLDINGS = RegisterDefinition(
    key="holdings", title="涉密载体持有清单",
    columns=(
        Column("编号", width_mm=32, value=lambda r: r.line.carrier.number),
        Column("密级", width_mm=22, value=lambda r: r.line.carrier.marking),
        Column("文号", width_mm=32, value=lambda r: r.line.carrier.doc_no),
        Column("名称或主要内容", weight=3, value=lambda r: r.line.carrier.title),
        Column("份号", width_mm=10, value=lambda r: _copy(r.line.carrier), align="center"),
        Column("页数", width_mm=10, value=lambda r: str(r.line.carrier.pages or ""),
               align="center"),
        Column("方式", width_mm=10, value=lambda r: r.line.kind_label, align="center"),
        Column("单号", width_mm=22, value=lambda r: r.line.reference),
        Column("取得时间", width_mm=18, value=lambda r: _t(r.line.since)),
        Column("应还时间", width_mm=18, value=lambda r: _t(r.line.due)
               + ("（逾期）" if r.line.overdue(r.now) else "")),
    ),
    signature_columns=(Column("交回签收", width_mm=24),),
    font_size=7.5,
)


@dataclass(frozen=True)
class DocumentJob:
    """A printed holdings list or slip, and what its audit event needs."""

    title: str
    pages: int
    rows: int
    filter_text: str
    checkpoint: str
    carrier_ids: tuple[int, ...]
    marking: str = ""  # the level on every page, recorded in the print's audit event


def holdings_pdf(reader: LedgerReader, person_id: int, out: Target, *, marking: str,
                 printed_at: dt.datetime | None = None) -> DocumentJob:
    """What one person holds now, to be handed back (篇三 二十五; 篇六 第九条)."""
    custody = custody_of(reader)
    person = custody.person(person_id)
    lines = custody.holdings(person_id)
    now = printed_at or reader.clock.now()
    late = sum(1 for ln in lines if ln.overdue(now))
    definition = dataclasses.replace(HOLDINGS, title=f"涉密载体持有清单（{person.name}）")
    who = f"人员：{person.display}，{person.post or '—'}，证件 {person.badge}"
    summary = f"；共 {len(lines)} 件" + (f"，逾期 {late} 件" if late else "")
    rows = (HoldingRow(ln, now) for ln in lines)
    checkpoint = reader.audit_head().checkpoint
    result = render_register(definition, rows, out, unit_name=reader.unit_name,
                             register_marking=marking, filter_text=who + summary,
                             checkpoint=checkpoint, printed_at=now, clerk=clerk_of(reader),
                             levels=reader.levels)
    return DocumentJob(definition.title, result.pages, result.rows, who + summary, checkpoint,
                       tuple(ln.carrier.id for ln in lines), result.marking)


# -- registers with a period -------------------------------------------------------------------

def _period_text(word: str, since: dt.date | None, until: dt.date | None) -> str:
    if since is None and until is None:
        return "全部"
    return f"{word}：{date_range_words(since, until)}"


def circulation_register_pdf(reader: LedgerReader, out: Target, *, marking: str,
                             since: dt.date | None = None, until: dt.date | None = None,
                             printed_at: dt.datetime | None = None) -> RenderResult:
    now = printed_at or reader.clock.now()
    rows = circulation_rows(custody_of(reader), now, since, until)
    return render_register(CIRCULATION, rows, out, unit_name=reader.unit_name,
                           register_marking=marking, levels=reader.levels,
                           filter_text=_period_text("传阅单日期", since, until),
                           checkpoint=reader.audit_head().checkpoint, printed_at=now,
                           clerk=clerk_of(reader))


def loans_register_pdf(reader: LedgerReader, out: Target, *, marking: str,
                       since: dt.date | None = None, until: dt.date | None = None,
                       printed_at: dt.datetime | None = None) -> RenderResult:
    now = printed_at or reader.clock.now()
    rows = loan_rows(custody_of(reader), now, since, until)
    return render_register(LOANS, rows, out, unit_name=reader.unit_name,
                           register_marking=marking, levels=reader.levels,
                           filter_text=_period_text("借出日期", since, until),
                           checkpoint=reader.audit_head().checkpoint, printed_at=now,
                           clerk=clerk_of(reader))


# The generic register path (menu, ``print REGISTER``): the ledger filter's dates and levels
# apply to when the slip was made or the carrier lent, and to the carrier's level.
def _only_dates_and_levels(f: LedgerFilter, title: str) -> None:
    if f.statuses or f.kinds or f.registers or f.location_id is not None or f.text.strip():
        raise RuleViolation("print.filter_date_level", {"title": title}, "filter")


def _circulation_source(reader: LedgerReader, f: LedgerFilter) -> Iterable[Any]:
    _only_dates_and_levels(f, CIRCULATION.title)
    return circulation_rows(custody_of(reader), reader.clock.now(), f.registered_from,
                            f.registered_to, f.levels)


def _loan_source(reader: LedgerReader, f: LedgerFilter) -> Iterable[Any]:
    _only_dates_and_levels(f, LOANS.title)
    return loan_rows(custody_of(reader), reader.clock.now(), f.registered_from, f.registered_to,
                     f.levels)


REGISTERS.update({d.key: d for d in (CIRCULATION, LOANS, HOLDINGS)})
SOURCES.update({"circulation": _circulation_source, "loans": _loan_source})


# -- the slip (传阅单) ----------------------------------------------------------------------------

SLIP_PAGE = A4
SLIP_MARGIN = 15 * mm
GRID = Color(0, 0, 0)
SHADE = Color(0.9, 0.9, 0.9)
CELL_PAD = 1.3 * mm
SIGN_H = 10 * mm
SLIP_MAX_LINES = 14  # a cell of the slip: about 250 characters of a title


@dataclass(frozen=True)
class _Cell:
    header: str
    width_mm: float | None = None  # None: share what is left
    align: Align = "left"
    max_lines: int = 3


def _widths(cells: Sequence[_Cell], total: float) -> list[float]:
    fixed = sum(c.width_mm * mm for c in cells if c.width_mm is not None)
    flexible = [c for c in cells if c.width_mm is None]
    share = (total - fixed) / max(1, len(flexible))
    return [c.width_mm * mm if c.width_mm is not None else share for c in cells]


def _row_height(values: Sequence[str], cells: Sequence[_Cell], widths: Sequence[float],
                size: float, min_h: float) -> tuple[float, list[list[str]]]:
    # Whole, except a title so long that page 1 could not hold it: its rest is in the ledger.
    lines = [wrap(v, size, w - 2 * CELL_PAD, SLIP_MAX_LINES, "…（见台账）")
             for v, w in zip(values, widths, strict=True)]
    h = max(1, *map(len, lines)) * size * 1.3 + 2 * CELL_PAD
    return max(h, min_h), lines


def _draw_row(c: Canvas, x: float, top: float, widths: Sequence[float],
              cells: Sequence[_Cell], lines: Sequence[list[str]], h: float, size: float, *,
              shade: bool = False, bold: bool = False) -> None:
    total = sum(widths)
    if shade:
        c.saveState()
        c.setFillColor(SHADE)
        c.rect(x, top - h, total, h, stroke=0, fill=1)
        c.restoreState()
    c.saveState()
    c.setLineWidth(0.6)
    c.setStrokeColor(GRID)
    c.rect(x, top - h, total, h, stroke=1, fill=0)
    cx = x
    for w in widths[:-1]:
        cx += w
        c.line(cx, top, cx, top - h)
    c.restoreState()
    writer = TextWriter(c, bold=bold)
    cx = x
    for w, cell, cell_lines in zip(widths, cells, lines, strict=True):
        y = top - (h - len(cell_lines) * size * 1.3) / 2 - size * 0.95
        for line in cell_lines:
            if cell.align == "left" and not bold:
                lx = cx + CELL_PAD
            else:
                lx = cx + (w - text_width(line, size)) / 2
            writer.write(lx, y, line, size)
            y -= size * 1.3
        cx += w
    if bold:
        with fake_bold(c, size):
            writer.finish()
    else:
        writer.finish()


_DOC_CELLS = (_Cell("编号", 33), _Cell("文号", 34), _Cell("名称或主要内容"), _Cell("密级", 22),
              _Cell("份号", 11, "center", 1), _Cell("页数", 11, "center", 1),
              _Cell("来文机关", 28))


def _reader_cells(many: bool) -> tuple[_Cell, ...]:
    first = (_Cell("序号", 9, "center", 1), _Cell("传阅人", 22), _Cell("部门", 20))
    which = (_Cell("载体编号", 34),) if many else ()
    return first + which + (_Cell("送出时间", 18, "center"), _Cell("应退时间", 18, "center"),
                            _Cell("退回时间", 18, "center"), _Cell("阅件人签字"),
                            _Cell("机要员签收"))


def _short(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.strftime("%m-%d\n%H:%M")


def _reader_rows(slip: SlipView) -> list[list[str]]:
    many = len(slip.carriers) > 1
    rows: list[list[str]] = []
    n = 0
    for person in slip.readers:
        for cv in slip.carriers:
            n += 1
            read = slip.read_of(cv.id, person.id)
            row = [str(n), person.name, person.department]
            if many:
                row.append(cv.number)
            row += [_short(read.out_at) if read else "", _short(read.due_at) if read else "",
                    (("丢失 " if read.lost else "") + _short(read.returned_at)) if read else "",
                    "", ""]
            rows.append(row)
    return rows


_Row = tuple[float, list[list[str]]]  # a table row: its height and each cell's wrapped lines
SLIP_WIDTH = SLIP_PAGE[0] - 2 * SLIP_MARGIN
SLIP_SIZE = 9.0  # the tables' text size
SLIP_BODY_TOP = SLIP_PAGE[1] - SLIP_MARGIN - 27 * mm  # below the furniture of every page


@dataclass(frozen=True)
class _SlipLayout:
    """One slip measured once: what every page of its 传阅单 draws."""

    slip: SlipView
    unit_name: str
    clerk: str
    printed: str
    checkpoint: str
    marking: str  # the most secret carrier's level, at the top and foot of every page
    doc_w: list[float]
    doc_head: _Row
    doc_rows: list[_Row]
    notes: list[tuple[str, str]]
    reader_cells: tuple[_Cell, ...]
    reader_w: list[float]
    reader_head: _Row
    reader_rows: list[_Row]


def slip_pdf(reader: LedgerReader, circulation_id: int, out: Target, *,
             printed_at: dt.datetime | None = None, marking: str = "") -> DocumentJob:
    """The 传阅单 of one slip: document data, marking, readers in order, columns for handed out,
    returned and signature, and the rule 阅后退回机要员，不得横向传阅. ``marking``: a level
    not lower than its most secret carrier's (blank: that level)."""
    layout = _measure_slip(reader, custody_of(reader).slip(circulation_id), printed_at,
                           marking)
    slip = layout.slip
    pages = _paginate_readers(layout)
    with pdf_canvas(out, SLIP_PAGE, f"{reader.unit_name} 传阅单 {slip.number}",
                    author=reader.unit_name) as c:
        for page_no, rows in enumerate(pages, 1):
            y = _draw_slip_furniture(c, layout, page_no, len(pages))
            if page_no == 1:
                y = _draw_slip_documents(c, layout, y)
            _draw_slip_readers(c, layout, rows, y)
            c.showPage()
    return DocumentJob(f"传阅单 {slip.number}", len(pages), len(layout.reader_rows),
                       f"传阅单 {slip.number}", layout.checkpoint,
                       tuple(cv.id for cv in slip.carriers), layout.marking)


def _measure_slip(reader: LedgerReader, slip: SlipView, printed_at: dt.datetime | None,
                  marking: str = "") -> _SlipLayout:
    printed = (printed_at or reader.clock.now()).strftime("%Y-%m-%d %H:%M")
    checkpoint = reader.audit_head().checkpoint
    clerk = str(getattr(reader, "actor", "") or "")
    top_level = document_marking(reader.levels, requested_level(reader.levels, marking),
                                 [cv.level for cv in slip.carriers])
    doc_w = _widths(_DOC_CELLS, SLIP_WIDTH)
    doc_rows = [_row_height([cv.number, cv.doc_no, cv.title, cv.marking, _copy(cv),
                             str(cv.pages or ""), cv.sender], _DOC_CELLS, doc_w, SLIP_SIZE, 0)
                for cv in slip.carriers]
    r_cells = _reader_cells(len(slip.carriers) > 1)
    r_w = _widths(r_cells, SLIP_WIDTH)
    r_rows = [_row_height(r, r_cells, r_w, SLIP_SIZE, SIGN_H) for r in _reader_rows(slip)]
    return _SlipLayout(
        slip=slip, unit_name=reader.unit_name, clerk=clerk, printed=printed,
        checkpoint=checkpoint, marking=top_level.name, doc_w=doc_w,
        doc_head=_row_height([c.header for c in _DOC_CELLS], _DOC_CELLS, doc_w, SLIP_SIZE, 0),
        doc_rows=doc_rows, notes=_slip_notes(slip), reader_cells=r_cells, reader_w=r_w,
        reader_head=_row_height([c.header for c in r_cells], r_cells, r_w, SLIP_SIZE, 0),
        reader_rows=r_rows)


def _slip_notes(slip: SlipView) -> list[tuple[str, str]]:
    scopes = "；".join(dict.fromkeys(str(cv.extra.get("scope") or "") for cv in slip.carriers
                                    if cv.extra.get("scope")))
    return [("阅办意见", slip.instruction or "—"), ("知悉范围", scopes or "—"),
            ("开单时间", slip.opened_at.strftime("%Y-%m-%d %H:%M")
             + (f"    结束时间：{slip.closed_at:%Y-%m-%d %H:%M}" if slip.closed_at else "")
             + (f"（{slip.close_note}）" if slip.close_note else ""))]


def _note_lines(layout: _SlipLayout) -> list[str]:
    """阅办意见, 知悉范围 and the times, each wrapped whole."""
    return [line for label, text in layout.notes
            for line in wrap(f"{label}：{text}", 9.5, SLIP_WIDTH)]


def _paginate_readers(layout: _SlipLayout) -> list[list[int]]:
    """Reader rows by page: page 1 also has the document block, notes and the rule."""
    head_h = layout.reader_head[0]
    bottom = SLIP_MARGIN + 2 * mm
    pages: list[list[int]] = [[]]
    doc_block = 7 * mm + head_h + sum(h for h, _ in layout.doc_rows) + 4 * mm \
        + len(_note_lines(layout)) * 6 * mm + 20 * mm + 7 * mm + head_h
    y = SLIP_BODY_TOP - doc_block
    for i, (h, _lines) in enumerate(layout.reader_rows):
        if y - h < bottom:
            pages.append([])
            y = SLIP_BODY_TOP - 7 * mm - head_h
        pages[-1].append(i)
        y -= h
    return pages


def _draw_slip_furniture(c: Canvas, layout: _SlipLayout, page: int, total: int) -> float:
    """Marking, number, title and unit on top; clerk, time, checkpoint and page at the foot."""
    x, width = SLIP_MARGIN, SLIP_WIDTH
    top = SLIP_PAGE[1] - SLIP_MARGIN
    draw_text(c, x, top - 5 * mm, layout.marking, 14, bold=True)
    draw_text(c, x + width, top - 5 * mm, f"传阅单号：{layout.slip.number}", 10, align="right")
    draw_text(c, SLIP_PAGE[0] / 2, top - 15 * mm, "传  阅  单", 22, bold=True,
              align="center")
    draw_text(c, SLIP_PAGE[0] / 2, top - 21.5 * mm, ellipsize(layout.unit_name, 10, width),
              10, align="center")
    base = SLIP_MARGIN - 5 * mm
    draw_text(c, x, base, f"机要员：{layout.clerk}    打印时间：{layout.printed}", 8)
    draw_text(c, x + width, base,
              f"审计校验码：{layout.checkpoint}    第 {page} 页 / 共 {total} 页",
              8, align="right")
    draw_text(c, SLIP_PAGE[0] / 2, base, layout.marking, 10, bold=True, align="center")
    return top - 27 * mm


def _draw_slip_documents(c: Canvas, layout: _SlipLayout, y: float) -> float:
    """Page 1: the carriers' table, the notes and the rule; returns the y below them."""
    x, size = SLIP_MARGIN, SLIP_SIZE
    draw_text(c, x, y - 4.5 * mm, "文件", 10, bold=True)
    y -= 7 * mm
    head_h, head_lines = layout.doc_head
    _draw_row(c, x, y, layout.doc_w, _DOC_CELLS, head_lines, head_h, size,
              shade=True, bold=True)
    y -= head_h
    for h, lines in layout.doc_rows:
        _draw_row(c, x, y, layout.doc_w, _DOC_CELLS, lines, h, size)
        y -= h
    y -= 4 * mm
    for line in _note_lines(layout):
        draw_text(c, x, y - 4 * mm, line, 9.5)
        y -= 6 * mm
    return _draw_rule_box(c, y)


def _draw_rule_box(c: Canvas, y: float) -> float:
    h = 16 * mm
    c.saveState()
    c.setLineWidth(1.2)
    c.rect(SLIP_MARGIN, y - h, SLIP_WIDTH, h, stroke=1, fill=0)
    c.restoreState()
    draw_text(c, SLIP_PAGE[0] / 2, y - 7 * mm, f"「{RULE_TEXT}」", 13, bold=True,
              align="center")
    draw_text(c, SLIP_PAGE[0] / 2, y - 12.5 * mm,
              "只限本单所列人员阅读，不得扩大知悉范围；当天退回，下班前不得存留在办公桌上。", 9,
              align="center")
    return y - h - 4 * mm


def _draw_slip_readers(c: Canvas, layout: _SlipLayout, rows: list[int], y: float) -> None:
    x, size = SLIP_MARGIN, SLIP_SIZE
    draw_text(c, x, y - 4.5 * mm, "传阅人（按顺序逐一送阅，每阅一人退回机要员一次）", 10,
              bold=True)
    y -= 7 * mm
    head_h, head_lines = layout.reader_head
    _draw_row(c, x, y, layout.reader_w, layout.reader_cells, head_lines, head_h, size,
              shade=True, bold=True)
    y -= head_h
    for i in rows:
        h, lines = layout.reader_rows[i]
        _draw_row(c, x, y, layout.reader_w, layout.reader_cells, lines, h, size)
        y -= h


__all__ = ["CIRCULATION", "HOLDINGS", "LOANS", "CirculationRow", "CustodyReader", "DocumentJob",
           "HoldingRow", "LoanRow", "circulation_register_pdf", "circulation_rows", "holdings_pdf",
           "loan_rows", "loans_register_pdf", "slip_pdf"]
