"""The dashboard (首页) and the expiry review list (到期审核).

The dashboard is the home view after the first unlock of a session: one button per registered
item (``items.ITEMS``) with its count, each opening its list; below, the passphrase reminder,
the age of the last verified backup and the last end-of-day check, with the button that
records tonight's. Nothing is queried when the page is built: counts are read when it is shown.

The expiry page lists the carriers whose secrecy period has ended or ends within the unit's
window (设置); the clerk reviews one or a batch through the level-change dialog (解密, 延长,
变更密级), which offers new labels afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.backup_policy import backup_age
from ...core.expiry import ExpiryLine
from ...core.passphrase_policy import change_due
from ...core.unit_rules import EXPIRY_WINDOW_DAYS, PASSPHRASE_MAX_AGE, rule_value
from ...vault.backup import last_verified_backup
from ...vault.day_end_queries import day_end, last_day_end
from ...vault.expiry_queries import expiry_list
from ...vault.secrets import passphrase_set_at
from ...vault.vault import Vault
from ..disposition.dialogs import ReasonDialog
from ..widgets.rows_model import RowsModel
from ..widgets.table import select_row, selected_rows, table
from .items import ITEMS, DashboardItem

if TYPE_CHECKING:
    from ..shell.controller import AppController


# -- 首页 -----------------------------------------------------------------------------------------


class DashboardPage(QWidget):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.setObjectName("dashboardPage")
        self.c = controller
        self.vault: Vault | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.counts: dict[str, int] = {}
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        for n, item in enumerate(ITEMS):
            b = QPushButton()
            b.setObjectName(f"dashboard_{item.key}")
            b.setMinimumHeight(44)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _c=False, it=item: self.open_item(it))
            grid.addWidget(b, n // 2, n % 2)
            self.buttons[item.key] = b
        layout.addLayout(grid)
        self.passphrase = QLabel()
        self.passphrase.setObjectName("dashboardPassphrase")
        self.passphrase_button = QPushButton()
        self.passphrase_button.clicked.connect(self._change_passphrase)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.passphrase_button)
        layout.addLayout(row)
        self.backup = QLabel()
        self.backup.setObjectName("dashboardBackup")
        layout.addWidget(self.backup)
        self.day_end_label = QLabel()
        self.day_end_label.setObjectName("dashboardDayEnd")
        self.day_end_button = QPushButton()
        self.day_end_button.setObjectName("dayEndButton")
        self.day_end_button.clicked.connect(lambda: self.confirm_day_end())
        row = QHBoxLayout()
        row.addWidget(self.day_end_label, 1)
        row.addWidget(self.day_end_button)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(QCoreApplication.translate("Dashboard", "今天要办的事"))
        self.passphrase_button.setText(QCoreApplication.translate("Dashboard", "修改口令…"))
        self.day_end_button.setText(QCoreApplication.translate("Dashboard", "下班前检查…"))
        self.refresh()

    # -- the page protocol ---------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self.vault = vault
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        self.vault = None
        self.refresh()

    def handle_scan(self, code: str) -> bool:
        """A scan on the dashboard is the ledger's: it opens that carrier there."""
        if self.vault is not None:
            self.c.window.tabs.setCurrentIndex(0)
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    # -- contents ------------------------------------------------------------------------------
    def refresh(self) -> None:
        vault = self.vault
        if vault is None:  # locked: no ledger data on screen
            self.counts = {}
            for item in ITEMS:
                self.buttons[item.key].setText(item.title())
                self.buttons[item.key].setStyleSheet("")
            for label in (self.passphrase, self.backup, self.day_end_label):
                label.clear()
            self.passphrase_button.setVisible(False)
            return
        now = vault.clock.now()
        for item in ITEMS:
            n = len(item.rows(vault, now))
            self.counts[item.key] = n
            b = self.buttons[item.key]
            b.setText(
                QCoreApplication.translate("Dashboard", "{title}：{n}").format(
                    title=item.title(), n=n
                )
            )
            b.setStyleSheet(
                "color: #8b0000; font-weight: bold;"
                if n and item.urgent
                else "font-weight: bold;"
                if n
                else ""
            )
        self._show_passphrase(vault, now)
        self._show_backup(vault, now)
        self._show_day_end(vault)

    def _show_passphrase(self, vault: Vault, now: dt.datetime) -> None:
        days = rule_value(vault, PASSPHRASE_MAX_AGE)
        since = passphrase_set_at(vault).date()
        due = change_due(since, now.date(), days) is not None
        self.passphrase.setText(
            QCoreApplication.translate(
                "Dashboard", "口令自 {since} 起已使用超过 {days} 天，请及时更换（篇十一 (二)2）。"
            ).format(since=since.isoformat(), days=days)
            if due
            else QCoreApplication.translate(
                "Dashboard", "口令设置于 {since}，每 {days} 天提醒更换。"
            ).format(since=since.isoformat(), days=days)
        )
        self.passphrase.setStyleSheet("color: #8b0000;" if due else "")
        self.passphrase_button.setVisible(due)

    def _show_backup(self, vault: Vault, now: dt.datetime) -> None:
        age = backup_age(last_verified_backup(vault), now, self.c.settings.get("backup_warn_days"))
        if age.last is None:
            text = QCoreApplication.translate(
                "Dashboard", "尚未做过验证通过的备份：请尽快备份到专用介质。"
            )
        elif age.days == 0:
            text = QCoreApplication.translate("Dashboard", "上次验证通过的备份：今天。")
        else:
            text = QCoreApplication.translate(
                "Dashboard", "上次验证通过的备份：{n} 天前（{date}）。"
            ).format(n=age.days, date=age.last.date().isoformat())
        self.backup.setText(text)
        self.backup.setStyleSheet("color: #8b0000;" if age.overdue else "")

    def _show_day_end(self, vault: Vault) -> None:
        last = last_day_end(vault)
        self.day_end_label.setText(
            QCoreApplication.translate("Dashboard", "还没有做过下班前检查。")
            if last is None
            else QCoreApplication.translate(
                "Dashboard", "上次下班前检查：{at}，{who}，当时在外 {n} 件。"
            ).format(at=last.at.strftime("%Y-%m-%d %H:%M"), who=last.actor, n=last.out)
        )

    # -- actions -------------------------------------------------------------------------------
    def open_item(self, item: DashboardItem) -> QAbstractItemView | None:
        if self.vault is None:
            return None
        return item.open(self.c)

    def _change_passphrase(self) -> None:
        backup: Any = getattr(self.c, "backup", None)
        if backup is not None:
            backup.change_passphrase()

    def confirm_day_end(self) -> ReasonDialog | None:
        """下班前检查: what is out now, each due tonight named; confirmed with a note."""
        vault = self.vault
        if vault is None:
            return None
        now = vault.clock.now()
        out = vault.custody.out_now()
        late = [ln for ln in out if ln.due_today(now)]
        if not out:
            subject = QCoreApplication.translate("Dashboard", "没有在外的载体。")
        else:
            subject = (
                QCoreApplication.translate(
                    "Dashboard", "在外 {n} 件，其中今天下班前应收回而未收回 {late} 件："
                ).format(n=len(out), late=len(late))
                + "\n"
                + "\n".join(
                    f"{ln.carrier.number}  {ln.person.name}  {ln.due.strftime('%m-%d %H:%M')}"
                    for ln in (late or out)[:20]
                )
            )
        dialog = ReasonDialog(
            QCoreApplication.translate("Dashboard", "下班前检查"),
            QCoreApplication.translate("Dashboard", "在外："),
            subject,
            QCoreApplication.translate("Dashboard", "备注(&N)："),
            QCoreApplication.translate("Dashboard", "确认已全部清点(&O)"),
            lambda note, _loc: day_end(vault, note),
            hint=QCoreApplication.translate(
                "Dashboard",
                "确认后记录检查人和时间。应收回而未收回的，请在备注中写明每一件在哪里。",
            ),
            parent=self.window(),
        )
        dialog.accepted.connect(self._day_end_done)
        dialog.open()
        return dialog

    def _day_end_done(self) -> None:
        self.refresh()
        self.c.window.statusBar().showMessage(
            QCoreApplication.translate("Dashboard", "下班前检查已记录。"), 10000
        )


# -- 到期审核 --------------------------------------------------------------------------------


class ExpiryModel(RowsModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = dt.date.today()

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("Dashboard", "编号"),
            QCoreApplication.translate("Dashboard", "文号"),
            QCoreApplication.translate("Dashboard", "名称"),
            QCoreApplication.translate("Dashboard", "密级标志"),
            QCoreApplication.translate("Dashboard", "期限起算"),
            QCoreApplication.translate("Dashboard", "届满日期"),
            QCoreApplication.translate("Dashboard", "情况"),
            QCoreApplication.translate("Dashboard", "所在位置"),
        )

    def cells(self, row: object) -> tuple[str, ...]:
        assert isinstance(row, ExpiryLine)
        c = row.carrier
        start = c.period_start.isoformat() + (
            QCoreApplication.translate("Dashboard", "（收文日期）") if c.period_from_receipt else ""
        )
        left = row.days_left(self.today)
        state = (
            QCoreApplication.translate("Dashboard", "已届满 {n} 天").format(n=-left)
            if left < 0
            else QCoreApplication.translate("Dashboard", "今天届满")
            if left == 0
            else QCoreApplication.translate("Dashboard", "还有 {n} 天").format(n=left)
        )
        return (
            c.number,
            c.doc_no,
            c.title,
            c.marking,
            start,
            row.ends.isoformat(),
            state,
            c.whereabouts,
        )

    def style(self, row: object, column: int, role: int) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and isinstance(row, ExpiryLine)
            and row.ended(self.today)
        ):
            from PySide6.QtGui import QColor

            return QColor("#8b0000")
        return None


class ExpiryPage(QWidget):
    def __init__(self, controller: AppController) -> None:
        super().__init__()
        self.setObjectName("expiryPage")
        self.c = controller
        self.vault: Vault | None = None
        self.model = ExpiryModel(self)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        bar.addWidget(self.caption, 1)
        self.view = table(
            self.model, (120, 150, 260, 100, 130, 90, 90), multi=True, name="expiryTable"
        )
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self.view.selectAll())
        self.review_button = QPushButton()
        self.review_button.setObjectName("expiryReview")
        self.review_button.clicked.connect(lambda: self.review())
        bar.addWidget(self.all_button)
        bar.addWidget(self.review_button)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.all_button.setText(QCoreApplication.translate("Dashboard", "全选"))
        self.review_button.setText(
            QCoreApplication.translate("Dashboard", "审核选中的载体（解密、延长、变更）…")
        )
        self.refresh()

    def attach(self, vault: Vault) -> None:
        self.vault = vault
        if self.isVisible():
            self.refresh()

    def detach(self) -> None:
        self.vault = None
        self.refresh()

    def handle_scan(self, code: str) -> bool:
        """A scan selects that carrier's row when it is listed (then 审核 acts on it)."""
        if self.vault is None:
            return False
        for r, line in enumerate(self.model.rows()):
            if isinstance(line, ExpiryLine) and line.carrier.barcode == code.strip():
                select_row(self.view, r)
                return True
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def lines(self) -> list[ExpiryLine]:
        return [r for r in self.model.rows() if isinstance(r, ExpiryLine)]

    def refresh(self) -> None:
        vault = self.vault
        if vault is None:
            self.model.clear()
            self.caption.clear()
            return
        today = vault.clock.now().date()
        self.model.today = today
        self.model.set_rows(expiry_list(vault, today))
        self.caption.setText(
            QCoreApplication.translate(
                "Dashboard",
                "保密期限已届满或将在 {days} 天内届满的载体（篇三 二十一）：{n} 件。"
                "天数在“设置”中修改；长期和以条件解密的不列入。",
            ).format(days=rule_value(vault, EXPIRY_WINDOW_DAYS), n=self.model.rowCount())
        )

    def selected(self) -> list[ExpiryLine]:
        lines = self.lines()
        return [lines[r] for r in selected_rows(self.view)]

    def review(self, lines: Sequence[ExpiryLine] | None = None) -> QWidget | None:
        """The level-change dialog for the selected carriers (or ``lines``)."""
        from ..disposition.handover import LevelChangeDialog

        chosen = list(lines) if lines is not None else self.selected()
        vault = self.vault
        if vault is None:
            return None
        if not chosen:
            self.c.window.say(
                QCoreApplication.translate("Dashboard", "请先在到期清单中选中要审核的载体。")
            )
            return None
        dialog = LevelChangeDialog(vault, [ln.carrier for ln in chosen], self.c.window)
        handover: Any = getattr(self.c.window, "handover", None)
        disposal: Any = getattr(self.c.window, "disposal", None)

        def done(d: Any) -> None:
            if handover is not None:
                handover._changed(d)
            self.refresh()

        if disposal is not None:
            disposal.host.open(dialog, done)
        else:  # pragma: no cover - the disposal feature is always installed
            dialog.accepted.connect(lambda: done(dialog))
            dialog.open()
        return dialog


# -- installing ------------------------------------------------------------------------------


class Dashboard:
    def __init__(self, controller: AppController) -> None:
        self.c = controller
        self.page = DashboardPage(controller)
        self.expiry = ExpiryPage(controller)
        self._shown_once = False

    def home(self) -> None:
        """The first unlock of a session opens the dashboard; later unlocks (after the idle
        lock) return the clerk to where they were."""
        if self._shown_once:
            return
        self._shown_once = True
        self.c.window.tabs.setCurrentWidget(self.page)


def open_home_at_unlock(controller: AppController) -> None:
    """The application's start (app.py): the first unlock shows the dashboard. Only the
    composition root asks for it, so a window built for one feature keeps the ledger first."""
    feature: Dashboard | None = getattr(controller.window, "dashboard", None)
    if feature is not None and not getattr(feature, "home_at_unlock", False):
        feature.home_at_unlock = True  # type: ignore[attr-defined]  # connected once
        controller.window.unlocked.connect(feature.home)


def install(controller: AppController) -> None:
    window = controller.window
    feature = Dashboard(controller)
    window.dashboard = feature  # type: ignore[attr-defined]
    window.expiry_page = feature.expiry  # type: ignore[attr-defined]
    window.add_page(feature.page, lambda: QCoreApplication.translate("Dashboard", "首页"))
    window.add_page(feature.expiry, lambda: QCoreApplication.translate("Dashboard", "到期审核"))
    window.follow_language(feature.page.retranslate)
    window.follow_language(feature.expiry.retranslate)
    go = QAction(window)
    go.setObjectName("dashboardAction")
    go.setShortcut("F12")
    go.triggered.connect(lambda: window.tabs.setCurrentWidget(feature.page))
    day = QAction(window)
    day.triggered.connect(
        lambda: (window.tabs.setCurrentWidget(feature.page), feature.page.confirm_day_end())
    )
    expiry = QAction(window)
    expiry.triggered.connect(lambda: window.tabs.setCurrentWidget(feature.expiry))

    def texts() -> None:
        go.setText(QCoreApplication.translate("Dashboard", "首页（今天要办的事）"))
        day.setText(QCoreApplication.translate("Dashboard", "下班前检查…"))
        expiry.setText(QCoreApplication.translate("Dashboard", "保密期限到期审核"))

    window.follow_language(texts)
    menu = window.ledger_menu
    menu.addSeparator()
    actions = [go, day, expiry]
    for a in actions:
        menu.addAction(a)
        a.setEnabled(not window.is_locked)
    window.work_actions.extend(actions)


__all__ = ["Dashboard", "DashboardPage", "ExpiryModel", "ExpiryPage", "install",
           "open_home_at_unlock"]
