"""The demo vault's inventory checks: a closed check with a missing carrier, an open check."""

from __future__ import annotations

from miji_desk.core import inventory as inv
from miji_desk.core.clock import FixedClock
from miji_desk.demo import make_demo
from tests.factories import NOW, TEST_KDF


def test_demo_has_a_closed_check_with_a_missing_carrier_and_an_open_check(tmp_path) -> None:
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        ids = vault.inventory.check_ids()
        views = [inv.check_view(vault.inventory.check_row(i)) for i in ids]
        closed = [v for v in views if not v.is_open]
        open_ = [v for v in views if v.is_open]
        assert len(closed) == 1 and len(open_) == 1
        assert closed[0].counts["missing"] == 1 and closed[0].counts["present"] >= 1
        missing = [ln for ln in inv.check_lines(vault, closed[0].id)
                   if ln.result is inv.Result.MISSING]
        assert len(missing) == 1
        now = inv.counts(vault, open_[0].id)
        assert 0 < now.found < now.expected
        assert vault.verify().ok
