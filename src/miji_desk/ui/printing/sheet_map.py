"""A picture of the first label sheet: which positions are used up, skipped, and printed.

The clerk holds a partly used sheet next to the screen and clicks the positions that are damaged
or gone; the start position greys out everything before it. (Promoted from a plain QWidget in
``forms/label_print.ui``.)
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...printing.labels import LabelTemplate

USED = QColor("#bdbdbd")
SKIPPED = QColor("#ffcdd2")
PRINTED = QColor("#bbdefb")
FREE = QColor("#ffffff")


class SheetMap(QWidget):
    """Draws ``template`` scaled into the widget; clicking a position emits ``toggled``."""

    toggled = Signal(int)  # a position (from 1) the clerk clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template: LabelTemplate | None = None
        self.start = 1
        self.skip: frozenset[int] = frozenset()
        self.count = 0  # labels to print
        self.setMinimumSize(QSize(180, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setToolTip(self.tr("点击一个位置，把它标为跳过（已损坏或已用掉）；再点一次取消。"))

    def show_sheet(self, template: LabelTemplate | None, start: int, skip: frozenset[int],
                   count: int) -> None:
        self.template, self.start, self.skip, self.count = template, start, skip, count
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 300)

    # -- geometry ------------------------------------------------------------------------------
    def _scale(self) -> tuple[float, QPointF]:
        """Pixels per mm and the page's top-left corner, the page centred in the widget."""
        t = self.template
        assert t is not None
        margin = 6.0
        scale = min((self.width() - 2 * margin) / t.page_w,
                    (self.height() - 2 * margin) / t.page_h)
        origin = QPointF((self.width() - t.page_w * scale) / 2,
                         (self.height() - t.page_h * scale) / 2)
        return scale, origin

    def cell_rect(self, position: int) -> QRectF:
        t = self.template
        assert t is not None
        scale, origin = self._scale()
        left, top = t.cell_mm(position)
        return QRectF(origin.x() + left * scale, origin.y() + top * scale,
                      t.label_w * scale, t.label_h * scale)

    def position_at(self, point: QPointF) -> int | None:
        if self.template is None:
            return None
        return next((p for p in range(1, self.template.per_sheet + 1)
                     if self.cell_rect(p).contains(point)), None)

    def printed_positions(self) -> list[int]:
        """The positions of the first sheet that get a label, in order."""
        if self.template is None:
            return []
        free = [p for p in range(self.start, self.template.per_sheet + 1) if p not in self.skip]
        return free[:self.count]

    # -- events --------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position())
        if position is not None and event.button() == Qt.MouseButton.LeftButton:
            self.toggled.emit(position)
        super().mousePressEvent(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        t = self.template
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if t is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("（未选择标签纸）"))
            return
        scale, origin = self._scale()
        painter.setPen(QPen(QColor("#757575"), 1))
        painter.setBrush(QColor("#fafafa"))
        painter.drawRect(QRectF(origin.x(), origin.y(), t.page_w * scale, t.page_h * scale))
        printed = {p: i for i, p in enumerate(self.printed_positions(), 1)}
        font = painter.font()
        font.setPixelSize(max(8, min(14, int(min(t.label_w, t.label_h) * scale / 3))))
        painter.setFont(font)
        for position in range(1, t.per_sheet + 1):
            rect = self.cell_rect(position)
            if position < self.start:
                fill, text = USED, ""
            elif position in self.skip:
                fill, text = SKIPPED, "×"
            elif position in printed:
                fill, text = PRINTED, str(printed[position])
            else:
                fill, text = FREE, ""
            painter.setBrush(fill)
            painter.setPen(QPen(QColor("#616161"), 1))
            painter.drawRect(rect)
            if text:
                painter.setPen(QColor("#b71c1c") if text == "×" else QColor("#0d47a1"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
