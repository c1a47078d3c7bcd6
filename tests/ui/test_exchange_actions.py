"""台账库 › 导入台账 / 导出到 Excel 或 CSV in the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from miji_desk.core.carriers import Register
from miji_desk.core.exchange.sheets import read_sheet
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401


def test_the_entries_follow_the_lock(controller) -> None:  # noqa: F811
    actions = controller.exchange
    assert not actions.action_import.isEnabled() and not actions.action_export.isEnabled()
    unlock(controller)
    assert actions.action_import.isEnabled() and actions.action_export.isEnabled()
    controller.window.lock()
    assert not actions.action_import.isEnabled()


def test_export_warns_first_and_writes_only_where_the_clerk_chose(
        controller, qtbot, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    unlock(controller)
    actions = controller.exchange
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    target = chosen / "收文.csv"
    warned: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: (actions.choices()[1][0], True)))

    def warning(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
        warned.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (asked.append(True), (str(target), ""))[1]))
    actions.export()  # the clerk says No at the warning: nothing is written, no file asked
    assert warned and "没有加密" in warned[0] and not asked and not target.exists()
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    audit = controller.window.vault.counts()["audit"]
    actions.export()
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    qtbot.waitUntil(lambda: controller.window.runner.current is None, timeout=20000)
    rows = read_sheet(target).rows
    assert rows[0] == ["机密"] and len(rows) == 3 + 8
    assert controller.window.vault.counts()["audit"] == audit + 1
    assert sorted(p.name for p in chosen.iterdir()) == ["收文.csv"]
    assert actions.choices()[1][1] is Register.INCOMING
