"""The demo vault's dashboard items: expired carriers (a 29 February start, a receipt-only
date), one due within the window, and an end-of-day check recorded."""

from __future__ import annotations

import datetime as dt

from miji_desk.core.clock import FixedClock
from miji_desk.demo import make_demo
from miji_desk.vault.day_end_queries import last_day_end
from miji_desk.vault.expiry_queries import expiry_list
from tests.factories import NOW, TEST_KDF


def test_demo_has_expired_carriers_and_an_end_of_day_record(tmp_path) -> None:
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        lines = {ln.carrier.title: ln for ln in expiry_list(vault, NOW.date())}
        leap = lines["关于二〇一六年度保密工作检查情况的通报"]
        assert leap.ends == dt.date(2026, 2, 28) and leap.ended(NOW.date())
        receipt = lines["关于某型设备试验安排的函（未标定密日期）"]
        assert receipt.carrier.period_from_receipt and receipt.ends == dt.date(2026, 5, 20)
        soon = lines["关于年度保密自查工作的通知"]
        assert soon.days_left(NOW.date()) == 12
        last = last_day_end(vault)
        assert last is not None and last.actor == vault.actor
        assert vault.verify().ok
