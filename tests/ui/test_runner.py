"""One way to run an action: refusals in the page's message bar with nothing changed, views
refreshed after a change, long work off the UI thread with a busy indicator, and a message bar
that clears when the clerk moves on."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from miji_desk.core.circulation import CirculationForm, close_circulation, open_circulation
from miji_desk.core.errors import RuleViolation
from miji_desk.core.holds import place_hold
from miji_desk.ui.circulation.desk import CirculationDesk
from miji_desk.ui.runner import ActionRunner, BusyIndicator
from miji_desk.ui.widgets.message_bar import MessageBar
from tests.core.custody_support import snapshot

from .custody_support import (
    app_controller_fixture,  # noqa: F401  (fixtures, found by pytest under their names)
    status,
    store_fixture,  # noqa: F401
    vault_of,
    world_file_fixture,  # noqa: F401
    world_fixture,  # noqa: F401
)


@pytest.fixture
def desk(app_controller) -> CirculationDesk:
    d: CirculationDesk = app_controller.window.circulation_desk
    app_controller.window.tabs.setCurrentWidget(d)
    return d


class Page(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.bar = MessageBar("pageMessage", self)
        self.busy = BusyIndicator(parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.busy)
        self.refreshed: list[list[int]] = []
        self.runner = ActionRunner(self.bar, refresh=self.refreshed.append, page=self,
                                   busy=self.busy)


@pytest.fixture
def page(qtbot) -> Page:
    p = Page()
    qtbot.addWidget(p)
    p.show()
    return p


def test_a_refusal_shows_in_the_bar_and_changes_nothing(app_controller, page) -> None:
    vault = vault_of(app_controller)
    before = snapshot(vault)
    results: list[object] = []
    ok = page.runner.run(lambda: close_circulation(vault, 999, "提前结束"), results.append,
                         changed=lambda _r: [1])
    assert not ok and results == [] and page.refreshed == []  # nothing to refresh
    assert page.bar.isVisibleTo(page) and page.bar.refused
    assert page.bar.text() == "没有这张传阅单。"
    assert snapshot(vault) == before


def test_a_success_refreshes_what_it_touched_then_reports(page) -> None:
    seen: list[str] = []
    ok = page.runner.run(lambda: 7, lambda r: seen.append(f"then {r} after {page.refreshed}"),
                         changed=lambda r: [r, r + 1])
    assert ok and seen == ["then 7 after [[7, 8]]"]


def test_a_bug_is_not_swallowed_as_a_refusal(page) -> None:
    def broken() -> None:
        raise KeyError("not a column")

    with pytest.raises(KeyError):
        page.runner.run(broken)
    assert not page.bar.refused


def test_long_work_runs_off_the_ui_thread_with_a_busy_indicator(page, qtbot) -> None:
    release = threading.Event()
    ran_on: list[threading.Thread] = []
    then_on: list[threading.Thread] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        assert release.wait(10)
        return 42

    action = page.runner.run_in_background(work, lambda _r: then_on.append(
        threading.current_thread()), changed=lambda r: [r], text="正在生成…")
    qtbot.waitUntil(lambda: bool(ran_on))
    # The UI thread is free: events are processed while the work waits.
    qtbot.wait(50)
    assert page.busy.isVisible() and page.busy.format() == "正在生成…"
    assert not page.isEnabled()  # no second action meanwhile
    assert ran_on[0] is not threading.main_thread()
    with qtbot.waitSignal(action.finished, timeout=5000) as got:
        release.set()
    assert got.args == [True]
    assert then_on == [threading.main_thread()] and page.refreshed == [[42]]
    assert not page.busy.isVisible() and page.isEnabled()


def test_a_refusal_from_background_work_shows_in_the_bar(page, qtbot) -> None:
    def work() -> None:
        raise RuleViolation("介质已取出，请重新插入。")

    action = page.runner.run_in_background(work)
    with qtbot.waitSignal(action.finished, timeout=5000) as got:
        pass
    assert got.args == [False]
    assert page.bar.refused and page.bar.text() == "介质已取出，请重新插入。"
    assert not page.busy.isVisible() and page.isEnabled() and page.refreshed == []


def test_the_bar_clears_when_the_clerk_moves_on(app_controller, desk, world) -> None:
    w = app_controller.window
    desk.close_slip("不阅了")  # nothing selected: refused
    assert desk.message.isVisibleTo(desk) and desk.message.refused
    w.open_scanned(world.report[0])  # the next scan: the old refusal goes
    assert not desk.message.isVisibleTo(desk) and desk.message.text() == ""
    w.open_scanned("MJ000000000")  # a bad code: refused again
    assert desk.message.refused
    w.tabs.setCurrentIndex(0)  # to the ledger and back: nothing stale waits there
    w.tabs.setCurrentWidget(desk)
    assert not desk.message.isVisibleTo(desk) and desk.message.text() == ""


def test_a_refused_third_carrier_hands_out_none_of_the_three(app_controller, desk, world,
                                                             qtbot) -> None:
    vault = vault_of(app_controller)
    open_circulation(vault, CirculationForm(list(world.report), [world.dean, world.director]))
    place_hold(vault, [vault.ledger.by_barcode(world.report[2]).id], "保密检查封存")
    desk.refresh()
    before = snapshot(vault)
    for code in world.report:
        app_controller.window.open_scanned(code)
    assert len(desk.staged) == 3
    desk.confirm()
    assert "已冻结" in desk.message.text() and desk.message.refused
    assert snapshot(vault) == before  # not one carrier went out, no audit event
    assert [status(app_controller, c) for c in world.report] == [("in_store", "")] * 3
    assert len(desk.staged) == 3  # still staged: Esc, take the held one out, scan again
