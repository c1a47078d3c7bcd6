"""The demo vault's handovers and level changes: one completed list, one open, a level change
and a declassification; the vault still verifies."""

from __future__ import annotations

from miji_desk.core.carriers import Status
from miji_desk.core.clock import FixedClock
from miji_desk.core.level_changes import Decision
from miji_desk.demo import make_demo
from tests.factories import NOW, TEST_KDF


def test_demo_has_a_completed_and_an_open_handover_a_level_change_and_a_declassification(
        tmp_path) -> None:
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        h = vault.handover
        lists = list(h.iter_handovers())
        assert [x.state for x in lists] == ["已移交", "待移交"]
        done, pending = lists
        assert done.totals is not None and done.totals.copies == 3
        assert {c.status for c in h.handover_carriers(done.id)} == {Status.HANDED_OVER}
        assert len(h.handover_lines(pending.id)) == 1
        changes = list(h.iter_level_changes())
        assert [c.decision for c in changes] == [Decision.LEVEL, Decision.DECLASSIFY]
        assert changes[0].old_marking.startswith("机密") and changes[0].new_marking == "秘密★10年"
        assert changes[1].new_marking == "非密"
        assert vault.verify().ok
