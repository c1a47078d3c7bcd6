"""Audited facts about the session: unlocks (with the failed attempts before them), locks,
and changes of the PC's network state."""

from __future__ import annotations

from collections.abc import Sequence

from .ports import Ledger


def record_unlock(ledger: Ledger, method: str, failed_attempts: Sequence[str], *,
                  via: str = "app", lockouts: Sequence[str] = (),
                  limit_state_problem: str | None = None) -> None:
    """One audit event per unlock, from whichever entry point (``via``: app, cli verify …);
    failures and lockouts counted outside the vault are written in here."""
    detail: dict[str, object] = {"method": method, "via": via,
                                 "failed_attempts": list(failed_attempts)}
    if lockouts:
        detail["lockouts"] = list(lockouts)
    if limit_state_problem:  # the unlock count was deleted or changed while locked
        detail["limit_state_problem"] = limit_state_problem
    with ledger.transaction() as tx:
        tx.audit("unlock", [], detail)


def record_network_state(ledger: Ledger, up_interfaces: Sequence[str]) -> None:
    """The PC must stay off networks; every change of what is up is on the record."""
    with ledger.transaction() as tx:
        tx.audit("network_state", [], {"up_interfaces": sorted(up_interfaces),
                                       "airgapped": not up_interfaces})
