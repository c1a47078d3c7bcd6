"""The shipped CJK font, registered at start so Chinese renders on a PC without CJK fonts.

Many classified PCs are minimal installs (or Windows 7 with odd font packs); ``resources/fonts``
ships Droid Sans Fallback, the same font every PDF embeds. It is added to Qt's font database and
put behind the system UI font as the fallback for Han script, so Latin text keeps the platform's
look and Chinese never falls back to empty boxes.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..resources import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"

_registered: str | None = None


def register_cjk_font() -> str | None:
    """Add the shipped font to the font database once; return its family name.

    Returns None (and logs) if the file cannot be loaded: the UI still starts, with whatever
    fonts the system has.
    """
    global _registered
    if _registered is not None:
        return _registered
    path = resource_path("fonts", CJK_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.error("could not load the CJK font %s", path)
        return None
    _registered = families[0]
    return _registered


def install_cjk_fallback(app: QGuiApplication) -> str | None:
    """Register the font and make it the application's fallback for Chinese text."""
    family = register_cjk_font()
    if family is None:
        return None
    # Qt ≥ 6.8: an explicit fallback for Han script, consulted before the system's own list.
    add_fallback = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
    if add_fallback is not None:
        for script in (QFont.Script.Script_Han, QFont.Script.Script_Common):
            add_fallback(script, family)
    # And for every Qt: the application font lists it after the platform's UI family.
    font = app.font()
    families = [f for f in font.families() or [font.family()] if f != family]
    font.setFamilies([*families, family])
    app.setFont(font)
    return family


def has_han(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
