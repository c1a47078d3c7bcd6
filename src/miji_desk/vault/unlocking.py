"""Opening the vault with a secret, the one way every entry point does it.

The attempt is counted by the unlock limit before the secret is checked, a wrong one is kept
for the audit, and a successful unlock writes one ``unlock`` audit event naming the entry point
(``via``) with every failure and lockout since the previous unlock.
"""

from __future__ import annotations

from pathlib import Path

from ..core.clock import Clock
from ..core.errors import MijiError
from ..core.session_audit import record_unlock
from .errors import NotAVault, WrongSecret
from .machine_secret import MachineSecretStore
from .unlock_limit import UnlockHistory, UnlockLimiter
from .vault import Check, Vault


def unlock(path: Path, *, passphrase: str | None = None, recovery_code: str | None = None,
           store: MachineSecretStore | None, via: str, limiter: UnlockLimiter | None = None,
           clock: Clock | None = None, check: Check = True, audit: bool = True
           ) -> tuple[Vault, UnlockHistory]:
    """The open vault and what the limit saw since the last unlock.

    ``audit=False`` leaves the audit event to the caller (``audit_unlock``), for a caller that
    must look at the vault before writing to it (verification of a possibly damaged file).
    Raises ``UnlockRefused`` before trying, or whatever ``Vault.open`` raises.
    """
    path = Path(path)
    if not path.exists():  # no guess was made: nothing to count
        raise NotAVault(f"找不到台账文件：{path}")
    limiter = limiter or UnlockLimiter(path, clock=clock)
    is_recovery = recovery_code is not None
    limiter.begin(recovery=is_recovery)
    try:
        vault = Vault.open(path, passphrase=passphrase, recovery_code=recovery_code,
                           store=store, clock=clock, check=check)
    except WrongSecret:
        limiter.failed()
        raise
    except MijiError:  # damaged, too new, mistyped code format …: no guess was refused
        limiter.abandon()
        raise
    # Anything else (an interrupt during the key derivation, a bug) leaves the attempt counted.
    history = limiter.succeeded()
    if audit:
        try:
            audit_unlock(vault, history, recovery=is_recovery, via=via)
        except BaseException:
            vault.close()
            raise
    return vault, history


def audit_unlock(vault: Vault, history: UnlockHistory, *, recovery: bool, via: str) -> None:
    detail = history.audit_detail()
    record_unlock(vault, "recovery_code" if recovery else "passphrase",
                  detail["failed_attempts"], via=via, lockouts=detail["lockouts"],
                  limit_state_problem=history.state_problem)
