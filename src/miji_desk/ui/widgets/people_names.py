"""Names of approvers, supervisors and couriers picked from the people registry.

The fields stay free text (a leader or a courier from outside the unit is typed), but the names
of the registry are offered as the clerk types, so the same person is written the same way.
Whether a typed name is the clerk or the borrower is decided in core (``core.names``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...vault.vault import Vault


def registry_names(vault: Vault) -> list[str]:
    """The active people's names, each once, in the registry's order."""
    seen: dict[str, None] = {}
    for p in vault.custody.people(active=True, limit=2000):
        seen.setdefault(p.name, None)
    return list(seen)


def offer_people(vault: Vault, *edits: QLineEdit) -> list[str]:
    """Attach the registry's names to each field as a completer; returns the names."""
    names = registry_names(vault)
    for edit in edits:
        completer = QCompleter(names, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(completer)
    return names


__all__ = ["offer_people", "registry_names"]
