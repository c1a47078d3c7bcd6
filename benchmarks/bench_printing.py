"""Printing speed: a 10,000-row register PDF and 1,000 labels, against DESIGN.md's budgets.

    python benchmarks/bench_printing.py [--rows N] [--labels N]

The baseline for the register is reportlab drawing the same table bare: the same cell texts,
one ``drawString`` per cell in the same CJK font, a plain grid, no wrapping, no page furniture,
and the same document settings (compressed binary streams).
Rows are built in memory as ``CarrierView`` objects (no vault needed), from a fixed seed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

if __package__ in (None, ""):  # run as a script: make the repo and src/ importable
    _root = Path(__file__).resolve().parent.parent
    sys.path[:0] = [str(_root), str(_root / "src")]

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from benchmarks._common import Figure, Report, machine_description
from miji_desk.core import barcodes
from miji_desk.core.carriers import CarrierKind, CarrierView, Register, Status
from miji_desk.core.levels import BUILTIN_LEVELS
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.printing import REGISTERS, TEMPLATES, LabelItem, render_labels, render_register
from miji_desk.printing.fonts import CJK_FONT, register_fonts
from miji_desk.printing.output import configure_reportlab
from miji_desk.printing.table import MARGIN_X, PAGE, column_widths

T = TypeVar("T")
REGISTER_BUDGET_MS = 20_000.0
REGISTER_RATIO = 1.3
LABELS_BUDGET_MS = 5_000.0

_REGIONS = ("省", "市", "县", "区")
_BODIES = ("保密局", "发展和改革委员会", "财政局", "公安局", "国防科工办", "档案馆",
           "人民政府办公室")
_SUBJECTS = ("年度保密自查自评工作", "涉密载体清查", "重大项目技术方案", "安全保卫工作部署",
             "网络安全等级保护测评", "核心设备采购计划", "干部调配推荐名单", "应急预案修订")
_FORMS = ("关于{}的通知", "{}情况报告", "关于做好{}的意见", "{}会议纪要", "{}实施细则（试行）")


def make_rows(n: int, seed: int = 7) -> list[CarrierView]:
    """``n`` varied carriers: titles of 10-60 characters, every level, several senders."""
    rnd = random.Random(seed)
    start = dt.datetime(2025, 1, 2, 8, 30)
    rows = []
    for i in range(1, n + 1):
        subject = "、".join(rnd.sample(_SUBJECTS, rnd.choice((1, 1, 2, 3))))
        title = rnd.choice(_FORMS).format(subject)
        sender = f"某某{rnd.choice(_REGIONS)}{rnd.choice(_BODIES)}"
        doc, copy = divmod(i - 1, 3)
        rows.append(CarrierView(
            id=i, barcode=barcodes.for_carrier(i), number=f"2025-收-{doc + 1:04d}-{copy + 1:03d}",
            copy_no=copy + 1, kind=CarrierKind.DOCUMENT, status=Status.IN_STORE,
            register=Register.INCOMING, level=rnd.choice(BUILTIN_LEVELS),
            period=rnd.choice((SecrecyPeriod(), SecrecyPeriod.years(5), SecrecyPeriod.long_term())),
            classified_on=dt.date(2025, 1, 1), title=title, doc_no=f"某发〔2025〕{doc + 1}号",
            producer=sender, sender=sender, holder="", location="机要室",
            registered_at=start + dt.timedelta(minutes=17 * i), document_id=doc + 1,
            pages=rnd.randint(1, 80), copies_total=3))
    return rows


def bare_table(rows: list[CarrierView], out: io.BytesIO) -> int:
    """The baseline: the same cells, one drawString each, same font, a grid, no wrapping."""
    definition = REGISTERS["incoming"]
    cols = definition.layout()
    widths = column_widths(cols, PAGE[0] - 2 * MARGIN_X)
    xs = [MARGIN_X]
    for w in widths[:-1]:
        xs.append(xs[-1] + w)
    right = MARGIN_X + sum(widths)
    getters: list[Callable[[CarrierView], str] | None] = [c.value for c in cols]
    row_h, top, bottom = 7.5 * mm, PAGE[1] - 31 * mm, 18 * mm
    c = Canvas(out, pagesize=PAGE, initialFontName=CJK_FONT)
    c.setFont(CJK_FONT, 8)
    y, pages = top, 1
    for n, row in enumerate(rows, 1):
        if y - row_h < bottom:
            c.showPage()
            c.setFont(CJK_FONT, 8)
            y, pages = top, pages + 1
        for x, get in zip(xs, getters, strict=True):
            text = str(n) if get is None and x == MARGIN_X else (get(row) if get else "")
            if text:
                c.drawString(x + 1.2 * mm, y - 5 * mm, text)
        c.line(MARGIN_X, y - row_h, right, y - row_h)
        for x in xs:
            c.line(x, y, x, y - row_h)
        y -= row_h
    c.showPage()
    c.save()
    return pages


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000.0, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--labels", type=int, default=1_000)
    args = ap.parse_args(argv)
    register_fonts()
    configure_reportlab()  # the baseline writes its PDF with the same document settings
    rows = make_rows(args.rows)
    items = [LabelItem.from_carrier(cv) for cv in make_rows(args.labels, seed=11)]
    report = Report("printing", context={"machine": machine_description(),
                                         "rows": args.rows, "labels": args.labels})

    bare_ms, bare_pages = timed(lambda: bare_table(rows, io.BytesIO()))
    out = io.BytesIO()
    reg_ms, result = timed(lambda: render_register(
        REGISTERS["incoming"], iter(rows), out, unit_name="某某市某某局办公室",
        register_marking="", filter_text="全部", checkpoint="BENCH-0000",
        printed_at=dt.datetime(2026, 1, 1, 9, 0)))
    report.add(Figure(f"register PDF, {args.rows:,} rows ({result.pages} pages, "
                      f"{len(out.getvalue()) / 1e6:.1f} MB)", reg_ms,
                      budget_ms=REGISTER_BUDGET_MS, baseline_ms=bare_ms,
                      ratio_budget=REGISTER_RATIO, samples=1,
                      note=f"one run; baseline: bare drawString table, {bare_pages} pages"))
    labels_ms, run = timed(lambda: render_labels(items, TEMPLATES["a4-3x8"], io.BytesIO(),
                                                 unit_name="某某市某某局办公室"))
    report.add(Figure(f"{args.labels:,} labels PDF (A4 3×8, {run.pages} sheets)",
                      labels_ms, budget_ms=LABELS_BUDGET_MS, samples=1, note="one run"))
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
