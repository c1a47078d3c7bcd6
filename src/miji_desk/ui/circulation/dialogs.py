"""The circulation desk's dialogs: a loan's approval, the return check, a new circulation slip.

Each dialog calls its workflow itself, so a refusal shows inside it, at the field it names
(``InlineErrors``), and nothing changes; on success it keeps the result and accepts. Scans that
arrive while a dialog is open are given to its ``handle_scan``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QListWidget, QListWidgetItem, QWidget

from ...core import barcodes
from ...core.carriers import CarrierView
from ...core.circulation import CirculationForm, Slip, TakeBack, open_circulation, take_back
from ...core.custody import IN_OFFICE, ReturnCheck, due_at
from ...core.errors import RuleViolation
from ...core.holdings import OutKind, OutLine
from ...core.loans import Lent, LoanForm, LoanReturn, lend, return_loan
from ...core.people import Person
from ...core.staging import check_reader
from ...vault.vault import Vault
from ..forms.ui_circulation_slip import Ui_CirculationSlipDialog
from ..forms.ui_loan import Ui_LoanDialog
from ..forms.ui_return_check import Ui_ReturnCheckDialog
from ..runner import ActionRunner, accept_with
from ..widgets import levels as level_words
from ..widgets.dates import py_date, py_datetime, q_datetime
from ..widgets.inline_errors import InlineErrors
from ..widgets.people_names import offer_people
from ..widgets.refusals import refusal_text
from .models import grade_text, person_text, when


def carrier_line(cv: CarrierView) -> str:
    return level_words.carrier_line(cv.number, cv.marking, cv.title)


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class LoanDialog(QDialog):
    """The approval of a loan: carriers and borrower come from the scans."""

    def __init__(self, vault: Vault, carriers: list[CarrierView], person: Person,
                 approver: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LoanDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.carriers = list(carriers)
        self.person = person
        self.result_lent: Lent | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel,
                                   aliases={"due": "dueEdit"})
        u = self.ui
        u.carriersLabel.setText(self.tr("借阅载体（{n} 件）：").format(n=len(carriers)) + "\n"
                                + "\n".join(carrier_line(cv) for cv in carriers))
        u.borrowerLabel.setText(self.tr("借阅人：{who}，{post}，{grade}，证件 {badge}").format(
            who=person_text(person), post=person.post or "—", grade=grade_text(person.grade),
            badge=person.badge))
        now = vault.clock.now()
        today = _qdate(now.date())
        for edit in (u.approved_on, u.take_out_approved_on):
            edit.setMaximumDate(today)
            edit.setDate(today)
        default_due = due_at(vault, "loan", now, None)
        u.dueDefault.setText(self.tr("默认 {due} 前归还").format(
            due=when(default_due, now)))
        u.dueEdit.setDateTime(q_datetime(default_due.replace(tzinfo=None)))
        u.dueCustom.toggled.connect(self._due_toggled)
        u.approver.setText(approver)
        offer_people(vault, u.approver, u.take_out_approver)
        u.place.setText(self._in_office())
        u.take_out.toggled.connect(self._take_out_toggled)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        (u.purpose if approver else u.approver).setFocus()

    def _due_toggled(self, on: bool) -> None:
        self.ui.dueEdit.setEnabled(on)
        self.ui.dueDefault.setVisible(not on)

    def _take_out_toggled(self, on: bool) -> None:
        place = self.ui.place
        if on and place.text().strip() in (IN_OFFICE, self._in_office()):
            place.clear()
            place.setPlaceholderText(self.tr("带往何处"))
            self.ui.take_out_approver.setFocus()
        elif not on and not place.text().strip():
            place.setText(self._in_office())

    def _in_office(self) -> str:
        """The default reading place as the clerk reads it; recorded as core's 机要室."""
        return self.tr("机要室")

    def form(self) -> LoanForm:
        u = self.ui
        take_out = u.take_out.isChecked()
        due = None
        if u.dueCustom.isChecked():
            due = py_datetime(u.dueEdit.dateTime()).astimezone()
        return LoanForm(
            borrower=self.person.badge, carriers=[cv.barcode for cv in self.carriers],
            purpose=u.purpose.text(), approver=u.approver.text(),
            approved_on=py_date(u.approved_on.date()), approval_ref=u.approval_ref.text(),
            place=IN_OFFICE if u.place.text().strip() == self._in_office() else u.place.text(),
            take_out=take_out,
            take_out_approver=u.take_out_approver.text() if take_out else "",
            take_out_ref=u.take_out_ref.text() if take_out else "",
            take_out_approved_on=py_date(u.take_out_approved_on.date()) if take_out else None,
            due=due)

    def approver(self) -> str:
        return self.ui.approver.text().strip()

    def save(self) -> None:
        accept_with(self, self.errors, lambda: lend(self.vault, self.form()), "result_lent")

    def handle_scan(self, code: str) -> None:
        self.errors.show_general(self.tr("请先确认或取消这次借阅，再扫描下一件（扫到：{code}）。")
                                 .format(code=code))


class ReturnCheckDialog(QDialog):
    """A carrier comes back: are its pages and attachments all there?

    Nothing is taken as counted: the clerk ticks 页面完整 (or types the pages counted; the
    registered number ticks it, another number marks a shortfall) and 附件完整 (when the carrier
    has attachments). Enter confirms only once each count is answered."""

    def __init__(self, vault: Vault, carrier: CarrierView, line: OutLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReturnCheckDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.carrier = carrier
        self.line = line
        self.result_return: LoanReturn | TakeBack | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        u = self.ui
        now = vault.clock.now()
        loan = line.kind is OutKind.LOAN
        self.setWindowTitle(self.tr("借阅归还") if loan else self.tr("传阅退回"))
        u.carrierLabel.setText(carrier_line(carrier))
        if loan:
            text = self.tr("借阅人：{who}（{ref}）；{since} 借出，应于 {due} 前归还").format(
                who=person_text(line.person), ref=line.reference, since=when(line.since, now),
                due=when(line.due, now))
        else:
            text = self.tr("传阅人：{who}（传阅单 {ref}）；{since} 送出，应于 {due} 前退回").format(
                who=person_text(line.person), ref=line.reference, since=when(line.since, now),
                due=when(line.due, now))
        if line.overdue(now):
            text += self.tr("。已逾期。")
        u.holderLabel.setText(text)
        attachments = str(carrier.extra.get("attachments") or "") or self.tr("无")
        pages = str(carrier.pages) if carrier.pages else self.tr("未登记")
        u.registeredLabel.setText(self.tr("登记页数：{pages}；附件：{attachments}").format(
            pages=pages, attachments=attachments))
        u.okButton.setText(self.tr("确认归还(&O)") if loan else self.tr("确认退回(&O)"))
        self._answered: set[str] = set()
        u.pages_complete.setChecked(False)
        u.attachments_complete.setChecked(False)
        if not str(carrier.extra.get("attachments") or "").strip():
            u.attachments_complete.setChecked(True)  # none registered: nothing to count
            u.attachments_complete.setEnabled(False)
            self._answered.add("attachments")
        u.pages_complete.clicked.connect(lambda _on: self._answer("pages"))
        u.attachments_complete.clicked.connect(lambda _on: self._answer("attachments"))
        for box in (u.pages_complete, u.attachments_complete):
            box.toggled.connect(self._show_shortfall)
        u.pages_counted.valueChanged.connect(self._counted)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        self._show_shortfall()
        u.okButton.setFocus()

    def check(self) -> ReturnCheck:
        u = self.ui
        counted = u.pages_counted.value()
        return ReturnCheck(pages_complete=u.pages_complete.isChecked(),
                           attachments_complete=u.attachments_complete.isChecked(),
                           pages_counted=None if counted < 0 else counted, note=u.note.text())

    def _answer(self, what: str) -> None:
        self._answered.add(what)
        self.errors.clear()
        self._show_shortfall()

    def _counted(self, value: int) -> None:
        if value >= 0:
            self._answered.add("pages")
            if self.carrier.pages:
                self.ui.pages_complete.setChecked(value == self.carrier.pages)
        self._show_shortfall()

    def unanswered(self) -> list[str]:
        """The counts the clerk has not confirmed or typed yet."""
        return [w for w in ("pages", "attachments") if w not in self._answered]

    def short(self) -> bool:
        c = self.check()
        miscounted = (c.pages_counted is not None and self.carrier.pages is not None
                      and c.pages_counted != self.carrier.pages)
        return ("pages" in self._answered and not c.pages_complete) or \
            ("attachments" in self._answered and not c.attachments_complete) or miscounted

    def _show_shortfall(self) -> None:
        if self.short():
            text = self.tr("清点不全：载体照常收回，同时登记一条异常（写明缺少什么），查明后结案。")
        elif self.unanswered():
            text = self.tr("请逐项清点：勾选“页面完整”或填写清点页数；有附件的，勾选“附件完整”。")
        else:
            text = ""
        self.ui.shortfallLabel.setText(text)

    def save(self) -> None:
        self.errors.clear()
        if self.ui.note.text().strip():
            self._answered.update(self.unanswered())  # a box left unticked with a note: short
        missing = self.unanswered()
        if "pages" in missing:
            self.errors.show("pages_complete", self.tr(
                "页数尚未清点：齐全请勾选“页面完整”，或填写清点页数；不全请在情况说明中写明。"))
            return
        if "attachments" in missing:
            self.errors.show("attachments_complete", self.tr(
                "附件尚未清点：齐全请勾选“附件完整”；不全请在情况说明中写明缺少什么。"))
            return
        check = self.check()
        if self.short() and not check.note.strip():
            self.errors.show("note", self.tr("清点不全，请写明缺少什么、怎么发现的。"))
            return
        code = self.carrier.barcode
        give_back = return_loan if self.line.kind is OutKind.LOAN else take_back
        accept_with(self, self.errors, lambda: give_back(self.vault, code, check),
                    "result_return")

    def handle_scan(self, code: str) -> None:
        if code.strip() == self.carrier.barcode:
            return  # the scanner sent it twice
        self.errors.show_general(self.tr("请先确认或取消这次归还，再扫描下一件（扫到：{code}）。")
                                 .format(code=code))


class SlipDialog(QDialog):
    """A new circulation slip: carriers (from the ledger selection or scans), readers in order."""

    def __init__(self, vault: Vault, carrier_ids: list[int], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ui = Ui_CirculationSlipDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.result_slip: Slip | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self._views: dict[str, CarrierView] = {}  # by barcode: who may read them is checked
        u = self.ui
        for cv in vault.ledger.by_ids(list(dict.fromkeys(carrier_ids))):
            self._add_carrier_view(cv)
        u.carrierCode.returnPressed.connect(self._typed_code)
        u.removeCarrierButton.clicked.connect(lambda: self._remove(u.carriers))
        u.peopleFilter.textChanged.connect(self._fill_people)
        u.people.itemDoubleClicked.connect(lambda item: self._add_reader_item(item))
        u.addReaderButton.clicked.connect(self._add_selected_people)
        u.upButton.clicked.connect(lambda: self._move(-1))
        u.downButton.clicked.connect(lambda: self._move(1))
        u.removeReaderButton.clicked.connect(lambda: self._remove(u.readers))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        self._fill_people()
        u.peopleFilter.setFocus()

    # -- carriers ------------------------------------------------------------------------------
    def carrier_codes(self) -> list[str]:
        lw = self.ui.carriers
        return [lw.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lw.count())]

    def reader_badges(self) -> list[str]:
        lw = self.ui.readers
        return [lw.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lw.count())]

    def _add_carrier_view(self, cv: CarrierView) -> None:
        if cv.barcode in self.carrier_codes():
            self.errors.show_general(self.tr("{number} 已在传阅单上。").format(number=cv.number))
            return
        if not self._readers_may_read([cv], self.reader_badges()):
            return
        self._views[cv.barcode] = cv
        item = QListWidgetItem(carrier_line(cv))
        item.setData(Qt.ItemDataRole.UserRole, cv.barcode)
        self.ui.carriers.addItem(item)

    def add_carrier(self, code: str) -> None:
        ActionRunner(self.errors.at(None)).run(lambda: barcodes.check(code), self._carrier_code)

    def _carrier_code(self, code: str) -> None:
        cv = self.vault.ledger.by_barcode(code)
        if cv is None:
            self.errors.show_general(self.tr("没有条码为 {code} 的载体。").format(code=code))
            return
        self._add_carrier_view(cv)

    def _typed_code(self) -> None:
        code = self.ui.carrierCode.text().strip()
        self.ui.carrierCode.clear()
        if code:
            self.handle_scan(code)

    # -- readers -------------------------------------------------------------------------------
    def _fill_people(self) -> None:
        lw = self.ui.people
        lw.clear()
        for p in self.vault.custody.people(active=True, text=self.ui.peopleFilter.text(),
                                           limit=300):
            item = QListWidgetItem(self.tr("{who}，{post}（{grade}）").format(
                who=person_text(p), post=p.post or "—", grade=grade_text(p.grade)))
            item.setData(Qt.ItemDataRole.UserRole, p.badge)
            item.setData(Qt.ItemDataRole.UserRole + 1, person_text(p))
            lw.addItem(item)

    def _add_reader_item(self, item: QListWidgetItem) -> None:
        self._add_reader(item.data(Qt.ItemDataRole.UserRole),
                         item.data(Qt.ItemDataRole.UserRole + 1))

    def _add_selected_people(self) -> None:
        for item in self.ui.people.selectedItems():
            self._add_reader_item(item)

    def _readers_may_read(self, views: list[CarrierView], badges: list[str]) -> bool:
        """Refused here, with the reason, when a reader may not see a carrier on the slip."""
        try:
            for badge in badges:
                person = self.vault.custody.person_by_badge(badge)
                if person is None:
                    continue
                for cv in views:
                    check_reader(person, cv)
        except RuleViolation as e:
            self.errors.show_general(refusal_text(e))
            return False
        return True

    def _add_reader(self, badge: str, text: str) -> None:
        if badge in self.reader_badges():
            self.errors.show_general(self.tr("{who} 已在传阅人之中。").format(who=text))
            return
        views = [self._views[c] for c in self.carrier_codes() if c in self._views]
        if not self._readers_may_read(views, [badge]):
            return
        self.errors.clear()
        item = QListWidgetItem(f"{self.ui.readers.count() + 1}. {text}")
        item.setData(Qt.ItemDataRole.UserRole, badge)
        item.setData(Qt.ItemDataRole.UserRole + 1, text)
        self.ui.readers.addItem(item)

    def add_reader_badge(self, code: str) -> None:
        ActionRunner(self.errors.at(None)).run(lambda: barcodes.check_badge(code),
                                               self._reader_badge)

    def _reader_badge(self, badge: str) -> None:
        p = self.vault.custody.person_by_badge(badge)
        if p is None:
            self.errors.show_general(self.tr("没有登记证件 {badge} 的人员。").format(badge=badge))
            return
        self._add_reader(p.badge, person_text(p))

    def _renumber(self) -> None:
        lw = self.ui.readers
        for i in range(lw.count()):
            item = lw.item(i)
            item.setText(f"{i + 1}. {item.data(Qt.ItemDataRole.UserRole + 1)}")

    def _move(self, step: int) -> None:
        lw = self.ui.readers
        row = lw.currentRow()
        if row < 0 or not 0 <= row + step < lw.count():
            return
        item = lw.takeItem(row)
        lw.insertItem(row + step, item)
        lw.setCurrentRow(row + step)
        self._renumber()

    def _remove(self, lw: QListWidget) -> None:
        row = lw.currentRow()
        if row >= 0:
            lw.takeItem(row)
        if lw is self.ui.readers:
            self._renumber()

    # -- saving --------------------------------------------------------------------------------
    def handle_scan(self, code: str) -> None:
        if barcodes.is_badge(code):
            self.add_reader_badge(code)
        else:
            self.add_carrier(code)

    def print_after(self) -> bool:
        return self.ui.printAfter.isChecked()

    def save(self) -> None:
        self.errors.clear()
        form = CirculationForm(carriers=self.carrier_codes(), readers=self.reader_badges(),
                               instruction=self.ui.instruction.text(), note=self.ui.note.text())
        accept_with(self, self.errors, lambda: open_circulation(self.vault, form), "result_slip")


__all__ = ["LoanDialog", "ReturnCheckDialog", "SlipDialog", "carrier_line"]
