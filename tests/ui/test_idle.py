"""Idle lock with an injected clock, and OS lock notifications."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from miji_desk.ui.idle import IdleWatcher, OsLockMonitor


@pytest.fixture
def watcher(qapp: QApplication, clock):
    w = IdleWatcher(5 * 60_000, clock=clock, poll_ms=10)
    qapp.installEventFilter(w)
    yield w
    qapp.removeEventFilter(w)
    w.disarm()


def test_locks_after_five_idle_minutes(qtbot, watcher, clock):
    locks: list[bool] = []
    watcher.lockRequested.connect(lambda: locks.append(True))
    assert watcher.seconds_remaining() == 300
    clock.advance(299_500)
    watcher.poll()
    assert locks == [] and watcher.seconds_remaining() == 1
    clock.advance(500)
    with qtbot.waitSignal(watcher.lockRequested, timeout=1000):
        pass  # the poll timer notices on its own
    assert watcher.seconds_remaining() == 0 and not watcher.is_armed()
    clock.advance(600_000)
    watcher.poll()
    assert len(locks) == 1  # once, until rearmed after the next unlock


def test_keyboard_and_mouse_input_reset_the_countdown(qtbot, watcher, clock):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    clock.advance(240_000)
    assert watcher.seconds_remaining() == 60
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert watcher.seconds_remaining() == 300
    clock.advance(200_000)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert watcher.seconds_remaining() == 300
    clock.advance(299_000)
    with qtbot.assertNotEmitted(watcher.lockRequested):
        watcher.poll()


def test_remaining_seconds_are_reported_for_the_status_bar(qtbot, watcher, clock):
    seen: list[int] = []
    watcher.remainingChanged.connect(seen.append)
    clock.advance(1_000)
    watcher.poll()
    clock.advance(1_000)
    watcher.poll()
    watcher.poll()  # no change, no signal
    assert seen[-2:] == [299, 298]


def test_rearm_after_unlock_counts_from_then(qtbot, watcher, clock):
    clock.advance(300_000)
    watcher.poll()
    assert not watcher.is_armed()
    clock.advance(3_600_000)  # locked for an hour: no input reaches the watcher
    watcher.rearm()
    assert watcher.is_armed() and watcher.seconds_remaining() == 300


def test_timeout_follows_the_setting(qtbot, watcher, clock):
    watcher.set_timeout_ms(60_000)
    clock.advance(59_000)
    assert watcher.seconds_remaining() == 1
    with qtbot.waitSignal(watcher.lockRequested, timeout=1000):
        clock.advance(1_000)


def test_os_monitor_never_fails_without_a_bus(qtbot, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent")
    monitor = OsLockMonitor()
    assert isinstance(monitor.sources, list)
    with qtbot.waitSignal(monitor.lockRequested, timeout=1000) as blocker:
        monitor.simulate("session_lock")
    assert blocker.args == ["session_lock"]


def test_os_monitor_slots_turn_signals_into_lock_requests(qtbot):
    monitor = OsLockMonitor()
    reasons: list[str] = []
    monitor.lockRequested.connect(reasons.append)
    monitor._on_prepare_for_sleep(False)  # waking up: nothing to do
    monitor._on_prepare_for_sleep(True)
    monitor._on_screensaver_active(False)
    monitor._on_screensaver_active(True)
    monitor._on_session_lock()
    assert reasons == ["sleep", "screensaver", "session_lock"]
