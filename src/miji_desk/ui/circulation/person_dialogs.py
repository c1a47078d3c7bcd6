"""People dialogs: add a person, correct one field (with the reason), register a departure.

Forms: ``forms/person.ui``, ``forms/person_correction.ui``, ``forms/person_leave.ui``. Each calls
its workflow in ``core.people``; a refusal shows at its field and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ...core.errors import MijiError, RuleViolation
from ...core.people import (
    Grade,
    GradeApproval,
    Person,
    PersonForm,
    add_person,
    correct_person,
    mark_left,
)
from ...vault.vault import Vault
from ..forms.ui_person import Ui_PersonDialog
from ..forms.ui_person_correction import Ui_PersonCorrectionDialog
from ..forms.ui_person_leave import Ui_PersonLeaveDialog
from ..runner import ActionRunner
from ..widgets.dates import py_date
from ..widgets.inline_errors import InlineErrors
from ..widgets.refusals import refusal_text
from .models import grade_text, person_text

GRADES = (Grade.CORE, Grade.IMPORTANT, Grade.GENERAL, Grade.NONE)


def grade_choice(grade: Grade) -> str:
    """A grade in a choice list: what it allows to know."""
    return {
        Grade.CORE: QCoreApplication.translate("Custody", "核心（可知悉绝密）"),
        Grade.IMPORTANT: QCoreApplication.translate("Custody", "重要（可知悉机密）"),
        Grade.GENERAL: QCoreApplication.translate("Custody", "一般（可知悉秘密）"),
        Grade.NONE: QCoreApplication.translate("Custody", "非涉密（仅内部、商密）"),
    }[grade]


class PersonDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person: Person | None = None
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(self.errors)
        self.ui.grade.addItem(self.tr("（请选择）"), "")
        for g in GRADES:
            self.ui.grade.addItem(grade_choice(g), g.value)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.name.setFocus()

    def save(self) -> None:
        self.errors.clear()
        u = self.ui
        grade = u.grade.currentData()
        if not grade:
            self.errors.show("grade", self.tr("请选择涉密等级。"))
            return
        self.runner.run(lambda: add_person(self.vault, PersonForm(
            name=u.name.text(), grade=Grade(grade), department=u.department.text(),
            post=u.post.text(), notes=u.notes.text())), self._added)

    def _added(self, person: Person) -> None:
        self.person = person
        self.accept()


class _AtNewValue:
    """Where a correction's refusal shows: at the reason, or else at the new value."""

    def __init__(self, dialog: PersonCorrectionDialog) -> None:
        self._dialog = dialog

    def clear_message(self) -> None:
        self._dialog.errors.clear()

    def refuse_error(self, error: MijiError) -> None:
        field = error.field if isinstance(error, RuleViolation) else None
        target = field if field in ("reason", "proposer", "approver") else (
            "newGrade" if self._dialog.field() == "grade" else "newValue")
        self._dialog.errors.show(target, refusal_text(error))


class PersonCorrectionDialog(QDialog):
    def __init__(self, vault: Vault, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonCorrectionDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person = person
        self.changed = False
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(_AtNewValue(self))
        u = self.ui
        u.personLabel.setText(self.tr("{who}，证件 {badge}").format(who=person_text(person),
                                                                  badge=person.badge))
        for name, label in (("name", self.tr("姓名")), ("department", self.tr("部门")),
                            ("post", self.tr("岗位")), ("grade", self.tr("涉密等级")),
                            ("notes", self.tr("备注"))):
            u.fieldCombo.addItem(label, name)
        for g in GRADES:
            u.newGrade.addItem(grade_choice(g), g.value)
        u.fieldCombo.currentIndexChanged.connect(self._show_current)
        u.saveButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        self._show_current()
        u.fieldCombo.setFocus()

    def field(self) -> str:
        return str(self.ui.fieldCombo.currentData())

    def select_field(self, field: str) -> None:
        self.ui.fieldCombo.setCurrentIndex(self.ui.fieldCombo.findData(field))

    def _show_current(self) -> None:
        p, u = self.person, self.ui
        field = self.field()
        grade = field == "grade"
        u.newValue.setVisible(not grade)
        u.newGrade.setVisible(grade)
        for w in (u.proposer, u.proposerCaption, u.approver, u.approverCaption):
            w.setVisible(grade)  # 篇七 第六条: a grade change records its proposer and leader
        current = grade_text(p.grade) if grade else str(getattr(p, field))
        u.currentValue.setText(current or self.tr("（空）"))
        if grade:
            u.newGrade.setCurrentIndex(u.newGrade.findData(p.grade.value))
        else:
            u.newValue.setText(str(getattr(p, field)))
        self.errors.clear()

    def save(self) -> None:
        self.errors.clear()
        field = self.field()
        value = (self.ui.newGrade.currentData() if field == "grade"
                 else self.ui.newValue.text())
        approval = (GradeApproval(self.ui.proposer.text(), self.ui.approver.text())
                    if field == "grade" else None)
        self.runner.run(lambda: correct_person(self.vault, self.person.id, field, value,
                                               self.ui.reason.text(), approval),
                        self._corrected)

    def _corrected(self, changed: bool) -> None:
        if not changed:
            self.errors.show_general(self.tr("新值与现在的值相同，没有需要更正的内容。"))
            return
        self.changed = True
        self.accept()


class LeaveDialog(QDialog):
    """A person leaves; refused, with every carrier they hold, until all are handed back."""

    printHoldingsRequested = Signal(int)  # person id

    def __init__(self, vault: Vault, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonLeaveDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person = person
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(self.errors)
        u = self.ui
        u.personLabel.setText(self.tr("{who}，{post}，证件 {badge}").format(
            who=person_text(person), post=person.post or "—", badge=person.badge))
        today = vault.clock.now().date()
        u.left_on.setDate(QDate(today.year, today.month, today.day))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.printHoldingsButton.clicked.connect(
            lambda: self.printHoldingsRequested.emit(self.person.id))
        u.reason.setFocus()

    def save(self) -> None:
        self.runner.run(lambda: mark_left(self.vault, self.person.id,
                                          py_date(self.ui.left_on.date()),
                                          self.ui.reason.text()), lambda _r: self.accept())

    def handle_scan(self, code: str) -> None:
        self.errors.show_general(self.tr("请先办完或取消离岗登记（扫到：{code}）。").format(
            code=code))


__all__ = ["GRADES", "LeaveDialog", "PersonCorrectionDialog", "PersonDialog", "grade_choice"]
