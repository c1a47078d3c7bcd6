"""Workarounds for bugs in the Qt bindings, each with the versions it applies to.

PySide6 6.12.0 on Python 3.11 drops a reference to ``None`` on every call of a method that
returns nothing (``setText``, ``QTimer.start`` ...) and to ``True`` on every ``Signal(bool)``
emission into a ``Slot(bool)``. Python 3.12+ made these singletons immortal (PEP 683), so there
the bug is harmless; on 3.11 their counts reach zero after a few thousand calls and the
interpreter aborts ("none_dealloc"/"bool_dealloc"). PySide6 6.11.3 does not have the bug.

``pin_singletons()`` emulates PEP 683 for those objects: it raises their reference counts so far
that no session can wear them down. They are never freed anyway, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

_SINGLETONS = (None, True, False, Ellipsis, NotImplemented)
_HEADROOM = 1 << 40


def needs_pinning() -> bool:
    return sys.version_info < (3, 12)


def pin_singletons() -> bool:
    """Make the singletons effectively immortal on Python < 3.12; True if anything was done."""
    if not needs_pinning() or hasattr(sys, "gettotalrefcount"):  # debug builds: different layout
        return False
    for obj in _SINGLETONS:
        before = sys.getrefcount(obj)
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
        if sys.getrefcount(obj) < before:  # not the layout we expected: undo, do nothing
            count.value -= _HEADROOM
            return False
    return True
