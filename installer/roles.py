"""What each file of the one-folder bundle is for: the roles the Windows installer script must
cover too (its [Files] lines name them), checked against a real Linux bundle by a test."""

from __future__ import annotations

from pathlib import PurePosixPath

ROLES = ("program", "icon", "python-runtime", "python-packages", "qt-libraries",
         "qt-translations", "app-fonts", "app-translations")


def role(relative: str) -> str:
    """The role of a file, given its path inside the bundle folder (``/`` separated)."""
    path = PurePosixPath(relative)
    parts = path.parts
    if len(parts) == 1:
        if path.suffix in (".svg", ".ico", ".png"):
            return "icon"
        if path.stem in ("miji-desk", "miji-desk-cli"):
            return "program"
    if "resources" in parts and "miji_desk" in parts:
        return "app-fonts" if "fonts" in parts else "app-translations"
    if "plugins" in parts and "PySide6" in parts:
        return "qt-plugin:" + parts[parts.index("plugins") + 1]
    if "translations" in parts and "PySide6" in parts:
        return "qt-translations"
    if path.name.startswith(("libQt6", "Qt6")) or ("PySide6" in parts and "lib" in parts):
        return "qt-libraries"
    if path.name in ("base_library.zip",) or path.name.startswith(("libpython", "python3")):
        return "python-runtime"
    return "python-packages"
