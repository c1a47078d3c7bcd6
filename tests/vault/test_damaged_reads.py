"""A damaged page is reported as damage with the backup advice wherever it is read, never as a
raw SQLite error (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.registration import register_incoming
from miji_desk.vault import connection
from miji_desk.vault.errors import Damaged
from miji_desk.vault.vault import FULL_CHECK_MAX_BYTES, Vault
from tests.factories import PASSPHRASE, file_digest, incoming, new_vault
from tests.vault.damage import damage_page, page_count, root_page


def test_a_damaged_page_read_during_a_session_is_damage_not_a_database_error(vault_path, store):
    v, _ = new_vault(vault_path, store)
    for _ in range(30):
        register_incoming(v, incoming())
    carrier_root = root_page(v.conn, "carrier")
    v.close()
    damage_page(vault_path, carrier_root)
    digest = file_digest(vault_path)
    with (Vault.open(vault_path, passphrase=PASSPHRASE, store=store, check="none") as opened,
          pytest.raises(Damaged) as caught):
        opened.carrier(1)  # by rowid: through the damaged root page
    assert "备份" in caught.value.message  # the advice: restore from the last backup
    assert file_digest(vault_path) == digest


def test_damage_under_the_level_table_refuses_opening_as_damage(vault_path, store):
    v, _ = new_vault(vault_path, store)
    level_root = root_page(v.conn, "level")
    v.close()
    damage_page(vault_path, level_root)
    with pytest.raises(Damaged):
        Vault.open(vault_path, passphrase=PASSPHRASE, store=store, check="none")


def test_other_database_errors_stay_what_they_are(vault):
    with pytest.raises(connection.DatabaseError) as caught:
        vault.conn.execute("SELECT no_such_column FROM carrier")
    assert not isinstance(caught.value, Damaged)


def _big_vault(path: Path, store) -> tuple[int, int]:
    """A real vault just over the full-check limit, filled by SQL in one transaction (seconds)."""
    v, _ = new_vault(path, store)
    register_incoming(v, incoming(copy_numbers="1"))
    padding = "涉密载体" * 700  # ~8 KiB a row: overflow pages fill the file fast
    rows = FULL_CHECK_MAX_BYTES // 8000 + 500
    with connection.transaction(v.conn):
        v.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO carrier(document_id, barcode, number, copy_no, kind, status, register, "
            "level_code, level_rank, title, doc_no, sender, registered_at) "
            "SELECT c.document_id, printf('BIG%07d', i), printf('大-%07d', i), NULL, c.kind, "
            "c.status, c.register, c.level_code, c.level_rank, ? || i, c.doc_no, c.sender, "
            "c.registered_at FROM n, (SELECT * FROM carrier LIMIT 1) c", (rows, padding))
    v.close()
    return page_count(path), rows


def test_vault_over_64_mib_with_a_damaged_middle_page_reports_damage_on_a_scan(
        vault_path, store):
    pages, _rows = _big_vault(vault_path, store)
    assert vault_path.stat().st_size > FULL_CHECK_MAX_BYTES
    damage_page(vault_path, pages // 2)
    digest = file_digest(vault_path)
    # Unlocking a big vault runs the quick probe only, so the middle page is first read by a scan.
    with Vault.open(vault_path, passphrase=PASSPHRASE, store=store, check="auto") as opened:
        refusals: list[Damaged] = []
        # The middle page holds titles of the table or of its title index: scan both.
        for scan in ("SELECT max(title) FROM carrier NOT INDEXED",
                     "SELECT title FROM carrier INDEXED BY carrier_by_title ORDER BY title"):
            try:
                opened.conn.execute(scan).fetchall()
            except Damaged as e:
                refusals.append(e)
    assert refusals, "the damaged page was never read"
    assert all("损坏" in e.message and "备份" in e.message for e in refusals)
    assert file_digest(vault_path) == digest
