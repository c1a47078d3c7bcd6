"""The time left of a long job (backup, restore, verification), from its pace so far."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


class Pace:
    """Started with the job; ``left(fraction)`` says about how long the rest will take."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()

    def left(self, fraction: float) -> str:
        """"，约剩 N 秒" once 1 % of the work is done; nothing before (no guess) or at the end."""
        if not 0.01 <= fraction < 1:
            return ""
        spent = self._clock() - self._started
        seconds = round(spent * (1 - fraction) / fraction)
        return QCoreApplication.translate("Busy", "，约剩 {seconds} 秒").format(seconds=seconds)


__all__ = ["Pace"]
