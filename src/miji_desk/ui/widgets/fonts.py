"""The shipped fonts, registered at start so Chinese renders on a PC without CJK fonts.

Many classified PCs are minimal installs; ``resources/fonts`` ships Droid Sans Fallback, the same
font every PDF embeds. It is added to Qt's font database and put behind the system UI font as the
fallback for Han script, so Latin text keeps the platform's look and Chinese never falls back to
empty boxes. Droid Sans Fallback has no ★ (every marking: ``机密★10年``), — or …, so DejaVu Sans,
also shipped, comes after it for those symbols (and ① № ℃ Ⅰ).

Last come the printer's fallback fonts for rare characters (see printing/fonts.py): Miji Han A
(CJK Extension A, 鿏, enclosed and full-width forms), Miji Han B (Extensions B–F: 𪚥 𡃁) and
Miji Han G (Extension G), so the screen shows every character the printer prints, in the same
order of fonts. Registering them only maps the files (a few milliseconds); Qt reads glyphs when a
character needs them.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ...core.errors import EnvironmentProblem
from ...resources import resource_path

log = logging.getLogger(__name__)

CJK_FONT_FILE = "DroidSansFallbackFull.ttf"
SYMBOL_FONT_FILE = "DejaVuSans.ttf"
# The printing chain's fonts after the symbol font (core/printable.FONT_FILES[3:]).
EXTENSION_FONT_FILES = ("MijiHanA.ttf", "MijiHanB.ttf", "MijiHanG.ttf")

_registered: str | None = None
_symbols: str | None = None
_extensions: list[str] | None = None


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


def register_symbol_font() -> str | None:
    """DejaVu Sans for ★ and other symbols the CJK font lacks; None if it is not shipped."""
    global _symbols
    if _symbols is None:
        try:
            path = resource_path("fonts", SYMBOL_FONT_FILE)
        except EnvironmentProblem:
            return None
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _symbols = families[0] if families else None
    return _symbols


def register_extension_fonts() -> list[str]:
    """The rare-character fonts' families, registered once; missing files are logged and
    skipped (the UI still starts; input is checked against the printer's table anyway)."""
    global _extensions
    if _extensions is None:
        found = []
        for name in EXTENSION_FONT_FILES:
            try:
                path = resource_path("fonts", name)
            except EnvironmentProblem:
                log.error("missing font %s", name)
                continue
            font_id = QFontDatabase.addApplicationFont(str(path))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families:
                found.append(families[0])
            else:
                log.error("could not load the font %s", path)
        _extensions = found
    return list(_extensions)


def install_cjk_fallback(app: QGuiApplication) -> str | None:
    """Register the fonts and make them the application's fallbacks; returns the CJK family."""
    family = register_cjk_font()
    if family is None:
        return None
    symbols = register_symbol_font()
    extensions = register_extension_fonts()
    # Qt ≥ 6.8: an explicit fallback for Han script, consulted before the system's own list.
    add_fallback = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
    scripts = getattr(QFont, "Script", None)  # neither is in PySide6 6.11's bindings
    if add_fallback is not None and scripts is not None:
        for script in (scripts.Script_Han, scripts.Script_Common):
            for fallback in (family, *extensions):
                add_fallback(script, fallback)
    # And for every Qt: the application font lists them after the platform's UI family, CJK
    # first so Chinese punctuation takes its full-width CJK shapes.
    font = app.font()
    ours = [family, *([symbols] if symbols else []), *extensions]
    families = [f for f in font.families() or [font.family()] if f not in ours]
    font.setFamilies([*families, *ours])
    app.setFont(font)
    return family


def has_han(family: str) -> bool:
    return QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
