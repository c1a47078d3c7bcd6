"""The feature modules that add pages and menu entries to the main window.

Each module listed here has ``install(controller) -> None``: it adds its tabs with
``controller.window.add_page(...)`` and its actions to the window's menus. Adding a feature is
one line here; the main window knows nothing of circulation, manifests or backups.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .controller import AppController

FEATURES: tuple[str, ...] = (
    "miji_desk.ui.circulation.desk",
    "miji_desk.ui.circulation.people_page",
    "miji_desk.ui.disposition.pages",
    "miji_desk.ui.backup.actions",
)


def install_features(controller: AppController) -> list[str]:
    """Install every feature that is present; returns the ones installed."""
    installed = []
    for name in FEATURES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:  # a feature that is there but broken is a bug: say so
                raise
            continue
        install = getattr(module, "install", None)
        if install is not None:
            install(controller)
            installed.append(name)
    return installed
