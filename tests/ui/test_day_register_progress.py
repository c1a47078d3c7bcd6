"""A long register shows how far it is (rows done of all, and the time left) and can be
cancelled while it renders, leaving nothing behind: no preview, no file, no print in the audit.
An idle lock during the render cancels it (it is safe to stop), then locks (issue 12)."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from miji_desk.core.clock import FixedClock
from miji_desk.core.registration import register_incoming
from miji_desk.ui.printing import actions as printing_actions
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from tests.factories import NOW, PASSPHRASE, incoming, machine, new_vault
from tests.ui.test_printing_ui import Previews, audit_tail

ROWS = 120  # two registrations of 60 copies: reports at 50 and 100 rows


@pytest.fixture
def app(qtbot, tmp_path: Path, clock) -> Iterator[AppController]:
    store = machine()
    path = tmp_path / "v" / "ledger.mjdb"
    path.parent.mkdir()
    vault, _ = new_vault(path, store, FixedClock(NOW))
    for _ in range(2):
        register_incoming(vault, incoming(copy_numbers="1-60", copies_total=60,
                                          received_at=NOW - dt.timedelta(hours=1)))
    vault.close()
    c = AppController(path, Settings(tmp_path / "s.ini"), store, clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)], monotonic=clock)
    qtbot.addWidget(c.window)
    c.window.show()
    c.try_unlock(PASSPHRASE, False)
    c.printing.preview = Previews(qtbot)
    yield c
    c.window.lock()


class Held:
    """The real register renderer, held on its worker right after it reported 50 rows."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.at_50 = threading.Event()
        self.release = threading.Event()
        self.reports: list[tuple[int, int]] = []
        real = printing_actions.register_pdf

        def held(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
            def tell(done: int, total: int) -> None:
                progress(done, total)  # raises once the clerk cancelled
                self.reports.append((done, total))
                if done >= 50 and not self.at_50.is_set():
                    self.at_50.set()
                    assert self.release.wait(10), "the test never released the render"
            return real(*args, progress=tell, **kwargs)

        monkeypatch.setattr(printing_actions, "register_pdf", held)


def test_the_register_shows_rows_and_time_left_and_a_cancel_stops_it_leaving_nothing(
        qtbot, monkeypatch, app: AppController) -> None:
    w = app.window
    held = Held(monkeypatch)
    events = len(audit_tail(app, 1000))
    app.printing.register_actions["incoming"].trigger()
    assert held.at_50.wait(10)
    qtbot.waitUntil(lambda: w.busy.value() == 50, timeout=5000)
    assert w.busy.maximum() == ROWS and f"50 / {ROWS}" in w.busy.format()
    assert "约剩" in w.busy.format()  # the time left, from the pace so far
    assert w.cancel_job.isVisible() and w.cancel_job.isEnabled()
    qtbot.mouseClick(w.cancel_job, Qt.MouseButton.LeftButton)
    held.release.set()
    qtbot.waitUntil(lambda: not w.job_running and w.menuBar().isEnabled(), timeout=10_000)
    assert held.reports == [(0, ROWS), (50, ROWS)]  # stopped at the next report, not finished
    assert not app.printing.preview.dialogs  # nothing previewed
    assert "已取消" in w.notice.text()
    assert not w.cancel_job.isVisible() and not w.busy.isVisible()
    assert len(audit_tail(app, 1000)) == events  # nothing printed or exported
    # The window works as before: the same register prints whole; while its preview is open
    # (modal, inside the job's hand-over) there is nothing left to cancel, so no 取消 shows.
    monkeypatch.undo()
    cancel_shown: list[bool] = []
    app.printing.preview = lambda *_a, **_k: cancel_shown.append(w.cancel_job.isVisible())
    app.printing.register_actions["incoming"].trigger()
    qtbot.waitUntil(lambda: bool(cancel_shown), timeout=30_000)
    assert cancel_shown == [False]


def test_an_idle_lock_cancels_the_render_then_locks(
        qtbot, monkeypatch, app: AppController, clock) -> None:
    w = app.window
    vault = w.vault
    held = Held(monkeypatch)
    app.printing.register_actions["incoming"].trigger()
    assert held.at_50.wait(10)
    clock.advance(5 * 60_000 + 1)  # five idle minutes pass while the register renders
    app.idle.poll()
    assert w.stack.currentIndex() == 0  # the ledger left the screen at once
    held.release.set()
    qtbot.waitUntil(lambda: w.is_locked, timeout=10_000)
    assert held.reports == [(0, ROWS), (50, ROWS)]  # cancelled, not rendered to the end
    assert vault is not None and not vault.is_open
    assert not app.printing.preview.dialogs
