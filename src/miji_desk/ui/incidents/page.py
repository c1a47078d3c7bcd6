"""Incidents (异常) and losses (丢失): the 异常 page and menu, the 报告丢失 dialog, closing.

The page lists incidents, open first (filter: open, closed, all): the carrier each blocks, its
kind, when it was opened and, once closed, how. An incident closes with a result and a
reference; a loss closes as found (the carrier scanned and put in a location) or as concluded
(the finding and its reference). 报告丢失… works on the ledger's selected carrier. Every action
runs through the ``ActionRunner``; refusals stay in the dialog at their field.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core.carriers import CarrierView
from ...core.custody import IncidentKind, close_incident
from ...core.holdings import IncidentView
from ...core.loss import (
    LossForm,
    LossReported,
    is_late,
    limit_hours,
    loss_concluded,
    loss_found,
    report_loss,
)
from ...printing.loss import loss_report_pdf
from ...vault.vault import Vault
from ..printing.actions import rendered
from ..printing.audit import audited_job
from ..runner import ActionRunner, accept_with
from ..widgets import levels as level_words
from ..widgets.dates import py_datetime, q_datetime
from ..widgets.inline_errors import InlineErrors
from ..widgets.labels import status_text
from ..widgets.message_bar import MessageBar
from ..widgets.rows_model import RowsModel
from ..widgets.table import select_row, selected_rows, table

if TYPE_CHECKING:
    from ..shell.controller import AppController
    from ..shell.main_window import MainWindow

CONTEXT = "Incidents"
LIMIT = 2000  # rows on the page: every open incident comes first


def tr(text: str) -> str:
    """A text already marked for lupdate below with ``QCoreApplication.translate``."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_text(kind: IncidentKind) -> str:
    return {
        IncidentKind.INCOMPLETE_RETURN: QCoreApplication.translate("Incidents", "归还不全"),
        IncidentKind.MISSING: QCoreApplication.translate("Incidents", "丢失"),
        IncidentKind.DAMAGED: QCoreApplication.translate("Incidents", "损坏"),
        IncidentKind.OTHER: QCoreApplication.translate("Incidents", "其他"),
    }[kind]


def outcome_text(outcome: str | None) -> str:
    return {
        "resolved": QCoreApplication.translate("Incidents", "已处理"),
        "found": QCoreApplication.translate("Incidents", "找回"),
        "concluded": QCoreApplication.translate("Incidents", "查处结论"),
    }.get(outcome or "", "")


def _when(moment: dt.datetime | None) -> str:
    return "" if moment is None else moment.strftime("%Y-%m-%d %H:%M")


def carrier_line(cv: CarrierView) -> str:
    return level_words.carrier_line(cv.number, cv.marking, cv.title)


# -- the list ------------------------------------------------------------------------------------


class IncidentModel(RowsModel):
    """The incidents on the page: at most a few hundred open at once, so held as views."""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Incidents", "状态"),
            QCoreApplication.translate("Incidents", "类别"),
            QCoreApplication.translate("Incidents", "登记时间"),
            QCoreApplication.translate("Incidents", "编号"),
            QCoreApplication.translate("Incidents", "名称"),
            QCoreApplication.translate("Incidents", "载体现状"),
            QCoreApplication.translate("Incidents", "情况"),
            QCoreApplication.translate("Incidents", "结案"),
        )

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, IncidentView)
        i = row
        late = i.loss is not None and i.loss.late
        closed = (
            ""
            if i.is_open
            else (
                f"{outcome_text(i.outcome)} {_when(i.closed_at)}"
                + (f"（{i.reference}）" if i.reference else "")
                + f"：{i.resolution}"
            )
        )
        return (
            QCoreApplication.translate("Incidents", "未结案")
            if i.is_open
            else QCoreApplication.translate("Incidents", "已结案"),
            kind_text(i.kind)
            + (QCoreApplication.translate("Incidents", "（上报超时）") if late else ""),
            _when(i.opened_at),
            i.carrier.number,
            i.carrier.title,
            status_text(i.carrier.status),
            i.description,
            closed,
        )


class IncidentsPage(QWidget):
    """异常: open incidents first; close one, print a loss report."""

    def __init__(self, feature: Incidents) -> None:
        super().__init__()
        self.setObjectName("incidentsPage")
        self.feature = feature
        self.vault: Vault | None = None
        self.stale = True
        self.message = MessageBar("incidentsMessage", self)
        self.runner = ActionRunner(self.message)
        self.which = QComboBox()
        self.which.setObjectName("incidentFilter")
        self.model = IncidentModel()
        self.view = table(self.model, [70, 110, 130, 150, 240, 80, 260], name="incidentTable")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeIncident")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printLoss")
        self.count = QLabel()
        self.count.setObjectName("incidentCount")
        top = QHBoxLayout()
        self.filter_caption = QLabel()
        top.addWidget(self.filter_caption)
        top.addWidget(self.which)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.close_button)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        self.retranslate()
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.close_button.clicked.connect(lambda: self.close_selected())
        self.print_button.clicked.connect(lambda: self.print_selected())
        self.view.doubleClicked.connect(lambda _i: self.close_selected())

    def retranslate(self) -> None:
        current = self.which.currentIndex()
        self.which.blockSignals(True)
        self.which.clear()
        for key, text in (
            ("open", QCoreApplication.translate("Incidents", "未结案")),
            ("closed", QCoreApplication.translate("Incidents", "已结案")),
            ("all", QCoreApplication.translate("Incidents", "全部")),
        ):
            self.which.addItem(text, key)
        self.which.setCurrentIndex(max(0, current))
        self.which.blockSignals(False)
        self.filter_caption.setText(QCoreApplication.translate("Incidents", "显示(&S)："))
        self.filter_caption.setBuddy(self.which)
        self.close_button.setText(QCoreApplication.translate("Incidents", "结案(&C)…"))
        self.print_button.setText(QCoreApplication.translate("Incidents", "打印丢失报告(&P)…"))

    # -- WorkPage -----------------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self.vault = vault
        self.refresh()

    def detach(self) -> None:
        self.vault = None
        self.model.set_rows([])
        self.count.clear()
        self.message.clear_message()

    def handle_scan(self, code: str) -> bool:
        return self.feature.host_scan(code)

    def showEvent(self, event: Any) -> None:
        # Other pages open and close incidents (a short return at the desk): read again on
        # every visit; open incidents are few, and the closed ones are capped.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.stale = False
        keep = self.current()
        rows = vault.custody.incidents(which=self.which.currentData() or "open", limit=LIMIT)
        self.model.set_rows(rows)
        self.count.setText(
            QCoreApplication.translate("Incidents", "未结案 {n} 件").format(
                n=vault.custody.open_incident_count()
            )
        )
        if keep is not None:
            for r, i in enumerate(rows):
                if i.id == keep.id:
                    select_row(self.view, r)

    def current(self) -> IncidentView | None:
        rows = selected_rows(self.view)
        return self.model.row_at(rows[0]) if rows else None  # type: ignore[return-value]

    def select_incident(self, incident_id: int) -> bool:
        for r, i in enumerate(self.model.rows()):
            if isinstance(i, IncidentView) and i.id == incident_id:
                select_row(self.view, r)
                return True
        return False

    def close_selected(self) -> CloseIncidentDialog | None:
        inc = self.current()
        if inc is None or self.vault is None:
            self.message.refuse(
                QCoreApplication.translate("Incidents", "请先在列表中选中要结案的异常。")
            )
            return None
        if not inc.is_open:
            self.message.refuse(
                QCoreApplication.translate("Incidents", "这条异常已于 {at} 结案。").format(
                    at=_when(inc.closed_at)
                )
            )
            return None
        return self.feature.close(inc, self)

    def print_selected(self) -> bool:
        inc = self.current()
        if inc is None or inc.loss is None:
            self.message.refuse(
                QCoreApplication.translate("Incidents", "请先在列表中选中一条丢失记录。")
            )
            return False
        return self.feature.print_loss(inc.id, self)


# -- 报告丢失 ------------------------------------------------------------------------------------


def _lay_out(dialog: QDialog, form: QFormLayout, message: QLabel, ok_text: str,
             save: Callable[[], object]) -> tuple[QPushButton, QPushButton]:
    """The dialogs' form, message line and OK/取消 row below it; OK saves, 取消 rejects."""
    ok = QPushButton(ok_text)
    ok.setObjectName("okButton")
    cancel = QPushButton(QCoreApplication.translate("Incidents", "取消"))
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(ok)
    buttons.addWidget(cancel)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addLayout(buttons)
    ok.clicked.connect(lambda _checked=False: save())
    cancel.clicked.connect(dialog.reject)
    return ok, cancel


class LossDialog(QDialog):
    """报告丢失: when and by whom it was discovered, how, and the report upward. A report
    later than the unit's limit is warned here as it will be on paper, never refused."""

    def __init__(self, vault: Vault, carrier: CarrierView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lossDialog")
        self.vault = vault
        self.carrier_view = carrier
        self.result_value: LossReported | None = None
        self.limit = limit_hours(vault)
        now = vault.clock.now()
        self.tz = now.tzinfo
        self.setWindowTitle(QCoreApplication.translate("Incidents", "报告丢失"))
        self.carrier = QLabel(
            carrier_line(carrier) + (f"\n{status_text(carrier.status)}  {carrier.whereabouts}")
        )
        self.carrier.setWordWrap(True)
        self.discovered_at = QDateTimeEdit(q_datetime(now.replace(tzinfo=None)))
        self.discovered_by = QLineEdit()
        self.circumstances = QPlainTextEdit()
        self.reported_at = QDateTimeEdit(q_datetime(now.replace(tzinfo=None)))
        self.reported_to = QLineEdit()
        self.report_ref = QLineEdit()
        for name in (
            "discovered_at",
            "discovered_by",
            "circumstances",
            "reported_at",
            "reported_to",
            "report_ref",
        ):
            getattr(self, name).setObjectName(name)
        for edit in (self.discovered_at, self.reported_at):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
            edit.dateTimeChanged.connect(lambda _d: self.show_delay())
        self.circumstances.setPlaceholderText(
            QCoreApplication.translate("Incidents", "何时、何地、怎样发现丢失，已做的查找")
        )
        self.reported_to.setPlaceholderText(
            QCoreApplication.translate("Incidents", "如：本单位保密委员会、上级保密行政管理部门")
        )
        self.delay = QLabel()
        self.delay.setObjectName("lossDelay")
        self.delay.setWordWrap(True)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("Incidents", "载体："), self.carrier)
        self.form.addRow(
            QCoreApplication.translate("Incidents", "发现时间(&T)："), self.discovered_at
        )
        self.form.addRow(
            QCoreApplication.translate("Incidents", "发现人(&W)："), self.discovered_by
        )
        self.form.addRow(
            QCoreApplication.translate("Incidents", "丢失经过(&C)："), self.circumstances
        )
        self.form.addRow(
            QCoreApplication.translate("Incidents", "上报时间(&R)："), self.reported_at
        )
        self.form.addRow(
            QCoreApplication.translate("Incidents", "上报单位(&U)："), self.reported_to
        )
        self.form.addRow(QCoreApplication.translate("Incidents", "上报文号(&N)："), self.report_ref)
        self.form.addRow("", self.delay)
        self.okButton, self.cancelButton = _lay_out(
            self, self.form, self.messageLabel,
            QCoreApplication.translate("Incidents", "登记丢失(&O)"), self.save)
        self.errors = InlineErrors(self, self, self.messageLabel, aliases={"barcode": "carrier"})
        self.resize(560, 480)
        self.show_delay()
        self.discovered_by.setFocus()

    def _moment(self, edit: QDateTimeEdit) -> dt.datetime:
        return py_datetime(edit.dateTime()).replace(second=0, microsecond=0, tzinfo=self.tz)

    def show_delay(self) -> None:
        found, told = self._moment(self.discovered_at), self._moment(self.reported_at)
        if told < found:
            self.delay.setStyleSheet("")
            self.delay.setText(
                QCoreApplication.translate("Incidents", "上报时间早于发现时间，请核对。")
            )
        elif is_late(found, told, self.limit):
            self.delay.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.delay.setText(
                QCoreApplication.translate(
                    "Incidents",
                    "上报晚于发现超过本单位规定的 {hours} 小时：仍予登记，"
                    "丢失报告上将注明“上报超时”。",
                ).format(hours=self.limit)
            )
        else:
            self.delay.setStyleSheet("")
            self.delay.setText(
                QCoreApplication.translate(
                    "Incidents", "本单位规定发现后 {hours} 小时内上报。"
                ).format(hours=self.limit)
            )

    def form_value(self) -> LossForm:
        return LossForm(
            carrier=self.carrier_view.barcode,
            discovered_at=self._moment(self.discovered_at),
            discovered_by=self.discovered_by.text(),
            circumstances=self.circumstances.toPlainText(),
            reported_at=self._moment(self.reported_at),
            reported_to=self.reported_to.text(),
            report_ref=self.report_ref.text(),
        )

    def save(self) -> None:
        accept_with(
            self, self.errors, lambda: report_loss(self.vault, self.form_value()), "result_value"
        )


# -- 结案 ----------------------------------------------------------------------------------------


class CloseIncidentDialog(QDialog):
    """结案: a result and a reference. A loss: found (scan the carrier, choose its location)
    or concluded (the finding and its reference)."""

    def __init__(self, vault: Vault, incident: IncidentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeIncidentDialog")
        self.vault = vault
        self.incident = incident
        self.is_loss = incident.kind is IncidentKind.MISSING
        self.result_value: object = None
        self.setWindowTitle(QCoreApplication.translate("Incidents", "异常结案"))
        cv = incident.carrier
        self.subject = QLabel(
            f"{kind_text(incident.kind)}：{carrier_line(cv)}\n{incident.description}"
        )
        self.subject.setWordWrap(True)
        self.found_radio = QRadioButton(QCoreApplication.translate("Incidents", "找回(&F)"))
        self.concluded_radio = QRadioButton(QCoreApplication.translate("Incidents", "查处结论(&D)"))
        self.group = QButtonGroup(self)
        self.group.addButton(self.found_radio)
        self.group.addButton(self.concluded_radio)
        self.barcode = QLineEdit()
        self.barcode.setPlaceholderText(
            QCoreApplication.translate("Incidents", "扫描找回的载体条码")
        )
        self.location = QComboBox()
        self.location.addItem(QCoreApplication.translate("Incidents", "（请选择）"), "")
        for _lid, name, _kind in vault.locations():
            self.location.addItem(name, name)
        self.resolution = QPlainTextEdit()
        self.note = self.resolution  # a found loss's note is the result
        self.reference = QLineEdit()
        for name in ("barcode", "location", "resolution", "reference"):
            getattr(self, name).setObjectName(name)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("Incidents", "异常："), self.subject)
        if self.is_loss:
            outcome = QHBoxLayout()
            outcome.addWidget(self.found_radio)
            outcome.addWidget(self.concluded_radio)
            outcome.addStretch(1)
            self.form.addRow(QCoreApplication.translate("Incidents", "结果："), outcome)
            self.form.addRow(
                QCoreApplication.translate("Incidents", "载体条码(&B)："), self.barcode
            )
            self.form.addRow(
                QCoreApplication.translate("Incidents", "存放位置(&L)："), self.location
            )
        self.resolution_caption = QLabel(QCoreApplication.translate("Incidents", "处理结果(&R)："))
        self.resolution_caption.setBuddy(self.resolution)
        self.form.addRow(self.resolution_caption, self.resolution)
        self.form.addRow(QCoreApplication.translate("Incidents", "结论文号(&N)："), self.reference)
        self.okButton, self.cancelButton = _lay_out(
            self, self.form, self.messageLabel,
            QCoreApplication.translate("Incidents", "结案(&O)"), self.save)
        self.errors = InlineErrors(self, self, self.messageLabel, aliases={"note": "resolution"})
        self.found_radio.toggled.connect(lambda _on: self._outcome_changed())
        self.found_radio.setChecked(self.is_loss)
        self._outcome_changed()
        self.resize(540, 400)

    def _outcome_changed(self) -> None:
        found = self.is_loss and self.found_radio.isChecked()
        self.form.setRowVisible(self.barcode, found)
        self.form.setRowVisible(self.location, found)
        self.resolution_caption.setText(
            QCoreApplication.translate("Incidents", "找回情况(&R)：")
            if found
            else QCoreApplication.translate("Incidents", "查处结论(&R)：")
            if self.is_loss
            else QCoreApplication.translate("Incidents", "处理结果(&R)：")
        )
        if found:
            self.barcode.setFocus()
        else:
            self.resolution.setFocus()

    def handle_scan(self, code: str) -> None:
        """A scan while the dialog is open is the carrier found."""
        if self.is_loss:
            self.found_radio.setChecked(True)
            self.barcode.setText(code)
            self.location.setFocus()
        else:
            self.errors.show_general(
                QCoreApplication.translate(
                    "Incidents", "请先完成或取消这个对话框，再扫描（扫到：{code}）。"
                ).format(code=code)
            )

    def work(self) -> Callable[[], object]:
        iid, vault = self.incident.id, self.vault
        text, ref = self.resolution.toPlainText(), self.reference.text()
        if not self.is_loss:
            return lambda: close_incident(vault, iid, text, ref)
        if self.found_radio.isChecked():
            code, where = self.barcode.text(), self.location.currentData() or ""
            return lambda: loss_found(vault, iid, code, where, text, ref)
        return lambda: loss_concluded(vault, iid, text, ref)

    def save(self) -> None:
        accept_with(self, self.errors, self.work(), "result_value")


# -- the feature ---------------------------------------------------------------------------------


class Incidents:
    """The 异常 menu, the page and the dialogs; one dialog open at a time."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.window: MainWindow = controller.window
        self.page = IncidentsPage(self)
        self.dialog: QDialog | None = None

    @property
    def vault(self) -> Vault | None:
        return self.window.vault

    def host_scan(self, code: str) -> bool:
        dialog = self.dialog
        if dialog is None or not dialog.isVisible():
            return False
        handler = getattr(dialog, "handle_scan", None)
        if callable(handler):
            handler(code)
            return True
        return False

    def _open(self, dialog: QDialog, on_accept: Callable[[Any], object]) -> None:
        self.drop()
        self.dialog = dialog
        dialog.accepted.connect(lambda: on_accept(dialog))
        dialog.finished.connect(lambda _r: self._finished(dialog))
        dialog.open()

    def _finished(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def drop(self) -> None:
        """A lock: no dialog keeps ledger text on screen."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def _changed(self, carrier_id: int) -> None:
        self.page.stale = True
        if self.page.isVisible():
            self.page.refresh()
        w = self.window
        w.model.refresh()
        shown = w.detail.carrier
        if shown is not None and shown.id == carrier_id:
            w.show_carrier(carrier_id)

    # -- actions ------------------------------------------------------------------------------
    def report(self) -> LossDialog | None:
        """报告丢失… for the ledger's selected carrier."""
        vault = self.vault
        if vault is None:
            return None
        ids = self.window.selected_ids()
        if len(ids) != 1:
            self.window.say(
                QCoreApplication.translate("Incidents", "请先在台账中选中一件要报告丢失的载体。")
            )
            return None
        cv = vault.ledger.get(ids[0])
        dialog = LossDialog(vault, cv, self.window)

        def done(d: LossDialog) -> None:
            result = d.result_value
            if result is None:
                return
            self._changed(result.carrier_id)
            text = QCoreApplication.translate(
                "Incidents", "已登记 {number} 丢失，异常未结案。"
            ).format(number=cv.number)
            if result.late:
                text += QCoreApplication.translate(
                    "Incidents", "上报超过本单位规定的 {hours} 小时，已在记录中注明。"
                ).format(hours=result.limit_hours)
            self.window.say(text)

        self._open(dialog, done)
        return dialog

    def close(self, incident: IncidentView, page: IncidentsPage) -> CloseIncidentDialog | None:
        vault = self.vault
        if vault is None:
            return None
        dialog = CloseIncidentDialog(vault, incident, self.window)

        def done(_d: CloseIncidentDialog) -> None:
            self._changed(incident.carrier.id)
            page.message.done(
                QCoreApplication.translate("Incidents", "异常已结案：{number}。").format(
                    number=incident.carrier.number
                )
            )

        self._open(dialog, done)
        return dialog

    def print_loss(self, incident_id: int, parent: QWidget) -> bool:
        vault = self.vault
        if vault is None:
            return False
        buffer = io.BytesIO()
        job = rendered(self.window, lambda: loss_report_pdf(vault, incident_id, buffer))
        if job is None:
            return False

        self.controller.printing.preview(
            buffer.getvalue(),
            QCoreApplication.translate("Incidents", "涉密载体丢失报告"),
            parent,
            suggested_name=f"{job.title}.pdf",
            on_done=audited_job(self.window, vault, job),
        )
        return True

    def print_selected_carrier(self) -> bool:
        """打印丢失报告 for the ledger's selected carrier (its latest loss)."""
        vault = self.vault
        if vault is None:
            return False
        ids = self.window.selected_ids()
        losses = vault.custody.losses_of_carrier(ids[0]) if len(ids) == 1 else []
        if not losses:
            self.window.say(
                QCoreApplication.translate("Incidents", "请先在台账中选中一件登记过丢失的载体。")
            )
            return False
        return self.print_loss(max(losses, key=lambda i: i.id).id, self.window)

    def show_page(self) -> None:
        self.window.tabs.setCurrentWidget(self.page)


def incidents_menu(window: MainWindow) -> QMenu:
    menu = QMenu(window)
    menu.setObjectName("incidentsMenu")
    window.follow_language(
        lambda: menu.setTitle(QCoreApplication.translate("Incidents", "异常(&I)"))
    )
    before = getattr(window, "vault_menu", None)
    if before is not None:
        window.menuBar().insertMenu(before.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


def install(controller: AppController) -> None:
    window = controller.window
    feature = Incidents(controller)
    window.incidents = feature  # type: ignore[attr-defined]
    window.add_page(feature.page, lambda: QCoreApplication.translate("Incidents", "异常"))
    window.locked.connect(feature.drop)
    window.follow_language(feature.page.retranslate)
    menu = incidents_menu(window)

    def act(text: Callable[[], str], fn: Callable[[], object], name: str) -> QAction:
        a = QAction(window)
        a.setObjectName(name)
        window.follow_language(lambda: a.setText(text()))
        a.triggered.connect(lambda _checked=False: fn())
        menu.addAction(a)
        return a

    actions = [
        act(
            lambda: QCoreApplication.translate("Incidents", "报告丢失（选中的载体）…"),
            feature.report,
            "actionReportLoss",
        ),
        act(
            lambda: QCoreApplication.translate("Incidents", "打印丢失报告（选中的载体）…"),
            feature.print_selected_carrier,
            "actionPrintLoss",
        ),
        act(
            lambda: QCoreApplication.translate("Incidents", "异常列表"),
            feature.show_page,
            "actionIncidents",
        ),
    ]
    for a in actions:
        a.setEnabled(not window.is_locked)
    window.work_actions.extend(actions)


__all__ = [
    "CloseIncidentDialog",
    "IncidentModel",
    "Incidents",
    "IncidentsPage",
    "LossDialog",
    "install",
]
