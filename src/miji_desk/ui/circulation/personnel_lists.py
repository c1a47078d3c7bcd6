"""The people page's two watch lists (篇七): 脱密期 ending soon and training behind.

``exit_rows`` and ``training_rows`` are the one query behind each list and its dashboard item:
the 脱密期 whose last day falls within the unit's window (``EXIT_PERIOD_WINDOW_DAYS``, shown
in 设置) and the classified people on post with no training in the last twelve months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ...core.personnel import Behind, ExitPeriod, exit_periods_ending, training_behind
from ...core.unit_rules import EXIT_PERIOD_WINDOW_DAYS, rule_value
from ...vault.vault import Vault
from .departure_dialog import departure_kind_text
from .models import Index, grade_text


def exit_window(vault: Vault) -> int:
    return rule_value(vault, EXIT_PERIOD_WINDOW_DAYS)


def exit_rows(vault: Vault, today: dt.date) -> list[ExitPeriod]:
    """The 脱密期 ending within the unit's window, soonest first."""
    return exit_periods_ending(vault, today, exit_window(vault))


def training_rows(vault: Vault, today: dt.date) -> list[Behind]:
    return training_behind(vault, today)


class ExitModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ExitPeriod] = []
        self._today = dt.date.min

    def set_rows(self, rows: Sequence[ExitPeriod], today: dt.date) -> None:
        self.beginResetModel()
        self._rows, self._today = list(rows), today
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], dt.date.min)

    def row_at(self, row: int) -> ExitPeriod | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("PersonnelLists", "姓名"),
                QCoreApplication.translate("PersonnelLists", "部门"),
                QCoreApplication.translate("PersonnelLists", "离岗时等级"),
                QCoreApplication.translate("PersonnelLists", "离岗方式"),
                QCoreApplication.translate("PersonnelLists", "离岗日期"),
                QCoreApplication.translate("PersonnelLists", "脱密期至"),
                QCoreApplication.translate("PersonnelLists", "剩余"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        e = self.row_at(index.row())
        if e is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        days = e.days_left(self._today)
        left = (QCoreApplication.translate("PersonnelLists", "今天届满") if days == 0 else
                QCoreApplication.translate("PersonnelLists", "还有 {n} 天").format(n=days))
        ends = e.ends_on.isoformat() + (
            QCoreApplication.translate("PersonnelLists", "（已延长）") if e.extended else "")
        return (e.person.name, e.person.department, grade_text(e.grade),
                departure_kind_text(e.kind),
                e.left_on.isoformat(), ends, left)[index.column()]


class BehindModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Behind] = []

    def set_rows(self, rows: Sequence[Behind]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Behind | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (QCoreApplication.translate("PersonnelLists", "姓名"),
                QCoreApplication.translate("PersonnelLists", "部门"),
                QCoreApplication.translate("PersonnelLists", "岗位"),
                QCoreApplication.translate("PersonnelLists", "涉密等级"),
                QCoreApplication.translate("PersonnelLists", "近一年培训"),
                QCoreApplication.translate("PersonnelLists", "最近一次培训"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        b = self.row_at(index.row())
        if b is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        last = (b.last.isoformat() if b.last is not None else
                QCoreApplication.translate("PersonnelLists", "从未参加"))
        return (b.person.name, b.person.department, b.person.post,
                grade_text(b.person.grade),
                QCoreApplication.translate("PersonnelLists", "{n} 次").format(n=b.sessions),
                last)[index.column()]


__all__ = ["BehindModel", "ExitModel", "exit_rows", "exit_window", "training_rows"]
