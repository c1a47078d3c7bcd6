"""The departure screen (离岗手续, 篇七 第十一条): start it, see what blocks it, complete it.

Form: ``forms/departure.ui``. The list shows everything the person must bring back or hand over
(``core.personnel.outstanding``); 办结离岗 is enabled only when it is empty, and the workflow
refuses it again in its own transaction. Completion shows the end of the 脱密期.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...core.people import Person
from ...core.personnel import (
    DEPARTURE_LABEL,
    DepartureForm,
    DepartureKind,
    complete_departure,
    departure_blockers,
    start_departure,
)
from ...vault.vault import Vault
from ..forms.ui_departure import Ui_DepartureDialog
from ..runner import ActionRunner
from ..widgets.dates import py_date
from ..widgets.inline_errors import InlineErrors
from .models import grade_text, person_text


def departure_kind_text(kind: DepartureKind) -> str:
    return {
        DepartureKind.POST: QCoreApplication.translate("Departure", "调离岗位"),
        DepartureKind.TRANSFER: QCoreApplication.translate("Departure", "调动"),
        DepartureKind.RESIGN: QCoreApplication.translate("Departure", "辞职"),
        DepartureKind.RETIRE: QCoreApplication.translate("Departure", "退休"),
    }[kind]


def _why_text(why: str) -> str:
    return {
        "持有（借阅）": QCoreApplication.translate("Departure", "持有（借阅）"),
        "持有（传阅）": QCoreApplication.translate("Departure", "持有（传阅）"),
        "责任人": QCoreApplication.translate("Departure", "责任人"),
        "经办人": QCoreApplication.translate("Departure", "经办人"),
        "保密笔记本/摘抄": QCoreApplication.translate("Departure", "保密笔记本/摘抄"),
    }.get(why, why)


class DepartureDialog(QDialog):
    printHandoverRequested = Signal(int)  # person id: the list of what must come back

    def __init__(self, vault: Vault, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DepartureDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person = person
        self.departure_id: int | None = None
        self.exit_ends_on: dt.date | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(self.errors)
        u = self.ui
        u.personLabel.setText(self.tr("{who}，{post}，涉密等级：{grade}，证件 {badge}").format(
            who=person_text(person), post=person.post or "—", grade=grade_text(person.grade),
            badge=person.badge))
        for kind in DepartureKind:
            u.kind.addItem(departure_kind_text(kind), kind.value)
        today = vault.clock.now().date()
        u.leaving_on.setDate(QDate(today.year, today.month, today.day))
        u.startButton.clicked.connect(self.start)
        u.completeButton.clicked.connect(self.complete)
        u.refreshButton.clicked.connect(self.refresh)
        u.cancelButton.clicked.connect(self.reject)
        u.printHandoverButton.clicked.connect(
            lambda: self.printHandoverRequested.emit(self.person.id))
        opened = vault.personnel.open_departure(person.id)
        if opened is not None:
            self._show_started(opened)
        self.refresh()
        u.reason.setFocus()

    def _show_started(self, row: dict[str, object]) -> None:
        u = self.ui
        self.departure_id = int(str(row["id"]))
        u.kind.setCurrentIndex(u.kind.findData(str(row["kind"])))
        day = dt.date.fromisoformat(str(row["leaving_on"]))
        u.leaving_on.setDate(QDate(day.year, day.month, day.day))
        u.reason.setText(str(row["reason"]))
        for w in (u.kind, u.leaving_on, u.reason):
            w.setEnabled(False)

    def refresh(self) -> None:
        """Read again what is outstanding; enable 办结 only when nothing is."""
        items = departure_blockers(self.vault, self.person.id)
        u = self.ui
        u.blockers.clear()
        for item in items:
            u.blockers.addItem(f"{item.number}  {item.title}  —  {_why_text(item.why)}")
        if items:
            u.blockersCaption.setText(self.tr(
                "以下 {n} 件须交回或交接后才能办结离岗（篇七 第十一条；篇六 第九条）：").format(
                n=len(items)))
        else:
            u.blockersCaption.setText(self.tr("没有未交回的涉密载体，可以办结离岗。"))
        started = self.departure_id is not None
        u.startButton.setVisible(not started)
        u.completeButton.setEnabled(started and not items)

    def start(self) -> None:
        u = self.ui
        form = DepartureForm(str(u.kind.currentData()), py_date(u.leaving_on.date()),
                             u.reason.text())

        def started(departure_id: int) -> None:
            row = self.vault.personnel.open_departure(self.person.id)
            assert row is not None and int(str(row["id"])) == departure_id
            self._show_started(row)
            self.refresh()

        self.runner.run(lambda: start_departure(self.vault, self.person.id, form), started)

    def complete(self) -> None:
        if self.departure_id is None:
            return
        departure_id = self.departure_id

        def done(ends: dt.date | None) -> None:
            self.exit_ends_on = ends
            self.accept()

        if not self.runner.run(lambda: complete_departure(self.vault, departure_id), done):
            self.refresh()  # the list as it is now, beside the refusal

    def handle_scan(self, code: str) -> None:
        self.errors.show_general(self.tr("请先办完或关闭离岗手续（扫到：{code}）。").format(
            code=code))


__all__ = ["DEPARTURE_LABEL", "DepartureDialog", "departure_kind_text"]
