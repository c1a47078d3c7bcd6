"""Any input to a registration either goes in whole or is refused with a RuleViolation.

Whatever the clerk (or a scanner, or a paste from another program) puts in a form: Unicode of
every kind, control characters, SQL fragments, huge strings, odd copy numbers, odd integers —
the vault still verifies afterwards, and it changed exactly by one registration or not at all.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import RuleViolation
from miji_desk.core.periods import PeriodKind, SecrecyPeriod
from miji_desk.core.printable import RANGES
from miji_desk.core.registration import (
    IncomingForm,
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from tests.factories import NOW, new_vault

# The autouse fixture that isolates per-user folders is function-scoped; sharing it between
# examples is harmless, and each test builds its own vault once (not per example).
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

NASTY = [
    "", " ", "\u3000", "\x00", "a\x00b", "\t", "\n", "\r\n", "\x1b[31m红\x1b[0m", "\u200b",
    "\u202e反向\u202c", "\ufeff", "\u2028", "\ud7ff", "\U0010fffd", "\ue000",
    "'); DROP TABLE carrier;--", "\" OR 1=1 --", "'; UPDATE audit_event SET mac = x'00';",
    "%", "_", "\\", "NEAR(a b)", "*", "title:x", "$(rm -rf /)", "<script>alert(1)</script>",
    "e\u0301", "\u00e9", "ｆｕｌｌ　ｗｉｄｔｈ", "𠀀𪚥", "😀👨‍👩‍👧", "國家保密局",
    "关于加强涉密载体管理工作的通知",
]
LEVELS = ["top_secret", "secret", "confidential", "internal", "core_commercial", "commercial",
          "", "机密", "SECRET", "secret ", "'; DROP TABLE level;--"]


def repeated(max_size: int = 5000) -> st.SearchStrategy[str]:
    """Long strings without waiting for hypothesis to draw thousands of characters."""
    return st.builds(lambda s, n: (s * n)[:max_size], st.text(min_size=1, max_size=8),
                     st.integers(1, max_size))


texts = st.one_of(st.text(max_size=30), st.sampled_from(NASTY),
                  st.lists(st.sampled_from(NASTY), max_size=4).map("".join),
                  repeated(), st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
names = st.one_of(st.sampled_from(["省委办公厅", "国家保密局", "后勤处"]), texts)
weird_ints = st.one_of(st.none(), st.integers(-5, 200), st.integers(), st.just(True),
                       st.just(False), st.sampled_from([0, 100_000, 100_001, 2**63, -2**63,
                                                        2**64]))
copy_texts = st.one_of(
    st.from_regex(r"\d{1,4}(\s*[-~至]\s*\d{1,4})?([,，、; ]\s*\d{1,4}){0,3}", fullmatch=True),
    st.sampled_from(["1", "3-5", "3-5, 8", "1-1000", "1-1001", "999999", "0", "5-3", "1,1",
                     "٣", "３", "1\n2", "1-", "-1", "1--2", "1 - 3", "1\x002", "一", ""]),
    texts)
days = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
                 st.sampled_from([dt.date(1948, 12, 31), dt.date(1949, 1, 1),
                                  NOW.date(), NOW.date() + dt.timedelta(days=1)]))
moments = st.one_of(
    st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 1, 1),
                 timezones=st.sampled_from([None, dt.UTC, NOW.tzinfo,
                                            dt.timezone(dt.timedelta(hours=-12))])),
    st.sampled_from([NOW, NOW - dt.timedelta(days=400), NOW + dt.timedelta(minutes=4),
                     NOW + dt.timedelta(minutes=6), dt.datetime.max, dt.datetime.min]))
periods = st.one_of(
    st.just(SecrecyPeriod()), st.builds(SecrecyPeriod.years, weird_ints),
    st.builds(SecrecyPeriod.months, weird_ints), st.just(SecrecyPeriod.long_term()),
    st.builds(SecrecyPeriod.until_date, st.dates(dt.date(1949, 1, 1), dt.date(9999, 12, 31))),
    st.builds(SecrecyPeriod.until_condition, texts),
    st.builds(SecrecyPeriod, st.sampled_from(PeriodKind), weird_ints,
              st.one_of(st.none(), st.dates()), st.one_of(st.none(), texts)))
locations = st.sampled_from(["", "1号保密柜", "机要室文件柜", " 1号保密柜 ", "2号保密柜",
                             "1号保密柜\x00"])



@st.composite
def mutated(draw, cls, base: dict[str, object], fields: dict[str, st.SearchStrategy]) -> object:
    """A valid form with a few fields replaced by anything: so that each example either goes
    in (and is read back) or is refused for what was replaced, not always for the same field.
    A third of the examples replace everything."""
    if draw(st.integers(0, 2)) == 0:
        keys = sorted(fields)
    else:
        keys = draw(st.lists(st.sampled_from(sorted(fields)), min_size=1, max_size=3,
                             unique=True))
    values = dict(base)
    for k in keys:
        values[k] = draw(fields[k])
    return cls(**values)


incoming_forms = mutated(IncomingForm, dict(
    title="关于加强涉密载体管理工作的通知", level="secret", copy_numbers="1-3", pages=12,
    received_at=NOW - dt.timedelta(hours=2), sender="省委办公厅", producer="国家保密局",
    location="1号保密柜", copies_total=30), dict(
    title=texts, level=st.sampled_from(LEVELS), copy_numbers=copy_texts,
    pages=weird_ints, received_at=moments, doc_no=texts, producer=names, sender=names,
    period=periods, classified_on=days, copies_total=weird_ints, attachments=texts,
    scope=texts, handled_by=names, location=locations, notes=texts))
outgoing_forms = mutated(OutgoingForm, dict(
    title="关于报送保密自查情况的报告", level="secret", pages=3,
    copies=[OutgoingCopy(1, "市委保密办"), OutgoingCopy(2)], sent_at=NOW,
    location="1号保密柜"), dict(
    title=texts, level=st.sampled_from(LEVELS),
    copies=st.lists(st.builds(OutgoingCopy, weird_ints.filter(lambda n: n is not None), names),
                    max_size=12),
    pages=weird_ints, sent_at=moments, doc_no=texts, producer=names, period=periods,
    classified_on=days, copies_total=weird_ints,
    channel=st.one_of(st.sampled_from(["机要通信", "专人送达", "机要交通", "其他"]), texts),
    couriers=st.lists(names, max_size=4), scope=texts, handled_by=names, location=locations,
    notes=texts))
media_forms = mutated(MediaForm, dict(
    kind=CarrierKind.USB, title="项目组专用U盘", serial_no="SN0001", purpose="传递项目资料",
    level="secret", location="1号保密柜"), dict(
    kind=st.sampled_from(CarrierKind), title=texts, serial_no=texts, purpose=texts,
    level=st.sampled_from(LEVELS), capacity=texts, period=periods, classified_on=days,
    barcode=st.one_of(texts, st.sampled_from(["USB-0001", "MJ000000018", "MJ000000019",
                                               "  CD-7788  ", "ab", "x" * 41])),
    handled_by=names, location=locations, notes=texts, scope=texts, dedicated_computer=names))


@contextmanager
def a_vault(tmp_path_factory) -> Iterator[object]:
    vault, _ = new_vault(tmp_path_factory.mktemp("prop") / "ledger.mjdb", clock=FixedClock(NOW))
    try:
        yield vault
    finally:
        vault.close()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def attempt(vault, workflow, form, copies: int | None) -> None:
    """Run one registration; check that it was all or nothing and that the vault verifies."""
    before = vault.counts()
    try:
        reg = workflow(vault, form)
    except RuleViolation as e:
        assert e.message and e.field, e
        assert vault.counts() == before
    else:
        n = copies if copies is not None else len(reg.carrier_ids)
        after = vault.counts()
        assert len(reg.carrier_ids) == len(reg.barcodes) == n >= 1
        assert after == {"carriers": before["carriers"] + n, "documents": before["documents"] + 1,
                         "events": before["events"] + n, "audit": before["audit"] + 1}
        views = vault.ledger.carriers_of_document(reg.document_id)
        assert sorted(v.id for v in views) == sorted(reg.carrier_ids)  # listed by 份号
        for v in views:
            assert v.title == nfc(form.title)
            assert v.level.code == form.level
            assert v.extra["notes"] == nfc(form.notes)
            assert v.extra["handled_by"] == (nfc(form.handled_by) or vault.actor)
            assert vault.ledger.by_barcode(v.barcode).id == v.id
            # the ledger view reads back everything it shows, the expiry included
            _ = (v.marking, v.expiry, v.whereabouts)
        check_read_back(form, views)
    assert not vault.conn.in_transaction
    report = vault.verify()
    assert report.ok, report.summary()


def check_read_back(form, views) -> None:
    v = views[0]
    if isinstance(form, IncomingForm):
        assert v.doc_no == nfc(form.doc_no)
        assert v.producer == nfc(form.producer)
        assert v.sender == nfc(form.sender)
        assert v.extra["scope"] == nfc(form.scope)
        assert v.extra["attachments"] == nfc(form.attachments)
        assert v.pages == form.pages and v.copies_total == form.copies_total
        assert v.classified_on == form.classified_on
    elif isinstance(form, OutgoingForm):
        assert v.doc_no == nfc(form.doc_no)
        by_copy = {c.copy_no: nfc(c.recipient) for c in form.copies}
        assert {x.copy_no: x.holder for x in views} == by_copy
    else:
        assert v.extra["serial_no"] == nfc(form.serial_no)
        assert v.extra["purpose"] == nfc(form.purpose)
        assert v.extra["capacity"] == nfc(form.capacity)
        assert v.extra["scope"] == nfc(form.scope)
        assert v.extra["dedicated_computer"] == nfc(form.dedicated_computer)
        assert v.kind is form.kind
        if form.barcode.strip():
            assert v.barcode == form.barcode.strip()


def test_incoming_any_input(tmp_path_factory):
    with a_vault(tmp_path_factory) as vault:
        @SETTINGS
        @given(form=incoming_forms)
        def run(form: IncomingForm) -> None:
            attempt(vault, register_incoming, form, None)

        run()


def test_outgoing_any_input(tmp_path_factory):
    with a_vault(tmp_path_factory) as vault:
        @SETTINGS
        @given(form=outgoing_forms)
        def run(form: OutgoingForm) -> None:
            attempt(vault, register_outgoing, form, len(form.copies))

        run()


def test_media_any_input(tmp_path_factory):
    serial = itertools.count(1)
    with a_vault(tmp_path_factory) as vault:
        @SETTINGS
        @given(form=media_forms)
        def run(form: MediaForm) -> None:
            # One medium, one serial number (篇十一 (二)4): each example is another medium.
            if form.serial_no.strip():
                form = dataclasses.replace(form, serial_no=f"{form.serial_no}#{next(serial)}")
            attempt(vault, register_media, form, 1)

        run()


def test_valid_input_with_hostile_text_goes_in_whole(tmp_path_factory):
    """Forms that are valid except for what free text may hold: most examples must succeed."""
    # Any character the shipped fonts print (others are refused: they would vanish from paper).
    printable = st.sampled_from(RANGES).flatmap(lambda r: st.integers(r[0], r[1])).map(chr)
    safe = st.text(printable, max_size=60)
    hostile = st.one_of(safe, st.sampled_from([t for t in NASTY if t.isprintable() or not t]))
    forms = st.builds(
        IncomingForm, title=hostile.map(lambda t: t + "标题"), level=st.just("secret"),
        copy_numbers=st.integers(1, 50).map(lambda n: f"1-{n}"), pages=st.integers(1, 500),
        received_at=st.just(NOW - dt.timedelta(hours=1)), doc_no=hostile,
        producer=hostile.map(lambda t: "产生" + t), sender=hostile.map(lambda t: "来文" + t),
        notes=hostile, copies_total=st.integers(50, 500),
        scope=hostile, location=st.just("1号保密柜"))
    successes = []
    with a_vault(tmp_path_factory) as vault:
        @SETTINGS
        @given(form=forms)
        def run(form: IncomingForm) -> None:
            before = vault.counts()["carriers"]
            try:
                reg = register_incoming(vault, form)
            except RuleViolation:
                return
            successes.append(1)
            assert vault.counts()["carriers"] == before + len(reg.carrier_ids)
            view = vault.carrier(reg.carrier_ids[-1])
            assert view.title == nfc(form.title) and view.sender == nfc(form.sender)
            assert view.doc_no == nfc(form.doc_no) and view.producer == nfc(form.producer)
            assert vault.ledger.count() == vault.counts()["carriers"]

        run()
        assert vault.verify().ok
    assert len(successes) >= 30
