"""The main window: locked and working are two pages of one stacked widget.

Locking closes the vault and clears every model and pane; unlocking opens it again and brings
the view back where it was (filter, sort, selected carrier).
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...core.carriers import CarrierKind, Register, Status
from ...core.errors import MijiError, RuleViolation
from ...core.ledger_query import MAX_SEARCH_CHARS, LedgerFilter, SortKey, search_text
from ...vault.errors import Damaged
from ..ledger.detail_pane import DetailPane
from ..ledger.model import LedgerModel
from ..ledger.search import LedgerSearch
from ..runner import ActionRunner, BackgroundAction, BusyIndicator, JobProgress
from ..widgets.clipboard import SecretClipboard
from ..widgets.dates import py_date
from ..widgets.labels import kind_text, register_text, status_text
from ..widgets.levels import level_text, marking_text
from ..widgets.message_bar import MessageBar
from ..widgets.refusals import refusal_text
from .crash import report_bug

if TYPE_CHECKING:
    from ...vault.vault import Vault

T = TypeVar("T")


class WorkPage(Protocol):
    """A tab of the working page (circulation desk, people, manifests …).

    ``attach`` gets the open vault after unlocking; ``detach`` must forget every row it shows
    (the lock screen leaves nothing behind). ``handle_scan`` returns True when the page used the
    scanned code itself (a loan desk waiting for a badge); otherwise the ledger opens it.
    """

    def attach(self, vault: Vault) -> None: ...
    def detach(self) -> None: ...
    def handle_scan(self, code: str) -> bool: ...


class UnlockPage(Protocol):
    unlockRequested: Signal

    def show_error(self, text: str) -> None: ...
    def reset(self) -> None: ...


@dataclass
class ViewState:
    """What unlocking restores: where the clerk was."""

    filter: LedgerFilter = field(default_factory=LedgerFilter)
    sort: tuple[int, Qt.SortOrder] = (7, Qt.SortOrder.DescendingOrder)
    carrier_id: int | None = None


PREFERRED_SIZE = QSize(1280, 800)
FRAME_ALLOWANCE = QSize(16, 48)  # the window manager's borders and title bar, roughly


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()
    damaged = Signal(str)  # the vault locked because a page of it does not read

    def __init__(self, lock_page: QWidget, parent: QWidget | None = None, *,
                 deferred: bool = False) -> None:
        """``deferred``: the window with its unlock page, menus and status bar only; the ledger
        page is built by ``build()`` (the app calls it right after the first paint)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("涉密载体台账"))
        self.vault: Vault | None = None
        self._language_followers: list[Callable[[], object]] = []
        self._network: list[str] | None = None
        self._print_server = ""
        self._idle_seconds: int | None = None
        self._page_titles: list[Callable[[], str]] = []
        # Set by the printing feature when it is installed (ui/printing/actions.py).
        self.label_printer: Callable[[Vault, Sequence[int], QWidget], None] | None = None
        self.pages: list[QWidget] = []
        self.built = False
        self.stack = QStackedWidget()
        self.lock_page = lock_page
        self.stack.addWidget(lock_page)
        self.network_banner = QLabel()
        self.network_banner.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; padding: 6px;")
        self.network_banner.setVisible(False)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.network_banner)  # above both pages: locked or not, it shows
        outer.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # In the status bar, outside the disabled central widget: a long job that may safely
        # stop offers this.
        self.cancel_job = QPushButton()
        self.cancel_job.setObjectName("cancelJob")
        self.cancel_job.setVisible(False)
        self.cancel_job.clicked.connect(self._cancel_job)
        self._build_menus()
        self._build_status_bar()
        self.runner = ActionRunner(_WindowRefusals(self), page=central, busy=self.busy)
        self._lock_pending = False
        self._paused: list[QAction] = []
        self._progress: JobProgress | None = None  # of the running job, when it reports one
        self.clipboard = SecretClipboard(self)  # ledger text copied: marked secret, cleared
        self.resize(PREFERRED_SIZE)
        self._set_working(False)
        self.stack.setCurrentIndex(0)
        self.retranslate(headers=False)
        if not deferred:
            self.build()

    def build(self) -> None:
        """The ledger page (filters, table, detail pane) behind the unlock page; once."""
        if self.built:
            return
        self.built = True
        self._state = ViewState()
        self.model = LedgerModel(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_work_page(), self.tr("台账"))
        self.stack.addWidget(self.tabs)
        self.action_refresh.triggered.connect(self.model.refresh)
        # Opening a menu is moving on too (the menus features add later: their hover).
        self.menuBar().hovered.connect(self.notice.moved_on)
        for menu in (self.register_menu, self.ledger_menu, self.print_menu, self.vault_menu,
                     self.settings_menu):
            self.notice.clear_on(menu.aboutToShow)
        self.retranslate(headers=False)  # nothing has asked for a header yet

    def fit_to_screen(self, available: QRect | None = None) -> None:
        """Before the first show: on a screen too small for the preferred size with its frame
        (1366×768 and the like) the window opens maximised, never wider than the screen;
        on a larger one at the preferred size, centred in the available area."""
        if available is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                return
            available = screen.availableGeometry()
        if (available.width() < PREFERRED_SIZE.width() + FRAME_ALLOWANCE.width()
                or available.height() < PREFERRED_SIZE.height() + FRAME_ALLOWANCE.height()):
            self.resize(available.size().shrunkBy(self.contentsMargins()))
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
            return
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMaximized)
        self.resize(PREFERRED_SIZE)
        frame = QRect(available.topLeft(), PREFERRED_SIZE)
        frame.moveCenter(available.center())
        self.move(frame.topLeft())

    # -- building ------------------------------------------------------------------------------
    def _build_work_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notice = MessageBar("ledgerNotice", page)  # leaving the 台账 tab clears it too
        self._notice_action: Callable[[], object] | None = None
        self.notice.linkActivated.connect(self._notice_link)
        layout.addWidget(self.notice)
        layout.addLayout(self._build_filter_bar())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Fixed widths: resize-to-contents would read every row of a million.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # 状态 right after the marking: always on screen, even at 1366 px (issue 12).
        for col, width in enumerate((140, 100, 260, 150, 120, 80, 120, 130)):
            header.resizeSection(col, width)
        header.moveSection(header.visualIndex(5), 2)
        header.setSortIndicator(7, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.action_copy = QAction(self.table)
        self.action_copy.setShortcut(QKeySequence.StandardKey.Copy)
        self.action_copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_copy.triggered.connect(self.copy_cells)
        self.table.addAction(self.action_copy)
        splitter.addWidget(self.table)
        self.detail = DetailPane()
        self.detail.correctRequested.connect(self.open_correction)
        self.detail.printLabelRequested.connect(lambda cid: self.print_labels([cid]))
        splitter.addWidget(self.detail)
        # The table gets most of the width; the pane a third at most (420 px on a wide screen).
        splitter.setStretchFactor(0, 7)
        splitter.setStretchFactor(1, 3)
        splitter.setCollapsible(0, False)
        self.detail.setMaximumWidth(480)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        # "没有找到条码…" and the like go as soon as the clerk moves on.
        self.notice.clear_on(self.table.selectionModel().currentRowChanged,
                             self.search.textChanged)
        for combo in (self.level_filter, self.status_filter, self.kind_filter,
                      self.register_filter, self.location_filter):
            self.notice.clear_on(combo.activated)
        return page

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("检索：标题、文号、来文机关中的任意字，或编号、条码"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_SEARCH_CHARS)
        self.search.returnPressed.connect(self.apply_filter)
        # The list follows typing (after a short pause, counted off the UI thread); ⊗ or Esc
        # clears the filter at once and cancels a search still running.
        self.searcher = LedgerSearch(self)
        self.searcher.ready.connect(self._search_ready)
        self.searcher.busyChanged.connect(self._search_busy)
        self.search.textChanged.connect(self._search_typed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.search.clear)
        self.level_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部状态"), None)
        for s in Status:
            self.status_filter.addItem(status_text(s), s)
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部类型"), None)
        for k in CarrierKind:
            self.kind_filter.addItem(kind_text(k), k)
        self.register_filter = QComboBox()
        self.register_filter.addItem(self.tr("全部登记簿"), None)
        for r in Register:
            self.register_filter.addItem(register_text(r), r)
        self.location_filter = QComboBox()
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setSpecialValueText(" ")
            d.setMinimumDate(QDate(1949, 10, 1))
            d.setDate(d.minimumDate())  # the special value: no bound
        for w in (self.level_filter, self.status_filter, self.kind_filter, self.register_filter,
                  self.location_filter, self.date_from, self.date_to):
            signal = w.currentIndexChanged if isinstance(w, QComboBox) else w.dateChanged
            signal.connect(self.apply_filter)
        bar.addWidget(self.search, 3)
        for w in (self.level_filter, self.status_filter, self.kind_filter, self.register_filter,
                  self.location_filter):
            bar.addWidget(w)
        self.date_caption = QLabel(self.tr("登记日期"))
        bar.addWidget(self.date_caption)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        return bar

    def _build_menus(self) -> None:
        mb = self.menuBar()
        register = mb.addMenu("")
        self.action_incoming = register.addAction("")
        self.action_incoming.setShortcut(QKeySequence("Ctrl+1"))
        self.action_outgoing = register.addAction("")
        self.action_outgoing.setShortcut(QKeySequence("Ctrl+2"))
        self.action_media = register.addAction("")
        self.action_media.setShortcut(QKeySequence("Ctrl+3"))
        self.action_incoming.triggered.connect(lambda: self.open_registration("incoming"))
        self.action_outgoing.triggered.connect(lambda: self.open_registration("outgoing"))
        self.action_media.triggered.connect(lambda: self.open_registration("media"))
        ledger = mb.addMenu("")
        self.action_refresh = ledger.addAction("")
        self.action_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.action_clear = ledger.addAction("")
        self.action_clear.triggered.connect(self.clear_filter)
        self.print_menu = mb.addMenu("")
        self.register_menu, self.ledger_menu = register, ledger
        self.vault_menu = mb.addMenu("")
        self.action_lock = QAction(self)
        self.action_lock.setShortcut(QKeySequence("Ctrl+L"))
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_lock.triggered.connect(self.lock)
        self.vault_menu.addAction(self.action_lock)
        self.addAction(self.action_lock)
        # 设置: open locked or not (the unit's rules inside need the vault open).
        self.settings_menu = mb.addMenu("")
        self.action_settings = self.settings_menu.addAction("")
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.work_actions = [self.action_incoming, self.action_outgoing, self.action_media,
                             self.action_refresh, self.action_clear]

    def retranslate(self, *, headers: bool = True) -> None:
        """The window's own texts in the current language (also on QEvent.LanguageChange);
        ``headers``: make every table ask its model for its column titles again."""
        self.setWindowTitle(self.tr("涉密载体台账"))
        self.cancel_job.setText(self.tr("取消(&C)"))
        self.cancel_job.setToolTip(self.tr("停止生成；不会留下任何文件"))
        self.register_menu.setTitle(self.tr("登记(&R)"))
        self.action_incoming.setText(self.tr("收文登记…"))
        self.action_outgoing.setText(self.tr("发文登记…"))
        self.action_media.setText(self.tr("涉密介质登记…"))
        self.ledger_menu.setTitle(self.tr("台账(&L)"))
        self.action_refresh.setText(self.tr("刷新"))
        self.action_clear.setText(self.tr("清除筛选"))
        self.print_menu.setTitle(self.tr("打印(&P)"))
        self.vault_menu.setTitle(self.tr("台账库(&V)"))
        self.action_lock.setText(self.tr("立即锁定"))
        self.settings_menu.setTitle(self.tr("设置(&S)"))
        self.action_settings.setText(self.tr("设置…"))
        self._retranslate_status()
        if self.built:
            self.tabs.setTabText(0, self.tr("台账"))
            self._fit_marking_column()
            self.search.setPlaceholderText(
                self.tr("检索：标题、文号、来文机关中的任意字，或编号、条码"))
            self.date_caption.setText(self.tr("登记日期"))
            self._retranslate_filters()
            for i, title in enumerate(self._page_titles, start=1):
                self.tabs.setTabText(i, title())
        for follow in self._language_followers:
            follow()
        if not headers:
            return
        # Models translate their headers when asked: tell every table to ask again.
        for view in self.findChildren(QAbstractItemView):
            model = view.model()
            # Only tables and trees have column headers (a list model hides columnCount).
            if model is not None and isinstance(view, QTableView | QTreeView):
                columns = model.columnCount(QModelIndex())
                if columns:
                    model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)

    def _retranslate_status(self) -> None:
        if not hasattr(self, "path_label"):
            return  # built after the menus
        if self.vault is not None:
            self._show_vault(self.vault)
        if self._network is not None:
            self.show_network(self._network, self._print_server)
        if self._idle_seconds is not None:
            self.show_idle_remaining(self._idle_seconds)

    def _retranslate_filters(self) -> None:
        for combo, everything, name in (
                (self.status_filter, self.tr("全部状态"), status_text),
                (self.kind_filter, self.tr("全部类型"), kind_text),
                (self.register_filter, self.tr("全部登记簿"), register_text)):
            combo.setItemText(0, everything)
            for i in range(1, combo.count()):
                combo.setItemText(i, name(combo.itemData(i)))
        for combo, everything in ((self.level_filter, self.tr("全部密级")),
                                  (self.location_filter, self.tr("全部位置"))):
            if combo.count():
                combo.setItemText(0, everything)  # the rest are the unit's own names
        if self.vault is not None:  # the standard levels in this language
            for i in range(1, self.level_filter.count()):
                level = self.vault.levels.get(self.level_filter.itemData(i))
                self.level_filter.setItemText(i, level_text(level.name))

    def follow_language(self, apply: Callable[[], object]) -> None:
        """A feature's texts on the window (menus, actions): set now and at every switch."""
        self._language_followers.append(apply)
        apply()

    def _fit_marking_column(self) -> None:
        """The marking column is wide enough for the markings in this language (English
        ones are three times as long as 机密★10年); a wider column the clerk dragged stays."""
        metrics = self.table.fontMetrics()
        needed = max(metrics.horizontalAdvance(marking_text(m))
                     for m in ("绝密★长期", "机密★10年", "秘密★10年", "核心商密★10年",
                               "普通商密★10年")) + 16
        header = self.table.horizontalHeader()
        header.resizeSection(1, max(header.sectionSize(1), needed))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build_status_bar(self) -> None:
        sb = self.statusBar()
        self.path_label = QLabel()
        self.binding_label = QLabel()
        self.idle_label = QLabel()
        self.network_label = QLabel()
        for w in (self.path_label, self.binding_label, self.network_label):
            sb.addWidget(w)
        sb.addPermanentWidget(self.idle_label)
        self.busy = BusyIndicator("windowBusy")
        self.busy.setMaximumWidth(420)
        sb.addPermanentWidget(self.busy)
        sb.addPermanentWidget(self.cancel_job)

    # -- lock / unlock -------------------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.vault is None

    def add_page(self, page: QWidget, title: Callable[[], str]) -> None:
        """Add a feature's tab; it must implement the WorkPage protocol. ``title`` gives the
        tab's title in the current language (asked again at every switch)."""
        self.pages.append(page)
        self._page_titles.append(title)
        self.tabs.addTab(page, title())
        if self.vault is not None:
            page.attach(self.vault)  # type: ignore[attr-defined]

    def attach(self, vault: Vault) -> None:
        """Show the working page over an open vault, where the clerk left it."""
        self.vault = vault
        self._fill_vault_filters(vault)
        self.model.set_source(vault.ledger)
        self._restore(self._state)
        self._show_vault(vault)
        for page in self.pages:
            page.attach(vault)  # type: ignore[attr-defined]
        self._set_working(True)
        self.stack.setCurrentIndex(1)
        self.unlocked.emit()

    # -- long jobs -----------------------------------------------------------------------------
    def run_long(self, work: Callable[[Vault], T], then: Callable[[T], object], *,
                 text: str, progress: JobProgress | None = None
                 ) -> BackgroundAction[T] | None:
        """Run ``work(vault)`` on a worker thread over the vault's one connection, the window
        disabled and the busy indicator on; ``then`` gets the result on the UI thread unless a
        lock came meanwhile (then the result is dropped and the window locks)."""
        vault = self.vault
        if vault is None or self.runner.current is not None:
            return None

        def job() -> T:
            with vault.exclusive():
                if not vault.is_open:
                    raise RuntimeError("vault closed before the job started")
                return work(vault)

        def deliver(result: T) -> None:
            self._job_done()  # nothing left to cancel while its result is shown (a preview)
            if self.vault is vault and not self._lock_pending:
                then(result)

        # No second job and no workflow while it runs, shortcuts included; locking still works.
        self.menuBar().setEnabled(False)
        self._paused = [a for a in self._menu_actions() if a.isEnabled()
                        and a is not self.action_lock]
        for a in self._paused:
            a.setEnabled(False)
        action = self.runner.run_in_background(job, deliver, text=text)
        action.finished.connect(self._long_job_ended)
        self._progress = progress
        if progress is not None:  # rows or bytes and the time left; a cancel where it is safe
            progress.changed.connect(
                lambda done, total: self.busy.show_progress(done, total, progress.unit))
            self.cancel_job.setEnabled(True)
            self.cancel_job.setVisible(True)
        return action

    def _cancel_job(self) -> None:
        if self._progress is not None and self.job_running:
            self._progress.cancel()
            self.cancel_job.setEnabled(False)
            self.notice.done(self.tr("已取消，没有生成任何文件。"))

    @property
    def job_running(self) -> bool:
        current = self.runner.current
        return current is not None and current.running

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []
        menus = [m for a in self.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
        while menus:
            menu = menus.pop()
            for a in menu.actions():
                sub = a.menu()
                if isinstance(sub, QMenu):
                    menus.append(sub)
                else:
                    found.append(a)
        return found

    def _job_done(self) -> None:
        self._progress = None
        self.cancel_job.setVisible(False)

    def _long_job_ended(self, _ok: bool) -> None:
        self._job_done()
        self.menuBar().setEnabled(True)
        for a in self._paused:
            a.setEnabled(True)
        self._paused = []
        if self._lock_pending:
            self.lock()

    def _show_vault(self, vault: Vault) -> None:
        self.path_label.setText(self.tr("台账：{path}").format(path=str(vault.path)))
        self.binding_label.setText(
            self.tr("已与本机凭据库绑定") if vault.machine_bound
            else self.tr("未与本机绑定：仅凭口令即可打开"))

    def copy_cells(self) -> None:
        """Ctrl+C in the ledger: the selected rows' cells as text, marked secret for clipboard
        managers, cleared after the unit's delay (设置) unless the clerk copied something else."""
        if self.vault is None:
            return
        from ...core.unit_rules import CLIPBOARD_CLEAR_SECONDS, rule_value

        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if not rows:
            return
        columns = [self.table.horizontalHeader().logicalIndex(v)
                   for v in range(self.model.columnCount())]
        text = "\n".join("\t".join(str(self.model.index(r, c).data() or "") for c in columns)
                         for r in rows)
        seconds = rule_value(self.vault, CLIPBOARD_CLEAR_SECONDS)
        self.clipboard.copy(text, seconds)
        self.notice.done(self.tr("已复制 {n} 行；{s} 秒后从剪贴板清除（设置）。").format(
            n=len(rows), s=seconds))

    def lock(self) -> None:
        """Close the vault and leave nothing of the ledger on screen or in any model.

        During a long job the ledger leaves the screen at once and the vault closes when the
        job ends (its worker is using the connection)."""
        if self.vault is None:
            return
        if self.job_running:
            if self._progress is not None:  # a job that may stop safely stops: locks sooner
                self._progress.cancel()
            self._lock_pending = True
            self.lock_page.setEnabled(False)  # no unlock before this vault is closed
            self.stack.setCurrentIndex(0)
            return
        self._lock_pending = False
        self.lock_page.setEnabled(True)
        self.clipboard.clear_if_ours()  # nothing of the ledger outlives the lock
        self._state = self._capture()
        for dialog in self.findChildren(QWidget):
            if dialog.isWindow() and dialog is not self and dialog.isVisible():
                dialog.close()
        self.searcher.wait()  # no search still reading the vault that closes now
        self.model.clear()
        for page in self.pages:
            page.detach()  # type: ignore[attr-defined]
        self.detail.show_carrier(None, [])
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.notice.clear_message()
        for combo in (self.level_filter, self.location_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        vault, self.vault = self.vault, None
        vault.close()
        self.path_label.clear()
        self._set_working(False)
        self.stack.setCurrentIndex(0)
        reset = getattr(self.lock_page, "reset", None)
        if callable(reset):
            reset()
        self.locked.emit()

    def _set_working(self, on: bool) -> None:
        """Menus that reach the ledger exist only while it is open."""
        for menu in (self.register_menu, self.ledger_menu, self.print_menu):
            menu.setEnabled(on)
        for a in self.work_actions:
            a.setEnabled(on)
        self.action_lock.setEnabled(on)

    def _capture(self) -> ViewState:
        header = self.table.horizontalHeader()
        current = self.detail.carrier
        return ViewState(self.model.filter,
                         (header.sortIndicatorSection(), header.sortIndicatorOrder()),
                         current.id if current else None)

    def _restore(self, state: ViewState) -> None:
        self._set_filter_widgets(state.filter)
        self.model.sort(*state.sort)
        self.model.set_filter(state.filter)
        if state.carrier_id is not None:
            self.show_carrier(state.carrier_id)

    # -- filters -------------------------------------------------------------------------------
    def _fill_vault_filters(self, vault: Vault) -> None:
        self.level_filter.blockSignals(True)
        self.level_filter.clear()
        self.level_filter.addItem(self.tr("全部密级"), None)
        for lv in vault.levels:
            self.level_filter.addItem(level_text(lv.name), lv.code)
        self.level_filter.blockSignals(False)
        self.location_filter.blockSignals(True)
        self.location_filter.clear()
        self.location_filter.addItem(self.tr("全部位置"), None)
        for lid, name, _kind in vault.locations():
            self.location_filter.addItem(name, lid)
        self.location_filter.blockSignals(False)

    def _set_filter_widgets(self, f: LedgerFilter) -> None:
        def pick(combo: QComboBox, value: object) -> None:
            combo.blockSignals(True)
            i = combo.findData(value)
            combo.setCurrentIndex(max(i, 0))
            combo.blockSignals(False)

        pick(self.level_filter, next(iter(f.levels), None))
        pick(self.status_filter, next(iter(f.statuses), None))
        pick(self.kind_filter, next(iter(f.kinds), None))
        pick(self.register_filter, next(iter(f.registers), None))
        pick(self.location_filter, f.location_id)
        self.search.blockSignals(True)  # the filter is applied by the caller, not as typing
        self.search.setText(f.text)
        self.search.blockSignals(False)

    def current_filter(self) -> LedgerFilter:
        def one(combo: QComboBox) -> frozenset[Any]:
            value = combo.currentData()
            return frozenset() if value is None else frozenset({value})

        def day(edit: QDateEdit) -> dt.date | None:
            if edit.date() == edit.minimumDate():
                return None
            return py_date(edit.date())

        return LedgerFilter(levels=one(self.level_filter), statuses=one(self.status_filter),
                            kinds=one(self.kind_filter), registers=one(self.register_filter),
                            registered_from=day(self.date_from), registered_to=day(self.date_to),
                            location_id=self.location_filter.currentData(),
                            text=self.search.text().strip())

    def _search_typed(self, text: str) -> None:
        if self.vault is None:
            return
        if not text.strip():
            self.apply_filter()  # cleared (⊗, Esc, backspace): the whole list again, at once
            return
        try:
            search_text(text)
        except RuleViolation as e:
            self.searcher.cancel()
            self.say(e.message)
            return
        self.searcher.typed(self.vault.open_reader, self.vault.levels, self.current_filter())

    def _search_ready(self, f: LedgerFilter, count: int) -> None:
        if self.vault is None or f != self.current_filter():
            return  # typed on, or locked, meanwhile
        self.model.set_filter(f, count=count)
        if count == 1:
            self.table.selectRow(0)

    def _search_busy(self, busy: bool) -> None:
        if busy:
            self.statusBar().showMessage(self.tr("正在检索…（Esc 取消）"))
        else:
            self.statusBar().clearMessage()

    def apply_filter(self) -> None:
        if self.vault is None:
            return
        self.searcher.cancel()  # what is applied now wins over a search still counting
        try:
            search_text(self.search.text())  # refused before the model forgets its rows
        except RuleViolation as e:
            self.say(e.message)
            return
        self.model.set_filter(self.current_filter())
        if self.model.rowCount() == 1:
            self.table.selectRow(0)

    def clear_filter(self) -> None:
        self._set_filter_widgets(LedgerFilter())
        for d in (self.date_from, self.date_to):
            d.blockSignals(True)
            d.setDate(d.minimumDate())
            d.blockSignals(False)
        self.apply_filter()

    # -- carriers ------------------------------------------------------------------------------
    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        v = self.model.carrier_at(current.row()) if current.isValid() else None
        if v is not None:
            self.show_carrier(v.id)

    def show_carrier(self, carrier_id: int) -> None:
        if self.vault is None:
            return
        try:
            v = self.vault.ledger.get(carrier_id)
        except LookupError:
            self.detail.show_carrier(None, [])
            return
        self.detail.show_carrier(v, self.vault.ledger.history(carrier_id))

    def open_scanned(self, code: str) -> None:
        """A scan from anywhere opens that carrier; an unknown code says so plainly."""
        if self.vault is None:
            return
        page = self.tabs.currentWidget()
        if page in self.pages and page.handle_scan(code):  # type: ignore[attr-defined]
            return
        v = self.vault.ledger.by_barcode(code)
        if v is None:
            self.say(self.tr("没有找到条码为 {code} 的载体。请确认它已登记，或重新扫描。")
                     .format(code=code))
            return
        self.notice.clear_message()
        self.tabs.setCurrentIndex(0)
        self.select_carrier(v.id)
        self.activateWindow()
        self.raise_()

    def select_carrier(self, carrier_id: int) -> None:
        """Show a carrier and make the table agree: its row alone selected and current when it is
        in the list; otherwise no row highlighted (the pane is then what actions act on)."""
        row = self.model.row_of(carrier_id)
        sm = self.table.selectionModel()
        if row is None:
            sm.clearSelection()
            sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            index = self.model.index(row, 0)
            sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                               | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self.show_carrier(carrier_id)

    def say(self, text: str, action: tuple[str, Callable[[], object]] | None = None) -> None:
        """A message above the ledger; ``action`` adds a link (its text, what it does), e.g.
        the passphrase reminder's 修改口令, and makes it a note rather than a refusal."""
        self._notice_action = action[1] if action else None
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if action:
            self.notice.setTextFormat(Qt.TextFormat.RichText)
            flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
            self.notice.setTextInteractionFlags(flags)
            self.notice.done(f"{html.escape(text)} <a href=\"action\">"
                             f"{html.escape(action[0])}</a>")
        else:
            self.notice.setTextFormat(Qt.TextFormat.PlainText)
            self.notice.setTextInteractionFlags(flags)
            self.notice.refuse(text)
        self.statusBar().showMessage(text, 10000)

    def _notice_link(self, _href: str) -> None:
        if self._notice_action is not None:
            self._notice_action()

    def selected_ids(self) -> list[int]:
        """The carriers an action "for the selected carriers" acts on: the highlighted rows, in
        table order. A single highlighted row that is not the carrier the detail pane shows is a
        stale highlight: the carrier the clerk sees wins."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [v.id for r in rows if (v := self.model.carrier_at(r)) is not None]
        shown = self.detail.carrier
        if shown is not None and len(ids) <= 1 and ids != [shown.id]:
            ids = [shown.id]
        return ids

    # -- workflows (dialogs live in their own modules) -----------------------------------------
    def open_registration(self, kind: str) -> None:
        if self.vault is None:
            return
        from ..ledger.registration_dialogs import open_registration_dialog

        result = open_registration_dialog(kind, self.vault, self)
        if result:
            self.model.refresh()
            self.select_carrier(result.carrier_ids[0])

    def open_correction(self, carrier_id: int) -> None:
        if self.vault is None:
            return
        from ..ledger.correction_dialog import CorrectionDialog

        dialog = CorrectionDialog(self.vault, carrier_id, self)
        if dialog.exec():
            self.model.refresh()
            self.show_carrier(carrier_id)

    def print_labels(self, carrier_ids: list[int]) -> None:
        """Handled by the printing feature when it is installed (ui/printing/actions.py)."""
        if self.label_printer is not None and self.vault is not None:
            self.label_printer(self.vault, carrier_ids, self)

    def show_error(self, error: BaseException) -> None:
        if isinstance(error, Damaged):
            # A page of the open vault does not read: lock, so nothing more is read or shown;
            # the unlock page says why (the controller shows ``damaged`` there).
            self.lock()
            self.damaged.emit(error.message)
            return
        if isinstance(error, MijiError):
            QMessageBox.warning(self, self.tr("无法完成"), refusal_text(error))
        else:  # a bug: logged and told, never its text (it may hold ledger content)
            report_bug(error)

    # -- status --------------------------------------------------------------------------------
    def show_idle_remaining(self, seconds: int) -> None:
        self._idle_seconds = seconds
        if self.vault is None:
            self.idle_label.clear()
            return
        self.idle_label.setText(self.tr("{m}:{s:02d} 后自动锁定").format(
            m=seconds // 60, s=seconds % 60))

    def show_network(self, up: list[str], print_server: str = "") -> None:
        self._network, self._print_server = list(up), print_server  # kept to retranslate
        lines = []
        if up:
            lines.append(self.tr("警告：本机连接了网络（{names}）。涉密计算机必须断开一切网络！")
                         .format(names="、".join(up)))
        if print_server:
            lines.append(self.tr("警告：打印服务设置为另一台计算机 {host}，打印已停用。"
                                 "涉密计算机只能使用本机连接的打印机。").format(host=print_server))
        self.network_banner.setText("\n".join(lines))
        if up:
            self.network_label.setText(self.tr("网络：已连接"))
            self.network_label.setStyleSheet("color: white; background: #b00020;")
        else:
            self.network_label.setText(self.tr("网络：未连接"))
            self.network_label.setStyleSheet("")
        self.network_banner.setVisible(bool(lines))

    def closeEvent(self, event: QCloseEvent) -> None:
        current = self.runner.current
        if current is not None:
            current.wait()  # the worker holds the connection; the vault closes after it
        self.lock()
        super().closeEvent(event)


class _WindowRefusals:
    """A long job that is refused: the window's message box says why."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def clear_message(self) -> None:
        pass

    def refuse_error(self, error: Any) -> None:
        self._window.show_error(error)


def periodic(parent: QWidget, ms: int, fn: object) -> QTimer:
    timer = QTimer(parent)
    timer.setInterval(ms)
    timer.timeout.connect(fn)
    timer.start()
    return timer


__all__ = ["MainWindow", "SortKey", "UnlockPage", "ViewState", "periodic"]
