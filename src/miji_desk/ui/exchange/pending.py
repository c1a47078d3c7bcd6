"""台账库 › 待补登记…: the imported carriers still marked 待补, and the 补录 dialog.

The list shows each 待补 carrier's 编号, title and the fields it lacks (what lending,
circulating and copying ask for first). 补录… opens a dialog with one editor per missing field;
OK runs the core's completion workflow (one audit event); a refusal stays in the dialog at its
field and changes nothing. The list is refreshed after each completion and emptied and closed on
a lock, so no ledger text stays on screen.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.exchange.importing import carriers_to_complete, complete_carrier
from ...vault.vault import Vault
from ..runner import accept_with
from ..widgets.inline_errors import InlineErrors
from ..widgets.table import select_row, selected_rows, table

if TYPE_CHECKING:
    from ..shell.controller import AppController
    from ..shell.main_window import MainWindow

_Index = QModelIndex | QPersistentModelIndex
CONTEXT = "Pending"


def field_words() -> dict[str, str]:
    """The fields an imported carrier may lack, in the current language."""
    return {
        "copy_numbers": QCoreApplication.translate("Pending", "份号"),
        "pages": QCoreApplication.translate("Pending", "页数"),
        "producer": QCoreApplication.translate("Pending", "产生机关"),
        "sender": QCoreApplication.translate("Pending", "来文机关"),
        "received_at": QCoreApplication.translate("Pending", "收文日期"),
        "copies_total": QCoreApplication.translate("Pending", "份数"),
        "scope": QCoreApplication.translate("Pending", "知悉范围"),
        "location": QCoreApplication.translate("Pending", "存放位置"),
    }


def missing_text(fields: list[str]) -> str:
    words = field_words()
    return QCoreApplication.translate("Pending", "、").join(words.get(f, f) for f in fields)


# -- the list ------------------------------------------------------------------------------------


class PendingModel(QAbstractTableModel):
    """The 待补 carriers: 编号, 名称, 待补项."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Mapping[str, object]] = []

    def set_rows(self, rows: list[Mapping[str, object]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [QCoreApplication.translate("Pending", "编号"),
                    QCoreApplication.translate("Pending", "名称"),
                    QCoreApplication.translate("Pending", "待补项")][section]
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return str(row["number"])
        if col == 1:
            return str(row["title"])
        return missing_text(list(row["missing"]))  # type: ignore[call-overload]


class PendingDialog(QDialog):
    """The 待补 list: a window beside the ledger (not modal), opened from the menu or the
    dashboard."""

    def __init__(self, feature: PendingCarriers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingDialog")
        self.feature = feature
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.model = PendingModel()
        self.view: QTableView = table(self.model, [150, 320], name="pendingView")
        self.view.doubleClicked.connect(lambda _i: self.complete_selected())
        self.completeButton = QPushButton()
        self.completeButton.setObjectName("completeButton")
        self.completeButton.clicked.connect(lambda _c=False: self.complete_selected())
        self.closeButton = QPushButton()
        self.closeButton.clicked.connect(self.close)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.completeButton)
        buttons.addWidget(self.closeButton)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(760, 420)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Pending", "待补登记的载体"))
        self.completeButton.setText(QCoreApplication.translate("Pending", "补录(&C)…"))
        self.closeButton.setText(QCoreApplication.translate("Pending", "关闭"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self.feature.vault is not None and self.isVisible():
            self.refresh()  # the caption and the missing fields, in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        vault = self.feature.vault
        if vault is None:
            self.clear()
            return
        self.model.set_rows(carriers_to_complete(vault))
        self.caption.setText(QCoreApplication.translate(
            "Pending", "导入时缺少登记项目的载体：{n} 件。补齐之前不能借阅、传阅或复制。"
        ).format(n=self.model.rowCount()))
        self.completeButton.setEnabled(self.model.rowCount() > 0)
        if self.model.rowCount() and not selected_rows(self.view):
            select_row(self.view, 0)

    def clear(self) -> None:
        self.model.clear()
        self.caption.clear()
        self.message.clear()

    def selected(self) -> Mapping[str, object] | None:
        rows = selected_rows(self.view)
        return self.model.rows[rows[0]] if rows else None

    def complete_selected(self) -> CompleteDialog | None:
        row = self.selected()
        if row is None:
            self.message.setText(QCoreApplication.translate("Pending", "请先选中一件载体。"))
            return None
        return self.feature.complete(row, self)


# -- 补录 ----------------------------------------------------------------------------------------


class CompleteDialog(QDialog):
    """补录: one editor per missing field, named after the field (refusals show there)."""

    def __init__(self, vault: Vault, row: Mapping[str, object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("completeDialog")
        self.vault = vault
        self.carrier_id = int(row["id"])  # type: ignore[call-overload]
        self.number = str(row["number"])
        self.missing = [str(f) for f in row["missing"]]  # type: ignore[attr-defined]
        self.remaining: list[str] | None = None  # what is still missing after OK
        self.editors: dict[str, QWidget] = {}
        self.setWindowTitle(QCoreApplication.translate("Pending", "补录"))
        self.subject = QLabel(f"{self.number}  {row['title']}")
        self.subject.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("Pending", "载体："), self.subject)
        words = field_words()
        for fld in self.missing:
            editor = self._editor(fld)
            editor.setObjectName(fld)
            setattr(self, fld, editor)
            self.form.addRow(QCoreApplication.translate("Pending", "{field}：").format(
                field=words.get(fld, fld)), editor)
        self.messageLabel = QLabel()
        self.messageLabel.setWordWrap(True)
        self.okButton = QPushButton(QCoreApplication.translate("Pending", "补录(&O)"))
        self.okButton.setObjectName("okButton")
        self.okButton.setDefault(True)
        self.cancelButton = QPushButton(QCoreApplication.translate("Pending", "取消"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.okButton)
        buttons.addWidget(self.cancelButton)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.messageLabel)
        layout.addLayout(buttons)
        self.okButton.clicked.connect(lambda _c=False: self.save())
        self.cancelButton.clicked.connect(self.reject)
        self.errors = InlineErrors(self, self, self.messageLabel)
        self.resize(520, 200 + 40 * len(self.missing))

    def _editor(self, fld: str) -> QWidget:
        if fld == "location":
            box = QComboBox()
            box.addItem(QCoreApplication.translate("Pending", "（请选择）"), "")
            for _lid, name, _kind in self.vault.locations():
                box.addItem(name, name)
            return box
        if fld == "copy_numbers":
            # A 份号 changes the carrier's 编号: a correction of the registration, not a 补录.
            note = QLabel(QCoreApplication.translate(
                "Pending", "份号决定载体的编号，须通过更正登记补上，不在此补录。"))
            note.setWordWrap(True)
            return note
        edit = QLineEdit()
        hints = {
            "pages": QCoreApplication.translate("Pending", "例如 12"),
            "copies_total": QCoreApplication.translate("Pending", "例如 30"),
            "received_at": QCoreApplication.translate("Pending", "例如 2019-03-05"),
        }
        edit.setPlaceholderText(hints.get(fld, ""))
        return edit

    def values(self) -> dict[str, object]:
        """What the clerk typed, by field (empty editors left out by the core)."""
        out: dict[str, object] = {}
        for fld in self.missing:
            editor = getattr(self, fld)
            if isinstance(editor, QComboBox):
                out[fld] = editor.currentData() or ""
            elif isinstance(editor, QLineEdit):
                out[fld] = editor.text()
        return out

    def forget(self) -> None:
        """A lock: no ledger text stays in the dialog, even before Qt deletes it."""
        # Texts only: no widget is deleted here (the main window's lock walks the dialogs
        # while this runs, and a row removed under it would be a deleted object).
        for label in self.findChildren(QLabel):
            label.clear()
        for edit in self.findChildren(QLineEdit):
            edit.clear()

    def save(self) -> None:
        vault, cid, values = self.vault, self.carrier_id, self.values()
        self.errors.clear()
        accept_with(self, self.errors, lambda: complete_carrier(vault, cid, values), "remaining")


# -- the feature ---------------------------------------------------------------------------------


class PendingCarriers(QObject):
    """台账库 › 待补登记…, the list window and its 补录 dialog; both go on a lock."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.c = controller
        self.window: MainWindow = controller.window
        self.list: PendingDialog | None = None
        self.dialog: CompleteDialog | None = None

    @property
    def vault(self) -> Vault | None:
        return self.window.vault

    def show_list(self) -> QTableView | None:
        """Open (or raise) the list, refreshed; returns its view."""
        if self.vault is None:
            return None
        if self.list is None:
            self.list = PendingDialog(self, self.window)
        self.list.refresh()
        self.list.show()
        self.list.raise_()
        self.list.activateWindow()
        return self.list.view

    def complete(self, row: Mapping[str, object], parent: QWidget) -> CompleteDialog | None:
        vault = self.vault
        if vault is None:
            return None
        self.drop_dialog()
        dialog = CompleteDialog(vault, row, parent)
        self.dialog = dialog
        number = str(row["number"])

        def done() -> None:
            remaining = dialog.remaining or []
            w = self.window
            w.model.refresh()
            shown = w.detail.carrier
            if shown is not None and shown.id == dialog.carrier_id:
                w.show_carrier(dialog.carrier_id)
            if self.list is not None:
                self.list.refresh()
                self.list.message.setText(
                    QCoreApplication.translate("Pending", "{number} 仍缺：{fields}。").format(
                        number=number, fields=missing_text(remaining)) if remaining else
                    QCoreApplication.translate("Pending", "{number} 已补齐。").format(
                        number=number))

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: self._finished(dialog))
        dialog.open()
        return dialog

    def _finished(self, dialog: CompleteDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.forget()  # closed: its text goes now, not whenever Qt deletes it
        dialog.deleteLater()

    def drop_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.forget()
            self.dialog.reject()
            self.dialog = None

    def drop(self) -> None:
        """A lock: the 补录 dialog goes, the list is emptied and closed."""
        self.drop_dialog()
        if self.list is not None:
            self.list.clear()
            self.list.hide()


def install(controller: AppController) -> None:
    window = controller.window
    feature = PendingCarriers(controller)
    window.pending = feature  # type: ignore[attr-defined]
    action = QAction(window)
    action.setObjectName("actionPendingCarriers")
    window.follow_language(lambda: action.setText(
        QCoreApplication.translate("Pending", "待补登记…")))
    action.triggered.connect(lambda _checked=False: feature.show_list())
    window.vault_menu.addAction(action)
    action.setEnabled(not window.is_locked)
    window.work_actions.append(action)
    window.locked.connect(feature.drop)


__all__ = ["CompleteDialog", "PendingCarriers", "PendingDialog", "PendingModel", "field_words",
           "install"]
