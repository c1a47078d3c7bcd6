"""台账库 › 导入台账… / 导出到 Excel 或 CSV…: the menu entries of import and export.

An export is of one register or of the ledger view as filtered now. Before the clerk chooses
where it goes, a warning says that the file is not encrypted and is a classified carrier; the
file goes only where the clerk chose, and the export is audited (core.exchange.exporting).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...core.carriers import REGISTER_TITLE, Register
from ...core.exchange.exporting import ExportResult, export_sheet
from ...core.ledger_query import LedgerFilter, SortKey
from ...vault.vault import Vault
from .dialog import ImportDialog

if TYPE_CHECKING:
    from ..shell.controller import AppController


class ExchangeActions(QObject):
    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.c = controller
        w = controller.window
        menu = w.vault_menu
        menu.addSeparator()
        self.action_import = menu.addAction("")
        self.action_import.triggered.connect(self.import_file)
        self.action_export = menu.addAction("")
        self.action_export.triggered.connect(self.export)
        self.import_dialog: ImportDialog | None = None  # for tests: the dialog being shown
        w.follow_language(self.retranslate)
        w.unlocked.connect(lambda: self._enable(True))
        w.locked.connect(lambda: self._enable(False))
        self._enable(w.vault is not None)

    def retranslate(self) -> None:
        self.action_import.setText(self.tr("导入台账（Excel 或 CSV）…"))
        self.action_export.setText(self.tr("导出到 Excel 或 CSV…"))

    def _enable(self, on: bool) -> None:
        self.action_import.setEnabled(on)
        self.action_export.setEnabled(on)

    def import_file(self) -> None:
        vault = self.c.window.vault
        if vault is None:
            return
        dialog = ImportDialog(vault, parent=self.c.window, print_labels=lambda ids: (
            self.c.printing.print_labels(vault, ids, dialog)))
        dialog.imported.connect(lambda _r: self.c.window.model.refresh())
        self.import_dialog = dialog
        dialog.exec()
        self.import_dialog = None
        dialog.deleteLater()

    # -- export --------------------------------------------------------------------------------
    def choices(self) -> list[tuple[str, Register | None]]:
        """What can be exported: the current ledger view, or one register."""
        out: list[tuple[str, Register | None]] = [(self.tr("台账当前显示的内容（按当前筛选）"),
                                                   None)]
        labels = {Register.INCOMING: self.tr("收文登记簿"),
                  Register.OUTGOING: self.tr("发文登记簿"),
                  Register.MEDIA: self.tr("涉密介质登记簿"), Register.COPY: self.tr("复制登记簿")}
        out += [(labels[r], r) for r in Register]
        return out

    def export(self) -> None:
        w = self.c.window
        if w.vault is None:
            return
        choices = self.choices()
        label, ok = QInputDialog.getItem(w, self.tr("导出"), self.tr("导出哪些载体："),
                                         [c for c, _ in choices], 0, False)
        if not ok:
            return
        register = dict(choices)[label]
        answer = QMessageBox.warning(
            w, self.tr("导出"),
            self.tr("导出的文件没有加密：它是涉密载体，须按其最高密级登记、保管和销毁，"
                    "只能存放在涉密计算机或涉密存储介质上。是否继续？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, _f = QFileDialog.getSaveFileName(
            w, self.tr("导出到"), "", self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path:
            self.export_to(Path(path), register)

    def export_to(self, path: Path, register: Register | None) -> None:
        """Export the register (None: the ledger view as filtered now) to ``path``."""
        w = self.c.window
        if register is None:
            f = w.model.filter
            what = "涉密载体台账"
        else:
            f = LedgerFilter(registers=frozenset({register}))
            what = REGISTER_TITLE[register]

        def work(vault: Vault) -> ExportResult:
            views = list(vault.ledger.iter_views(f, SortKey.REGISTERED))
            return export_sheet(vault, views, path, what=what,
                                filter_text=f.describe({lv.code: lv.name for lv in vault.levels}))

        def done(result: ExportResult) -> None:
            w.say(self.tr("已导出 {n} 行到 {path}（{marking}）。").format(
                n=result.rows, path=str(result.path), marking=result.marking))

        w.run_long(work, done, text=self.tr("正在导出…"))


def install(controller: AppController) -> None:
    controller.exchange = ExchangeActions(controller)  # type: ignore[attr-defined]
