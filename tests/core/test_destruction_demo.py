"""The demo vault's copies, volumes, hold, return list and manifests (one completed, one open)."""

from __future__ import annotations

from miji_desk.core.carriers import Register, Status
from miji_desk.core.clock import FixedClock
from miji_desk.demo import make_demo
from tests.factories import NOW, TEST_KDF


def test_demo_has_copies_volumes_a_hold_a_return_and_two_manifests(tmp_path) -> None:
    vault, _passphrase, _code = make_demo(tmp_path / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        d = vault.disposition
        records = list(d.iter_copy_records())
        assert len(records) == 2 and {r.level.code for r in records} == {"secret", "top_secret"}
        assert vault.ledger.counts_by("register")["copy"] == 3
        volumes = list(d.iter_volumes())
        assert [(v.top_secret, v.items > 0) for v in volumes] == [(False, True), (True, True)]
        assert volumes[0].level_code == "secret" and volumes[1].level_code == "top_secret"
        assert len(d.open_holds()) == 1
        lists = list(d.iter_return_lists())
        assert [rl.state for rl in lists] == ["已清退"]
        assert all(v.status is Status.RETURNED for v in d.return_carriers(lists[0].id))
        manifests = list(d.iter_manifests())
        assert [m.state for m in manifests] == ["已销毁", "待销毁"]
        done, pending = manifests
        assert done.totals == d.manifest_totals(done.id) == d.ledger_totals(done.id)
        assert done.totals.copies == 4
        assert {v.status for v in d.manifest_carriers(done.id)} == {Status.DESTROYED}
        assert len(d.manifest_lines(pending.id)) == 2
        assert {v.register for v in d.manifest_carriers(pending.id)} == {Register.MEDIA}
        times = [r[0] for r in vault.conn.execute("SELECT at FROM audit_event ORDER BY seq")]
        assert times == sorted(times)
        assert vault.verify().ok
