"""Fonts: the shipped CJK font is found, registered once, embedded as a subset; mixed text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics

from miji_desk.printing import fonts
from miji_desk.printing.fonts import CJK_FONT, LATIN_FONT, STAR, draw_text, runs, text_width
from miji_desk.printing.output import pdf_canvas
from miji_desk.resources import resource_path

from .helpers import assert_cjk_embedded, embedded_fonts, pdf_text


def test_font_file_is_found_in_resources() -> None:
    path = resource_path(*fonts.CJK_FILE)
    assert path.is_file() and path.stat().st_size > 1_000_000
    assert path.parent.name == "fonts" and path.parent.parent.name == "resources"


def test_registration_is_idempotent() -> None:
    fonts.register_fonts()
    first = pdfmetrics.getFont(CJK_FONT)
    fonts.register_fonts()
    assert pdfmetrics.getFont(CJK_FONT) is first


def test_text_is_split_into_runs_by_the_font_that_has_each_character() -> None:
    assert runs("机密★10年") == [(CJK_FONT, "机密★"), (LATIN_FONT, "10"), (CJK_FONT, "年")]
    assert runs("") == []
    for font, chunk in runs("编号 2026-收-0012-003（Draft v2）…"):
        face = pdfmetrics.getFont(font).face
        assert all(ord(ch) in face.charToGlyph for ch in chunk), (font, chunk)


def test_star_is_one_em_wide_and_measured_like_any_character() -> None:
    assert text_width(STAR, 10) == pytest.approx(10.0)
    assert text_width("机密★10年", 10) == pytest.approx(
        sum(pdfmetrics.stringWidth(chunk, font, 10) for font, chunk in runs("机密★10年")))


def test_pdf_embeds_subset_fonts_and_keeps_the_marking_as_text(tmp_path: Path) -> None:
    tmp_pdf = tmp_path / "out.pdf"
    with pdf_canvas(tmp_pdf, (300, 100), "t") as c:
        draw_text(c, 10, 60, "机密★10年", 14, bold=True)
        draw_text(c, 10, 30, "某某市某某局 Room 101", 10)
    assert_cjk_embedded(tmp_pdf)
    assert {n.split("+", 1)[1] for n in embedded_fonts(tmp_pdf)} == {
        "DroidSansFallback", "BitstreamVeraSans-Roman"}
    text = pdf_text(tmp_pdf)[0]
    assert "机密★10年" in text and "某某市某某局 Room 101" in text
    content = pypdf.PdfReader(tmp_pdf).pages[0].get_contents().get_data()
    assert b"2 Tr" in content and b"0 Tr" in content  # fake bold: fill+stroke, then reset


def test_printing_never_imports_qt() -> None:
    code = ("import sys, miji_desk.printing; "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]")
    subprocess.run([sys.executable, "-c", code], check=True)
