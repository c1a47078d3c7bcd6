"""The ledger as a Qt table: ids fetched a page at a time, rows only for what is on screen.

Like Anki's browser model, the model never holds a register: it knows the row count, keeps a
small cache of pages, and asks the vault for the ids and rows of a page when the view needs it.
A million carriers scroll with a few hundred rows in memory.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.carriers import CarrierView
from ...core.ledger_query import LedgerFilter, SortKey
from ..widgets.labels import status_text
from ..widgets.levels import marking_text

PAGE = 200
MAX_PAGES = 12  # rows kept in memory: at most PAGE * MAX_PAGES

Index = QModelIndex | QPersistentModelIndex


class LedgerSource(Protocol):
    def count(self, f: LedgerFilter = ...) -> int: ...
    def page(self, f: LedgerFilter = ..., sort: SortKey = ..., descending: bool = ...,
             offset: int = ..., limit: int = ...) -> list[CarrierView]: ...


# Colour follows the level, but the level is always written too: never colour alone.
LEVEL_COLOURS = {"top_secret": "#f8d7da", "secret": "#ffe5cc", "confidential": "#fff6c7"}


class LedgerModel(QAbstractTableModel):
    COLUMNS: tuple[tuple[str, SortKey], ...] = (
        ("编号", SortKey.NUMBER), ("密级★期限", SortKey.LEVEL), ("标题", SortKey.TITLE),
        ("文号", SortKey.DOC_NO), ("来文机关", SortKey.SENDER), ("状态", SortKey.STATUS),
        ("持有人/位置", SortKey.WHEREABOUTS), ("登记时间", SortKey.REGISTERED))
    CarrierIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._source: LedgerSource | None = None
        self._filter = LedgerFilter()
        self._sort = SortKey.REGISTERED
        self._descending = True  # newest first: what the clerk registered last is on top
        self._rows = 0
        self._pages: OrderedDict[int, list[CarrierView]] = OrderedDict()

    # -- lifecycle -----------------------------------------------------------------------------
    def set_source(self, source: LedgerSource | None, *, count: int | None = None) -> None:
        """``count``: the filter's row count when it is already known (counted off the UI
        thread by the search box), so it is not counted again here."""
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        if source is None:
            self._rows = 0
        else:
            self._rows = source.count(self._filter) if count is None else count
        self.endResetModel()

    def clear(self) -> None:
        """Forget every row and the source: what the lock screen leaves behind is nothing."""
        self.set_source(None)

    def refresh(self) -> None:
        self.set_source(self._source)

    @property
    def filter(self) -> LedgerFilter:
        return self._filter

    def set_filter(self, f: LedgerFilter, *, count: int | None = None) -> None:
        self._filter = f
        self.set_source(self._source, count=count)

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self._header(section)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def _header(self, section: int) -> str:
        return (self.tr("编号"), self.tr("密级★期限"), self.tr("标题"), self.tr("文号"),
                self.tr("来文机关"), self.tr("状态"), self.tr("持有人/位置"),
                self.tr("登记时间"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        view = self.carrier_at(index.row())
        if view is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(view, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == 1:
            colour = LEVEL_COLOURS.get(view.level.code)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and view.level.rank >= 300:
            return QBrush(QColor("#8b0000"))
        if role == self.CarrierIdRole:
            return view.id
        return None

    def _text(self, v: CarrierView, col: int) -> str:
        match col:
            case 0:
                return v.number
            case 1:
                return marking_text(v.marking)
            case 2:
                return v.title
            case 3:
                return v.doc_no
            case 4:
                return v.sender
            case 5:
                return status_text(v.status) + (self.tr("（冻结）") if v.held else "")
            case 6:
                return v.whereabouts
            case _:
                return v.registered_at.strftime("%Y-%m-%d %H:%M")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = self.COLUMNS[column][1]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._pages.clear()
        self.layoutChanged.emit()

    # -- rows ----------------------------------------------------------------------------------
    def carrier_at(self, row: int) -> CarrierView | None:
        if self._source is None or not 0 <= row < self._rows:
            return None
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(self._filter, self._sort, self._descending,
                                     number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def row_of(self, carrier_id: int) -> int | None:
        """The row of a carrier among the cached pages (to keep a selection across refreshes)."""
        for number, page in self._pages.items():
            for i, v in enumerate(page):
                if v.id == carrier_id:
                    return number * PAGE + i
        return None
