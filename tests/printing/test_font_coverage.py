"""Nothing the clerk typed may vanish from paper: the fallback chain prints every character it
claims, the table of printable characters matches the shipped fonts, rare characters survive
into registers, labels and manifests, and the PDF embeds only subsets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from miji_desk.core.clock import FixedClock
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.printable import FONT_FILES, RANGES, UNICODE_VERSION
from miji_desk.core.registration import register_incoming
from miji_desk.core.text import printable
from miji_desk.printing import REGISTERS, LabelItem, fonts, render_labels, render_register
from miji_desk.printing import TEMPLATES as LABEL_TEMPLATES
from miji_desk.printing.fonts import draw_text
from miji_desk.printing.manifests import manifest_pdf
from miji_desk.printing.output import pdf_canvas
from miji_desk.vault.machine_secret import MachineSecretStore
from tests.factories import NOW, incoming, new_vault
from tests.fakes import InMemoryKeyring

from .helpers import UNIT, carrier, embedded_fonts, pdf_text

DOC_NO = "国科发〔2026〕①号"
SENDER = "𪚥𡃁办公厅"
# One character for each font beyond Latin and CJK, and the examples.
RARE = "①②№℃ⅠⅡ鿏𠀀𪚥𡃁\U00020001\U00030000"
EXCLUDED = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # as scripts/build_fonts.py


def claimed() -> dict[int, int]:
    return {code: font for first, last, font in RANGES for code in range(first, last + 1)}


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_table_is_the_fonts_coverage_first_font_wins() -> None:
    """core/printable.py is exactly what the shipped fonts print: a code point belongs to the
    first font of the chain with a glyph that has an outline (or is a space), ★ to the CJK
    font, which draws it as a vector. Regenerating it is scripts/build_fonts.py's job."""
    assert unicodedata.unidata_version == UNICODE_VERSION
    owner: dict[int, int] = {}
    for index, name in enumerate(fonts.FONTS):
        face = TTFont(f"probe-{index}", str(fonts.font_path(name))).face
        assert Path(fonts.font_path(name)).name == FONT_FILES[index]
        pos = face.glyphPos
        for code, glyph in face.charToGlyph.items():
            cat = unicodedata.category(chr(code))
            if cat in EXCLUDED or glyph == 0:
                continue
            if pos[glyph + 1] > pos[glyph] or cat == "Zs":
                owner.setdefault(code, index)
    owner[ord(fonts.STAR)] = fonts.FONTS.index(fonts.CJK_FONT)
    assert owner == claimed()


def test_the_chain_covers_cjk_extensions_symbols_and_full_width_forms() -> None:
    blocks = {"CJK Unified Ideographs": (0x4E00, 0x9FFF), "Extension A": (0x3400, 0x4DBF),
              "Extension B": (0x20000, 0x2A6DF), "Extension C": (0x2A700, 0x2B73F),
              "Extension D": (0x2B740, 0x2B81F), "Extension E": (0x2B820, 0x2CEAF),
              "Extension F": (0x2CEB0, 0x2EBEF), "CJK Symbols": (0x3000, 0x303F),
              "Full-width forms": (0xFF01, 0xFF60), "Enclosed Alphanumerics": (0x2460, 0x24FF),
              "Enclosed CJK": (0x3200, 0x32FF), "Number Forms": (0x2160, 0x2188)}
    for block, (first, last) in blocks.items():
        missing = [hex(c) for c in range(first, last + 1)
                   if unicodedata.category(chr(c)) != "Cn" and not printable(chr(c))]
        assert not missing, (block, missing[:10])
    ext_g = [c for c in range(0x30000, 0x3134B) if printable(chr(c))]
    assert len(ext_g) > 3000  # BabelStone Han's Extension G; the rest is refused at input
    assert all(printable(ch) for ch in RARE + "★№℃")


def test_every_claimed_code_point_has_a_glyph_in_the_font_the_chain_picks() -> None:
    """The printer's own choice for every claimed code point is the table's font, and that
    font, as registered for printing, has a glyph with an outline for it."""
    names = fonts.FONTS
    for code, index in claimed().items():
        ch = chr(code)
        name = fonts.font_for(ch)
        assert name == names[index], (hex(code), name)
        face = pdfmetrics.getFont(name).face
        glyph = face.charToGlyph.get(code, 0)
        assert glyph, hex(code)
        if code != ord(fonts.STAR) and unicodedata.category(ch) != "Zs":
            assert face.glyphPos[glyph + 1] > face.glyphPos[glyph], hex(code)


@pytest.mark.slow
def test_printing_every_claimed_character_reads_back_whole(tmp_path: Path) -> None:
    """A PDF with every character the chain claims, 200 to a line: the text layer returns each
    of them, including those beyond the BMP (reportlab alone writes no valid ToUnicode there)."""
    codes = [c for c in sorted(claimed()) if unicodedata.category(chr(c)) not in ("Zs", "Mn",
                                                                                  "Me", "Mc")]
    lines = ["".join(map(chr, codes[i:i + 200])) for i in range(0, len(codes), 200)]
    pdf = tmp_path / "all.pdf"
    per_page = 60
    with pdf_canvas(pdf, (2400, 8 * per_page + 20), "every character") as c:
        for n, line in enumerate(lines):
            if n and n % per_page == 0:
                c.showPage()
            draw_text(c, 4, 8 * per_page - 8 * (n % per_page), line, 6)
    out = pdftotext(pdf)
    seen = set(out)
    missing = [hex(c) for c in codes if chr(c) not in seen]
    assert not missing, missing[:20]


def test_a_register_prints_rare_characters_and_enclosed_numbers(tmp_path: Path) -> None:
    """The issue's example: 国科发〔2026〕①号 from 𪚥𡃁办公厅 printed as “国科发〔2026〕 号” and
    “ 办公厅”. Now both come back whole from the register's text layer."""
    rows = [dataclasses.replace(carrier(1, title="关于鿏元素№3实验室℃记录的通知"), doc_no=DOC_NO,
                                sender=SENDER),
            carrier(2, title="第Ⅱ卷 \U00020001\U00030000")]
    pdf = tmp_path / "incoming.pdf"
    render_register(REGISTERS["incoming"], rows, pdf, unit_name=UNIT,
                    register_marking="绝密", filter_text="全部", checkpoint="0000",
                    printed_at=carrier(1).registered_at)
    text = "".join(pdftotext(pdf).split())  # cells wrap: compare without the line breaks
    for value in (DOC_NO, SENDER, "鿏", "№3", "℃", "第Ⅱ卷\U00020001\U00030000"):
        assert value in text, value
    extracted = "".join("".join(pdf_text(pdf)).split())
    assert DOC_NO in extracted and SENDER in extracted
    assert {"MijiHanA-Regular", "MijiHanB-Regular", "MijiHanG-Regular", "DejaVuSans"} <= {
        name.split("+", 1)[1] for name in embedded_fonts(pdf)}


def test_a_label_prints_rare_characters(tmp_path: Path) -> None:
    cv = carrier(1, title=f"{SENDER}来函 {DOC_NO}")
    pdf = tmp_path / "label.pdf"
    render_labels([LabelItem.from_carrier(cv)], LABEL_TEMPLATES["a4-3x8"], pdf, unit_name=UNIT)
    text = "".join(pdftotext(pdf).split())
    assert SENDER in text and DOC_NO in text


def test_a_destruction_manifest_prints_a_supervisors_rare_name(tmp_path: Path) -> None:
    """From a real vault: registered with 𪚥𡃁办公厅 as sender, destroyed under a supervisor
    whose name has an Extension B character; the signed manifest carries both whole."""
    vault, _code = new_vault(tmp_path / "ledger.mjdb", MachineSecretStore(InMemoryKeyring()),
                             clock=FixedClock(NOW))
    try:
        reg = register_incoming(vault, incoming(copy_numbers="1", doc_no=DOC_NO, sender=SENDER))
        m = create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED,
                                                reg.carrier_ids))
        complete_manifest(vault, m.id, CompletionForm(
            "刘院长", "销审〔2026〕4号", NOW.date() - dt.timedelta(days=1),
            ["张建华", "李𪚥强"]))
        pdf = tmp_path / "manifest.pdf"
        manifest_pdf(vault, m.id, pdf)
    finally:
        vault.close()
    text = "".join(pdftotext(pdf).split())
    assert "监销人2：李𪚥强" in text and DOC_NO in text


def test_one_rare_character_embeds_a_small_subset_not_the_font(tmp_path: Path) -> None:
    """A one-page register with one Extension B character (from the 29 MB Miji Han B) stays
    small: the PDF carries a subset of the glyphs used, not the font."""
    ext_b = next(chr(first) for first, _last, font in RANGES if font == 4)
    pdf = tmp_path / "one.pdf"
    row = dataclasses.replace(carrier(1), sender=f"{ext_b}办公厅")
    render_register(REGISTERS["incoming"], [row], pdf,
                    unit_name=UNIT, register_marking="绝密", filter_text="全部",
                    checkpoint="0000", printed_at=carrier(1).registered_at)
    assert f"{ext_b}办公厅" in "".join(pdftotext(pdf).split())
    assert any(name.endswith("+MijiHanB-Regular") for name in embedded_fonts(pdf))
    assert pdf.stat().st_size < 300_000


def test_a_character_no_font_has_prints_as_a_visible_box_and_keeps_its_code(
        tmp_path: Path) -> None:
    """Text stored before input was checked may hold a character no font has: it must not
    vanish; it prints as the replacement box and stays in the text layer."""
    missing = "\U00030041"  # Extension G, not in BabelStone Han
    assert not printable(missing)
    pdf = tmp_path / "old.pdf"
    with pdf_canvas(pdf, (300, 100), "t") as c:
        width = draw_text(c, 10, 50, f"旧{missing}数据", 12)
    assert width > fonts.text_width("旧数据", 12) + 6  # the box takes room on paper
    assert f"旧{missing}数据" in pdf_text(pdf)[0]
    assert fonts.font_for(missing) == fonts.SYMBOL_FONT


def test_ordinary_text_never_loads_the_big_fallback_fonts() -> None:
    """Only a character that needs them loads the extension fonts (checked in a fresh
    process, as the app starts)."""
    code = (
        "from pathlib import Path; import tempfile\n"
        "from miji_desk.printing import fonts\n"
        "from miji_desk.printing.fonts import draw_text\n"
        "from miji_desk.printing.output import pdf_canvas\n"
        "d = Path(tempfile.mkdtemp())\n"
        "with pdf_canvas(d / 'a.pdf', (300, 100), 't') as c:\n"
        "    draw_text(c, 10, 50, '机密★10年 收文登记簿（2026）', 12)\n"
        "assert 'MijiHanB' not in fonts._loaded, fonts._loaded\n"
        "with pdf_canvas(d / 'b.pdf', (300, 100), 't') as c:\n"
        "    draw_text(c, 10, 50, '\\U00020001', 12)\n"
        "assert 'MijiHanB' in fonts._loaded and 'MijiHanG' not in fonts._loaded\n")
    subprocess.run([sys.executable, "-c", code], check=True)
