"""Unlocking in the UI runs the checks a clerk can wait for: ``check="auto"``."""

from __future__ import annotations

from miji_desk.vault.vault import Vault
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401


def test_the_ui_unlocks_with_auto_checks(controller, monkeypatch):  # noqa: F811
    seen: list[object] = []
    real = Vault.open

    def recorded(*args, **kwargs):
        seen.append(kwargs.get("check"))
        return real(*args, **kwargs)

    monkeypatch.setattr(Vault, "open", recorded)
    unlock(controller)
    assert seen == ["auto"]
    assert controller.window.stack.currentIndex() == 1
