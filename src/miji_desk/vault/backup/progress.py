"""Progress steps and cancel of a backup, verification or restore run."""

from __future__ import annotations

import time
from collections.abc import Callable

from ...core.errors import MijiError

Progress = Callable[[str, float], None]
CancelCheck = Callable[[], bool]


# Steps (the keys the progress callback receives) and their share of the progress bar.
STEPS: dict[str, tuple[float, float]] = {
    "snapshot": (0.00, 0.05),
    "copy": (0.05, 0.50),
    "readback": (0.50, 0.94),
    "verify": (0.94, 0.97),
    "finish": (0.97, 1.00),
}
STEP_LABELS = {"snapshot": "制作快照", "copy": "写入备份介质", "readback": "回读校验",
               "verify": "校验快照", "finish": "完成并整理旧备份"}
RESTORE_STEPS: dict[str, tuple[float, float]] = {
    "unlock": (0.00, 0.05),
    "extract": (0.05, 0.45),
    "verify": (0.45, 1.00),
}
RESTORE_STEP_LABELS = {"unlock": "解锁备份", "extract": "读取备份", "verify": "校验备份内容"}


class Cancelled(MijiError):
    """The clerk cancelled; nothing was left behind."""

    def __init__(self, message: str = "已取消。没有留下未完成的文件，台账没有改动。") -> None:
        super().__init__(message)


# -- progress and cancel ----------------------------------------------------------------------


class _Run:
    def __init__(self, progress: Progress | None, cancel: CancelCheck | None,
                 steps: dict[str, tuple[float, float]]) -> None:
        self._progress = progress
        self._cancel = cancel
        self._steps = steps
        self.step = next(iter(steps))
        self.timings: dict[str, float] = {}
        self._t0 = 0.0

    def begin(self, step: str) -> None:
        now = time.perf_counter()
        if self._t0:
            self.timings[self.step] = self.timings.get(self.step, 0.0) + now - self._t0
        self._t0 = now
        self.step = step
        self.at(0.0)

    def end(self) -> None:
        if self._t0:
            self.timings[self.step] = self.timings.get(self.step, 0.0) + \
                time.perf_counter() - self._t0
            self._t0 = 0.0

    def at(self, fraction: float) -> None:
        """Report progress within the current step, then honour a cancel request."""
        if self._progress is not None:
            lo, hi = self._steps[self.step]
            self._progress(self.step, lo + (hi - lo) * min(max(fraction, 0.0), 1.0))
        self.check()

    def cancelled(self) -> bool:
        return bool(self._cancel is not None and self._cancel())

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled()
