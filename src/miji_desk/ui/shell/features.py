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
    "miji_desk.ui.disposition.handover",  # after pages: it joins the 处置 menu and pages
    "miji_desk.ui.incidents.page",
    "miji_desk.ui.dashboard.page",  # after the pages its items open
    "miji_desk.ui.inventory.page",
    "miji_desk.ui.backup.actions",
    "miji_desk.ui.exchange.actions",  # after backup: its entries follow in the 台账库 menu
    "miji_desk.ui.exchange.pending",  # 待补登记…, after 导入台账 in the 台账库 menu
    "miji_desk.ui.shell.help_menu",
)


class FeatureFailed(RuntimeError):
    """A feature module that is listed but will not load or install: a bug, said loudly."""


def install_features(controller: AppController) -> list[str]:
    """Install every listed feature; one that fails to load or install is a bug and stops the
    start with its name (the clerk would otherwise miss a whole tab without a word)."""
    installed = []
    for name in FEATURES:
        try:
            module = importlib.import_module(name)
        except Exception as e:
            raise FeatureFailed(f"feature {name} failed to load") from e
        install = getattr(module, "install", None)
        if install is None:
            raise FeatureFailed(f"feature {name} has no install(controller)")
        try:
            install(controller)
        except Exception as e:
            raise FeatureFailed(f"feature {name} failed to install") from e
        installed.append(name)
    return installed
