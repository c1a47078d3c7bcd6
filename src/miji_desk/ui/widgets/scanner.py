"""Keyboard-wedge barcode scanner input, recognised anywhere in the application.

A USB scanner "types" its code as keystrokes far faster than a person (a few milliseconds apart)
and ends with Enter. ``ScannerFilter`` is an event filter on the QApplication that holds back
printable keystrokes while they might be a scan:

- each held key must arrive within ``max_interval_ms`` of the previous one;
- Enter then completes the burst: if at least ``min_length`` characters remain after stripping the
  configured prefix/suffix, ``scanned(code)`` is emitted and none of the keys reach any widget;
- anything else (a gap longer than the interval, a non-printable key, a modifier shortcut, a burst
  too short) means a person is typing: the held keys are replayed, in order, to the object that
  would have received them, so typing at a person's speed stays ordinary typing.

The same code again within ``repeat_ignore_ms`` is swallowed (scanners often send twice) and
reported through ``repeatIgnored``. Time comes from an injectable monotonic millisecond clock, so
tests can drive fast and slow key sequences deterministically.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ..shell.settings import Settings

MonotonicMs = Callable[[], int]


def monotonic_ms() -> int:
    return time.monotonic_ns() // 1_000_000


@dataclass(frozen=True)
class ScannerConfig:
    prefix: str = ""
    suffix: str = ""
    max_interval_ms: int = 30
    min_length: int = 4
    repeat_ignore_ms: int = 1000

    @staticmethod
    def from_settings(settings: Settings) -> ScannerConfig:
        return ScannerConfig(
            prefix=settings.get("scanner_prefix"),
            suffix=settings.get("scanner_suffix"),
            max_interval_ms=settings.get("scanner_max_interval_ms"),
            min_length=settings.get("scanner_min_length"),
            repeat_ignore_ms=settings.get("scanner_repeat_ignore_ms"),
        )


@dataclass
class _HeldKey:
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    released: bool = False  # its KeyRelease was swallowed too, so a replay must send one


_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                            Qt.Key.Key_Meta, Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock,
                            Qt.Key.Key_NumLock})
# Shift (capitals) and the keypad flag are what scanners send; Ctrl/Alt/Meta mean a shortcut.
_SHORTCUT_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                       | Qt.KeyboardModifier.MetaModifier)


class ScannerFilter(QObject):
    """Install with ``app.installEventFilter(scanner)``; connect ``scanned``."""

    scanned = Signal(str)
    repeatIgnored = Signal(str)

    def __init__(self, config: ScannerConfig | None = None, clock: MonotonicMs = monotonic_ms,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.config = config or ScannerConfig()
        self._clock = clock
        self._enabled = True
        self._held: list[_HeldKey] = []
        self._target: QObject | None = None  # receiver of the first held key
        self._last_key_ms = 0
        self._replaying = False
        self._swallow_release: set[int] = set()  # Enter keys that completed a scan
        self._last_code = ""
        self._last_code_ms: int | None = None
        # Fires a little after the interval so a person's last keystroke is not held forever.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.flush_if_stale)

    # -- public ------------------------------------------------------------------------------

    def set_enabled(self, enabled: bool) -> None:
        if not enabled:
            self.flush()
        self._enabled = enabled

    def pending(self) -> str:
        """The characters currently held back (for tests and diagnostics)."""
        return "".join(k.text for k in self._held)

    def flush(self) -> None:
        """Give every held key to its widget now: it was a person typing."""
        self._timer.stop()
        held, target = self._held, self._target
        self._held, self._target = [], None
        if not held or target is None or not shiboken6.isValid(target):
            return
        self._replaying = True
        try:
            for k in held:
                press = QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text)
                QCoreApplication.sendEvent(target, press)
                if k.released and shiboken6.isValid(target):
                    release = QKeyEvent(QEvent.Type.KeyRelease, k.key, k.modifiers, k.text)
                    QCoreApplication.sendEvent(target, release)
                if not shiboken6.isValid(target):  # a replayed key may close its window
                    break
        finally:
            self._replaying = False

    def flush_if_stale(self) -> None:
        if not self._held:
            return
        waited = self._clock() - self._last_key_ms
        if waited > self.config.max_interval_ms:
            self.flush()
        else:
            self._timer.start(self.config.max_interval_ms - waited + 5)

    # -- the filter --------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._replaying or not self._enabled:
            return False
        # A key goes to the window first, then to the focus widget and up its parents; only
        # widgets and windows are keyboard receivers worth intercepting.
        if not isinstance(obj, QWidget | QWindow):
            return False
        if not self._held and _is_secret_field(QApplication.focusWidget()):
            return False  # a passphrase typed fast is never a scan, and never shown as one
        assert isinstance(event, QKeyEvent)
        if etype == QEvent.Type.KeyRelease:
            return self._on_release(event)
        return self._on_press(obj, event)

    def _on_release(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in self._swallow_release:
            self._swallow_release.discard(key)
            return True
        for k in reversed(self._held):
            if k.key == key and not k.released:
                k.released = True
                return True
        return False

    def _on_press(self, obj: QObject, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if key in _MODIFIER_KEYS:
            return False  # Shift for a capital letter is part of a scan; never a break
        now = self._clock()
        fast = bool(self._held) and now - self._last_key_ms <= self.config.max_interval_ms
        if self._held and not fast:
            self.flush()  # the previous keys were a person's; deliver them before this one
        text = event.text()
        shortcut = bool(event.modifiers() & _SHORTCUT_MODIFIERS)
        if key in _ENTER_KEYS and self._held and not event.isAutoRepeat():
            return self._complete(now)
        printable = len(text) == 1 and text.isprintable() and not shortcut
        if not printable or event.isAutoRepeat():
            self.flush()
            return False
        if not self._held:
            self._target = obj
        self._held.append(_HeldKey(int(key), event.modifiers(), text))
        self._last_key_ms = now
        self._timer.start(self.config.max_interval_ms + 5)
        return True

    def _complete(self, now: int) -> bool:
        """Enter arrived in time after held keys: a scan, unless the code is too short."""
        code = self._strip("".join(k.text for k in self._held))
        if len(code) < max(1, self.config.min_length):
            self.flush()
            return False  # the Enter goes on to the widget after the replayed keys
        self._timer.stop()
        self._held, self._target = [], None
        self._swallow_release.update(int(k) for k in _ENTER_KEYS)
        last = self._last_code_ms
        if (code == self._last_code and last is not None
                and now - last < self.config.repeat_ignore_ms):
            self.repeatIgnored.emit(code)
        else:
            self._last_code, self._last_code_ms = code, now
            self.scanned.emit(code)
        return True

    def _strip(self, code: str) -> str:
        prefix, suffix = self.config.prefix, self.config.suffix
        if prefix and code.startswith(prefix):
            code = code[len(prefix):]
        if suffix and code.endswith(suffix):
            code = code[: -len(suffix)]
        return code.strip()


def _is_secret_field(widget: QWidget | None) -> bool:
    """A field whose text is hidden (passphrase, recovery code): its keys are the clerk's."""
    return isinstance(widget, QLineEdit) and widget.echoMode() in (
        QLineEdit.EchoMode.Password, QLineEdit.EchoMode.PasswordEchoOnEdit,
        QLineEdit.EchoMode.NoEcho)
