"""The 清查 page: start a check of a scope, scan what is there with live counts (expected, found,
left), see the result lists, confirm pages and attachments, report a missing carrier lost, close
the check with a note and print the 清查报告 through the preview.

Built in code like the 异常 page. Every action runs through the ``ActionRunner``; a scan lands in
the page's scan field, or comes from the window while the page is shown.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import inventory as inv
from ...core.carriers import Status
from ...core.inventory import Line, Result, Scope, ScopeKind
from ...printing.inventory import inventory_job
from ...vault.vault import Vault
from ..incidents.page import LossDialog
from ..printing.actions import rendered
from ..printing.audit import audited_job
from ..runner import ActionRunner
from ..widgets.labels import status_text
from ..widgets.levels import level_text
from ..widgets.message_bar import MessageBar
from ..widgets.refusals import word_text
from ..widgets.rows_model import RowsModel
from ..widgets.table import selected_rows, table

if TYPE_CHECKING:
    from ..shell.controller import AppController

LIMIT = 2000  # rows on the page; the report lists every line
LIVE_LIMIT = 5000  # checks up to this size refresh their lists after every scan


def result_text(result: Result) -> str:
    return {
        Result.PRESENT: QCoreApplication.translate("Inventory", "在位"),
        Result.MISSING: QCoreApplication.translate("Inventory", "缺失"),
        Result.OUT: QCoreApplication.translate("Inventory", "借出或传阅中"),
        Result.MOVED: QCoreApplication.translate("Inventory", "清查期间离开"),
        Result.UNEXPECTED: QCoreApplication.translate("Inventory", "账外或不符"),
    }[result]


def scope_texts() -> list[tuple[ScopeKind, str]]:
    return [
        (ScopeKind.ALL, QCoreApplication.translate("Inventory", "全部载体")),
        (ScopeKind.LEVEL, QCoreApplication.translate("Inventory", "一个密级")),
        (ScopeKind.LOCATION, QCoreApplication.translate("Inventory", "一个存放位置")),
        (ScopeKind.VOLUME, QCoreApplication.translate("Inventory", "一个案卷")),
        (ScopeKind.PERSON, QCoreApplication.translate("Inventory", "一个人员名下和持有的")),
    ]


class LineModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Inventory", "结果"),
            QCoreApplication.translate("Inventory", "条码"),
            QCoreApplication.translate("Inventory", "编号"),
            QCoreApplication.translate("Inventory", "名称"),
            QCoreApplication.translate("Inventory", "清查开始时"),
            QCoreApplication.translate("Inventory", "现在"),
            QCoreApplication.translate("Inventory", "说明"),
        )

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, Line)
        ln = row
        f = ln.facts
        note = []
        if ln.result is Result.UNEXPECTED and f.scan_reason:
            note.append(
                QCoreApplication.translate("Inventory", "原因：")
                + {
                    "elsewhere": QCoreApplication.translate("Inventory", "记录在清查范围以外"),
                    "out": QCoreApplication.translate("Inventory", "记录为借出或传阅中"),
                    "gone": QCoreApplication.translate("Inventory", "记录为已离开本单位"),
                    "lost": QCoreApplication.translate("Inventory", "记录为丢失"),
                    "unknown": QCoreApplication.translate("Inventory", "台账中无此条码"),
                }.get(f.scan_reason, f.scan_reason)
            )
        if ln.moved:
            note.append(QCoreApplication.translate("Inventory", "清查期间变动"))
        if ln.incomplete:
            note.append(QCoreApplication.translate("Inventory", "页数或附件不齐"))
        if f.confirm_note:
            note.append(f.confirm_note)
        return (
            result_text(ln.result),
            f.code,
            f.number,
            f.title,
            _state(f.start_status, f.start_location, f.start_holder),
            _state(f.now_status, f.now_location, f.now_holder),
            "；".join(note),
        )


def _state(status: str, location: str, holder: str) -> str:
    if not status:
        return "—"
    where = holder or location
    return status_text(Status(status)) + (f"（{where}）" if where else "")


class InventoryPage(QWidget):
    """清查: one check at a time, scanned to its report."""

    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.setObjectName("inventoryPage")
        self.controller = controller
        self.vault: Vault | None = None
        self.check_id: int | None = None
        self.dialog: LossDialog | None = None
        self.message = MessageBar("inventoryMessage", self)
        self.runner = ActionRunner(self.message)
        self.scope_kind = QComboBox()
        self.scope_kind.setObjectName("inventoryScope")
        self.scope_value = QComboBox()
        self.scope_value.setObjectName("inventoryScopeValue")
        self.scope_value.setEditable(True)
        self.start_button = QPushButton()
        self.start_button.setObjectName("startInventory")
        self.check_label = QLabel()
        self.check_label.setObjectName("inventoryCheck")
        self.counts = QLabel()
        self.counts.setObjectName("inventoryCounts")
        self.scan_caption = QLabel()
        self.scan = QLineEdit()
        self.scan.setObjectName("inventoryScan")
        self.scan_caption.setBuddy(self.scan)
        self.last = QLabel()
        self.last.setObjectName("inventoryLastScan")
        self.which = QComboBox()
        self.which.setObjectName("inventoryFilter")
        self.model = LineModel()
        self.view = table(self.model, [90, 110, 150, 260, 150, 150, 220], name="inventoryTable")
        self.pages_ok = QCheckBox()
        self.pages_ok.setObjectName("inventoryPagesOk")
        self.pages_ok.setChecked(True)
        self.attachments_ok = QCheckBox()
        self.attachments_ok.setObjectName("inventoryAttachmentsOk")
        self.attachments_ok.setChecked(True)
        self.confirm_note = QLineEdit()
        self.confirm_note.setObjectName("inventoryConfirmNote")
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmInventoryLine")
        self.lost_button = QPushButton()
        self.lost_button.setObjectName("reportInventoryLoss")
        self.close_note = QLineEdit()
        self.close_note.setObjectName("inventoryCloseNote")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeInventory")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printInventory")
        # The scheduled checks due or overdue (unit rules 清查周期); the dashboard opens this.
        self.due = QTableWidget(0, 4)
        self.due.setObjectName("inventoryDue")
        self.due.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.due.verticalHeader().setVisible(False)
        self.due.horizontalHeader().setStretchLastSection(True)
        self.due.setMaximumHeight(110)

        top = QHBoxLayout()
        top.addWidget(self.scope_kind)
        top.addWidget(self.scope_value, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.check_label, 2)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_caption)
        scan_row.addWidget(self.scan, 2)
        scan_row.addWidget(self.counts, 2)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.which)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.pages_ok)
        confirm_row.addWidget(self.attachments_ok)
        confirm_row.addWidget(self.confirm_note, 1)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.lost_button)
        close_row = QHBoxLayout()
        close_row.addWidget(self.close_note, 1)
        close_row.addWidget(self.close_button)
        close_row.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.due)
        layout.addLayout(top)
        layout.addLayout(scan_row)
        layout.addWidget(self.last)
        layout.addWidget(self.message)
        layout.addLayout(confirm_row)
        layout.addWidget(self.view)
        layout.addLayout(close_row)
        self.retranslate()
        self.scope_kind.currentIndexChanged.connect(lambda _i: self._fill_values())
        self.start_button.clicked.connect(lambda: self.start())
        self.scan.returnPressed.connect(lambda: self._scanned())
        self.which.currentIndexChanged.connect(lambda _i: self.refresh_lines())
        self.confirm_button.clicked.connect(lambda: self.confirm_selected())
        self.lost_button.clicked.connect(lambda: self.report_selected_lost())
        self.close_button.clicked.connect(lambda: self.close_check())
        self.print_button.clicked.connect(lambda: self.print_report())

    def show_due(self) -> list[inv.DueCheck]:
        """The checks due or overdue today, in the table above the check; returns them."""
        rows = [] if self.vault is None else inv.due_checks(
            self.vault, self.vault.clock.now().date())
        self.due.setRowCount(len(rows))
        self.due.setVisible(bool(rows))  # no room taken while nothing is due
        for i, d in enumerate(rows):
            last = d.last_checked.isoformat() if d.last_checked else QCoreApplication.translate(
                "Inventory", "从未清查")
            state = QCoreApplication.translate("Inventory", "已逾期") if d.overdue else ""
            every = QCoreApplication.translate("Inventory", "每 {n} 个月").format(n=d.months)
            cells = (level_text(d.level_name), every, last,
                     f"{d.due_on.isoformat()} {state}".strip())
            for j, text in enumerate(cells):
                self.due.setItem(i, j, QTableWidgetItem(text))
        return rows

    def retranslate(self) -> None:
        self.due.setHorizontalHeaderLabels([
            QCoreApplication.translate("Inventory", "按期应做的清查"),
            QCoreApplication.translate("Inventory", "周期"),
            QCoreApplication.translate("Inventory", "上次清查"),
            QCoreApplication.translate("Inventory", "应于")])
        if self.vault is not None:
            self.show_due()
        kind = self.scope_kind.currentIndex()
        self.scope_kind.blockSignals(True)
        self.scope_kind.clear()
        for k, text in scope_texts():
            self.scope_kind.addItem(text, k.value)
        self.scope_kind.setCurrentIndex(max(0, kind))
        self.scope_kind.blockSignals(False)
        which = self.which.currentIndex()
        self.which.blockSignals(True)
        self.which.clear()
        self.which.addItem(QCoreApplication.translate("Inventory", "全部结果"), "")
        for r in inv.RESULT_ORDER:
            self.which.addItem(result_text(r), r.value)
        self.which.setCurrentIndex(max(0, which))
        self.which.blockSignals(False)
        self.start_button.setText(QCoreApplication.translate("Inventory", "开始清查(&B)"))
        self.scan_caption.setText(QCoreApplication.translate("Inventory", "条码(&S)："))
        self.scan.setPlaceholderText(QCoreApplication.translate("Inventory", "扫描在位的载体"))
        self.pages_ok.setText(QCoreApplication.translate("Inventory", "页数齐全"))
        self.attachments_ok.setText(QCoreApplication.translate("Inventory", "附件齐全"))
        self.confirm_note.setPlaceholderText(
            QCoreApplication.translate("Inventory", "不齐全时写明缺少什么")
        )
        self.confirm_button.setText(QCoreApplication.translate("Inventory", "确认所选载体(&K)"))
        self.lost_button.setText(QCoreApplication.translate("Inventory", "报告丢失(&L)…"))
        self.close_note.setPlaceholderText(
            QCoreApplication.translate("Inventory", "清查结论（结束清查时必填）")
        )
        self.close_button.setText(QCoreApplication.translate("Inventory", "结束清查(&E)"))
        self.print_button.setText(QCoreApplication.translate("Inventory", "打印清查报告(&P)…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self.show_check()

    # -- WorkPage -----------------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self.vault = vault
        open_ids = vault.inventory.check_ids(open_only=True)
        every = vault.inventory.check_ids()
        self.check_id = open_ids[0] if open_ids else (every[0] if every else None)
        self.show_due()
        self._fill_values()
        self.show_check()
        self.refresh_lines()

    def detach(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
        self.vault = None
        self.check_id = None
        self.model.set_rows([])
        self.due.setRowCount(0)
        self.scope_value.clear()
        for w in (self.counts, self.last, self.check_label):
            w.clear()
        for e in (self.scan, self.confirm_note, self.close_note):
            e.clear()
        self.message.clear_message()

    def handle_scan(self, code: str) -> bool:
        if not self.isVisible() or self._open_view() is None:
            return False
        self.scan_code(code)
        return True

    # -- state ----------------------------------------------------------------------------------
    def _fill_values(self) -> None:
        self.scope_value.clear()
        vault = self.vault
        if vault is None:
            return
        kind = ScopeKind(self.scope_kind.currentData() or "all")
        self.scope_value.setEnabled(kind is not ScopeKind.ALL)
        if kind is ScopeKind.LEVEL:
            for lv in vault.levels:
                self.scope_value.addItem(lv.name, lv.code)
        elif kind is ScopeKind.LOCATION:
            for _id, name, _kind in vault.locations():
                self.scope_value.addItem(name, name)

    def _open_view(self) -> inv.CheckView | None:
        if self.vault is None or self.check_id is None:
            return None
        view = inv.check_view(self.vault.inventory.check_row(self.check_id))
        return view if view.is_open else None

    def show_check(self) -> None:
        self.show_due()  # a check started or closed moves the schedule
        vault = self.vault
        if vault is None or self.check_id is None:
            self.check_label.setText(
                QCoreApplication.translate("Inventory", "没有进行中的清查。")
                if vault is not None
                else ""
            )
            self.counts.clear()
            return
        view = inv.check_view(vault.inventory.check_row(self.check_id))
        state = (
            QCoreApplication.translate("Inventory", "进行中")
            if view.is_open
            else QCoreApplication.translate("Inventory", "已结束")
        )
        self.check_label.setText(
            QCoreApplication.translate("Inventory", "{number}（{scope}）{state}").format(
                number=view.number, scope=self._scope_text(vault, view), state=state
            )
        )
        c = inv.counts(vault, self.check_id)
        self.counts.setText(
            QCoreApplication.translate(
                "Inventory", "应在 {expected}　已找到 {found}　剩余 {left}　账外或不符 {odd}"
            ).format(expected=c.expected, found=c.found, left=c.left, odd=c.unexpected)
        )
        self.scan.setEnabled(view.is_open)
        self.close_button.setEnabled(view.is_open)

    @staticmethod
    def _scope_text(vault: Vault, view: inv.CheckView) -> str:
        """The scope in the UI's language: its kind, then the level, place, volume or name."""
        kinds = {
            ScopeKind.ALL: QCoreApplication.translate("Inventory", "全部载体"),
            ScopeKind.LEVEL: QCoreApplication.translate("Inventory", "密级"),
            ScopeKind.LOCATION: QCoreApplication.translate("Inventory", "存放位置"),
            ScopeKind.VOLUME: QCoreApplication.translate("Inventory", "案卷"),
            ScopeKind.PERSON: QCoreApplication.translate("Inventory", "人员"),
        }
        if view.scope_kind is ScopeKind.ALL:
            return kinds[ScopeKind.ALL]
        value = view.scope_value
        if view.scope_kind is ScopeKind.LEVEL and value in vault.levels:
            value = word_text(vault.levels.get(value).name)
        return f"{kinds[view.scope_kind]}: {value}"

    def refresh_lines(self) -> None:
        vault = self.vault
        if vault is None or self.check_id is None:
            self.model.set_rows([])
            return
        want = self.which.currentData() or ""
        rows = [
            ln
            for ln in inv.check_lines(vault, self.check_id)
            if not want or ln.result.value == want
        ]
        order = {r: i for i, r in enumerate(inv.RESULT_ORDER)}
        rows.sort(key=lambda ln: order[ln.result])
        self.model.set_rows(rows[:LIMIT])

    def _after_change(self) -> None:
        self.show_check()
        vault = self.vault
        if (
            vault is not None
            and self.check_id is not None
            and (inv.counts(vault, self.check_id).expected <= LIVE_LIMIT)
        ):
            self.refresh_lines()

    def current_line(self) -> Line | None:
        rows = selected_rows(self.view)
        return self.model.row_at(rows[0]) if rows else None  # type: ignore[return-value]

    # -- actions --------------------------------------------------------------------------------
    def start(self) -> bool:
        vault = self.vault
        if vault is None:
            return False
        kind = ScopeKind(self.scope_kind.currentData() or "all")
        text = self.scope_value.currentText().strip()
        index = self.scope_value.findText(text)
        value = str(self.scope_value.itemData(index)) if index >= 0 else text

        def started(check_id: int) -> None:
            self.check_id = check_id
            self.message.done(
                QCoreApplication.translate("Inventory", "清查已开始：应在载体的清单已冻结。")
            )
            self._after_change()

        return self.runner.run(lambda: inv.start_check(vault, Scope(kind, value)), started)

    def _scanned(self) -> None:
        code = self.scan.text()
        self.scan.clear()
        self.scan_code(code)

    def scan_code(self, code: str) -> bool:
        vault, check = self.vault, self.check_id
        if vault is None or check is None:
            self.message.refuse(QCoreApplication.translate("Inventory", "请先开始一次清查。"))
            return False

        def shown(got: inv.ScanOutcome) -> None:
            if got.again:
                text = QCoreApplication.translate("Inventory", "已扫描过：{what}").format(
                    what=got.label
                )
            elif got.result == "present":
                text = QCoreApplication.translate("Inventory", "在位：{what}").format(
                    what=got.label
                )
            else:
                text = QCoreApplication.translate("Inventory", "账外或不符：{what}").format(
                    what=got.label
                )
            self.last.setText(text)
            self._after_change()

        return self.runner.run(lambda: inv.scan(vault, check, code), shown)

    def confirm_selected(self) -> bool:
        vault, check, line = self.vault, self.check_id, self.current_line()
        if vault is None or check is None or line is None:
            self.message.refuse(
                QCoreApplication.translate("Inventory", "请先在列表中选中一件在位的载体。")
            )
            return False
        pages, attachments = self.pages_ok.isChecked(), self.attachments_ok.isChecked()
        note = self.confirm_note.text()

        def confirmed(_none: None) -> None:
            self.confirm_note.clear()
            self.message.done(
                QCoreApplication.translate("Inventory", "已确认：{code}。").format(
                    code=line.facts.code
                )
            )
            self._after_change()

        return self.runner.run(
            lambda: inv.confirm(
                vault,
                check,
                line.facts.code,
                pages_complete=pages,
                attachments_complete=attachments,
                note=note,
            ),
            confirmed,
        )

    def report_selected_lost(self) -> LossDialog | None:
        vault, line = self.vault, self.current_line()
        if (
            vault is None
            or line is None
            or line.result is not Result.MISSING
            or line.facts.carrier_id is None
        ):
            self.message.refuse(
                QCoreApplication.translate("Inventory", "请先在列表中选中一件缺失的载体。")
            )
            return None
        dialog = LossDialog(vault, vault.ledger.get(line.facts.carrier_id), self)
        self.dialog = dialog

        def done() -> None:
            self.message.done(
                QCoreApplication.translate("Inventory", "已报告丢失：{code}，异常未结案。").format(
                    code=line.facts.code
                )
            )
            self._after_change()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def close_check(self) -> bool:
        vault, check = self.vault, self.check_id
        if vault is None or check is None:
            return False
        note = self.close_note.text()

        def closed(counts: dict[str, int]) -> None:
            self.close_note.clear()
            self.message.done(
                QCoreApplication.translate(
                    "Inventory", "清查已结束：缺失 {missing} 件，账外或不符 {odd} 件。"
                ).format(missing=counts["missing"], odd=counts["unexpected"])
            )
            self._after_change()

        return self.runner.run(lambda: inv.close_check(vault, check, note), closed)

    def print_report(self) -> bool:
        vault, check = self.vault, self.check_id
        if vault is None or check is None:
            self.message.refuse(QCoreApplication.translate("Inventory", "还没有清查可以打印。"))
            return False
        window = self.controller.window
        buffer = io.BytesIO()
        job = rendered(window, lambda: inventory_job(vault, check, buffer))
        if job is None:
            return False

        self.controller.printing.preview(
            buffer.getvalue(),
            QCoreApplication.translate("Inventory", "涉密载体清查报告"),
            self,
            suggested_name=f"{job.title}.pdf",
            on_done=audited_job(window, vault, job),
        )
        return True


def install(controller: AppController) -> None:
    window = controller.window
    page = InventoryPage(controller)
    window.inventory = page  # type: ignore[attr-defined]
    window.add_page(page, lambda: QCoreApplication.translate("Inventory", "清查"))
    window.follow_language(page.retranslate)


__all__ = ["InventoryPage", "LineModel", "install"]
