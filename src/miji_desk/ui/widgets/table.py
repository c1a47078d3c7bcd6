"""The read-only tables of the desk pages: whole rows, no editing, fixed row height."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 24


def table(model: QAbstractItemModel, widths: Sequence[int], *, multi: bool = False,
          alternating: bool = True, name: str = "") -> QTableView:
    """A table over ``model``; ``widths`` are the first columns' widths, the last stretches."""
    t = QTableView()
    if name:
        t.setObjectName(name)
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                       else QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setWordWrap(False)
    t.setAlternatingRowColors(alternating)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = t.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for col, w in enumerate(widths):
        header.resizeSection(col, w)
    return t


def select_row(view: QTableView, row: int) -> None:
    """Make ``row`` current and selected; a negative row clears the selection."""
    if row < 0:
        view.clearSelection()
        return
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def selected_rows(view: QTableView) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


__all__ = ["select_row", "selected_rows", "table"]
