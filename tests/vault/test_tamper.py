"""Issue 10 (High): someone with the passphrase and the key rewrites history. Each attack is done
with raw SQL, as an SQL shell holding the key would; verify (or open) must name what changed."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.clock import FixedClock
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.session_audit import record_unlock
from miji_desk.vault import attest, audit, connection, ngrams, schema
from miji_desk.vault.errors import Damaged
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff
from tests.core.disposition_support import medium, register
from tests.factories import NOW, PASSPHRASE, machine, new_vault


def _problems(vault: Vault) -> list[tuple[str, int, str, int | None, str]]:
    report = vault.verify()
    assert not report.ok
    return [(p.table, p.rowid, p.kind, p.seq, p.action) for p in report.rows]


def _seq_of(vault: Vault, action: str) -> int:
    return vault.conn.execute("SELECT max(seq) FROM audit_event WHERE action = ?",
                              (action,)).fetchone()[0]


def test_a_clean_ledger_passes_replay(vault: Vault) -> None:
    register(vault)
    medium(vault)
    report = vault.verify()
    assert report.ok and report.rows == [] and report.schema == []


def test_every_ledger_table_is_watched(vault: Vault) -> None:
    tables = set(attest.ledger_tables(vault.conn))
    assert {"carrier", "document", "carrier_event", "meta", "loan", "person",
            "destruction_item"} <= tables
    assert attest.covered(vault.conn) == tables


def test_loan_undone_by_sql_is_named(vault: Vault) -> None:
    staff = make_staff(vault)
    doc = register(vault)
    lend(vault, LoanForm(staff.director.badge, doc.barcodes[:1], "审阅", "院长", NOW.date(),
                         "借审1号"))
    lent_seq = _seq_of(vault, "lend")
    carrier = doc.carrier_ids[0]
    assert vault.verify().ok

    vault.conn.execute("UPDATE carrier SET status = 'in_store', holder = '' "
                       "WHERE status = 'on_loan'")

    assert _problems(vault) == [("carrier", carrier, "changed", lent_seq, "lend")]


def test_document_title_changed_by_sql_is_named(vault: Vault) -> None:
    doc = register(vault)
    seq = _seq_of(vault, "register_incoming")
    vault.conn.execute("UPDATE document SET title = '无关紧要的通知' WHERE id = ?",
                       (doc.document_id,))
    found = _problems(vault)
    # The document row, and its carriers (kept equal to it by a trigger), each with its event.
    assert ("document", doc.document_id, "changed", seq, "register_incoming") in found
    assert {p[1] for p in found if p[0] == "carrier"} == set(doc.carrier_ids)


def test_meta_row_changed_by_sql_is_named(vault: Vault) -> None:
    rowid, = vault.conn.execute("SELECT rowid FROM meta WHERE key = 'unit_name'").fetchone()
    vault.conn.execute("UPDATE meta SET value = '别的单位' WHERE key = 'unit_name'")
    report = vault.verify()
    assert [(p.table, p.rowid, p.label, p.kind, p.seq, p.action) for p in report.rows] == [
        ("meta", rowid, "unit_name", "changed", 1, "vault_created")]
    assert "meta" in report.summary() and "unit_name" in report.summary()


def test_a_change_from_another_connection_is_not_sealed_by_the_next_workflow(
        vault: Vault, vault_path: Path) -> None:
    doc = register(vault)
    seq = _seq_of(vault, "register_incoming")
    shell = connection.open_existing(vault_path, vault._data_key)  # an SQL shell with the key
    shell.execute("UPDATE carrier SET holder = '张三' WHERE id = ?", (doc.carrier_ids[1],))
    shell.close()
    vault.conn.execute("UPDATE carrier SET holder = '李四' WHERE id = ?", (doc.carrier_ids[2],))
    register(vault, title="之后的一份文件")  # a workflow after the tampering seals only its own
    assert _problems(vault) == [
        ("carrier", doc.carrier_ids[1], "changed", seq, "register_incoming"),
        ("carrier", doc.carrier_ids[2], "changed", seq, "register_incoming")]


def test_a_row_inserted_by_sql_is_named_with_the_event_it_claims(vault: Vault) -> None:
    register(vault)
    seq = _seq_of(vault, "register_incoming")
    vault.conn.execute(
        "INSERT INTO carrier_event(carrier_id, at, actor, action, note, audit_seq) "
        "VALUES (1, '2026-11-27T09:30:00+08:00', '王小明', 'returned', '补记', ?)", (seq,))
    new_id = vault.conn.execute("SELECT max(id) FROM carrier_event").fetchone()[0]
    assert _problems(vault) == [("carrier_event", new_id, "unsealed", seq, "register_incoming")]


@contextlib.contextmanager
def _guards_dropped(conn: connection.Connection) -> Iterator[None]:
    """Drop the guard triggers, and re-create them exactly as they were afterwards."""
    conn.execute("PRAGMA foreign_keys = OFF")
    names = ("audit_event_no_update", "audit_event_no_delete", "carrier_no_delete",
             "carrier_event_no_update", "carrier_event_no_delete", "document_no_delete")
    saved = [conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (n,)).fetchone()[0]
             for n in names]
    for trig in names:
        conn.execute(f"DROP TRIGGER {trig}")
    yield
    for sql in saved:
        conn.execute(sql)


def _erase_registration(vault: Vault, document_id: int) -> int:
    """Delete a registration with its history, search entries and audit event; renumber the
    chain after it and re-MAC it with the real audit key. Returns the erased seq."""
    c = vault.conn
    seq = c.execute("SELECT audit_seq FROM document WHERE id = ?", (document_id,)).fetchone()[0]
    doc = dict(zip(("title", "doc_no", "producer", "sender", "notes"), c.execute(
        "SELECT title, doc_no, producer, sender, notes FROM document WHERE id = ?",
        (document_id,)).fetchone(), strict=True))
    c.execute("INSERT INTO document_fts(document_fts, rowid, title, doc_no, producer, sender, "
              "notes) VALUES ('delete', ?, ?, ?, ?, ?, ?)", (document_id, *doc.values()))
    ngrams.delete(c, document_id, ngrams.of_row(doc))
    c.execute("DELETE FROM carrier_event WHERE document_id = ? OR carrier_id IN "
              "(SELECT id FROM carrier WHERE document_id = ?)", (document_id, document_id))
    c.execute("DELETE FROM carrier WHERE document_id = ?", (document_id,))
    c.execute("DELETE FROM document WHERE id = ?", (document_id,))
    c.execute("DELETE FROM audit_event WHERE seq = ?", (seq,))
    c.execute("UPDATE audit_event SET seq = seq - 1 WHERE seq > ?", (seq,))
    for table in ("document", "carrier_event", "person", "person_event"):
        c.execute(f"UPDATE {table} SET audit_seq = audit_seq - 1 WHERE audit_seq > ?", (seq,))
    prev = bytes(c.execute("SELECT mac FROM audit_event WHERE seq = ?", (seq - 1,)).fetchone()[0])
    rows = c.execute("SELECT seq, at, actor, action, carrier_ids, detail FROM audit_event "
                     "WHERE seq >= ? ORDER BY seq", (seq,)).fetchall()
    for row in rows:
        prev = audit.mac_for(vault._audit_key, *row, prev)
        c.execute("UPDATE audit_event SET mac = ? WHERE seq = ?", (prev, row[0]))
    return seq


def test_deleted_top_secret_usb_is_caught_by_paper_checkpoint_and_replay(vault: Vault) -> None:
    register(vault, title="之前的文件")
    usb = medium(vault, kind=CarrierKind.USB, level="top_secret", title="绝密专用U盘",
                 serial_no="SN-TS-1")
    after_usb = vault.audit_head().checkpoint  # on a register printed that day
    register(vault, title="之后的文件")
    latest = vault.audit_head().checkpoint
    before_usb = audit.AuditHead.of(vault._audit_key, 2, bytes(vault.conn.execute(
        "SELECT mac FROM audit_event WHERE seq = 2").fetchone()[0])).checkpoint
    with _guards_dropped(vault.conn):
        erased = _erase_registration(vault, usb.document_id)

    report = vault.verify(checkpoints=[before_usb, after_usb, latest])
    assert report.audit.ok and report.integrity == []  # the re-MACed chain holds by itself
    assert report.schema == []  # the guards were put back as they were
    assert [a.ok for a in report.anchors] == [True, False, False]
    assert "被改写" in report.anchors[1].message and "末尾被截断" in report.anchors[2].message
    gone = [(p.table, p.rowid, p.kind, p.seq) for p in report.rows if p.kind == "gone"]
    assert ("carrier", usb.carrier_ids[0], "gone", erased) in gone
    assert ("document", usb.document_id, "gone", erased) in gone
    assert not report.ok


def test_cut_tail_is_caught_by_the_printed_checkpoint(vault: Vault) -> None:
    register(vault)
    record_unlock(vault, "passphrase", [])
    record_unlock(vault, "passphrase", ["09:00"])
    printed = vault.audit_head().checkpoint
    with _guards_dropped(vault.conn):
        vault.conn.execute("DELETE FROM audit_event WHERE seq > ?",
                           (vault.audit_head().seq - 2,))
    assert vault.verify().ok  # no ledger row refers to the two unlock events ...
    report = vault.verify(checkpoints=[printed])
    assert not report.ok  # ... but the paper does
    assert "末尾被截断" in report.summary() and printed in report.summary()


def test_a_mistyped_checkpoint_is_refused_clearly(vault: Vault) -> None:
    from miji_desk.core.errors import RuleViolation

    with pytest.raises(RuleViolation, match="格式"):
        vault.verify(checkpoints=["12-XYZ"])
    code = vault.audit_head().checkpoint
    typed = code.lower().replace("-", " - ", 1)  # as typed from paper
    assert vault.verify(checkpoints=[typed]).ok


def test_dropped_trigger_is_damage_at_open(vault_path: Path, store, clock) -> None:
    v, _ = new_vault(vault_path, store, clock)
    v.conn.execute("DROP TRIGGER carrier_no_delete")
    v.close()
    with pytest.raises(Damaged, match="触发器 carrier_no_delete 被删除"):
        Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock)


def test_re_created_weaker_trigger_is_damage_at_open(vault_path: Path, store, clock) -> None:
    v, _ = new_vault(vault_path, store, clock)
    v.conn.execute("DROP TRIGGER carrier_event_no_update")
    v.conn.execute("CREATE TRIGGER carrier_event_no_update BEFORE UPDATE ON carrier_event "
                   "WHEN 0 BEGIN SELECT RAISE(ABORT, 'x'); END")
    v.close()
    with pytest.raises(Damaged, match="触发器 carrier_event_no_update 被改动"):
        Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock)


def test_an_added_trigger_is_damage_at_open(vault_path: Path, store, clock) -> None:
    v, _ = new_vault(vault_path, store, clock)
    v.conn.execute("CREATE TRIGGER hide AFTER INSERT ON carrier_event BEGIN SELECT 1; END")
    v.close()
    with pytest.raises(Damaged, match="触发器 hide 是在审计之外新增的"):
        Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock)


def test_an_old_vault_gets_a_baseline_and_is_watched_after(tmp_path: Path,
                                                           monkeypatch) -> None:
    store = machine()
    clock = FixedClock(NOW)
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
        m.setattr(schema, "SCHEMA_VERSION", 4)
        old, _ = new_vault(tmp_path / "old.mjdb", store, clock)
        doc = register(old)
        old.close()
    with Vault.open(tmp_path / "old.mjdb", passphrase=PASSPHRASE, store=store,
                    clock=clock) as vault:
        event = vault.conn.execute("SELECT seq, detail FROM audit_event WHERE action = "
                                   "'schema_migrated'").fetchone()
        assert json.loads(event[1])["baseline"] is True
        assert vault.verify().ok
        vault.conn.execute("UPDATE carrier SET status = 'destroyed' WHERE id = ?",
                           (doc.carrier_ids[0],))
        assert _problems(vault) == [("carrier", doc.carrier_ids[0], "changed", event[0],
                                     "schema_migrated")]


def test_a_table_added_by_a_later_migration_is_watched(vault_path: Path, store, clock,
                                                       monkeypatch) -> None:
    v, _ = new_vault(vault_path, store, clock)
    v.close()
    extra = "CREATE TABLE unit_rule (id INTEGER PRIMARY KEY, value TEXT NOT NULL) STRICT;"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock) as vault:
        assert "unit_rule" in attest.covered(vault.conn)
        with vault.transaction() as tx:
            tx.execute("INSERT INTO unit_rule(value) VALUES ('5')")
            tx.audit("rule_changed", [], {"value": "5"})
        seq = _seq_of(vault, "rule_changed")
        assert vault.verify().ok
        vault.conn.execute("UPDATE unit_rule SET value = '50'")
        assert _problems(vault) == [("unit_rule", 1, "changed", seq, "rule_changed")]


def test_verify_backup_refuses_a_backup_of_a_rewritten_ledger(vault: Vault, tmp_path: Path,
                                                               store) -> None:
    from miji_desk.vault import backup
    from miji_desk.vault.errors import BackupDamaged

    doc = register(vault)
    seq = _seq_of(vault, "register_incoming")
    vault.conn.execute("UPDATE carrier SET holder = '张三', status = 'on_loan' WHERE id = ?",
                       (doc.carrier_ids[0],))
    media = tmp_path / "media"
    media.mkdir()
    made = backup.create_backup(vault, media, passphrase=PASSPHRASE, store=store)
    with pytest.raises(BackupDamaged) as info:
        backup.verify_backup(made.path, PASSPHRASE)
    assert f"表 carrier 的第 {doc.carrier_ids[0]} 行" in info.value.message
    assert f"第 {seq} 条审计记录（register_incoming" in info.value.message


def test_a_later_migration_that_alters_a_table_reseals_it(vault_path: Path, store, clock,
                                                          monkeypatch) -> None:
    v, _ = new_vault(vault_path, store, clock)
    doc = register(v)
    v.close()
    extra = "ALTER TABLE carrier ADD COLUMN shelf TEXT NOT NULL DEFAULT 'A';"
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, extra))
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    with Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock) as vault:
        assert vault.verify().ok  # every carrier's digest changed with the new column
        seq = _seq_of(vault, "schema_migrated")
        vault.conn.execute("UPDATE carrier SET shelf = 'B' WHERE id = ?", (doc.carrier_ids[0],))
        assert _problems(vault) == [("carrier", doc.carrier_ids[0], "changed", seq,
                                     "schema_migrated")]


def _erase_event(vault: Vault, seq: int) -> None:
    """The thorough attacker: remove one event that sealed no row, renumber everything after
    it (references and seals too) and re-MAC the chain with the real key. Only the outside
    anchors can tell."""
    c = vault.conn
    saved = [r[0] for r in c.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND name IN ('audit_event_no_update', "
                                     "'audit_event_no_delete', 'row_attest_no_update', "
                                     "'carrier_event_no_update')")]
    c.execute("DROP TRIGGER audit_event_no_update")
    c.execute("DROP TRIGGER audit_event_no_delete")
    c.execute("DROP TRIGGER row_attest_no_update")
    c.execute("DROP TRIGGER carrier_event_no_update")
    c.execute("PRAGMA foreign_keys = OFF")
    c.execute("DELETE FROM audit_event WHERE seq = ?", (seq,))
    c.execute("UPDATE audit_event SET seq = seq - 1 WHERE seq > ?", (seq,))
    c.execute("UPDATE row_attest SET seq = seq - 1 WHERE seq > ?", (seq,))
    attest.register(c)
    for table in ("document", "carrier_event"):
        c.execute(f"UPDATE {table} SET audit_seq = audit_seq - 1 WHERE audit_seq > ?", (seq,))
        c.execute(f"UPDATE row_attest SET digest = (SELECT {attest.digest_sql(c, table)} "
                  f"FROM {table} t WHERE t.rowid = row_attest.rid) WHERE tbl = '{table}' "
                  "AND seq = (SELECT max(b.seq) FROM row_attest b WHERE b.tbl = row_attest.tbl "
                  "AND b.rid = row_attest.rid)")
    for (sealed,) in c.execute("SELECT DISTINCT seq FROM row_attest WHERE seq >= ?",
                               (seq,)).fetchall():
        rows = c.execute("SELECT tbl, rid, digest FROM row_attest WHERE seq = ? "
                         "ORDER BY tbl, rid", (sealed,)).fetchall()
        detail = json.loads(c.execute("SELECT detail FROM audit_event WHERE seq = ?",
                                      (sealed,)).fetchone()[0])
        detail[attest.ROWS_KEY] = attest.rows_hash(rows)
        c.execute("UPDATE audit_event SET detail = ? WHERE seq = ?",
                  (audit.canonical_json(detail), sealed))
    prev = bytes(c.execute("SELECT mac FROM audit_event WHERE seq = ?", (seq - 1,)).fetchone()[0])
    for row in c.execute("SELECT seq, at, actor, action, carrier_ids, detail FROM audit_event "
                         "WHERE seq >= ? ORDER BY seq", (seq,)).fetchall():
        prev = audit.mac_for(vault._audit_key, *row, prev)
        c.execute("UPDATE audit_event SET mac = ? WHERE seq = ?", (prev, row[0]))
    for sql in saved:  # the guards back, exactly as they were
        c.execute(sql)


def test_a_backup_of_a_rewritten_chain_fails_against_an_earlier_backup(
        vault: Vault, tmp_path: Path, store) -> None:
    from miji_desk.vault import backup
    from miji_desk.vault.errors import BackupMismatch

    register(vault)
    record_unlock(vault, "passphrase", ["08:59"])  # seq 3: the failed attempt to be hidden
    register(vault, title="之后的文件")
    media = tmp_path / "media"
    media.mkdir()
    first = backup.create_backup(vault, media, passphrase=PASSPHRASE, store=store)
    assert backup.verify_backup(first.path, PASSPHRASE).audit.ok
    _erase_event(vault, 3)
    assert vault.verify().ok  # the thorough rewrite passes every inside check ...
    second = backup.create_backup(vault, media, passphrase=PASSPHRASE, store=store)
    with pytest.raises(BackupMismatch) as info:  # ... but not the earlier backup's head
        backup.verify_backup(second.path, PASSPHRASE)
    assert f"较早的备份 {first.path.name} 记录的校验码 {first.manifest.checkpoint}" in \
        info.value.message
    report = vault.verify(backups=[first.path])
    assert not report.ok and first.manifest.checkpoint in report.summary()


def test_a_backup_after_a_restore_is_not_held_to_the_abandoned_branch(
        vault: Vault, vault_path: Path, tmp_path: Path, store, clock) -> None:
    from miji_desk.vault import backup

    media = tmp_path / "media"
    media.mkdir()
    register(vault)
    older = backup.create_backup(vault, media, passphrase=PASSPHRASE, store=store)
    register(vault, title="恢复后将不再存在的文件")
    abandoned = backup.create_backup(vault, media, passphrase=PASSPHRASE, store=store)
    vault.close()
    backup.restore(older.path, vault_path, store=store, passphrase=PASSPHRASE, clock=clock)
    with Vault.open(vault_path, passphrase=PASSPHRASE, store=store, clock=clock) as restored:
        register(restored, title="恢复后登记的文件")
        register(restored, title="恢复后登记的第二份文件")
        latest = backup.create_backup(restored, media, passphrase=PASSPHRASE, store=store)
        assert restored.verify(backups=[older.path]).ok
        report = restored.verify(backups=[abandoned.path])
        assert report.ok and "从备份恢复之前的台账，不作比对" in report.anchors[0].message
    assert backup.verify_backup(latest.path, PASSPHRASE).audit.ok
