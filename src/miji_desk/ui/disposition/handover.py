"""Handover (移交) and change of level or period (定密变更/解密) on screen.

- 移交 tab: handover lists (open, completed, cancelled) and the lines of the selected one, with
  live totals. An open list is built by scanning carriers (each refusal of the core shows here
  and nothing is added) or from the ledger's selection; lines are removed with a reason;
  completion records the approval, the 监交人 and the date; the 移交清单 prints and reprints. A
  completed or cancelled list is read-only here as in the core.
- 处置 ▸ 定密变更…: on the ledger's selection (one carrier or several), the authority's decision:
  change the level, change the period, or declassify. Afterwards new labels are offered for the
  carriers still here (the label dialog of the printing feature).

A feature of its own (``install``), beside ``pages.Disposal``: it shares its dialog host (scans
go to the open dialog), its refresh, and the 处置 menu. The dialogs are built in code: each
calls its workflow itself, so a refusal shows at the field the core names.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.carriers import CarrierView
from ...core.destruction import Totals
from ...core.handover import (
    Handover,
    HandoverCompletion,
    HandoverForm,
    HandoverView,
    Receiver,
    add_to_handover,
    cancel_handover,
    complete_handover,
    open_handover,
    remove_from_handover,
)
from ...core.level_changes import Decision, LevelChanged, LevelChangeForm, change_level
from ...core.levels import DECLASSIFIED
from ...core.periods import PeriodKind, SecrecyPeriod
from ...printing.handover import handover_pdf
from ...vault.vault import Vault
from ..printing.actions import rendered
from ..runner import accept_with
from ..widgets.inline_errors import InlineErrors
from ..widgets.levels import level_text
from ..widgets.rows_model import RowsModel
from ..widgets.scan_field import scan_field
from ..widgets.table import select_row, table
from .dialogs import carriers_text, pydate, qdate, totals_text
from .models import CANCELLED_FG, DONE_FG, OPEN_BG, ManifestLineModel
from .pages import (
    INFO_STYLE,
    READ_ONLY_STYLE,
    Disposal,
    ListWords,
    ScannedListPage,
    button,
    message_label,
)

if TYPE_CHECKING:
    from ..shell.controller import AppController
    from ..shell.main_window import MainWindow


def receiver_text(kind: Receiver) -> str:
    if kind is Receiver.ARCHIVE:
        return QCoreApplication.translate("Handover", "档案部门")
    return QCoreApplication.translate("Handover", "其他单位")


def handover_state_text(h: HandoverView) -> str:
    if h.completed_at:
        return QCoreApplication.translate("Handover", "已移交")
    if h.cancelled_at:
        return QCoreApplication.translate("Handover", "已作废")
    return QCoreApplication.translate("Handover", "待移交")


def decision_text(d: Decision) -> str:
    if d is Decision.LEVEL:
        return QCoreApplication.translate("Handover", "变更密级")
    if d is Decision.PERIOD:
        return QCoreApplication.translate("Handover", "变更保密期限")
    return QCoreApplication.translate("Handover", "解密（纳入非密管理）")


class HandoverModel(RowsModel):
    """Handover lists: open ones marked, completed and cancelled ones greyed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[int, int] = {}

    def set_lists(self, lists: Sequence[HandoverView], counts: dict[int, int]) -> None:
        self._counts = dict(counts)
        self.set_rows(lists)

    def clear(self) -> None:
        self._counts = {}
        super().clear()

    def list_at(self, row: int) -> HandoverView | None:
        h = self.row_at(row)
        return h if isinstance(h, HandoverView) else None

    def row_of(self, handover_id: int) -> int:
        for i, h in enumerate(self.rows()):
            if isinstance(h, HandoverView) and h.id == handover_id:
                return i
        return -1

    def headers(self) -> tuple[str, ...]:
        return (self.tr("移交单号"), self.tr("状态"), self.tr("接收单位"), self.tr("接收人"),
                self.tr("建单日期"), self.tr("件数"), self.tr("批准人"), self.tr("移交日期"))

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, HandoverView)
        return (row.number, handover_state_text(row),
                f"{row.receiver_unit}（{receiver_text(row.receiver_kind)}）",
                row.receiver_person, row.created_at.strftime("%Y-%m-%d"),
                str(self._counts.get(row.id, 0)), row.approver,
                row.handed_on.isoformat() if row.handed_on else "")

    def style(self, row: object, column: int, role: int) -> object:
        assert isinstance(row, HandoverView)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.cancelled_at is not None:
                return QBrush(CANCELLED_FG)
            if row.completed_at is not None:
                return QBrush(DONE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and row.is_open and column == 1:
            return QBrush(OPEN_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# -- dialogs ------------------------------------------------------------------------------------

class _FormDialog(QDialog):
    """A dialog of labelled fields, an error line and OK/Cancel; ``self.ui`` names the fields
    as the core names them, so a refusal shows at its field."""

    def __init__(self, title: str, ok: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.ui = SimpleNamespace()
        layout = QVBoxLayout(self)
        self.form_layout = QFormLayout()
        layout.addLayout(self.form_layout)
        self.ui.messageLabel = QLabel()
        self.ui.messageLabel.setObjectName("messageLabel")
        self.ui.messageLabel.setWordWrap(True)
        self.ui.messageLabel.setStyleSheet("QLabel { color: #b71c1c; }")
        layout.addWidget(self.ui.messageLabel)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ui.okButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.okButton.setText(ok)
        self.ui.cancelButton = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ui.cancelButton.setText(self.tr("取消"))
        self.ui.okButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def field(self, name: str, caption: str, widget: QWidget) -> QWidget:
        widget.setObjectName(name)
        setattr(self.ui, name, widget)
        self.form_layout.addRow(caption, widget)
        return widget

    def line(self, name: str, caption: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.field(name, caption, edit)
        return edit

    def date(self, name: str, caption: str, vault: Vault) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        today = qdate(vault.clock.now().date())
        edit.setMaximumDate(today)
        edit.setDate(today)
        self.field(name, caption, edit)
        return edit

    def save(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class HandoverDialog(_FormDialog):
    """新建移交清单: the receiving unit and person, the basis; carriers now or by scan later."""

    def __init__(self, vault: Vault, carriers: Sequence[CarrierView] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Handover", "新建移交清单"),
                         QCoreApplication.translate("Handover", "建立(&O)"), parent)
        self.vault = vault
        self.carriers = list(carriers)
        self.result_list: Handover | None = None
        kind = QComboBox()
        for k in Receiver:
            kind.addItem(receiver_text(k), k.value)
        self.field("receiver_kind", self.tr("移交给："), kind)
        self.line("receiver_unit", self.tr("接收单位(&U)："), self.tr("例如：市档案馆"))
        self.line("receiver_person", self.tr("接收人(&P)："), self.tr("接收单位的经手人"))
        self.line("basis", self.tr("移交依据："), self.tr("例如：移交通知文号（可不填）"))
        self.line("note", self.tr("备注："))
        listed = QLabel(carriers_text(self.carriers, lambda n: self.tr("……共 {n} 件").format(n=n))
                        if self.carriers else self.tr("建立后扫描载体条码，或从台账选中后加入。"))
        listed.setWordWrap(True)
        self.field("carriers", self.tr("载体："), listed)
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.ui.receiver_unit.setFocus()

    def form(self) -> HandoverForm:
        u = self.ui
        return HandoverForm(receiver_unit=u.receiver_unit.text(),
                            receiver_person=u.receiver_person.text(),
                            receiver_kind=u.receiver_kind.currentData(), basis=u.basis.text(),
                            note=u.note.text(), carriers=[cv.id for cv in self.carriers])

    def save(self) -> None:
        accept_with(self, self.errors, lambda: open_handover(self.vault, self.form()),
                    "result_list")


class HandoverCompleteDialog(_FormDialog):
    """完成移交: the leader's approval, the 监交人 and the date; never the clerk."""

    def __init__(self, vault: Vault, lst: HandoverView, totals: Totals,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Handover", "完成移交"),
                         QCoreApplication.translate("Handover", "完成移交(&O)"), parent)
        self.vault = vault
        self.handover = lst
        self.result_totals: Totals | None = None
        summary = QLabel(self.tr("{number}：移交{unit}，接收人{person}；{totals}").format(
            number=lst.number, unit=lst.receiver_unit, person=lst.receiver_person,
            totals=totals_text(totals, vault.levels)))
        summary.setWordWrap(True)
        self.field("handover", self.tr("移交清单："), summary)
        self.line("approver", self.tr("批准人(&A)："), self.tr("主管领导"))
        self.line("approval_ref", self.tr("批准文号(&R)："))
        self.date("approved_on", self.tr("批准日期："), vault)
        self.line("supervisor", self.tr("监交人："), self.tr("可不填；不能是机要员本人"))
        self.date("handed_on", self.tr("移交日期："), vault)
        hint = QLabel(self.tr("批准人和监交人不能是机要员本人（{clerk}）。完成后，清单上的 {n} 件"
                              "载体全部标记为已移交，仍保留在台账中；清单从此不能改动，只能重新打印。")
                      .format(clerk=vault.actor, n=totals.copies))
        hint.setWordWrap(True)
        self.extra.addWidget(hint)
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.ui.approver.setFocus()

    def form(self) -> HandoverCompletion:
        u = self.ui
        return HandoverCompletion(approver=u.approver.text(), approval_ref=u.approval_ref.text(),
                                  approved_on=pydate(u.approved_on),
                                  supervisor=u.supervisor.text(),
                                  handed_on=pydate(u.handed_on))

    def save(self) -> None:
        accept_with(self, self.errors,
                    lambda: complete_handover(self.vault, self.handover.id, self.form()),
                    "result_totals")


_PERIODS = (PeriodKind.YEARS, PeriodKind.MONTHS, PeriodKind.LONG_TERM, PeriodKind.UNTIL,
            PeriodKind.CONDITION, PeriodKind.UNMARKED)


def _period_text(kind: PeriodKind) -> str:
    texts = {
        PeriodKind.YEARS: QCoreApplication.translate("Handover", "年"),
        PeriodKind.MONTHS: QCoreApplication.translate("Handover", "个月"),
        PeriodKind.LONG_TERM: QCoreApplication.translate("Handover", "长期"),
        PeriodKind.UNTIL: QCoreApplication.translate("Handover", "截至日期"),
        PeriodKind.CONDITION: QCoreApplication.translate("Handover", "解密条件"),
        PeriodKind.UNMARKED: QCoreApplication.translate("Handover", "未标注（按法定最长期限）"),
    }
    return texts[kind]


class LevelChangeDialog(_FormDialog):
    """定密变更: the authority's decision for the selected carriers' registrations."""

    def __init__(self, vault: Vault, carriers: Sequence[CarrierView],
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Handover", "定密变更"),
                         QCoreApplication.translate("Handover", "登记变更(&O)"), parent)
        self.vault = vault
        self.carriers = list(carriers)
        self.result_change: LevelChanged | None = None
        listed = QLabel(carriers_text(self.carriers, lambda n: self.tr("……共 {n} 件").format(
            n=n)))
        listed.setWordWrap(True)
        self.field("carriers", self.tr("载体："), listed)
        scope = QLabel(self.tr("变更针对文件本身：同一登记的各份及在本单位复制的件一并变更。"))
        scope.setWordWrap(True)
        self.form_layout.addRow("", scope)
        decision = QComboBox()
        for d in Decision:
            decision.addItem(decision_text(d), d.value)
        self.field("decision", self.tr("变更事项(&D)："), decision)
        level = QComboBox()
        level.addItem(self.tr("（请选择）"), "")
        for lv in vault.levels:
            if lv.code != DECLASSIFIED.code:
                level.addItem(level_text(lv.name), lv.code)
        self.field("new_level", self.tr("新的密级(&L)："), level)
        period_row = QWidget()
        row = QHBoxLayout(period_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.ui.period_amount = QSpinBox()
        self.ui.period_amount.setRange(1, 1200)
        self.ui.period_amount.setValue(10)
        self.ui.period_kind = QComboBox()
        for k in _PERIODS:
            self.ui.period_kind.addItem(_period_text(k), k.value)
        self.ui.period_until = QDateEdit()
        self.ui.period_until.setCalendarPopup(True)
        self.ui.period_until.setDisplayFormat("yyyy-MM-dd")
        self.ui.period_until.setDate(qdate(vault.clock.now().date()).addYears(5))
        self.ui.period_condition = QLineEdit()
        for w in (self.ui.period_amount, self.ui.period_kind, self.ui.period_until,
                  self.ui.period_condition):
            row.addWidget(w)
        self.keep_period = QCheckBox(self.tr("保密期限不变"))
        self.keep_period.setChecked(True)
        row.addWidget(self.keep_period)
        self.field("new_period", self.tr("新的保密期限(&P)："), period_row)
        self.line("authority", self.tr("变更机关(&A)："), self.tr("作出变更或解密决定的定密机关"))
        self.line("reference", self.tr("变更文号(&R)："))
        self.date("decided_on", self.tr("变更日期："), vault)
        self.line("note", self.tr("备注："))
        self.labels = QCheckBox(self.tr("变更后为仍在本单位的载体打印新标签"))
        self.labels.setChecked(True)
        self.extra.addWidget(self.labels)
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel,
                                   aliases={"period": "new_period", "level": "new_level"})
        decision.currentIndexChanged.connect(lambda _i: self._widgets())
        self.ui.period_kind.currentIndexChanged.connect(lambda _i: self._widgets())
        self.keep_period.toggled.connect(lambda _on: self._widgets())
        self._widgets()
        self.ui.authority.setFocus()

    def decision(self) -> Decision:
        return Decision(self.ui.decision.currentData())

    def _widgets(self) -> None:
        d = self.decision()
        self.ui.new_level.setEnabled(d is Decision.LEVEL)
        self.keep_period.setVisible(d is Decision.LEVEL)
        changing = d is Decision.PERIOD or (d is Decision.LEVEL
                                            and not self.keep_period.isChecked())
        kind = PeriodKind(self.ui.period_kind.currentData())
        self.ui.period_kind.setEnabled(changing)
        self.ui.period_amount.setVisible(kind in (PeriodKind.YEARS, PeriodKind.MONTHS))
        self.ui.period_amount.setEnabled(changing)
        self.ui.period_until.setVisible(kind is PeriodKind.UNTIL)
        self.ui.period_until.setEnabled(changing)
        self.ui.period_condition.setVisible(kind is PeriodKind.CONDITION)
        self.ui.period_condition.setEnabled(changing)
        self.ui.new_period.setEnabled(d is not Decision.DECLASSIFY)

    def period(self) -> SecrecyPeriod | None:
        d = self.decision()
        if d is Decision.DECLASSIFY or (d is Decision.LEVEL and self.keep_period.isChecked()):
            return None
        u = self.ui
        match PeriodKind(u.period_kind.currentData()):
            case PeriodKind.YEARS:
                return SecrecyPeriod.years(u.period_amount.value())
            case PeriodKind.MONTHS:
                return SecrecyPeriod.months(u.period_amount.value())
            case PeriodKind.LONG_TERM:
                return SecrecyPeriod.long_term()
            case PeriodKind.UNTIL:
                return SecrecyPeriod.until_date(pydate(u.period_until))
            case PeriodKind.CONDITION:
                return SecrecyPeriod.until_condition(u.period_condition.text())
            case _:
                return SecrecyPeriod(PeriodKind.UNMARKED)

    def form(self) -> LevelChangeForm:
        u = self.ui
        return LevelChangeForm(
            carriers=[cv.id for cv in self.carriers], decision=self.decision(),
            authority=u.authority.text(), reference=u.reference.text(),
            decided_on=pydate(u.decided_on),
            new_level=u.new_level.currentData() if self.decision() is Decision.LEVEL else "",
            new_period=self.period(), note=u.note.text())

    def print_labels(self) -> bool:
        return self.labels.isChecked()

    def save(self) -> None:
        accept_with(self, self.errors, lambda: change_level(self.vault, self.form()),
                    "result_change")


# -- the 移交 tab -------------------------------------------------------------------------------

class HandoverPage(ScannedListPage[HandoverView]):
    SHOW_ALL, SHOW_OPEN, SHOW_DONE, SHOW_CANCELLED = range(4)

    def __init__(self, feature: Disposal, handover: HandoverFeature,
                 parent: QWidget | None = None) -> None:
        super().__init__(feature, parent)
        self.handover = handover
        self.list_model = HandoverModel(self)
        self.line_model = ManifestLineModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.new_button = button(self.texts, lambda: self.tr("新建移交清单…"), self.new_list, bar)
        self.print_button = button(self.texts, lambda: self.tr("打印移交清单…"),
                                   self.print_list, bar)
        self.complete_button = button(self.texts, lambda: self.tr("完成移交…"), self.complete,
                                      bar)
        self.cancel_button = button(self.texts, lambda: self.tr("作废清单…"), self.cancel, bar)
        self.refresh_button = button(self.texts, lambda: self.tr("刷新"), self.refresh, bar)
        bar.addStretch(1)
        bar.addWidget(self.texts.label(lambda: self.tr("显示：")))
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("handoverFilter")
        for text in (lambda: self.tr("全部清单"), lambda: self.tr("待移交"),
                     lambda: self.tr("已移交"), lambda: self.tr("已作废")):
            self.texts.item(self.show_filter, text)
        self.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.show_filter)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list_table = table(self.list_model, (120, 80, 220, 100, 100, 50, 100, 100))
        self.list_table.setObjectName("handoverTable")
        self.list_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._show_list())
        split.addWidget(self.list_table)
        detail = self.texts.group(lambda: self.tr("清单明细"))
        self.detail_group = detail
        dv = QVBoxLayout(detail)
        self.state = message_label("handoverState")
        dv.addWidget(self.state)
        scan = QHBoxLayout()
        caption, self.scan_box = scan_field(self.texts, "handoverScanBox", lambda: self.tr(
            "扫描要移交的载体条码，逐件加入本清单；也可输入后按回车"), scale=1.2)
        self.scan_box.returnPressed.connect(self._typed)
        scan.addWidget(caption)
        scan.addWidget(self.scan_box, 1)
        self.add_button = button(self.texts, lambda: self.tr("加入台账中选中的载体"),
                                 self.add_selection, scan)
        self.remove_button = button(self.texts, lambda: self.tr("移出选中的行…"),
                                    self.remove_lines, scan)
        dv.addLayout(scan)
        dv.addWidget(self.message)
        self.totals = QLabel()
        self.totals.setObjectName("handoverTotals")
        self.totals.setStyleSheet("QLabel { font-weight: bold; padding: 2px; }")
        dv.addWidget(self.totals)
        self.line_table = table(self.line_model, (50, 170, 170, 360, 110, 64, 50, 70), multi=True)
        self.line_table.setObjectName("handoverLineTable")
        dv.addWidget(self.line_table, 1)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.forget()

    def forget(self) -> None:
        self.list_model.clear()
        self.line_model.clear()
        self.scan_box.clear()
        self.totals.clear()
        self.state.clear()
        self.state.setVisible(False)
        self.detail_group.setTitle(self.tr("清单明细"))
        self._enable(None)

    def current_list(self) -> HandoverView | None:
        index = self.list_table.currentIndex()
        return self.list_model.list_at(index.row()) if index.isValid() else None

    def refresh(self) -> None:
        if self.vault is None:
            return
        self.stale = False
        keep = self.current_list()
        d = self.vault.handover
        which = self.show_filter.currentIndex()
        found = [h for h in d.iter_handovers()
                 if not ((which == self.SHOW_OPEN and not h.is_open)
                         or (which == self.SHOW_DONE and h.completed_at is None)
                         or (which == self.SHOW_CANCELLED and h.cancelled_at is None))]
        found.sort(key=lambda h: (not h.is_open, -h.id))  # open ones first, newest first
        counts = {h.id: (h.totals.copies if h.totals is not None
                         else len(d.handover_lines(h.id))) for h in found}
        self.list_model.set_lists(found, counts)
        row = self.list_model.row_of(keep.id) if keep is not None else -1
        if row < 0 and found and found[0].is_open:
            row = 0
        select_row(self.list_table, row)
        self._show_list()

    def select_list(self, handover_id: int) -> None:
        self.fresh()
        row = self.list_model.row_of(handover_id)
        if row < 0 and self.show_filter.currentIndex() != self.SHOW_ALL:
            self.show_filter.setCurrentIndex(self.SHOW_ALL)
            row = self.list_model.row_of(handover_id)
        select_row(self.list_table, row)
        self._show_list()

    def _enable(self, h: HandoverView | None) -> None:
        editable = h is not None and h.is_open and self.vault is not None
        for w in (self.scan_box, self.add_button, self.remove_button, self.complete_button,
                  self.cancel_button):
            w.setEnabled(editable)
        self.print_button.setEnabled(h is not None and h.cancelled_at is None)
        self.print_button.setText(self.tr("重新打印移交清单…") if h is not None
                                  and h.completed_at is not None else self.tr("打印移交清单…"))

    def _show_list(self) -> None:
        h = self.current_list()
        self._enable(h)
        if h is None or self.vault is None:
            self.line_model.clear()
            self.totals.clear()
            self.state.clear()
            self.state.setVisible(False)
            self.detail_group.setTitle(self.tr("清单明细"))
            return
        d = self.vault.handover
        self.detail_group.setTitle(self.tr("清单明细：{number}（{state}）").format(
            number=h.number, state=handover_state_text(h)))
        self.line_model.set_rows(d.handover_lines(h.id))
        totals = h.totals if h.totals is not None else d.handover_totals(h.id)
        self.totals.setText(self.tr("合计：") + totals_text(totals, self.vault.levels))
        if h.completed_at is not None:
            assert h.handed_on is not None and h.approved_on is not None
            self.state.setStyleSheet(READ_ONLY_STYLE)
            self.state.setText(self.tr(
                "已于 {day} 移交{unit}，接收人：{person}。批准人：{approver}（{ref}，{approved}）"
                "{supervisor}。已完成的清单只能重新打印，不能改动。").format(
                    day=h.handed_on.isoformat(), unit=h.receiver_unit, person=h.receiver_person,
                    approver=h.approver, ref=h.approval_ref, approved=h.approved_on.isoformat(),
                    supervisor=self.tr("；监交人：{name}").format(name=h.supervisor)
                    if h.supervisor else ""))
        elif h.cancelled_at is not None:
            self.state.setStyleSheet(READ_ONLY_STYLE)
            self.state.setText(self.tr("已于 {at} 作废：{reason}。作废的清单不能改动。").format(
                at=h.cancelled_at.strftime("%Y-%m-%d %H:%M"), reason=h.cancel_reason))
        else:
            self.state.setStyleSheet(INFO_STYLE)
            self.state.setText(self.tr(
                "待移交：移交{unit}（{kind}），接收人{person}。逐件扫描载体加入；打印清单报领导审批，"
                "双方清点签字后点“完成移交”。").format(
                    unit=h.receiver_unit, kind=receiver_text(h.receiver_kind),
                    person=h.receiver_person))
        self.state.setVisible(True)

    # -- building by scans and selection ---------------------------------------------------
    def _typed(self) -> None:
        code = self.scan_box.text().strip()
        self.scan_box.clear()
        if code:
            self.scan(code)

    def scan(self, code: str) -> bool:
        """A scanned carrier joins the selected open list, or the refusal shows here."""
        if self.vault is None:
            return False
        h = self.current_list()
        if h is None:
            self.refuse(self.tr("请先选中一份待移交的清单（或新建一份），再扫描载体（扫到：{code}）。")
                        .format(code=code))
            return True
        if not h.is_open:
            self.refuse(self.tr("移交清单 {number} {state}，不能再加入载体（扫到：{code}）。")
                        .format(number=h.number, state=handover_state_text(h), code=code))
            return True
        self._add(h, [code])
        self.scan_box.setFocus()
        return True

    def _add(self, h: HandoverView, refs: Sequence[int | str]) -> list[int]:
        assert self.vault is not None
        vault = self.vault
        added: list[int] = []
        self.runner.run(lambda: add_to_handover(vault, h.id, list(refs)), added.extend,
                        changed=list)
        if added:
            self.done(self.tr("已加入 {number}：{n} 件。").format(number=h.number, n=len(added)))
        return added

    # -- the list flow (ScannedListPage) ----------------------------------------------------
    def words(self) -> ListWords:
        return ListWords(
            select_carriers=self.tr("请先在台账中选中要移交的载体。"),
            several_open=self.tr("有 {n} 份待移交的清单：请先选中要加入的那一份。"),
            select_lines=self.tr("请先在清单明细中选中要移出的行。"),
            remove_title=self.tr("移出移交清单"), removed_carriers=self.tr("移出的载体："),
            remove_reason=self.tr("移出原因(&R)："), remove_button=self.tr("移出(&O)"),
            remove_placeholder=self.tr("例如：误列入、暂不移交"),
            removed=self.tr("已从 {number} 移出 {n} 件。"),
            made=self.tr("已建立移交清单 {number}。现在可以逐件扫描要移交的载体。"),
            empty=self.tr("移交清单 {number} 上还没有载体。"),
            completed=self.tr("移交清单 {number} 已完成：{totals}，全部标记为已移交。"),
            cancel_title=self.tr("作废移交清单"), cancel_what=self.tr("移交清单："),
            cancel_line=self.tr("{number}（{n} 件）"), cancel_reason=self.tr("作废原因(&R)："),
            cancel_button=self.tr("作废(&O)"),
            cancel_hint=self.tr("作废后，清单上的载体不再列入移交，仍在库；清单记录保留。"),
            cancelled=self.tr("移交清单 {number} 已作废。"))

    def current(self) -> HandoverView | None:
        return self.current_list()

    def open_lists(self, vault: Vault) -> list[HandoverView]:
        return list(vault.handover.iter_handovers(open_only=True))

    def select(self, list_id: int) -> None:
        self.select_list(list_id)

    def add_to(self, lst: HandoverView, refs: Sequence[int | str]) -> list[int]:
        return self._add(lst, refs)

    def new(self, carrier_ids: Sequence[int] = ()) -> HandoverDialog | None:
        return self.new_list(carrier_ids)

    def totals_of(self, vault: Vault, list_id: int) -> Totals:
        return vault.handover.handover_totals(list_id)

    def complete_dialog(self, vault: Vault, lst: HandoverView,
                        totals: Totals) -> HandoverCompleteDialog:
        return HandoverCompleteDialog(vault, lst, totals, self)

    def line_ids(self, vault: Vault, list_id: int) -> list[int]:
        return [ln.carrier_id for ln in vault.handover.handover_lines(list_id)]

    def remove_work(self, vault: Vault, list_id: int, ids: list[int], reason: str) -> object:
        return remove_from_handover(vault, list_id, ids, reason)

    def cancel_work(self, vault: Vault, list_id: int, reason: str) -> object:
        return cancel_handover(vault, list_id, reason)

    # -- the list itself -------------------------------------------------------------------
    def new_list(self, carrier_ids: Sequence[int] = ()) -> HandoverDialog | None:
        if self.vault is None:
            return None
        views = self.vault.ledger.by_ids(list(carrier_ids)) if carrier_ids else []
        dialog = HandoverDialog(self.vault, views, self)
        self.host.open(dialog, lambda d: self.made(d.result_list))
        return dialog

    def print_list(self) -> bool:
        h = self.current_list()
        if self.vault is None or h is None:
            return False
        return self.handover.print_list(self.vault, h.id, self)


# -- the feature --------------------------------------------------------------------------------

class HandoverFeature:
    """The 移交 tab and the 定密变更 action, beside (and sharing) ``pages.Disposal``."""

    def __init__(self, controller: AppController, disposal: Disposal) -> None:
        self.controller = controller
        self.disposal = disposal
        self.window = controller.window
        self.page = HandoverPage(disposal, self)
        self.detail_button: QPushButton | None = None  # 定密变更… in the detail pane
        disposal.pages.append(self.page)  # refreshed with the other disposal pages

    @property
    def vault(self) -> Vault | None:
        return self.window.vault

    def tr(self, text: str) -> str:
        return QCoreApplication.translate("Handover", text)

    def print_list(self, vault: Vault, handover_id: int, parent: QWidget) -> bool:
        buffer = io.BytesIO()
        h = vault.handover.handover(handover_id)
        checkpoint = vault.audit_head().checkpoint
        if rendered(self.window, lambda: handover_pdf(vault, handover_id, buffer)) is None:
            return False
        ids = [ln.carrier_id for ln in vault.handover.handover_lines(handover_id)]
        self.disposal.printing._show(
            vault, buffer.getvalue(), self.tr("移交清单 {number}").format(number=h.number),
            f"涉密载体移交清单 {h.number}", h.number, ids, checkpoint, parent,
            f"移交清单-{h.number}.pdf")
        return True

    def list_for_handover(self) -> list[int]:
        if self.disposal._selection(self.tr("请先在台账中选中要移交的载体。")) is None:
            return []
        self.window.tabs.setCurrentWidget(self.page)
        return self.page.add_selection()

    def change_level(self) -> LevelChangeDialog | None:
        views = self.disposal._selection(
            self.tr("请先在台账中选中要变更密级或保密期限的载体。"))
        if views is None or self.vault is None:
            return None
        dialog = LevelChangeDialog(self.vault, views, self.window)
        self.disposal.host.open(dialog, self._changed)
        return dialog

    def _changed(self, dialog: LevelChangeDialog) -> None:
        done = dialog.result_change
        if done is None or self.vault is None:
            return
        self.disposal._ledger_done(
            self.tr("已登记定密变更：{n} 份文件、{c} 件载体；原密级标志保留在历史中。").format(
                n=len(done.document_ids), c=len(done.carrier_ids)), done.carrier_ids)
        if dialog.print_labels() and done.relabel_ids:
            ids = list(done.relabel_ids)
            QTimer.singleShot(0, lambda: self.window.print_labels(ids))


def install(controller: AppController) -> None:
    window = controller.window
    disposal: Disposal = window.disposal  # type: ignore[attr-defined]
    feature = HandoverFeature(controller, disposal)
    window.handover = feature  # type: ignore[attr-defined]
    window.add_page(feature.page, lambda: QCoreApplication.translate("Handover", "移交"))
    menu = window.disposal_menu  # type: ignore[attr-defined]

    def act(text: Callable[[], str], fn: Callable[[], object]) -> QAction:
        a = QAction(window)
        window.follow_language(lambda: a.setText(text()))
        a.triggered.connect(lambda _checked=False: fn())
        menu.addAction(a)
        return a

    menu.addSeparator()
    actions = [
        act(lambda: QCoreApplication.translate("Handover", "定密变更（选中的载体）…"),
            feature.change_level),
        act(lambda: QCoreApplication.translate("Handover", "列入移交清单…"),
            feature.list_for_handover),
        act(lambda: QCoreApplication.translate("Handover", "移交"),
            lambda: (window.tabs.setCurrentWidget(feature.page),
                     feature.page.scan_box.setFocus())),
    ]
    for a in actions:
        a.setEnabled(not window.is_locked)
    window.work_actions.extend(actions)
    feature.detail_button = _detail_button(
        window, lambda: QCoreApplication.translate("Handover", "定密变更…"), feature.change_level)


def _detail_button(window: MainWindow, text: Callable[[], str],
                   fn: Callable[[], object]) -> QPushButton | None:
    """A button beside 更正… in the detail pane: the level change starts from the carrier shown
    (or the ledger's selection)."""
    pane = window.detail
    outer = pane.layout()
    for i in range(outer.count() if outer is not None else 0):
        item = outer.itemAt(i) if outer is not None else None
        row = item.layout() if item is not None else None
        if isinstance(row, QHBoxLayout) and row.indexOf(pane.correct_button) >= 0:
            b = QPushButton(pane)
            b.setObjectName("levelChangeButton")

            def retitle(b: QPushButton = b) -> None:
                b.setText(text())

            window.follow_language(retitle)
            b.clicked.connect(lambda _checked=False: fn())
            row.insertWidget(row.indexOf(pane.correct_button) + 1, b)
            # Like 更正… beside it: enabled only while the pane shows a carrier.
            b.setEnabled(_explicitly_enabled(pane.correct_button))
            pane.correct_button.installEventFilter(_FollowEnabled(b))
            return b
    return None


class _FollowEnabled(QObject):
    """Keeps ``follower`` enabled exactly when the watched widget is (owned by the follower)."""

    def __init__(self, follower: QWidget) -> None:
        super().__init__(follower)
        self._follower = follower

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(watched, QWidget):
            self._follower.setEnabled(_explicitly_enabled(watched))
        return False


def _explicitly_enabled(w: QWidget) -> bool:
    """Its own state, not its window's (a locked window disables everything in it)."""
    return not w.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled)


__all__ = ["HandoverCompleteDialog", "HandoverDialog", "HandoverFeature", "HandoverModel",
           "HandoverPage", "LevelChangeDialog", "install"]
