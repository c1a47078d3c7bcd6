"""Marking rules (保密法 第十五条; DESIGN.md "Marking"): the legal maximum period holds even when
no 定密日期 is given, and the period then runs from the day of receipt."""

from __future__ import annotations

import datetime as dt

from miji_desk.core.destruction import ManifestForm, Method, add_to_manifest, create_manifest
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from miji_desk.core.unit_rules import DESTROY_ONLY_AFTER_EXPIRY, change_unit_rule
from tests.factories import NOW, incoming
from tests.vault_fixtures import clock, store, vault, vault_path

from .rules_a_support import refused

__all__ = ["clock", "store", "vault", "vault_path"]


def test_rule_marking_until_date_within_legal_maximum_without_classification_date(vault) -> None:
    """保密法 第十五条: 秘密 at most 10 years. ``秘密★2099年12月31日`` with no 定密日期 is checked
    from the day of receipt and refused; nothing is written."""
    with refused(vault, "period.date_over_level_from_receipt", "period") as info:
        register_incoming(vault, incoming(
            level="confidential", classified_on=None,
            period=SecrecyPeriod.until_date(dt.date(2099, 12, 31))))
    assert info.value.params["latest"] == "2036-11-27"
    with refused(vault, "period.date_before_receipt", "period"):
        register_incoming(vault, incoming(
            level="confidential", classified_on=None,
            period=SecrecyPeriod.until_date(dt.date(2020, 1, 1))))
    ok = register_incoming(vault, incoming(level="confidential", classified_on=None,
                                           period=SecrecyPeriod.until_date(dt.date(2036, 11, 27))))
    assert vault.carrier(ok.carrier_ids[0]).expiry == dt.date(2036, 11, 27)


def test_rule_marking_period_runs_from_receipt_without_classification_date(vault) -> None:
    """保密法 第十五条; DESIGN.md: with no 定密日期 the period runs from the day of receipt, so a
    carrier always has an expiry, and the expiry rule of destruction applies to it."""
    reg = register_incoming(vault, incoming(classified_on=None, period=SecrecyPeriod.years(10),
                                            copy_numbers="1"))
    view = vault.carrier(reg.carrier_ids[0])
    assert view.period_from_receipt and view.period_start == NOW.date()
    assert view.expiry == dt.date(2036, 11, 27)
    unmarked = register_incoming(vault, incoming(classified_on=None, period=SecrecyPeriod(),
                                                 copy_numbers="2"))
    assert vault.carrier(unmarked.carrier_ids[0]).expiry == dt.date(2046, 11, 27)  # 机密 20 年
    change_unit_rule(vault, DESTROY_ONLY_AFTER_EXPIRY.key, True, "只销毁期满的")
    m = create_manifest(vault, ManifestForm(planned_on=NOW.date(), place="粉碎室",
                                            method=Method.SHRED))
    with refused(vault, "destruction.period_running") as info:
        add_to_manifest(vault, m.id, [reg.carrier_ids[0]])
    assert info.value.params["end"] == "2036-11-27"
