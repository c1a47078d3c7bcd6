"""Registration (收文、发文、介质登记) on real vaults: one rule per test, as the clerk meets it."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core import barcodes
from miji_desk.core.carriers import CarrierKind, Register, Status
from miji_desk.core.errors import RuleViolation
from miji_desk.core.periods import PeriodKind, SecrecyPeriod, add_months
from miji_desk.core.registration import (
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from tests.factories import NOW, UNIT, incoming


def outgoing(**overrides: object) -> OutgoingForm:
    values: dict[str, object] = dict(
        title="关于报送保密自查情况的报告", level="secret",
        copies=[OutgoingCopy(1, "省委办公厅"), OutgoingCopy(2, "市委保密办"), OutgoingCopy(3)],
        pages=4, sent_at=NOW - dt.timedelta(hours=1), doc_no="研办发〔2026〕7号",
        copies_total=3, location="1号保密柜")
    values.update(overrides)
    return OutgoingForm(**values)  # type: ignore[arg-type]


def medium(**overrides: object) -> MediaForm:
    values: dict[str, object] = dict(
        kind=CarrierKind.USB, title="项目组专用U盘", serial_no="SN20260001",
        purpose="仅用于涉密计算机间传递项目资料", level="secret", capacity="16GB",
        location="1号保密柜")
    values.update(overrides)
    return MediaForm(**values)  # type: ignore[arg-type]


def refused(vault, workflow, form, field: str) -> RuleViolation:
    """The workflow refuses the form, names the field, and writes nothing at all."""
    before, head = vault.counts(), vault.audit_head()
    with pytest.raises(RuleViolation) as info:
        workflow(vault, form)
    assert info.value.field == field, info.value.message
    assert info.value.message  # something the clerk can read
    assert vault.counts() == before
    assert vault.audit_head() == head
    return info.value


# -- incoming ----------------------------------------------------------------------------------

def test_incoming_with_three_copies_makes_three_carriers(vault):
    before = vault.counts()
    reg = register_incoming(vault, incoming(copy_numbers="3-5"))
    assert reg.number == "2026-收-0001"
    assert len(reg.carrier_ids) == 3
    views = vault.ledger.carriers_of_document(reg.document_id)
    assert [v.copy_no for v in views] == [3, 4, 5]
    assert [v.number for v in views] == ["2026-收-0001-003", "2026-收-0001-004",
                                         "2026-收-0001-005"]
    assert len({v.barcode for v in views}) == 3
    assert [v.barcode for v in views] == reg.barcodes
    for v in views:
        assert barcodes.check(v.barcode) == v.barcode  # scannable and self-checking
        assert vault.ledger.by_barcode(v.barcode).id == v.id
        assert v.status is Status.IN_STORE
        assert v.location == "1号保密柜"
        assert v.whereabouts == "1号保密柜"
        assert v.kind is CarrierKind.DOCUMENT and v.register is Register.INCOMING
        assert v.level.name == "机密" and v.marking == "机密★10年"
        assert v.copies_total == 30 and v.pages == 12
        history = vault.ledger.history(v.id)
        assert [h.action for h in history] == ["register"]
        assert history[0].after == "in_store"
    after = vault.counts()
    assert after["carriers"] == before["carriers"] + 3
    assert after["documents"] == before["documents"] + 1
    assert after["events"] == before["events"] + 3
    assert after["audit"] == before["audit"] + 1
    assert vault.verify().ok


def test_the_audit_event_names_every_carrier(vault):
    reg = register_incoming(vault, incoming(copy_numbers="1-2"))
    action, ids = vault.conn.execute(
        "SELECT action, carrier_ids FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "register_incoming"
    assert ids == "[" + ",".join(map(str, reg.carrier_ids)) + "]"


def test_handled_by_defaults_to_the_clerk(vault):
    reg = register_incoming(vault, incoming(handled_by=""))
    assert vault.carrier(reg.carrier_ids[0]).extra["handled_by"] == vault.actor


@pytest.mark.parametrize(("override", "field"), [
    ({"title": ""}, "title"),
    ({"title": "   \u3000 "}, "title"),  # blanks only, ideographic space included
    ({"sender": ""}, "sender"),
    ({"pages": None}, "pages"),
    ({"pages": 0}, "pages"),
    ({"pages": True}, "pages"),
    ({"level": ""}, "level"),
    ({"level": "机密"}, "level"),  # a name, not a level code: never free text
    ({"level": "restricted"}, "level"),
    ({"copy_numbers": ""}, "copy_numbers"),
    ({"title": "关于\x07通知"}, "title"),
    ({"sender": "省委\u200b办公厅"}, "sender"),  # zero-width: looks like 省委办公厅, is not
    ({"title": "关于\u202e知通\u202c的报告"}, "title"),  # bidi override: prints reordered
    ({"doc_no": "\ufeff国保发〔2026〕12号"}, "doc_no"),  # a BOM pasted from a text file
    ({"doc_no": "国" * 201}, "doc_no"),
    ({"title": "长" * 2001}, "title"),
])
def test_incoming_required_and_malformed_fields(vault, override, field):
    refused(vault, register_incoming, incoming(**override), field)


@pytest.mark.parametrize(("override", "field"), [
    ({"received_at": NOW + dt.timedelta(days=1)}, "received_at"),
    ({"received_at": dt.datetime(1948, 12, 31, 12, 0)}, "received_at"),
    ({"classified_on": dt.date(2026, 11, 28)}, "classified_on"),  # after it was received
    ({"classified_on": dt.date(1948, 6, 1), "period": SecrecyPeriod.long_term()},
     "classified_on"),
])
def test_impossible_dates(vault, override, field):
    refused(vault, register_incoming, incoming(**override), field)


def test_received_a_minute_from_now_is_clock_drift_not_an_error(vault):
    reg = register_incoming(vault, incoming(received_at=NOW + dt.timedelta(minutes=1)))
    assert reg.number == "2026-收-0001"


def test_copy_number_beyond_the_number_of_copies(vault):
    err = refused(vault, register_incoming, incoming(copy_numbers="29-31", copies_total=30),
                  "copy_numbers")
    assert "31" in err.message and "30" in err.message


@pytest.mark.parametrize("copies", ["1,1", "2-4, 3", "5、5"])
def test_duplicate_copy_numbers(vault, copies):
    refused(vault, register_incoming, incoming(copy_numbers=copies), "copy_numbers")


@pytest.mark.parametrize(("level", "period"), [
    ("secret", SecrecyPeriod.years(21)),
    ("confidential", SecrecyPeriod.years(11)),
    ("confidential", SecrecyPeriod.months(121)),
    ("top_secret", SecrecyPeriod.until_date(dt.date(2056, 11, 2))),  # classified 2026-11-01
    ("core_commercial", SecrecyPeriod.years(11)),
])
def test_period_longer_than_the_level_allows(vault, level, period):
    refused(vault, register_incoming, incoming(level=level, period=period), "period")


@pytest.mark.parametrize(("level", "period", "marking"), [
    ("top_secret", SecrecyPeriod.years(30), "绝密★30年"),
    ("top_secret", SecrecyPeriod.until_date(dt.date(2056, 11, 1)), "绝密★2056年11月1日"),
    ("secret", SecrecyPeriod(), "机密★20年"),
    ("confidential", SecrecyPeriod.long_term(), "秘密★长期"),
    ("confidential", SecrecyPeriod.until_condition("  项目验收后  "), "秘密★项目验收后"),
])
def test_periods_the_level_allows_are_marked(vault, level, period, marking):
    reg = register_incoming(vault, incoming(level=level, period=period))
    assert vault.carrier(reg.carrier_ids[0]).marking == marking


@pytest.mark.parametrize("period", [SecrecyPeriod.years(0), SecrecyPeriod.months(-3),
                                    SecrecyPeriod.until_condition(" "),
                                    SecrecyPeriod.until_condition("验收\x00后")])
def test_malformed_periods_are_refused(vault, period):
    refused(vault, register_incoming, incoming(period=period), "period")


@pytest.mark.parametrize("period", [
    SecrecyPeriod(amount=0),  # unmarked, yet with an amount
    SecrecyPeriod(PeriodKind.LONG_TERM, amount=5),
    SecrecyPeriod(PeriodKind.YEARS, amount=5, until=dt.date(2030, 1, 1)),
    SecrecyPeriod.years(10**30),  # larger than any integer the vault can hold
    SecrecyPeriod.years(1000),  # an expiry beyond the calendar
    SecrecyPeriod.months(10**6),
])
def test_periods_without_a_legal_maximum_are_still_bounded(vault, period):
    # 内部 has no legal maximum; the vault must still refuse what it cannot store or date.
    refused(vault, register_incoming, incoming(level="internal", period=period), "period")


def test_unknown_location(vault):
    err = refused(vault, register_incoming, incoming(location="3号保密柜"), "location")
    assert "3号保密柜" in err.message


def test_no_location_is_allowed_below_secret(vault):
    """Only 机密 and 绝密 must be in a safe (tests/rules/test_storage_rules.py)."""
    reg = register_incoming(vault, incoming(location="", level="confidential",
                                            period=SecrecyPeriod.years(10)))
    assert vault.carrier(reg.carrier_ids[0]).location == ""


# -- outgoing ----------------------------------------------------------------------------------

def test_outgoing_copies_with_a_recipient_are_sent_the_rest_stay(vault):
    reg = register_outgoing(vault, outgoing())
    assert reg.number == "2026-发-0001"
    views = vault.ledger.carriers_of_document(reg.document_id)
    assert [(v.copy_no, v.status, v.holder, v.location) for v in views] == [
        (1, Status.SENT, "省委办公厅", ""),
        (2, Status.SENT, "市委保密办", ""),
        (3, Status.IN_STORE, "", "1号保密柜"),
    ]
    assert views[0].whereabouts == "省委办公厅"
    assert all(v.register is Register.OUTGOING for v in views)
    assert views[0].sender == UNIT and views[0].producer == UNIT
    assert views[0].extra["recipients"] == "市委保密办；省委办公厅"
    assert [h.after for h in vault.ledger.history(views[0].id)] == ["sent"]
    assert vault.counts()["audit"] == 2


@pytest.mark.parametrize("couriers", [[], ["王建国"], ["王建国", "王建国"], ["王建国", " 王建国 "]])
def test_top_secret_goes_out_with_two_distinct_couriers(vault, couriers):
    form = outgoing(level="top_secret", channel="专人送达", couriers=couriers)
    refused(vault, register_outgoing, form, "couriers")


def test_top_secret_with_two_couriers_is_recorded(vault):
    reg = register_outgoing(vault, outgoing(level="top_secret", channel="专人送达",
                                            couriers=["王建国", "赵立新"]))
    assert vault.carrier(reg.carrier_ids[0]).extra["couriers"] == "王建国、赵立新"


def test_top_secret_kept_here_needs_no_courier(vault):
    reg = register_outgoing(vault, outgoing(level="top_secret",
                                            copies=[OutgoingCopy(1), OutgoingCopy(2)]))
    assert {vault.carrier(i).status for i in reg.carrier_ids} == {Status.IN_STORE}


@pytest.mark.parametrize(("override", "field"), [
    ({"copies": []}, "copies"),
    ({"copies": [OutgoingCopy(1, "甲"), OutgoingCopy(1, "乙")]}, "copies"),
    ({"copies": [OutgoingCopy(0, "甲")]}, "copies"),
    ({"copies": [OutgoingCopy(4, "甲")], "copies_total": 3}, "copies"),
    ({"channel": "电子邮件"}, "channel"),  # classified paper never goes by e-mail
    ({"title": ""}, "title"),
    ({"pages": None}, "pages"),
    ({"sent_at": NOW + dt.timedelta(hours=2)}, "sent_at"),
    ({"copies": [OutgoingCopy(1, "省委\x1b办公厅")]}, "copies"),
])
def test_outgoing_refusals(vault, override, field):
    refused(vault, register_outgoing, outgoing(**override), field)


def test_outgoing_recipients_too_long_together_are_refused_not_a_crash(vault):
    copies = [OutgoingCopy(i + 1, f"第{i}收件单位" + "某" * 150) for i in range(20)]
    refused(vault, register_outgoing, outgoing(copies=copies, copies_total=None), "copies")


def test_outgoing_couriers_too_long_together_are_refused_not_a_crash(vault):
    couriers = ["甲" * 150, "乙" * 150, "丙" * 150]
    refused(vault, register_outgoing, outgoing(couriers=couriers), "couriers")


# -- media -------------------------------------------------------------------------------------

def test_medium_is_one_carrier_with_serial_and_purpose(vault):
    reg = register_media(vault, medium())
    assert reg.number == "2026-介-0001"
    (view,) = vault.ledger.carriers_of_document(reg.document_id)
    assert view.number == "2026-介-0001" and view.copy_no is None
    assert view.kind is CarrierKind.USB and view.register is Register.MEDIA
    assert view.status is Status.IN_STORE and view.location == "1号保密柜"
    assert view.extra["serial_no"] == "SN20260001"
    assert view.extra["purpose"] == "仅用于涉密计算机间传递项目资料"
    assert view.extra["capacity"] == "16GB"
    assert barcodes.check(view.barcode) == view.barcode


@pytest.mark.parametrize(("override", "field"), [
    ({"serial_no": ""}, "serial_no"),
    ({"purpose": " "}, "purpose"),
    ({"title": ""}, "title"),
    ({"kind": CarrierKind.DOCUMENT}, "kind"),
    ({"kind": CarrierKind.OTHER}, "kind"),
    ({"level": ""}, "level"),
    ({"capacity": "9" * 41}, "capacity"),
    ({"classified_on": dt.date(2026, 12, 1)}, "classified_on"),
    ({"barcode": "有中文的条码"}, "barcode"),
    ({"barcode": "AB 12"}, "barcode"),
    ({"barcode": "abc"}, "barcode"),
])
def test_media_refusals(vault, override, field):
    refused(vault, register_media, medium(**override), field)


def test_a_medium_keeps_its_own_barcode_once(vault):
    reg = register_media(vault, medium(barcode="  USB-0042-X \n"))  # scanner noise around it
    assert reg.barcodes == ["USB-0042-X"]
    assert vault.ledger.by_barcode("USB-0042-X").id == reg.carrier_ids[0]
    refused(vault, register_media, medium(serial_no="SN2", barcode="USB-0042-X"), "barcode")


def test_a_medium_cannot_take_a_barcode_already_printed_for_a_copy(vault):
    reg = register_incoming(vault, incoming(copy_numbers="1"))
    refused(vault, register_media, medium(barcode=reg.barcodes[0]), "barcode")


def test_a_medium_cannot_take_a_barcode_the_ledger_will_print_later(vault):
    # A code in the ledger's own format belongs to a future carrier: taking it now would make
    # that carrier's registration fail for ever.
    future = barcodes.for_carrier(3)
    refused(vault, register_media, medium(barcode=future), "barcode")
    register_incoming(vault, incoming(copy_numbers="1-5"))
    assert vault.ledger.by_barcode(future) is not None


def test_media_of_every_kind(vault):
    for n, kind in enumerate((CarrierKind.USB, CarrierKind.OPTICAL, CarrierKind.HARD_DISK,
                              CarrierKind.MEDIA_OTHER), start=1):
        reg = register_media(vault, medium(kind=kind, serial_no=f"SN{n}"))
        assert reg.number == f"2026-介-{n:04d}"
        assert vault.carrier(reg.carrier_ids[0]).kind is kind


# -- numbering ---------------------------------------------------------------------------------

def test_numbers_continue_per_register_and_year(vault):
    numbers = [
        register_incoming(vault, incoming()).number,
        register_outgoing(vault, outgoing()).number,
        register_incoming(vault, incoming(copy_numbers="1")).number,
        register_media(vault, medium()).number,
        register_incoming(vault, incoming(received_at=dt.datetime(2025, 12, 30, 10, 0),
                                          classified_on=dt.date(2025, 12, 1))).number,
        register_outgoing(vault, outgoing()).number,
        register_incoming(vault, incoming(copy_numbers="7")).number,
        register_incoming(vault, incoming(received_at=dt.datetime(2025, 12, 31, 10, 0),
                                          classified_on=None)).number,
    ]
    assert numbers == ["2026-收-0001", "2026-发-0001", "2026-收-0002", "2026-介-0001",
                       "2025-收-0001", "2026-发-0002", "2026-收-0003", "2025-收-0002"]


def test_a_refused_registration_uses_up_no_number(vault):
    register_incoming(vault, incoming())
    with pytest.raises(RuleViolation):
        register_incoming(vault, incoming(location="不存在的柜子"))
    assert register_incoming(vault, incoming()).number == "2026-收-0002"


# -- unit-defined levels -----------------------------------------------------------------------

@pytest.mark.parametrize(("level", "period", "marking", "expiry"), [
    ("internal", SecrecyPeriod(), "内部", None),
    ("internal", SecrecyPeriod.years(50), "内部★50年", dt.date(2076, 11, 1)),  # no maximum
    # unit levels print bare when unmarked, but their own default period still runs out
    ("core_commercial", SecrecyPeriod(), "核心商密", dt.date(2036, 11, 1)),
    ("commercial", SecrecyPeriod.years(5), "普通商密★5年", dt.date(2031, 11, 1)),
])
def test_unit_defined_levels(vault, level, period, marking, expiry):
    reg = register_incoming(vault, incoming(level=level, period=period))
    view = vault.carrier(reg.carrier_ids[0])
    assert view.level.code == level and not view.level.state_secret
    assert view.marking == marking
    assert view.expiry == expiry


def test_unit_defined_level_for_media_and_outgoing(vault):
    m = register_media(vault, medium(level="internal"))
    o = register_outgoing(vault, outgoing(level="commercial", period=SecrecyPeriod()))
    assert vault.carrier(m.carrier_ids[0]).level.name == "内部"
    view = vault.carrier(o.carrier_ids[0])
    assert view.marking == "普通商密"
    # No classification date: the period runs from the day it was sent (普通商密 5 年).
    assert view.period_from_receipt
    assert view.expiry == add_months(view.period_start, 60)


# -- the unit's own numbering formats ----------------------------------------------------------

def vault_with_formats(tmp_path, **formats: str):
    from miji_desk.core.clock import FixedClock
    from miji_desk.vault.vault import Vault
    from tests.factories import CLERK, PASSPHRASE, TEST_KDF, machine

    settings = {f"number_format.{k}": v for k, v in formats.items()}
    vault, _ = Vault.create(tmp_path / "formats.mjdb", passphrase=PASSPHRASE, unit_name=UNIT,
                            clerk_name=CLERK, store=machine(), kdf=TEST_KDF,
                            clock=FixedClock(NOW), locations=(("1号保密柜", "safe"),),
                            unit_settings=settings)
    return vault


def test_a_unit_numbering_format(tmp_path):
    with vault_with_formats(tmp_path, incoming="收文〔{year}〕{seq:03d}号") as vault:
        reg = register_incoming(vault, incoming(copy_numbers="3"))
        assert reg.number == "收文〔2026〕001号"
        assert vault.carrier(reg.carrier_ids[0]).number == "收文〔2026〕001号-003"
        assert register_outgoing(vault, outgoing()).number == "2026-发-0001"


def test_two_registers_printing_the_same_number_is_a_refusal_not_a_crash(tmp_path):
    with vault_with_formats(tmp_path, incoming="{year}-{seq:04d}",
                            outgoing="{year}-{seq:04d}") as vault:
        assert register_incoming(vault, incoming()).number == "2026-0001"
        refused(vault, register_outgoing, outgoing(), "number_format")


@pytest.mark.parametrize("fmt", ["{reg}-{seq:04d}",  # no year: next year repeats this year
                                 "{year}-{seq:c}", "{year}-{seq:0100d}", "{year}\t{seq}"])
def test_numbering_formats_that_cannot_work_are_refused(fmt):
    from miji_desk.core.numbering import check_format

    with pytest.raises(RuleViolation) as info:
        check_format(fmt)
    assert info.value.field == "number_format"
