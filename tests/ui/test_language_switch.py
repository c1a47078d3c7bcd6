"""The language switches at once everywhere: switched through the settings dialog, every menu,
tab, table header and page text of the main window is English (nothing Chinese is left but the
ledger's own data), and switching back brings the Chinese back."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from miji_desk.ui.shell import i18n
from miji_desk.ui.shell.controller import AppController
from tests.ui.test_settings_dialog import (  # noqa: F401
    app,
    open_from_menu,
    press_ok,
    store,
    vault_file,
)

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")


def ledger_data(c: AppController) -> set[str]:
    """What the vault itself holds and the window shows as it is: never translated."""
    vault = c.window.vault
    assert vault is not None
    return {vault.unit_name, vault.actor, *(lv.name for lv in vault.levels),
            *(name for _id, name, _kind in vault.locations()), str(vault.path)}


def menu_texts(menu: QMenu) -> Iterator[tuple[str, str]]:
    yield "menu", menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from menu_texts(action.menu())  # type: ignore[arg-type]
        elif action.text():
            yield f"action in {menu.title()}", action.text()


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for w in root.findChildren(QWidget):
        name = f"{type(w).__name__} {w.objectName()}"
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView):
            model = w.model()
            for col in range(model.columnCount() if model is not None else 0):
                yield f"header of {name}", str(model.headerData(
                    col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or "")
        elif isinstance(w, (QLabel, QAbstractButton)):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QLineEdit):
            yield f"placeholder of {name}", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"item of {name}", w.itemText(i)


def everything(c: AppController) -> list[tuple[str, str]]:
    """Every menu, tab title and table header of the window, every text on every tab and in
    the status bar."""
    w = c.window
    found = [("window title", w.windowTitle()), *widget_texts(w.statusBar())]
    for action in w.menuBar().actions():
        found += list(menu_texts(action.menu()))  # type: ignore[arg-type]
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)  # walk the tabs as the clerk would
        found.append(("tab", w.tabs.tabText(i)))
        found += list(widget_texts(w.tabs.widget(i)))
    return found


def chinese_left(c: AppController) -> list[tuple[str, str]]:
    data = ledger_data(c)
    left = []
    for where, text in everything(c):
        rest = text
        for d in data:
            rest = rest.replace(d, "")
        if CJK.search(rest):
            left.append((where, text))
    return left


def switch(qtbot, c: AppController, language: str) -> None:
    dialog = open_from_menu(c)
    dialog.set_editor("language", language)
    press_ok(qtbot, dialog)
    assert c.settings.get("language") == language


@pytest.fixture
def english(qtbot, app: AppController) -> Iterator[AppController]:  # noqa: F811
    yield app
    i18n.uninstall_translators(QApplication.instance())  # type: ignore[arg-type]


def test_every_menu_tab_and_header_follows_the_switch_to_english_and_back(
        qtbot, english: AppController) -> None:
    c = english
    before = everything(c)
    assert len(c.window.pages) >= 5 and c.window.tabs.count() == len(c.window.pages) + 1
    assert sum(bool(CJK.search(t)) for _w, t in before) > 50  # it starts in Chinese
    switch(qtbot, c, "en")
    qtbot.waitUntil(lambda: c.window.register_menu.title() == "&Register", timeout=2000)
    left = chinese_left(c)
    assert left == [], "\n".join(f"{where}: {text}" for where, text in left)
    # Nothing says to restart: it all switched.
    assert not c.window.notice.isVisible() or "restart" not in c.window.notice.text()
    switch(qtbot, c, "zh_CN")
    qtbot.waitUntil(lambda: c.window.register_menu.title() == "登记(&R)", timeout=2000)
    assert everything(c) == before
