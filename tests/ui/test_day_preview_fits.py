"""The print preview fits a 1366×768 screen with its buttons on it, and zooms (issue 12)."""

from __future__ import annotations

import io

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView

from miji_desk.printing.labels import TEMPLATES, render_test_page
from miji_desk.ui.printing.preview import PrintPreviewDialog


def _pdf() -> bytes:
    out = io.BytesIO()
    render_test_page(TEMPLATES[next(iter(TEMPLATES))], out)
    return out.getvalue()


def test_preview_fits_the_screen_and_zooms(qtbot, monkeypatch) -> None:
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(type(screen), "availableGeometry", lambda _s: QRect(0, 0, 1366, 728))
    d = PrintPreviewDialog(_pdf(), "测试页")
    qtbot.addWidget(d)
    d.show()
    assert d.height() <= 728 and d.width() <= 1366
    for b in (d.print_button, d.fit_page_button, d.fit_width_button, d.zoom_in_button):
        bottom = b.mapTo(d, b.rect().bottomLeft()).y()
        assert b.isVisible() and bottom <= d.height()
    assert d.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
    d.fit_page_button.click()
    assert d.view.zoomMode() is QPdfView.ZoomMode.FitInView
    d.zoom_in_button.click()
    assert d.view.zoomMode() is QPdfView.ZoomMode.Custom
    bigger = d.view.zoomFactor()
    d.zoom_out_button.click()
    assert d.view.zoomFactor() < bigger
    d.fit_width_button.click()
    assert d.view.zoomMode() is QPdfView.ZoomMode.FitToWidth
