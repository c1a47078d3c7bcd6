"""Long work never freezes the window (issue 12): the documents printed from the pages (the
destruction manifest here; the circulation slip, handover list, return list, volume catalogues
and loss report share the same path) render on a worker thread, with the busy indicator on and
the UI thread serving events; an idle lock meanwhile waits for the render, then locks, and the
finished document is dropped, never previewed."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from miji_desk.ui.disposition import pages as disposition_pages
from tests.factories import PASSPHRASE
from tests.ui.test_disposal_pages import (  # noqa: F401 - fixtures
    app,
    audit_tail,
    manifests,
    new_manifest_by_dialog,
    store,
    world,
    world_file,
)


class Gate:
    """Holds the real manifest renderer on its thread; the test releases it from a timer."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        real = disposition_pages.manifest_pdf

        def held(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread())
            self.entered.set()
            assert self.release.wait(10), "the test never released the render"
            return real(*args, **kwargs)

        monkeypatch.setattr(disposition_pages, "manifest_pdf", held)


def while_rendering(gate: Gate, look: Any) -> list[Any]:
    """Run ``look()`` on the UI thread while the render is held, then release it."""
    seen: list[Any] = []

    def tick() -> None:
        if not gate.entered.is_set():
            QTimer.singleShot(10, tick)
            return
        seen.append(look())
        gate.release.set()

    QTimer.singleShot(10, tick)
    return seen


def test_a_manifest_renders_on_a_worker_while_the_window_serves_events(
        qtbot, monkeypatch, app, manifests, world) -> None:  # noqa: F811
    w = app.window
    new_manifest_by_dialog(manifests, qtbot)
    w.open_scanned(world.report[0])
    gate = Gate(monkeypatch)
    seen = while_rendering(gate, lambda: (w.busy.isVisible(), w.centralWidget().isEnabled(),
                                          w.menuBar().isEnabled(), w.action_lock.isEnabled()))
    assert manifests.print_manifest()
    # The timer fired on the UI thread during the render: busy on, the window held still,
    # Ctrl+L still there; the render itself ran on another thread.
    assert seen == [(True, False, False, True)]
    assert gate.threads and gate.threads[0] is not threading.main_thread()
    pdf, title, _parent, _options = app.printing.preview.calls[-1]
    assert pdf.startswith(b"%PDF") and "销毁清单" in title
    assert not w.busy.isVisible() and w.centralWidget().isEnabled() and w.menuBar().isEnabled()


def test_an_idle_lock_during_the_render_waits_for_it_then_locks_and_drops_the_document(
        qtbot, monkeypatch, app, manifests, world) -> None:  # noqa: F811
    w = app.window
    new_manifest_by_dialog(manifests, qtbot)
    w.open_scanned(world.report[0])
    vault = w.vault
    calls = len(app.printing.preview.calls)
    gate = Gate(monkeypatch)
    seen = while_rendering(gate, lambda: (w.lock(), vault.is_open, w.stack.currentIndex()))
    assert not manifests.print_manifest()  # nothing to preview
    assert seen == [(None, True, 0)]  # the ledger left the screen at once; the worker went on
    qtbot.waitUntil(lambda: w.is_locked, timeout=10_000)
    assert not vault.is_open and len(app.printing.preview.calls) == calls
    app.try_unlock(PASSPHRASE, False)
    assert all(a not in ("print", "export_pdf") for a, _i, _d in audit_tail(app, 3))
