"""The expiry review list (篇三 二十一) on real vaults: edge dates (month ends, 29 February,
长期, condition-based periods, receipt-only dates), the unit's window, and a review through the
level-change workflow that takes the carriers off the list and re-levels their volume."""

from __future__ import annotations

import datetime as dt

from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.level_changes import Decision, LevelChangeForm, change_level
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.unit_rules import EXPIRY_WINDOW_DAYS, change_unit_rule
from miji_desk.vault.expiry_queries import expiry_list
from tests.factories import NOW

from .disposition_support import force, register

TODAY = NOW.date()  # 2026-11-27


def _listed(vault) -> dict[int, dt.date]:
    return {ln.carrier.document_id: ln.ends for ln in expiry_list(vault, TODAY)}


def _window(vault, days: int) -> None:
    change_unit_rule(vault, EXPIRY_WINDOW_DAYS.key, days, "测试到期窗口")


def test_a_period_ending_on_a_month_end_is_listed_from_the_right_day(vault) -> None:
    # 2026-05-31 + 6 months is 30 November (SQLite alone would say 1 December).
    doc = register(vault, period=SecrecyPeriod.months(6), classified_on=dt.date(2026, 5, 31))
    _window(vault, 2)  # cutoff 29 November: not yet
    assert doc.document_id not in _listed(vault)
    _window(vault, 3)  # cutoff 30 November: the last day of the period
    assert _listed(vault)[doc.document_id] == dt.date(2026, 11, 30)
    # Every copy of the registration is listed, each once.
    lines = [ln for ln in expiry_list(vault, TODAY) if ln.carrier.document_id == doc.document_id]
    assert sorted(ln.carrier.id for ln in lines) == sorted(doc.carrier_ids)
    assert lines[0].days_left(TODAY) == 3 and not lines[0].ended(TODAY)


def test_a_period_from_29_february_ends_on_28_february(vault) -> None:
    doc = register(vault, level="secret", period=SecrecyPeriod.years(10),
                   classified_on=dt.date(2016, 2, 29))
    _window(vault, 0)
    ends = _listed(vault)[doc.document_id]
    assert ends == dt.date(2026, 2, 28)
    line = next(ln for ln in expiry_list(vault, TODAY) if ln.carrier.document_id == doc.document_id)
    assert line.ended(TODAY) and line.days_left(TODAY) == -272


def test_a_receipt_only_unmarked_document_ends_at_the_legal_maximum_from_receipt(vault) -> None:
    # No 定密日期 and no period marked: 秘密 runs 10 years from the day of receipt.
    doc = register(vault, level="confidential", period=SecrecyPeriod(), classified_on=None,
                   received_at=dt.datetime(2016, 11, 30, 16, 0, tzinfo=NOW.tzinfo))
    _window(vault, 0)
    assert doc.document_id not in _listed(vault)
    _window(vault, 3)
    assert _listed(vault)[doc.document_id] == dt.date(2026, 11, 30)


def test_long_term_and_condition_periods_and_the_unexpired_are_never_listed(vault) -> None:
    long_term = register(vault, level="top_secret", period=SecrecyPeriod.long_term(),
                         classified_on=dt.date(1990, 1, 1))
    condition = register(vault, level="secret",
                         period=SecrecyPeriod.until_condition("项目验收后解密"),
                         classified_on=dt.date(2000, 1, 1))
    running = register(vault, period=SecrecyPeriod.years(10), classified_on=dt.date(2026, 11, 1))
    _window(vault, 3000)  # up to 2035-02-12
    listed = _listed(vault)
    assert long_term.document_id not in listed and condition.document_id not in listed
    assert running.document_id not in listed  # ends 2036-11-01, beyond the window


def test_changing_the_window_changes_the_list(vault) -> None:
    doc = register(vault, level="secret", period=SecrecyPeriod.until_date(dt.date(2026, 12, 27)),
                   classified_on=dt.date(2026, 1, 1))
    assert _listed(vault)[doc.document_id] == dt.date(2026, 12, 27)  # default window: 30 days
    _window(vault, 29)
    assert doc.document_id not in _listed(vault)


def test_carriers_gone_from_the_unit_are_not_listed(vault) -> None:
    doc = register(vault, period=SecrecyPeriod.years(1), classified_on=dt.date(2020, 1, 1))
    force(vault, doc.carrier_ids[0], status="destroyed")
    ids = {ln.carrier.id for ln in expiry_list(vault, TODAY)}
    assert doc.carrier_ids[0] not in ids and set(doc.carrier_ids[1:]) <= ids


def test_a_batch_declassification_takes_them_off_the_list_and_re_levels_the_volume(vault) -> None:
    old = register(vault, level="secret", period=SecrecyPeriod.years(5),
                   classified_on=dt.date(2020, 1, 1), copy_numbers="1")
    older = register(vault, level="confidential", period=SecrecyPeriod.years(2),
                     classified_on=dt.date(2019, 6, 30), copy_numbers="1")
    keep = register(vault, level="confidential", period=SecrecyPeriod.years(10),
                    classified_on=dt.date(2026, 11, 1), copy_numbers="1")
    vol = create_volume(vault, VolumeForm("2020年文书档案", "permanent", "1号保密柜")).id
    file_carriers(vault, vol, [old.carrier_ids[0], keep.carrier_ids[0]])
    assert vault.disposition.volume(vol).level_code == "secret"
    before = _listed(vault)
    assert {old.document_id, older.document_id} <= set(before)
    assert keep.document_id not in before
    lines = [ln for ln in expiry_list(vault, TODAY)
             if ln.carrier.document_id in (old.document_id, older.document_id)]
    change_level(vault, LevelChangeForm(
        [ln.carrier.id for ln in lines], Decision.DECLASSIFY, authority="国家保密局",
        reference="国保〔2026〕9号", decided_on=TODAY))
    after = _listed(vault)
    assert old.document_id not in after and older.document_id not in after
    # Declassified, but still in the ledger with the old marking in its history.
    c = vault.carrier(old.carrier_ids[0])
    assert c.level.name == "非密" and vault.ledger.history(c.id)[-1].before == "机密★5年"
    # The volume keeps 秘密 (its highest item now), no longer 机密.
    assert vault.disposition.volume(vol).level_code == "confidential"


def test_an_extension_takes_a_carrier_off_the_list_until_the_new_end(vault) -> None:
    doc = register(vault, level="secret", period=SecrecyPeriod.years(5),
                   classified_on=dt.date(2021, 11, 1))
    assert doc.document_id in _listed(vault)
    change_level(vault, LevelChangeForm(
        [doc.carrier_ids[0]], Decision.PERIOD, authority="国家保密局", reference="国保〔2026〕10号",
        decided_on=TODAY, new_period=SecrecyPeriod.years(10)))
    assert doc.document_id not in _listed(vault)
