"""台账库 › 检查台账完整性 and 核对校验码: verification off the GUI thread, with progress."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from miji_desk.core.registration import register_incoming
from miji_desk.ui.backup.verify_dialog import VerifyVaultDialog
from tests.factories import incoming
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401
from tests.vault_fixtures import clock, vault, vault_path  # noqa: F401


def _run(qtbot, dialog: VerifyVaultDialog) -> str:
    dialog.start()
    assert dialog.running  # start() returned while the work goes on in its thread
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert dialog.ui.progressBar.value() == 1000
    assert dialog.steps[0] == "file" and "rows" in dialog.steps  # progress was shown
    return dialog.ui.reportView.toPlainText()


def test_checkpoint_codes_and_a_row_changed_outside_any_workflow(qtbot, vault):  # noqa: F811
    doc = register_incoming(vault, incoming())
    printed = vault.audit_head().checkpoint
    vault.conn.execute("UPDATE carrier SET holder = '张三' WHERE id = ?", (doc.carrier_ids[0],))
    dialog = VerifyVaultDialog(vault)
    qtbot.addWidget(dialog)
    dialog.ui.codesEdit.setPlainText(f"{printed.lower()}\n99-AAAA-BBBB")
    text = _run(qtbot, dialog)
    assert f"相符：校验码 {printed} 相符" in text
    assert "不符：校验码 99-AAAA-BBBB 指向第 99 条审计记录" in text
    assert f"表 carrier 的第 {doc.carrier_ids[0]} 行" in text and "register_incoming" in text
    assert "发现问题" in dialog.ui.stepLabel.text()
    assert dialog.report is not None and not dialog.report.ok


def test_a_mistyped_code_is_refused_before_any_work(qtbot, vault):  # noqa: F811
    dialog = VerifyVaultDialog(vault)
    qtbot.addWidget(dialog)
    dialog.ui.codesEdit.setPlainText("12-XYZ")
    dialog.start()
    assert not dialog.running and dialog.report is None
    assert "格式不对" in dialog.ui.error.text()


def test_the_menu_checks_the_open_vault(qtbot, controller):  # noqa: F811
    actions = controller.backup
    assert not actions.action_checkpoint.isEnabled()
    unlock(controller)
    assert actions.action_checkpoint.isEnabled() and actions.action_check.isEnabled()
    seen: dict[str, str] = {}

    def inspect() -> None:
        dialog = actions.verify_dialog
        qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
        seen["text"] = dialog.ui.reportView.toPlainText()
        seen["step"] = dialog.ui.stepLabel.text()
        dialog.reject()

    QTimer.singleShot(0, inspect)
    actions.action_check.trigger()
    assert "审计链完整" in seen["text"] and "台账完好" in seen["step"]
    controller.window.lock()
    assert not actions.action_checkpoint.isEnabled()
