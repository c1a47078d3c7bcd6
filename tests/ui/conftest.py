"""Shared helpers for the UI tests."""

from __future__ import annotations

import pytest


class FakeClock:
    """A monotonic millisecond clock that only moves when told."""

    def __init__(self, start: int = 1_000_000) -> None:
        self.ms = start

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
