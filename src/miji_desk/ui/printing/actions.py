"""The 打印 menu: labels (a selection, a range of numbers, the alignment test page) and one entry
per register, each shown in the print preview before anything reaches paper.

Every document is rendered by ``printing.jobs`` into memory (never a temp file: it holds ledger
data) and shown in ``PrintPreviewDialog``; what the clerk then prints or saves is audited through
the preview's ``on_done`` with ``core.printing_audit.record_print``.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ...core.errors import EnvironmentProblem, MijiError
from ...core.print_marking import allowed_markings
from ...core.printing_audit import record_print
from ...printing.jobs import (
    LabelJob,
    RegisterJob,
    labels_pdf,
    preferred_marking,
    printable_registers,
    register_pdf,
)
from ...vault.vault import Vault
from ..runner import ActionRunner, JobProgress
from ..shell.settings import Settings
from .audit import record_printed
from .destination import refusal
from .label_dialog import LabelPrintDialog, Mode
from .preview import PrintPreviewDialog

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..shell.main_window import MainWindow


T = TypeVar("T")
Preview = Callable[..., None]  # (pdf, title, parent, *, suggested_name, on_done, printer_name)


def show_preview(pdf: bytes, title: str, parent: QWidget | None, **options: Any) -> None:
    """The modal preview; deleted afterwards, so no copy of the document outlives it (a lock
    closes the dialog, and nothing of the ledger may stay in memory behind it)."""
    dialog = PrintPreviewDialog(pdf, title, parent, **options)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


class PrintingActions(QObject):
    """Fills ``window.print_menu`` and becomes ``window.label_printer``."""

    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.preview: Preview = show_preview  # tests put a recorder here
        menu = window.print_menu
        self.action_labels = menu.addAction("")
        self.action_labels.setShortcut("Ctrl+Shift+P")
        self.action_labels.triggered.connect(self.print_selected_labels)
        self.action_range = menu.addAction("")
        self.action_range.triggered.connect(self.print_range_labels)
        self.action_test = menu.addAction("")
        self.action_test.triggered.connect(self.print_test_page)
        menu.addSeparator()
        self.register_actions: dict[str, QAction] = {}
        for key in printable_registers():
            action = menu.addAction("")
            action.triggered.connect(lambda _checked=False, k=key: self.print_register(k))
            self.register_actions[key] = action
        actions = [self.action_labels, self.action_range, self.action_test,
                   *self.register_actions.values()]
        window.work_actions.extend(actions)  # off while locked, like the rest of the menus
        for a in actions:
            a.setEnabled(not window.is_locked)
        window.label_printer = self.print_labels
        window.follow_language(self.retranslate)
        # Prints confirmed while the vault was locked (the printer dialog outlived the idle
        # lock): kept in memory only -- they name ledger content -- and audited at the unlock.
        self._late: list[LatePrint] = []
        window.unlocked.connect(self.audit_late_prints)

    def retranslate(self) -> None:
        self.action_labels.setText(self.tr("打印标签（选中的载体）…"))
        self.action_range.setText(self.tr("按编号范围打印标签…"))
        self.action_test.setText(self.tr("标签对位测试页…"))
        for key, definition in printable_registers().items():
            self.register_actions[key].setText(self._register_text(key, definition.title))

    def _register_text(self, key: str, title: str) -> str:
        known = {"incoming": self.tr("收文登记簿…"), "outgoing": self.tr("发文登记簿…"),
                 "media": self.tr("涉密介质登记簿…"),
                 "circulation": self.tr("传阅登记簿…"), "loans": self.tr("借阅登记簿…"),
                 "copies": self.tr("复制登记簿…"), "volumes": self.tr("案卷目录…"),
                 "volume-items": self.tr("卷内目录…"),
                 "returns": self.tr("清退清单…"), "destruction": self.tr("涉密载体销毁清单…"),
                 "handover": self.tr("涉密载体移交清单…"),
                 "level-changes": self.tr("密级变更登记簿…"),
                 "expiry": self.tr("保密期限到期审核清单…"),
                 "summary": self.tr("涉密载体管理情况报告…"),
                 "personnel": self.tr("涉密人员名册…"), "exit-period": self.tr("脱密期管理台账…"),
                 "training": self.tr("保密教育培训记录…")}
        return known.get(key, f"{title}…")  # a register added later shows its printed title

    # -- labels --------------------------------------------------------------------------------
    def print_labels(self, vault: Vault, carrier_ids: Sequence[int], parent: QWidget) -> None:
        """The registration dialogs' and the detail pane's "打印标签"."""
        self._labels(vault, carrier_ids, parent, "selected" if carrier_ids else "range")

    def print_selected_labels(self) -> None:
        vault = self.window.vault
        if vault is not None:  # printed in 编号 order whatever the table's (printing.jobs)
            ids = self.window.selected_ids()
            self._labels(vault, ids, self.window, "selected" if ids else "range")

    def print_range_labels(self) -> None:
        if self.window.vault is not None:
            self._labels(self.window.vault, [], self.window, "range")

    def print_test_page(self) -> None:
        if self.window.vault is not None:
            self._labels(None, [], self.window, "test")

    def _labels(self, vault: Vault | None, ids: Sequence[int], parent: QWidget,
                mode: Mode) -> None:
        if (refused := refusal()) is not None:  # the dialog would list that host's printers
            self.window.show_error(EnvironmentProblem(refused))
            return
        parent = QApplication.activeModalWidget() or parent  # above a registration dialog
        dialog = LabelPrintDialog(vault, self.settings, ids, parent, mode=mode,
                                  previewer=self.preview)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or mode == "test":
                return  # the test page is previewed from inside the dialog
            request = dialog.confirmed
            assert request is not None  # accepted only with what the clerk confirmed
        finally:
            dialog.deleteLater()
        if vault is None or not vault.is_open or vault is not self.window.vault:
            return
        buffer = io.BytesIO()
        selection = request.selection
        assert selection is not None

        def work(open_vault: Vault) -> LabelJob:
            return labels_pdf(open_vault, selection, request.template, buffer,
                              start=request.start, skip=request.skip, offset_mm=request.offset,
                              margin_mm=request.margin, reprint=request.reprint)

        def show(job: LabelJob) -> None:
            def done(kind: str, pages: int) -> bool:
                return self._audit(vault, job.what, "labels" if kind == "print" else "export",
                                   job.selection_text, pages, job.carrier_ids)

            # Above a registration dialog still open; the window when it was closed meanwhile.
            above = QApplication.activeModalWidget() or self.window
            if job.unit_name_cut:  # said before the paper is used, not found on the sheet
                QMessageBox.warning(above, self.tr("单位名称放不下"), self.tr(
                    "单位名称太长，标签上只能印出开头部分。请在“设置 › 本单位规则”中填写"
                    "标签上的单位简称。"))
            self.preview(buffer.getvalue(), self.tr("条码标签"), above,
                         suggested_name=f"labels-{job.template}.pdf", on_done=done,
                         printer_name=request.printer)

        self.window.run_long(work, show, text=self.tr("正在生成标签…"))

    # -- registers -----------------------------------------------------------------------------
    def print_register(self, key: str) -> None:
        """The register under the ledger's current filter (plus the register's own), rendered
        on a worker thread (a 10,000-row register takes many seconds), then previewed. It is
        marked with the highest level it lists (or the setting's level when higher); the preview
        offers the levels from that one up, and the print's audit event names the one used."""
        ledger_filter = self.window.model.filter
        preferred = self.settings.get("register_marking")
        buffer = io.BytesIO()

        progress = JobProgress("rows", self.window)

        def work(vault: Vault) -> RegisterJob:
            def render(marking: str) -> RegisterJob:
                buffer.seek(0)
                buffer.truncate()  # a second try (the preferred marking refused) starts afresh
                return register_pdf(vault, key, ledger_filter, buffer, marking=marking,
                                     progress=progress.report)
            return preferred_marking(render, preferred)

        def show(first: RegisterJob) -> None:
            vault = self.window.vault
            assert vault is not None  # run_long hands a result over only while unlocked
            current = [first]

            def done(kind: str, pages: int) -> bool:
                job = current[0]
                return self._audit(vault, job.title, "print" if kind == "print" else "export",
                                   job.filter_text, pages, (), checkpoint=job.checkpoint,
                                   marking=job.marking)

            def remark(marking: str) -> bytes | None:
                """The same register under another marking (never lower than listed)."""
                again = io.BytesIO()
                job = rendered(self.window, lambda: register_pdf(
                    vault, key, ledger_filter, again, marking=marking))
                if job is None:
                    return None
                current[0] = job
                return again.getvalue()

            listed = vault.levels.by_name(first.listed) if first.listed else None
            choices = [lv.name for lv in allowed_markings(vault.levels, listed)]
            stamp = vault.clock.now().strftime("%Y%m%d-%H%M")
            self.preview(buffer.getvalue(), first.title, self.window,
                         suggested_name=f"{first.title}-{stamp}.pdf", on_done=done,
                         markings=choices, marking=first.marking, remark=remark)

        self.window.run_long(work, show, text=self.tr("正在生成登记簿…"), progress=progress)

    # -- the record ----------------------------------------------------------------------------
    def _audit(self, vault: Vault, what: str, action: Any, filter_text: str, pages: int,
               carrier_ids: Sequence[int], *, checkpoint: str = "", marking: str = "") -> bool:
        if (vault is not self.window.vault or not vault.is_open) and action != "export":
            # Locked while the printer dialog was open: the paper is out, the vault cannot be
            # written now; recorded at the next unlock with the time it was confirmed.
            self._late.append(LatePrint(vault.path, vault.vault_id, what, action, filter_text,
                                        pages, tuple(carrier_ids), checkpoint,
                                        vault.clock.now().isoformat(timespec="seconds"),
                                        marking))
            log.warning("a print (%s, %d pages) confirmed while locked: audited at the next "
                        "unlock", action, pages)
            return True
        # An export while locked is refused there (the file is not put in place).
        return record_printed(self.window, vault, what, action, filter_text, pages, carrier_ids,
                              checkpoint, marking)

    def audit_late_prints(self) -> None:
        """Write each print confirmed while locked, with the time it was confirmed."""
        vault = self.window.vault
        if vault is None:
            return
        while self._late:
            late = self._late[0]
            if late.vault_id != vault.vault_id:
                self._late.pop(0)  # another vault's print cannot be written into this one
                log.error("a print confirmed while locked belongs to another vault: not audited")
                continue
            try:
                record_print(vault, late.what, late.action, late.filter_text, late.pages,
                             late.carrier_ids, checkpoint=late.checkpoint,
                             confirmed_at=late.confirmed_at, marking=late.marking)
            except MijiError as e:
                self.window.show_error(e)  # kept: tried again at the next unlock
                return
            self._late.pop(0)


@dataclass(frozen=True)
class LatePrint:
    """A print the clerk confirmed after the vault had locked."""

    path: Path
    vault_id: str
    what: str
    action: Any
    filter_text: str
    pages: int
    carrier_ids: tuple[int, ...]
    checkpoint: str
    confirmed_at: str
    marking: str = ""


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a big register renders (tens of seconds at 10,000 rows)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _WindowRefusals:
    """A document that cannot be made: the main window's message box says why."""

    def __init__(self, window: Any) -> None:
        self._window = window

    def clear_message(self) -> None:
        pass

    def refuse_error(self, error: MijiError) -> None:
        self._window.show_error(error)


def rendered(window: Any, make: Callable[[], T], text: str = "") -> T | None:
    """Render a document off the UI thread (``MainWindow.run_long``: the window stays painted,
    its busy indicator on, a lock still possible) and wait for it without blocking the event
    loop; None when refused (the refusal shown), when another job is running, or when a lock came
    meanwhile (the document is dropped, then the window locks)."""
    made: list[T] = []
    run_long = getattr(window, "run_long", None)
    if run_long is None or getattr(window, "vault", None) is None:  # no window to run it in
        def work() -> T:
            with busy():
                return make()

        ActionRunner(_WindowRefusals(window)).run(work, made.append)
        return made[0] if made else None
    action = run_long(lambda _vault: make(), made.append,
                      text=text or QCoreApplication.translate("Printing", "正在生成文档…"))
    if action is None:  # a job is running already: nothing is started twice
        return None
    loop = QEventLoop()
    action.finished.connect(lambda _ok: loop.quit())
    if action.running or window.runner.current is action:
        loop.exec()
    return made[0] if made else None
