"""Handover (移交): one workflow test per rule, on real vaults; every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.destruction import ManifestForm, Method, create_manifest
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.handover import (
    HandoverCompletion,
    HandoverForm,
    Receiver,
    add_to_handover,
    cancel_handover,
    complete_handover,
    open_handover,
    remove_from_handover,
)
from miji_desk.core.holds import place_hold
from miji_desk.core.returns import ReturnForm, prepare_return
from miji_desk.vault.connection import DatabaseError
from tests.factories import CLERK, NOW

from .disposition_support import APPROVED, actions, force, last_audit, refused, register

DONE = HandoverCompletion("刘院长", "院批〔2026〕8号", APPROVED, supervisor="赵监交")


@pytest.fixture
def doc(vault):
    return register(vault)


def _open(vault, carriers=(), kind=Receiver.UNIT):
    return open_handover(vault, HandoverForm("市档案馆", "孙接收", kind, basis="移交通知 1 号",
                                             carriers=list(carriers)))


def test_open_add_by_scan_complete_hands_over_and_keeps_the_carriers(vault, doc) -> None:
    lst = _open(vault)
    assert lst.number == "2026-移-0001" and lst.carrier_ids == []
    assert add_to_handover(vault, lst.id, list(doc.barcodes)) == doc.carrier_ids
    # Listed: still in store until completed, and its history says so.
    assert vault.carrier(doc.carrier_ids[0]).status is Status.IN_STORE
    assert actions(vault, doc.carrier_ids[0])[-1] == "handover_listed"
    totals = complete_handover(vault, lst.id, DONE)
    assert (totals.copies, totals.pages) == (3, 36)
    for cid in doc.carrier_ids:
        c = vault.carrier(cid)
        assert c.status is Status.HANDED_OVER and c.holder == "市档案馆" and c.location == ""
        entry = vault.ledger.history(cid)[-1]
        assert entry.action == "handed_over" and entry.approval_ref == "院批〔2026〕8号"
        assert "接收人孙接收" in entry.note and "监交人赵监交" in entry.note
    view = vault.handover.handover(lst.id)
    assert view.state == "已移交" and view.approver == "刘院长" and view.supervisor == "赵监交"
    assert view.handed_on == NOW.date() and view.totals == totals
    assert [ln.carrier_id for ln in vault.handover.handover_lines(lst.id)] == doc.carrier_ids
    action, detail = last_audit(vault)
    assert action == "handover_completed" and json.loads(detail)["number"] == "2026-移-0001"
    # The carriers stay in the ledger, and nothing more can be done with them or the list.
    assert vault.ledger.get(doc.carrier_ids[0]).number
    with refused(vault, "已经完成移交", "handover"):
        add_to_handover(vault, lst.id, [doc.carrier_ids[0]])
    with refused(vault, "已经完成移交", "handover"):
        cancel_handover(vault, lst.id, "错了")
    other = _open(vault)
    with refused(vault, "已移交，不能移交"):
        add_to_handover(vault, other.id, [doc.carrier_ids[0]])


def test_a_lent_carrier_cannot_be_handed_over(vault, doc) -> None:
    force(vault, doc.carrier_ids[0], status=Status.ON_LOAN.value, holder="张三")
    lst = _open(vault)
    with refused(vault, "尚未归还", "carriers"):
        add_to_handover(vault, lst.id, [doc.barcodes[1], doc.barcodes[0]])
    with refused(vault, "尚未归还", "carriers"):
        _open(vault, [doc.carrier_ids[0]])


def test_a_carrier_lent_after_listing_is_caught_at_completion(vault, doc) -> None:
    lst = _open(vault, doc.carrier_ids)
    force(vault, doc.carrier_ids[1], status=Status.ON_LOAN.value, holder="张三")
    with refused(vault, "尚未归还", "carriers"):
        complete_handover(vault, lst.id, DONE)
    assert vault.carrier(doc.carrier_ids[0]).status is Status.IN_STORE


@pytest.mark.parametrize(("state", "message"), [
    (Status.CIRCULATING, "正在传阅"), (Status.MISSING, "已登记丢失"),
    (Status.DESTROYED, "已销毁，不能移交"), (Status.RETURNED, "已清退，不能移交"),
    (Status.SENT, "已发出，不能移交")])
def test_only_carriers_in_the_clerks_hands_are_listed(vault, doc, state, message) -> None:
    force(vault, doc.carrier_ids[0], status=state.value, holder="某人")
    lst = _open(vault)
    with refused(vault, message, "carriers"):
        add_to_handover(vault, lst.id, [doc.carrier_ids[0]])


def test_held_and_otherwise_listed_carriers_are_refused(vault, doc) -> None:
    place_hold(vault, [doc.carrier_ids[0]], "纪检调查", "纪函1号")
    prepare_return(vault, ReturnForm([doc.carrier_ids[1]], "省委办公厅"))
    create_manifest(vault, ManifestForm(NOW.date(), "保密室", Method.SHRED, [doc.carrier_ids[2]]))
    lst = _open(vault)
    with refused(vault, "冻结", "carriers"):
        add_to_handover(vault, lst.id, [doc.carrier_ids[0]])
    with refused(vault, "已列入清退单", "carriers"):
        add_to_handover(vault, lst.id, [doc.carrier_ids[1]])
    with refused(vault, "已列入销毁清单", "carriers"):
        add_to_handover(vault, lst.id, [doc.carrier_ids[2]])


def test_a_carrier_on_an_open_handover_list_is_on_no_other_list(vault, doc) -> None:
    first = _open(vault, [doc.carrier_ids[0]])
    with refused(vault, f"已列入移交清单 {first.number}", "carriers"):
        _open(vault, [doc.carrier_ids[0]])
    with refused(vault, "已列入移交清单"):
        prepare_return(vault, ReturnForm([doc.carrier_ids[0]], "省委办公厅"))
    with refused(vault, "已列入移交清单"):
        create_manifest(vault, ManifestForm(NOW.date(), "保密室", Method.SHRED,
                                            [doc.carrier_ids[0]]))


def test_scanning_twice_and_removing_with_a_reason(vault, doc) -> None:
    lst = _open(vault, [doc.carrier_ids[0]])
    with refused(vault, "重复扫描", "carriers"):
        add_to_handover(vault, lst.id, [doc.barcodes[0]])
    with refused(vault, "请填写移出原因", "reason"):
        remove_from_handover(vault, lst.id, [doc.carrier_ids[0]], "")
    with refused(vault, "不在移交清单", "carriers"):
        remove_from_handover(vault, lst.id, [doc.carrier_ids[1]], "扫错")
    remove_from_handover(vault, lst.id, [doc.carrier_ids[0]], "扫错了")
    assert vault.handover.handover_lines(lst.id) == []
    assert actions(vault, doc.carrier_ids[0])[-1] == "handover_delisted"
    # Free again: another list may take it.
    _open(vault, [doc.carrier_ids[0]])


def test_the_clerk_approving_herself_is_refused(vault, doc) -> None:
    lst = _open(vault, doc.carrier_ids)
    with refused(vault, "机要员本人", "approver"):
        complete_handover(vault, lst.id, HandoverCompletion(CLERK, "院批1号", APPROVED))
    with refused(vault, "监交人不能是机要员本人", "supervisor"):
        complete_handover(vault, lst.id, HandoverCompletion("刘院长", "院批1号", APPROVED,
                                                            supervisor=CLERK))
    with refused(vault, "接收人", "receiver_person"):
        open_handover(vault, HandoverForm("市档案馆", CLERK))


@pytest.mark.parametrize(("completion", "message", "field"), [
    (HandoverCompletion("", "院批1号", APPROVED), "请填写批准人", "approver"),
    (HandoverCompletion("刘院长", "", APPROVED), "请填写批准文号", "approval_ref"),
    (HandoverCompletion("刘院长", "院批1号", None), "请填写批准日期", "approved_on"),
    (HandoverCompletion("刘院长", "院批1号", NOW.date() + dt.timedelta(days=1)),
     "批准日期不能晚于今天", "approved_on"),
    (HandoverCompletion("刘院长", "院批1号", APPROVED,
                        handed_on=NOW.date() + dt.timedelta(days=1)),
     "移交日期不能晚于今天", "handed_on"),
    (HandoverCompletion("刘院长", "院批1号", APPROVED,
                        handed_on=APPROVED - dt.timedelta(days=1)),
     "不能早于批准日期", "handed_on")])
def test_the_approval_is_checked_like_copying_and_destruction(vault, doc, completion, message,
                                                               field) -> None:
    lst = _open(vault, doc.carrier_ids)
    with refused(vault, message, field):
        complete_handover(vault, lst.id, completion)


def test_an_empty_list_cannot_be_completed_and_a_cancelled_one_frees_its_carriers(
        vault, doc) -> None:
    empty = _open(vault)
    with refused(vault, "还没有载体", "carriers"):
        complete_handover(vault, empty.id, DONE)
    lst = _open(vault, doc.carrier_ids)
    with refused(vault, "请填写作废原因", "reason"):
        cancel_handover(vault, lst.id, " ")
    cancel_handover(vault, lst.id, "接收单位改期")
    assert vault.handover.handover(lst.id).state == "已作废"
    assert all(vault.carrier(c).status is Status.IN_STORE for c in doc.carrier_ids)
    with refused(vault, "已经作废", "handover"):
        complete_handover(vault, lst.id, DONE)
    _open(vault, doc.carrier_ids)  # free again


def test_filed_carriers_go_to_the_archive_with_their_volume_but_not_to_another_unit(
        vault, doc) -> None:
    vol = create_volume(vault, VolumeForm("2026年文书档案", "permanent", "1号保密柜"))
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    to_unit = _open(vault)
    with refused(vault, "出卷", "carriers"):
        add_to_handover(vault, to_unit.id, [doc.carrier_ids[0]])
    archive = _open(vault, [doc.carrier_ids[0]], kind=Receiver.ARCHIVE)
    complete_handover(vault, archive.id, DONE)
    assert vault.carrier(doc.carrier_ids[0]).status is Status.HANDED_OVER
    assert vault.disposition.volume_of(doc.carrier_ids[0]) is None


def test_a_completed_list_and_a_handed_over_carrier_never_change_even_by_sql(vault, doc) -> None:
    lst = _open(vault, doc.carrier_ids)
    complete_handover(vault, lst.id, DONE)
    for sql in ("UPDATE handover_list SET receiver_unit = '别处' WHERE id = 1",
                "UPDATE handover_item SET title = '改' WHERE handover_id = 1",
                "DELETE FROM handover_item", "DELETE FROM handover_list",
                f"UPDATE carrier SET status = 'in_store' WHERE id = {doc.carrier_ids[0]}"):
        with pytest.raises(DatabaseError):
            vault.conn.execute(sql)


def test_a_carrier_with_an_open_incident_is_refused(vault, doc) -> None:
    from miji_desk.core.custody import IncidentKind, open_incident

    with vault.transaction() as tx:  # as the return check does when pages are missing
        open_incident(tx, doc.carrier_ids[0], IncidentKind.DAMAGED, "第3页缺失")
        tx.audit("test_setup", [doc.carrier_ids[0]], {})
    lst = _open(vault)
    with refused(vault, "未结案的异常", "carriers"):
        add_to_handover(vault, lst.id, [doc.carrier_ids[0]])
