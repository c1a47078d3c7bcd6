"""A registration writes its carriers and their history events in one statement each (speed at
1,000,000 carriers); what it writes is what it wrote one row at a time."""

from __future__ import annotations

import json

import pytest

from miji_desk.core import barcodes
from miji_desk.core.errors import RuleViolation
from miji_desk.core.numbering import carrier_number
from miji_desk.core.registration import register_incoming
from tests.factories import incoming


@pytest.mark.parametrize("copies", [1, 10, 49, 50, 51, 120])
def test_carriers_and_events_in_order(vault, copies):
    register_incoming(vault, incoming(copy_numbers="1-2"))  # ids do not start at 1
    reg = register_incoming(vault, incoming(copy_numbers=f"1-{copies}", copies_total=copies))
    first = reg.carrier_ids[0]
    assert reg.carrier_ids == list(range(first, first + copies))
    assert reg.barcodes == [barcodes.for_carrier(i) for i in reg.carrier_ids]
    rows = vault.conn.execute(
        "SELECT id, barcode, copy_no, number FROM carrier WHERE document_id = ? ORDER BY id",
        (reg.document_id,)).fetchall()
    assert [r[0] for r in rows] == reg.carrier_ids
    assert [r[1] for r in rows] == reg.barcodes
    assert [r[2] for r in rows] == list(range(1, copies + 1))
    assert [r[3] for r in rows] == [carrier_number(reg.number, n) for n in range(1, copies + 1)]
    events = vault.conn.execute(
        "SELECT carrier_id, document_id, action, after, audit_seq FROM carrier_event "
        "WHERE document_id = ? ORDER BY id", (reg.document_id,)).fetchall()
    assert [e[0] for e in events] == reg.carrier_ids  # one per copy, in copy order
    assert {(e[1], e[2], json.loads(e[3])) for e in events} == {
        (reg.document_id, "register", "in_store")}
    detail = json.loads(vault.conn.execute(
        "SELECT detail FROM audit_event WHERE seq = ?", (events[0][4],)).fetchone()[0])
    assert [c["barcode"] for c in detail["carriers"]] == reg.barcodes
    assert vault.verify().ok


def test_two_copies_with_one_number_are_refused_before_anything_is_written(vault):
    register_incoming(vault, incoming(copy_numbers="1"))
    before = vault.counts()
    with pytest.raises(RuleViolation) as info, vault.transaction() as tx:
        tx.insert_carriers([{
            "document_id": 1, "number": "同一个编号", "copy_no": n, "kind": "document",
            "status": "in_store", "register": "incoming", "level_code": "secret",
            "level_rank": 200, "title": "标题", "doc_no": "", "sender": "",
            "registered_at": tx.now} for n in (1, 2)])
    assert info.value.field == "number_format"
    assert vault.counts() == before


def test_an_unknown_event_field_is_a_bug(vault):
    reg = register_incoming(vault, incoming(copy_numbers="1"))
    with pytest.raises(KeyError), vault.transaction() as tx:
        tx.record_events("note", [{"carrier_id": reg.carrier_ids[0], "colour": "red"}])
