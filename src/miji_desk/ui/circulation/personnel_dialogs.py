"""The personnel dialogs of the people page (篇七): training, grade change, review.

Forms: ``forms/training.ui``, ``forms/grade_change.ui``, ``forms/review.ui``. Each calls its
workflow in ``core.personnel`` (one transaction, one audit event); a refusal shows at its field
and nothing is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from ...core.people import Person
from ...core.personnel import (
    GradeChange,
    ReviewForm,
    TrainingForm,
    change_grade,
    record_review,
    record_training,
)
from ...vault.vault import Vault
from ..forms.ui_grade_change import Ui_GradeChangeDialog
from ..forms.ui_review import Ui_ReviewDialog
from ..forms.ui_training import Ui_TrainingDialog
from ..runner import ActionRunner
from ..widgets.dates import py_date
from ..widgets.inline_errors import InlineErrors
from .models import grade_text, person_text
from .person_dialogs import GRADES, grade_choice


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class TrainingDialog(QDialog):
    """One session (date, topic, hours) and the classified people on post who attended."""

    def __init__(self, vault: Vault, chosen: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrainingDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.recorded = 0
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(self.errors)
        u = self.ui
        u.held_on.setDate(_qdate(vault.clock.now().date()))
        for p in vault.personnel.cleared_on_post():
            item = QListWidgetItem(self.tr("{who}，{grade}").format(
                who=person_text(p), grade=grade_text(p.grade)), u.people)
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen
                               else Qt.CheckState.Unchecked)
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.topic.setFocus()

    def check(self, person_id: int, on: bool = True) -> None:
        """Tick (or untick) a person as attending."""
        for i in range(self.ui.people.count()):
            item = self.ui.people.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == person_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def attending(self) -> list[int]:
        u = self.ui
        return [int(u.people.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(u.people.count())
                if u.people.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.errors.clear()
        u = self.ui
        form = TrainingForm(py_date(u.held_on.date()), u.topic.text(), u.hours.value(),
                            self.attending())
        self.runner.run(lambda: record_training(self.vault, form), self._done)

    def _done(self, rows: list[int]) -> None:
        self.recorded = len(rows)
        self.accept()


class GradeChangeDialog(QDialog):
    """A new 涉密等级 with its reason, the 部门负责人 who reviewed it and the 单位领导 who
    approved it (篇七 第五、六条)."""

    def __init__(self, vault: Vault, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GradeChangeDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person = person
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(self.errors)
        u = self.ui
        u.personLabel.setText(self.tr("{who}，{post}，现涉密等级：{grade}").format(
            who=person_text(person), post=person.post or "—", grade=grade_text(person.grade)))
        for g in GRADES:
            u.grade.addItem(grade_choice(g), g.value)
        u.grade.setCurrentIndex(u.grade.findData(person.grade.value))
        u.approved_on.setDate(_qdate(vault.clock.now().date()))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.grade.setFocus()

    def save(self) -> None:
        self.errors.clear()
        u = self.ui
        change = GradeChange(str(u.grade.currentData()), u.reason.text(), u.reviewer.text(),
                             u.approver.text(), py_date(u.approved_on.date()))
        self.runner.run(lambda: change_grade(self.vault, self.person.id, change), self._done)

    def _done(self, changed: bool) -> None:
        if not changed:
            self.errors.show("grade", self.tr("新的涉密等级与现在的相同，没有需要调整的内容。"))
            return
        self.accept()


class ReviewDialog(QDialog):
    """A review (审查) of a person: date, result and who did it (篇七 第七条)."""

    def __init__(self, vault: Vault, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self.vault = vault
        self.person = person
        self.errors = InlineErrors(self, self.ui, self.ui.messageLabel)
        self.runner = ActionRunner(self.errors)
        u = self.ui
        u.personLabel.setText(self.tr("{who}，{post}，涉密等级：{grade}").format(
            who=person_text(person), post=person.post or "—", grade=grade_text(person.grade)))
        u.passed.addItem(self.tr("通过"), True)
        u.passed.addItem(self.tr("未通过"), False)
        u.reviewed_on.setDate(_qdate(vault.clock.now().date()))
        u.okButton.clicked.connect(self.save)
        u.cancelButton.clicked.connect(self.reject)
        u.reviewer.setFocus()

    def save(self) -> None:
        self.errors.clear()
        u = self.ui
        form = ReviewForm(py_date(u.reviewed_on.date()), bool(u.passed.currentData()),
                          u.reviewer.text(), u.note.text())
        self.runner.run(lambda: record_review(self.vault, self.person.id, form),
                        lambda _rid: self.accept())


__all__ = ["GradeChangeDialog", "ReviewDialog", "TrainingDialog"]
