"""Change of level or period (定密变更) and declassification (解密): one test per rule, on real
vaults; every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.corrections import correct
from miji_desk.core.errors import RuleViolation
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.level_changes import Decision, LevelChangeForm, change_level
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from tests.factories import NOW, incoming

from .disposition_support import APPROVED, force, last_audit, refused, register

DECIDED = NOW.date() - dt.timedelta(days=3)


@pytest.fixture
def doc(vault):
    return register(vault, period=SecrecyPeriod.years(15), classified_on=NOW.date()
                    - dt.timedelta(days=100))


def _form(carriers, decision=Decision.LEVEL, **kw):
    values = dict(authority="省保密局", reference="省保密局〔2026〕3号", decided_on=DECIDED)
    values.update(kw)
    return LevelChangeForm(list(carriers), decision, **values)  # type: ignore[arg-type]


def test_a_level_change_applies_to_every_copy_and_keeps_the_old_marking(vault, doc) -> None:
    before = vault.carrier(doc.carrier_ids[0]).marking
    assert before == "机密★15年"
    done = change_level(vault, _form([doc.barcodes[1]], new_level="top_secret"))
    assert done.document_ids == [doc.document_id]
    assert done.carrier_ids == doc.carrier_ids == done.relabel_ids
    for cid in doc.carrier_ids:
        c = vault.carrier(cid)
        assert c.level.code == "top_secret" and c.marking == "绝密★15年"
        entry = vault.ledger.history(cid)[-1]
        assert entry.action == "level_changed" and entry.field == "marking"
        assert (entry.before, entry.after) == ("机密★15年", "绝密★15年")
        assert entry.approval_ref == "省保密局〔2026〕3号" and "省保密局" in entry.note
    [row] = vault.handover.level_changes_of(doc.document_id)
    assert (row.old_marking, row.new_marking, row.authority, row.decided_on) == (
        "机密★15年", "绝密★15年", "省保密局", DECIDED)
    action, detail = last_audit(vault)
    change = json.loads(detail)["changes"][0]
    assert action == "level_changed"
    assert change["before"]["marking"] == "机密★15年" and change["after"]["level"] == "top_secret"


def test_a_period_is_extended_or_shortened(vault, doc) -> None:
    change_level(vault, _form([doc.carrier_ids[0]], Decision.PERIOD,
                              new_period=SecrecyPeriod.years(20)))
    assert vault.carrier(doc.carrier_ids[2]).marking == "机密★20年"
    change_level(vault, _form([doc.carrier_ids[0]], Decision.PERIOD,
                              new_period=SecrecyPeriod.years(5)))
    assert vault.carrier(doc.carrier_ids[2]).marking == "机密★5年"
    assert [r.new_marking for r in vault.handover.level_changes_of(doc.document_id)] == [
        "机密★20年", "机密★5年"]


def test_declassification_needs_its_authority_reference_and_date(vault, doc) -> None:
    for kw, message, field in (({"authority": ""}, "请填写变更机关", "authority"),
                               ({"reference": "  "}, "请填写变更文号", "reference"),
                               ({"decided_on": None}, "请填写变更日期", "decided_on"),
                               ({"decided_on": NOW.date() + dt.timedelta(days=1)},
                                "不能晚于今天", "decided_on")):
        with refused(vault, message, field):
            change_level(vault, _form(doc.carrier_ids, Decision.DECLASSIFY, **kw))
    change_level(vault, _form(doc.carrier_ids, Decision.DECLASSIFY))
    c = vault.carrier(doc.carrier_ids[0])
    assert c.level.name == "非密" and c.marking == "非密"
    assert vault.ledger.history(doc.carrier_ids[0])[-1].before == "机密★15年"
    # Declassified is final here: no further change of level or period.
    with refused(vault, "已解密", "carriers"):
        change_level(vault, _form(doc.carrier_ids, new_level="secret"))
    with refused(vault, "已解密", "carriers"):
        change_level(vault, _form(doc.carrier_ids, Decision.DECLASSIFY))


def test_lowering_a_level_below_what_its_period_allows_is_refused(vault, doc) -> None:
    # 机密★15年 → 秘密: 秘密 allows 10 years at most, so the period must change with it.
    with refused(vault, "不超过10年", "new_period"):
        change_level(vault, _form(doc.carrier_ids, new_level="confidential"))
    change_level(vault, _form(doc.carrier_ids, new_level="confidential",
                              new_period=SecrecyPeriod.years(10)))
    assert vault.carrier(doc.carrier_ids[0]).marking == "秘密★10年"


@pytest.mark.parametrize(("kw", "decision", "message", "field"), [
    ({"new_level": "secret"}, Decision.LEVEL, "现在就是机密级", "new_level"),
    ({"new_level": ""}, Decision.LEVEL, "请选择新的密级", "new_level"),
    ({"new_level": "declassified"}, Decision.LEVEL, "请选择“解密”", "new_level"),
    ({"new_level": "nonsense"}, Decision.LEVEL, "未知的密级", "level"),
    ({}, Decision.PERIOD, "请填写新的保密期限", "new_period"),
    ({"new_period": SecrecyPeriod.years(15)}, Decision.PERIOD, "保密期限没有变化",
     "new_period"),
    ({"new_period": SecrecyPeriod.years(25)}, Decision.PERIOD, "不超过20年", "new_period"),
    ({"decided_on": NOW.date() - dt.timedelta(days=200)}, Decision.DECLASSIFY,
     "不能早于 2026-收-0001 的定密日期", "decided_on"),
])
def test_changes_that_make_no_sense_are_refused(vault, doc, kw, decision, message,
                                                field) -> None:
    with refused(vault, message, field):
        change_level(vault, _form(doc.carrier_ids, decision, **kw))


def test_a_batch_changes_each_registration_once_and_all_or_nothing(vault, doc) -> None:
    other = register_incoming(vault, incoming(title="另一份", copy_numbers="1", level="secret",
                                              period=SecrecyPeriod.years(20)))
    third = register_incoming(vault, incoming(title="第三份", copy_numbers="1",
                                              level="top_secret"))
    # One of the three is already 绝密: the whole batch is refused, nothing changed.
    with refused(vault, "现在就是绝密级", "new_level"):
        change_level(vault, _form([*doc.carrier_ids, other.carrier_ids[0],
                                   third.carrier_ids[0]], new_level="top_secret"))
    done = change_level(vault, _form([*doc.carrier_ids, other.carrier_ids[0]],
                                     new_level="top_secret"))
    assert done.document_ids == [doc.document_id, other.document_id]
    assert len(vault.handover.level_changes_of(doc.document_id)) == 1
    assert [a for a, in vault.conn.execute(
        "SELECT action FROM audit_event WHERE action = 'level_changed'")] == ["level_changed"]


def test_copies_made_here_follow_and_gone_carriers_get_no_new_label(vault, doc) -> None:
    copies = make_copies(vault, CopyForm(doc.carrier_ids[0], 1, "学习", "刘院长", "复1",
                                         APPROVED, authority_ref="省保函1号"))
    force(vault, doc.carrier_ids[2], status="destroyed")
    done = change_level(vault, _form([doc.carrier_ids[1]], Decision.PERIOD,
                                     new_period=SecrecyPeriod.years(10)))
    assert copies.carrier_ids[0] in done.carrier_ids
    assert vault.carrier(copies.carrier_ids[0]).marking == "机密★10年"
    assert doc.carrier_ids[2] in done.carrier_ids and doc.carrier_ids[2] not in done.relabel_ids


def test_the_volume_level_follows_the_change(vault, doc) -> None:
    vol = create_volume(vault, VolumeForm("2026年文书档案", "permanent", "1号保密柜"))
    file_carriers(vault, vol.id, doc.carrier_ids[:1])
    assert vault.disposition.volume(vol.id).level_code == "secret"
    change_level(vault, _form(doc.carrier_ids, Decision.DECLASSIFY))
    assert vault.disposition.volume(vol.id).level_code == "declassified"


def test_a_correction_of_level_or_period_points_to_the_new_workflow(vault, doc) -> None:
    for field in ("level_code", "period", "period_amount"):
        with refused(vault, "定密变更", field) as info:
            correct(vault, doc.carrier_ids[0], field, "秘密", "写错了")
        assert "编号" not in str(info.value)


def test_nothing_is_registered_at_the_declassified_level(vault) -> None:
    with refused(vault, "只能经解密得到", "level"):
        register_incoming(vault, incoming(level="declassified"))
    with pytest.raises(RuleViolation):
        change_level(vault, _form([], Decision.DECLASSIFY))
