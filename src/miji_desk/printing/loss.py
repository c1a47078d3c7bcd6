"""The 丢失报告 (loss report) of one incident: what was lost, how, when it was found out and
when it was reported upward (篇六 第八条; 篇三 二十七), with signature lines.

A4 portrait. The lost carrier's marking (密级★期限) is printed at the top and at the foot of
every page; a report upward later than the unit's limit carries its warning on paper. The text
flows onto further pages when the circumstances are long; nothing is cut.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, cast

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..core.carriers import KIND_LABEL, STATUS_LABEL, CarrierView, Status
from ..core.errors import RuleViolation
from ..core.holdings import IncidentView
from ..core.ledger_reader import LedgerReader
from ..core.loss import delay_text, late_warning
from .circulation import DocumentJob
from .fonts import draw_text, register_fonts
from .output import Target, pdf_canvas
from .wrap import ellipsize, wrap

PAGE = A4
MARGIN = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN
BODY_TOP = PAGE[1] - MARGIN - 30 * mm
BODY_BOTTOM = MARGIN + 12 * mm
SIZE = 10.5
LINE = SIZE * 1.6
LABEL_W = 33 * mm
WARN = Color(0.72, 0.11, 0.11)
SHADE = Color(0.93, 0.93, 0.93)
SIGNERS = ("报告人（机要员）", "保密工作负责人", "单位负责人")
TITLE = "涉密载体丢失报告"


class LossReader(Protocol):
    def incident(self, incident_id: int) -> IncidentView: ...


def _custody(reader: LedgerReader) -> LossReader:
    custody = getattr(reader, "custody", None)
    if custody is None:
        raise RuleViolation("print.no_custody_records")
    return cast(LossReader, custody)


def _t(moment: dt.datetime | None) -> str:
    return "—" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


@dataclass
class _Flow:
    """Draws blocks top to bottom, starting a new page (with its furniture) when one is full."""

    c: Canvas
    furniture: Callable[[Canvas], None]
    y: float = BODY_TOP
    pages: int = 1

    def need(self, height: float) -> None:
        if self.y - height < BODY_BOTTOM:
            self.c.showPage()
            self.pages += 1
            self.furniture(self.c)
            self.y = BODY_TOP

    def heading(self, text: str) -> None:
        self.need(LINE * 2.2)
        self.y -= LINE * 0.6
        draw_text(self.c, MARGIN, self.y - SIZE, text, SIZE + 1, bold=True)
        self.y -= LINE * 1.2

    def row(self, caption: str, value: str, *, warn: bool = False) -> None:
        """A label and its value, the value wrapped beside it; long values go on over pages."""
        lines = wrap(value or "—", SIZE, WIDTH - LABEL_W) or ["—"]
        first = True
        for line in lines:
            self.need(LINE)
            if first:
                draw_text(self.c, MARGIN, self.y - SIZE, caption, SIZE, bold=True)
                first = False
            if warn:
                self.c.setFillColor(WARN)
            draw_text(self.c, MARGIN + LABEL_W, self.y - SIZE, line, SIZE, bold=warn)
            if warn:
                self.c.setFillColor(Color(0, 0, 0))
            self.y -= LINE

    def rule(self) -> None:
        self.need(3 * mm)
        self.c.line(MARGIN, self.y - 1 * mm, MARGIN + WIDTH, self.y - 1 * mm)
        self.y -= 3 * mm


@dataclass(frozen=True)
class _Page:
    unit_name: str
    marking: str
    number: str
    clerk: str
    printed: str
    checkpoint: str


def _furniture(p: _Page, page_no: Callable[[], int], total: int) -> Callable[[Canvas], None]:
    def draw(c: Canvas) -> None:
        top = PAGE[1] - MARGIN
        draw_text(c, MARGIN, top - 5 * mm, p.marking, 15, bold=True)
        draw_text(c, MARGIN + WIDTH, top - 5 * mm, f"异常编号：{p.number}", 10, align="right")
        draw_text(c, PAGE[0] / 2, top - 16 * mm, TITLE, 20, bold=True, align="center")
        draw_text(c, PAGE[0] / 2, top - 23 * mm, ellipsize(p.unit_name, 10, WIDTH), 10,
                  align="center")
        base = MARGIN - 2 * mm
        draw_text(c, PAGE[0] / 2, base + 6 * mm, p.marking, 15, bold=True, align="center")
        draw_text(c, MARGIN, base, f"机要员：{p.clerk}    打印时间：{p.printed}", 8)
        draw_text(c, MARGIN + WIDTH, base,
                  f"审计校验码：{p.checkpoint}    第 {page_no()} 页 / 共 {total} 页", 8,
                  align="right")
    return draw


def _carrier_fields(cv: CarrierView) -> list[tuple[str, str]]:
    return [
        ("编号", cv.number), ("条码", cv.barcode),
        ("名称", cv.title), ("文号", cv.doc_no or "—"),
        ("密级和保密期限", cv.marking),
        ("类别", KIND_LABEL[cv.kind]
         + (f"，第 {cv.copy_no:03d} 份" if cv.copy_no is not None else "")
         + (f"，{cv.pages} 页" if cv.pages else "")),
        ("产生/来文机关", "；".join(x for x in (cv.producer, cv.sender) if x) or "—"),
        ("登记时间", _t(cv.registered_at)),
    ]


def loss_report_pdf(reader: LedgerReader, incident_id: int, out: Target, *,
                    printed_at: dt.datetime | None = None) -> DocumentJob:
    """The 丢失报告 of one loss incident (open or closed)."""
    try:
        inc = _custody(reader).incident(incident_id)
    except LookupError:
        raise RuleViolation("incident.no_such", None, "incident") from None
    loss = inc.loss
    if loss is None:
        raise RuleViolation("loss.not_a_loss", None, "incident")
    cv = inc.carrier
    checkpoint = reader.audit_head().checkpoint
    page = _Page(reader.unit_name, cv.marking, str(inc.id),
                 str(getattr(reader, "actor", "") or ""),
                 (printed_at or reader.clock.now()).strftime("%Y-%m-%d %H:%M"), checkpoint)
    title = f"{TITLE} {cv.number}"
    # Measured once off paper, so every page can say how many there are.
    register_fonts()
    total = _draw(Canvas(io.BytesIO(), pagesize=PAGE), inc, page, 0)
    with pdf_canvas(out, PAGE, f"{reader.unit_name} {title}") as c:
        pages = _draw(c, inc, page, total)
    return DocumentJob(title, pages, 1, f"异常 {inc.id}", checkpoint, (cv.id,))


def _draw(c: Canvas, inc: IncidentView, page: _Page, total: int) -> int:
    loss = inc.loss
    assert loss is not None
    cv = inc.carrier
    flow = _Flow(c, lambda _c: None)
    flow.furniture = _furniture(page, lambda: flow.pages, total)
    flow.furniture(c)
    flow.heading("一、丢失的载体")
    for caption, value in _carrier_fields(cv):
        flow.row(caption, value)
    if loss.line:  # it was out: on loan or circulating, closed as lost
        out = Status.ON_LOAN if loss.line.startswith("借阅") else Status.CIRCULATING
        prior = f"{STATUS_LABEL[out]}（{loss.holder}持有；{loss.line}按丢失结束）"
    else:
        prior = STATUS_LABEL.get(Status(loss.prior_status), loss.prior_status)
    flow.row("丢失前状态", prior)
    flow.heading("二、丢失经过")
    flow.row("经过", inc.description)
    flow.heading("三、发现和上报")
    flow.row("发现时间", _t(loss.discovered_at))
    flow.row("发现人", loss.discovered_by)
    flow.row("上报时间", _t(loss.reported_at))
    flow.row("上报单位", loss.reported_to)
    flow.row("上报文号", loss.report_ref)
    flow.row("发现至上报", f"{delay_text(loss.delay)}（本单位规定 {loss.limit_hours} 小时内）")
    if loss.late:
        flow.row("注意", late_warning(loss.delay, loss.limit_hours), warn=True)
    flow.heading("四、处理情况")
    if inc.is_open:
        flow.row("状态", f"未结案（{_t(inc.opened_at)} 登记）")
    else:
        flow.row("状态", f"已结案：{inc.outcome_label}（{_t(inc.closed_at)}）")
        flow.row("结果", inc.resolution)
        flow.row("结论文号", inc.reference or "—")
    flow.rule()
    _signatures(flow)
    c.showPage()
    return flow.pages


def _signatures(flow: _Flow) -> None:
    flow.need(len(SIGNERS) * 12 * mm + 4 * mm)
    flow.y -= 4 * mm
    for who in SIGNERS:
        y = flow.y - 8 * mm
        draw_text(flow.c, MARGIN, y, f"{who}（签名）：", SIZE)
        flow.c.line(MARGIN + 42 * mm, y - 1.5 * mm, MARGIN + 100 * mm, y - 1.5 * mm)
        draw_text(flow.c, MARGIN + 108 * mm, y, "日期：", SIZE)
        flow.c.line(MARGIN + 120 * mm, y - 1.5 * mm, MARGIN + WIDTH, y - 1.5 * mm)
        flow.y -= 12 * mm


__all__ = ["SIGNERS", "TITLE", "loss_report_pdf"]
