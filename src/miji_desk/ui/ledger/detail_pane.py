"""The detail pane: every field of the selected carrier and its whole history."""

from __future__ import annotations

import json

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.carriers import CarrierView, Register, Status
from ...core.ledger_query import HistoryEntry
from ...core.numbering import format_copy_numbers
from ..widgets.labels import (
    action_text,
    event_field_text,
    event_value_text,
    kind_text,
    register_text,
    status_text,
)
from ..widgets.levels import marking_text
from ..widgets.texts import Texts

_STATUSES = {s.value for s in Status}


def _value(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    return json.dumps(raw, ensure_ascii=False)


HISTORY_ROWS = 6  # the history shows at least this many rows, whatever the screen


class DetailPane(QWidget):
    correctRequested = Signal(int)  # carrier id
    printLabelRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._carrier: CarrierView | None = None
        self._history: list[HistoryEntry] = []
        self.texts = Texts(self)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("detailTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        layout.addWidget(self.title)
        box = self.texts.group(lambda: self.tr("登记信息"))
        self.form = QFormLayout(box)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The fields scroll in their own area, so the history keeps room for its rows on a
        # 768-pixel screen (it showed one or two).
        self.form_area = QScrollArea()
        self.form_area.setObjectName("detailFormArea")
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setWidget(box)
        layout.addWidget(self.form_area, 3)
        buttons = QHBoxLayout()
        self.correct_button = self.texts.button(lambda: self.tr("更正…"))
        self.correct_button.clicked.connect(self._correct)
        self.label_button = self.texts.button(lambda: self.tr("打印标签"))
        self.label_button.clicked.connect(self._label)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.label_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        hist = self.texts.group(lambda: self.tr("全部经历"))
        hl = QVBoxLayout(hist)
        self.history = QTableWidget(0, 5)
        self._history_headers()
        header = self.history.horizontalHeader()
        # The short columns (time, event, clerk, audit no.) take what their text needs, the
        # details the rest: at 1366 px the details were squeezed to one character a line.
        for col in (0, 1, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        hl.addWidget(self.history)
        rows = self.history.verticalHeader().defaultSectionSize()
        self.history.setMinimumHeight(self.history.horizontalHeader().sizeHint().height()
                                      + HISTORY_ROWS * rows + 4)
        layout.addWidget(hist, 4)
        self.show_carrier(None, [])
        self.texts.then(self._history_headers)
        self.texts.then(lambda: self.show_carrier(self._carrier, self._history))

    def _history_headers(self) -> None:
        self.history.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("事项"), self.tr("内容"), self.tr("经办"), self.tr("审计号")])

    @property
    def carrier(self) -> CarrierView | None:
        return self._carrier

    def show_carrier(self, v: CarrierView | None, history: list[HistoryEntry]) -> None:
        self._carrier = v
        self._history = history  # shown again in the other language after a switch
        self._clear()
        self.correct_button.setEnabled(v is not None)
        self.label_button.setEnabled(v is not None)
        if v is None:
            self.title.setText(self.tr("选择台账中的一件载体，或扫描它的条码。"))
            return
        self.title.setText(self.tr("{marking}　{title}").format(
            marking=marking_text(v.marking), title=v.title))
        self._fill_form(self._fields(v))
        self._fill_history(history)

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.history.setRowCount(0)

    def _fields(self, v: CarrierView) -> list[tuple[str, str]]:
        """(label, text) of every field the pane can show, in the register's order."""
        e = v.extra
        return [
            (self.tr("编号"), v.number), (self.tr("条码"), v.barcode),
            (self.tr("份号"), "" if v.copy_no is None else format_copy_numbers([v.copy_no])),
            (self.tr("类型"), kind_text(v.kind)), (self.tr("登记簿"), register_text(v.register)),
            (self.tr("状态"), status_text(v.status) + (self.tr("（冻结）") if v.held else "")),
            (self.tr("持有人/位置"), v.whereabouts),
            (self.tr("密级★期限"), marking_text(v.marking)),
            (self.tr("定密日期"), v.classified_on.isoformat() if v.classified_on
             else (self.tr("未标明；保密期限自登记日期起算（%1）")
                   if v.register is Register.MEDIA
                   else self.tr("未标明；保密期限自收文日期起算（%1）")).replace(
                 "%1", v.period_start.isoformat())),
            (self.tr("解密日期"), v.expiry.isoformat() if v.expiry else self.tr("（无固定日期）")),
            (self.tr("文号"), v.doc_no), (self.tr("产生机关"), v.producer),
            (self.tr("来文/发文机关"), v.sender),
            (self.tr("收件单位"), str(e.get("recipients") or "")),
            (self.tr("发送方式"), str(e.get("channel") or "")),
            (self.tr("送达人"), str(e.get("couriers") or "")),
            (self.tr("收发时间"), str(e.get("received_at") or "")[:16].replace("T", " ")),
            (self.tr("页数"), "" if v.pages is None else str(v.pages)),
            (self.tr("份数"), "" if v.copies_total is None else str(v.copies_total)),
            (self.tr("附件"), str(e.get("attachments") or "")),
            (self.tr("知悉范围"), str(e.get("scope") or "")),
            (self.tr("经办人/责任人"), str(e.get("handled_by") or "")),
            (self.tr("序列号"), str(e.get("serial_no") or "")),
            (self.tr("容量"), str(e.get("capacity") or "")),
            (self.tr("专用用途"), str(e.get("purpose") or "")),
            (self.tr("专用计算机"), str(e.get("dedicated_computer") or "")),
            (self.tr("备注"), str(e.get("notes") or "")),
            (self.tr("登记时间"), v.registered_at.strftime("%Y-%m-%d %H:%M")),
        ]

    def _fill_form(self, rows: list[tuple[str, str]]) -> None:
        for label, text in rows:  # empty fields are left out
            if text:
                value = QLabel(text)
                value.setWordWrap(True)
                value.setTextInteractionFlags(value.textInteractionFlags()
                                              | value.textInteractionFlags().TextSelectableByMouse)
                self.form.addRow(self.tr("{field}：").format(field=label), value)

    def _fill_history(self, history: list[HistoryEntry]) -> None:
        self.history.setRowCount(len(history))
        for i, h in enumerate(reversed(history)):  # newest first
            what = self._history_text(h)
            for col, text in enumerate((h.at[:16].replace("T", " "), action_text(h.action), what,
                                        h.actor, str(h.audit_seq))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(i, col, item)
        self.history.resizeRowsToContents()

    def _history_text(self, h: HistoryEntry) -> str:
        """What happened, in the clerk's words: field names and status values translated."""
        if h.field and h.action == "correct":
            return self.tr("{field}：由“{before}”改为“{after}”；理由：{reason}").format(
                field=event_field_text(h.field), before=event_value_text(h.field, h.before),
                after=event_value_text(h.field, h.after), reason=h.note)
        if h.field:
            change = self.tr("{field}：由“{before}”改为“{after}”").format(
                field=event_field_text(h.field), before=event_value_text(h.field, h.before),
                after=event_value_text(h.field, h.after))
            return " ".join(x for x in (change, h.approval_ref, h.note) if x)
        if h.action == "register" and isinstance(h.after, str) and h.after in _STATUSES:
            return " ".join(x for x in (status_text(Status(h.after)), h.note) if x)
        return " ".join(x for x in (_value(h.after), h.approval_ref, h.note) if x)

    def _correct(self) -> None:
        if self._carrier:
            self.correctRequested.emit(self._carrier.id)

    def _label(self) -> None:
        if self._carrier:
            self.printLabelRequested.emit(self._carrier.id)
