"""Destruction manifests (销毁清单): one workflow test per rule, on real vaults."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.corrections import correct
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    add_to_manifest,
    cancel_manifest,
    complete_manifest,
    create_manifest,
    remove_from_manifest,
)
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers, take_out_of_volume
from miji_desk.core.holds import lift_hold, place_hold
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

TODAY = NOW.date()


def manifest(vault, carriers=(), **kw: object):
    values: dict[str, object] = dict(planned_on=TODAY, place="保密办粉碎室",
                                     method=Method.SHRED, carriers=list(carriers))
    values.update(kw)
    return create_manifest(vault, ManifestForm(**values))  # type: ignore[arg-type]


def done(**kw: object) -> CompletionForm:
    values: dict[str, object] = dict(approver="刘院长", approval_ref="销审〔2026〕4号",
                                     approved_on=APPROVED, supervisors=["张建华", "李国强"])
    values.update(kw)
    return CompletionForm(**values)  # type: ignore[arg-type]


@pytest.fixture
def doc(vault):
    """机密, 3 copies of 12 pages."""
    return register(vault)


# -- building a manifest -------------------------------------------------------------------------

def test_a_manifest_has_number_date_place_method_and_lines(vault, doc) -> None:
    m = manifest(vault, [doc.barcodes[0]], method="焚毁", note="年度清理")
    assert m.number == "2026-销-0001" and m.carrier_ids == [doc.carrier_ids[0]]
    assert add_to_manifest(vault, m.id, [doc.carrier_ids[1], doc.barcodes[2]]) == \
        doc.carrier_ids[1:]
    view = vault.disposition.manifest(m.id)
    assert (view.planned_on, view.place, view.method_label, view.state) == (
        TODAY, "保密办粉碎室", "焚毁", "待销毁")
    lines = vault.disposition.manifest_lines(m.id)
    assert [ln.position for ln in lines] == [1, 2, 3]
    assert [ln.carrier_id for ln in lines] == doc.carrier_ids
    first = lines[0]
    assert (first.number, first.doc_no, first.marking, first.copy_no, first.pages) == (
        "2026-收-0001-003", "国保发〔2026〕12号", "机密★10年", 3, 12)
    # Listed carriers stay in store, with the listing in their history.
    assert vault.carrier(doc.carrier_ids[0]).status is Status.IN_STORE
    assert actions(vault, doc.carrier_ids[0])[-1] == "destruction_listed"
    assert vault.disposition.manifest_of(doc.carrier_ids[0]).id == m.id
    assert last_audit(vault)[0] == "manifest_carriers_added"


@pytest.mark.parametrize(("change", "message", "fld"), [
    ({"planned_on": None}, "请填写销毁日期", "planned_on"),
    ({"planned_on": TODAY + dt.timedelta(days=400)}, "一年之内", "planned_on"),
    ({"place": ""}, "请填写销毁地点", "place"),
    ({"method": "扔掉"}, "销毁方式只能是", "method"),
])
def test_a_manifest_needs_its_particulars(vault, change, message, fld) -> None:
    with refused(vault, message, fld):
        manifest(vault, **change)


def test_a_double_scan_is_refused_with_its_line(vault, doc) -> None:
    m = manifest(vault, doc.carrier_ids[:2])
    with refused(vault, "重复扫描.*已在本清单第 2 行", "carriers"):
        add_to_manifest(vault, m.id, [doc.barcodes[1]])
    with refused(vault, "重复", "carriers"):
        add_to_manifest(vault, m.id, [doc.barcodes[2], doc.carrier_ids[2]])


@pytest.mark.parametrize(("state", "message"), [
    (Status.ON_LOAN, "已借给张建华，尚未归还，不能销毁"),
    (Status.CIRCULATING, "正在传阅（在张建华手中），不能销毁"),
    (Status.DESTROYED, "已销毁，不能销毁"), (Status.SENT, "已发出，不能销毁"),
    (Status.RETURNED, "已清退，不能销毁"), (Status.HANDED_OVER, "已移交，不能销毁"),
    (Status.MISSING, "已登记丢失，不能销毁")])
def test_carriers_out_or_gone_are_refused_with_the_reason(vault, doc, state, message) -> None:
    m = manifest(vault)
    force(vault, doc.carrier_ids[0], status=state.value, holder="张建华")
    with refused(vault, message, "carriers"):
        add_to_manifest(vault, m.id, [doc.barcodes[0]])


def test_a_filed_carrier_must_leave_its_volume_first(vault, doc) -> None:
    vol = create_volume(vault, VolumeForm("来文", "short", "机要室文件柜"))
    file_carriers(vault, vol.id, [doc.carrier_ids[0]])
    m = manifest(vault)
    with refused(vault, "已归档在案卷 2026-卷-0001 中，须先办理出卷才能销毁", "carriers"):
        add_to_manifest(vault, m.id, [doc.barcodes[0]])
    # Back in store, a 机密 carrier goes into a safe (篇六 第三条), not the volume's cabinet.
    take_out_of_volume(vault, [doc.carrier_ids[0]], "拟销毁", location="1号保密柜")
    assert add_to_manifest(vault, m.id, [doc.barcodes[0]]) == [doc.carrier_ids[0]]


def test_a_held_carrier_is_refused_until_the_hold_is_lifted(vault, doc) -> None:
    place_hold(vault, [doc.carrier_ids[0]], "泄密线索调查", "保调1号")
    with refused(vault, "已冻结（泄密线索调查），解除冻结前不能销毁", "carriers"):
        manifest(vault, [doc.carrier_ids[0]])
    lift_hold(vault, [doc.carrier_ids[0]], "查清")
    assert manifest(vault, [doc.carrier_ids[0]]).carrier_ids == [doc.carrier_ids[0]]


def test_a_carrier_is_on_one_manifest_at_a_time(vault, doc) -> None:
    manifest(vault, [doc.carrier_ids[0]])
    with refused(vault, "已列入销毁清单 2026-销-0001", "carriers"):
        manifest(vault, [doc.carrier_ids[0]])


def test_degaussing_is_for_media_only(vault, doc) -> None:
    usb = medium(vault)
    m = manifest(vault, [usb.carrier_ids[0]], method=Method.DEGAUSS)
    with refused(vault, "纸质文件，不能用“消磁/物理销毁”", "carriers"):
        add_to_manifest(vault, m.id, [doc.carrier_ids[0]])
    # Media may also be shredded.
    assert manifest(vault, [medium(vault, serial_no="SN-2").carrier_ids[0]]).carrier_ids


def test_a_unit_may_destroy_only_after_the_secrecy_period(vault, doc) -> None:
    expired = register(vault, copy_numbers="1", period=SecrecyPeriod.years(5),
                       classified_on=dt.date(2016, 3, 1))
    long_term = register(vault, copy_numbers="1", period=SecrecyPeriod.long_term())
    internal = register(vault, level="internal", copy_numbers="1", period=SecrecyPeriod())
    m = manifest(vault, [doc.carrier_ids[0]])  # allowed: the setting is off by default
    set_meta(vault, "destroy_only_after_expiry", "1")
    with refused(vault, "保密期限至 2036-11-01 届满；本单位规定保密期限届满后才能销毁",
                 "carriers"):
        add_to_manifest(vault, m.id, [doc.carrier_ids[1]])
    with refused(vault, "没有确定的届满日期", "carriers"):
        add_to_manifest(vault, m.id, [long_term.carrier_ids[0]])
    assert add_to_manifest(vault, m.id, [expired.carrier_ids[0], internal.carrier_ids[0]])
    # Checked again on completion: the carrier listed before the setting is refused now.
    with refused(vault, "届满后才能销毁", "carriers"):
        complete_manifest(vault, m.id, done())


def test_a_line_added_by_mistake_is_removed_with_a_reason(vault, doc) -> None:
    m = manifest(vault, doc.carrier_ids)
    with refused(vault, "请填写移出原因", "reason"):
        remove_from_manifest(vault, m.id, [doc.carrier_ids[1]], "")
    other = register(vault, copy_numbers="1")
    with refused(vault, "不在销毁清单 2026-销-0001 上", "carriers"):
        remove_from_manifest(vault, m.id, [other.carrier_ids[0]], "错")
    remove_from_manifest(vault, m.id, [doc.barcodes[1]], "仍需留存")
    assert [ln.carrier_id for ln in vault.disposition.manifest_lines(m.id)] == [
        doc.carrier_ids[0], doc.carrier_ids[2]]
    assert actions(vault, doc.carrier_ids[1])[-1] == "destruction_delisted"
    # Free again, and a new line number when re-added.
    add_to_manifest(vault, m.id, [doc.carrier_ids[1]])
    assert vault.disposition.manifest_lines(m.id)[-1].position == 4


# -- completing ----------------------------------------------------------------------------------

def test_completion_destroys_every_carrier_and_keeps_them_with_their_history(vault) -> None:
    secret = register(vault)  # 机密 3 × 12 pages
    conf = register(vault, level="confidential", copy_numbers="1", pages=5,
                    period=SecrecyPeriod.years(5))
    usb = medium(vault)  # 机密, no pages
    ids = [*secret.carrier_ids, conf.carrier_ids[0], usb.carrier_ids[0]]
    m = manifest(vault, ids)
    counts = vault.counts()
    totals = complete_manifest(vault, m.id, done(destroyed_on=TODAY))
    assert (totals.copies, totals.pages) == (5, 41)
    assert [(t.level_code, t.copies, t.pages) for t in totals.by_level] == [
        ("secret", 4, 36), ("confidential", 1, 5)]
    for cid in ids:
        view = vault.carrier(cid)  # still in the ledger
        assert view.status is Status.DESTROYED and view.location == "" and view.holder == ""
        history = vault.ledger.history(cid)
        assert [h.action for h in history] == ["register", "destruction_listed", "destroyed"]
        last = history[-1]
        assert last.approval_ref == "销审〔2026〕4号"
        assert f"2026-销-0001：{TODAY.isoformat()} 于保密办粉碎室粉碎" in last.note
        assert "监销人张建华、李国强" in last.note
    after = vault.counts()
    assert after["carriers"] == counts["carriers"] and after["documents"] == counts["documents"]
    view = vault.disposition.manifest(m.id)
    assert (view.state, view.approver, view.approval_ref, view.approved_on, view.destroyed_on,
            view.supervisors) == ("已销毁", "刘院长", "销审〔2026〕4号", APPROVED, TODAY,
                                  ("张建华", "李国强"))
    # The manifest's totals equal the ledger's, whichever way they are counted.
    assert view.totals == totals
    assert vault.disposition.manifest_totals(m.id) == totals
    assert vault.disposition.ledger_totals(m.id) == totals
    destroyed = [v for v in vault.ledger.by_ids(ids) if v.status is Status.DESTROYED]
    assert len(destroyed) == totals.copies
    assert sum(v.pages or 0 for v in destroyed) == totals.pages
    action, detail = last_audit(vault)
    assert action == "manifest_completed"
    assert json.loads(detail)["totals"] == totals.to_json()
    assert totals.describe(vault.levels) == "共 5 份 41 页；其中 机密 4 份 36 页，秘密 1 份 5 页"


def test_one_audit_event_per_step(vault, doc) -> None:
    start = vault.counts()["audit"]
    m = manifest(vault, doc.carrier_ids[:1])
    add_to_manifest(vault, m.id, doc.carrier_ids[1:])
    remove_from_manifest(vault, m.id, [doc.carrier_ids[2]], "留存")
    complete_manifest(vault, m.id, done())
    assert vault.counts()["audit"] == start + 4


@pytest.mark.parametrize(("change", "message", "fld"), [
    ({"approver": ""}, "请填写批准人", "approver"),
    ({"approver": CLERK}, "就是机要员本人", "approver"),
    ({"approval_ref": ""}, "请填写批准文号", "approval_ref"),
    ({"approved_on": None}, "请填写批准日期", "approved_on"),
    ({"approved_on": TODAY + dt.timedelta(days=1)}, "不能晚于今天", "approved_on"),
    ({"supervisors": ["张建华"]}, "两人以上监销", "supervisors"),
    ({"supervisors": ["张建华", " ", ""]}, "两人以上监销", "supervisors"),
    ({"supervisors": ["张建华", "张建华"]}, "监销人重复：张建华", "supervisors"),
    ({"supervisors": ["张建华", CLERK]}, "不能是机要员本人", "supervisors"),
    ({"destroyed_on": TODAY + dt.timedelta(days=1)}, "不能晚于今天", "destroyed_on"),
    ({"destroyed_on": APPROVED - dt.timedelta(days=1)}, "不能早于批准日期", "destroyed_on"),
])
def test_completion_needs_approval_and_two_supervisors_not_the_clerk(vault, doc, change,
                                                                     message, fld) -> None:
    m = manifest(vault, doc.carrier_ids)
    with refused(vault, message, fld):
        complete_manifest(vault, m.id, done(**change))


def test_an_empty_manifest_is_not_completed(vault) -> None:
    m = manifest(vault)
    with refused(vault, "还没有载体", "carriers"):
        complete_manifest(vault, m.id, done())


def test_completion_checks_every_carrier_again(vault, doc) -> None:
    m = manifest(vault, doc.carrier_ids)
    force(vault, doc.carrier_ids[2], status=Status.ON_LOAN.value, holder="张建华")
    with refused(vault, "尚未归还，不能销毁", "carriers"):
        complete_manifest(vault, m.id, done())
    force(vault, doc.carrier_ids[2], status=Status.IN_STORE.value, holder="")
    place_hold(vault, [doc.carrier_ids[1]], "核查")
    with refused(vault, "已冻结", "carriers"):
        complete_manifest(vault, m.id, done())


def test_a_completed_manifest_reprints_as_signed_and_never_changes(vault, doc) -> None:
    m = manifest(vault, doc.carrier_ids)
    complete_manifest(vault, m.id, done())
    lines = vault.disposition.manifest_lines(m.id)
    # A later correction of the registration does not rewrite the signed manifest.
    correct(vault, doc.carrier_ids[0], "title", "更正后的标题", "原标题录入有误")
    assert vault.carrier(doc.carrier_ids[0]).title == "更正后的标题"
    assert vault.disposition.manifest_lines(m.id) == lines
    # The workflows refuse every change …
    other = register(vault, copy_numbers="1")
    for attempt in (lambda: add_to_manifest(vault, m.id, [other.carrier_ids[0]]),
                    lambda: remove_from_manifest(vault, m.id, [doc.carrier_ids[0]], "错"),
                    lambda: cancel_manifest(vault, m.id, "错"),
                    lambda: complete_manifest(vault, m.id, done())):
        with refused(vault, "已经完成销毁，只能重新打印", "manifest"):
            attempt()
    # … and so does the vault itself, even by direct SQL.
    conn = vault.conn
    for sql, params in (
            ("UPDATE destruction_manifest SET place = '别处' WHERE id = ?", (m.id,)),
            ("UPDATE destruction_manifest SET total_pages = 0 WHERE id = ?", (m.id,)),
            ("UPDATE destruction_item SET title = 'x' WHERE manifest_id = ?", (m.id,)),
            ("UPDATE destruction_item SET removed_at = 'x', removed_audit_seq = 1", ()),
            ("INSERT INTO destruction_item(manifest_id, carrier_id, position, added_audit_seq)"
             " VALUES (?, ?, 9, 1)", (m.id, other.carrier_ids[0])),
            ("INSERT INTO destruction_supervisor VALUES (?, 3, '王五')", (m.id,)),
            ("UPDATE destruction_supervisor SET name = '王五'", ()),
            ("DELETE FROM destruction_supervisor", ()),
            ("DELETE FROM destruction_item", ()),
            ("DELETE FROM destruction_manifest", ()),
            ("UPDATE carrier SET status = 'in_store' WHERE id = ?", (doc.carrier_ids[0],)),
            ("DELETE FROM carrier WHERE id = ?", (doc.carrier_ids[0],))):
        with pytest.raises(DatabaseError):
            conn.execute(sql, params)


def test_the_vault_refuses_completion_without_two_supervisors_or_destroyed_carriers(vault, doc
                                                                                    ) -> None:
    m = manifest(vault, doc.carrier_ids[:1])
    conn = vault.conn
    done_sql = ("UPDATE destruction_manifest SET approver = 'a', approval_ref = 'r', "
                "approved_on = '2026-11-26', destroyed_on = '2026-11-27', total_copies = 1, "
                "total_pages = 12, totals = '{}', completed_at = 'now', completed_audit_seq = 1 "
                "WHERE id = ?")
    with pytest.raises(DatabaseError, match="two supervisors"):
        conn.execute(done_sql, (m.id,))
    conn.execute("INSERT INTO destruction_supervisor VALUES (?, 1, '甲'), (?, 2, '乙')",
                 (m.id, m.id))
    with pytest.raises(DatabaseError, match="every carrier destroyed"):
        conn.execute(done_sql, (m.id,))  # the carrier is not destroyed
    assert vault.disposition.manifest(m.id).is_open


def test_an_unfinished_manifest_is_cancelled_and_its_carriers_are_free(vault, doc) -> None:
    m = manifest(vault, doc.carrier_ids)
    with refused(vault, "请填写作废原因", "reason"):
        cancel_manifest(vault, m.id, "")
    cancel_manifest(vault, m.id, "领导未批准")
    view = vault.disposition.manifest(m.id)
    assert view.state == "已作废" and view.cancel_reason == "领导未批准"
    assert [ln.carrier_id for ln in vault.disposition.manifest_lines(m.id)] == doc.carrier_ids
    assert all(v.status is Status.IN_STORE for v in vault.ledger.by_ids(doc.carrier_ids))
    assert actions(vault, doc.carrier_ids[0])[-1] == "destruction_delisted"
    assert last_audit(vault)[0] == "manifest_cancelled"
    with refused(vault, "已经作废", "manifest"):
        complete_manifest(vault, m.id, done())
    assert manifest(vault, doc.carrier_ids).number == "2026-销-0002"
    with pytest.raises(DatabaseError):
        vault.conn.execute("UPDATE destruction_manifest SET note = 'x' WHERE id = ?", (m.id,))


def test_unknown_manifest(vault) -> None:
    with refused(vault, "没有这份销毁清单", "manifest"):
        cancel_manifest(vault, 42, "x")


def test_one_approval_form_may_complete_two_manifests(vault, doc) -> None:
    """CompletionForm is a plain record: reusing one for two manifests is fine."""
    form = done()
    a = manifest(vault, doc.carrier_ids[:1])
    b = manifest(vault, doc.carrier_ids[1:])
    complete_manifest(vault, a.id, form)
    complete_manifest(vault, b.id, dataclasses.replace(form))
    assert {v.status for v in vault.ledger.by_ids(doc.carrier_ids)} == {Status.DESTROYED}


def test_a_vault_made_before_v3_gains_manifests_when_opened(tmp_path, monkeypatch) -> None:
    from miji_desk.core.clock import FixedClock
    from miji_desk.vault import schema
    from miji_desk.vault.vault import Vault
    from tests.factories import PASSPHRASE, machine, new_vault

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        m.setattr(schema, "SCHEMA_VERSION", 2)
        store = machine()
        old, _code = new_vault(tmp_path / "old.mjdb", store, FixedClock(NOW))
        doc = register(old)
        old.close()
    with Vault.open(tmp_path / "old.mjdb", passphrase=PASSPHRASE, store=store,
                    clock=FixedClock(NOW)) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        done = manifest(vault, doc.carrier_ids)
        complete_manifest(vault, done.id, CompletionForm("刘院长", "销审1号", APPROVED,
                                                         ["张建华", "李国强"]))
        assert vault.disposition.manifest(done.id).state == "已销毁"
        assert vault.verify().ok
