"""Audited facts about the session: unlocks (with the failed attempts before them), locks,
and changes of the PC's network state."""

from __future__ import annotations

from collections.abc import Sequence

from .ports import Ledger


def record_unlock(ledger: Ledger, method: str, failed_attempts: Sequence[str]) -> None:
    """One audit event per unlock; failures counted outside the vault are written in here."""
    with ledger.transaction() as tx:
        tx.audit("unlock", [], {"method": method, "failed_attempts": list(failed_attempts)})


def record_network_state(ledger: Ledger, up_interfaces: Sequence[str]) -> None:
    """The PC must stay off networks; every change of what is up is on the record."""
    with ledger.transaction() as tx:
        tx.audit("network_state", [], {"up_interfaces": sorted(up_interfaces),
                                       "airgapped": not up_interfaces})
