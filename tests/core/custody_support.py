"""Shared set-up for the people, circulation and loan tests: a staff and a few documents."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.people import Grade, Person, PersonForm, add_person
from miji_desk.core.registration import Registration, register_incoming
from miji_desk.vault.vault import Vault
from tests.factories import incoming

TABLES = ("carrier", "carrier_event", "audit_event", "person", "person_event", "circulation",
          "circulation_carrier", "circulation_reader", "circulation_read", "loan", "incident",
          "meta")


@dataclass
class Staff:
    director: Person  # 办公室主任, 重要
    dean: Person  # 院领导 副院长, 核心
    clerk2: Person  # 综合处 科员, 一般
    temp: Person  # 综合处 助理, 非涉密
    outsider: Person  # 财务处 主任, 核心 but outside most scopes


def make_staff(vault: Vault) -> Staff:
    return Staff(
        director=add_person(vault, PersonForm("张建华", Grade.IMPORTANT, "办公室", "主任")),
        dean=add_person(vault, PersonForm("李国强", Grade.CORE, "院领导", "副院长")),
        clerk2=add_person(vault, PersonForm("王小丽", Grade.GENERAL, "综合处", "科员")),
        temp=add_person(vault, PersonForm("赵晓", Grade.NONE, "综合处", "助理")),
        outsider=add_person(vault, PersonForm("孙立", Grade.CORE, "财务处", "主任")))


def register(vault: Vault, **overrides: object) -> Registration:
    return register_incoming(vault, incoming(**overrides))


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a custody workflow may touch."""
    return {t: vault.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
            for t in TABLES}


@contextlib.contextmanager
def refused(vault: Vault, match: str) -> Iterator[pytest.ExceptionInfo[RuleViolation]]:
    """The block must raise RuleViolation matching ``match`` and change nothing at all."""
    before = snapshot(vault)
    with pytest.raises(RuleViolation, match=match) as info:
        yield info
    assert snapshot(vault) == before


def status(vault: Vault, carrier_id: int) -> tuple[str, str]:
    view = vault.carrier(carrier_id)
    return view.status.value, view.holder
