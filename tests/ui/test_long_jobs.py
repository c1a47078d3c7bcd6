"""Long jobs off the UI thread: a register renders on a worker over the vault's one connection,
the window stays responsive with a busy indicator, and an idle lock meanwhile waits for the job
and then locks (the finished document is dropped, never shown)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from miji_desk.core.clock import FixedClock
from miji_desk.ui.printing import actions as printing_actions
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from tests.factories import PASSPHRASE
from tests.printing.helpers import pdf_text
from tests.ui.test_printing_ui import NOW, Previews, audit_tail, store, vault_file  # noqa: F401


class Gate:
    """Holds the real register renderer on its thread until released; notes that thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        real = printing_actions.register_pdf

        def held(*args: object, **kwargs: object) -> object:
            self.threads.append(threading.current_thread())
            self.entered.set()
            assert self.release.wait(10), "the test never released the render"
            return real(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(printing_actions, "register_pdf", held)


@pytest.fixture
def app(qtbot, vault_file: Path, store, tmp_path: Path, clock) -> Iterator[AppController]:  # noqa: F811
    c = AppController(vault_file, Settings(tmp_path / "s.ini"), store,
                      clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)], monotonic=clock)
    qtbot.addWidget(c.window)
    c.window.show()
    c.try_unlock(PASSPHRASE, False)
    assert c.window.vault is not None
    yield c
    c.window.lock()


@pytest.fixture
def previews(qtbot, app: AppController) -> Previews:
    recorder = Previews(qtbot)
    app.printing.preview = recorder
    return recorder


def test_a_register_renders_on_a_worker_while_the_window_stays_responsive(
        qtbot, monkeypatch, app: AppController, previews: Previews) -> None:
    gate = Gate(monkeypatch)
    w = app.window
    app.printing.register_actions["incoming"].trigger()
    assert gate.entered.wait(10)
    # The job runs: busy indicator on, the window (menus too) off against a second click.
    assert w.busy.isVisible() and "登记簿" in w.busy.format()
    assert not w.centralWidget().isEnabled() and not w.menuBar().isEnabled()
    paused = [app.backup.action_backup, app.backup.action_restore,  # type: ignore[attr-defined]
              app.printing.action_labels, w.action_incoming]
    assert not any(a.isEnabled() for a in paused)  # their shortcuts too
    assert w.action_lock.isEnabled()  # Ctrl+L still locks
    # The UI thread keeps serving events meanwhile: a timer fires while the render is held.
    ticks: list[int] = []
    timer = QTimer(w)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=2000)
    timer.stop()
    assert not previews.dialogs
    gate.release.set()
    qtbot.waitUntil(lambda: bool(previews.dialogs), timeout=30_000)
    assert gate.threads and gate.threads[0] is not threading.main_thread()
    assert "绝密的通知" in pdf_text(previews.last._pdf)[0]  # the result opens in preview
    assert not w.busy.isVisible() and w.centralWidget().isEnabled() and w.menuBar().isEnabled()
    assert all(a.isEnabled() for a in paused)
    assert QApplication.overrideCursor() is None


def test_idle_lock_during_a_render_waits_for_it_then_locks(
        qtbot, monkeypatch, app: AppController, previews: Previews, clock) -> None:
    gate = Gate(monkeypatch)
    w = app.window
    vault = w.vault
    assert vault is not None
    app.printing.register_actions["incoming"].trigger()
    assert gate.entered.wait(10)
    clock.advance(5 * 60_000 + 1)  # five idle minutes pass while the register renders
    app.idle.poll()
    # The ledger leaves the screen at once; the vault stays open for the worker using it, and
    # no one can unlock in between.
    assert w.stack.currentIndex() == 0 and not w.lock_page.isEnabled()
    assert vault.is_open and vault.in_use
    gate.release.set()
    qtbot.waitUntil(lambda: w.is_locked, timeout=30_000)
    assert not vault.is_open and w.lock_page.isEnabled()
    assert not previews.dialogs  # the finished register was dropped, not shown after the lock
    assert w.model.rowCount() == 0 and not w.busy.isVisible()
    # Unlocked again, nothing was printed or exported on the way.
    app.try_unlock(PASSPHRASE, False)
    assert app.printing.action_labels.isEnabled() and app.backup.action_check.isEnabled()  # type: ignore[attr-defined]
    assert all(a not in ("print", "export_pdf") for a, _i, _d in audit_tail(app, 5))


def test_closing_the_window_during_a_render_waits_and_closes_the_vault(
        qtbot, monkeypatch, app: AppController, previews: Previews) -> None:
    gate = Gate(monkeypatch)
    vault = app.window.vault
    assert vault is not None
    app.printing.register_actions["media"].trigger()
    assert gate.entered.wait(10)
    threading.Timer(0.2, gate.release.set).start()
    app.window.close()
    assert not vault.is_open and app.window.is_locked
    qtbot.wait(50)  # the job's end arrives after the lock: nothing is shown
    assert not previews.dialogs


def test_a_label_sheet_renders_on_a_worker_and_opens_in_the_preview(
        qtbot, monkeypatch, app: AppController, previews: Previews) -> None:
    from tests.ui.test_printing_ui import accepting

    threads: list[threading.Thread] = []
    real = printing_actions.labels_pdf

    def noted(*args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(printing_actions, "labels_pdf", noted)
    accepting(monkeypatch, lambda d: None)
    w = app.window
    w.table.selectAll()
    app.printing.action_labels.trigger()
    assert w.busy.isVisible() and not w.centralWidget().isEnabled()
    qtbot.waitUntil(lambda: bool(previews.dialogs), timeout=30_000)
    assert threads and threads[0] is not threading.main_thread()
    assert previews.last.page_count == 1 and not w.busy.isVisible()
