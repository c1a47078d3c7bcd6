"""Printing sends at most a 600-dpi raster per page (a 1200-dpi printer got 4 MB a page), still
a whole page, and the labels' barcodes still decode from what was printed (issue 12). There is
no printer here: the print dialog picks a PDF "printer" at 1200 dpi, as a real one would say."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from miji_desk.printing.labels import TEMPLATES, LabelItem, render_labels
from miji_desk.ui.printing import preview
from miji_desk.ui.printing.preview import PrintPreviewDialog
from tests.printing.helpers import decode, render_pages


def test_printed_raster_is_600_dpi_whole_page_and_decodes(qtbot, monkeypatch,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "printed.pdf"

    class Printer1200:
        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(1200)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview, "QPrintDialog", Printer1200)
    template = TEMPLATES[next(iter(TEMPLATES))]
    codes = [f"MJ{n:09d}" for n in range(17, 20)]
    pdf = io.BytesIO()
    render_labels([LabelItem(c, "秘密★10年", f"编号 2026-收-0001-00{i}", "测试")
                   for i, c in enumerate(codes, 1)], template, pdf, unit_name="测试单位")
    d = PrintPreviewDialog(pdf.getvalue(), "标签")
    qtbot.addWidget(d)
    d.print_button.click()
    page = pypdf.PdfReader(out).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    widths = [int(xobjects[name].get_object()["/Width"]) for name in xobjects]
    assert len(widths) == 1
    width_in = float(page.mediabox.width) / 72
    assert widths[0] <= 600 * width_in * 1.01  # not 1200 dpi (the sheet is a hair wider)
    assert widths[0] >= 590 * width_in  # the whole page, at 600 dpi
    found = sorted(r[0] for r in decode(render_pages(out)[0]))
    assert found == codes
