"""Helpers for the printing tests: carriers built directly as CarrierView; PDF, image and font
checks. (Imported as ``from .helpers import ...``.)"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
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


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def render_pages(pdf: Path | bytes, dpi: int = 300) -> list[Image.Image]:
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
