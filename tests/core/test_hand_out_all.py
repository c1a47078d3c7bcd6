"""Several carriers handed out with one Enter: one transaction, one audit event, all or none."""

from __future__ import annotations

import json

import pytest

from miji_desk.core.circulation import (
    CirculationForm,
    hand_out,
    hand_out_all,
    open_circulation,
    take_back,
)
from miji_desk.core.holds import place_hold

from .custody_support import make_staff, refused, register, status

SCOPE = "办公室主任、院领导、综合处全体"


@pytest.fixture
def staff(vault):
    return make_staff(vault)


@pytest.fixture
def doc(vault):
    """机密, 3 copies: all three on one slip to the director, then the dean."""
    d = register(vault, scope=SCOPE)
    open_circulation(vault, CirculationForm(list(d.barcodes), [staff_badge(vault, "张建华"),
                                                                staff_badge(vault, "李国强")]))
    return d


def staff_badge(vault, name: str) -> str:
    return next(p.badge for p in vault.custody.people(active=True, text=name, offset=0,
                                                       limit=10))


def audit_rows(vault) -> list[tuple[str, dict]]:
    return [(a, json.loads(d)) for a, d in vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq")]


def test_three_carriers_go_out_in_one_audit_event(vault, staff, doc) -> None:
    before = len(audit_rows(vault))
    outs = hand_out_all(vault, list(doc.barcodes), staff.director.badge)
    assert [h.carrier_id for h in outs] == doc.carrier_ids
    for cid in doc.carrier_ids:
        assert status(vault, cid) == ("circulating", "张建华（办公室）")
        assert vault.ledger.history(cid)[-1].action == "circulation_out"
    rows = audit_rows(vault)
    assert len(rows) == before + 1
    action, detail = rows[-1]
    assert action == "circulation_out"
    assert [r["carrier_id"] for r in detail["reads"]] == doc.carrier_ids
    assert {r["name"] for r in detail["reads"]} == {"张建华"}
    assert vault.verify().ok


def test_without_a_badge_each_goes_to_the_next_reader_of_its_slip(vault, staff, doc) -> None:
    hand_out(vault, doc.barcodes[0])  # the director reads copy 1 first
    take_back(vault, doc.barcodes[0])
    outs = hand_out_all(vault, list(doc.barcodes))
    assert [h.person.name for h in outs] == ["李国强", "张建华", "张建华"]


def test_a_refused_third_carrier_leaves_the_first_two_untouched(vault, staff, doc) -> None:
    hand_out(vault, doc.barcodes[2], staff.director.badge)  # the 3rd is with the director now
    first_two = [status(vault, cid) for cid in doc.carrier_ids[:2]]
    with refused(vault, "重复扫描"):  # every row of every custody table unchanged
        hand_out_all(vault, list(doc.barcodes), staff.director.badge)
    assert [status(vault, cid) for cid in doc.carrier_ids[:2]] == first_two == [
        ("in_store", ""), ("in_store", "")]
    assert [h.action for h in vault.ledger.history(doc.carrier_ids[0])][-1] == \
        "circulation_listed"


def test_a_held_third_carrier_refuses_the_whole_hand_out(vault, staff, doc) -> None:
    place_hold(vault, [doc.carrier_ids[2]], "保密检查封存")
    with refused(vault, "已冻结"):
        hand_out_all(vault, list(doc.barcodes), staff.director.badge)
    assert all(status(vault, cid) == ("in_store", "") for cid in doc.carrier_ids)


def test_the_same_carrier_twice_in_one_hand_out_is_refused(vault, staff, doc) -> None:
    with refused(vault, "扫了两次"):
        hand_out_all(vault, [doc.barcodes[0], doc.barcodes[1], doc.barcodes[0]])
    with refused(vault, "请扫描要送阅的载体"):
        hand_out_all(vault, [])
