"""Shared set-up for the copy, filing, hold, return and destruction tests."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.registration import MediaForm, Registration, register_incoming, register_media
from miji_desk.vault.vault import Vault
from tests.factories import NOW, incoming

APPROVED = NOW.date() - dt.timedelta(days=1)


def register(vault: Vault, **overrides: object) -> Registration:
    """机密, 份号 3-5, 12 pages unless overridden."""
    return register_incoming(vault, incoming(**overrides))


def medium(vault: Vault, **overrides: object) -> Registration:
    from miji_desk.core.carriers import CarrierKind

    values: dict[str, object] = dict(kind=CarrierKind.USB, title="专用U盘", serial_no="SN-1",
                                     purpose="项目资料", level="secret", location="1号保密柜")
    values.update(overrides)
    return register_media(vault, MediaForm(**values))  # type: ignore[arg-type]


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table."""
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name")]
    return {t: sorted(vault.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables}


@contextlib.contextmanager
def refused(vault: Vault, match: str, field: str | None = None
            ) -> Iterator[pytest.ExceptionInfo[RuleViolation]]:
    """The block must raise RuleViolation matching ``match`` and change nothing at all."""
    before = snapshot(vault)
    with pytest.raises(RuleViolation, match=match) as info:
        yield info
    if field is not None:
        assert info.value.field == field
    assert snapshot(vault) == before


def set_meta(vault: Vault, key: str, value: str) -> None:
    with vault.transaction() as tx:
        tx.set_meta(key, value)
        tx.audit("settings_changed", [], {key: value})


def force(vault: Vault, carrier_id: int, **values: object) -> None:
    """Put a carrier into a state another workflow would have made (test set-up only)."""
    with vault.transaction() as tx:
        tx.update_carrier(carrier_id, values)
        tx.audit("test_setup", [carrier_id], {})


def last_audit(vault: Vault) -> tuple[str, str]:
    row = vault.conn.execute("SELECT action, detail FROM audit_event ORDER BY seq DESC "
                             "LIMIT 1").fetchone()
    return row[0], row[1]


def actions(vault: Vault, carrier_id: int) -> list[str]:
    return [h.action for h in vault.ledger.history(carrier_id)]
