"""Recording a print or an export in the audit log, once the clerk has printed or saved it.

When the vault locked while the printer dialog was open, the print cannot be recorded: the log
gets a line (without what was printed: that may be ledger content) and the clerk is told, so
the print can be recorded by hand; it never goes to a console a Windows GUI app does not have.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import MijiError
from ...core.printing_audit import record_print
from ...vault.vault import Vault

log = logging.getLogger(__name__)


def record_printed(window: Any, vault: Vault, what: str, action: Any, filter_text: str,
                   pages: int, carrier_ids: Sequence[int], checkpoint: str = "",
                   marking: str = "") -> bool:
    """True when the print is in the audit log; otherwise the clerk has been told why not."""
    if vault is not window.vault or not vault.is_open:
        log.error("a print or export of %d pages was not audited: the vault was locked", pages)
        tell_not_audited(window, pages)
        return False
    try:
        record_print(vault, what, action, filter_text, pages, carrier_ids,
                     checkpoint=checkpoint, marking=marking)
    except MijiError as e:
        window.show_error(e)
        return False
    return True


def audited_job(window: Any, vault: Vault, job: Any) -> Callable[[str, int], bool]:
    """The preview's ``on_done`` for a rendered job (title, filter text, carriers, checkpoint):
    a print or a PDF export of it goes into the audit log."""
    def done(kind: str, pages: int) -> bool:
        return record_printed(window, vault, job.title, "print" if kind == "print" else "export",
                              job.filter_text, pages, job.carrier_ids, job.checkpoint)
    return done


def tell_not_audited(parent: QWidget | None, pages: int) -> QMessageBox:
    text = QCoreApplication.translate(
        "PrintAudit", "刚才打印或导出的文件（{pages} 页）没有记入审计日志：打印期间台账已锁定。"
    ).format(pages=pages) + "\n" + QCoreApplication.translate(
        "PrintAudit", "请解锁后在打印登记中补记这次打印。")
    title = QCoreApplication.translate("PrintAudit", "打印未记入审计日志")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("printNotAudited")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


__all__ = ["record_printed", "tell_not_audited"]
