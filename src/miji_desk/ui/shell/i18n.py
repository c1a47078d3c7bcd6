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
