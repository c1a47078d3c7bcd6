"""Rules of classified media (涉密介质), each tried by the break an audit found (issue 13)."""

from __future__ import annotations

import pytest

from miji_desk.core.carriers import CarrierKind
from miji_desk.core.corrections import correct
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.registration import MediaForm, register_media
from miji_desk.core.unit_rules import LEND_MEDIA_OTHER_DEPARTMENT, change_unit_rule
from miji_desk.vault.vault import Vault
from tests.factories import NOW

from .support import refused


def medium(**overrides: object) -> MediaForm:
    values: dict[str, object] = dict(
        kind=CarrierKind.USB, title="项目组专用U盘", serial_no="SN-ABC 123",
        purpose="仅用于涉密计算机间传递资料", level="secret", location="1号保密柜",
        handled_by="吴磊", scope="项目组成员", dedicated_computer="涉密计算机 BM-001")
    values.update(overrides)
    return MediaForm(**values)  # type: ignore[arg-type]


def loan(person, codes: list[str]) -> LoanForm:
    return LoanForm(borrower=person.badge, carriers=codes, purpose="拷贝试验数据",
                    approver="陈院长", approved_on=NOW.date(), approval_ref="借审〔2026〕9号")


@pytest.fixture
def team(vault: Vault):
    """The 责任人 and a colleague in 项目组, and a 核心 reader of another department."""
    keeper = add_person(vault, PersonForm("吴磊", Grade.CORE, "项目组", "总设计师"))
    colleague = add_person(vault, PersonForm("赵强", Grade.IMPORTANT, "项目组", "成员"))
    other = add_person(vault, PersonForm("郑丽", Grade.CORE, "综合处", "项目组成员"))
    return keeper, colleague, other


@pytest.mark.parametrize("typed", ["sn-abc123", "ＳＮ－ＡＢＣ１２３", " Sn-Abc  123 "])
def test_rule_media_serial_number_unique(vault: Vault, typed: str) -> None:
    """篇一 8; 篇十一 (二)4: one medium is registered once: a second medium with the same serial
    number (ignoring case, spaces and width) is refused, naming the medium that has it."""
    first = register_media(vault, medium())
    with refused(vault, "media.serial_taken") as info:
        register_media(vault, medium(serial_no=typed, title="另一个U盘"))
    assert vault.carrier(first.carrier_ids[0]).number in info.value.message
    assert "项目组专用U盘" in info.value.message


def test_rule_media_serial_number_unique_on_correction(vault: Vault) -> None:
    """篇十一 (二)4: nor can a correction give a medium another medium's serial number."""
    register_media(vault, medium())
    second = register_media(vault, medium(serial_no="SN-XYZ-9", title="另一个U盘"))
    with refused(vault, "media.serial_taken"):
        correct(vault, second.carrier_ids[0], "serial_no", "sn-abc123", "更正序列号")


def test_rule_media_scope_recorded_so_it_can_be_lent(vault: Vault, team) -> None:
    """篇四 (九); 篇三 十二: a medium is registered with its 知悉范围, so it can be lent within
    it at once, and not outside it."""
    _keeper, colleague, _other = team
    outsider = add_person(vault, PersonForm("孙立", Grade.CORE, "财务处", "主任"))
    reg = register_media(vault, medium())
    view = vault.carrier(reg.carrier_ids[0])
    assert view.extra["scope"] == "项目组成员"
    with refused(vault, "scope.outside"):
        lend(vault, loan(outsider, reg.barcodes))
    lent = lend(vault, loan(colleague, reg.barcodes))
    assert lent.person.id == colleague.id


def test_rule_media_dedicated_computer_recorded_and_corrected(vault: Vault) -> None:
    """篇十一 (二)4: a medium records the computer it is dedicated to (专用计算机); a correction
    keeps the old value beside the new one."""
    reg = register_media(vault, medium())
    cid = reg.carrier_ids[0]
    assert vault.carrier(cid).extra["dedicated_computer"] == "涉密计算机 BM-001"
    assert correct(vault, cid, "dedicated_computer", "涉密计算机 BM-002", "更换计算机")
    assert vault.carrier(cid).extra["dedicated_computer"] == "涉密计算机 BM-002"
    event = vault.ledger.history(cid)[-1]
    assert (event.field, event.before, event.after) == (
        "dedicated_computer", "涉密计算机 BM-001", "涉密计算机 BM-002")


def test_rule_media_not_lent_to_another_department(vault: Vault, team) -> None:
    """篇一 8; 篇四 (九); 篇十一 (二)4: a medium is not lent outside its 责任人's department
    unless the unit rule allows it (default: not allowed), even to a reader inside its scope."""
    _keeper, _colleague, other = team
    reg = register_media(vault, medium())
    with refused(vault, "loan.media_other_department") as info:
        lend(vault, loan(other, reg.barcodes))
    assert "项目组" in info.value.message and "综合处" in info.value.message
    change_unit_rule(vault, LEND_MEDIA_OTHER_DEPARTMENT.key, True, "经保密委员会同意")
    assert lend(vault, loan(other, reg.barcodes)).person.id == other.id


def test_rule_media_dedicated_computer_added_to_an_older_vault(tmp_path, monkeypatch) -> None:
    """篇十一 (二)4: a vault made before 专用计算机 existed opens with the column added, its
    registrations sealed again (verification passes), and takes new media with it."""
    from miji_desk.core.clock import FixedClock
    from miji_desk.core.registration import register_incoming
    from miji_desk.vault import schema
    from tests.factories import PASSPHRASE, incoming, machine, new_vault

    store, clock = machine(), FixedClock(NOW)
    path = tmp_path / "old.mjdb"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:5])
        m.setattr(schema, "SCHEMA_VERSION", 5)
        old, _ = new_vault(path, store, clock)
        reg = register_incoming(old, incoming())
        old.close()
    with Vault.open(path, passphrase=PASSPHRASE, store=store, clock=clock) as vault:
        assert vault.verify().ok
        assert vault.carrier(reg.carrier_ids[0]).extra["dedicated_computer"] == ""
        new = register_media(vault, medium())
        assert vault.carrier(new.carrier_ids[0]).extra["dedicated_computer"] == "涉密计算机 BM-001"
        assert vault.verify().ok
