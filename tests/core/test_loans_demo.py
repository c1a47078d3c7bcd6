"""The demo vault's people, slips and loans: open and closed ones, and one overdue."""

from __future__ import annotations

from miji_desk.core.clock import FixedClock
from miji_desk.core.holdings import OutKind
from miji_desk.demo import make_demo
from tests.factories import NOW, TEST_KDF


def test_demo_has_people_circulations_loans_and_an_overdue_one(tmp_path) -> None:
    clock = FixedClock(NOW)
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF, clock=clock)
    with vault:
        assert vault.clock is clock  # the story clock is gone once the demo is made
        c = vault.custody
        people = c.people(active=None)
        assert len(people) >= 8 and any(not p.active for p in people)
        slips = list(c.iter_slips())
        assert any(s.is_open for s in slips) and any(not s.is_open for s in slips)
        loans = c.loans()
        assert any(ln.returned_at is None for ln in loans)
        assert any(ln.returned_at is not None for ln in loans)
        out = c.out_now()
        assert {ln.kind for ln in out} == {OutKind.CIRCULATION, OutKind.LOAN}
        overdue = c.overdue(NOW)
        assert len(overdue) == 1 and overdue[0].kind is OutKind.LOAN
        assert c.incidents()  # a return short of its attachment
        # Every event follows the one before it: the story never goes back in time.
        times = [r[0] for r in vault.conn.execute("SELECT at FROM audit_event ORDER BY seq")]
        assert times == sorted(times) and times[-1] <= NOW.isoformat()
        assert vault.verify().ok
