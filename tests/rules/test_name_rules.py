"""Who approves, supervises and delivers (篇四 (二); 篇三 二十二; 篇六 第四条): names are compared
as people, not as strings: width, blanks, brackets and titles do not make the clerk someone
else, nor one courier two."""

from __future__ import annotations

import pytest

from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.names import same_name
from miji_desk.core.registration import OutgoingCopy, OutgoingForm, register_outgoing
from tests.core.custody_support import make_staff, register
from tests.factories import CLERK, NOW
from tests.vault_fixtures import clock, store, vault, vault_path

from .rules_a_support import refused, statuses

__all__ = ["clock", "store", "vault", "vault_path"]

# The clerk of the test vault is 王小明; each of these is the clerk.
CLERK_DISGUISED = ["王 小明", "王小明（机要员）", "王小明(机要员)", "王　小明", "王小明同志",
                   "王小明【保密员】", " 王小明 主任"]


@pytest.mark.parametrize("name", CLERK_DISGUISED)
def test_same_name_sees_through_width_blanks_brackets_and_titles(name) -> None:
    assert same_name(name, CLERK)
    assert same_name("ＬＩ Ｗｅｎｊｉｎｇ", "li wenjing")
    assert not same_name(name, "王小丽")
    assert not same_name("", "")
    assert not same_name("张主任", "张")  # a title alone is not a name to strip


@pytest.mark.parametrize("name", ["王 小明", "王小明（机要员）"])
def test_rule_names_clerk_never_approves_a_loan(vault, name) -> None:
    """篇四 (二): "not the clerk" is not an exact string match: ``王 小明`` and
    ``王小明（机要员）`` are the clerk, refused as approver; nothing is lent."""
    staff = make_staff(vault)
    doc = register(vault, scope="办公室主任")
    with refused(vault, "approval.clerk_approves", "approver"):
        lend(vault, LoanForm(staff.director.badge, [doc.barcodes[0]], "起草报告", name,
                             NOW.date(), "借审〔2026〕7号"))
    assert statuses(vault, doc.carrier_ids) == ["in_store"] * 3


def test_rule_names_borrower_never_approves_own_loan(vault) -> None:
    """篇四 (二): the borrower is not the approver, whatever the spelling."""
    staff = make_staff(vault)
    doc = register(vault, scope="办公室主任")
    with refused(vault, "loan.self_approved", "approver"):
        lend(vault, LoanForm(staff.director.badge, [doc.barcodes[0]], "起草报告",
                             "张建华（主任）", NOW.date(), "借审〔2026〕7号"))


def test_rule_names_supervisors_are_two_people_not_the_clerk(vault) -> None:
    """篇三 二十二; 篇十一 (一)6: two supervisors, neither of them the clerk; ``张建华`` and
    ``张 建华（办公室）`` are one person. The manifest stays open, the carriers in store."""
    doc = register(vault)
    m = create_manifest(vault, ManifestForm(planned_on=NOW.date(), place="粉碎室",
                                            method=Method.SHRED, carriers=[doc.carrier_ids[0]]))
    form = CompletionForm("刘院长", "销审〔2026〕4号", NOW.date(), ["王小明（机要员）", "张建华"])
    with refused(vault, "destruction.clerk_supervises", "supervisors"):
        complete_manifest(vault, m.id, form)
    with refused(vault, "destruction.duplicate_supervisors", "supervisors"):
        complete_manifest(vault, m.id, CompletionForm(
            "刘院长", "销审〔2026〕4号", NOW.date(), ["张建华", "张 建华（办公室）"]))
    with refused(vault, "approval.clerk_approves", "approver"):
        complete_manifest(vault, m.id, CompletionForm(
            "王小明同志", "销审〔2026〕4号", NOW.date(), ["张建华", "李国强"]))
    assert statuses(vault, [doc.carrier_ids[0]]) == ["in_store"]


def test_rule_names_two_couriers_are_two_people(vault) -> None:
    """篇六 第四条: 绝密 goes out with two or more people; ``李四`` and ``李 四（司机）``
    are one person."""
    form = OutgoingForm(title="绝密通知", level="top_secret", copies=[OutgoingCopy(1, "省委")],
                        pages=2, sent_at=NOW, couriers=["李四", "李 四（司机）"])
    with refused(vault, "registration.courier_repeated", "couriers"):
        register_outgoing(vault, form)
