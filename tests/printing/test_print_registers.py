"""Registers: page furniture on every page, rows whole and in order, cells never overflow."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm

from miji_desk.core.carriers import CarrierKind, Register
from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.printing import REGISTERS, Column, RegisterDefinition, render_register
from miji_desk.printing.table import (
    FILTER_SIZE,
    FOOTER_H,
    HEADER_H,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE,
    column_widths,
)
from miji_desk.printing.wrap import wrap

from .helpers import UNIT, assert_cjk_embedded, carrier, char_boxes, pdf_text

PRINTED = dt.datetime(2026, 5, 9, 14, 30)
FILTER = "登记时间 2026-01-01 至 2026-03-31；密级：全部"
CHECKPOINT = "7F3A-91C2-0B5D"
LONG = "关于进一步加强和改进新形势下涉密载体全生命周期管理工作的若干意见及其配套实施细则" * 3


def render(key: str, rows, out: Path, **kw):
    args = dict(unit_name=UNIT, register_marking="绝密", filter_text=FILTER,
                checkpoint=CHECKPOINT, printed_at=PRINTED)
    args.update(kw)
    return render_register(REGISTERS[key], rows, out, **args)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_furniture(pages: list[str], title: str) -> None:
    """Unit, title, the register's marking, page x / y, print time, filter, checkpoint."""
    total = len(pages)
    for i, text in enumerate(pages, 1):
        f = flat(text)
        for part in (UNIT, title, "绝密", "打印时间：2026-05-0914:30", flat(FILTER),
                     f"审计校验码：{CHECKPOINT}", f"第{i}页/共{total}页", "名称或主要内容", "签收"):
            assert part in f, (i, part)


def test_ten_rows_fit_one_page_with_every_field(tmp_path: Path) -> None:
    rows = [carrier(i) for i in range(1, 11)]
    pdf = tmp_path / "incoming.pdf"
    result = render("incoming", rows, pdf)
    assert result.pages == 1 == len(pypdf.PdfReader(pdf).pages) and result.rows == 10
    pages = pdf_text(pdf)
    assert_furniture(pages, "收文登记簿")
    text = flat(pages[0])
    for cv in rows:
        for value in (cv.number, cv.marking, cv.title, cv.doc_no, cv.sender, cv.producer):
            assert flat(value) in text, value
    assert "2026-03-0210:00" in text  # 收文时间 from the registration's received_at
    assert_cjk_embedded(pdf)


def test_many_rows_span_pages_whole_and_in_order(tmp_path: Path) -> None:
    rows = [carrier(i, title=LONG if i % 5 == 0 else None) for i in range(1, 121)]
    pdf = tmp_path / "many.pdf"
    result = render("incoming", iter(rows), pdf)
    pages = pdf_text(pdf)
    assert result.pages == len(pages) > 3 and result.rows == 120
    assert_furniture(pages, "收文登记簿")
    seen = []
    for text in pages:
        f = flat(text)
        seen += [cv.number for cv in rows if cv.number in f]
    assert seen == [cv.number for cv in rows]  # each row once, on one page, in order


def test_rows_are_read_once_as_they_come(tmp_path: Path) -> None:
    taken: list[int] = []

    def stream() -> Iterator:
        for i in range(1, 61):
            taken.append(i)
            yield carrier(i)

    result = render("incoming", stream(), tmp_path / "s.pdf")
    assert result.rows == 60 and taken == list(range(1, 61))


def test_an_empty_register_still_prints_its_page(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    assert render("outgoing", [], pdf, filter_text="").rows == 0
    pages = pdf_text(pdf)
    assert len(pages) == 1
    assert "没有符合筛选条件的记录" in pages[0] and "筛选条件：全部" in pages[0]
    assert "第1页/共1页" in flat(pages[0])


def test_outgoing_and_media_registers_show_their_own_columns(tmp_path: Path) -> None:
    out = [carrier(i, register=Register.OUTGOING) for i in range(1, 4)]
    render("outgoing", out, tmp_path / "o.pdf")
    text = flat(pdf_text(tmp_path / "o.pdf")[0])
    # 发往单位 is each copy's 去向: 已发出 to the unit, or 在库 where the kept copy (留存) is.
    assert "发文登记簿" in text and "已发出市发改委" in text
    media = [carrier(i, register=Register.MEDIA, kind=CarrierKind.USB, serial_no=f"SN-{i:05d}",
                     purpose="机要室专用", handled_by="李娜") for i in range(1, 4)]
    render("media", media, tmp_path / "m.pdf")
    pages = pdf_text(tmp_path / "m.pdf")
    assert_furniture(pages, "涉密介质登记簿")
    text = flat(pages[0])
    for part in ("序列号", "SN-00001", "U盘", "机要室专用", "李娜"):
        assert part in text, part


@pytest.mark.parametrize("key", sorted(set(REGISTERS) & {r.value for r in Register}))
def test_no_text_crosses_a_column_rule_or_the_page_edge(tmp_path: Path, key: str) -> None:
    rows = [carrier(i, title=LONG, register=Register(key)) for i in range(1, 8)]
    pdf = tmp_path / "long.pdf"
    unit = "某某省某某市某某区人民政府办公室保密委员会" * 4
    render(key, rows, pdf, unit_name=unit, filter_text=FILTER * 6)
    pages = pdf_text(pdf)
    assert "…" not in "".join(pages)  # nothing cut: rows grow to show the whole title
    assert flat("".join(pages)).count(flat(LONG)) == 7
    rules = [MARGIN_X]
    d = REGISTERS[key]
    for w in column_widths(d.layout(), PAGE[0] - 2 * MARGIN_X, d.header_font_size):
        rules.append(rules[-1] + w)
    boxes = char_boxes(pdf, 0)
    assert len(boxes) > 500
    assert flat(unit) in flat(pages[0])
    filter_lines = wrap(f"筛选条件：{FILTER * 6}", FILTER_SIZE, PAGE[0] - 2 * MARGIN_X)
    table_top = PAGE[1] - MARGIN_TOP - HEADER_H - len(filter_lines) * FILTER_SIZE * 1.25
    table_bottom = MARGIN_BOTTOM + FOOTER_H
    # "共 7 件" under the last row is a line of its own, drawn across the grid's columns.
    closing = [b for b in boxes if b[0] == "共" and abs(b[1] - MARGIN_X) < 2]
    line = (closing[0][2] - 1, closing[0][4] + 1) if closing else (0.0, -1.0)
    in_table = 0
    for ch, left, bottom, right, top in boxes:
        assert left >= MARGIN_X - 0.5 and right <= PAGE[0] - MARGIN_X + 0.5, ch
        if line[0] <= bottom and top <= line[1]:
            continue
        if bottom < table_top and top > table_bottom:
            in_table += 1
            assert not any(left + 0.2 < x < right - 0.2 for x in rules), ch
    assert in_table > 400


def test_column_widths_fixed_first_then_by_weight() -> None:
    cols = [Column("a", width_mm=20), Column("b", weight=1), Column("c", weight=3)]
    widths = column_widths(cols, 100 * mm)
    assert widths == pytest.approx([20 * mm, 20 * mm, 60 * mm])
    with pytest.raises(RuleViolation, match="放不下"):
        column_widths([Column("a", width_mm=90), Column("b")], 100 * mm)


def test_a_new_register_is_one_declaration(tmp_path: Path) -> None:
    loans = RegisterDefinition(
        key="loans", title="借阅登记簿",
        columns=(Column("编号", width_mm=32, value=lambda cv: cv.number),
                 Column("名称", weight=2, value=lambda cv: cv.title, max_lines=1),
                 Column("借阅人", value=lambda cv: "张伟")),
        signature_columns=(Column("借阅人签字", width_mm=30), Column("归还签收", width_mm=30)))
    pdf = tmp_path / "loans.pdf"
    result = render_register(loans, [carrier(i) for i in range(1, 4)], pdf, unit_name=UNIT,
                             register_marking="", filter_text="", checkpoint="X",
                             printed_at=PRINTED)
    assert (result.pages, result.rows, result.marking) == (1, 3, "绝密")
    text = flat(pdf_text(pdf)[0])
    assert "借阅登记簿" in text and "借阅人签字" in text and "归还签收" in text and "张伟" in text


def test_an_unwritable_destination_is_an_environment_problem(tmp_path: Path) -> None:
    with pytest.raises(EnvironmentProblem, match="无法写入"):
        render("incoming", [carrier(1)], tmp_path / "gone" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_blank_producer_of_a_received_document_prints_as_its_sender(tmp_path: Path) -> None:
    """The incoming form says 产生机关 "与来文机关相同可不填": the register shows it."""
    blank = dataclasses.replace(carrier(1), producer="", sender="某某市委机要局")
    pdf = tmp_path / "incoming.pdf"
    render("incoming", [blank], pdf, register_marking="")
    assert flat(pdf_text(pdf)[0]).count("某某市委机要局") == 2  # 来文机关 and 产生机关
