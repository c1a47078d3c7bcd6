"""台账库 › 导入台账: choose a file, check the column mapping, dry run, import.

The file is read and its header recognised at once (the mapping last used for the same header
wins); the clerk may change any column's field. The dry run and the import run off the GUI
thread with a progress bar; the dry run lists, per row, what will be created and every error
with its row and column. The import button is enabled only after a clean dry run (or with
"skip rows with errors" ticked), and only for the mapping that dry run used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from ...core.errors import MijiError, RuleViolation
from ...core.exchange.importing import (
    ImportPlan,
    ImportResult,
    plan_import,
    remembered_header,
    run_import,
)
from ...core.exchange.sheets import FIELDS, Header, Sheet, check_mapping, find_header, read_sheet
from ...core.numbering import format_copy_numbers
from ...vault.vault import Vault
from ..backup.dialog import BackgroundTask, error_text
from ..forms.ui_import import Ui_ImportDialog
from ..widgets.refusals import refusal_text


def field_label(key: str) -> str:
    """A field's name in the clerk's language."""
    labels = {
        "number": QCoreApplication.translate("ImportDialog", "编号"),
        "barcode": QCoreApplication.translate("ImportDialog", "条码"),
        "doc_no": QCoreApplication.translate("ImportDialog", "文号"),
        "level": QCoreApplication.translate("ImportDialog", "密级"),
        "period": QCoreApplication.translate("ImportDialog", "保密期限"),
        "title": QCoreApplication.translate("ImportDialog", "标题"),
        "sender": QCoreApplication.translate("ImportDialog", "来文机关"),
        "producer": QCoreApplication.translate("ImportDialog", "产生机关"),
        "received_at": QCoreApplication.translate("ImportDialog", "收文日期"),
        "classified_on": QCoreApplication.translate("ImportDialog", "定密日期"),
        "copies_total": QCoreApplication.translate("ImportDialog", "份数"),
        "copy_numbers": QCoreApplication.translate("ImportDialog", "份号"),
        "pages": QCoreApplication.translate("ImportDialog", "页数"),
        "scope": QCoreApplication.translate("ImportDialog", "知悉范围"),
        "location": QCoreApplication.translate("ImportDialog", "存放位置"),
        "handled_by": QCoreApplication.translate("ImportDialog", "经办人"),
        "attachments": QCoreApplication.translate("ImportDialog", "附件"),
        "status": QCoreApplication.translate("ImportDialog", "状态"),
        "notes": QCoreApplication.translate("ImportDialog", "备注"),
    }
    return labels.get(key, key)


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


class ImportDialog(QDialog):
    busyChanged = Signal(bool)
    imported = Signal(object)  # ImportResult

    def __init__(self, vault: Vault, parent: QWidget | None = None,
                 choose_file: Callable[[QWidget], str] | None = None,
                 print_labels: Callable[[Sequence[int]], None] | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._vault = vault
        self._choose = choose_file or _choose_file
        self.sheet: Sheet | None = None
        self.header: Header | None = None
        self.plan: ImportPlan | None = None
        self._planned_mapping: dict[int, str] | None = None
        self.result: ImportResult | None = None  # type: ignore[assignment]
        self._task: BackgroundTask | None = None
        self.dry_button = QPushButton(self.tr("试运行(&D)"))
        self.import_button = QPushButton(self.tr("导入(&I)"))
        # After an import: the labels of the carriers that got new barcodes, to stick on.
        self.labels_button = QPushButton(self.tr("打印新条码的标签(&L)…"))
        self._print_labels = print_labels
        u = self.ui
        u.buttons.addButton(self.labels_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.labels_button.setVisible(False)  # after addButton, which shows it
        self.labels_button.clicked.connect(self._labels)
        u.buttons.addButton(self.dry_button, QDialogButtonBox.ButtonRole.ActionRole)
        u.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        u.buttons.rejected.connect(self.reject)
        u.browseButton.clicked.connect(self.browse)
        self.dry_button.clicked.connect(self.dry_run)
        self.import_button.clicked.connect(self.start_import)
        u.skipCheck.toggled.connect(lambda _on: self._enable())
        u.mappingTable.setHorizontalHeaderLabels(
            [self.tr("列"), self.tr("表头"), self.tr("对应项目")])
        u.resultTable.setHorizontalHeaderLabels(
            [self.tr("行"), self.tr("列"), self.tr("试运行结果")])
        self._enable()

    # -- the file and its mapping --------------------------------------------------------------
    def browse(self) -> None:
        path = self._choose(self)
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        u = self.ui
        u.error.clear()
        self.plan = None
        u.resultTable.setRowCount(0)
        try:
            sheet = read_sheet(path)
            header = remembered_header(self._vault, find_header(sheet.rows))
        except MijiError as e:
            self.sheet = self.header = None
            u.error.setText(refusal_text(e))
            u.mappingTable.setRowCount(0)
            self._enable()
            return
        self.sheet, self.header = sheet, header
        u.fileEdit.setText(str(path))
        encoding = self.tr("Excel 工作簿") if sheet.encoding == "xlsx" else {
            "utf-8": "UTF-8", "utf-8-sig": self.tr("UTF-8（带 BOM）"),
            "gb18030": "GBK/GB18030"}.get(sheet.encoding, sheet.encoding)
        u.fileInfo.setText(self.tr("编码：{encoding}；表头在第 {row} 行；共 {rows} 行；"
                                   "SHA-256：{sha}").format(
            encoding=encoding, row=header.first_row + 1,
            rows=len(sheet.rows) - header.data_row, sha=sheet.sha256))
        table = u.mappingTable
        table.setRowCount(len(header.labels))
        for c, label in enumerate(header.labels):
            table.setItem(c, 0, QTableWidgetItem(_column_name(c)))
            table.setItem(c, 1, QTableWidgetItem(label))
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), "")
            for key, _label in FIELDS:
                combo.addItem(field_label(key), key)
            combo.setCurrentIndex(max(0, combo.findData(header.mapping.get(c, ""))))
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            table.setCellWidget(c, 2, combo)
        table.resizeColumnsToContents()
        self._enable()

    def mapping(self) -> dict[int, str]:
        out: dict[int, str] = {}
        table = self.ui.mappingTable
        for c in range(table.rowCount()):
            combo = table.cellWidget(c, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[c] = str(combo.currentData())
        return out

    def set_field(self, column: int, key: str) -> None:
        """Map ``column`` to the field ``key`` ("" for none), as the clerk would."""
        combo = self.ui.mappingTable.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(key))

    def _mapping_changed(self) -> None:
        self.plan = None  # a dry run of another mapping says nothing of this one
        self.ui.resultTable.setRowCount(0)
        self.ui.stepLabel.setText(self.tr("对应关系已改变，请重新试运行。"))
        self._enable()

    def _enable(self) -> None:
        busy = self._task is not None
        loaded = self.sheet is not None
        self.dry_button.setEnabled(loaded and not busy)
        self.ui.browseButton.setEnabled(not busy)
        self.ui.mappingTable.setEnabled(not busy)
        plan = self.plan
        ready = (plan is not None and self._planned_mapping == self.mapping()
                 and bool(plan.documents)
                 and (not plan.problems or self.ui.skipCheck.isChecked()))
        self.import_button.setEnabled(ready and not busy)

    # -- the dry run and the import ------------------------------------------------------------
    def _header_now(self) -> Header | None:
        if self.sheet is None or self.header is None:
            return None
        mapping = self.mapping()
        try:
            check_mapping(mapping)
        except MijiError as e:
            self.ui.error.setText(refusal_text(e))
            return None
        header = Header(self.header.first_row, self.header.data_row, self.header.labels,
                        mapping)
        return header

    def dry_run(self) -> None:
        header = self._header_now()
        if header is None or self.sheet is None or self._task is not None:
            return
        sheet, vault = self.sheet, self._vault
        self.ui.stepLabel.setText(self.tr("正在试运行…"))

        def work(progress: Callable[[str, float], None],
                 _cancelled: Callable[[], bool]) -> ImportPlan:
            with vault.exclusive():
                return plan_import(vault, sheet, header,
                                   progress=lambda d, t: progress("plan", d / max(t, 1)))

        self._planned_mapping = dict(header.mapping)
        self._run(work, self._planned)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        u = self.ui
        rows: list[tuple[str, str, str]] = []
        for d in plan.documents:
            copies = [n for n in d.copies if n is not None]
            text = self.tr("登记 {number} {title}（{level}，份号 {copies}，{count} 件）").format(
                number=d.number or self.tr("新编号"), title=d.doc["title"], level=d.level.name,
                copies=format_copy_numbers(copies) if copies else "—", count=len(d.copies))
            if d.missing:
                text += self.tr("；待补：{fields}").format(
                    fields="、".join(field_label(f) for f in d.missing))
            rows.append(("、".join(map(str, d.rows)), "", text))
        for p in plan.problems:
            shown = refusal_text(RuleViolation.recorded(p.code, p.params))
            rows.append((str(p.row), p.column, self.tr("错误：") + shown))
        rows.sort(key=lambda r: int(r[0].split("、")[0]))
        table = u.resultTable
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                table.setItem(i, j, QTableWidgetItem(value))
        u.stepLabel.setText(self.tr(
            "试运行完成，台账未改动：可导入 {docs} 份文件、{carriers} 件载体（其中待补 "
            "{incomplete} 件）；有错误 {errors} 行。").format(
            docs=len(plan.documents), carriers=plan.carriers, incomplete=plan.incomplete,
            errors=len(plan.error_rows)))

    def start_import(self) -> None:
        header = self._header_now()
        if header is None or self.sheet is None or self._task is not None:
            return
        sheet, vault = self.sheet, self._vault
        skip = self.ui.skipCheck.isChecked()
        self.plan = None  # the import plans again in its transaction: one plan in memory
        self.ui.stepLabel.setText(self.tr("正在导入…"))

        def work(progress: Callable[[str, float], None],
                 _cancelled: Callable[[], bool]) -> ImportResult:
            with vault.exclusive():
                return run_import(vault, sheet, header, skip_errors=skip,
                                  progress=lambda d, t: progress("import", d / max(t, 1)))

        self._run(work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.result = result
        self.plan = None
        text = self.tr("已导入 {count} 件载体（第 {batch} 批）。").format(
            count=len(result.carrier_ids), batch=result.batch_id)
        if result.skipped:
            text += self.tr("跳过 {n} 行，已记入导入记录。").format(n=len(result.skipped))
        if result.new_barcodes:
            text += self.tr("{n} 件载体用了新条码，请打印标签贴上。").format(
                n=len(result.new_barcodes))
        self.ui.stepLabel.setText(text)
        self.labels_button.setVisible(bool(result.new_barcodes) and self._print_labels is not None)
        self.imported.emit(result)

    def _labels(self) -> None:
        if self.result is not None and self._print_labels is not None:
            self._print_labels(self.result.new_barcodes)

    def _run(self, work: Callable[[Callable[[str, float], None], Callable[[], bool]], object],
             then: Callable[..., None]) -> None:
        self.ui.error.clear()
        self.ui.progressBar.setValue(0)
        task = BackgroundTask(work, self)
        task.progressed.connect(lambda _s, f: self.ui.progressBar.setValue(int(f * 1000)))
        task.succeeded.connect(lambda r: (self._done(), self.ui.progressBar.setValue(1000),
                                          then(r), self._enable()))
        task.failed.connect(self._failed)
        self._task = task
        self.busyChanged.emit(True)
        self._enable()
        task.start()

    def _done(self) -> None:
        if self._task is not None:
            self._task.wait()
            self._task.deleteLater()
            self._task = None
            self.busyChanged.emit(False)

    def _failed(self, error: BaseException) -> None:
        self._done()
        self.ui.progressBar.setValue(0)
        self.ui.stepLabel.clear()
        self.ui.error.setText(error_text(error))
        self._enable()

    @property
    def running(self) -> bool:
        return self._task is not None

    def reject(self) -> None:
        if self._task is not None:
            return  # an import is one transaction: it finishes or fails whole
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._task is not None:
            event.ignore()
            return
        super().closeEvent(event)


def _choose_file(parent: QWidget) -> str:
    path, _filter = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ImportDialog", "选择要导入的台账"), "",
        QCoreApplication.translate("ImportDialog", "Excel 或 CSV 文件 (*.xlsx *.csv)"))
    return path
