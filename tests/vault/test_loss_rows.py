"""The rows of a loss are sealed by its one audit event, and the record never changes: a loss
quietly closed, its carrier quietly put back, or its report edited, with raw SQL as an SQL
shell holding the key would, is refused by the schema or named by verify."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlcipher3 import IntegrityError

from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.loss import LossForm, loss_concluded, report_loss
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff
from tests.core.disposition_support import register
from tests.factories import NOW


def _lost(vault: Vault) -> tuple[int, int]:
    staff = make_staff(vault)
    doc = register(vault)
    lend(vault, LoanForm(staff.director.badge, doc.barcodes[:1], "审阅", "院长", NOW.date(),
                         "借审〔2026〕9号"))
    done = report_loss(vault, LossForm(doc.barcodes[0], NOW - dt.timedelta(hours=2), "王小丽",
                                       "会后未收回", NOW - dt.timedelta(hours=1), "院保密委员会",
                                       "保密〔2026〕3号"))
    return done.incident_id, done.carrier_id


def _seq_of(vault: Vault, action: str) -> int:
    return vault.conn.execute("SELECT max(seq) FROM audit_event WHERE action = ?",
                              (action,)).fetchone()[0]


def test_one_event_seals_every_row_the_loss_wrote(vault: Vault) -> None:
    iid, cid = _lost(vault)
    seq = _seq_of(vault, "loss_reported")
    sealed = {(t, r) for t, r in vault.conn.execute(
        "SELECT tbl, rid FROM row_attest WHERE seq = ?", (seq,))}
    loan_id = vault.conn.execute("SELECT id FROM loan").fetchone()[0]
    report_id = vault.conn.execute("SELECT id FROM loss_report").fetchone()[0]
    assert {("carrier", cid), ("incident", iid), ("loan", loan_id),
            ("loss_report", report_id)} <= sealed
    assert vault.verify().ok


def test_a_loss_closed_by_sql_is_named(vault: Vault) -> None:
    iid, _cid = _lost(vault)
    seq = _seq_of(vault, "loss_reported")
    vault.conn.execute("UPDATE incident SET closed_at = ?, resolution = '已找回', "
                       "outcome = 'found', close_audit_seq = ? WHERE id = ?",
                       (NOW.isoformat(), seq, iid))
    report = vault.verify()
    assert not report.ok
    assert [(p.table, p.rowid, p.kind, p.seq) for p in report.rows] == [
        ("incident", iid, "changed", seq)]


def test_a_lost_carrier_put_back_by_sql_is_named(vault: Vault) -> None:
    _iid, cid = _lost(vault)
    seq = _seq_of(vault, "loss_reported")
    vault.conn.execute("UPDATE carrier SET status = 'in_store' WHERE id = ?", (cid,))
    report = vault.verify()
    assert [(p.table, p.rowid, p.kind, p.seq) for p in report.rows] == [
        ("carrier", cid, "changed", seq)]


@pytest.mark.parametrize("sql", [
    "UPDATE loss_report SET reported_at = discovered_at",
    "UPDATE loss_report SET late = 0",
    "DELETE FROM loss_report",
    "DELETE FROM incident",
])
def test_the_loss_report_is_never_changed_or_deleted(vault: Vault, sql: str) -> None:
    _lost(vault)
    before = vault.conn.execute("SELECT * FROM loss_report").fetchall()
    with pytest.raises(IntegrityError):
        vault.conn.execute(sql)
    assert vault.conn.execute("SELECT * FROM loss_report").fetchall() == before


def test_an_outcome_is_written_only_with_the_closing_and_only_once(vault: Vault) -> None:
    iid, _cid = _lost(vault)
    with pytest.raises(IntegrityError):
        vault.conn.execute("UPDATE incident SET outcome = 'found' WHERE id = ?", (iid,))
    loss_concluded(vault, iid, "确认遗失", "保密〔2026〕9号")
    with pytest.raises(IntegrityError):
        vault.conn.execute("UPDATE incident SET close_ref = '改' WHERE id = ?", (iid,))
    assert vault.verify().ok


def test_a_loan_is_lost_only_when_it_closes(vault: Vault) -> None:
    staff = make_staff(vault)
    doc = register(vault)
    lend(vault, LoanForm(staff.director.badge, doc.barcodes[:1], "审阅", "院长", NOW.date(),
                         "借审〔2026〕9号"))
    with pytest.raises(IntegrityError):
        vault.conn.execute("UPDATE loan SET lost = 1")
