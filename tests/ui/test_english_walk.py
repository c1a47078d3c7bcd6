"""English is complete: the app starts in English over a demo vault, and every page, every menu
item and every dialog those open (the pages' own buttons too) shows no Chinese but the ledger's
own data.

What counts as ledger data is decided by where a text comes from, not by its characters: every
text value stored in the vault's data tables (titles, names, places, numbers, reasons the clerk
typed) except the level names, which the app itself must translate.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeView,
    QWidget,
)

from miji_desk import demo
from miji_desk.core.clock import FixedClock
from miji_desk.ui.shell import i18n
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, TEST_KDF, machine

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
STANDARD_LEVELS = {"绝密", "机密", "秘密", "内部", "核心商密", "普通商密"}
SKIP_ACTIONS = {"action_lock"}  # locking ends the walk; test_idle covers the lock screen


def vault_data(vault: Vault) -> list[str]:
    """Every text the vault's data tables hold (not the level names), longest first."""
    conn = vault.conn
    found: set[str] = set()
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    for table in tables:
        if table in {"level", "row_attest"}:
            continue
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if not isinstance(value, str) or not CJK.search(value):
                    continue
                found.add(value)
                if value[:1] in "{[":
                    with contextlib.suppress(ValueError):
                        found.update(_strings(json.loads(value)))
    return sorted((s for s in found if s not in STANDARD_LEVELS and CJK.search(s)),
                  key=len, reverse=True)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every text a clerk can read on ``root``: titles, labels, buttons, group titles, tab
    titles, combo items, table headers, tooltips and placeholders (not the data cells)."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        name = f"{type(w).__name__} {w.objectName()} in {type(root).__name__}"
        if w.isWindow():
            yield f"title of {name}", w.windowTitle()
        yield f"tooltip of {name}", w.toolTip()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            model = w.model()
            header = w.horizontalHeader() if isinstance(w, QTableView) else \
                w.header() if isinstance(w, QTreeView) else None
            for col in range(header.count() if header is not None and model is not None else 0):
                if header.isSectionHidden(col):
                    continue
                head = str(model.headerData(
                    col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
                yield f"header of {name}", head
                if "★" in head:  # a marking column: the app's words, not the clerk's data
                    for row in range(min(model.rowCount(), 5)):
                        yield f"marking in {name}", str(model.index(row, col).data() or "")
        elif isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield f"placeholder of {name}", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"item of {name}", w.itemText(i)
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"tab of {name}", w.tabText(i)
        if isinstance(w, QAbstractButton) and isinstance(m := getattr(w, "menu", lambda: None)(),
                                                         QMenu):
            yield from menu_texts(m)


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "menu", menu.title()
    for action in menu.actions():
        if isinstance(sub := action.menu(), QMenu):
            yield from menu_texts(sub)
        else:
            yield f"action in {menu.title()}", action.text()
            yield f"tooltip of action {action.text()}", action.toolTip()


class Walk:
    """Collects what the clerk sees; closes every dialog it meets (modal ones from a timer that
    runs inside their event loop)."""

    def __init__(self, qtbot, c: AppController) -> None:
        self.qtbot, self.c = qtbot, c
        self.seen: list[tuple[str, str, str]] = []  # (step, where, text)
        self.step = ""
        self.dialogs = 0
        self.timer = QTimer()
        self.timer.setInterval(40)
        self.timer.timeout.connect(self._close_modal)

    def look(self, root: QWidget) -> None:
        self.seen += [(self.step, where, text) for where, text in texts_of(root) if text]

    def _close_modal(self) -> None:
        w = QApplication.activeModalWidget()
        if w is None or self.c.window.job_running:
            return
        self.look(w)
        self.dialogs += 1
        if isinstance(w, QDialog):
            w.reject()
        else:
            w.close()

    def _windows(self) -> set[QWidget]:
        return {w for w in QApplication.topLevelWidgets() if w.isVisible()}

    def do(self, step: str, action: Callable[[], object]) -> None:
        """Do ``action`` the clerk's way; look at every window it opens, then close it."""
        self.step = step
        before = self._windows()
        self.timer.start()
        try:
            action()
            self.qtbot.waitUntil(lambda: not self.c.window.job_running, timeout=60_000)
            self.qtbot.wait(80)  # a preview opens after its render; the timer closes it
        finally:
            self.timer.stop()
        for w in self._windows() - before:
            self.look(w)
            self.dialogs += 1
            w.close()
        self.look(self.c.window)  # what the action said in the message bar, too


def chinese_left(walk: Walk, data: list[str]) -> list[tuple[str, str, str]]:
    left = []
    for step, where, text in walk.seen:
        if not CJK.search(text):
            continue
        rest = text
        for d in data:
            if d in rest:
                rest = rest.replace(d, "")
        if CJK.search(rest):
            left.append((step, where, text))
    first: dict[str, tuple[str, str, str]] = {}
    for step, where, text in sorted(set(left)):
        first.setdefault(text, (step, where, text))
    return list(first.values())


@pytest.fixture
def english(qtbot, tmp_path: Path) -> Iterator[AppController]:
    store = machine()
    path = tmp_path / "v" / "ledger.mjdb"
    path.parent.mkdir()
    vault, _ = Vault.create(path, passphrase=PASSPHRASE, unit_name=demo.UNIT,
                            clerk_name=demo.CLERK, store=store, kdf=TEST_KDF,
                            clock=FixedClock(NOW), locations=demo.LOCATIONS)
    demo.fill(vault, 12)
    vault.close()
    settings = Settings(tmp_path / "settings.ini")
    settings.set("language", "en")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_translators(app, "en")
    c = AppController(path, settings, store, clock=FixedClock(NOW + dt.timedelta(minutes=1)),
                      airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    c.window.resize(1366, 768)
    c.window.show()
    c.try_unlock(PASSPHRASE, False)
    assert not c.window.is_locked
    yield c
    c.window.lock()
    i18n.uninstall_translators(app)


def all_actions(c: AppController) -> Iterator[tuple[str, object]]:
    w = c.window
    named = {id(getattr(w, n)): n for n in SKIP_ACTIONS}
    menus = [m for a in w.menuBar().actions() if isinstance(m := a.menu(), QMenu)]
    while menus:
        menu = menus.pop(0)
        for a in menu.actions():
            if isinstance(sub := a.menu(), QMenu):
                menus.append(sub)
            elif not a.isSeparator() and id(a) not in named:
                yield f"{menu.title()} › {a.text()}", a


def test_every_page_menu_and_dialog_is_english(qtbot, english: AppController) -> None:
    c = english
    w = c.window
    walk = Walk(qtbot, c)
    assert w.menuBar().actions()[0].text() == "&Register"
    # The English markings are whole in their column (three times as long as 机密★10年).
    width = w.table.horizontalHeader().sectionSize(1)
    for row in range(min(w.model.rowCount(), 40)):
        marking = str(w.model.index(row, 1).data())
        assert w.table.fontMetrics().horizontalAdvance(marking) < width, (marking, width)
    walk.look(w)
    for action in w.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        walk.seen += [("menus", where, text) for where, text in menu_texts(menu) if text]
    # Every page, as the clerk opens it; with a row chosen, so its actions are offered.
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        page = w.tabs.widget(i)
        walk.step = f"page {w.tabs.tabText(i)}"
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
        walk.look(page)
    # Every menu item and the dialog it opens.
    w.tabs.setCurrentIndex(0)
    w.table.setCurrentIndex(w.model.index(0, 0))
    triggered = 0
    for step, a in list(all_actions(c)):
        if a.isEnabled():  # type: ignore[attr-defined]
            walk.do(step, a.trigger)  # type: ignore[attr-defined]
            triggered += 1
    # Every button on every page (and on the detail pane), with its page's first row chosen.
    pressed = 0
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        page = w.tabs.widget(i)
        for view in page.findChildren(QAbstractItemView):
            if view.isVisible() and view.model() is not None and view.model().rowCount() > 0:
                view.setCurrentIndex(view.model().index(0, 0))
        qtbot.wait(20)
        for button in page.findChildren(QAbstractButton):
            if not isinstance(button, (QPushButton, QToolButton)) or not button.isVisible() \
                    or not button.isEnabled() or button.isCheckable():
                continue
            walk.do(f"page {w.tabs.tabText(i)} › {button.text()}",
                    lambda b=button: qtbot.mouseClick(b, Qt.MouseButton.LeftButton))
            pressed += 1
            if w.is_locked:
                pytest.fail(f"{button.text()} locked the window")
    assert triggered > 25 and pressed > 10 and walk.dialogs > 20
    left = chinese_left(walk, vault_data(w.vault))  # type: ignore[arg-type]
    assert not left, "\n".join(f"{s} | {where}: {t!r}" for s, where, t in left)
