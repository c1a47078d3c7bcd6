"""The settings dialog is generated from the table and writes typed values."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox

from miji_desk.ui.shell.settings import TABLE, Settings
from miji_desk.ui.shell.settings_dialog import SettingsDialog


def test_every_setting_has_an_editor(qtbot, tmp_path: Path) -> None:
    dialog = SettingsDialog(Settings(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    assert set(dialog.editors) == {s.name for s in TABLE if not s.hidden}
    assert isinstance(dialog.editors["allow_copy_top_secret"], QCheckBox)
    assert isinstance(dialog.editors["language"], QComboBox)
    spin = dialog.editors["idle_lock_minutes"]
    assert isinstance(spin, QSpinBox) and spin.value() == 5 and spin.suffix() == " 分钟"


def test_ok_saves_changes_and_reports_them(qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.set_editor("idle_lock_minutes", 10)
    dialog.set_editor("language", "en")
    dialog.set_editor("allow_take_out_state_secret", True)
    dialog.set_editor("scanner_prefix", "]C0")
    with qtbot.waitSignal(dialog.changed, timeout=1000) as blocker:
        dialog.accept()
    assert sorted(blocker.args[0]) == ["allow_take_out_state_secret", "idle_lock_minutes",
                                       "language", "scanner_prefix"]
    again = Settings(tmp_path / "s.ini")
    assert again.get("idle_lock_minutes") == 10 and again.get("language") == "en"
    assert again.get("allow_take_out_state_secret") is True


def test_restore_defaults_then_cancel_changes_nothing(qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    settings.set("idle_lock_minutes", 9)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.value_of("idle_lock_minutes") == 9
    dialog.restore_defaults()
    assert dialog.value_of("idle_lock_minutes") == 5
    dialog.reject()
    assert settings.get("idle_lock_minutes") == 9
