"""Table models of the disposal pages: volumes (案卷), their items, destruction manifests and their
lines, return lists (清退单).

These lists are small by nature (a unit makes some volumes and a few manifests a year; a volume or
manifest holds tens to hundreds of carriers), so each model holds its rows; ``clear()`` forgets
them all, which is what a lock needs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...core.carriers import CarrierView
from ...core.destruction import ManifestLine, ManifestView, Method
from ...core.filing import Retention, VolumeView
from ...core.levels import LevelCatalog
from ...core.returns import ReturnListView
from ..widgets.labels import kind_text, status_text
from ..widgets.levels import marking_text
from ..widgets.rows_model import RowsModel

Index = QModelIndex | QPersistentModelIndex
DONE_FG = QColor("#555555")
CANCELLED_FG = QColor("#888888")
OPEN_BG = QColor("#fff8e1")


def retention_text(retention: Retention) -> str:
    return {
        Retention.PERMANENT: QCoreApplication.translate("Disposal", "永久"),
        Retention.LONG: QCoreApplication.translate("Disposal", "长期"),
        Retention.SHORT: QCoreApplication.translate("Disposal", "短期"),
    }[retention]


def method_text(method: Method) -> str:
    return {
        Method.SHRED: QCoreApplication.translate("Disposal", "粉碎"),
        Method.BURN: QCoreApplication.translate("Disposal", "焚毁"),
        Method.AGENCY: QCoreApplication.translate("Disposal", "送保密行政管理部门销毁"),
        Method.DEGAUSS: QCoreApplication.translate("Disposal", "消磁/物理销毁"),
    }[method]


def manifest_state_text(m: ManifestView) -> str:
    if m.completed_at is not None:
        return QCoreApplication.translate("Disposal", "已销毁")
    if m.cancelled_at is not None:
        return QCoreApplication.translate("Disposal", "已作废")
    return QCoreApplication.translate("Disposal", "待销毁")


def return_state_text(lst: ReturnListView) -> str:
    if lst.confirmed_at is not None:
        return QCoreApplication.translate("Disposal", "已清退")
    if lst.cancelled_at is not None:
        return QCoreApplication.translate("Disposal", "已作废")
    return QCoreApplication.translate("Disposal", "待清退")


def copy_no_text(copy_no: int | None) -> str:
    return "" if copy_no is None else f"{copy_no:03d}"


class VolumeModel(RowsModel):
    """The 案卷目录: each volume with its level computed from its items now."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._levels: LevelCatalog | None = None
        self._mixed: set[int] = set()

    def set_volumes(self, volumes: Sequence[VolumeView], levels: LevelCatalog,
                    mixed: set[int]) -> None:
        self._levels = levels
        self._mixed = set(mixed)
        self.set_rows(volumes)

    def clear(self) -> None:
        self._levels = None
        self._mixed = set()
        super().clear()

    def volume_at(self, row: int) -> VolumeView | None:
        v = self.row_at(row)
        return v if isinstance(v, VolumeView) else None

    def row_of(self, volume_id: int) -> int:
        for i, v in enumerate(self._rows):
            if isinstance(v, VolumeView) and v.id == volume_id:
                return i
        return -1

    def headers(self) -> tuple[str, ...]:
        return (self.tr("案卷号"), self.tr("年度"), self.tr("案卷题名"), self.tr("密级"),
                self.tr("保管期限"), self.tr("存放位置"), self.tr("件数"), self.tr("页数"))

    def level_text(self, v: VolumeView) -> str:
        if v.level_code is None or self._levels is None:
            name = self.tr("（空卷）")
        else:
            name = self._levels.get(v.level_code).name
        if v.top_secret:
            name += self.tr("（绝密专卷）")
        if v.id in self._mixed:
            name += self.tr("（密级不符，须调整）")
        return name

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, VolumeView)
        return (row.number, str(row.year), row.title, self.level_text(row),
                retention_text(row.retention), row.location, str(row.items), str(row.pages))

    def style(self, row: object, column: int, role: int) -> object:
        assert isinstance(row, VolumeView)
        if role == Qt.ItemDataRole.ForegroundRole and row.id in self._mixed:
            return QBrush(QColor("#8b0000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 6, 7):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class CarrierListModel(RowsModel):
    """Carriers of a volume or a return list, as the ledger has them now."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("编号"), self.tr("密级★期限"), self.tr("文号"), self.tr("标题"),
                self.tr("份号"), self.tr("页数"), self.tr("类型"), self.tr("状态"))

    def carrier_at(self, row: int) -> CarrierView | None:
        cv = self.row_at(row)
        return cv if isinstance(cv, CarrierView) else None

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, CarrierView)
        state = status_text(row.status)
        if row.held:
            state += self.tr("（冻结）")
        return (row.number, marking_text(row.marking), row.doc_no, row.title,
                copy_no_text(row.copy_no), "" if row.pages is None else str(row.pages),
                kind_text(row.kind), state)

    def style(self, row: object, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (4, 5):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ManifestModel(RowsModel):
    """Destruction manifests: open ones marked, completed and cancelled ones greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[int, int] = {}

    def set_manifests(self, manifests: Sequence[ManifestView], counts: dict[int, int]) -> None:
        self._counts = dict(counts)
        self.set_rows(manifests)

    def clear(self) -> None:
        self._counts = {}
        super().clear()

    def manifest_at(self, row: int) -> ManifestView | None:
        m = self.row_at(row)
        return m if isinstance(m, ManifestView) else None

    def row_of(self, manifest_id: int) -> int:
        for i, m in enumerate(self._rows):
            if isinstance(m, ManifestView) and m.id == manifest_id:
                return i
        return -1

    def headers(self) -> tuple[str, ...]:
        return (self.tr("清单编号"), self.tr("状态"), self.tr("销毁日期"), self.tr("销毁地点"),
                self.tr("销毁方式"), self.tr("件数"), self.tr("批准人"), self.tr("监销人"))

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, ManifestView)
        day = row.destroyed_on or row.planned_on
        return (row.number, manifest_state_text(row), day.isoformat(), row.place,
                method_text(row.method), str(self._counts.get(row.id, 0)), row.approver,
                "、".join(row.supervisors))

    def style(self, row: object, column: int, role: int) -> object:
        assert isinstance(row, ManifestView)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.cancelled_at is not None:
                return QBrush(CANCELLED_FG)
            if row.completed_at is not None:
                return QBrush(DONE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and row.is_open and column == 1:
            return QBrush(OPEN_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ManifestLineModel(RowsModel):
    """The lines of one manifest, as they will be printed."""

    def line_at(self, row: int) -> ManifestLine | None:
        ln = self.row_at(row)
        return ln if isinstance(ln, ManifestLine) else None

    def headers(self) -> tuple[str, ...]:
        return (self.tr("序号"), self.tr("编号"), self.tr("文号"), self.tr("标题"),
                self.tr("密级★期限"), self.tr("份号"), self.tr("页数"), self.tr("类型"))

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, ManifestLine)
        return (str(row.position), row.number, row.doc_no, row.title, marking_text(row.marking),
                copy_no_text(row.copy_no), "" if row.pages is None else str(row.pages),
                kind_text(row.kind))

    def style(self, row: object, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 5, 6):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ReturnListModel(RowsModel):
    """清退单: waiting, returned or cancelled."""

    def list_at(self, row: int) -> ReturnListView | None:
        lst = self.row_at(row)
        return lst if isinstance(lst, ReturnListView) else None

    def row_of(self, list_id: int) -> int:
        for i, lst in enumerate(self._rows):
            if isinstance(lst, ReturnListView) and lst.id == list_id:
                return i
        return -1

    def headers(self) -> tuple[str, ...]:
        return (self.tr("清退单号"), self.tr("状态"), self.tr("退往机关"), self.tr("清退依据"),
                self.tr("件数"), self.tr("建单时间"), self.tr("清退时间"), self.tr("接收人"))

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, ReturnListView)
        done = row.confirmed_at or row.cancelled_at
        return (row.number, return_state_text(row), row.recipient, row.basis,
                str(len(row.carrier_ids)), row.created_at.strftime("%Y-%m-%d %H:%M"),
                row.confirmed_at.strftime("%Y-%m-%d %H:%M") if row.confirmed_at else
                ("" if done is None else self.tr("（作废：{reason}）").format(
                    reason=row.cancel_reason)),
                row.handed_to)

    def style(self, row: object, column: int, role: int) -> object:
        assert isinstance(row, ReturnListView)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.cancelled_at is not None:
                return QBrush(CANCELLED_FG)
            if row.confirmed_at is not None:
                return QBrush(DONE_FG)
        if role == Qt.ItemDataRole.BackgroundRole and column == 1 and row.confirmed_at is None \
                and row.cancelled_at is None:
            return QBrush(OPEN_BG)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


__all__ = ["CarrierListModel", "ManifestLineModel", "ManifestModel", "ReturnListModel",
           "VolumeModel", "copy_no_text", "manifest_state_text", "method_text",
           "retention_text", "return_state_text"]
