"""Backups, restores and verifications say the time left, from their pace (issue 12)."""

from __future__ import annotations

from miji_desk.ui.backup.dialog import BackupDialog
from miji_desk.ui.widgets.pace import Pace

from .test_backup_dialogs import _backup_dialog, setup  # noqa: F401  (the fixture)


class Ticks:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_the_time_left_follows_the_pace() -> None:
    clock = Ticks()
    pace = Pace(clock)
    assert pace.left(0.0) == ""  # no guess before any work is done
    clock.now += 10
    assert pace.left(0.25) == "，约剩 30 秒"  # a quarter in 10 s: 30 s more
    clock.now += 30
    assert pace.left(0.5) == "，约剩 40 秒"  # slower since: the estimate follows
    assert pace.left(1.0) == ""


def test_the_backup_dialog_shows_the_time_left_beside_its_step(
        qtbot, setup, monkeypatch) -> None:  # noqa: F811
    v, store, _code, media = setup
    d: BackupDialog = _backup_dialog(qtbot, v, store, media)
    clock = Ticks()
    d.pace = Pace(clock)
    clock.now += 6
    monkeypatch.setattr(d, "_current", lambda: True)  # as if sent by the running backup
    d._progress("copy", 0.6)
    assert d.ui.progressBar.value() == 600
    assert d.ui.stepLabel.text().endswith("，约剩 4 秒")
