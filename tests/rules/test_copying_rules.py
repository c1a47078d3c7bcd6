"""Copying rules (篇一 6; 篇三 十一; 篇十二 五): 机密 and 绝密 copies need the originating
authority's approval (a unit rule that defaults to the regulation); a unit may forbid 绝密
copying; and a medium is copied through the same workflow, never by registering a new one."""

from __future__ import annotations

import pytest

from miji_desk.core.carriers import CarrierKind, Register
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import MediaForm, register_media
from miji_desk.core.unit_rules import (
    COPY_SECRET_NEEDS_ORIGINATOR,
    COPY_TOP_SECRET,
    RULES,
    change_unit_rule,
    rule_value,
)
from tests.core.custody_support import register
from tests.factories import NOW
from tests.vault_fixtures import clock, store, vault, vault_path

from .rules_a_support import counts, refused

__all__ = ["clock", "store", "vault", "vault_path"]


def copy_form(source, **kw: object) -> CopyForm:
    values: dict[str, object] = dict(source=source, count=1, purpose="会议学习",
                                     approver="刘院长", approval_ref="复审〔2026〕1号",
                                     approved_on=NOW.date())
    values.update(kw)
    return CopyForm(**values)  # type: ignore[arg-type]


def test_rule_copying_secret_needs_originator_approval(vault) -> None:
    """篇一 6 ("绝密级、机密级…非原制发机关批准，不得复制和摘抄"): a unit rule shown in 设置, on
    by default: a 机密 copy without the originating authority's reference is refused; with the
    rule switched off (an audited change) the leader's approval is enough."""
    assert COPY_SECRET_NEEDS_ORIGINATOR in RULES and COPY_SECRET_NEEDS_ORIGINATOR.default is True
    assert "篇一 6" in COPY_SECRET_NEEDS_ORIGINATOR.source
    doc = register(vault, level="secret")
    with refused(vault, "copy.originator_ref_required", "authority_ref"):
        make_copies(vault, copy_form(doc.carrier_ids[0]))
    made = make_copies(vault, copy_form(doc.carrier_ids[0], authority_ref="国保复〔2026〕2号"))
    assert len(made.carrier_ids) == 1
    change_unit_rule(vault, COPY_SECRET_NEEDS_ORIGINATOR.key, False, "本单位文件自行定密")
    assert rule_value(vault, COPY_SECRET_NEEDS_ORIGINATOR) is False
    assert len(make_copies(vault, copy_form(doc.carrier_ids[1])).carrier_ids) == 1


def test_rule_copying_top_secret_forbidden_by_unit_rule(vault) -> None:
    """篇三 十一; 篇十二 五: the unit rule "允许复制绝密级载体" is read by the copy workflow:
    allowed (the default) a 绝密 copy still needs the originator's reference (篇一 6); forbidden,
    even a fully approved copy is refused and nothing is written."""
    assert COPY_TOP_SECRET in RULES
    doc = register(vault, level="top_secret", period=SecrecyPeriod.years(30))
    approved = dict(authority_ref="国保复〔2026〕9号")
    with refused(vault, "copy.originator_ref_required", "authority_ref"):
        make_copies(vault, copy_form(doc.carrier_ids[0]))
    make_copies(vault, copy_form(doc.carrier_ids[0], **approved))
    change_unit_rule(vault, COPY_TOP_SECRET.key, False, "本单位禁止复制绝密")
    with refused(vault, "copy.top_secret_forbidden", "source"):
        make_copies(vault, copy_form(doc.carrier_ids[1], **approved))


@pytest.fixture
def top_secret_usb(vault):
    return register_media(vault, MediaForm(kind=CarrierKind.USB, title="绝密专用U盘",
                                           serial_no="SN-TS-1", purpose="专项资料",
                                           level="top_secret", location="1号保密柜"))


def test_rule_copying_a_medium_goes_through_the_copy_workflow(vault, top_secret_usb) -> None:
    """篇一 6; 篇三 十一: copying a 绝密 U盘 is copying: the refusal no longer sends the clerk to
    register a new medium; the copy is made by the copy workflow, with the same approvals, as a
    new medium with its own serial number, linked to the original."""
    src = top_secret_usb.carrier_ids[0]
    with refused(vault, "copy.is_medium", "serial_no") as info:
        make_copies(vault, copy_form(src, authority_ref="国保复1号"))
    assert "不能另行登记" in info.value.message
    with refused(vault, "copy.originator_ref_required", "authority_ref"):
        make_copies(vault, copy_form(src, serial_no="SN-TS-2"))
    with refused(vault, "approval.clerk_approves", "approver"):
        make_copies(vault, copy_form(src, serial_no="SN-TS-2", approver="王小明",
                                     authority_ref="国保复1号"))
    with refused(vault, "copy.medium_one_at_a_time", "count"):
        make_copies(vault, copy_form(src, serial_no="SN-TS-2", count=2,
                                     authority_ref="国保复1号"))
    before = counts(vault)
    made = make_copies(vault, copy_form(src, serial_no="SN-TS-2", authority_ref="国保复1号"))
    assert counts(vault)[0] == before[0] + 1
    copy = vault.carrier(made.carrier_ids[0])
    assert (copy.kind, copy.register, copy.level.code) == (CarrierKind.USB, Register.COPY,
                                                           "top_secret")
    assert copy.extra["serial_no"] == "SN-TS-2"
    assert copy.extra["source_carrier_id"] == src
