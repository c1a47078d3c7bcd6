"""Labels: every barcode scans back, in position order, on every template; fields; refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.graphics.barcode.code128 import Code128

from miji_desk.core.errors import RuleViolation
from miji_desk.printing import (
    TEMPLATES,
    LabelItem,
    LabelTemplate,
    plan_positions,
    render_labels,
    render_test_page,
)

from .helpers import (
    PX_PER_MM,
    UNIT,
    assert_cjk_embedded,
    carrier,
    char_boxes,
    decode,
    pdf_text,
    render_pages,
    render_shrunk,
)

CLERK_TEMPLATE = LabelTemplate("财务室 2×6", 210, 297, 2, 6, 90, 45, margin_left=12,
                               margin_top=10, gap_x=6, gap_y=3)
ALL_TEMPLATES = [*TEMPLATES.values(), CLERK_TEMPLATE]
IDS = [*TEMPLATES, "clerk-defined"]
MM = 72 / 25.4


def expected_slots(t: LabelTemplate, count: int, start: int, skip: set[int]) -> list[tuple]:
    """(sheet, position) the rule promises: from ``start`` on the first sheet, around the
    skipped positions; later sheets whole."""
    n = t.cols * t.rows
    slots = [(0, p) for p in range(start, n + 1) if p not in skip][:count]
    sheet = 1
    while len(slots) < count:
        slots += [(sheet, p) for p in range(1, n + 1)][: count - len(slots)]
        sheet += 1
    return slots


def label_rect_mm(t: LabelTemplate, position: int, offset: tuple[float, float]) -> tuple:
    """(left, top, right, bottom) of a position in mm from the page's top-left, calibrated."""
    col, row = (position - 1) % t.cols, (position - 1) // t.cols
    left = t.margin_left + col * (t.label_w + t.gap_x) + offset[0]
    top = t.margin_top + row * (t.label_h + t.gap_y) + offset[1]
    return left, top, left + t.label_w, top + t.label_h


def position_at(t: LabelTemplate, x_mm: float, y_mm: float, offset: tuple[float, float]) -> int:
    hits = [p for p in range(1, t.cols * t.rows + 1)
            if (r := label_rect_mm(t, p, offset))[0] < x_mm < r[2] and r[1] < y_mm < r[3]]
    assert len(hits) == 1, (x_mm, y_mm, hits)
    return hits[0]


def scan(pdf: Path, t: LabelTemplate, offset: tuple[float, float], factor: float = 1.0):
    """Decode every page as printed (optionally shrunk by the printer), and say where each
    code sits: [(sheet, position, code, bars box in mm)], in reading order."""
    found = []
    pages = render_pages(pdf) if factor == 1.0 else render_shrunk(pdf, factor)
    for sheet, image in enumerate(pages):
        w, h = image.size
        for text, *box in decode(image):
            left, top, right, bottom = box
            if factor != 1.0:  # back to page coordinates: undo the shrink about the centre
                left, right = (w / 2 + (v - w / 2) / factor for v in (left, right))
                top, bottom = (h / 2 + (v - h / 2) / factor for v in (top, bottom))
            mm_box = tuple(v / PX_PER_MM for v in (left, top, right, bottom))
            pos = position_at(t, (mm_box[0] + mm_box[2]) / 2, (mm_box[1] + mm_box[3]) / 2,
                              offset)
            found.append((sheet, pos, text, mm_box))
    return sorted(found)


def plan(t: LabelTemplate) -> tuple[int, set[int], int]:
    """start, skip and a count that fills the first sheet and spills onto a second."""
    n = t.cols * t.rows
    if n == 1:
        return 1, set(), 3
    skip = {5, n - 1} if n > 6 else {3}
    start = 2
    return start, skip, n - (start - 1) - len(skip) + 3


@pytest.mark.slow
@pytest.mark.parametrize("factor", [1.0, 0.9], ids=["actual-size", "shrunk-10pct"])
@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=IDS)
def test_every_code_scans_back_in_position_order(tmp_path: Path, template: LabelTemplate,
                                                 factor: float) -> None:
    start, skip, count = plan(template)
    offset = (1.5, -1.0) if template.per_sheet > 1 else (0.5, 0.5)
    carriers = [carrier(i) for i in range(1, count + 1)]
    pdf = tmp_path / "labels.pdf"
    result = render_labels([LabelItem.from_carrier(cv) for cv in carriers], template, pdf,
                           unit_name=UNIT, start=start, skip=skip, offset_mm=offset)

    found = scan(pdf, template, offset, factor)
    slots = expected_slots(template, count, start, skip)
    assert [(s, p, code) for s, p, code, _ in found] == [
        (s, p, cv.barcode) for (s, p), cv in zip(slots, carriers, strict=True)]
    assert result.pages == slots[-1][0] + 1 == len(render_pages(pdf, dpi=20))
    assert result.labels == count
    if factor == 1.0:  # bars inside their label, with Code128's 10-module quiet zones
        for _, pos, code, (left, top, right, bottom) in found:
            rect = label_rect_mm(template, pos, offset)
            module = (right - left) / Code128(code, barWidth=1, quiet=0).width
            assert left - rect[0] >= 10 * module - 0.2 and rect[2] - right >= 10 * module - 0.2
            assert rect[1] < top and bottom < rect[3]


def test_label_fields_are_text_with_the_embedded_font(tmp_path: Path) -> None:
    cv = carrier(1, title="年度保密工作要点")
    pdf = tmp_path / "one.pdf"
    render_labels([LabelItem.from_carrier(cv)], TEMPLATES["a4-3x8"], pdf, unit_name=UNIT)
    text = pdf_text(pdf)[0]
    for field in (UNIT, cv.marking, "年度保密工作要点", f"编号 {cv.number}", cv.barcode):
        assert field in text, field
    assert cv.marking.startswith("秘密★")
    assert_cjk_embedded(pdf)


@pytest.mark.parametrize("template", ALL_TEMPLATES, ids=IDS)
def test_long_titles_are_shortened_and_nothing_leaves_its_label(tmp_path: Path,
                                                                template: LabelTemplate) -> None:
    long_title = "关于进一步加强和改进新形势下涉密载体全生命周期管理工作的若干意见" * 4 + "附录终稿"
    items = [LabelItem.from_carrier(carrier(i, title=long_title if i % 2 else None))
             for i in range(1, 5)]
    items.append(LabelItem(code="MJ000000059", headline="秘密★2027年6月30日（经批准延长）",
                           number="编号 2026-收-0001-001-超长的编号后缀-再长一些", title="x"))
    pdf = tmp_path / "long.pdf"
    offset = (0.7, 0.4)
    render_labels(items, template, pdf, unit_name="某某省某某市某某区人民政府办公室保密委员会",
                  offset_mm=offset)
    assert "…" in pdf_text(pdf)[0]
    assert "附录终稿" not in "".join(pdf_text(pdf))
    page_h = template.page_h * MM
    for ch, left, bottom, right, top in char_boxes(pdf, 0):
        x_mm, y_mm = (left + right) / 2 / MM, (page_h - (top + bottom) / 2) / MM
        rect = label_rect_mm(template, position_at(template, x_mm, y_mm, offset), offset)
        assert rect[0] * MM - 0.01 <= left and right <= rect[2] * MM + 0.01, ch
        assert page_h - rect[3] * MM - 0.01 <= bottom and top <= page_h - rect[1] * MM + 0.01, ch


def test_badge_labels_scan_and_show_name_and_department() -> None:
    out = io.BytesIO()
    badge = LabelItem.badge("P00012345", "张伟", "综合处（保密办）")
    render_labels([badge], TEMPLATES["thermal-60x40"], out, unit_name=UNIT)
    pdf = out.getvalue()
    assert [d[0] for d in decode(render_pages(pdf)[0])] == ["P00012345"]
    text = pdf_text(pdf)[0]
    assert "张伟" in text and "综合处（保密办）" in text and UNIT in text


def test_plan_positions_start_and_skip_on_the_first_sheet_only() -> None:
    t = TEMPLATES["a4-3x8"]
    got = list(plan_positions(30, t, start=4, skip={6, 7}))
    assert got[:3] == [(0, 4), (0, 5), (0, 8)]
    assert got[18:21] == [(0, 24), (1, 1), (1, 2)]  # 6 and 7 are not skipped on sheet 2
    assert (1, 6) in got and (1, 7) in got


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"start": 0}, "起始位置应在 1 到 24 之间"),
    ({"start": 25}, "起始位置应在 1 到 24 之间"),
    ({"skip": {0, 30}}, "要跳过的位置 0、30 不在 1 到 24 之间"),
    ({"offset_mm": (12.0, 0.0)}, "校准偏移不能超过"),
])
def test_bad_positions_and_offsets_are_refused_and_nothing_is_written(
        tmp_path: Path, kwargs: dict, message: str) -> None:
    pdf = tmp_path / "x.pdf"
    with pytest.raises(RuleViolation, match=message):
        render_labels([LabelItem.from_carrier(carrier(1))], TEMPLATES["a4-3x8"], pdf,
                      unit_name=UNIT, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_a_code_too_long_for_the_label_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"previous labels")
    items = [LabelItem.from_carrier(carrier(1)), LabelItem("A" * 40, "秘密")]
    with pytest.raises(RuleViolation, match="太长"):
        render_labels(items, TEMPLATES["a4-4x10"], pdf, unit_name=UNIT)
    with pytest.raises(RuleViolation, match="只能包含"):
        render_labels([LabelItem("条码", "秘密")], TEMPLATES["a4-3x8"], pdf, unit_name=UNIT)
    with pytest.raises(RuleViolation, match="没有要打印的标签"):
        render_labels([], TEMPLATES["a4-3x8"], pdf, unit_name=UNIT)
    assert pdf.read_bytes() == b"previous labels"
    assert [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"cols": 4}, "4 列标签连同左边距和间距共宽 280 mm，超出了纸宽 210 mm"),
    ({"rows": 9}, "9 行标签连同上边距和间距共高 333.5 mm，超出了纸高 297 mm"),
    ({"margin_left": -1}, "左边距不能是负数"),
    ({"label_w": 20}, "太小"),
    ({"page_w": 0}, "纸宽必须大于 0 mm"),
    ({"name": " "}, "起一个名字"),
])
def test_clerk_templates_are_validated(kwargs: dict, message: str) -> None:
    values = dict(name="自定义", page_w=210, page_h=297, cols=3, rows=8, label_w=70,
                  label_h=37, margin_top=0.5)
    values.update(kwargs)
    with pytest.raises(RuleViolation, match=message):
        LabelTemplate(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["a4-4x10", "thermal-50x30"])
def test_test_page_draws_every_frame_where_the_labels_go(tmp_path: Path, name: str) -> None:
    t = TEMPLATES[name]
    offset = (1.0, 2.0)
    pdf = tmp_path / "test.pdf"
    render_test_page(t, pdf, offset)
    image = render_pages(pdf)[0]
    for p in range(1, t.per_sheet + 1):
        left, top, right, bottom = (v * PX_PER_MM for v in label_rect_mm(t, p, offset))
        mid_y = (top + bottom) / 2 + 3 * PX_PER_MM  # clear of the crosshair and notes
        near = [image.getpixel((round(left) + d, round(mid_y))) for d in (-1, 0, 1)]
        assert min(near) < 128, (p, "left frame edge missing")
        if right < image.width - 2:
            assert min(image.getpixel((round(right) + d, round(mid_y))) for d in (-1, 0, 1)) < 128
        assert image.getpixel((round(left + 2 * PX_PER_MM), round(mid_y))) > 200
    text = pdf_text(pdf)[0]
    assert str(t.per_sheet) in text and "校准偏移 x +1.0 mm，y +2.0 mm" in text
    assert_cjk_embedded(pdf)
