"""Storage (存放): 机密 and 绝密 carriers in store are kept only in a safe (篇六 第三条; 篇四 (六)).

The test vault has ``1号保密柜`` (a safe) and ``机要室文件柜`` (a cabinet). Each test puts a
机密 or 绝密 carrier in store somewhere else, by each workflow that does so, and proves the
refusal changed nothing; a 秘密 carrier may still be kept in the cabinet.
"""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.corrections import correct
from miji_desk.core.custody import ReturnCheck
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.locations import add_location
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import (
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from miji_desk.vault.vault import Vault
from tests.factories import NOW, incoming

from .support import refused

CABINET = "机要室文件柜"
SAFE = "1号保密柜"


@pytest.mark.parametrize(("level", "location", "code"), [
    ("top_secret", "", "storage.safe_required_unplaced"),
    ("top_secret", CABINET, "storage.safe_required"),
    ("secret", CABINET, "storage.safe_required"),
    ("secret", "", "storage.safe_required_unplaced"),
])
def test_rule_storage_secret_registered_only_in_a_safe(vault: Vault, level: str, location: str,
                                                        code: str) -> None:
    """篇六 第三条; 篇四 (六): registering a 机密 or 绝密 document with no location, or in a
    文件柜, is refused."""
    with refused(vault, code):
        register_incoming(vault, incoming(level=level, location=location, copy_numbers="1",
                                          period=SecrecyPeriod.years(10)))


def test_rule_storage_lower_levels_may_stay_in_a_cabinet(vault: Vault) -> None:
    """篇六 第三条 names 机密 and 绝密 only: a 秘密 document in the cabinet is accepted."""
    reg = register_incoming(vault, incoming(level="confidential", location=CABINET,
                                            period=SecrecyPeriod.years(5)))
    assert vault.carrier(reg.carrier_ids[0]).location == CABINET


def test_rule_storage_media_and_kept_copies_only_in_a_safe(vault: Vault) -> None:
    """篇六 第三条: the same for a 机密 medium and the copy an outgoing 机密 document keeps."""
    with refused(vault, "storage.safe_required"):
        register_media(vault, MediaForm(kind=CarrierKind.USB, title="U盘", serial_no="S1",
                                        purpose="传递", level="secret", location=CABINET))
    with refused(vault, "storage.safe_required_unplaced"):
        register_outgoing(vault, OutgoingForm(
            title="报告", level="secret", copies=[OutgoingCopy(1, "省委办公厅"), OutgoingCopy(2)],
            pages=3, sent_at=NOW - dt.timedelta(hours=1)))


def test_rule_storage_move_to_a_cabinet_refused(vault: Vault) -> None:
    """篇六 第三条: moving a 机密 carrier out of its safe, into a cabinet or nowhere, is refused;
    into another safe it is accepted."""
    reg = register_incoming(vault, incoming())
    cid = reg.carrier_ids[0]
    with refused(vault, "storage.safe_required"):
        correct(vault, cid, "location", CABINET, "调整存放")
    with refused(vault, "storage.safe_required_unplaced"):
        correct(vault, cid, "location", "", "调整存放")
    add_location(vault, "2号保密柜", "safe")
    assert correct(vault, cid, "location", "2号保密柜", "调整存放")


def test_rule_storage_copies_only_in_a_safe(vault: Vault) -> None:
    """篇六 第三条: copies of a 机密 document are not put in a cabinet."""
    reg = register_incoming(vault, incoming())
    with refused(vault, "storage.safe_required"):
        make_copies(vault, CopyForm(source=reg.carrier_ids[0], count=1, purpose="传达",
                                    approver="刘院长", approval_ref="复审1号",
                                    approved_on=NOW.date(), authority_ref="国保复〔2026〕1号",
                                    location=CABINET))


def put_in_cabinet_before_the_rule(vault: Vault, carrier_id: int) -> None:
    """A carrier placed in the cabinet before this rule existed (an older vault)."""
    vault.conn.execute("UPDATE carrier SET location_id = (SELECT id FROM location "
                       "WHERE name = ?) WHERE id = ?", (CABINET, carrier_id))


def test_rule_storage_return_from_loan_only_into_a_safe(vault: Vault) -> None:
    """篇六 第三条: a 机密 carrier whose place is a cabinet is not taken back into store from a
    loan until its place is a safe; then the return goes through."""
    reader = add_person(vault, PersonForm("张建华", Grade.IMPORTANT, "办公室", "主任"))
    reg = register_incoming(vault, incoming())
    lend(vault, LoanForm(borrower=reader.badge, carriers=reg.barcodes[:1], purpose="阅",
                         approver="刘院长", approved_on=NOW.date(), approval_ref="借审〔2026〕9号"))
    put_in_cabinet_before_the_rule(vault, reg.carrier_ids[0])
    with refused(vault, "storage.safe_required"):
        return_loan(vault, reg.barcodes[0], ReturnCheck(pages_counted=12))
    correct(vault, reg.carrier_ids[0], "location", SAFE, "存入保密柜")
    return_loan(vault, reg.barcodes[0], ReturnCheck(pages_counted=12))
    assert vault.carrier(reg.carrier_ids[0]).status.value == "in_store"


def test_rule_storage_return_from_circulation_only_into_a_safe(vault: Vault) -> None:
    """篇六 第三条: the same when a circulated 机密 carrier comes back."""
    reader = add_person(vault, PersonForm("张建华", Grade.IMPORTANT, "办公室", "主任"))
    reg = register_incoming(vault, incoming())
    open_circulation(vault, CirculationForm(reg.barcodes[:1], [reader.badge]))
    hand_out(vault, reg.barcodes[0])
    put_in_cabinet_before_the_rule(vault, reg.carrier_ids[0])
    with refused(vault, "storage.safe_required"):
        take_back(vault, reg.barcodes[0])
