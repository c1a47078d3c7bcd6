"""Labels an inspector can trust (issue 14): the printer's unprintable edge, barcodes that decode
at a thermal printer's own resolution, copies and reprints said on the label, the unit's short
name, labels in 编号 order, and a blank first sheet said before printing."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image
from reportlab.graphics.barcode.code128 import Code128

from miji_desk.core import barcodes
from miji_desk.core.copying import make_copies
from miji_desk.core.destruction import complete_manifest
from miji_desk.core.errors import RuleViolation
from miji_desk.core.unit_rules import LABEL_UNIT_NAME, change_unit_rule, rule_value
from miji_desk.printing import jobs
from miji_desk.printing.labels import (
    TEMPLATES,
    LabelItem,
    LabelTemplate,
    first_sheet_blank,
    render_labels,
)
from tests.core.disposition_support import last_audit, register
from tests.core.test_copying import form as copy_form
from tests.core.test_destruction import TODAY, done, manifest
from tests.vault_fixtures import clock, store, vault, vault_path

from .helpers import UNIT, carrier, decode, pdf_text, render_pages

__all__ = ["clock", "store", "vault", "vault_path"]  # fixtures

A4_3X8 = TEMPLATES["a4-3x8"]


class _Ink:
    """Where a page has ink: the first and last inked row and column, in pixels."""

    def __init__(self, image: Image.Image) -> None:
        box = image.point(lambda v: 255 if v < 200 else 0).getbbox()
        assert box is not None, "a blank page"
        self.left, self.top, right, bottom = box
        self.right_blank = image.size[0] - right
        self.bottom_blank = image.size[1] - bottom


@pytest.mark.parametrize("margin", [4.0, 6.0])
def test_no_ink_within_the_printers_margin_and_every_code_keeps_its_height(margin: float
                                                                           ) -> None:
    """The A4 3×8 stock has labels touching the sheet's edge; with the default 4 mm the old
    layout put ink 2.2 mm from it, where office lasers clip."""
    items = [LabelItem.from_carrier(carrier(i)) for i in range(1, 25)]
    dpi = 150
    edge = io.BytesIO()
    render_labels(items, A4_3X8, edge, unit_name=UNIT, margin_mm=0.0)
    inset = io.BytesIO()
    run = render_labels(items, A4_3X8, inset, unit_name=UNIT, margin_mm=margin)
    assert run.labels == 24

    px = dpi / 25.4
    assert _Ink(render_pages(edge.getvalue(), dpi)[0]).left < 3.0 * px  # what lasers clip
    ink = _Ink(render_pages(inset.getvalue(), dpi)[0])
    limit = margin * px - 1  # one pixel of anti-aliasing
    assert min(ink.left, ink.top, ink.right_blank, ink.bottom_blank) >= limit

    # Text shrinks to make room; the bars keep the height they have edge to edge.
    def heights(pdf: bytes) -> dict[str, int]:
        image = render_pages(pdf, 300)[0]
        return {code: _bar_height(image, left, top, right, bottom)
                for code, left, top, right, bottom in decode(image)}

    before, after = heights(edge.getvalue()), heights(inset.getvalue())
    assert sorted(after) == sorted(before) == sorted(i.code for i in items)
    for code in before:
        assert after[code] == pytest.approx(before[code], abs=3)  # px at 300 dpi: 0.25 mm


def _bar_height(image: Image.Image, left: float, top: float, right: float, bottom: float
                ) -> int:
    """The longest bar of a decoded symbol, in pixels: its bars' height on paper."""
    x = int((left + right) / 2)
    best = 0
    for dx in range(-40, 41):  # some column among these crosses a bar
        run = longest = 0
        for y in range(max(0, int(top) - 200), min(image.size[1], int(bottom) + 200)):
            run = run + 1 if image.getpixel((x + dx, y)) < 128 else 0
            longest = max(longest, run)
        best = max(best, longest)
    return best


def test_a_margin_outside_zero_to_ten_mm_is_refused_and_nothing_is_written() -> None:
    out = io.BytesIO()
    with pytest.raises(RuleViolation) as e:
        render_labels([LabelItem.from_carrier(carrier(1))], A4_3X8, out, unit_name=UNIT,
                      margin_mm=12)
    assert e.value.code == "labels.margin_range" and out.getvalue() == b""


def _runs(row: list[int]) -> list[tuple[bool, int]]:
    """(dark?, length in pixels) along one row of pixels."""
    out: list[tuple[bool, int]] = []
    for value in row:
        dark = value < 128
        if out and out[-1][0] == dark:
            out[-1] = (dark, out[-1][1] + 1)
        else:
            out.append((dark, 1))
    return out


THERMAL_CODES = [barcodes.for_carrier(n) for n in (
    1, 2, 7, 9, 10, 31, 55, 99, 100, 314, 555, 999, 1000, 3141, 4242, 5555, 12345, 31415, 55555,
    99999, 123456, 161803, 271828, 314159, 424242, 555555, 999999, 1000000)]


@pytest.mark.parametrize("name", ["thermal-50x30", "thermal-60x40"])
def test_thermal_codes_decode_at_203_dpi_in_whole_dots_with_quiet_zones(name: str) -> None:
    """At the thermal printer's own 203 dpi every bar and space is a whole number of printer
    dots, the narrowest at least two, with Code128's ten-module quiet zone on both sides
    inside the label; and all 28 codes decode (10 of them failed at 150 dpi before)."""
    template = TEMPLATES[name]
    assert template.printer_dpi == 203 and len(THERMAL_CODES) == 28
    for code in THERMAL_CODES:
        out = io.BytesIO()
        render_labels([LabelItem(code=code, headline="机密★10年", number="编号 2026-收-0001-001",
                                 title="关于做好年度保密自查自评工作的通知")],
                      template, out, unit_name=UNIT)
        image = render_pages(out.getvalue(), 203)[0]
        assert [d[0] for d in decode(image)] == [code]
        _text, left, top, right, bottom = decode(image)[0]
        y = int((top + bottom) / 2)
        row = [image.getpixel((x, y)) for x in range(image.size[0])]
        assert set(row[int(left):int(right) + 1]) <= {0, 255}, "a bar edge between two dots"
        runs = _runs(row)
        bars = runs[1:-1]  # between the label's blank edges
        module = Code128(code, barWidth=1, quiet=0).width
        width = sum(n for _dark, n in bars)
        dots = round(width / module)
        assert dots >= 2 and abs(width - dots * module) <= 1
        # Edges fall on dot boundaries; the rasteriser gives such an edge's pixel to the bar
        # (a real driver may too), so a run is a whole number of dots give or take one pixel.
        assert all(any(abs(n - k * dots) <= 1 for k in range(1, 5)) for _dark, n in bars)
        quiet = 10 * dots
        assert runs[0][1] >= quiet and runs[-1][1] >= quiet, (code, runs[0], runs[-1])


def test_a_copy_says_so_on_its_label(vault) -> None:
    doc = register(vault)
    made = make_copies(vault, copy_form(doc.barcodes[0], count=1))
    out = io.BytesIO()
    jobs.labels_pdf(vault, [doc.carrier_ids[0], made.carrier_ids[0]], A4_3X8, out)
    text = pdf_text(out.getvalue())[0]
    assert text.count("复制件") == 1
    copy = vault.carrier(made.carrier_ids[0])
    lines = text.splitlines()
    assert any("复制件" in line and copy.title[:6] in line for line in lines)


def test_a_destroyed_carrier_is_labelled_only_on_the_clerks_word_and_says_reprint(vault
                                                                                  ) -> None:
    doc = register(vault)  # 3 copies
    gone = doc.carrier_ids[1]
    m = manifest(vault, [gone])
    complete_manifest(vault, m.id, done(destroyed_on=TODAY))
    before = vault.counts()
    out = io.BytesIO()
    with pytest.raises(RuleViolation) as e:
        jobs.labels_pdf(vault, doc.carrier_ids, A4_3X8, out)
    assert e.value.code == "labels.gone_unconfirmed"
    assert vault.carrier(gone).number in str(e.value.params) and "已销毁" in str(e.value.params)
    assert out.getvalue() == b"" and vault.counts() == before

    job = jobs.labels_pdf(vault, doc.carrier_ids, A4_3X8, out, reprint=True)
    text = pdf_text(out.getvalue())[0]
    assert text.count("补打") == 1 and "补打·已销毁" in text
    assert job.labels == 3 and "补打 1 个" in job.selection_text  # the audit says so too


def test_labels_print_in_numbering_order_whatever_the_selection_order(vault) -> None:
    doc = register(vault)
    out = io.BytesIO()
    job = jobs.labels_pdf(vault, list(reversed(doc.carrier_ids)), A4_3X8, out)
    numbers = [vault.carrier(i).number for i in job.carrier_ids]
    assert numbers == sorted(numbers)
    found = [code for code, *_ in decode(render_pages(out.getvalue(), 200)[0])]
    by_code = {vault.carrier(i).barcode: vault.carrier(i).number for i in doc.carrier_ids}
    # decode() reads top to bottom, left to right: positions 1, 2, 3 of the first row.
    assert [by_code[c] for c in found] == sorted(by_code.values())


def test_the_unit_sets_a_short_name_for_its_labels(vault) -> None:
    long_name = "中国航天科技集团有限公司第五研究院第五〇二研究所办公室"
    vault.conn.execute("UPDATE meta SET value = ? WHERE key = 'unit_name'", (long_name,))
    vault._meta["unit_name"] = long_name  # as a vault created with that name reads it
    doc = register(vault)
    out = io.BytesIO()
    job = jobs.labels_pdf(vault, doc.carrier_ids[:1], TEMPLATES["thermal-50x30"], out)
    assert job.unit_name_cut  # the clerk is told: the label shows only the name's start
    assert long_name not in pdf_text(out.getvalue())[0]

    assert change_unit_rule(vault, LABEL_UNIT_NAME.key, " 五〇二所 ", "保密委员会决定")
    assert rule_value(vault, LABEL_UNIT_NAME) == "五〇二所"
    out = io.BytesIO()
    job = jobs.labels_pdf(vault, doc.carrier_ids[:1], TEMPLATES["thermal-50x30"], out)
    assert not job.unit_name_cut and "五〇二所" in pdf_text(out.getvalue())[0]
    action, detail = last_audit(vault)
    assert (action, json.loads(detail)["new"]) == ("unit_rule_changed", "五〇二所")


def test_a_short_name_that_is_too_long_or_two_lines_is_refused(vault) -> None:
    before = vault.counts()
    for bad in ("某" * 21, "五〇二\n研究所"):
        with pytest.raises(RuleViolation):
            change_unit_rule(vault, LABEL_UNIT_NAME.key, bad, "试试")
    assert vault.counts() == before and rule_value(vault, LABEL_UNIT_NAME) == ""


@pytest.mark.parametrize("start, skip, blank", [
    (1, frozenset(range(1, 25)), True),
    (20, frozenset({20, 21, 22, 23, 24}), True),
    (24, frozenset(), False),
    (1, frozenset(range(1, 24)), False),
])
def test_a_first_sheet_with_every_position_skipped_is_known_before_printing(
        start: int, skip: frozenset[int], blank: bool) -> None:
    assert first_sheet_blank(A4_3X8, start, skip) is blank
    out = io.BytesIO()
    run = render_labels([LabelItem.from_carrier(carrier(1))], A4_3X8, out, unit_name=UNIT,
                        start=start, skip=skip)
    assert run.blank_first_sheet is blank
    assert run.pages == (2 if blank else 1)


def test_a_clerk_defined_stock_flush_with_the_sheet_keeps_the_margin_too() -> None:
    stock = LabelTemplate("整张 2×4", 210, 297, 2, 4, 105, 74.25)
    out = io.BytesIO()
    render_labels([LabelItem.from_carrier(carrier(i)) for i in range(1, 9)], stock, out,
                  unit_name=UNIT)
    ink = _Ink(render_pages(out.getvalue(), 100)[0])
    assert min(ink.left, ink.top, ink.right_blank, ink.bottom_blank) >= 4.0 * 100 / 25.4 - 1
