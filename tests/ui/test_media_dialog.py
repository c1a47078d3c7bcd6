"""The media registration form records 知悉范围 and 专用计算机 (篇四 (九); 篇十一 (二)4)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from miji_desk.ui.ledger.registration_dialogs import MediaDialog
from tests.ui.test_main_window import controller, store, unlock, vault_file  # noqa: F401


def test_rule_media_form_records_scope_and_dedicated_computer(controller, qtbot):  # noqa: F811
    """篇四 (九); 篇十一 (二)4: what the clerk types in 知悉范围 and 专用计算机 is registered with
    the medium and shown in the detail pane; a duplicate serial number is refused at its field
    and saves nothing."""
    unlock(controller)
    w = controller.window
    dialog = MediaDialog(w.vault, w)
    qtbot.addWidget(dialog)
    u = dialog.ui
    u.title.setText("项目组专用U盘")
    u.purpose.setText("传递项目资料")
    u.serial_no.setText("SN-0001")
    u.level.setCurrentIndex(u.level.findData("secret"))
    u.location.setCurrentIndex(u.location.findData("1号保密柜"))
    u.scope.setText("项目组成员")
    u.dedicated_computer.setText("涉密计算机 BM-001")
    dialog._save(close=False)
    assert dialog.last is not None
    view = w.vault.carrier(dialog.last.carrier_ids[0])
    assert (view.extra["scope"], view.extra["dedicated_computer"]) == (
        "项目组成员", "涉密计算机 BM-001")
    w.show_carrier(view.id)
    assert "涉密计算机 BM-001" in [label.text() for label in w.detail.findChildren(QLabel)]
    count = w.vault.counts()["carriers"]
    u.title.setText("另一个U盘")
    u.serial_no.setText("sn-0001")
    dialog._save(close=False)
    assert w.vault.counts()["carriers"] == count
    assert "SN-0001" in (dialog.errors.message_at("serial_no") or "")
