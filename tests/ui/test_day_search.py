"""The ledger search follows typing (a short pause, counted off the UI thread), ⊗ and Esc clear
it, and a partial 编号 finds its carriers (issue 12)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from miji_desk.vault.queries import LedgerQueries

from .custody_support import (
    AppController,
    World,
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    store_fixture,  # noqa: F401
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)

ALL = 5  # the world's carriers: report 1-3, notice 1-2


def type_slowly(qtbot, widget, clock, text: str) -> None:
    """A person typing (not a scanner's burst): 150 ms a key, no Enter."""
    for ch in text:
        clock.advance(150)
        qtbot.keyClick(widget, ch)
    clock.advance(150)


def _numbers(c: AppController) -> list[str]:
    m = c.window.model
    return [m.carrier_at(r).number for r in range(m.rowCount())]  # type: ignore[union-attr]


def test_typing_filters_without_enter_and_clear_button_unfilters(
        qtbot, app_controller: AppController, world: World, clock, monkeypatch) -> None:
    c = app_controller
    w = c.window
    assert w.model.rowCount() == ALL
    wanted = [n for n in _numbers(c) if n.endswith("0002-002")]
    assert len(wanted) == 1
    counted_on: list[bool] = []
    real_count = LedgerQueries.count

    def count(self, f=None, *a):
        if f is not None and f.text:
            counted_on.append(threading.current_thread() is threading.main_thread())
        return real_count(self, f, *a) if f is not None else real_count(self)

    monkeypatch.setattr(LedgerQueries, "count", count)
    w.search.setFocus()
    type_slowly(qtbot, w.search, clock, "0002-002")  # part of a 编号, no Enter
    qtbot.waitUntil(lambda: w.search.text() == "0002-002", timeout=2000)  # keys replayed
    qtbot.waitUntil(lambda: w.model.rowCount() == 1, timeout=5000)
    assert _numbers(c) == wanted
    assert counted_on and not any(counted_on)  # the search was counted off the UI thread
    clear = next(b for b in w.search.findChildren(QToolButton) if b.isVisible())
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)  # ⊗
    assert w.search.text() == ""
    assert w.model.rowCount() == ALL and w.model.filter.text == ""


def test_escape_cancels_a_search_and_shows_everything(
        qtbot, app_controller: AppController, world: World, clock) -> None:
    c = app_controller
    w = c.window
    w.search.setFocus()
    qtbot.waitUntil(w.search.hasFocus, timeout=1000)
    type_slowly(qtbot, w.search, clock, "0001-")
    qtbot.waitUntil(lambda: w.search.text() == "0001-", timeout=2000)
    qtbot.keyClick(w.search, Qt.Key.Key_Escape)  # before (or after) the pause: cancelled
    assert w.search.text() == ""
    qtbot.wait(400)  # longer than the pause: nothing filters afterwards
    assert w.model.rowCount() == ALL and w.model.filter.text == ""
