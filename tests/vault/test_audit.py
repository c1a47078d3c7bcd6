"""The audit chain catches every kind of tampering and names the first bad entry."""

from __future__ import annotations

import hashlib

import pytest

from miji_desk.core.registration import register_incoming
from miji_desk.vault.audit import AuditHead
from tests.factories import incoming


@pytest.fixture
def busy_vault(vault):
    for i in range(6):
        register_incoming(vault, incoming(title=f"第{i}号文件", copy_numbers=str(i + 1)))
    assert vault.verify().ok
    return vault


def _unprotected(vault) -> None:
    """What an attacker with the database key could do: drop the guards."""
    vault.conn.execute("PRAGMA foreign_keys = OFF")
    for trig in ("audit_event_no_update", "audit_event_no_delete"):
        vault.conn.execute(f"DROP TRIGGER {trig}")


def test_clean_chain_verifies(busy_vault):
    report = busy_vault.verify()
    assert report.ok
    assert report.audit.head.seq == 7  # vault created + 6 registrations
    assert report.audit.head.checkpoint.startswith("7-")


def test_each_workflow_writes_exactly_one_audit_event(vault):
    before = vault.counts()["audit"]
    register_incoming(vault, incoming(copy_numbers="1-4"))
    assert vault.counts()["audit"] == before + 1


def test_flipped_byte_in_detail(busy_vault):
    _unprotected(busy_vault)
    busy_vault.conn.execute(
        "UPDATE audit_event SET detail = replace(detail, '第3号', '第8号') WHERE seq = 5")
    verdict = busy_vault.verify().audit
    assert not verdict.ok and verdict.first_bad_seq == 5


def test_flipped_mac_byte(busy_vault):
    _unprotected(busy_vault)
    mac = bytearray(busy_vault.conn.execute("SELECT mac FROM audit_event WHERE seq = 3")
                    .fetchone()[0])
    mac[0] ^= 1
    busy_vault.conn.execute("UPDATE audit_event SET mac = ? WHERE seq = 3", (bytes(mac),))
    assert busy_vault.verify().audit.first_bad_seq == 3


def test_deleted_row(busy_vault):
    _unprotected(busy_vault)
    busy_vault.conn.execute("DELETE FROM audit_event WHERE seq = 4")
    verdict = busy_vault.verify().audit
    assert not verdict.ok and verdict.first_bad_seq == 4


def test_inserted_row(busy_vault):
    _unprotected(busy_vault)
    c = busy_vault.conn
    rows = c.execute("SELECT * FROM audit_event WHERE seq >= 4 ORDER BY seq DESC").fetchall()
    for row in rows:  # shift the tail up by one, then put a forged row at 4
        c.execute("UPDATE audit_event SET seq = ? WHERE seq = ?", (row[0] + 1, row[0]))
    c.execute("INSERT INTO audit_event VALUES (4, ?, ?, 'register_incoming', '[]', '{}', ?)",
              ("2026-11-27T09:00:00+08:00", "王小明", bytes(32)))
    assert busy_vault.verify().audit.first_bad_seq == 4


def test_reordered_rows(busy_vault):
    _unprotected(busy_vault)
    c = busy_vault.conn
    c.execute("UPDATE audit_event SET seq = -1 WHERE seq = 3")
    c.execute("UPDATE audit_event SET seq = 3 WHERE seq = 4")
    c.execute("UPDATE audit_event SET seq = 4 WHERE seq = -1")
    assert busy_vault.verify().audit.first_bad_seq == 3


def test_chain_recomputed_without_the_key(busy_vault):
    _unprotected(busy_vault)
    c = busy_vault.conn
    prev = bytes(32)
    c.execute("UPDATE audit_event SET detail = '{\"forged\":true}' WHERE seq = 2")
    for seq, at, actor, action, ids, detail in c.execute(
            "SELECT seq, at, actor, action, carrier_ids, detail FROM audit_event ORDER BY seq"
    ).fetchall():
        prev = hashlib.sha256(f"{seq}{at}{actor}{action}{ids}{detail}".encode() + prev).digest()
        c.execute("UPDATE audit_event SET mac = ? WHERE seq = ?", (prev, seq))
    assert busy_vault.verify().audit.first_bad_seq == 1


def test_cut_tail_is_caught_by_the_ledger_rows(busy_vault):
    _unprotected(busy_vault)
    busy_vault.conn.execute("DELETE FROM audit_event WHERE seq >= 6")
    verdict = busy_vault.verify().audit
    assert not verdict.ok and verdict.first_bad_seq == 6


def test_cut_tail_against_a_checkpoint(busy_vault):
    head = busy_vault.audit_head()
    _unprotected(busy_vault)
    # A tail cut that also removes the registrations it recorded would leave a consistent old
    # ledger; the checkpoint printed on a register or kept in a backup still catches it.
    busy_vault.conn.execute("PRAGMA foreign_keys = OFF")
    for t in ("carrier_event_no_delete", "carrier_no_delete", "document_no_delete"):
        busy_vault.conn.execute(f"DROP TRIGGER {t}")
    busy_vault.conn.execute("DELETE FROM carrier_event WHERE audit_seq = 7")
    busy_vault.conn.execute("DELETE FROM carrier WHERE document_id IN "
                            "(SELECT id FROM document WHERE audit_seq = 7)")
    busy_vault.conn.execute("DELETE FROM document WHERE audit_seq = 7")
    busy_vault.conn.execute("DELETE FROM audit_event WHERE seq = 7")
    assert busy_vault.verify().audit.ok  # consistent on its own …
    verdict = busy_vault.verify(expected=head).audit
    assert not verdict.ok and verdict.first_bad_seq == 7  # … but not with the checkpoint


def test_checkpoint_depends_on_the_key(busy_vault):
    head = busy_vault.audit_head()
    other = AuditHead.of(b"\x01" * 32, head.seq, head.mac)
    assert other.checkpoint != head.checkpoint
