"""The handover list (移交清单) and the level-change register (密级变更登记簿).

The handover list is drawn like the destruction manifest (A4 portrait, one list after another,
the same line columns and helpers from ``manifests``): its number, receiver and basis; every
carrier on its own line; "共 N 件" with pages and the totals by level; the signature lines of
移交人, 接收人, 监交人 and 批准人 with their dates. The marking of the highest level it lists is
printed at the top and the bottom of every page. A completed list prints from what was written
at completion, so a reprint is the signed paper again.

``miji-desk-cli print handover`` prints every list, or the one whose number is ``--text``;
``miji-desk-cli print level-changes`` prints the register: dates filter the decision date,
levels the old or the new level, text a 编号, title, authority or reference.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, cast

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.destruction import ManifestLine, Totals
from ..core.errors import RuleViolation
from ..core.handover import HandoverView
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.level_changes import LevelChangeView
from ..core.levels import LevelCatalog
from .fonts import draw_text
from .jobs import RENDERERS, SOURCES
from .manifests import (
    _LINE_CELLS,
    _TOTAL_CELLS,
    LINE_W,
    MARGIN,
    PAGE,
    TOP,
    TOTAL_W,
    WIDTH,
    _Block,
    _counts,
    _fit,
    _line_block,
    _line_values,
    _paginate,
    _row,
    _text_block,
    _totals_text,
)
from .output import Target, pdf_canvas
from .registers import REGISTERS, Column, RegisterDefinition, RenderResult
from .wrap import ellipsize

TITLE = "涉密载体移交清单"


class HandoverReader(Protocol):
    """What these documents read (``vault.handover`` meets it)."""

    def handover(self, handover_id: int) -> HandoverView: ...
    def handover_by_number(self, number: str) -> HandoverView | None: ...
    def iter_handovers(self, *, open_only: bool = ...) -> Iterator[HandoverView]: ...
    def handover_lines(self, handover_id: int) -> list[ManifestLine]: ...
    def handover_totals(self, handover_id: int) -> Totals: ...
    def iter_level_changes(self) -> Iterator[LevelChangeView]: ...


def handover_of(reader: LedgerReader) -> HandoverReader:
    found = getattr(reader, "handover", None)
    if found is None:
        raise RuleViolation("print.no_disposition_records")
    return cast(HandoverReader, found)


def _date_text(day: dt.date | None) -> str:
    return "____年___月___日" if day is None else f"{day.year}年{day.month}月{day.day}日"


def _blocks(h: HandoverView, lines: Sequence[ManifestLine], totals: Totals,
            levels: LevelCatalog, clerk: str) -> list[_Block]:
    blocks: list[_Block] = []
    blocks.append(_text_block(f"移交单号：{h.number}    状态：{h.state}    "
                              f"建单日期：{h.created_at:%Y-%m-%d}"
                              + (f"    移交日期：{h.handed_on.isoformat()}" if h.handed_on
                                 else "")))
    blocks.append(_text_block(f"接收单位：{h.receiver_unit}（{h.receiver_label}）    "
                              f"接收人：{h.receiver_person}"))
    if h.basis:
        blocks.append(_text_block(f"移交依据：{h.basis}"))
    if h.note:
        blocks.append(_text_block(f"备注：{h.note}"))
    if h.cancelled_at:
        blocks.append(_text_block(f"本清单已于 {h.cancelled_at:%Y-%m-%d} 作废：{h.cancel_reason}",
                                  bold=True))
    blocks.append(_Block(3 * mm, lambda c, y: None))
    for n, ln in enumerate(lines, 1):
        height, cell_lines = _fit(_line_values(n, ln), _LINE_CELLS, LINE_W)
        blocks.append(_line_block(height, cell_lines))
    if not lines:
        blocks.append(_text_block("（清单上还没有载体）", gap=8 * mm))
    blocks.append(_Block(3 * mm, lambda c, y: None))
    # The same totals as a destruction manifest's: a medium is one 件, not "0 页".
    blocks.append(_text_block("合计：" + _totals_text(lines, totals, levels), 10, bold=True,
                              gap=7 * mm))
    head_h, head_lines = _fit([x.header for x in _TOTAL_CELLS], _TOTAL_CELLS, TOTAL_W)
    whole, by_level = _counts(lines, levels)
    rows = [[name, str(c.paper), str(c.pages), str(c.media), str(c.paper + c.media)]
            for name, c in by_level]
    rows.append(["合计", str(whole.paper), str(whole.pages), str(whole.media),
                 str(whole.paper + whole.media)])
    fitted = [_fit(r, _TOTAL_CELLS, TOTAL_W) for r in rows]

    def totals_table(c: Canvas, y: float) -> None:
        _row(c, y, TOTAL_W, _TOTAL_CELLS, head_lines, head_h, head=True)
        y -= head_h
        for height, cl in fitted:
            _row(c, y, TOTAL_W, _TOTAL_CELLS, cl, height)
            y -= height

    blocks.append(_Block(head_h + sum(x for x, _ in fitted) + 3 * mm, totals_table))
    statement = (f"以上载体共 {totals.copies} 件，经移交、接收双方逐件清点核对无误。"
                 if h.completed_at else
                 "以上载体经主管领导批准后移交，移交、接收双方逐件清点核对后签字（篇三 二十五）。")
    # (label, name printed, signed here, date)
    sign = [("移交人（机要员）", clerk, _date_text(h.handed_on)),
            ("接收人", h.receiver_person, _date_text(h.handed_on)),
            ("监交人", h.supervisor, _date_text(h.handed_on)),
            ("批准人（主管领导）", h.approver, _date_text(h.approved_on))]
    sign_h = 15 * mm + len(sign) * 11 * mm

    def signatures(c: Canvas, y: float) -> None:
        draw_text(c, MARGIN, y - 5 * mm, ellipsize(statement, 9.5, WIDTH), 9.5)
        draw_text(c, MARGIN, y - 11 * mm, ellipsize(
            f"批准文号：{h.approval_ref or '　' * 12}", 9.5, WIDTH), 9.5)
        y -= 15 * mm
        for label, name, when in sign:
            base = y - 7 * mm
            draw_text(c, MARGIN, base, f"{label}：", 10, bold=True)
            draw_text(c, MARGIN + 36 * mm, base, ellipsize(name, 10, 30 * mm), 10)
            draw_text(c, MARGIN + 70 * mm, base, "签字：", 10)
            c.saveState()
            c.setLineWidth(0.5)
            c.line(MARGIN + 82 * mm, base - 1 * mm, MARGIN + 112 * mm, base - 1 * mm)
            c.restoreState()
            draw_text(c, MARGIN + 116 * mm, base, ellipsize(f"日期：{when}", 10, WIDTH - 116 * mm),
                      10)
            y -= 11 * mm

    blocks.append(_Block(sign_h, signatures))
    return blocks


def render_handovers(reader: LedgerReader, lists: Sequence[HandoverView], out: Target, *,
                     marking: str = "", printed_at: dt.datetime | None = None) -> RenderResult:
    """Print ``lists``, each starting on a new page with its own page count."""
    d = handover_of(reader)
    levels = reader.levels
    clerk = str(getattr(reader, "actor", "") or "")
    printed = (printed_at or reader.clock.now()).strftime("%Y-%m-%d %H:%M")
    checkpoint = reader.audit_head().checkpoint
    head_h, head_lines = _fit([x.header for x in _LINE_CELLS], _LINE_CELLS, LINE_W)
    total_pages = rows = 0
    with pdf_canvas(out, PAGE, f"{reader.unit_name} {TITLE}") as c:
        if not lists:
            draw_text(c, PAGE[0] / 2, PAGE[1] / 2, "（没有符合条件的移交清单）", 11,
                      align="center")
            c.showPage()
            return RenderResult(1, 0)
        for h in lists:
            lines = d.handover_lines(h.id)
            rows += len(lines)
            totals = h.totals or d.handover_totals(h.id)
            top = max((levels.get(ln.level_code) for ln in lines), key=lambda lv: lv.rank,
                      default=None)
            mark = top.name if top is not None else marking
            pages = _paginate(_blocks(h, lines, totals, levels, clerk), head_h)
            for page_no, page in enumerate(pages, 1):
                t = PAGE[1] - MARGIN
                draw_text(c, MARGIN, t - 5 * mm, mark, 14, bold=True)
                draw_text(c, MARGIN + WIDTH, t - 5 * mm, f"移交单号：{h.number}", 10,
                          align="right")
                draw_text(c, PAGE[0] / 2, t - 16 * mm, TITLE, 20, bold=True, align="center")
                draw_text(c, PAGE[0] / 2, t - 23 * mm, ellipsize(reader.unit_name, 10, WIDTH),
                          10, align="center")
                base = MARGIN - 5 * mm
                draw_text(c, MARGIN, base, f"机要员：{clerk}    打印时间：{printed}", 8)
                draw_text(c, PAGE[0] / 2 + 10 * mm, base, mark, 12, bold=True, align="center")
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
    return RenderResult(total_pages, rows)


def handover_pdf(reader: LedgerReader, handover_id: int, out: Target, *,
                 printed_at: dt.datetime | None = None) -> RenderResult:
    """One list: to be approved and signed, or reprinted as it was signed."""
    return render_handovers(reader, [handover_of(reader).handover(handover_id)], out,
                            printed_at=printed_at)


def _select(reader: LedgerReader, f: LedgerFilter) -> list[HandoverView]:
    """Every list, or the one whose number is the filter's text; dates: when made."""
    d = handover_of(reader)
    if f.text.strip():
        one = d.handover_by_number(f.text)
        if one is None:
            raise RuleViolation("handover.no_such_number", {"number": f.text.strip()}, "text")
        found = [one]
    else:
        found = list(d.iter_handovers())
    return [h for h in found
            if (f.registered_from is None or h.created_at.date() >= f.registered_from)
            and (f.registered_to is None or h.created_at.date() <= f.registered_to)]


def _render(reader: LedgerReader, f: LedgerFilter, out: Target, marking: str,
            printed_at: dt.datetime | None) -> RenderResult:
    return render_handovers(reader, _select(reader, f), out, marking=marking,
                            printed_at=printed_at)


# Listed with the registers (menu, ``print handover``); drawn by its own renderer.
HANDOVER = RegisterDefinition(
    key="handover", title=TITLE,
    columns=tuple(Column(cell.header) for cell in _LINE_CELLS[1:]), numbered=True)


# -- 密级变更登记簿 ------------------------------------------------------------------------------

LEVEL_CHANGES = RegisterDefinition(
    key="level-changes", title="密级变更登记簿",
    columns=(
        Column("变更日期", width_mm=22, value=lambda r: r.decided_on.isoformat(),
               align="center"),
        Column("编号", width_mm=30, value=lambda r: r.number),
        Column("名称或主要内容", weight=3, value=lambda r: r.title),
        Column("份数", width_mm=10, value=lambda r: str(r.copies), align="center"),
        Column("变更事项", width_mm=22, value=lambda r: r.decision_label, align="center"),
        Column("原密级标志", width_mm=30, value=lambda r: r.old_marking),
        Column("新密级标志", width_mm=30, value=lambda r: r.new_marking),
        Column("变更机关", weight=1.4, value=lambda r: r.authority),
        Column("文号", weight=1.4, value=lambda r: r.reference),
        Column("备注", weight=1, value=lambda r: r.note),
    ),
    signature_columns=(Column("经办人签字", width_mm=18),),
)


def level_change_rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[LevelChangeView]:
    text = f.text.strip()
    for r in handover_of(reader).iter_level_changes():
        if ((f.registered_from is None or r.decided_on >= f.registered_from)
                and (f.registered_to is None or r.decided_on <= f.registered_to)
                and (not f.levels or r.old_level_code in f.levels
                     or r.new_level_code in f.levels)
                and (not text or any(text in v for v in (r.number, r.title, r.reference,
                                                         r.authority)))):
            yield r


REGISTERS.update({HANDOVER.key: HANDOVER, LEVEL_CHANGES.key: LEVEL_CHANGES})
SOURCES.update({HANDOVER.key: lambda reader, f: _select(reader, f),
                LEVEL_CHANGES.key: level_change_rows})
RENDERERS[HANDOVER.key] = _render

__all__ = ["HANDOVER", "LEVEL_CHANGES", "HandoverReader", "handover_of", "handover_pdf",
           "level_change_rows", "render_handovers"]
