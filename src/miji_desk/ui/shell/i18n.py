"""Language: Simplified Chinese source strings, English shipped as a Qt translation.

Every user-visible string is written in Chinese inside ``tr()``/``QCoreApplication.translate``;
``resources/translations/miji_desk_en.qm`` carries the English. Qt's own strings (wizard and
dialog buttons, context menus, the calendar) come from Qt's ``qtbase_<lang>.qm``.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...core.errors import EnvironmentProblem
from ...resources import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")  # what the language setting may name, besides "system"
APP_CATALOG = "miji_desk"

_installed: list[QTranslator] = []  # QCoreApplication does not own translators: keep them alive


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """"zh_CN"/"en" as set; for "system", Chinese for any Chinese locale, else English."""
    if setting in LANGUAGES:
        return setting
    name = (system if system is not None else QLocale.system()).name()
    return SOURCE_LANGUAGE if name.lower().startswith("zh") else "en"


class QtMnemonicFallback(QTranslator):
    """Qt 6 added "&" to some of its own strings ("&Look in:", "Files of &type:") that its
    Chinese catalogue has only without it, so the file dialog showed them in English. Asked
    first, this finds the string without "&" in Qt's catalogue and puts the shortcut back the
    Chinese way: 查找范围(&L)：. Everything else it leaves to the other catalogues."""

    def __init__(self, qt: QTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._qt = qt

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None, not "": an empty string would count as a translation and blank the text.
        at = source.find("&")
        if at < 0 or at + 1 >= len(source) or not context.startswith("Q"):
            return None
        if self._qt.translate(context, source, disambiguation, n):
            return None  # Qt's catalogue has it as it is
        text = self._qt.translate(context, source.replace("&", "", 1), disambiguation, n)
        if not text:
            return None
        colon = ""
        for c in ("：", ":"):
            if text.endswith(c):
                text, colon = text[:-1], c
                break
        return f"{text}(&{source[at + 1].upper()}){colon}"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own .qm files are: PySide6's folder, then any copy we ship (frozen builds)."""
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    with contextlib.suppress(EnvironmentProblem):
        dirs.append(resource_path("translations"))
    return dirs


def app_catalog(language: str) -> Path | None:
    """Our compiled catalogue for a language; None for the source language."""
    if language == SOURCE_LANGUAGE:
        return None
    return resource_path("translations", f"{APP_CATALOG}_{language}.qm")


def install_translators(app: QCoreApplication, setting: str,
                        system: QLocale | None = None) -> str:
    """Load the catalogues for the language setting; returns the language in effect.

    Call again after the setting changes; widgets retranslate on QEvent.LanguageChange.
    """
    language = resolve_language(setting, system)
    uninstall_translators(app)
    # Dates, numbers and the calendar popup follow the UI language, not the OS locale.
    QLocale.setDefault(QLocale(language))

    qt = QTranslator(app)
    for folder in qt_translations_dirs():
        if qt.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(qt)
            _installed.append(qt)
            if language != "en":  # installed last: asked first
                gaps = QtMnemonicFallback(qt, app)
                app.installTranslator(gaps)
                _installed.append(gaps)
            break
    else:
        log.warning("Qt's own translations for %s were not found", language)

    catalog = app_catalog(language)
    if catalog is not None:
        ours = QTranslator(app)
        if not ours.load(str(catalog)):
            raise EnvironmentProblem(f"程序文件不完整：无法读取翻译文件 {catalog.name}。")
        app.installTranslator(ours)
        _installed.append(ours)
    return language


def uninstall_translators(app: QCoreApplication) -> None:
    """Back to the untranslated source strings and the OS locale (tests, shutdown)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def installed_translators() -> list[QTranslator]:
    return list(_installed)
