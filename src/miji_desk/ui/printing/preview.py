"""Print preview and printing of the PDFs the printing engine makes.

The dialog shows that very PDF (QtPdf), prints it page by page at the printer's resolution with
the page size and orientation the document has, and saves it as a file. No external viewer and
no installed font is needed: the PDF embeds its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSize,
    QSizeF,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import MijiError
from ...core.output_file import OutputFile
from ..widgets.levels import level_text
from ..widgets.message_bar import MessageBar
from .destination import refusal

# (what happened, pages) → the caller's audit: "print" or "export"; False when it could not be
# recorded (a saved file is then not put in place).
Audit = Callable[[str, int], bool | None]
# A level's name → the same document under that marking; None when it could not be made (the
# caller has said why).
Remark = Callable[[str], bytes | None]


PRINT_DPI_MAX = 600  # the raster sent to a printer, at most

# The documents' own titles (printed in Chinese, as the rules require) as the window shows them.
DOCUMENT_TITLES = (
    QT_TRANSLATE_NOOP("DocumentTitles", "收文登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "发文登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密介质登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "复制登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "传阅登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "借阅登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密载体持有清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "案卷目录"),
    QT_TRANSLATE_NOOP("DocumentTitles", "卷内目录"),
    QT_TRANSLATE_NOOP("DocumentTitles", "清退清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密载体移交清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "移交清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "密级变更登记簿"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密载体丢失报告"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密载体销毁清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "销毁清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "传阅单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "保密期限到期审核清单"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密载体管理情况报告"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密载体清查报告"),
    QT_TRANSLATE_NOOP("DocumentTitles", "涉密人员名册"),
    QT_TRANSLATE_NOOP("DocumentTitles", "脱密期管理台账"),
    QT_TRANSLATE_NOOP("DocumentTitles", "保密教育培训记录"),
    QT_TRANSLATE_NOOP("DocumentTitles", "保密承诺书"),
)


def document_title(title: str) -> str:
    """A document's title in the window's language; a number after it (清单 2026-移-0002) stays."""
    head, space, rest = title.partition(" ")
    if head in DOCUMENT_TITLES:
        return QCoreApplication.translate("DocumentTitles", head) + space + rest
    return title


class PrintPreviewDialog(QDialog):
    def __init__(self, pdf: bytes, title: str, parent: QWidget | None = None, *,
                 suggested_name: str = "document.pdf", on_done: Audit | None = None,
                 printer_name: str = "", allow_save: bool = True,
                 markings: Sequence[str] = (), marking: str = "",
                 remark: Remark | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=document_title(title)))
        self._fit_screen(parent)
        self._pdf = pdf
        self._name = suggested_name
        self._on_done = on_done
        self._printer_name = printer_name  # labels: the printer their calibration is for
        self._allow_save = allow_save
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr("共 {n} 页").format(n=self.document.pageCount()))
        zoom = QHBoxLayout()
        zoom.addWidget(self.info, 1)
        self.zoom_out_button = QPushButton(self.tr("缩小(&-)"))
        self.zoom_in_button = QPushButton(self.tr("放大(&+)"))
        self.fit_page_button = QPushButton(self.tr("整页(&F)"))
        self.fit_width_button = QPushButton(self.tr("适合宽度(&W)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / 1.25))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1.25))
        self.fit_page_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.fit_width_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_page_button,
                  self.fit_width_button):
            b.setAutoDefault(False)
            zoom.addWidget(b)
        layout.addLayout(zoom)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        # The document's marking: only levels not lower than the highest it lists are offered.
        self.marking_box = QComboBox(self)
        self.marking_box.setObjectName("markingBox")
        for name in markings:  # shown in the window's language; the level's name is the data
            self.marking_box.addItem(level_text(name), name)
        self.marking_box.setCurrentIndex(max(0, self.marking_box.findData(marking)))
        self._marking = marking
        self._remark = remark
        if markings and remark is not None:
            label = QLabel(self.tr("标志密级"))
            label.setBuddy(self.marking_box)
            buttons.addWidget(label)
            buttons.addWidget(self.marking_box)
            self.marking_box.currentIndexChanged.connect(
                lambda i: self._marking_chosen(str(self.marking_box.itemData(i) or "")))
        else:
            self.marking_box.hide()
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        close.clicked.connect(self.reject)
        buttons.addStretch(1)
        for b in (self.print_button, self.save_button, close):
            buttons.addWidget(b)
        self.save_button.setVisible(allow_save)  # a recovery code must never reach a disk
        layout.addLayout(buttons)
        self.print_button.setDefault(True)
        if (refused := refusal()) is not None:  # decided before Qt's printing is touched
            self.print_button.setEnabled(False)
            self.print_button.setToolTip(refused)
            self.info.setText(refused)
            self.info.setWordWrap(True)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """Never taller or wider than the screen it opens on (1366×768 included): the buttons
        stay on screen; the page is fitted to the width and can be zoomed."""
        screen = parent.screen() if parent is not None else None
        screen = screen or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(900, 700)
            return
        room = screen.availableGeometry()
        self.resize(min(900, int(room.width() * 0.9)), min(1000, int(room.height() * 0.9)))

    def zoom_by(self, factor: float) -> None:
        """Zoom from what is shown now (a fitted page too), between 10% and 800%."""
        current = self.view.zoomFactor()
        if self.view.zoomMode() is not QPdfView.ZoomMode.Custom:
            current = self._fitted_factor()
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.1, min(8.0, current * factor)))

    def _fitted_factor(self) -> float:
        if not self.page_count:
            return 1.0
        page = self.document.pagePointSize(0)
        width_px = page.width() / 72 * self.logicalDpiX()
        return max(0.1, (self.view.viewport().width() - 20) / width_px) if width_px else 1.0

    @property
    def marking(self) -> str:
        """The marking of the document shown."""
        return self._marking

    def _marking_chosen(self, name: str) -> None:
        if not name or name == self._marking or self._remark is None:
            return
        pdf = self._remark(name)
        if pdf is None:  # refused (and said why): the document shown stays as it was
            self.marking_box.blockSignals(True)
            self.marking_box.setCurrentIndex(self.marking_box.findData(self._marking))
            self.marking_box.blockSignals(False)
            return
        self._marking = name
        self._pdf = pdf
        self.document.close()
        self._buffer.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.info.setText(self.tr("共 {n} 页").format(n=self.document.pageCount()))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def page_layout(self) -> QPageLayout:
        """The document's own first page size and orientation."""
        size = self.document.pagePointSize(0) if self.page_count else QSizeF(595, 842)
        orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                       else QPageLayout.Orientation.Portrait)
        portrait = QSizeF(min(size.width(), size.height()), max(size.width(), size.height()))
        page = QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        return QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0))

    def print_document(self) -> None:
        if refusal() is not None:  # the settings may have changed since the dialog opened
            self.print_button.setEnabled(False)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(self.page_layout())
        printer.setFullPage(True)
        if self._printer_name:
            printer.setPrinterName(self._printer_name)
        dialog = QPrintDialog(printer, self)
        if not self._allow_save:  # paper only: do not offer a file
            dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if not self._allow_save and printer.outputFileName() and \
                not self._confirm_file(printer.outputFileName()):
            return
        self.render_to(printer)
        if self._on_done:
            self._on_done("print", self.page_count)

    def _confirm_file(self, path: str) -> bool:
        """A paper-only document (the recovery code) about to go into a file: Qt's print dialog
        chooses "print to file" by itself when there is no printer. Only an explicit Yes to a
        plain warning writes it; the default answer writes nothing."""
        answer = QMessageBox.warning(
            self, self.tr("不是打印到纸上"),
            self.tr("没有选择打印机：这份文件将被写入磁盘文件\n{path}\n而不是打印在纸上。\n\n"
                    "恢复码写入文件后，任何拿到该文件的人都能打开台账。"
                    "恢复码只应打印在纸上并放进保密柜。\n\n确实要写入文件吗？").format(path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def render_to(self, printer: QPrinter) -> int:
        """Paint every page of the PDF at the printer's resolution; returns pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("无法打印"),
                                self.tr("打印机没有响应，请检查后重试。"))
            return 0
        try:
            device = printer.resolution()
            # A page rendered at 1200 dpi is a 4 MB raster and seconds per page; 600 dpi is
            # what a laser printer prints and keeps barcodes sharp. Drawn to the full page.
            dpi = min(device, PRINT_DPI_MAX)
            for i in range(self.page_count):
                if i:
                    printer.newPage()
                pts = self.document.pagePointSize(i)
                size = QSize(round(pts.width() / 72 * dpi), round(pts.height() / 72 * dpi))
                image = self.document.render(i, size)
                painter.drawImage(QRectF(0, 0, pts.width() / 72 * device,
                                         pts.height() / 72 * device), image)
        finally:
            painter.end()
        return self.page_count

    def save_as(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), self._name,
                                              self.tr("PDF 文件 (*.pdf)"))
        if not name:
            return None
        return self.save_to(Path(name))

    def save_to(self, path: Path) -> Path | None:
        """Save the previewed PDF: refused over one of the app's own files (the open vault, its
        keys, a backup); written under a temporary name, audited, then renamed into place, so
        a save the audit log cannot record leaves no file and changes no existing one."""
        if not self._allow_save:
            return None
        try:
            with OutputFile(path) as output:
                output.write(self._pdf)
                if self._on_done and self._on_done("export", self.page_count) is False:
                    return None  # not recorded (the caller said why): the new file goes
                output.commit()
        except MijiError as e:
            QMessageBox.warning(self, self.tr("无法保存"), e.message)
            return None
        self.info.setText(self.tr("已保存为 {path}。此文件属于涉密载体：仅本人可读写，"
                                  "须按其密级登记、保管，不得拷入非涉密设备。").format(path=path))
        self._confirm_saved(path)
        return path

    def _confirm_saved(self, path: Path) -> None:
        """The window's message bar names the file, so the clerk sees it after the preview."""
        owner = self.parentWidget()
        while owner is not None and not isinstance(getattr(owner, "notice", None), MessageBar):
            owner = owner.parentWidget()
        if owner is not None:
            bar: MessageBar = getattr(owner, "notice")  # noqa: B009 - found by its attribute
            bar.done(self.tr("已保存 PDF：{path}（涉密载体，须登记、保管）").format(path=path))


def preview_pdf(pdf: bytes, title: str, parent: QWidget | None = None, *,
                suggested_name: str = "document.pdf", on_done: Audit | None = None,
                printer_name: str = "", allow_save: bool = True) -> None:
    PrintPreviewDialog(pdf, title, parent, suggested_name=suggested_name, on_done=on_done,
                       printer_name=printer_name, allow_save=allow_save).exec()
