"""The raster sent to a printer is fitted to that printer: a 300-dpi office laser or a 203-dpi
label printer gets its own resolution (never more, never upscaled to 600), a 1200-dpi printer
gets 600; at each of them the labels' barcodes still decode from what was printed (issue 12).
No printer here: the print dialog picks a PDF "printer" that states the resolution."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from miji_desk.printing.labels import TEMPLATES, LabelItem, render_labels
from miji_desk.ui.printing import preview
from miji_desk.ui.printing.preview import PRINT_DPI_MAX, PrintPreviewDialog
from tests.printing.helpers import decode, render_pages


@pytest.mark.parametrize("printer_dpi", [203, 300, 600, 1200])
def test_the_raster_is_fitted_to_the_printer_and_barcodes_decode(
        qtbot, monkeypatch, tmp_path: Path, printer_dpi: int) -> None:
    out = tmp_path / f"printed-{printer_dpi}.pdf"

    class Printer:
        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setResolution(printer_dpi)

        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(preview, "QPrintDialog", Printer)
    codes = [f"MJ{n:09d}" for n in range(41, 45)]
    pdf = io.BytesIO()
    render_labels([LabelItem(c, "机密★20年", f"编号 2026-收-0002-00{i}", "测试")
                   for i, c in enumerate(codes, 1)], TEMPLATES[next(iter(TEMPLATES))], pdf,
                  unit_name="测试单位")
    dialog = PrintPreviewDialog(pdf.getvalue(), "标签")
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    page = pypdf.PdfReader(out).pages[0]
    xobjects = page["/Resources"]["/XObject"]
    [width] = [int(xobjects[name].get_object()["/Width"]) for name in xobjects]
    dpi = width / (float(page.mediabox.width) / 72)
    assert dpi == pytest.approx(min(printer_dpi, PRINT_DPI_MAX), rel=0.02)
    assert sorted(r[0] for r in decode(render_pages(out)[0])) == codes
