"""Registration dialogs for incoming documents, outgoing documents and media.

The forms are drawn in Designer (forms/register_*.ui); this module only reads them into the
core's forms, calls the workflow and shows its refusal at the field it names. Keyboard only:
Tab moves, Enter saves, Esc cancels; "保存并继续登记" keeps the sender's fields for the next one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from ...core.carriers import MEDIA_KINDS
from ...core.errors import RuleViolation
from ...core.levels import DECLASSIFIED
from ...core.periods import PeriodKind, SecrecyPeriod
from ...core.registration import (
    IncomingForm,
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    Registration,
    register_incoming,
    register_media,
    register_outgoing,
)
from ...vault.vault import Vault
from ..forms.ui_register_incoming import Ui_RegisterIncomingDialog
from ..forms.ui_register_media import Ui_RegisterMediaDialog
from ..forms.ui_register_outgoing import Ui_RegisterOutgoingDialog
from ..runner import ActionRunner
from ..widgets.dates import py_date, py_datetime
from ..widgets.inline_errors import InlineErrors
from ..widgets.levels import level_text
from ..widgets.people_names import offer_people

_PERIOD_KINDS = list(PeriodKind)  # the order of the period combo in every form


def _qdate(when: dt.datetime) -> QDate:
    return QDate(when.year, when.month, when.day)


def _qdatetime(when: dt.datetime) -> QDateTime:
    # Through the epoch: the widget shows local time, whatever zone the clock's value carries.
    return QDateTime.fromSecsSinceEpoch(int(when.timestamp()))


class RegistrationDialog(QDialog):
    """What the three dialogs share: levels, periods, locations, saving and refusals."""

    printLabelsRequested = Signal(list)  # carrier ids
    registered = Signal(object)  # Registration

    form_class: type[Any]
    keep_on_next: tuple[str, ...] = ()  # fields kept for "register another"
    focus_first: str = "title"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.vault = vault
        self.last: Registration | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel,
                                   aliases={"period": "period_kind"})
        # No level is preselected: the clerk copies it from the document, never accepts a default.
        self.ui.level.addItem(self.tr("（请选择）"), "")
        for lv in vault.levels:
            if lv.code != DECLASSIFIED.code:  # reached by 解密 only
                self.ui.level.addItem(level_text(lv.name), lv.code)
        self.ui.location.addItem(self.tr("（不指定）"), "")
        for _id, name, _kind in vault.locations():
            self.ui.location.addItem(name, name)
        self.ui.period_kind.currentIndexChanged.connect(self._period_widgets)
        self._lay_out_period()
        self.ui.classified_on_known.toggled.connect(self.ui.classified_on.setEnabled)
        today = _qdate(vault.clock.now())  # the vault's clock, so tests can set "today"
        self.ui.classified_on.setDate(today)
        self.ui.classified_on.setMaximumDate(today)
        self.ui.period_until.setDate(today.addYears(1))
        self.ui.saveButton.clicked.connect(lambda: self._save(close=True))
        self.ui.saveAndNewButton.clicked.connect(lambda: self._save(close=False))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.printLabelsButton.clicked.connect(self._print_labels)
        self.ui.saveButton.setDefault(True)
        self.ui.savedFrame.setVisible(False)
        self._period_widgets()
        self.ui.classified_on.setEnabled(self.ui.classified_on_known.isChecked())

    def _lay_out_period(self) -> None:
        """保密期限 reads "10 年" (the number before its unit, not "年 | 10"), and its row is
        only as tall as its fields (it took the form's spare height: a large gap)."""
        period = self.ui.period
        period.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = period.layout()
        if isinstance(layout, QBoxLayout):
            layout.removeWidget(self.ui.period_amount)
            layout.insertWidget(0, self.ui.period_amount)
        QWidget.setTabOrder(self.ui.period_kind, self.ui.period_amount)

    # -- reading the form ----------------------------------------------------------------------
    def level_code(self) -> str:
        return self.ui.level.currentData() or ""

    def period(self) -> SecrecyPeriod:
        kind = _PERIOD_KINDS[max(self.ui.period_kind.currentIndex(), 0)]
        match kind:
            case PeriodKind.YEARS:
                return SecrecyPeriod.years(self.ui.period_amount.value())
            case PeriodKind.MONTHS:
                return SecrecyPeriod.months(self.ui.period_amount.value())
            case PeriodKind.LONG_TERM:
                return SecrecyPeriod.long_term()
            case PeriodKind.UNTIL:
                return SecrecyPeriod.until_date(self.ui.period_until.date().toPython())
            case PeriodKind.CONDITION:
                return SecrecyPeriod.until_condition(self.ui.period_condition.text())
            case _:
                return SecrecyPeriod()

    def classified_on(self) -> dt.date | None:
        if not self.ui.classified_on_known.isChecked():
            return None
        return py_date(self.ui.classified_on.date())

    @staticmethod
    def when(edit: QDateTimeEdit) -> dt.datetime:
        return py_datetime(edit.dateTime()).astimezone().replace(microsecond=0)

    @staticmethod
    def count(spin: QSpinBox) -> int | None:
        return spin.value() or None  # 0 shows the special text: not stated

    def _period_widgets(self) -> None:
        kind = _PERIOD_KINDS[max(self.ui.period_kind.currentIndex(), 0)]
        self.ui.period_amount.setVisible(kind in (PeriodKind.YEARS, PeriodKind.MONTHS))
        self.ui.period_until.setVisible(kind is PeriodKind.UNTIL)
        self.ui.period_condition.setVisible(kind is PeriodKind.CONDITION)

    # -- saving --------------------------------------------------------------------------------
    def build(self) -> object:
        raise NotImplementedError

    def workflow(self) -> Callable[[Vault, Any], Registration]:
        raise NotImplementedError

    def _save(self, *, close: bool) -> None:
        ActionRunner(self.errors).run(lambda: self.workflow()(self.vault, self.build()),
                                      lambda registration: self._saved(registration, close))

    def _saved(self, registration: Registration, close: bool) -> None:
        self.last = registration
        self.registered.emit(registration)
        if close:
            self.accept()
            return
        self.ui.savedLabel.setText(self.tr("已登记 {number}，共 {n} 件，条码已生成。").format(
            number=registration.number, n=len(registration.carrier_ids)))
        self.ui.savedFrame.setVisible(True)
        self.next_one()

    def next_one(self) -> None:
        """Empty the form for the next registration, keeping the sender's fields."""
        for name in self.clearable():
            if name in self.keep_on_next:
                continue
            w = getattr(self.ui, name)
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.clear()
            elif isinstance(w, QSpinBox):
                w.setValue(w.minimum())
        getattr(self.ui, self.focus_first).setFocus()

    def clearable(self) -> tuple[str, ...]:
        return ()

    def _print_labels(self) -> None:
        if self.last is not None:
            self.printLabelsRequested.emit(list(self.last.carrier_ids))


class IncomingDialog(RegistrationDialog):
    form_class = Ui_RegisterIncomingDialog
    keep_on_next = ("sender", "producer", "received_at", "handled_by", "location")
    focus_first = "doc_no"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        now = _qdatetime(vault.clock.now())
        self.ui.received_at.setDateTime(now)
        self.ui.received_at.setMaximumDateTime(now.addSecs(300))
        # 篇三 八: 产生机关 is required; left empty it is taken to be the 来文机关, and stored so.
        self.ui.producer.setPlaceholderText(self.tr("不填则与来文机关相同"))
        # A deliberate second receipt of the same copies says why (issue 13).
        reason = QLineEdit(self)
        reason.setObjectName("second_receipt_reason")
        reason.setPlaceholderText(self.tr("仅在再次收到已登记的同一份文件时填写"))
        self.ui.second_receipt_reason = reason
        self.ui.classificationForm.addRow(self.tr("再次收文原因"), reason)
        self.ui.sender.setFocus()

    def workflow(self) -> Callable[[Vault, Any], Registration]:
        return register_incoming

    def build(self) -> IncomingForm:
        u = self.ui
        return IncomingForm(
            title=u.title.text(), level=self.level_code(), copy_numbers=u.copy_numbers.text(),
            pages=u.pages.value(), received_at=self.when(u.received_at), doc_no=u.doc_no.text(),
            producer=u.producer.text().strip() or u.sender.text(), sender=u.sender.text(),
            period=self.period(),
            classified_on=self.classified_on(), copies_total=self.count(u.copies_total),
            attachments=u.attachments.text(), scope=u.scope.text(),
            handled_by=u.handled_by.text(), location=u.location.currentData() or "",
            notes=u.notes.toPlainText(), second_receipt_reason=u.second_receipt_reason.text())

    def clearable(self) -> tuple[str, ...]:
        return ("doc_no", "title", "attachments", "copy_numbers", "pages", "copies_total",
                "scope", "notes", "second_receipt_reason")


class OutgoingDialog(RegistrationDialog):
    form_class = Ui_RegisterOutgoingDialog
    keep_on_next = ("sent_at", "producer", "handled_by", "location", "channel")
    focus_first = "doc_no"

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.ui.sent_at.setDateTime(_qdatetime(vault.clock.now()))
        self.ui.producer.setPlaceholderText(vault.unit_name)
        offer_people(vault, self.ui.courier_1, self.ui.courier_2)
        self.ui.doc_no.setFocus()

    def workflow(self) -> Callable[[Vault, Any], Registration]:
        return register_outgoing

    def copies(self) -> list[OutgoingCopy]:
        """Lines ``份号:收件单位``; a line without a unit is a copy kept here."""
        out: list[OutgoingCopy] = []
        for n, line in enumerate(self.ui.copies.toPlainText().splitlines(), start=1):
            line = line.strip()
            if not line:
                continue
            head, _sep, recipient = line.replace("：", ":").partition(":")
            head = head.strip()
            if not head.isdigit():
                raise RuleViolation(
                    "registration.copy_line_number", {"line": n, "head": head}, "copies")
            out.append(OutgoingCopy(int(head), recipient.strip()))
        return out

    def build(self) -> OutgoingForm:
        u = self.ui
        return OutgoingForm(
            title=u.title.text(), level=self.level_code(), copies=self.copies(),
            pages=u.pages.value(), sent_at=self.when(u.sent_at), doc_no=u.doc_no.text(),
            producer=u.producer.text(), period=self.period(), classified_on=self.classified_on(),
            copies_total=self.count(u.copies_total), channel=u.channel.currentText(),
            couriers=[u.courier_1.text(), u.courier_2.text()], scope=u.scope.text(),
            handled_by=u.handled_by.text(), location=u.location.currentData() or "",
            notes=u.notes.toPlainText(), signer=u.signer.text())

    def clearable(self) -> tuple[str, ...]:
        return ("doc_no", "title", "pages", "copies_total", "copies", "courier_1", "courier_2",
                "scope", "signer", "notes")


class MediaDialog(RegistrationDialog):
    form_class = Ui_RegisterMediaDialog
    keep_on_next = ("purpose", "capacity", "handled_by", "location", "scope",
                    "dedicated_computer")

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(vault, parent)
        self.ui.title.setFocus()

    def workflow(self) -> Callable[[Vault, Any], Registration]:
        return register_media

    def build(self) -> MediaForm:
        u = self.ui
        return MediaForm(
            kind=MEDIA_KINDS[max(u.kind.currentIndex(), 0)], title=u.title.text(),
            serial_no=u.serial_no.text(), purpose=u.purpose.text(), level=self.level_code(),
            capacity=u.capacity.text(), period=self.period(), classified_on=self.classified_on(),
            barcode=u.barcode.text(), handled_by=u.handled_by.text(),
            location=u.location.currentData() or "", notes=u.notes.toPlainText(),
            scope=u.scope.text(), dedicated_computer=u.dedicated_computer.text())

    def clearable(self) -> tuple[str, ...]:
        return ("title", "serial_no", "barcode", "notes")


DIALOGS: dict[str, type[RegistrationDialog]] = {
    "incoming": IncomingDialog, "outgoing": OutgoingDialog, "media": MediaDialog}


def open_registration_dialog(kind: str, vault: Vault, parent: QWidget) -> Registration | None:
    dialog = DIALOGS[kind](vault, parent)
    printer = getattr(parent, "print_labels", None)
    if printer is not None:
        dialog.printLabelsRequested.connect(printer)
    dialog.exec()
    return dialog.last


__all__ = ["DIALOGS", "IncomingDialog", "MediaDialog", "OutgoingDialog", "RegistrationDialog",
           "open_registration_dialog"]
