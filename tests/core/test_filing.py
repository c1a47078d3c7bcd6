"""Filing into volumes (归档, 案卷): one workflow test per rule, on real vaults."""

from __future__ import annotations

import json

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.custody import COMPLETE
from miji_desk.core.destruction import ManifestForm, Method, create_manifest
from miji_desk.core.filing import (
    Retention,
    VolumeForm,
    create_volume,
    file_carriers,
    take_out_of_volume,
)
from miji_desk.core.holds import place_hold
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.vault.connection import DatabaseError
from tests.factories import NOW

from .custody_support import make_staff
from .disposition_support import actions, force, last_audit, refused, register


def volume(vault, **kw: object):
    values: dict[str, object] = dict(title="2026年上级来文", retention=Retention.LONG,
                                     location="机要室文件柜")
    values.update(kw)
    return create_volume(vault, VolumeForm(**values))  # type: ignore[arg-type]


def set_level(vault, document_id: int, code: str) -> None:
    """A level change (定密变更) as its workflow will write it: on the registration."""
    with vault.transaction() as tx:
        tx.update_document(document_id, {"level_code": code})
        tx.audit("test_level_change", [], {"document_id": document_id, "level": code})


@pytest.fixture
def doc(vault):
    return register(vault, level="confidential", copy_numbers="1-3",
                    period=SecrecyPeriod.years(5))


def test_a_volume_gets_a_number_title_retention_and_place(vault) -> None:
    vol = volume(vault)
    assert vol.number == "2026-卷-0001"
    assert volume(vault, retention="永久").number == "2026-卷-0002"
    typed = volume(vault, number="WS·2026-Y-001", retention=Retention.SHORT, top_secret=True)
    view = vault.disposition.volume(typed.id)
    assert (view.number, view.retention_label, view.location, view.top_secret) == (
        "WS·2026-Y-001", "短期", "机要室文件柜", True)
    assert view.items == 0 and view.level_code is None
    assert last_audit(vault)[0] == "volume_created"


@pytest.mark.parametrize(("change", "message", "fld"), [
    ({"title": ""}, "请填写案卷题名", "title"),
    ({"retention": "十年"}, "保管期限只能是", "retention"),
    ({"location": ""}, "请填写存放位置", "location"),
    ({"location": "地下室"}, "没有名为“地下室”", "location"),
    ({"year": 1900}, "年度不对", "year"),
])
def test_a_volume_needs_its_particulars(vault, change, message, fld) -> None:
    with refused(vault, message, fld):
        volume(vault, **change)


def test_volume_numbers_are_unique(vault) -> None:
    volume(vault, number="A-1")
    with refused(vault, "案卷号 A-1 已经使用", "number"):
        volume(vault, number="A-1")


def test_filing_marks_the_carriers_filed_in_the_volumes_place(vault, doc) -> None:
    vol = volume(vault)
    ids = file_carriers(vault, vol.id, [doc.barcodes[0], doc.carrier_ids[1]])
    assert ids == doc.carrier_ids[:2]
    for cid in ids:
        view = vault.carrier(cid)
        assert view.status is Status.FILED and view.location == "机要室文件柜"
        assert actions(vault, cid)[-1] == "file"
        assert vault.disposition.volume_of(cid).id == vol.id
    entry = vault.ledger.history(ids[0])[-1]
    assert (entry.before, entry.after) == ("in_store", "filed") and "2026-卷-0001" in entry.note
    action, detail = last_audit(vault)
    assert action == "file" and json.loads(detail)["volume"] == "2026-卷-0001"
    view = vault.disposition.volume(vol.id)
    assert (view.items, view.pages, view.level_code) == (2, 24, "confidential")
    assert [c.id for c in vault.disposition.volume_items(vol.id)] == ids


def test_the_volume_level_is_the_highest_item_and_follows_every_change(vault, doc) -> None:
    vol = volume(vault)
    secret = register(vault, level="secret", copy_numbers="1")
    file_carriers(vault, vol.id, [doc.carrier_ids[0], secret.carrier_ids[0]])
    level = lambda: vault.disposition.volume(vol.id).level_code  # noqa: E731
    assert level() == "secret"
    set_level(vault, doc.document_id, "secret")
    set_level(vault, secret.document_id, "confidential")  # 降密
    assert level() == "secret"  # now the first item is the highest
    set_level(vault, doc.document_id, "internal")
    assert level() == "confidential"
    take_out_of_volume(vault, [secret.carrier_ids[0]], "拟销毁")
    assert level() == "internal"
    # The schema's own view agrees with the query.
    row = vault.conn.execute("SELECT level_code FROM volume_level WHERE volume_id = ?",
                             (vol.id,)).fetchone()
    assert row[0] == "internal"


def test_top_secret_goes_only_into_top_secret_volumes_and_they_take_nothing_else(vault, doc
                                                                                  ) -> None:
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    ordinary, special = volume(vault), volume(vault, top_secret=True)
    with refused(vault, "只能归入绝密专卷", "carriers"):
        file_carriers(vault, ordinary.id, [top.carrier_ids[0]])
    with refused(vault, "是绝密专卷，只能归入绝密级载体", "carriers"):
        file_carriers(vault, special.id, [doc.carrier_ids[0]])
    file_carriers(vault, special.id, [top.carrier_ids[0]])
    assert vault.disposition.volume(special.id).level_code == "top_secret"
    # The trigger refuses mixing even from a buggy workflow.
    with pytest.raises(DatabaseError, match="绝密"):
        vault.conn.execute("INSERT INTO volume_item(volume_id, carrier_id, filed_at, "
                           "filed_audit_seq) VALUES (?, ?, 'now', 1)",
                           (special.id, doc.carrier_ids[0]))


def test_a_level_change_that_mixes_a_volume_is_listed(vault, doc) -> None:
    vol = volume(vault)
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    assert vault.disposition.mixed_volumes() == []
    set_level(vault, doc.document_id, "top_secret")  # 升为绝密 in an ordinary volume
    assert [v.id for v in vault.disposition.mixed_volumes()] == [vol.id]
    assert vault.disposition.volume(vol.id).level_code == "top_secret"


def test_only_carriers_in_store_are_filed(vault, doc) -> None:
    vol, other = volume(vault), volume(vault)
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    with refused(vault, "已归档在案卷 2026-卷-0001 中", "carriers"):
        file_carriers(vault, other.id, [doc.carrier_ids[0]])
    with refused(vault, "重复", "carriers"):
        file_carriers(vault, other.id, [doc.carrier_ids[1], doc.barcodes[1]])
    force(vault, doc.carrier_ids[1], status=Status.ON_LOAN.value, holder="张建华")
    with refused(vault, "尚未归还，不能归档", "carriers"):
        file_carriers(vault, other.id, [doc.carrier_ids[1]])
    force(vault, doc.carrier_ids[1], status=Status.DESTROYED.value, holder="")
    with refused(vault, "已销毁，不能归档", "carriers"):
        file_carriers(vault, other.id, [doc.carrier_ids[1]])
    place_hold(vault, [doc.carrier_ids[2]], "核查")
    with refused(vault, "已冻结", "carriers"):
        file_carriers(vault, other.id, [doc.carrier_ids[2]])
    with refused(vault, "没有这个案卷", "volume"):
        file_carriers(vault, 99, [doc.carrier_ids[2]])


def test_a_carrier_listed_for_destruction_is_not_filed(vault, doc) -> None:
    vol = volume(vault)
    create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED,
                                        [doc.carrier_ids[0]]))
    with refused(vault, "已列入销毁清单 2026-销-0001，不能归档", "carriers"):
        file_carriers(vault, vol.id, [doc.carrier_ids[0]])


def test_taking_out_of_a_volume_is_its_own_workflow_with_a_reason(vault, doc) -> None:
    vol = volume(vault)
    file_carriers(vault, vol.id, doc.carrier_ids[:2])
    with refused(vault, "请填写出卷事由", "reason"):
        take_out_of_volume(vault, [doc.carrier_ids[0]], "")
    with refused(vault, "没有归档在任何案卷中", "carriers"):
        take_out_of_volume(vault, [doc.carrier_ids[2]], "拟销毁")
    take_out_of_volume(vault, [doc.barcodes[0]], "拟销毁", location="1号保密柜")
    view = vault.carrier(doc.carrier_ids[0])
    assert view.status is Status.IN_STORE and view.location == "1号保密柜"
    assert vault.disposition.volume_of(doc.carrier_ids[0]) is None
    entry = vault.ledger.history(doc.carrier_ids[0])[-1]
    assert entry.action == "unfile" and "拟销毁" in entry.note
    assert vault.disposition.volume(vol.id).items == 1
    # Filed again later, into any fitting volume.
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    assert vault.disposition.volume(vol.id).items == 2


def test_a_held_carrier_stays_in_its_volume(vault, doc) -> None:
    vol = volume(vault)
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    place_hold(vault, [doc.carrier_ids[0]], "核查")
    with refused(vault, "已冻结", "carriers"):
        take_out_of_volume(vault, [doc.carrier_ids[0]], "拟销毁")


def test_a_filed_carrier_is_lent_from_its_volume_and_comes_back_to_it(vault) -> None:
    staff = make_staff(vault)
    doc = register(vault, scope="办公室主任、院领导", copy_numbers="1")
    vol = volume(vault, location="机要室文件柜")
    file_carriers(vault, vol.id, doc.carrier_ids)
    lend(vault, LoanForm(borrower=staff.director.badge, carriers=doc.barcodes,
                         purpose="查阅档案", approver="刘院长", approved_on=NOW.date(),
                         approval_ref="档借〔2026〕1号", place="档案室"))
    assert vault.carrier(doc.carrier_ids[0]).status is Status.ON_LOAN
    assert vault.disposition.volume_of(doc.carrier_ids[0]).id == vol.id  # still in it
    with refused(vault, "归还后才能出卷", "carriers"):
        take_out_of_volume(vault, doc.carrier_ids, "拟销毁")
    return_loan(vault, doc.barcodes[0], COMPLETE)
    assert vault.carrier(doc.carrier_ids[0]).status is Status.FILED


def test_volume_lines_close_once_and_are_never_deleted(vault, doc) -> None:
    vol = volume(vault)
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    take_out_of_volume(vault, [doc.carrier_ids[0]], "更正")
    conn = vault.conn
    for sql in ("DELETE FROM volume_item", "DELETE FROM volume",
                "UPDATE volume_item SET removal_reason = 'x'",
                "UPDATE volume SET top_secret = 1"):
        with pytest.raises(DatabaseError):
            conn.execute(sql)
