"""Handover lists and level changes in the vault: every row they write is sealed by their one
audit event, verification replays them, and a change made outside the workflow is caught."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.handover import (
    HandoverCompletion,
    HandoverForm,
    add_to_handover,
    complete_handover,
    open_handover,
)
from miji_desk.core.level_changes import Decision, LevelChangeForm, change_level
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from miji_desk.vault.connection import DatabaseError
from miji_desk.vault.vault import Vault
from tests.factories import NOW, incoming

APPROVED = NOW.date() - dt.timedelta(days=1)


def _events(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0])


def _sealed(vault: Vault, seq: int) -> set[str]:
    return {str(t) for t, in vault.conn.execute(
        "SELECT DISTINCT tbl FROM row_attest WHERE seq = ?", (seq,))}


def _last_seq(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT max(seq) FROM audit_event").fetchone()[0])


def test_each_handover_step_is_one_audit_event_sealing_its_rows(vault: Vault) -> None:
    reg = register_incoming(vault, incoming())
    n = _events(vault)
    lst = open_handover(vault, HandoverForm("市档案馆", "孙接收"))
    assert _events(vault) == n + 1 and "handover_list" in _sealed(vault, _last_seq(vault))
    add_to_handover(vault, lst.id, reg.carrier_ids)
    assert _events(vault) == n + 2
    assert {"handover_item", "carrier_event"} <= _sealed(vault, _last_seq(vault))
    complete_handover(vault, lst.id, HandoverCompletion("刘院长", "院批1号", APPROVED))
    assert _events(vault) == n + 3
    assert {"handover_list", "handover_item", "carrier", "carrier_event"} <= _sealed(
        vault, _last_seq(vault))
    assert vault.verify().ok


def test_a_level_change_is_one_event_sealing_document_carriers_and_the_change(
        vault: Vault) -> None:
    reg = register_incoming(vault, incoming())
    n = _events(vault)
    change_level(vault, LevelChangeForm(reg.carrier_ids, Decision.DECLASSIFY, "省保密局",
                                        "省保密局〔2026〕3号", APPROVED))
    assert _events(vault) == n + 1
    # The 非密 level row is written by the first declassification, and sealed with it.
    assert {"document", "carrier", "level_change", "level", "carrier_event"} <= _sealed(
        vault, _last_seq(vault))
    change_level(vault, LevelChangeForm(
        register_incoming(vault, incoming(title="另一份")).carrier_ids, Decision.PERIOD,
        "省保密局", "省保密局〔2026〕4号", APPROVED, new_period=SecrecyPeriod.years(5)))
    assert vault.verify().ok


def test_a_level_change_row_rewritten_by_sql_is_caught(vault: Vault) -> None:
    reg = register_incoming(vault, incoming())
    change_level(vault, LevelChangeForm(reg.carrier_ids, Decision.LEVEL, "省保密局",
                                        "省保密局〔2026〕3号", APPROVED,
                                        new_level="top_secret"))
    # The row is append-only: even the old marking cannot be rewritten through SQL ...
    with pytest.raises(DatabaseError):
        vault.conn.execute("UPDATE level_change SET old_marking = '秘密★10年'")
    # ... and the document's level set back behind the workflow's back is named by verify.
    vault.conn.execute("DROP TRIGGER temp.attest_document_update")
    vault.conn.execute("UPDATE document SET level_code = 'secret' WHERE id = ?",
                       (reg.document_id,))
    report = vault.verify()
    assert not report.ok


def test_a_vault_made_before_v_handover_gains_handover_and_level_changes(tmp_path,
                                                                         monkeypatch) -> None:
    from miji_desk.core.clock import FixedClock
    from miji_desk.vault import schema
    from tests.factories import PASSPHRASE, machine, new_vault

    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        m.setattr(schema, "SCHEMA_VERSION", 5)
        store = machine()
        old, _code = new_vault(tmp_path / "old.mjdb", store, FixedClock(NOW))
        reg = register_incoming(old, incoming())
        old.close()
    with Vault.open(tmp_path / "old.mjdb", passphrase=PASSPHRASE, store=store,
                    clock=FixedClock(NOW)) as vault:
        assert vault.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        lst = open_handover(vault, HandoverForm("市档案馆", "孙接收",
                                                carriers=reg.carrier_ids[:1]))
        complete_handover(vault, lst.id, HandoverCompletion("刘院长", "院批1号", APPROVED))
        change_level(vault, LevelChangeForm(reg.carrier_ids[1:], Decision.DECLASSIFY,
                                            "省保密局", "省保密局〔2026〕3号", APPROVED))
        assert vault.carrier(reg.carrier_ids[2]).marking == "非密"
        assert vault.verify().ok
