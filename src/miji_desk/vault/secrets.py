"""Changing the vault's secrets: passphrase change, passphrase reset, recovery-code renewal.

Each proves the clerk holds a current secret first (an unattended unlocked PC must not let
anyone lock the clerk out), then rewrites only the key file: the data key and the database never
change. The new key file is staged beside the live one, the audit event commits naming its
SHA-256, and only then is it renamed into place (``key_change``); a kill anywhere leaves what the
next open settles by the audit log, so the secret in force is always the one the log records.

Backups are not rewritten: a backup opens with the passphrase and recovery code that were
current when it was made. Make a fresh backup after changing either.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from ..core.errors import RuleViolation
from ..core.passphrase_policy import PassphrasePolicy
from . import key_change
from .errors import NotAVault, WrongSecret
from .kdf import KdfParams
from .keyslots import KeyFile
from .machine_secret import MachineSecretStore
from .recovery import new_recovery_code
from .vault import Vault, key_path

PASSPHRASE_SET_KEY = "passphrase_set_at"  # meta: when the passphrase in force was set


def passphrase_set_at(vault: Vault) -> dt.datetime:
    """When the passphrase in force was set, as the vault records it (never a file beside it):
    the meta row each change writes; for a vault changed before that row existed, the last
    ``passphrase_changed`` audit event; else the vault's creation."""
    conn = vault.conn
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PASSPHRASE_SET_KEY,)).fetchone()
    if row is None:
        row = conn.execute("SELECT at FROM audit_event WHERE action = 'passphrase_changed' "
                           "ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'created_at'").fetchone()
    return dt.datetime.fromisoformat(str(row[0]))


def _live_keyfile(vault: Vault) -> KeyFile:
    keys = KeyFile.load(key_path(vault.path))
    if keys.vault_id != vault.vault_id:
        raise NotAVault("台账密钥文件与当前打开的台账不是同一本台账，未作任何改动。")
    return keys


def _machine_secret(keys: KeyFile, store: MachineSecretStore | None) -> bytes | None:
    if not keys.machine_bound:
        return None
    store = store or MachineSecretStore()
    return store.get(keys.vault_id) if store.available else None


def _replace_keyfile(vault: Vault, new: KeyFile, action: str,
                     detail: dict[str, object]) -> None:
    # The staged file first, then the audit event naming its hash, then the rename: a kill at
    # any point leaves what the next open settles by the audit log (see key_change).
    sha = key_change.stage(vault.path, new)
    try:
        with vault.transaction() as tx:
            if action == "passphrase_changed":
                tx.set_meta(PASSPHRASE_SET_KEY, tx.now)
            tx.audit(action, [], {**detail, key_change.DIGEST_FIELD: sha})
    except BaseException:
        key_change.discard(vault.path)
        raise
    vault.keyfile = new
    vault.machine_bound = new.machine_bound
    key_change.activate(vault.path)


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b)


def check_passphrase(vault: Vault, passphrase: str, *,
                     store: MachineSecretStore | None = None) -> None:
    """The open vault's passphrase, checked against its live key slots: nothing is re-opened,
    nothing written. Raises ``WrongSecret`` when it is not the one in force."""
    keys = _live_keyfile(vault)
    try:
        keys.unlock_passphrase(passphrase, _machine_secret(keys, store))
    except WrongSecret:
        raise WrongSecret("口令不正确：请输入当前台账的口令。") from None


def change_passphrase(vault: Vault, old: str, new: str, *,
                      policy: PassphrasePolicy | None = None,
                      store: MachineSecretStore | None = None,
                      kdf: KdfParams | None = None) -> None:
    """Replace the passphrase: ``old`` must open the key file; ``new`` must satisfy ``policy``.

    Keeps the machine binding as it is. ``kdf`` defaults to the current slot's parameters.
    Raises ``WrongSecret`` (old passphrase), ``RuleViolation`` (new one), ``EnvironmentProblem``.
    """
    if not old:
        raise RuleViolation("passphrase.old_required", None, "old_passphrase")
    (policy or PassphrasePolicy()).check(new, vault.actor)
    if _same(old, new):
        raise RuleViolation("passphrase.same", None, "new_passphrase")
    keys = _live_keyfile(vault)
    secret = _machine_secret(keys, store)
    try:
        data_key = keys.unlock_passphrase(old, secret)
    except WrongSecret as e:
        if keys.machine_bound and secret is None:
            raise
        raise WrongSecret("原口令不正确，口令没有更改。") from e
    new_keys = keys.with_passphrase(data_key, new, secret, kdf or keys.passphrase_slot.kdf)
    _replace_keyfile(vault, new_keys, "passphrase_changed",
                     {"machine_bound": new_keys.machine_bound, "by": "passphrase"})


def reset_passphrase(vault: Vault, recovery_code: str, new: str, *,
                     store: MachineSecretStore | None = None,
                     policy: PassphrasePolicy | None = None,
                     kdf: KdfParams | None = None) -> None:
    """Set a new passphrase with the recovery code (the passphrase was forgotten, or the vault
    came from another PC): the passphrase slot is bound anew to this PC's credential store."""
    (policy or PassphrasePolicy()).check(new, vault.actor)
    keys = _live_keyfile(vault)
    data_key = keys.unlock_recovery(recovery_code)
    store = store or MachineSecretStore()
    secret = None
    if store.available:
        try:
            secret = store.get(keys.vault_id)
        except WrongSecret:  # a damaged entry: replace it
            secret = None
        if secret is None:
            secret = store.create(keys.vault_id)
    new_keys = keys.with_passphrase(data_key, new, secret, kdf or keys.passphrase_slot.kdf)
    _replace_keyfile(vault, new_keys, "passphrase_changed",
                     {"machine_bound": new_keys.machine_bound, "by": "recovery_code"})


def renew_recovery_code(vault: Vault, passphrase: str, *,
                        store: MachineSecretStore | None = None,
                        kdf: KdfParams | None = None) -> str:
    """Issue a new recovery code; the old one stops opening the vault (not older backups).

    ``passphrase`` re-authenticates the clerk. Returns the new code: show and print it once.
    """
    keys = _live_keyfile(vault)
    secret = _machine_secret(keys, store)
    try:
        data_key = keys.unlock_passphrase(passphrase, secret)
    except WrongSecret as e:
        if keys.machine_bound and secret is None:
            raise
        raise WrongSecret("口令不正确，恢复码没有更换。") from e
    code = new_recovery_code()
    new_keys = keys.with_recovery(data_key, code, kdf or keys.recovery_slot.kdf)
    _replace_keyfile(vault, new_keys, "recovery_code_renewed", {})
    return code
