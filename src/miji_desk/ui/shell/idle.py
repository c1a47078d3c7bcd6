"""Idle lock and OS lock/sleep notifications.

``IdleWatcher`` watches every keyboard and mouse event of the application (an event filter on the
QApplication) and emits ``lockRequested`` once ``timeout_ms`` pass without any. A QTimer polls an
injected monotonic clock, so tests move time without waiting.

``OsLockMonitor`` turns the platform's own "screen locked" and "going to sleep" notifications into
``lockRequested``: logind and the freedesktop/GNOME screensaver over D-Bus on Linux,
``WM_WTSSESSION_CHANGE``/``WM_POWERBROADCAST`` on Windows. Each source is optional; where none is
available the idle timer and Ctrl+L still lock.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import SLOT as _SLOT
from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QCoreApplication,
    QEvent,
    QObject,
    QTimer,
    Signal,
    Slot,
)

from ..widgets.scanner import MonotonicMs, monotonic_ms

log = logging.getLogger(__name__)

# Input that proves a person is at the machine. Hover/move events count: a clerk reading the
# ledger and moving the mouse is not idle.
ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.HoverMove, QEvent.Type.ShortcutOverride,
})


class IdleWatcher(QObject):
    """Emits ``lockRequested`` once after ``timeout_ms`` without input, then waits to be rearmed.

    Install with ``app.installEventFilter(watcher)``. While the app is locked call ``disarm()``;
    after a successful unlock call ``rearm()``. ``remainingChanged(seconds)`` drives the status bar.
    """

    lockRequested = Signal()
    remainingChanged = Signal(int)

    def __init__(self, timeout_ms: int = 5 * 60_000, clock: MonotonicMs = monotonic_ms,
                 poll_ms: int = 1000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = timeout_ms
        self._clock = clock
        self._last_input = clock()
        self._armed = True
        self._last_reported: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(poll_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @staticmethod
    def minutes(minutes: int, clock: MonotonicMs = monotonic_ms,
                parent: QObject | None = None) -> IdleWatcher:
        return IdleWatcher(minutes * 60_000, clock, parent=parent)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = timeout_ms
        self.poll()

    def is_armed(self) -> bool:
        return self._armed

    def seconds_remaining(self) -> int:
        """Whole seconds until the idle lock (rounded up); 0 once due or while disarmed."""
        if not self._armed:
            return 0
        left = self._timeout_ms - (self._clock() - self._last_input)
        return max(0, -(-left // 1000))

    def reset(self) -> None:
        """Count from now, as if the clerk had just touched the keyboard."""
        self._last_input = self._clock()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def rearm(self) -> None:
        self.reset()
        self._armed = True
        self._last_reported = None
        self._timer.start()
        self.poll()

    @Slot()
    def poll(self) -> None:
        if not self._armed:
            return
        remaining = self.seconds_remaining()
        if remaining != self._last_reported:
            self._last_reported = remaining
            self.remainingChanged.emit(remaining)
        if remaining <= 0:
            # Disarm before emitting: the lock handler may take a while or re-enter the loop.
            self.disarm()
            self.lockRequested.emit()

    def watch_scanner(self, scanner: QObject) -> None:
        """Count scans as input, whatever order the two event filters were installed in.

        Application event filters run newest first, and the scanner swallows a scan's keys; if
        it was installed after this watcher, this watcher never sees them.
        """
        scanner.scanned.connect(self.reset)  # type: ignore[attr-defined]
        scanner.repeatIgnored.connect(self.reset)  # type: ignore[attr-defined]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if not self._armed or etype not in ACTIVITY_EVENTS:
            return False
        # Qt synthesizes mouse moves (hover after a layout change), so only spontaneous mouse
        # events prove a person. Keys are only ever replayed by the scanner filter, on behalf of
        # a person typing, so they count either way.
        if event.spontaneous() or etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self._last_input = self._clock()
        return False


# -- OS lock and sleep -------------------------------------------------------------------------

_LOGIND = "org.freedesktop.login1"
_LOGIND_PATH = "/org/freedesktop/login1"
_LOGIND_MANAGER = "org.freedesktop.login1.Manager"
_LOGIND_SESSION = "org.freedesktop.login1.Session"
_SCREENSAVERS = (  # (service, path, interface) of screensavers that emit ActiveChanged(bool)
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
    ("org.ukui.ScreenSaver", "/", "org.ukui.ScreenSaver"),  # Kylin's UKUI desktop
)

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


class OsLockMonitor(QObject):
    """Emits ``lockRequested(reason)`` when the OS locks the screen or goes to sleep.

    ``sources`` lists what could be subscribed (for the log and the about box); it may be empty.
    """

    lockRequested = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        self._native: _WindowsSessionFilter | None = None
        try:
            if sys.platform.startswith("linux"):
                self._connect_dbus()
            elif sys.platform == "win32":
                self._install_windows_filter()
        except Exception:  # a missing bus or API must never stop the app from starting
            log.exception("OS lock notifications unavailable")

    # Linux ----------------------------------------------------------------------------------

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:
            return
        # Only buses that exist: asking Qt for a missing session bus makes libdbus try to
        # autolaunch a daemon, a process the clerk never asked for.
        if _system_bus_present():
            system = QDBusConnection.systemBus()
            if system.isConnected():
                # PySide6's stub types the slot as bytes; at run time only SLOT()'s str is taken.
                if system.connect(_LOGIND, _LOGIND_PATH, _LOGIND_MANAGER, "PrepareForSleep",  # type: ignore[call-overload]
                                  self, _SLOT("_on_prepare_for_sleep(bool)")):
                    self.sources.append("logind PrepareForSleep")
                session_path = self._logind_session_path(system, QDBusInterface)
                if session_path and system.connect(_LOGIND, session_path, _LOGIND_SESSION,  # type: ignore[call-overload]
                                                   "Lock", self, _SLOT("_on_session_lock()")):
                    self.sources.append("logind session Lock")
        if _session_bus_present():
            session = QDBusConnection.sessionBus()
            if session.isConnected():
                # Any sender: whichever daemon implements the screensaver owns the name, and a
                # false alarm only locks, which is the safe direction.
                for _service, path, interface in _SCREENSAVERS:
                    if session.connect("", path, interface, "ActiveChanged", self,  # type: ignore[call-overload]
                                       _SLOT("_on_screensaver_active(bool)")):
                        self.sources.append(f"{interface} ActiveChanged")

    @staticmethod
    def _logind_session_path(bus: object, iface_cls: Callable[..., object]) -> str:
        """Our own logind session, so another user's lock on a shared seat does not count."""
        manager = iface_cls(_LOGIND, _LOGIND_PATH, _LOGIND_MANAGER, bus)
        if not manager.isValid():  # type: ignore[attr-defined]
            return ""
        manager.setTimeout(1000)  # type: ignore[attr-defined]
        reply = manager.call("GetSessionByPID", os.getpid())  # type: ignore[attr-defined]
        args = reply.arguments()
        if not args:
            return ""
        path = args[0]
        return path.path() if hasattr(path, "path") else str(path)

    @Slot(bool)
    def _on_prepare_for_sleep(self, starting: bool) -> None:
        if starting:
            self.lockRequested.emit("sleep")

    @Slot()
    def _on_session_lock(self) -> None:
        self.lockRequested.emit("session_lock")

    @Slot(bool)
    def _on_screensaver_active(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screensaver")

    # Windows --------------------------------------------------------------------------------

    def _install_windows_filter(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        self._native = _WindowsSessionFilter(self.lockRequested.emit)
        app.installNativeEventFilter(self._native)
        self.sources.append("WM_POWERBROADCAST")

    def watch_window(self, win_id: int) -> bool:
        """On Windows, ask for session-lock messages to a top-level window (its ``winId()``)."""
        if sys.platform != "win32":
            return False
        try:
            import ctypes

            wtsapi = ctypes.WinDLL("wtsapi32")
            ok = bool(wtsapi.WTSRegisterSessionNotification(ctypes.c_void_p(int(win_id)),
                                                           NOTIFY_FOR_THIS_SESSION))
        except (OSError, AttributeError):
            log.exception("WTSRegisterSessionNotification failed")
            return False
        if ok:
            self.sources.append("WM_WTSSESSION_CHANGE")
        return ok

    def simulate(self, reason: str) -> None:
        """What a test or a diagnostic uses in place of a real OS signal."""
        self.lockRequested.emit(reason)


def _system_bus_present() -> bool:
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or os.path.exists(
        "/run/dbus/system_bus_socket") or os.path.exists("/var/run/dbus/system_bus_socket")


def _session_bus_present() -> bool:
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime) and os.path.exists(os.path.join(runtime, "bus"))  # type: ignore[arg-type]


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    """Watches window messages for the session lock and suspend; never swallows them."""

    def __init__(self, notify: Callable[[str], None]) -> None:
        super().__init__()
        self._notify = notify

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        try:
            if bytes(event_type) not in (b"windows_generic_MSG",  # type: ignore[call-overload]
                                         b"windows_dispatcher_MSG"):
                return False, 0
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))  # type: ignore[call-overload]
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._notify("session_lock")
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._notify("sleep")
        except Exception:  # a filter that raises would be called again for every message
            log.exception("native event filter")
        return False, 0


__all__ = ["IdleWatcher", "OsLockMonitor"]
