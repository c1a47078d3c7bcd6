"""Circulation rules (篇四 (十一); 篇九 (四); issue 12): the 知悉范围 widens only with a leader's
approval, a carrier on an unfinished 传阅单 cannot be disposed of, and a hand-out is due the
same day by the unit's due time."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.corrections import correct
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    add_to_manifest,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.disposition import Approval
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.returns import ReturnForm, prepare_return
from tests.core.custody_support import make_staff, register
from tests.factories import NOW
from tests.vault_fixtures import clock, store, vault, vault_path

from .rules_a_support import refused, statuses

__all__ = ["clock", "store", "vault", "vault_path"]

APPROVAL = Approval("刘院长", "扩审〔2026〕3号", NOW.date())


@pytest.fixture
def staff(vault):
    return make_staff(vault)


def test_rule_circulation_widening_scope_needs_approval(vault, staff) -> None:
    """篇四 (十一): widening the 知悉范围 (here to 全体) is a leader's decision, not a correction
    with a reason only: refused without the approval, refused when the clerk approves it herself,
    and recorded with approver and reference when approved."""
    doc = register(vault, scope="办公室主任")
    cid = doc.carrier_ids[0]
    with refused(vault, "correction.scope_widening_approval", "approver"):
        correct(vault, cid, "scope", "全体", "扩大传阅")
    with refused(vault, "approval.clerk_approves", "approver"):
        correct(vault, cid, "scope", "全体", "扩大传阅",
                Approval("王小明（机要员）", "扩审〔2026〕3号", NOW.date()))
    with refused(vault, "form.required", "approval_ref"):
        correct(vault, cid, "scope", "办公室主任、综合处全体", "扩大传阅",
                Approval("刘院长", "", NOW.date()))
    assert vault.carrier(cid).extra["scope"] == "办公室主任"
    assert correct(vault, cid, "scope", "全体", "扩大传阅", APPROVAL)
    entry = vault.ledger.history(cid)[-1]
    assert "刘院长" in entry.note and "扩审〔2026〕3号" in entry.note
    # Narrowing is a plain correction.
    doc2 = register(vault, scope="办公室主任、院领导", copy_numbers="9")
    assert correct(vault, doc2.carrier_ids[0], "scope", "院领导", "收窄范围")


def test_rule_circulation_open_slip_blocks_destruction(vault, staff) -> None:
    """篇四 (十一); issue 12: a carrier between two readers of an open 传阅单 is in the safe, but
    it cannot go onto a 销毁清单 (nor a 清退单, nor into a volume): the slip could never finish.
    The carrier stays in store, the slip stays open, nothing is written."""
    doc = register(vault, scope="办公室主任、院领导")
    cid = doc.carrier_ids[0]
    slip = open_circulation(vault, CirculationForm([doc.barcodes[0]],
                                                   [staff.director.badge, staff.dean.badge]))
    hand_out(vault, doc.barcodes[0])
    take_back(vault, doc.barcodes[0])  # read by the first reader; the second still waits
    m = create_manifest(vault, ManifestForm(planned_on=NOW.date(), place="粉碎室",
                                            method=Method.SHRED))
    with refused(vault, "disposition.on_open_slip") as info:
        add_to_manifest(vault, m.id, [cid])
    assert info.value.params["number"] == slip.number
    with refused(vault, "disposition.on_open_slip"):
        prepare_return(vault, ReturnForm([cid], basis="清退通知"))
    vol = create_volume(vault, VolumeForm(title="2026年收文", retention="permanent",
                                             location="1号保密柜"))
    with refused(vault, "disposition.on_open_slip"):
        file_carriers(vault, vol.id, [cid])
    assert statuses(vault, [cid]) == ["in_store"]
    assert vault.conn.execute("SELECT closed_at FROM circulation WHERE id = ?",
                              (slip.id,)).fetchone()[0] is None
    # Once the slip is finished, the carrier may go onto the manifest and be destroyed.
    hand_out(vault, doc.barcodes[0])
    take_back(vault, doc.barcodes[0])
    add_to_manifest(vault, m.id, [cid])
    complete_manifest(vault, m.id, CompletionForm("刘院长", "销审〔2026〕4号", NOW.date(),
                                                  ["张建华", "李国强"]))
    assert statuses(vault, [cid]) == ["destroyed"]


def test_rule_circulation_hand_out_due_the_same_day(vault, staff) -> None:
    """篇九 (四) (要当天归还): a hand-out due 20 days away is refused in core; so is one later than
    the unit's due time (18:00 by default); an earlier time the same day is accepted."""
    doc = register(vault, scope="办公室主任")
    open_circulation(vault, CirculationForm([doc.barcodes[0]], [staff.director.badge]))
    with refused(vault, "due.circulation_same_day", "due") as info:
        hand_out(vault, doc.barcodes[0], due=NOW + dt.timedelta(days=20))
    assert info.value.params == {"due": "18:00"}
    with refused(vault, "due.circulation_same_day", "due"):
        hand_out(vault, doc.barcodes[0], due=NOW.replace(hour=18, minute=30))
    out = hand_out(vault, doc.barcodes[0], due=NOW.replace(hour=16))
    assert out.due == NOW.replace(hour=16)
