"""The dialogs that collect what the rules of issue 13 ask for: the approval when the 知悉范围
widens, the 产生机关 that defaults to the sender, the reason of a second receipt, the serial
number of a copied medium, and the people registry offered for approvers."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.registration import MediaForm, register_incoming, register_media
from miji_desk.ui.disposition.dialogs import CopyDialog
from miji_desk.ui.ledger.correction_dialog import CorrectionDialog
from miji_desk.ui.ledger.registration_dialogs import IncomingDialog
from tests.factories import NOW, incoming
from tests.vault_fixtures import clock, store, vault, vault_path

__all__ = ["clock", "store", "vault", "vault_path"]


def counts(vault) -> tuple[int, int]:
    return (vault.conn.execute("SELECT count(*) FROM carrier_event").fetchone()[0],
            vault.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])


def test_widening_the_scope_asks_for_the_approval(qtbot, vault) -> None:
    """篇四 (十一): the approval fields appear only when the new scope is wider; without them
    the correction is refused at the approver field and nothing is written."""
    reg = register_incoming(vault, incoming(scope="办公室主任"))
    add_person(vault, PersonForm("刘院长", Grade.CORE, "院领导", "院长"))
    dialog = CorrectionDialog(vault, reg.carrier_ids[0])
    qtbot.addWidget(dialog)
    dialog.select_field("scope")
    assert dialog.approvalBox.isHidden()
    dialog.ui.newValue.setText("")  # narrowing needs no approval
    assert dialog.approvalBox.isHidden()
    dialog.ui.newValue.setText("全体")
    assert not dialog.approvalBox.isHidden()
    assert "刘院长" in dialog.approver.completer().model().stringList()  # type: ignore[attr-defined]
    dialog.ui.reason.setText("扩大传阅")
    before = counts(vault)
    dialog._save()
    assert dialog.ui.error.text() == "请填写批准人。" and counts(vault) == before
    assert dialog.approver.hasFocus() or not dialog.isVisible()
    dialog.approver.setText("刘院长")
    dialog.approval_ref.setText("扩审〔2026〕3号")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert vault.carrier(reg.carrier_ids[0]).extra["scope"] == "全体"


def test_incoming_producer_defaults_to_sender_and_second_receipt_reason(qtbot, vault) -> None:
    """篇三 八: an empty 产生机关 is stored as the 来文机关; the same document again is refused
    until the reason field says why."""
    def fill(dialog: IncomingDialog) -> None:
        u = dialog.ui
        u.received_at.setDateTime(u.received_at.dateTime().addSecs(-3600))
        u.sender.setText("省委办公厅")
        u.doc_no.setText("省委办〔2026〕9号")
        u.title.setText("关于年终保密检查的通知")
        u.pages.setValue(4)
        u.copies_total.setValue(20)
        u.copy_numbers.setText("1-2")
        u.level.setCurrentIndex(u.level.findData("secret"))
        u.location.setCurrentIndex(u.location.findText("1号保密柜"))  # 机密: only in a safe

    first = IncomingDialog(vault)
    qtbot.addWidget(first)
    fill(first)
    first._save(close=True)
    assert first.last is not None
    assert vault.carrier(first.last.carrier_ids[0]).producer == "省委办公厅"
    again = IncomingDialog(vault)
    qtbot.addWidget(again)
    fill(again)
    n = vault.counts()["carriers"]
    again._save(close=True)
    assert again.last is None and vault.counts()["carriers"] == n
    assert "已经登记过" in (again.errors.message_at("copy_numbers") or "")
    again.ui.second_receipt_reason.setText("上级重新下发")
    again._save(close=True)
    assert again.last is not None and vault.counts()["carriers"] == n + 2


@pytest.mark.parametrize("kind", [CarrierKind.USB])
def test_copying_a_medium_asks_for_the_new_serial_number(qtbot, vault, kind) -> None:
    """篇一 6: a medium is copied through the copy dialog, onto a new medium with its serial."""
    usb = register_media(vault, MediaForm(kind=kind, title="专用U盘", serial_no="SN-1",
                                          purpose="项目资料", level="secret",
                                          location="1号保密柜"))
    dialog = CopyDialog(vault, vault.carrier(usb.carrier_ids[0]))
    qtbot.addWidget(dialog)
    assert dialog.serial_no is not None and not dialog.ui.count.isEnabled()
    u = dialog.ui
    u.purpose.setText("备份项目资料")
    u.approver.setText("刘院长")
    u.approval_ref.setText("复审〔2026〕1号")
    u.approved_on.setDate(NOW.date() - dt.timedelta(days=1))
    u.authority_ref.setText("国保复1号")
    dialog.serial_no.setText("SN-2")
    dialog.save()
    assert dialog.result_copies is not None
    assert vault.carrier(dialog.result_copies.carrier_ids[0]).extra["serial_no"] == "SN-2"
