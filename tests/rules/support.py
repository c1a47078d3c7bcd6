"""What every rule test of rules-b needs: a refusal by its code that changed nothing at all."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.vault import attest
from miji_desk.vault.vault import Vault


def everything(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every ledger table, the audit chain and the row seals."""
    tables = [*attest.ledger_tables(vault.conn), "audit_event", "row_attest"]
    return {t: vault.conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall()
            if t != "row_attest" else vault.conn.execute(f'SELECT * FROM "{t}"').fetchall()
            for t in tables}


@contextlib.contextmanager
def refused(vault: Vault, code: str) -> Iterator[pytest.ExceptionInfo[RuleViolation]]:
    """The block must be refused with ``code`` and leave every row and the audit log as it was."""
    before = everything(vault)
    audit = vault.counts()["audit"]
    with pytest.raises(RuleViolation) as info:
        yield info
    assert info.value.code == code, info.value.message
    assert vault.counts()["audit"] == audit
    assert everything(vault) == before
