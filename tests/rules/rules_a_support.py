"""Shared by the rule tests of registration, marking, circulation, loans, copying and names:
a staff, a document, and the proof that a refused call changed nothing."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.refusals import REFUSALS
from miji_desk.vault.vault import Vault


def snapshot(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: carriers and their status, events, audit events, documents."""
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE '%ngram%' ORDER BY name")]
    return {t: sorted(vault.conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables}


def counts(vault: Vault) -> tuple[int, int, int]:
    """(carriers, history events, audit events)."""
    return tuple(vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                 for t in ("carrier", "carrier_event", "audit_event"))


@contextlib.contextmanager
def refused(vault: Vault, code: str, field: str | None = None
            ) -> Iterator[pytest.ExceptionInfo[RuleViolation]]:
    """The block must be refused with ``code`` (catalogued) and leave every row as it was."""
    assert code in REFUSALS
    before, n_before = snapshot(vault), counts(vault)
    with pytest.raises(RuleViolation) as info:
        yield info
    assert info.value.code == code, info.value.message
    if field is not None:
        assert info.value.field == field
    assert counts(vault) == n_before
    assert snapshot(vault) == before


def statuses(vault: Vault, ids: list[int]) -> list[str]:
    return [vault.carrier(i).status.value for i in ids]
