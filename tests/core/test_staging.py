"""The desk's scans before Enter, decided in core without a screen: what goes out together."""

from __future__ import annotations

import dataclasses

import pytest

from miji_desk.core.carriers import Status
from miji_desk.core.circulation import CirculationForm, open_circulation
from miji_desk.core.errors import RuleViolation
from miji_desk.core.staging import Enter, Route, ScanStaging, Step

from .custody_support import make_staff, register

SCOPE = "办公室主任、院领导、综合处全体"


@pytest.fixture
def world(vault):
    staff = make_staff(vault)
    on_slip = register(vault, scope=SCOPE)
    loose = register(vault, scope=SCOPE, doc_no="京保〔2026〕99号")
    open_circulation(vault, CirculationForm(list(on_slip.barcodes[:1]), [staff.dean.badge]))
    slip = vault.custody.open_slip_of_carrier(on_slip.carrier_ids[0])
    return staff, vault.carrier(on_slip.carrier_ids[0]), slip, vault.carrier(loose.carrier_ids[0])


def test_loan_needs_a_borrower_then_enter_lends(world) -> None:
    staff, _slipped, _slip, loose = world
    s = ScanStaging()
    assert s.next_step() is Step.SCAN_ANYTHING and s.enter() is None
    assert s.route(loose, None) is Route.STAGE
    s.stage(loose, None)
    assert s.next_step() is Step.SCAN_BORROWER
    with pytest.raises(RuleViolation, match="请扫描借阅人的证件"):
        s.enter()
    s.scan_person(staff.director)
    assert s.next_step() is Step.LEND and s.enter() is Enter.LEND
    assert s.barcodes() == [loose.barcode]


def test_a_slip_carrier_goes_to_the_next_reader_or_the_badge(world) -> None:
    staff, slipped, slip, _loose = world
    s = ScanStaging()
    s.stage(slipped, slip)
    assert s.next_step() is Step.HAND_OUT_NEXT and s.enter() is Enter.HAND_OUT
    s.scan_person(staff.dean)
    assert s.next_step() is Step.HAND_OUT_TO and s.enter() is Enter.HAND_OUT


def test_slip_and_loan_carriers_never_go_out_together(world) -> None:
    staff, slipped, slip, loose = world
    s = ScanStaging()
    s.stage(slipped, slip)
    s.stage(loose, None)
    s.scan_person(staff.director)
    assert s.next_step() is Step.SEPARATE
    with pytest.raises(RuleViolation, match="分开扫描"):
        s.enter()


def test_a_second_scan_and_a_gone_carrier_are_refused(world) -> None:
    _staff, _slipped, _slip, loose = world
    s = ScanStaging()
    s.stage(loose, None)
    with pytest.raises(RuleViolation, match="重复扫描"):
        s.route(loose, None)
    destroyed = dataclasses.replace(loose, id=loose.id + 100, status=Status.DESTROYED)
    with pytest.raises(RuleViolation, match="已销毁"):
        s.route(destroyed, None)
    assert s.barcodes() == [loose.barcode]


def test_out_carriers_are_returns_or_sideways(world) -> None:
    staff, slipped, _slip, loose = world
    s = ScanStaging()
    reading = dataclasses.replace(slipped, status=Status.CIRCULATING)
    assert s.route(reading, staff.dean.id) is Route.RETURN
    s.scan_person(staff.director)  # a badge first, then a carrier still with the dean
    assert s.route(reading, staff.dean.id) is Route.SIDEWAYS
    assert s.route(reading, staff.director.id) is Route.RETURN
    lent = dataclasses.replace(loose, status=Status.ON_LOAN)
    assert s.route(lent, staff.dean.id) is Route.RETURN  # loans come back whoever is scanned
    assert s.carriers == []


def test_a_person_who_left_cannot_be_staged(world) -> None:
    staff, *_ = world
    s = ScanStaging()
    gone = dataclasses.replace(staff.clerk2, active=False)
    with pytest.raises(RuleViolation, match="离岗"):
        s.scan_person(gone)
    assert s.person is None and not s
