"""Correcting a field: the new value, the reason, and a history that keeps the old value."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QWidget,
)

from ...core.corrections import CARRIER_FIELDS, DOCUMENT_FIELDS, correct, scope_widens
from ...core.disposition import Approval
from ...core.errors import MijiError, RuleViolation
from ...vault.vault import Vault
from ..forms.ui_correction import Ui_CorrectionDialog
from ..runner import ActionRunner
from ..widgets.dates import py_date
from ..widgets.levels import carrier_line
from ..widgets.people_names import offer_people
from ..widgets.refusals import refusal_text


def _current(vault: Vault, carrier_id: int, field: str) -> str:
    v = vault.ledger.get(carrier_id)
    if field == "location":
        return v.location
    direct = {"title": v.title, "doc_no": v.doc_no, "producer": v.producer,
              "sender": v.sender, "pages": v.pages, "copies_total": v.copies_total,
              "classified_on": v.classified_on.isoformat() if v.classified_on else ""}
    value = direct[field] if field in direct else v.extra.get(field)
    return "" if value is None else str(value)


class CorrectionDialog(QDialog):
    def __init__(self, vault: Vault, carrier_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._carrier_id = carrier_id
        v = vault.ledger.get(carrier_id)
        self.ui.carrierLabel.setText(carrier_line(v.number, v.marking, v.title))
        labels = self._labels()
        for name in (*DOCUMENT_FIELDS, *CARRIER_FIELDS):
            self.ui.fieldCombo.addItem(labels.get(name, name), name)
        self.ui.fieldCombo.currentIndexChanged.connect(self._show_current)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存更正"))
        self.ui.buttons.accepted.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        self._approval_widgets(vault)
        self.ui.newValue.textChanged.connect(self._show_approval)
        self._show_current()

    def _approval_widgets(self, vault: Vault) -> None:
        """Widening the 知悉范围 needs the leader's approval (篇四 (十一)): asked for only then."""
        box = QGroupBox(self.tr("扩大知悉范围须经领导批准"), self)
        form = QFormLayout(box)
        self.approver = QLineEdit(box)
        self.approval_ref = QLineEdit(box)
        self.approved_on = QDateEdit(box)
        self.approved_on.setCalendarPopup(True)
        now = vault.clock.now()
        today = QDate(now.year, now.month, now.day)
        self.approved_on.setDate(today)
        self.approved_on.setMaximumDate(today)
        form.addRow(self.tr("批准人"), self.approver)
        form.addRow(self.tr("批准文号"), self.approval_ref)
        form.addRow(self.tr("批准日期"), self.approved_on)
        offer_people(vault, self.approver)
        self.approvalBox = box
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.hint), box)
        box.setVisible(False)

    def widens_scope(self) -> bool:
        if self.ui.fieldCombo.currentData() != "scope":
            return False
        current = _current(self._vault, self._carrier_id, "scope")
        return scope_widens(current, self.ui.newValue.text())

    def _show_approval(self) -> None:
        self.approvalBox.setVisible(self.widens_scope())

    def approval(self) -> Approval | None:
        if not self.widens_scope():
            return None
        return Approval(self.approver.text(), self.approval_ref.text(),
                        py_date(self.approved_on.date()))

    def _labels(self) -> dict[str, str]:
        return {"title": self.tr("标题或主要内容"), "doc_no": self.tr("文号"),
                "producer": self.tr("产生机关"), "sender": self.tr("来文机关"),
                "recipients": self.tr("收件单位"), "attachments": self.tr("附件"),
                "scope": self.tr("知悉范围"), "handled_by": self.tr("经办人"),
                "serial_no": self.tr("序列号"), "capacity": self.tr("容量"),
                "purpose": self.tr("专用用途"), "dedicated_computer": self.tr("专用计算机"),
                "notes": self.tr("备注"),
                "pages": self.tr("页数"), "copies_total": self.tr("份数"),
                "classified_on": self.tr("定密日期"), "location": self.tr("存放位置")}

    def select_field(self, field: str) -> None:
        self.ui.fieldCombo.setCurrentIndex(self.ui.fieldCombo.findData(field))

    def _show_current(self) -> None:
        field = self.ui.fieldCombo.currentData()
        current = _current(self._vault, self._carrier_id, field)
        self.ui.currentValue.setText(current or self.tr("（空）"))
        self.ui.newValue.setText(current)
        self.ui.error.clear()
        self._show_approval()

    def _save(self) -> None:
        ActionRunner(self).run(
            lambda: correct(self._vault, self._carrier_id, self.ui.fieldCombo.currentData(),
                            self.ui.newValue.text(), self.ui.reason.text(), self.approval()),
            self._corrected)

    # The runner's refusal target: the dialog's one error line, the field at fault focused.
    def clear_message(self) -> None:
        self.ui.error.clear()

    def refuse_error(self, error: MijiError) -> None:
        self.ui.error.setText(refusal_text(error))
        fld = error.field if isinstance(error, RuleViolation) else None
        at = {"reason": self.ui.reason, "approver": self.approver,
              "approval_ref": self.approval_ref, "approved_on": self.approved_on}
        at.get(fld or "", self.ui.newValue).setFocus()

    def _corrected(self, changed: bool) -> None:
        if not changed:
            self.ui.error.setText(self.tr("新值与现在的值相同，没有需要更正的内容。"))
            return
        self.accept()
