"""Table models for what is out, open circulation slips and people, and a scrubber for locking.

"Out now" is small by nature (what is not in the safe), so ``OutModel`` holds its lines. The
people list can reach 10,000 names over the years; ``PeopleModel`` fetches it page by page as
the view scrolls (``canFetchMore``/``fetchMore``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from ...core.holdings import OutKind, OutLine, SlipView
from ...core.people import Grade, Person
from ..widgets.levels import marking_text

Index = QModelIndex | QPersistentModelIndex
OVERDUE_BG = QColor("#ffcdd2")
OVERDUE_FG = QColor("#8b0000")
DUE_TODAY_BG = QColor("#fff3cd")


def when(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """A time on screen: today's times without the date."""
    if moment is None:
        return ""
    if now is not None and moment.date() == now.date():
        return QCoreApplication.translate("Custody", "今天 {time}").format(
            time=moment.strftime("%H:%M"))
    return moment.strftime("%Y-%m-%d %H:%M")


def grade_text(grade: Grade) -> str:
    return {
        Grade.CORE: QCoreApplication.translate("Custody", "核心"),
        Grade.IMPORTANT: QCoreApplication.translate("Custody", "重要"),
        Grade.GENERAL: QCoreApplication.translate("Custody", "一般"),
        Grade.NONE: QCoreApplication.translate("Custody", "非涉密"),
    }[grade]


def kind_text(kind: OutKind) -> str:
    return {OutKind.CIRCULATION: QCoreApplication.translate("Custody", "传阅"),
            OutKind.LOAN: QCoreApplication.translate("Custody", "借阅")}[kind]


def person_text(p: Person) -> str:
    return QCoreApplication.translate("Circulation", "{name}（{department}）").format(
        name=p.name, department=p.department) if p.department else p.name


# Until the first rows arrive with the vault's clock: an empty model needs no "now".
NO_TIME_YET = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class OutModel(QAbstractTableModel):
    """Carriers out now (circulating or on loan): with whom, since when, due when."""

    COLUMNS = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[OutLine] = []
        self._now = NO_TIME_YET

    def set_lines(self, lines: list[OutLine], now: dt.datetime) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._now = now
        self.endResetModel()

    def clear(self) -> None:
        self.set_lines([], self._now)

    def line_at(self, row: int) -> OutLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def lines(self) -> list[OutLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("类型"), self.tr("单号"), self.tr("载体编号"), self.tr("密级★期限"),
                    self.tr("标题"), self.tr("持有人"), self.tr("送出/借出"), self.tr("应还时间"),
                    self.tr("地点"), self.tr("情况"))[section]
        return None

    def state_text(self, ln: OutLine) -> str:
        if ln.overdue(self._now):
            late = self._now - ln.due
            hours = int(late.total_seconds() // 3600)
            if hours >= 24:
                return self.tr("逾期 {d} 天").format(d=hours // 24)
            if hours >= 1:
                return self.tr("逾期 {h} 小时").format(h=hours)
            return self.tr("逾期")
        if ln.due_today(self._now):
            return self.tr("今日应还")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        ln = self._lines[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            cv = ln.carrier
            values = (kind_text(ln.kind), ln.reference, cv.number, marking_text(cv.marking),
                      cv.title, person_text(ln.person), when(ln.since, self._now),
                      when(ln.due, self._now), ln.place or "—", self.state_text(ln))
            return values[col]
        overdue = ln.overdue(self._now)
        if role == Qt.ItemDataRole.BackgroundRole:
            if overdue:
                return QBrush(OVERDUE_BG)
            if ln.due_today(self._now) and col == self.COLUMNS - 1:
                return QBrush(DUE_TODAY_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.FontRole and overdue and col in (7, 9):
            font = QFont()
            font.setBold(True)
            return font
        return None


class SlipModel(QAbstractTableModel):
    """Open circulation slips and how far each has gone."""

    COLUMNS = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._slips: list[SlipView] = []
        self._now = NO_TIME_YET

    def set_slips(self, slips: list[SlipView], now: dt.datetime) -> None:
        self.beginResetModel()
        self._slips = list(slips)
        self._now = now
        self.endResetModel()

    def clear(self) -> None:
        self.set_slips([], self._now)

    def slip_at(self, row: int) -> SlipView | None:
        return self._slips[row] if 0 <= row < len(self._slips) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._slips)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("传阅单号"), self.tr("载体"), self.tr("传阅人（顺序）"),
                    self.tr("进度"), self.tr("开单时间"), self.tr("阅办意见"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._slips):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        s = self._slips[index.row()]
        total = len(s.carriers) * len(s.readers)
        done = sum(1 for r in s.reads if r.returned_at is not None)
        out = sum(1 for r in s.reads if r.returned_at is None)
        progress = self.tr("已阅 {done}/{total}").format(done=done, total=total)
        if out:
            progress += self.tr("，在外 {n} 件").format(n=out)
        values = (s.number, "、".join(f"{cv.number}《{cv.title}》" for cv in s.carriers),
                  " → ".join(p.name for p in s.readers), progress,
                  when(s.opened_at, self._now), s.instruction)
        return values[index.column()]


class PeopleModel(QAbstractTableModel):
    """People by name, fetched a page at a time; each with how many carriers they hold now."""

    COLUMNS = 7
    PAGE = 200

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._held: Counter[int] = Counter()
        self._source: Callable[[int, int], list[Person]] | None = None
        self._exhausted = True

    def set_source(self, source: Callable[[int, int], list[Person]] | None,
                   held: Counter[int]) -> None:
        """``source(offset, limit)`` gives the next page; ``held`` counts holdings by person."""
        self.beginResetModel()
        self._source = source
        self._held = held
        self._people = []
        self._exhausted = source is None
        self.endResetModel()
        if source is not None:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        self.set_source(None, Counter())

    def person_at(self, row: int) -> Person | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def row_of(self, person_id: int) -> int:
        """The row of a person, fetching further pages until found (-1 when not listed)."""
        while True:
            for i, p in enumerate(self._people):
                if p.id == person_id:
                    return i
            if not self.canFetchMore(QModelIndex()):
                return -1
            self.fetchMore(QModelIndex())

    def held(self, person_id: int) -> int:
        return self._held.get(person_id, 0)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._source is None or self._exhausted:
            return
        page = self._source(len(self._people), self.PAGE)
        if len(page) < self.PAGE:
            self._exhausted = True
        if page:
            first = len(self._people)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._people.extend(page)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("姓名"), self.tr("部门"), self.tr("岗位"), self.tr("涉密等级"),
                    self.tr("状态"), self.tr("证件条码"), self.tr("持有件数"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        p = self._people[index.row()]
        held = self._held.get(p.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            status = (self.tr("在岗") if p.active else
                      self.tr("已离岗（{date}）").format(date=p.left_on or ""))
            values = (p.name, p.department, p.post, grade_text(p.grade), status, p.badge,
                      str(held) if held else "")
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not p.active:
            return QBrush(QColor("#777777"))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 6:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def scrub(root: QWidget) -> None:
    """Forget every text a widget tree shows: what a lock must leave behind is nothing.

    For a widget on its way out: its signals stay blocked, so clearing it triggers nothing."""
    for w in [root, *root.findChildren(QWidget)]:
        w.blockSignals(True)
        if isinstance(w, QLineEdit | QLabel | QPlainTextEdit | QTextEdit | QListWidget | QComboBox):
            w.clear()
        elif isinstance(w, QTableWidget):
            w.setRowCount(0)
        elif isinstance(w, QAbstractItemView):
            model = w.model()
            clear = getattr(model, "clear", None)
            if callable(clear):
                clear()
        w.setToolTip("")


__all__ = ["OutModel", "PeopleModel", "SlipModel", "grade_text", "kind_text", "person_text",
           "scrub", "when"]
