"""The Qt bindings must not leak references to None/True (PySide6 6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal, Slot


class _Emitter(QObject):
    flag = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.seen = 0
        self.flag.connect(self.on_flag)

    @Slot(bool)
    def on_flag(self, _value: bool) -> None:
        self.seen += 1


def _delta(obj: object, action, n: int = 200) -> int:
    before = sys.getrefcount(obj)
    for _ in range(n):
        action()
    return sys.getrefcount(obj) - before


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal (PEP 683)")
def test_void_calls_and_bool_signals_keep_refcounts() -> None:
    """Guards the PySide6 pin: 6.12.0 on Python 3.11 fails this, and the app then aborts
    after a few thousand calls (pyproject.toml pins 6.11.3)."""
    obj = QObject()
    emitter = _Emitter()
    none_leak = _delta(None, lambda: obj.setObjectName("x"))
    true_leak = _delta(True, lambda: emitter.flag.emit(True))
    assert (none_leak, true_leak) == (0, 0), (
        f"PySide6 drops references: None {none_leak}, True {true_leak} per 200 calls")
