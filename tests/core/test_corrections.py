"""Corrections (更正): the new value is current; the old one stays in the history."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.corrections import correct
from miji_desk.core.errors import RuleViolation
from miji_desk.core.locations import add_location
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from tests.factories import incoming

OLD_TITLE = "关于加强涉密载体管理工作的通知"
NEW_TITLE = "关于进一步规范涉密载体管理的通知"


@pytest.fixture
def doc(vault):
    register_incoming(vault, incoming(title="无关的另一份文件", copy_numbers="1"))
    return register_incoming(vault, incoming(title=OLD_TITLE, copy_numbers="3-5"))


def unchanged(vault, action) -> None:
    before, head = vault.counts(), vault.audit_head()
    action()
    assert vault.counts() == before
    assert vault.audit_head() == head


def test_title_correction_reaches_every_copy_and_keeps_the_old_value(vault, doc):
    head = vault.audit_head()
    assert correct(vault, doc.carrier_ids[1], "title", f"  {NEW_TITLE} ", "抄录时漏字")
    for cid in doc.carrier_ids:
        view = vault.carrier(cid)
        assert view.title == NEW_TITLE
        last = vault.ledger.history(cid)[-1]
        assert (last.action, last.field, last.before, last.after, last.note) == (
            "correct", "title", OLD_TITLE, NEW_TITLE, "抄录时漏字")
        assert last.actor == vault.actor
        assert last.audit_seq == head.seq + 1
        assert [h.action for h in vault.ledger.history(cid)] == ["register", "correct"]
    page = vault.ledger.page()
    assert [v.title for v in page if v.document_id == doc.document_id] == [NEW_TITLE] * 3
    assert vault.counts()["audit"] == head.seq + 1
    assert vault.verify().ok


def test_search_finds_the_new_title_not_the_old(vault, doc):
    assert {v.id for v in vault.ledger.search("加强涉密载体")} == set(doc.carrier_ids)
    correct(vault, doc.carrier_ids[0], "title", NEW_TITLE, "抄录时漏字")
    assert vault.ledger.search("加强涉密载体") == []
    assert {v.id for v in vault.ledger.search("进一步规范")} == set(doc.carrier_ids)
    assert {v.id for v in vault.ledger.search("规范")} == set(doc.carrier_ids)  # short query


def test_the_audit_event_holds_before_after_and_reason(vault, doc):
    before = vault.carrier(doc.carrier_ids[0]).doc_no  # 国保发〔2026〕1x号 from the factory
    assert correct(vault, doc.carrier_ids[0], "doc_no", "国保发〔2026〕99号", "文号抄错")
    action, ids, detail = vault.conn.execute(
        "SELECT action, carrier_ids, detail FROM audit_event ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert action == "correct"
    assert ids == "[" + ",".join(map(str, doc.carrier_ids)) + "]"
    for text in (before, "国保发〔2026〕99号", "文号抄错"):
        assert text in detail


def test_unchanged_value_writes_nothing(vault, doc):
    def again() -> None:
        assert correct(vault, doc.carrier_ids[0], "title", OLD_TITLE, "核对") is False
        assert correct(vault, doc.carrier_ids[0], "pages", "12", "核对") is False
        assert correct(vault, doc.carrier_ids[0], "location", "1号保密柜", "核对") is False
        assert correct(vault, doc.carrier_ids[0], "attachments", "  ", "核对") is False

    unchanged(vault, again)
    # and the vault is still usable afterwards
    assert correct(vault, doc.carrier_ids[0], "pages", "13", "页数数错")


@pytest.mark.parametrize("reason", ["", "   ", "\u3000"])
def test_a_reason_is_required(vault, doc, reason):
    def attempt() -> None:
        with pytest.raises(RuleViolation) as info:
            correct(vault, doc.carrier_ids[0], "title", NEW_TITLE, reason)
        assert info.value.field == "reason"

    unchanged(vault, attempt)
    assert vault.carrier(doc.carrier_ids[0]).title == OLD_TITLE


@pytest.mark.parametrize("field", ["number", "barcode", "copy_no", "id", "status",
                                   "register", "audit_seq"])
def test_identity_fields_cannot_be_corrected(vault, doc, field):
    def attempt() -> None:
        with pytest.raises(RuleViolation, match="身份"):
            correct(vault, doc.carrier_ids[0], field, "X", "想改")

    unchanged(vault, attempt)


def test_location_correction_moves_one_carrier_only(vault, doc):
    first, second, third = doc.carrier_ids
    add_location(vault, "2号保密柜")
    assert correct(vault, second, "location", "2号保密柜", "实际放在2号柜")
    assert [vault.carrier(c).location for c in doc.carrier_ids] == [
        "1号保密柜", "2号保密柜", "1号保密柜"]
    last = vault.ledger.history(second)[-1]
    assert (last.field, last.before, last.after) == ("location", "1号保密柜", "2号保密柜")
    assert [h.action for h in vault.ledger.history(first)] == ["register"]
    assert [h.action for h in vault.ledger.history(third)] == ["register"]
    ids = vault.conn.execute("SELECT carrier_ids FROM audit_event ORDER BY seq DESC LIMIT 1")
    assert ids.fetchone()[0] == f"[{second}]"


def test_location_must_exist(vault, doc):
    def attempt() -> None:
        with pytest.raises(RuleViolation) as info:
            correct(vault, doc.carrier_ids[0], "location", "9号保密柜", "搬迁")
        assert info.value.field == "location"

    unchanged(vault, attempt)


def test_copies_total_below_a_registered_copy_number_is_refused(vault, doc):
    def attempt() -> None:
        with pytest.raises(RuleViolation) as info:
            correct(vault, doc.carrier_ids[0], "copies_total", "4", "份数抄错")
        assert info.value.field == "copies_total" and "5" in info.value.message

    unchanged(vault, attempt)
    assert correct(vault, doc.carrier_ids[0], "copies_total", "5", "份数抄错")
    assert vault.carrier(doc.carrier_ids[2]).copies_total == 5


@pytest.mark.parametrize("value", ["0", "-1", "十二", "1.5", "١٢", "100001", "12页"])
def test_numbers_must_be_numbers(vault, doc, value):
    def attempt() -> None:
        with pytest.raises(RuleViolation) as info:
            correct(vault, doc.carrier_ids[0], "pages", value, "页数数错")
        assert info.value.field == "pages"

    unchanged(vault, attempt)


def test_full_width_digits_from_an_input_method_are_numbers(vault, doc):
    assert correct(vault, doc.carrier_ids[0], "pages", "１５", "页数数错")
    assert vault.carrier(doc.carrier_ids[0]).pages == 15


@pytest.mark.parametrize(("field", "value"), [
    ("sender", ""),  # required for an incoming document
    ("pages", ""),
    ("title", " "),
    ("classified_on", "2026-11-28"),  # after it was received (2026-11-27)
    ("classified_on", "1948-01-01"),
    ("classified_on", "2026-13-01"),
    ("classified_on", "去年"),
    # the document says 机密 until 2035-12-31: more than 20 years after 2015, which 机密 allows
    ("classified_on", "2015-01-01"),
])
def test_corrections_obey_the_registration_rules(vault, field, value):
    reg = register_incoming(vault, incoming(
        period=SecrecyPeriod.until_date(dt.date(2035, 12, 31))))

    def attempt() -> None:
        with pytest.raises(RuleViolation) as info:
            correct(vault, reg.carrier_ids[0], field, value, "更正")
        assert info.value.field == field, info.value.message

    unchanged(vault, attempt)


def test_classified_on_can_be_corrected_within_the_rules(vault, doc):
    assert correct(vault, doc.carrier_ids[0], "classified_on", "2026-10-15", "定密日期抄错")
    view = vault.carrier(doc.carrier_ids[0])
    assert view.classified_on == dt.date(2026, 10, 15)
    assert view.expiry == dt.date(2036, 10, 15)  # 机密★10年 runs from the corrected date


def test_control_characters_in_a_correction_are_refused(vault, doc):
    def attempt() -> None:
        with pytest.raises(RuleViolation):
            correct(vault, doc.carrier_ids[0], "title", "关于\x00通知", "更正")

    unchanged(vault, attempt)
