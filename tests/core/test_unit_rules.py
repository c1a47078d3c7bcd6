"""The unit's rules: one declaration each, changed only by one audited workflow, obeyed by the
workflows, and carried by a backup to another PC."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from miji_desk.core import unit_rules as ur
from miji_desk.core.clock import FixedClock
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.errors import RuleViolation
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.unit_rules import change_unit_rule, rule_value
from miji_desk.vault.backup import create_backup, restore
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, machine, new_vault

from .disposition_support import APPROVED, refused, register, snapshot

REASON = "保密委员会2026年第3次会议决定"


def copy_form(source: int, **kw: object) -> CopyForm:
    values: dict[str, object] = dict(source=source, count=1, purpose="会议学习",
                                     approver="刘院长", approval_ref="复审〔2026〕3号",
                                     approved_on=APPROVED)
    values.update(kw)
    return CopyForm(**values)  # type: ignore[arg-type]


def audit_rows(vault: Vault) -> list[tuple[str, dict[str, object]]]:
    return [(a, json.loads(d)) for a, d in vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq")]


# -- the declaration ---------------------------------------------------------------------------

def test_each_rule_is_declared_once_with_source_label_and_the_regulations_default() -> None:
    assert len({r.key for r in ur.RULES}) == len(ur.RULES)
    for r in ur.RULES:
        assert r.source.startswith("篇") and r.label
        assert r.check(r.dump(r.default)) == r.default  # the default survives storage
    # 篇一 6: 机密 copies need the originating authority unless the unit decides otherwise.
    assert ur.COPY_SECRET_NEEDS_ORIGINATOR.default is True
    assert ur.TAKE_OUT_STATE_SECRET.default is False
    assert (ur.MAX_FAILED_UNLOCKS.default, ur.LOCKOUT_MINUTES.default,
            ur.IDLE_LOCK_MINUTES.default) == (5, 15, 5)


def test_a_vault_that_never_changed_a_rule_reads_the_defaults(vault) -> None:
    for r in ur.RULES:
        assert rule_value(vault, r) == r.default


# -- the workflow ------------------------------------------------------------------------------

def test_a_change_is_one_audit_event_with_old_new_and_reason(vault) -> None:
    before = vault.counts()["audit"]
    assert change_unit_rule(vault, "due_time.loan", "17:00", REASON)
    assert vault.counts()["audit"] == before + 1
    action, detail = audit_rows(vault)[-1]
    assert action == "unit_rule_changed"
    assert (detail["key"], detail["old"], detail["new"], detail["reason"]) == (
        "due_time.loan", "18:00", "17:00", REASON)
    assert detail["source"] == ur.LOAN_DUE.source
    assert rule_value(vault, ur.LOAN_DUE) == dt.time(17, 0)
    # The same value again changes nothing and writes nothing.
    same = snapshot(vault)
    assert not change_unit_rule(vault, "due_time.loan", "17:00", REASON)
    assert snapshot(vault) == same


@pytest.mark.parametrize(("key", "value", "message", "fld"), [
    ("idle_lock_minutes", 0, "须在 1 到 120分钟 之间", "idle_lock_minutes"),
    ("max_failed_unlocks", 21, "须在 1 到 20次 之间", "max_failed_unlocks"),
    ("lockout_minutes", "十五", "须是整数", "lockout_minutes"),
    ("idle_lock_minutes", True, "须是整数", "idle_lock_minutes"),
    ("due_time.circulation", "25:00", "时:分", "due_time.circulation"),
    ("due_time.loan", "'; DROP TABLE meta; --", "时:分", "due_time.loan"),
    ("allow_copy_top_secret", "也许", "只能是", "allow_copy_top_secret"),
    ("inventory_schedule", "monthly", "没有名为", "key"),
])
def test_bad_values_are_refused_and_change_nothing(vault, key, value, message, fld) -> None:
    with refused(vault, message, fld):
        change_unit_rule(vault, key, value, REASON)


@pytest.mark.parametrize("reason", ["", "   ", "\x00"])
def test_a_change_needs_a_reason(vault, reason: str) -> None:
    with pytest.raises(RuleViolation) as info:
        before = snapshot(vault)
        change_unit_rule(vault, "allow_copy_top_secret", False, reason)
    assert info.value.field == "reason"
    assert snapshot(vault) == before


# -- copying (篇一 6) ----------------------------------------------------------------------------

def test_secret_copies_need_the_originating_authority_by_default(vault) -> None:
    doc = register(vault, copy_numbers="1")  # 机密
    with refused(vault, "复制机密级文件须经主管领导同意，并经原制发机关批准", "authority_ref"):
        make_copies(vault, copy_form(doc.carrier_ids[0]))
    made = make_copies(vault, copy_form(doc.carrier_ids[0], authority_ref="省保函〔2026〕5号"))
    assert vault.disposition.copy_record(made.document_id).authority_ref == "省保函〔2026〕5号"


def test_a_unit_may_drop_the_originator_rule_for_secret_but_never_for_top_secret(vault) -> None:
    change_unit_rule(vault, "copy_secret_needs_originator", False, REASON)
    doc = register(vault, copy_numbers="1")
    assert make_copies(vault, copy_form(doc.carrier_ids[0])).carrier_ids
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    with refused(vault, "复制绝密级文件", "authority_ref"):
        make_copies(vault, copy_form(top.carrier_ids[0]))
    confidential = register(vault, level="confidential", copy_numbers="1",
                            period=SecrecyPeriod.years(5))
    assert make_copies(vault, copy_form(confidential.carrier_ids[0])).carrier_ids


def test_forbidding_top_secret_copies_refuses_even_with_every_approval(vault) -> None:
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    change_unit_rule(vault, "allow_copy_top_secret", False, REASON)
    with refused(vault, "一律不得复制", "source"):
        make_copies(vault, copy_form(top.carrier_ids[0], authority_ref="国保函〔2026〕9号"))
    change_unit_rule(vault, "allow_copy_top_secret", True, "保密委员会重新决定")
    assert make_copies(vault, copy_form(top.carrier_ids[0],
                                        authority_ref="国保函〔2026〕9号")).carrier_ids


# -- another PC ----------------------------------------------------------------------------------

def test_a_restored_backup_on_another_pc_obeys_the_vaults_rule(tmp_path: Path) -> None:
    for d in ("pc1", "pc2", "media"):
        (tmp_path / d).mkdir()
    pc1 = machine()
    v, _code = new_vault(tmp_path / "pc1" / "ledger.mjdb", pc1, FixedClock(NOW))
    top = register(v, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    change_unit_rule(v, "allow_copy_top_secret", False, REASON)
    result = create_backup(v, tmp_path / "media", passphrase=PASSPHRASE, store=pc1)
    v.close()
    pc2 = machine()
    target = tmp_path / "pc2" / "ledger.mjdb"
    restore(result.path, target, store=pc2, passphrase=PASSPHRASE, clock=FixedClock(NOW))
    with Vault.open(target, passphrase=PASSPHRASE, store=pc2, clock=FixedClock(NOW)) as r:
        assert rule_value(r, ur.COPY_TOP_SECRET) is False
        with refused(r, "一律不得复制", "source"):
            make_copies(r, copy_form(top.carrier_ids[0], authority_ref="国保函〔2026〕9号"))
