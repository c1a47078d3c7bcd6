"""Time comes from a clock object so tests can set it (lockouts, due times, expiry)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Clock(Protocol):
    def now(self) -> dt.datetime: ...


class SystemClock:
    """Local wall time, timezone-aware, second resolution (what a register prints)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone().replace(microsecond=0)


class FixedClock:
    """A clock that only moves when told: for tests and the demo vault."""

    def __init__(self, start: dt.datetime) -> None:
        self._now = start

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, **delta: float) -> None:
        self._now = self._now + dt.timedelta(**delta)

    def set(self, when: dt.datetime) -> None:
        self._now = when
