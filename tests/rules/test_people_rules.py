"""Rules of people (涉密人员), each tried by the break an audit found (issue 13).

Each test performs exactly the break on a real vault and proves the refused call changed no row
and wrote no audit event (``support.refused``).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation
from miji_desk.core.corrections import correct
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.people import (
    Grade,
    GradeApproval,
    PersonForm,
    add_person,
    correct_person,
    mark_left,
)
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import MediaForm, register_incoming, register_media
from miji_desk.vault.vault import Vault
from tests.factories import CLERK, NOW, incoming

from .support import refused

APPROVAL = GradeApproval("人事处", "刘局长")


@pytest.fixture
def dean(vault: Vault):
    return add_person(vault, PersonForm("李国强", Grade.CORE, "院领导", "副院长"))


def top_secret(vault: Vault):
    return register_incoming(vault, incoming(
        level="top_secret", copy_numbers="1", copies_total=1, scope="院领导",
        period=SecrecyPeriod.years(30)))


def last_audit(vault: Vault) -> tuple[str, dict[str, object]]:
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    return action, json.loads(detail)


def test_rule_person_regrade_refused_while_holding_higher_loan(vault: Vault, dean) -> None:
    """篇七 第六条: a 核心 person holding a 绝密 loan cannot be regraded to 一般 until it is
    back."""
    doc = top_secret(vault)
    lend(vault, LoanForm(borrower=dean.badge, carriers=doc.barcodes, purpose="审阅",
                         approver="刘院长", approved_on=NOW.date(), approval_ref="借审〔2026〕9号"))
    with refused(vault, "person.regrade_holds_higher") as info:
        correct_person(vault, dean.id, "grade", "一般", "岗位调整", APPROVAL)
    assert "关于加强涉密载体管理工作的通知" in info.value.message
    assert vault.custody.person(dean.id).grade is Grade.CORE


def test_rule_person_regrade_refused_while_reading_higher(vault: Vault, dean) -> None:
    """篇七 第六条: the same while a 绝密 circulation hand-out is with them."""
    doc = top_secret(vault)
    open_circulation(vault, CirculationForm(doc.barcodes, [dean.badge]))
    hand_out(vault, doc.barcodes[0])
    with refused(vault, "person.regrade_holds_higher"):
        correct_person(vault, dean.id, "grade", "重要", "岗位调整", APPROVAL)


def test_rule_person_regrade_refused_while_keeper_of_higher_medium(vault: Vault, dean) -> None:
    """篇七 第六条; 篇十一 (二)4: nor while they are the 责任人 of a 机密 medium; a grade that
    still covers it is accepted."""
    register_media(vault, MediaForm(
        kind=CarrierKind.USB, title="项目组专用U盘", serial_no="SN-1", purpose="传递资料",
        level="secret", handled_by="李国强", location="1号保密柜", scope="院领导"))
    with refused(vault, "person.regrade_holds_higher") as info:
        correct_person(vault, dean.id, "grade", "一般", "岗位调整", APPROVAL)
    assert "项目组专用U盘（责任人）" in info.value.message
    assert correct_person(vault, dean.id, "grade", "重要", "岗位调整", APPROVAL)


def test_rule_person_grade_change_records_proposer_and_leader(vault: Vault, dean) -> None:
    """篇七 第六条: a change of grade records who proposed it and which leader approved it; the
    leader is neither the clerk (however the name is typed) nor the person regraded."""
    with refused(vault, "form.required"):
        correct_person(vault, dean.id, "grade", "重要", "岗位调整")
    with refused(vault, "form.required"):
        correct_person(vault, dean.id, "grade", "重要", "岗位调整", GradeApproval("人事处", " "))
    for clerk in (CLERK, f"{CLERK}（机要员）", " ".join(CLERK)):
        with refused(vault, "approval.clerk_approves"):
            correct_person(vault, dean.id, "grade", "重要", "岗位调整",
                           GradeApproval("人事处", clerk))
    with refused(vault, "person.grade_self_approved"):
        correct_person(vault, dean.id, "grade", "重要", "岗位调整",
                       GradeApproval("人事处", "李国强副院长"))
    assert correct_person(vault, dean.id, "grade", "重要", "岗位调整", APPROVAL)
    action, detail = last_audit(vault)
    assert action == "person_corrected"
    assert (detail["proposer"], detail["approver"], detail["after"]) == (
        "人事处", "刘局长", "important")
    event = vault.custody.person_history(dean.id)[-1]
    assert "提议人人事处" in event.note and "批准人刘局长" in event.note


def test_rule_person_left_refused_while_keeper_of_medium(vault: Vault, dean) -> None:
    """篇七 第六条; 篇三 二十五: a person who is the 责任人 of a medium cannot be marked as
    left; the refusal names the medium. Once the 责任人 is corrected, they can leave."""
    media = register_media(vault, MediaForm(
        kind=CarrierKind.HARD_DISK, title="试验数据移动硬盘", serial_no="HD-77",
        purpose="试验数据", level="confidential", handled_by="李国强（院领导）",
        location="1号保密柜"))
    with refused(vault, "person.keeps_carriers") as info:
        mark_left(vault, dean.id, NOW.date(), "调离")
    assert "试验数据移动硬盘" in info.value.message
    assert vault.custody.person(dean.id).active
    correct(vault, media.carrier_ids[0], "handled_by", "张建华", "责任人交接")
    mark_left(vault, dean.id, NOW.date(), "调离")
    assert not vault.custody.person(dean.id).active


def test_rule_person_left_refused_while_carriers_registered_under_them(vault: Vault,
                                                                         dean) -> None:
    """篇三 二十五; 篇六 第九条: nor while carriers in the unit's keeping are registered under
    them (经办人); every one is named."""
    register_incoming(vault, incoming(handled_by="李国强", title="关于某型号的报告"))
    with refused(vault, "person.keeps_carriers") as info:
        mark_left(vault, dean.id, NOW.date() - dt.timedelta(days=1), "退休")
    assert info.value.params["count"] == 3  # copies 3-5
    assert "关于某型号的报告" in info.value.message
