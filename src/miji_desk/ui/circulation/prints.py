"""Printing for the circulation desk and the people page: the slip (传阅单), a person's holdings
list and badge labels. Each is rendered into memory, shown in the print preview
(``controller.printing.preview``) and audited once it has really been printed or saved.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from ...core.personnel import departure_blockers
from ...core.printing_audit import PrintAction
from ...printing.badges import badges_pdf
from ...printing.circulation import holdings_pdf, slip_pdf
from ...printing.jobs import preferred_marking
from ...printing.personnel import departure_handover_pdf
from ...vault.vault import Vault
from ..printing.actions import rendered
from ..printing.audit import record_printed
from ..printing.label_dialog import LabelPrintDialog

if TYPE_CHECKING:
    from ..shell.controller import AppController


class CustodyPrinting:
    """Shared by the desk and the people page; ``controller.printing.preview`` is the preview
    (tests replace it with a recorder)."""

    def __init__(self, controller: AppController) -> None:
        self.controller = controller

    @property
    def window(self) -> Any:
        return self.controller.window

    def _preview(self, pdf: bytes, title: str, parent: QWidget, name: str,
                 done: Callable[[str, int], bool | None], **extra: Any) -> None:
        self.controller.printing.preview(pdf, title, parent, suggested_name=name, on_done=done,
                                         **extra)

    def _audit(self, vault: Vault, what: str, action: PrintAction, filter_text: str,
               pages: int, carrier_ids: Sequence[int], checkpoint: str = "") -> bool:
        return record_printed(self.window, vault, what, action, filter_text, pages, carrier_ids,
                       checkpoint)

    def slip(self, vault: Vault, circulation_id: int, parent: QWidget) -> bool:
        """Preview the 传阅单; False (and the message shown) when it cannot be made."""
        buffer = io.BytesIO()
        job = rendered(self.window, lambda: slip_pdf(vault, circulation_id, buffer))
        if job is None:
            return False

        def done(kind: str, pages: int) -> bool:
            return self._audit(vault, job.title, "print" if kind == "print" else "export",
                               job.filter_text, pages, job.carrier_ids, job.checkpoint)

        self._preview(buffer.getvalue(), QCoreApplication.translate("CustodyPrinting", "传阅单"),
                      parent, f"{job.title}.pdf", done)
        return True

    def holdings(self, vault: Vault, person_id: int, parent: QWidget) -> bool:
        buffer = io.BytesIO()
        preferred = self.controller.settings.get("register_marking")
        job = rendered(self.window, lambda: preferred_marking(
            lambda marking: holdings_pdf(vault, person_id, buffer, marking=marking), preferred))
        if job is None:
            return False

        def done(kind: str, pages: int) -> bool:
            return self._audit(vault, job.title, "print" if kind == "print" else "export",
                               job.filter_text, pages, job.carrier_ids, job.checkpoint)

        stamp = vault.clock.now().strftime("%Y%m%d-%H%M")
        self._preview(buffer.getvalue(),
                      QCoreApplication.translate("CustodyPrinting", "涉密载体持有清单"), parent,
                      f"{job.title}-{stamp}.pdf", done)
        return True

    def departure_handover(self, vault: Vault, person_id: int, parent: QWidget) -> bool:
        """A departing person's handover list (移交清单): what must come back, to sign."""
        person = vault.custody.person(person_id)
        items = departure_blockers(vault, person_id)
        buffer = io.BytesIO()
        preferred = self.controller.settings.get("register_marking")
        job = rendered(self.window, lambda: preferred_marking(
            lambda marking: departure_handover_pdf(vault, person, items, buffer,
                                                   marking=marking), preferred))
        if job is None:
            return False

        def done(kind: str, pages: int) -> bool:
            return self._audit(vault, job.title, "print" if kind == "print" else "export",
                               job.filter_text, pages, job.carrier_ids, job.checkpoint)

        stamp = vault.clock.now().strftime("%Y%m%d-%H%M")
        self._preview(buffer.getvalue(),
                      QCoreApplication.translate("CustodyPrinting", "涉密载体移交清单"), parent,
                      f"{job.title}-{stamp}.pdf", done)
        return True

    def badges(self, vault: Vault, person_ids: Sequence[int], parent: QWidget) -> bool:
        """The label dialog (stock, start position, printer) for badges, then the preview."""
        parent = QApplication.activeModalWidget() or parent
        dialog = LabelPrintDialog(vault, self.controller.settings, person_ids, parent,
                                  mode="selected", previewer=self.controller.printing.preview)
        u = dialog.ui
        dialog.setWindowTitle(QCoreApplication.translate("CustodyPrinting", "打印人员证件"))
        u.selectionGroup.setTitle(QCoreApplication.translate("CustodyPrinting", "要打印证件的人员"))
        u.selectedRadio.setText(QCoreApplication.translate("CustodyPrinting", "选中的人员(&E)"))
        for w in (u.rangeRadio, u.numberFrom, u.toCaption, u.numberTo):
            w.setVisible(False)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            request = dialog.request()
        finally:
            dialog.deleteLater()
        if not vault.is_open:
            return False
        buffer = io.BytesIO()
        job = rendered(self.window, lambda: badges_pdf(
            vault, person_ids, request.template, buffer, start=request.start, skip=request.skip,
            offset_mm=request.offset))
        if job is None:
            return False

        def done(kind: str, pages: int) -> bool:
            return self._audit(vault, job.what, "labels" if kind == "print" else "export",
                               job.selection_text, pages, ())

        self._preview(buffer.getvalue(),
                      QCoreApplication.translate("CustodyPrinting", "人员证件"), parent,
                      f"badges-{job.template}.pdf", done, printer_name=request.printer)
        return True


__all__ = ["CustodyPrinting"]
