"""The English translation is complete and compiled, and the language setting loads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from miji_desk.ui.shell import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_ts_is_current_fully_translated_and_compiled() -> None:
    """lupdate finds nothing new, no message is unfinished, and the .qm matches the .ts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--check"],
        capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_no_unfinished_marker_in_the_ts() -> None:
    text = (ROOT / "resources" / "translations" / "miji_desk_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text


@pytest.mark.parametrize(("setting", "system", "expected"), [
    ("zh_CN", "en_US", "zh_CN"), ("en", "zh_CN", "en"), ("system", "zh_CN", "zh_CN"),
    ("system", "zh_TW", "zh_CN"), ("system", "en_GB", "en"), ("system", "de_DE", "en"),
])
def test_language_resolution(setting: str, system: str, expected: str) -> None:
    assert i18n.resolve_language(setting, QLocale(system)) == expected


@pytest.fixture(autouse=True)
def restore_language(qapp: QApplication):
    yield
    i18n.uninstall_translators(qapp)


def test_english_loads_our_catalogue_and_qts(qapp: QApplication) -> None:
    assert i18n.install_translators(qapp, "en") == "en"
    assert QCoreApplication.translate("Settings", "界面语言") == "Language"
    assert QCoreApplication.translate("UnlockForm", "口令(&P)") == "&Passphrase"
    assert len(i18n.installed_translators()) == 2
    assert QLocale().language() == QLocale.Language.English


def test_chinese_is_the_source_and_loads_qts_own_chinese(qapp: QApplication) -> None:
    assert i18n.install_translators(qapp, "zh_CN") == "zh_CN"
    assert QCoreApplication.translate("Settings", "界面语言") == "界面语言"
    # Qt's own strings (wizard buttons, dialog buttons) come from qtbase_zh_CN.qm.
    assert QCoreApplication.translate("QWizard", "Cancel") == "取消"
    assert QLocale().language() == QLocale.Language.Chinese


def test_switching_back_removes_the_english(qapp: QApplication) -> None:
    i18n.install_translators(qapp, "en")
    i18n.install_translators(qapp, "zh_CN")
    assert QCoreApplication.translate("Settings", "界面语言") == "界面语言"
    # Only Qt's own catalogue (and its fallback for Qt's "&" strings), not the English one.
    assert [type(t) for t in i18n.installed_translators()] == [QTranslator,
                                                                 i18n.QtMnemonicFallback]
