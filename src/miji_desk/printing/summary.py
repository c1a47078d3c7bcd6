"""The 涉密载体管理情况报告 of one period (half-yearly or year-end, for the 保密委员会).

``miji-desk-cli print summary --from --to`` and the 打印 menu (the ledger's date filter is the
period) print it: the counts by level taken from the ledger (core/summary.py), the inventory
checks (or the plain statement that none are recorded), the incidents and their outcome, and
signature lines. A4 portrait; the marking is the highest level it lists, at the top and foot of
every page. ``summary_csv`` is the same report as CSV for the committee's spreadsheet.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.print_marking import document_marking, requested_level
from ..core.summary import ACTIVITIES, Summary
from .fonts import draw_text, register_fonts
from .jobs import RENDERERS, SOURCES
from .output import Target, pdf_canvas
from .registers import REGISTERS, Column, RegisterDefinition, RenderResult
from .wrap import ellipsize, wrap

TITLE = "涉密载体管理情况报告"
PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN
BODY_TOP = PAGE[1] - MARGIN - 34 * mm
BODY_BOTTOM = MARGIN + 14 * mm
SIZE = 10.0
LINE = SIZE * 1.55
NO_CHECKS = "本期没有完成的清查。"
UNITS_NOTE = ("单位：件；借阅、传阅为件次。按载体现在的密级统计（已解密的计入非密）。"
              "各数均由台账记录统计，不能手工填写。")
SIGNERS = ("报告人（机要员）", "保密工作负责人", "保密委员会")


class SummaryReader(Protocol):
    """What the report reads (``vault.summary`` meets it)."""

    def report(self, start: dt.date | None, end: dt.date | None) -> Summary: ...


def summary_of(reader: LedgerReader) -> SummaryReader:
    found = getattr(reader, "summary", None)
    if found is None:
        raise RuleViolation("print.register_unavailable", {"key": "summary"}, "register")
    return cast(SummaryReader, found)


def _period(s: Summary) -> str:
    return f"{s.start.isoformat()} 至 {s.end.isoformat()}"


def summary_csv(s: Summary, unit_name: str, marking: str) -> str:
    """The report as CSV: the marking first, then the counts table, checks and incidents."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow([marking])
    w.writerow([TITLE, unit_name, _period(s)])
    w.writerow(["事项", *(lv.name for lv in s.levels), "合计"])
    for key, label in ACTIVITIES:
        w.writerow([label, *(s.count(key, lv.code) for lv in s.levels), s.total(key)])
    w.writerow([UNITS_NOTE])
    w.writerow(["清查情况"])
    for c in s.checks or ():
        w.writerow([c.label, c.finding])
    if not s.checks:
        w.writerow([NO_CHECKS])
    w.writerow(["异常事件", "载体编号", "密级", "发生时间", "处理结果"])
    for i in s.incidents:
        w.writerow([i.kind, i.carrier_number, i.level.name, i.opened_at.strftime("%Y-%m-%d"),
                    _outcome(i.closed_at, i.outcome)])
    return buf.getvalue()


def _outcome(closed: dt.datetime | None, outcome: str) -> str:
    return "未结案" if closed is None else f"已结案：{outcome}（{closed:%Y-%m-%d}）"


@dataclass(frozen=True)
class _Page:
    unit_name: str
    marking: str
    period: str
    clerk: str
    printed: str
    checkpoint: str


class _Flow:
    def __init__(self, c: Canvas, page: _Page, total: int) -> None:
        self.c, self.page, self.total = c, page, total
        self.pages = 1
        self.y = BODY_TOP
        self.furniture()

    def furniture(self) -> None:
        c, p = self.c, self.page
        top = PAGE[1] - MARGIN
        draw_text(c, MARGIN, top - 5 * mm, p.marking, 15, bold=True)
        draw_text(c, PAGE[0] / 2, top - 16 * mm, TITLE, 20, bold=True, align="center")
        draw_text(c, PAGE[0] / 2, top - 23 * mm, ellipsize(p.unit_name, 10, WIDTH), 10,
                  align="center")
        draw_text(c, PAGE[0] / 2, top - 29 * mm, f"报告期间：{p.period}", 10, align="center")
        base = MARGIN - 2 * mm
        draw_text(c, PAGE[0] / 2, base + 7 * mm, p.marking, 15, bold=True, align="center")
        draw_text(c, MARGIN, base, f"机要员：{p.clerk}    打印时间：{p.printed}", 8)
        draw_text(c, MARGIN + WIDTH, base, f"审计校验码：{p.checkpoint}    第 {self.pages} 页"
                  f" / 共 {self.total or '?'} 页", 8, align="right")

    def need(self, height: float) -> None:
        if self.y - height < BODY_BOTTOM:
            self.c.showPage()
            self.pages += 1
            self.furniture()
            self.y = BODY_TOP

    def heading(self, text: str) -> None:
        self.need(LINE * 3)
        self.y -= LINE * 0.5
        draw_text(self.c, MARGIN, self.y - SIZE, text, SIZE + 1.5, bold=True)
        self.y -= LINE * 1.3

    def text(self, text: str, size: float = SIZE) -> None:
        for line in wrap(text, size, WIDTH) or [""]:
            self.need(LINE)
            draw_text(self.c, MARGIN, self.y - size, line, size)
            self.y -= LINE

    def table(self, widths: list[float], rows: list[list[str]], *, header: bool = True,
              aligns: Callable[[int], str] = lambda _i: "left") -> None:
        """A ruled table; each row as tall as its longest cell; the header repeats on a new
        page."""
        scale = WIDTH / sum(widths)
        cols = [w * scale for w in widths]
        pad = 1.5 * mm

        def cells(row: list[str]) -> list[list[str]]:
            return [wrap(v, SIZE, w - 2 * pad) or [""] for v, w in zip(row, cols, strict=True)]

        def draw(row: list[str], bold: bool) -> None:
            lines = cells(row)
            height = max(len(x) for x in lines) * LINE + pad
            if self.y - height < BODY_BOTTOM:
                self.c.showPage()
                self.pages += 1
                self.furniture()
                self.y = BODY_TOP
                if header and not bold:
                    draw(rows[0], True)
            x = MARGIN
            self.c.rect(MARGIN, self.y - height, WIDTH, height)
            for i, (w, text_lines) in enumerate(zip(cols, lines, strict=True)):
                if i:
                    self.c.line(x, self.y, x, self.y - height)
                for n, line in enumerate(text_lines):
                    base = self.y - pad - SIZE - n * LINE
                    if aligns(i) == "right":
                        draw_text(self.c, x + w - pad, base, line, SIZE, bold=bold, align="right")
                    else:
                        draw_text(self.c, x + pad, base, line, SIZE, bold=bold)
                x += w
            self.y -= height

        for n, row in enumerate(rows):
            draw(row, header and n == 0)


def _draw(c: Canvas, s: Summary, page: _Page, total: int) -> int:
    flow = _Flow(c, page, total)
    flow.heading("一、涉密载体的接收、制作、复制、借阅、清退、移交和销毁")
    rows = [["事项", *(lv.name for lv in s.levels), "合计"]]
    rows += [[label, *(str(s.count(key, lv.code)) for lv in s.levels), str(s.total(key))]
             for key, label in ACTIVITIES]
    flow.table([3.2] + [1.0] * (len(s.levels) + 1), rows,
               aligns=lambda i: "left" if i == 0 else "right")
    flow.text(UNITS_NOTE, 8.5)
    flow.heading("二、清查情况")
    if not s.checks:
        flow.text(NO_CHECKS)
    else:
        flow.table([2, 3], [["清查", "结果"], *([c.label, c.finding] for c in s.checks)])
    flow.heading("三、异常事件及处理结果")
    if not s.incidents:
        flow.text("本期没有异常事件（丢失、归还不全、损坏等）。")
    else:
        flow.table([1.1, 1.7, 0.8, 1.1, 2.6], [
            ["类别", "载体编号", "密级", "发生时间", "处理结果"],
            *([i.kind, i.carrier_number, i.level.name, i.opened_at.strftime("%Y-%m-%d"),
               _outcome(i.closed_at, i.outcome) + (f"：{i.resolution}" if i.resolution else "")]
              for i in s.incidents)])
    flow.need(len(SIGNERS) * 12 * mm + 6 * mm)
    flow.y -= 6 * mm
    for who in SIGNERS:
        y = flow.y - 8 * mm
        draw_text(c, MARGIN, y, f"{who}（签名）：", SIZE)
        c.line(MARGIN + 42 * mm, y - 1.5 * mm, MARGIN + 100 * mm, y - 1.5 * mm)
        draw_text(c, MARGIN + 108 * mm, y, "日期：", SIZE)
        c.line(MARGIN + 120 * mm, y - 1.5 * mm, MARGIN + WIDTH, y - 1.5 * mm)
        flow.y -= 12 * mm
    c.showPage()
    return flow.pages


def summary_marking(reader: LedgerReader, s: Summary, marking: str) -> str:
    """The clerk's level if not lower than the report lists, else the highest it lists."""
    return document_marking(reader.levels, requested_level(reader.levels, marking),
                            s.listed).name


def render_summary(reader: LedgerReader, s: Summary, out: Target, *, marking: str = "",
                   printed_at: dt.datetime | None = None) -> RenderResult:
    mark = summary_marking(reader, s, marking)
    page = _Page(reader.unit_name, mark, _period(s), str(getattr(reader, "actor", "") or ""),
                 (printed_at or reader.clock.now()).strftime("%Y-%m-%d %H:%M"),
                 reader.audit_head().checkpoint)
    register_fonts()
    total = _draw(Canvas(io.BytesIO(), pagesize=PAGE), s, page, 0)
    with pdf_canvas(out, PAGE, f"{reader.unit_name} {TITLE}") as c:
        pages = _draw(c, s, page, total)
    top = max(s.listed, key=lambda lv: lv.rank, default=None)
    return RenderResult(pages, sum(s.total(k) for k, _ in ACTIVITIES), mark,
                        top.name if top else "")


def _render(reader: LedgerReader, f: LedgerFilter, out: Target, marking: str,
            printed_at: dt.datetime | None) -> RenderResult:
    s = summary_of(reader).report(f.registered_from, f.registered_to)
    return render_summary(reader, s, out, marking=marking, printed_at=printed_at)


SUMMARY = RegisterDefinition(key="summary", title=TITLE, columns=(Column("事项"),))
REGISTERS[SUMMARY.key] = SUMMARY
SOURCES[SUMMARY.key] = lambda reader, f: ()  # printed by its own layout (RENDERERS)
RENDERERS[SUMMARY.key] = _render

__all__ = ["NO_CHECKS", "SUMMARY", "TITLE", "render_summary", "summary_csv", "summary_marking"]
