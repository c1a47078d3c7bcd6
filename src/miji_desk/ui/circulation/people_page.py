"""The people tab (涉密人员): who may read or borrow, their badges and what each holds now.

A badge scanned here selects that person; a carrier scan goes on to the ledger. Leaving is
refused while the person still holds a carrier: the refusal lists them, the holdings panel shows
them, and their holdings list can be printed for the handover.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import barcodes
from ...core.people import Person
from ...vault.vault import Vault
from ..widgets.message_bar import MessageBar
from ..widgets.table import table
from ..widgets.texts import Texts
from .departure_dialog import DepartureDialog
from .desk import custody_menu
from .models import OutModel, PeopleModel, person_text, scrub
from .person_dialogs import LeaveDialog, PersonCorrectionDialog, PersonDialog
from .personnel_dialogs import GradeChangeDialog, ReviewDialog, TrainingDialog
from .personnel_lists import BehindModel, ExitModel, exit_rows, exit_window, training_rows
from .prints import CustodyPrinting

if TYPE_CHECKING:
    from ..shell.controller import AppController


class PeoplePage(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.window_ = controller.window
        self.printing = CustodyPrinting(controller)
        self.vault: Vault | None = None
        self.dialog: QDialog | None = None
        self.model = PeopleModel(self)
        self.holdings_model = OutModel(self)
        self.exit_model = ExitModel(self)
        self.behind_model = BehindModel(self)
        self.texts = Texts(self)
        self._build()
        self.texts.then(self._show_holdings)
        self.texts.then(self._list_titles)

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.texts.placeholder(self.search, lambda: self.tr("检索：姓名、部门、岗位，或扫描证件"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.status_filter = QComboBox()
        self.texts.item(self.status_filter, lambda: self.tr("在岗人员"), True)
        self.texts.item(self.status_filter, lambda: self.tr("已离岗人员"), False)
        self.texts.item(self.status_filter, lambda: self.tr("全部人员"), None)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        self.add_button = self.texts.button(lambda: self.tr("新增人员…"))
        self.correct_button = self.texts.button(lambda: self.tr("更正…"))
        self.leave_button = self.texts.button(lambda: self.tr("离岗手续…"))
        self.badge_button = self.texts.button(lambda: self.tr("打印证件…"))
        self.holdings_button = self.texts.button(lambda: self.tr("打印持有清单…"))
        self.training_button = self.texts.button(lambda: self.tr("登记培训…"))
        self.grade_button = self.texts.button(lambda: self.tr("调整涉密等级…"))
        self.review_button = self.texts.button(lambda: self.tr("登记审查…"))
        for b, fn in ((self.add_button, self.add_person), (self.correct_button, self.correct),
                      (self.leave_button, self.depart), (self.badge_button, self.print_badges),
                      (self.holdings_button, self.print_holdings),
                      (self.training_button, self.record_training),
                      (self.grade_button, self.change_grade),
                      (self.review_button, self.record_review)):
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, f=fn: f())
            bar.addWidget(b)
        layout.addLayout(bar)
        self.message = MessageBar("peopleMessage", self, self.window_.statusBar())
        layout.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Vertical)
        self.table = table(self.model, (120, 160, 160, 120, 160, 130, 90), multi=True,
                           name="peopleTable")
        self.table.selectionModel().currentRowChanged.connect(
            lambda _cur, _prev: self._show_holdings())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._buttons())
        self.table.doubleClicked.connect(lambda _i: self.correct())
        split.addWidget(self.table)
        self.holdings_box = self.texts.group(lambda: self.tr("持有的载体"))
        hl = QVBoxLayout(self.holdings_box)
        self.holdings = table(self.holdings_model,
                              (85, 110, 130, 100, 250, 150, 120, 125, 80, 100), multi=True,
                              name="holdingsTable")
        hl.addWidget(self.holdings)
        # 篇七: the 脱密期 ending soon and the training behind, beside the holdings.
        self.lists = QTabWidget()
        self.lists.setObjectName("peopleLists")
        self.lists.addTab(self.holdings_box, "")
        self.exit_table: QTableView = table(self.exit_model, (100, 120, 90, 90, 100, 150),
                                            name="exitPeriodTable")
        self.lists.addTab(self.exit_table, "")
        self.training_table: QTableView = table(self.behind_model, (100, 120, 120, 90, 100),
                                                name="trainingBehindTable")
        self.lists.addTab(self.training_table, "")
        self._list_titles()
        split.addWidget(self.lists)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        self._buttons()

    # -- the page protocol ---------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self.vault = vault
        self.refresh()

    def detach(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.blockSignals(True)
            dialog.hide()
            scrub(dialog)
            dialog.deleteLater()
        self.vault = None
        self.model.clear()
        self.holdings_model.clear()
        self.exit_model.clear()
        self.behind_model.clear()
        self._list_titles()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.message.clear_message()
        self.holdings_box.setTitle(self.tr("持有的载体"))
        self._buttons()

    def handle_scan(self, code: str) -> bool:
        """A badge selects its person; anything else is for the ledger."""
        if self.vault is None:
            return False
        if self.dialog is not None and self.dialog.isVisible():
            handler = getattr(self.dialog, "handle_scan", None)
            if callable(handler):
                handler(code)
            return True
        if not barcodes.is_badge(code):
            return False
        person = self.vault.custody.person_by_badge(code)
        if person is None:
            self.refuse(self.tr("没有登记证件 {badge} 的人员。").format(badge=code.strip()))
            return True
        self.select_person(person.id)
        self.message.clear_message()
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.vault is not None:
            self.refresh()

    # -- messages ------------------------------------------------------------------------------
    def refuse(self, text: str) -> None:
        self.message.refuse(text)

    def done(self, text: str) -> None:
        self.message.done(text)

    # -- the list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.vault is None:
            return
        keep = self.current_person()
        custody = self.vault.custody
        held = Counter(ln.person.id for ln in custody.out_now())
        active = self.status_filter.currentData()
        text = self.search.text().strip()

        def page(offset: int, limit: int) -> list[Person]:
            if self.vault is None:
                return []
            return self.vault.custody.people(active=active, text=text, offset=offset,
                                             limit=limit)

        self.model.set_source(page, held)
        if keep is not None:
            self.select_person(keep.id, refresh=False)
        self._show_holdings()
        self.refresh_lists()

    # -- the watch lists (篇七 第九、十一条) ------------------------------------------------------
    def refresh_lists(self) -> None:
        """The 脱密期 ending within the unit's window and the training behind, read again."""
        if self.vault is None:
            return
        today = self.vault.clock.now().date()
        self.exit_model.set_rows(exit_rows(self.vault, today), today)
        self.behind_model.set_rows(training_rows(self.vault, today))
        self._list_titles()

    def _list_titles(self) -> None:
        self.lists.setTabText(0, self.tr("持有的载体"))
        if self.vault is None:
            self.lists.setTabText(1, self.tr("脱密期将满"))
            self.lists.setTabText(2, self.tr("教育培训未达要求"))
            return
        self.lists.setTabText(1, self.tr("脱密期将满（{days} 天内）：{n}").format(
            days=exit_window(self.vault), n=self.exit_model.rowCount()))
        self.lists.setTabText(2, self.tr("教育培训未达要求：{n}").format(
            n=self.behind_model.rowCount()))

    def show_exit_periods(self) -> QTableView:
        """Shows the 脱密期 ending soon (the dashboard's item opens it); its view."""
        self.window_.tabs.setCurrentWidget(self)
        self.refresh()
        self.lists.setCurrentWidget(self.exit_table)
        return self.exit_table

    def show_training_behind(self) -> QTableView:
        self.window_.tabs.setCurrentWidget(self)
        self.refresh()
        self.lists.setCurrentWidget(self.training_table)
        return self.training_table

    def current_person(self) -> Person | None:
        index = self.table.currentIndex()
        return self.model.person_at(index.row()) if index.isValid() else None

    def selected_people(self) -> list[Person]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        people = [p for r in rows if (p := self.model.person_at(r)) is not None]
        if not people and (p := self.current_person()) is not None:
            people = [p]
        return people

    def select_person(self, person_id: int, refresh: bool = True) -> bool:
        row = self.model.row_of(person_id)
        if row < 0 and refresh and self.vault is not None:
            # Not in the list as filtered: show everyone, then find them.
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.status_filter.blockSignals(False)
            self.refresh()
            row = self.model.row_of(person_id)
        if row < 0:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _show_holdings(self) -> None:
        p = self.current_person()
        if p is None or self.vault is None:
            self.holdings_model.clear()
            self.holdings_box.setTitle(self.tr("持有的载体"))
        else:
            lines = self.vault.custody.holdings(p.id)
            self.holdings_model.set_lines(lines, self.vault.clock.now())
            self.holdings_box.setTitle(self.tr("{name} 持有的载体（{n} 件）").format(
                name=p.name, n=len(lines)))
        self._buttons()

    def _buttons(self) -> None:
        p = self.current_person()
        on = self.vault is not None
        self.add_button.setEnabled(on)
        self.correct_button.setEnabled(on and p is not None)
        self.leave_button.setEnabled(on and p is not None and p.active)
        self.badge_button.setEnabled(on and any(x.active for x in self.selected_people()))
        self.holdings_button.setEnabled(on and p is not None)
        self.training_button.setEnabled(on)
        self.grade_button.setEnabled(on and p is not None and p.active)
        self.review_button.setEnabled(on and p is not None)

    # -- actions -------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog

        def finished(_result: int) -> None:  # after ``accepted`` was handled
            if self.dialog is dialog:
                self.dialog = None
            scrub(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def add_person(self) -> PersonDialog | None:
        if self.vault is None:
            return None
        dialog = PersonDialog(self.vault, self)

        def added() -> None:
            p = dialog.person
            if p is None:
                return
            self.refresh()
            self.select_person(p.id)
            self.done(self.tr("已登记 {who}，证件条码 {badge}。请打印证件交本人。").format(
                who=person_text(p), badge=p.badge))

        dialog.accepted.connect(added)
        self._open(dialog)
        return dialog

    def correct(self) -> PersonCorrectionDialog | None:
        p = self.current_person()
        if p is None or self.vault is None:
            return None
        dialog = PersonCorrectionDialog(self.vault, p, self)

        def corrected() -> None:
            self.refresh()
            self.done(self.tr("已更正 {name} 的{field}。").format(
                name=p.name, field=dialog.ui.fieldCombo.currentText()))
            self.window_.model.refresh()  # a holder's name shows in the ledger

        dialog.accepted.connect(corrected)
        self._open(dialog)
        return dialog

    def mark_left(self) -> LeaveDialog | None:
        p = self.current_person()
        if p is None or self.vault is None:
            return None
        dialog = LeaveDialog(self.vault, p, self)
        dialog.printHoldingsRequested.connect(lambda pid: self._print_holdings_of(pid, dialog))

        def left() -> None:
            self.refresh()
            self.done(self.tr("{name} 已登记离岗，证件停止使用。").format(name=p.name))

        dialog.accepted.connect(left)
        self._open(dialog)
        return dialog

    def depart(self) -> DepartureDialog | None:
        """The departure screen (篇七 第十一条): what must come back, then completion."""
        p = self.current_person()
        if p is None or self.vault is None:
            return None
        dialog = DepartureDialog(self.vault, p, self)
        dialog.printHandoverRequested.connect(
            lambda pid: self.vault is not None
            and self.printing.departure_handover(self.vault, pid, dialog))

        def left() -> None:
            self.refresh()
            ends = dialog.exit_ends_on
            if ends is None:
                self.done(self.tr("{name} 已办结离岗，证件停止使用。").format(name=p.name))
            else:
                self.done(self.tr("{name} 已办结离岗，证件停止使用；脱密期至 {ends}。").format(
                    name=p.name, ends=ends.isoformat()))

        dialog.accepted.connect(left)
        self._open(dialog)
        return dialog

    def record_training(self) -> TrainingDialog | None:
        """登记培训: one session; the selected people on post start ticked."""
        if self.vault is None:
            return None
        dialog = TrainingDialog(self.vault, [p.id for p in self.selected_people()], self)

        def recorded() -> None:
            self.refresh()
            self.done(self.tr("已登记培训“{topic}”，{n} 人参加。").format(
                topic=dialog.ui.topic.text().strip(), n=dialog.recorded))

        dialog.accepted.connect(recorded)
        self._open(dialog)
        return dialog

    def change_grade(self) -> GradeChangeDialog | None:
        """调整涉密等级 with its review and approval (篇七 第五、六条)."""
        p = self.current_person()
        if p is None or self.vault is None or not p.active:
            return None
        dialog = GradeChangeDialog(self.vault, p, self)

        def changed() -> None:
            self.refresh()
            self.done(self.tr("已调整 {name} 的涉密等级为{grade}。").format(
                name=p.name, grade=dialog.ui.grade.currentText()))
            self.window_.model.refresh()

        dialog.accepted.connect(changed)
        self._open(dialog)
        return dialog

    def record_review(self) -> ReviewDialog | None:
        p = self.current_person()
        if p is None or self.vault is None:
            return None
        dialog = ReviewDialog(self.vault, p, self)

        def reviewed() -> None:
            self.done(self.tr("已登记 {name} 的审查：{result}。").format(
                name=p.name, result=dialog.ui.passed.currentText()))

        dialog.accepted.connect(reviewed)
        self._open(dialog)
        return dialog

    def print_badges(self) -> bool:
        people = [p for p in self.selected_people() if p.active]
        if self.vault is None or not people:
            self.refuse(self.tr("请先选中要打印证件的在岗人员。"))
            return False
        return self.printing.badges(self.vault, [p.id for p in people], self)

    def print_holdings(self) -> bool:
        p = self.current_person()
        if p is None or self.vault is None:
            self.refuse(self.tr("请先选中一名人员。"))
            return False
        return self._print_holdings_of(p.id, self)

    def _print_holdings_of(self, person_id: int, parent: QWidget) -> bool:
        if self.vault is None:
            return False
        return self.printing.holdings(self.vault, person_id, parent)


def install(controller: AppController) -> None:
    window = controller.window
    page = PeoplePage(controller)
    window.add_page(page, lambda: QCoreApplication.translate("PeoplePage", "涉密人员"))
    window.people_page = page  # type: ignore[attr-defined]
    menu = custody_menu(window)
    go = QAction(window)
    go.triggered.connect(lambda: window.tabs.setCurrentWidget(page))
    add = QAction(window)

    def texts() -> None:
        go.setText(QCoreApplication.translate("PeoplePage", "涉密人员"))
        add.setText(QCoreApplication.translate("PeoplePage", "新增人员…"))

    window.follow_language(texts)
    add.triggered.connect(lambda: (window.tabs.setCurrentWidget(page), page.add_person()))
    actions = [go, add]
    for a in actions:
        menu.addAction(a)
        a.setEnabled(not window.is_locked)
    window.work_actions.extend(actions)


__all__ = ["PeoplePage", "install"]
