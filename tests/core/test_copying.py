"""Copies (复制): one workflow test per rule, on real vaults."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from miji_desk.core import barcodes
from miji_desk.core.carriers import Register, Status
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.holds import place_hold
from miji_desk.core.locations import add_location
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.vault.connection import DatabaseError
from tests.factories import CLERK, NOW

from .disposition_support import (
    APPROVED,
    actions,
    force,
    last_audit,
    medium,
    refused,
    register,
    set_meta,
)


def form(source: int | str, **kw: object) -> CopyForm:
    values: dict[str, object] = dict(source=source, count=2, purpose="会议学习",
                                     approver="刘院长", approval_ref="复审〔2026〕3号",
                                     approved_on=APPROVED, authority_ref="省保函〔2026〕1号")
    values.update(kw)
    return CopyForm(**values)  # type: ignore[arg-type]


@pytest.fixture
def doc(vault):
    return register(vault)


def test_each_copy_is_a_carrier_of_the_same_level_linked_to_its_original(vault, doc) -> None:
    source = vault.carrier(doc.carrier_ids[0])
    made = make_copies(vault, form(doc.barcodes[0], count=3))
    assert made.number == "2026-复-0001"
    assert len(made.carrier_ids) == len(set(made.barcodes)) == 3
    copies = vault.ledger.by_ids(made.carrier_ids)
    assert [c.number for c in copies] == [f"2026-复-0001-00{i}" for i in (1, 2, 3)]
    for c in copies:
        assert c.register is Register.COPY and c.status is Status.IN_STORE
        assert (c.level, c.period, c.classified_on) == (source.level, source.period,
                                                         source.classified_on)
        assert c.marking == source.marking == "机密★10年"
        assert (c.title, c.doc_no, c.pages, c.location) == (source.title, source.doc_no, 12,
                                                              "1号保密柜")
        assert c.extra["scope"] == source.extra["scope"]
        assert c.extra["source_carrier_id"] == source.id
        assert c.copies_total == 3 and c.barcode not in doc.barcodes
    assert [c.id for c in vault.disposition.copies_of(source.id)] == made.carrier_ids
    record = vault.disposition.copy_record(made.document_id)
    assert (record.count, record.approver, record.approval_ref, record.approved_on) == (
        3, "刘院长", "复审〔2026〕3号", APPROVED)
    assert record.source.id == source.id and record.marking == "机密★10年"
    # History: the original records the copying; each copy its registration from it.
    assert actions(vault, source.id)[-1] == "copy"
    entry = vault.ledger.history(source.id)[-1]
    assert entry.approval_ref == "复审〔2026〕3号" and "复制 3 份" in entry.note
    first = vault.ledger.history(made.carrier_ids[0])
    assert [h.action for h in first] == ["register"] and "复制自 2026-收-0001-003" in first[0].note
    action, detail = last_audit(vault)
    assert action == "copy"
    assert json.loads(detail)["count"] == 3
    # A second copying is the next number of the 复制 register.
    assert make_copies(vault, form(doc.carrier_ids[1], count=1)).number == "2026-复-0002"


def test_one_audit_event_per_copying(vault, doc) -> None:
    before = vault.counts()["audit"]
    make_copies(vault, form(doc.carrier_ids[0], count=5))
    assert vault.counts()["audit"] == before + 1


@pytest.mark.parametrize("count", [0, -1, 1001, True, None, "2"])
def test_the_count_is_an_exact_whole_number(vault, doc, count: object) -> None:
    with refused(vault, "复制份数必须是", "count"):
        make_copies(vault, form(doc.carrier_ids[0], count=count))


@pytest.mark.parametrize(("change", "message", "fld"), [
    ({"approver": ""}, "请填写批准人", "approver"),
    ({"approval_ref": " "}, "请填写批准文号", "approval_ref"),
    ({"approved_on": None}, "请填写批准日期", "approved_on"),
    ({"approved_on": NOW.date() + dt.timedelta(days=1)}, "不能晚于今天", "approved_on"),
    ({"approver": CLERK}, "就是机要员本人", "approver"),
    ({"purpose": ""}, "请填写复制事由", "purpose"),
])
def test_approval_and_purpose_are_required(vault, doc, change, message, fld) -> None:
    with refused(vault, message, fld):
        make_copies(vault, form(doc.carrier_ids[0], **change))


def test_top_secret_needs_the_originating_authoritys_approval_too(vault) -> None:
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    with refused(vault, "制发机关的批准文号", "authority_ref"):
        make_copies(vault, form(top.carrier_ids[0], authority_ref=""))
    made = make_copies(vault, form(top.carrier_ids[0], authority_ref="国保函〔2026〕9号"))
    record = vault.disposition.copy_record(made.document_id)
    assert record.authority_ref == "国保函〔2026〕9号"
    assert record.authority == "国家保密局"  # the original's producer when not typed
    assert all(c.level.code == "top_secret" for c in vault.ledger.by_ids(made.carrier_ids))


def test_a_unit_may_forbid_copying_top_secret_outright(vault) -> None:
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    set_meta(vault, "allow_copy_top_secret", "0")
    with refused(vault, "一律不得复制", "source"):
        make_copies(vault, form(top.carrier_ids[0], authority_ref="国保函〔2026〕9号"))
    # Other levels are still copied under approval.
    other = register(vault)
    assert make_copies(vault, form(other.carrier_ids[0])).carrier_ids


@pytest.mark.parametrize(("state", "label"), [
    (Status.DESTROYED, "已销毁"), (Status.SENT, "已发出"), (Status.RETURNED, "已清退"),
    (Status.HANDED_OVER, "已移交"), (Status.MISSING, "已登记丢失")])
def test_carriers_gone_are_not_copied(vault, doc, state: Status, label: str) -> None:
    force(vault, doc.carrier_ids[0], status=state.value)
    with refused(vault, label, "source"):
        make_copies(vault, form(doc.carrier_ids[0]))


@pytest.mark.parametrize(("state", "label"), [
    (Status.ON_LOAN, "尚未归还"), (Status.CIRCULATING, "正在传阅")])
def test_carriers_out_are_not_copied(vault, doc, state: Status, label: str) -> None:
    force(vault, doc.carrier_ids[0], status=state.value, holder="张建华")
    with refused(vault, label, "source"):
        make_copies(vault, form(doc.carrier_ids[0]))


def test_a_held_carrier_is_not_copied(vault, doc) -> None:
    place_hold(vault, [doc.carrier_ids[0]], "泄密线索调查", "保调〔2026〕1号")
    with refused(vault, "已冻结（泄密线索调查）", "source"):
        make_copies(vault, form(doc.carrier_ids[0]))


def test_a_filed_carrier_is_copied_under_approval(vault, doc) -> None:
    force(vault, doc.carrier_ids[0], status=Status.FILED.value)
    add_location(vault, "2号保密柜")
    made = make_copies(vault, form(doc.carrier_ids[0], count=1, location="2号保密柜"))
    copy = vault.carrier(made.carrier_ids[0])
    assert copy.status is Status.IN_STORE and copy.location == "2号保密柜"
    assert vault.carrier(doc.carrier_ids[0]).status is Status.FILED


def test_a_medium_is_copied_onto_a_new_medium_with_its_serial_number(vault) -> None:
    usb = medium(vault)
    with refused(vault, "涉密介质", "serial_no"):
        make_copies(vault, form(usb.carrier_ids[0]))


def test_unknown_carriers_and_places_are_refused(vault, doc) -> None:
    with refused(vault, "没有条码为", "source"):
        make_copies(vault, form(barcodes.for_carrier(999)))
    with refused(vault, "没有编号为 999", "source"):
        make_copies(vault, form(999))
    with refused(vault, "没有名为“地下室”的存放位置", "location"):
        make_copies(vault, form(doc.carrier_ids[0], location="地下室"))


def test_a_copy_can_be_copied_and_keeps_the_level(vault, doc) -> None:
    first = make_copies(vault, form(doc.carrier_ids[0], count=1))
    second = make_copies(vault, dataclasses.replace(form(first.barcodes[0]), count=1))
    copy = vault.carrier(second.carrier_ids[0])
    assert copy.extra["source_carrier_id"] == first.carrier_ids[0]
    assert copy.level.code == "secret"


def test_the_vault_refuses_a_copy_order_that_breaks_the_rules(vault) -> None:
    """Defence in depth: a 绝密 copy without the authority's reference, or a count that is not
    the number of copies, cannot be written even by a buggy workflow."""
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    made = make_copies(vault, form(top.carrier_ids[0], count=1, authority_ref="国保函9号"))
    conn = vault.conn
    for sql in ("UPDATE copy_order SET authority_ref = ''",
                "UPDATE copy_order SET count = 2",
                "DELETE FROM copy_order"):
        with pytest.raises(DatabaseError):
            conn.execute(sql)
    with pytest.raises(DatabaseError, match="original's level"):
        conn.execute("INSERT INTO copy_order(document_id, source_carrier_id, count, purpose, "
                     "approver, approval_ref, approved_on, made_at, audit_seq) "
                     "VALUES (?, ?, 1, 'x', 'y', 'z', '2026-01-01', 'now', 1)",
                     (made.document_id, top.carrier_ids[0]))
