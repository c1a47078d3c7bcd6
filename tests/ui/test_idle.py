"""Idle lock with an injected clock, and OS lock notifications."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from miji_desk.ui.shell.idle import IdleWatcher, OsLockMonitor


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


DBUS_SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from miji_desk.ui.shell.idle import OsLockMonitor
app = QCoreApplication([])
monitor = OsLockMonitor()
reasons = []
monitor.lockRequested.connect(reasons.append)
def send(active):
    msg = QDBusMessage.createSignal("/org/freedesktop/ScreenSaver",
                                    "org.freedesktop.ScreenSaver", "ActiveChanged")
    msg.setArguments([active])
    QDBusConnection.sessionBus().send(msg)
QTimer.singleShot(50, lambda: send(False))
QTimer.singleShot(100, lambda: send(True))
QTimer.singleShot(1500, app.quit)
app.exec()
print("sources=" + "|".join(monitor.sources))
print("reasons=" + ",".join(reasons))
"""


@pytest.mark.skipif(not shutil.which("dbus-run-session"), reason="needs dbus-run-session")
def test_screensaver_signal_on_a_real_session_bus(tmp_path) -> None:
    """A private session bus: the freedesktop screensaver's ActiveChanged(true) locks."""
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    result = subprocess.run(["dbus-run-session", "--", sys.executable, "-c", DBUS_SCRIPT],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert "org.freedesktop.ScreenSaver ActiveChanged" in result.stdout
    assert "reasons=screensaver\n" in result.stdout


def test_typing_and_scans_count_with_the_scanner_installed_last(qtbot, qapp, clock) -> None:
    """The controller's order: idle watcher first, scanner second (so the scanner runs first)."""
    from miji_desk.ui.widgets.scanner import ScannerFilter

    idle = IdleWatcher(5 * 60_000, clock=clock, poll_ms=10)
    scanner = ScannerFilter(clock=clock)
    idle.watch_scanner(scanner)
    qapp.installEventFilter(idle)
    qapp.installEventFilter(scanner)
    field = QLineEdit()
    qtbot.addWidget(field)
    try:
        clock.advance(200_000)
        for ch in "ab":  # a person typing: held, then replayed by the scanner
            qtbot.keyClick(field, ch)
            clock.advance(500)
        scanner.flush_if_stale()
        assert field.text() == "ab"
        assert idle.seconds_remaining() >= 299
        clock.advance(200_000)
        for ch in "MJ0001":
            clock.advance(2)
            qtbot.keyClick(field, ch)
        clock.advance(2)
        qtbot.keyClick(field, Qt.Key.Key_Return)  # a scan, swallowed before the watcher
        assert idle.seconds_remaining() == 300
    finally:
        qapp.removeEventFilter(scanner)
        qapp.removeEventFilter(idle)
        idle.disarm()


def test_windows_session_lock_message_is_recognised() -> None:
    """The native filter's parsing, fed a hand-made MSG (runs on any OS)."""
    import ctypes
    import ctypes.wintypes

    from miji_desk.ui.shell import idle

    reasons: list[str] = []
    native = idle._WindowsSessionFilter(reasons.append)
    for message, wparam in ((idle.WM_WTSSESSION_CHANGE, idle.WTS_SESSION_LOCK),
                            (idle.WM_WTSSESSION_CHANGE, 0x8),  # unlock: nothing to do
                            (idle.WM_POWERBROADCAST, idle.PBT_APMSUSPEND),
                            (0x0100, 0)):  # WM_KEYDOWN: not ours
        msg = ctypes.wintypes.MSG()
        msg.message, msg.wParam = message, wparam
        assert native.nativeEventFilter(b"windows_generic_MSG",
                                        ctypes.addressof(msg)) == (False, 0)
    assert native.nativeEventFilter(b"xcb_generic_event_t", 0) == (False, 0)
    assert reasons == ["session_lock", "sleep"]
