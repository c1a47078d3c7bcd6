"""A table model over a list of rows: subclasses name the columns and say each row's cells.

Every list page of the app (destruction manifests, volumes, incidents, inventory lines, the
expiry review …) shows a few hundred rows at most, held as views; the ledger's million rows have
their own paged model (ui/ledger/model.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows held in a list; subclasses name the columns and the cells."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[object] = []

    def set_rows(self, rows: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> object | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[object]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> tuple[str, ...]:
        return self.HEADERS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.headers())):
            return self.headers()[section]
        return None

    def cells(self, row: object) -> tuple[str, ...]:  # pragma: no cover - overridden
        raise NotImplementedError

    def style(self, row: object, column: int, role: int) -> object:
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(row)[index.column()]
        return self.style(row, index.column(), role)


__all__ = ["RowsModel"]
