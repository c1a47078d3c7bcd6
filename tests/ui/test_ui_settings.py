"""The settings table and its INI file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from miji_desk.ui.shell import settings as st
from miji_desk.ui.shell.settings import TABLE, Settings, default_settings_path, spec

REQUIRED = {
    "language": "zh_CN",
    "passphrase_min_length": 10, "passphrase_min_classes": 3, "scanner_prefix": "",
    "scanner_suffix": "", "scanner_max_interval_ms": 30, "scanner_min_length": 4,
    "scanner_repeat_ignore_ms": 1000, "label_offset_x_mm": 0.0,
    "label_offset_y_mm": 0.0, "label_template": "A4-3x8", "register_marking": "",
    "backup_warn_days": 7, "backup_generations": 5, "network_check_seconds": 60,
}
# The unit's rules live in the vault (core/unit_rules.py), never in this PC's INI.
NOT_HERE = ("idle_lock_minutes", "max_failed_unlocks", "lockout_minutes", "circulation_due",
            "allow_copy_top_secret", "allow_take_out_state_secret")


def test_table_declares_every_setting_once_with_a_valid_default() -> None:
    names = [s.name for s in TABLE]
    assert len(names) == len(set(names))
    for name, default in REQUIRED.items():
        s = spec(name)
        assert s.default == default and type(s.default) is type(default), name
    for s in TABLE:
        assert s.accepts(s.default), s.name
        assert s.group in st.GROUPS, s.name
        assert re.search(r"[\u4e00-\u9fff]", s.label), f"{s.name}: label must be Chinese source"
    assert not set(NOT_HERE) & set(names)


def test_defaults_without_a_file(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    assert s.values() == {t.name: t.default for t in TABLE}
    assert s.get("backup_warn_days") == 7


def test_typed_round_trip_through_the_ini(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = Settings(path)
    s.set("backup_warn_days", 12)
    s.set("label_offset_x_mm", -1.5)
    s.set("label_offset_y_mm", 2)  # an int for a float setting is fine
    s.set("scanner_prefix", "]C0")
    s.set(spec("language"), "en")
    s.sync()
    again = Settings(path)  # what a restart reads: INI strings turned back into types
    assert again.get("backup_warn_days") == 12
    assert again.get("label_offset_x_mm") == -1.5
    assert again.get("label_offset_y_mm") == 2.0
    assert again.get("scanner_prefix") == "]C0"
    assert again.get("language") == "en"
    assert "backup_warn_days=12" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "value"), [
    ("backup_warn_days", "5"), ("backup_warn_days", 0), ("backup_warn_days", True),
    ("language", "fr"), ("label_offset_x_mm", 99.0),
])
def test_invalid_values_are_refused(tmp_path: Path, name: str, value: object) -> None:
    with pytest.raises(ValueError):
        Settings(tmp_path / "s.ini").set(name, value)


def test_unknown_names_are_refused(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    with pytest.raises(KeyError):
        s.set("passphrase", "x")
    with pytest.raises(KeyError):
        s.get("nope")


def test_damaged_values_fall_back_to_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text("[General]\nbackup_warn_days=soon\nlanguage=xx\n"
                    "network_check_seconds=-3\nbackup_generations=8\n", encoding="utf-8")
    s = Settings(path)
    assert s.get("backup_warn_days") == 7
    assert s.get("language") == "zh_CN"
    assert s.get("network_check_seconds") == 60
    assert s.get("backup_generations") == 8


def test_default_file_is_in_the_app_data_folder(isolated_app_data: Path) -> None:
    path = default_settings_path()
    assert path.name == "settings.ini"
    assert path.is_relative_to(isolated_app_data)  # the conftest fixture redirected it
    assert QCoreApplication.organizationName() and QCoreApplication.applicationName()
    assert "MijiDesk" in path.parts


def test_the_ini_never_holds_a_secret(isolated_app_data: Path) -> None:
    s = Settings()
    for setting in TABLE:  # write every setting, as a full settings dialog save would
        s.set(setting, setting.default)
    s.sync()
    text = s.path.read_text(encoding="utf-8").lower()
    keys = [line.split("=", 1)[0].strip() for line in text.splitlines() if "=" in line]
    assert sorted(keys) == sorted(t.name for t in TABLE)  # nothing but the declared table
    secretish = re.compile(r"(passphrase|password|passwd|recovery\w*|key|token|salt|pin|"
                           r"machine_secret|口令|密码|恢复码)$")
    assert not [k for k in keys if secretish.search(k)]
    assert not [t.name for t in TABLE if secretish.search(t.name)]


def test_the_data_folder_does_not_depend_on_how_the_app_was_started(qapp) -> None:
    """QApplication names itself after argv[0] ("__main__.py" under python -m); the folder of
    the vault and settings must be the same for every way of starting the app."""
    from PySide6.QtCore import QCoreApplication

    from miji_desk.ui.shell.settings import APP_NAME, app_data_dir

    QCoreApplication.setApplicationName("__main__.py")
    assert app_data_dir().name == APP_NAME
    QCoreApplication.setApplicationName("miji-desk")
    assert app_data_dir().name == APP_NAME
