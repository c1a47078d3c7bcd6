"""Return to issuer (清退): one workflow test per rule, on real vaults."""

from __future__ import annotations

import json

import pytest

from miji_desk.core.carriers import TERMINAL, Status
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.destruction import ManifestForm, Method, create_manifest
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.holds import place_hold
from miji_desk.core.returns import ReturnForm, cancel_return, confirm_return, prepare_return
from miji_desk.vault.connection import DatabaseError
from tests.factories import NOW

from .disposition_support import APPROVED, actions, force, last_audit, refused, register


@pytest.fixture
def doc(vault):
    return register(vault)


def test_every_copy_of_a_document_and_its_copies_here_are_returnable(vault, doc) -> None:
    copies = make_copies(vault, CopyForm(doc.carrier_ids[0], 2, "学习", "刘院长", "复1",
                                         APPROVED, authority_ref="省保函1号"))
    force(vault, doc.carrier_ids[2], status=Status.DESTROYED.value)
    found = vault.disposition.returnable_of_document(doc.document_id)
    assert found == [*doc.carrier_ids[:2], *copies.carrier_ids]


def test_a_return_list_then_confirmation_makes_them_returned(vault, doc) -> None:
    lst = prepare_return(vault, ReturnForm(list(doc.barcodes), basis="省委办〔2026〕5号"))
    assert lst.number == "2026-清-0001" and lst.carrier_ids == doc.carrier_ids
    view = vault.disposition.return_list(lst.id)
    assert (view.recipient, view.basis, view.state) == ("省委办公厅", "省委办〔2026〕5号",
                                                        "待清退")
    # Listed: still in store until confirmed, and its history says so.
    assert vault.carrier(doc.carrier_ids[0]).status is Status.IN_STORE
    assert actions(vault, doc.carrier_ids[0])[-1] == "return_listed"
    assert last_audit(vault)[0] == "return_list_prepared"
    confirm_return(vault, lst.id, handed_to="省委机要局 周强")
    for cid in doc.carrier_ids:
        view_c = vault.carrier(cid)
        assert view_c.status is Status.RETURNED and view_c.holder == "省委办公厅"
        assert view_c.location == ""
        entry = vault.ledger.history(cid)[-1]
        assert entry.action == "returned" and "接收人省委机要局 周强" in entry.note
        assert [h.action for h in vault.ledger.history(cid)] == ["register", "return_listed",
                                                                 "returned"]
    action, detail = last_audit(vault)
    assert action == "return_confirmed" and json.loads(detail)["number"] == "2026-清-0001"
    view = vault.disposition.return_list(lst.id)
    assert view.state == "已清退" and view.handed_to == "省委机要局 周强"
    assert [c.id for c in vault.disposition.return_carriers(lst.id)] == doc.carrier_ids
    # Terminal: nothing can be done to them any more, and the list is final.
    with refused(vault, "已经确认清退", "return_list"):
        confirm_return(vault, lst.id)
    with refused(vault, "已经确认清退", "return_list"):
        cancel_return(vault, lst.id, "错了")
    with refused(vault, "已清退，不能清退"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[0]], "省委办公厅"))


def test_the_recipient_is_required_when_the_senders_differ(vault, doc) -> None:
    other = register(vault, sender="市委保密办", copy_numbers="1")
    with refused(vault, "请填写退往机关", "recipient"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[0], other.carrier_ids[0]]))
    lst = prepare_return(vault, ReturnForm([doc.carrier_ids[0], other.carrier_ids[0]],
                                           "省委办公厅"))
    assert vault.disposition.return_list(lst.id).recipient == "省委办公厅"


@pytest.mark.parametrize(("state", "message"), [
    (Status.ON_LOAN, "尚未归还，不能清退"), (Status.CIRCULATING, "正在传阅"),
    (Status.MISSING, "已登记丢失"),
    *[(s, "不能清退") for s in sorted(TERMINAL)]])
def test_only_carriers_in_the_clerks_hands_are_returned(vault, doc, state, message) -> None:
    force(vault, doc.carrier_ids[0], status=state.value, holder="某人")
    with refused(vault, message, "carriers"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[0]]))


def test_filed_held_or_listed_carriers_are_refused_with_the_reason(vault, doc) -> None:
    vol = create_volume(vault, VolumeForm("来文", "long", "机要室文件柜"))
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    with refused(vault, "须先办理出卷", "carriers"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[0]]))
    place_hold(vault, [doc.carrier_ids[1]], "核查")
    with refused(vault, "已冻结", "carriers"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[1]]))
    create_manifest(vault, ManifestForm(NOW.date(), "粉碎室", Method.SHRED,
                                        [doc.carrier_ids[2]]))
    with refused(vault, "已列入销毁清单", "carriers"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[2]]))


def test_a_carrier_is_on_one_unfinished_list_at_a_time(vault, doc) -> None:
    prepare_return(vault, ReturnForm([doc.carrier_ids[0]]))
    with refused(vault, "已列入清退单 2026-清-0001", "carriers"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[0]]))
    with refused(vault, "已列入清退单 2026-清-0001", "carriers"):
        create_manifest(vault, ManifestForm(NOW.date(), "粉碎室", Method.SHRED,
                                            [doc.carrier_ids[0]]))


def test_confirmation_checks_every_carrier_again(vault, doc) -> None:
    lst = prepare_return(vault, ReturnForm(doc.carrier_ids))
    force(vault, doc.carrier_ids[1], status=Status.ON_LOAN.value, holder="张建华")
    with refused(vault, "尚未归还，不能清退", "carriers"):
        confirm_return(vault, lst.id)


def test_an_unconfirmed_list_is_cancelled_with_a_reason(vault, doc) -> None:
    lst = prepare_return(vault, ReturnForm(doc.carrier_ids))
    with refused(vault, "请填写作废原因", "reason"):
        cancel_return(vault, lst.id, "")
    cancel_return(vault, lst.id, "来文机关撤回通知")
    view = vault.disposition.return_list(lst.id)
    assert view.state == "已作废" and view.carrier_ids == doc.carrier_ids
    assert actions(vault, doc.carrier_ids[0])[-1] == "return_delisted"
    assert vault.carrier(doc.carrier_ids[0]).status is Status.IN_STORE
    # Free again for a new list.
    assert prepare_return(vault, ReturnForm(doc.carrier_ids)).number == "2026-清-0002"
    with refused(vault, "已经作废", "return_list"):
        confirm_return(vault, lst.id)
    with refused(vault, "没有这张清退单", "return_list"):
        confirm_return(vault, 99)


def test_a_confirmed_list_never_changes_even_by_sql(vault, doc) -> None:
    lst = prepare_return(vault, ReturnForm(doc.carrier_ids))
    confirm_return(vault, lst.id)
    for sql, params in (("UPDATE return_list SET recipient = 'x' WHERE id = ?", (lst.id,)),
                        ("UPDATE return_item SET removed_at = 'x'", ()),
                        ("DELETE FROM return_item", ()), ("DELETE FROM return_list", ()),
                        ("INSERT INTO return_item(return_list_id, carrier_id, position, "
                         "added_audit_seq) VALUES (?, 1, 9, 1)", (lst.id,))):
        with pytest.raises(DatabaseError):
            vault.conn.execute(sql, params)
