"""Issue 14, looked at page by page: nothing identifying is cut, the filter is printed whole,
and every page carries a marking that is a level, never lower than what the page lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pypdf
import pytest
from reportlab.lib.units import mm

from miji_desk.core.carriers import Register
from miji_desk.core.errors import RuleViolation
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.levels import SECRET, TOP_SECRET
from miji_desk.printing import REGISTERS, Column, RegisterDefinition, render_register
from miji_desk.printing.table import FOOTER_H, MARGIN_BOTTOM

from .helpers import UNIT, carrier, char_boxes, pdf_text

FOOTER_LINE = MARGIN_BOTTOM + 5 * mm  # above the foot's baseline: only the table's text

PRINTED = dt.datetime(2026, 5, 9, 14, 30)
SERIAL = "SN-2026-WDC-WX41A0123456789-EXTERNAL-ENCRYPTED-DRIVE-0042"
PURPOSE = "机要室专用，仅用于与上级机关交换涉密文件，不得挪作他用，不得连接互联网和其他非涉密设备"
SENDER = "某某省某某市人民政府办公厅机要交通局机要文件交换站"
DOC_NO = "某某省委保密委员会办公室保密发〔2026〕第1234号"
TITLE = "关于进一步加强和改进新形势下涉密载体全生命周期管理工作的若干意见及其配套实施细则" * 2


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def render(key: str, rows, out: Path, **kw):
    args = dict(unit_name=UNIT, register_marking="", filter_text="全部", checkpoint="X",
                printed_at=PRINTED)
    args.update(kw)
    return render_register(REGISTERS[key], rows, out, **args)


def of_level(i: int, level, **kw):
    return dataclasses.replace(carrier(i, **kw), level=level)


# -- nothing identifying is cut ---------------------------------------------------------------

@pytest.mark.parametrize("key", ["incoming", "outgoing", "media"])
def test_long_identifying_values_print_whole_and_rows_grow(tmp_path: Path, key: str) -> None:
    register = Register(key)
    rows = [dataclasses.replace(carrier(i, register=register, serial_no=SERIAL, purpose=PURPOSE),
                                title=TITLE, sender=SENDER, producer=SENDER, doc_no=DOC_NO,
                                holder=SENDER) for i in range(1, 4)]
    pdf = tmp_path / f"{key}.pdf"
    render(key, rows, pdf)
    text = flat("".join(pdf_text(pdf)))
    assert "…" not in text
    wanted = {"incoming": (TITLE, SENDER, DOC_NO), "outgoing": (TITLE, DOC_NO, SENDER),
              "media": (TITLE, SERIAL, PURPOSE, SENDER)}[key]
    for value in wanted:
        assert text.count(flat(value)) >= 3, value  # once per row, whole


def test_only_a_note_is_shortened_and_it_says_where_the_rest_is(tmp_path: Path) -> None:
    d = RegisterDefinition(key="noted", title="测试登记簿", columns=(
        Column("名称或主要内容", weight=2, value=lambda cv: cv.title, max_lines=1),
        Column("备注", weight=1, value=lambda cv: "阅后即退，" * 30, max_lines=2, note=True)))
    pdf = tmp_path / "noted.pdf"
    render_register(d, [dataclasses.replace(carrier(1), title=TITLE)], pdf, unit_name=UNIT,
                    register_marking="", filter_text="", checkpoint="X", printed_at=PRINTED)
    text = flat(pdf_text(pdf)[0])
    assert flat(TITLE) in text  # max_lines does not cut a title
    assert "（见台账）" in text and text.count("阅后即退") < 30


@pytest.mark.parametrize("key", sorted(REGISTERS))
def test_no_header_wraps_one_character_alone(key: str) -> None:
    from miji_desk.printing.table import header_layout

    for lines in header_layout(REGISTERS[key]):
        if len("".join(lines)) > 1:
            assert all(len(line) > 1 for line in lines), (key, lines)


def test_a_long_filter_wraps_and_keeps_the_dates_and_the_search_text(tmp_path: Path) -> None:
    f = LedgerFilter(levels=frozenset({"secret", "confidential"}),
                     registered_from=dt.date(2026, 1, 1), registered_to=dt.date(2026, 3, 31),
                     text="关于进一步加强和改进新形势下涉密载体管理工作的若干意见" * 2)
    words = f.describe({"secret": "机密", "confidential": "秘密"})
    pdf = tmp_path / "filtered.pdf"
    render("incoming", [carrier(i) for i in range(1, 30)], pdf, filter_text=words * 2)
    pages = pdf_text(pdf)
    assert len(pages) > 1
    for page in pages:  # whole on every page
        assert flat(f"筛选条件：{words * 2}") in flat(page)
        assert "2026-03-31" in page and "…" not in page


def test_an_open_date_range_prints_in_words() -> None:
    assert LedgerFilter(registered_from=dt.date(2026, 1, 1)).describe() \
        == "登记日期：2026-01-01 以后"
    assert LedgerFilter(registered_to=dt.date(2026, 3, 31)).describe() \
        == "登记日期：2026-03-31 以前"


def test_the_pdf_names_the_unit_and_the_document(tmp_path: Path) -> None:
    pdf = tmp_path / "meta.pdf"
    render("incoming", [carrier(1)], pdf)
    meta = pypdf.PdfReader(pdf).metadata
    assert meta is not None
    assert meta.author == UNIT
    assert UNIT in (meta.title or "") and "收文登记簿" in (meta.title or "")


# -- the marking -------------------------------------------------------------------------------

def marks_at_top_and_foot(pdf: Path) -> list[tuple[str, str]]:
    """On each page: the text of the top 16 mm and of the bottom 20 mm, left to right."""
    found = []
    for i, page in enumerate(pypdf.PdfReader(pdf).pages):
        height = float(page.mediabox.height)
        boxes = char_boxes(pdf, i)
        top = "".join(ch for ch, _l, b, _r, _t in sorted(boxes, key=lambda x: x[1])
                      if b > height - 16 * 72 / 25.4)
        foot = "".join(ch for ch, _l, b, _r, _t in sorted(boxes, key=lambda x: x[1])
                       if b < 20 * 72 / 25.4)
        found.append((top, foot))
    return found


def test_a_blank_marking_is_the_highest_level_listed_on_every_page(tmp_path: Path) -> None:
    rows = [of_level(i, SECRET) for i in range(1, 60)] + [of_level(60, TOP_SECRET)]
    pdf = tmp_path / "blank.pdf"
    result = render("incoming", rows, pdf, register_marking="")
    assert (result.marking, result.listed) == ("绝密", "绝密")
    marks = marks_at_top_and_foot(pdf)
    assert len(marks) > 2
    for top, foot in marks:  # a 绝密 row on the last page marks the first page too
        assert top.startswith("绝密") and foot.endswith("绝密"), (top, foot)


def test_free_text_is_not_a_marking_and_writes_nothing(tmp_path: Path) -> None:
    pdf = tmp_path / "hello.pdf"
    with pytest.raises(RuleViolation) as refused:
        render("incoming", [of_level(1, SECRET)], pdf, register_marking="hello")
    assert refused.value.code == "print.marking_not_level"
    assert "hello" in str(refused.value) and "机密" in str(refused.value)
    assert not pdf.exists() and list(tmp_path.iterdir()) == []


def test_a_marking_lower_than_a_listed_row_is_refused_and_writes_nothing(tmp_path: Path
                                                                        ) -> None:
    rows = [of_level(i, SECRET) for i in range(1, 40)] + [of_level(40, TOP_SECRET)]
    pdf = tmp_path / "low.pdf"
    with pytest.raises(RuleViolation) as refused:
        render("incoming", rows, pdf, register_marking="秘密")
    assert refused.value.code == "print.marking_below_listed"
    assert "所列载体有机密，不能标为秘密" in str(refused.value)
    assert list(tmp_path.iterdir()) == []
    # 机密, the old default, over a 绝密 row found on the last page: refused all the same.
    with pytest.raises(RuleViolation, match="所列载体有绝密，不能标为机密"):
        render("incoming", rows, pdf, register_marking="机密")
    assert list(tmp_path.iterdir()) == []


def test_the_clerk_may_raise_the_marking(tmp_path: Path) -> None:
    pdf = tmp_path / "raised.pdf"
    result = render("incoming", [of_level(1, SECRET)], pdf, register_marking="绝密")
    assert (result.marking, result.listed) == ("绝密", "机密")
    [(top, foot)] = marks_at_top_and_foot(pdf)
    assert top.startswith("绝密") and foot.endswith("绝密")


def test_an_empty_register_still_carries_a_marking(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    result = render("incoming", [], pdf)
    assert result.marking == "秘密" and result.listed == ""
    [(top, foot)] = marks_at_top_and_foot(pdf)
    assert top.startswith("秘密") and foot.endswith("秘密")


def test_a_title_longer_than_a_page_goes_on_over_the_next_pages_whole(tmp_path: Path) -> None:
    """A title may have 2,000 characters: its row runs over pages, inside the table, each of
    its numbered sentences printed once and in order."""
    huge = "".join(f"第{i:04d}条涉密载体按规定登记保管。" for i in range(1, 112))  # 1,998
    rows = [carrier(1), dataclasses.replace(carrier(2), title=huge), carrier(3)]
    pdf = tmp_path / "huge.pdf"
    result = render("incoming", rows, pdf)
    pages = pdf_text(pdf)
    assert result.pages == len(pages) >= 3 and result.rows == 3
    found = re.findall(r"第(\d{4})条", flat("".join(pages)))
    assert found == [f"{i:04d}" for i in range(1, 112)]
    for i in range(len(pages)):  # the table's text stays above the foot
        body = [b for b in char_boxes(pdf, i) if b[2] > FOOTER_LINE]
        assert body and all(b[2] >= MARGIN_BOTTOM + FOOTER_H - 0.5 for b in body)


def test_label_sheets_name_the_unit_as_author(tmp_path: Path) -> None:
    from miji_desk.printing import TEMPLATES, LabelItem, render_labels

    pdf = tmp_path / "labels.pdf"
    render_labels([LabelItem.from_carrier(carrier(1))], TEMPLATES["a4-3x8"], pdf,
                  unit_name=UNIT)
    meta = pypdf.PdfReader(pdf).metadata
    assert meta is not None and meta.author == UNIT and UNIT in (meta.title or "")
