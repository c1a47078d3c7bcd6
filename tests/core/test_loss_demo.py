"""The demo vault's losses: one reported lost and still open (reported late), one found."""

from __future__ import annotations

from miji_desk.core.carriers import Status
from miji_desk.core.clock import FixedClock
from miji_desk.core.custody import IncidentKind
from miji_desk.demo import make_demo
from tests.factories import NOW, TEST_KDF


def test_demo_has_an_open_loss_and_one_lost_and_found(tmp_path) -> None:
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        losses = [i for i in vault.custody.incidents(which="all")
                  if i.kind is IncidentKind.MISSING]
        open_ = [i for i in losses if i.is_open]
        closed = [i for i in losses if not i.is_open]
        assert len(open_) == 1 and len(closed) == 1
        assert open_[0].carrier.status is Status.MISSING and open_[0].loss is not None
        assert open_[0].loss.late
        assert closed[0].outcome == "found" and closed[0].carrier.status is Status.IN_STORE
        assert closed[0].carrier.location == "1号保密柜"
        assert vault.verify().ok
