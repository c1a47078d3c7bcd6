"""Helpers for the printing tests: carriers built directly as CarrierView; PDF, image and font
checks. (Imported as ``from .helpers import ...``.)"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image

from miji_desk.core import barcodes
from miji_desk.core.carriers import CarrierKind, CarrierView, Register, Status
from miji_desk.core.levels import CONFIDENTIAL, SECRET, TOP_SECRET
from miji_desk.core.periods import SecrecyPeriod

UNIT = "某某市某某局办公室"
LEVELS = (SECRET, CONFIDENTIAL, TOP_SECRET)
PERIODS = (SecrecyPeriod.years(10), SecrecyPeriod(), SecrecyPeriod.long_term())
TITLES = ("关于做好年度保密自查自评工作的通知", "2026年第一季度涉密载体清查报告",
          "会议纪要（第3次）", "Project Alpha 技术方案 v2.1")


def carrier(i: int, *, title: str | None = None, register: Register = Register.INCOMING,
            kind: CarrierKind = CarrierKind.DOCUMENT, **extra: object) -> CarrierView:
    """The i-th test carrier (i from 1): varied levels, periods and titles, a valid barcode."""
    reg = {Register.INCOMING: "收", Register.OUTGOING: "发", Register.MEDIA: "介"}[register]
    doc, copy = divmod(i - 1, 3)
    return CarrierView(
        id=i, barcode=barcodes.for_carrier(i), number=f"2026-{reg}-{doc + 1:04d}-{copy + 1:03d}",
        copy_no=None if register is Register.MEDIA else copy + 1, kind=kind,
        status=Status.SENT if register is Register.OUTGOING else Status.IN_STORE,
        register=register, level=LEVELS[i % 3], period=PERIODS[i % 3],
        classified_on=dt.date(2026, 1, 5), title=title or TITLES[i % len(TITLES)],
        doc_no=f"某保发〔2026〕{doc + 1}号", producer="某某省保密局", sender="某某市委办公室",
        holder="市发改委" if register is Register.OUTGOING else "", location="机要室1号柜",
        registered_at=dt.datetime(2026, 3, 2, 9, 30) + dt.timedelta(minutes=i),
        document_id=doc + 1, pages=12, copies_total=3,
        extra={"received_at": (dt.datetime(2026, 3, 2, 9, 0) + dt.timedelta(hours=i)).isoformat(),
               **extra},
    )


def pdf_text(pdf: Path | bytes) -> list[str]:
    """The text of each page, as pypdf extracts it."""
    src = pdf if isinstance(pdf, Path) else io.BytesIO(pdf)
    return [page.extract_text() for page in pypdf.PdfReader(src).pages]


def render_pages(pdf: Path | bytes, dpi: float = 300) -> list[Image.Image]:
    """Rasterise every page to a greyscale PIL image, as a printer would see it."""
    src = pdf if isinstance(pdf, Path) else io.BytesIO(pdf)
    doc = pdfium.PdfDocument(src)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in doc]
    finally:
        doc.close()


def embedded_fonts(path: Path) -> dict[str, bool]:
    """BaseFont → has an embedded TrueType program, for every font any page or form uses."""
    found: dict[str, bool] = {}

    def visit(resources: pypdf.generic.DictionaryObject | None) -> None:
        if not resources:
            return
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            desc = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = bool(desc and "/FontFile2" in desc.get_object())
        for ref in (resources.get("/XObject") or {}).values():
            xobj = ref.get_object()
            if xobj.get("/Subtype") == "/Form":
                visit(xobj.get("/Resources"))

    for page in pypdf.PdfReader(path).pages:
        visit(page.get("/Resources"))
    return found


def assert_cjk_embedded(path: Path) -> None:
    """The PDF's font list shows the CJK font embedded as a subset, and nothing unembedded."""
    found = embedded_fonts(path)
    cjk = [name for name in found if name.endswith("+DroidSansFallback")]
    assert cjk, found
    assert all(found.values()), f"fonts not embedded: {found}"
    assert all("+" in name for name in found), f"not subset: {found}"


DPI = 300
PX_PER_MM = DPI / 25.4


def render_shrunk(pdf: Path | bytes, factor: float, dpi: int = DPI) -> list[Image.Image]:
    """Each page as a printer that shrinks it to ``factor`` (about its centre) prints it: the
    driver scales the vector page, then rasterises it onto paper of the same size."""
    full = render_pages(pdf, dpi)
    small = render_pages(pdf, dpi * factor)
    pages = []
    for big, little in zip(full, small, strict=True):
        page = Image.new(big.mode, big.size, 255)
        page.paste(little, ((big.width - little.width) // 2, (big.height - little.height) // 2))
        pages.append(page)
    return pages


def decode(image: Image.Image) -> list[tuple[str, float, float, float, float]]:
    """Every Code128 symbol on the image: (text, left, top, right, bottom) in pixels."""
    found = []
    for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128):
        p = r.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        found.append((r.text, min(xs), min(ys), max(xs), max(ys)))
    return found


def char_boxes(pdf: Path, page_index: int) -> list[tuple[str, float, float, float, float]]:
    """Each visible character on a page with its glyph box (left, bottom, right, top) in pt."""
    doc = pdfium.PdfDocument(pdf)
    try:
        text = doc[page_index].get_textpage()
        out = []
        for i in range(text.count_chars()):
            ch = text.get_text_range(i, 1)
            if ch.strip() and ch != "★":  # the star is a blank glyph with a vector star over it
                out.append((ch, *text.get_charbox(i)))
        return out
    finally:
        doc.close()
