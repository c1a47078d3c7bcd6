"""The machine secret: 256 random bits in the OS credential store that tie the vault to this PC.

The secret is mixed into the passphrase slot's key-encryption key, so a copied vault and key file
do not open elsewhere with the passphrase alone (the recovery code still opens them). Only real
OS stores are trusted: a plaintext or "alt" keyring would leave the secret next to the vault,
which is worse than saying plainly that there is no store and working passphrase-only.
"""

from __future__ import annotations

import re
import secrets
import threading
from typing import TYPE_CHECKING

from ..core.errors import EnvironmentProblem
from .errors import WrongSecret

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "MijiDesk"
SECRET_BYTES = 32

# (module, class) of the stores kept by the OS itself, encrypted under the user's login.
REAL_BACKENDS: frozenset[tuple[str, str]] = frozenset({
    ("keyring.backends.Windows", "WinVaultKeyring"),
    ("keyring.backends.macOS", "Keyring"),
    ("keyring.backends.SecretService", "Keyring"),
    ("keyring.backends.libsecret", "Keyring"),  # the same Secret Service, through libsecret
    ("keyring.backends.kwallet", "DBusKeyring"),
    ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
})

# Tests need a store that behaves like an OS one, and CI machines have none. A fake declares
# this attribute, and it counts only for a backend handed to ``MachineSecretStore`` explicitly
# in code: the product's own selection (``keyring.get_keyring()``, steered by environment
# variables and keyring config files) trusts the shipped OS backends above and nothing else.
TEST_MARKER = "miji_desk_trusted_test_store"

_VAULT_ID = re.compile(r"[0-9a-f]{32}")


def _is_injected_fake(backend: object) -> bool:
    return getattr(type(backend), TEST_MARKER, False) is True


def _chosen(backend: object) -> object | None:
    """The backend that actually holds the secret: a chainer writes to its first backend."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        return chained[0] if chained else None
    return backend


def is_real_backend(backend: object) -> bool:
    """True if ``backend`` keeps secrets in a real OS credential store."""
    chosen = _chosen(backend)
    if chosen is None:
        return False
    cls = type(chosen)
    return (cls.__module__, cls.__name__) in REAL_BACKENDS


def _check_vault_id(vault_id: str) -> None:
    if not _VAULT_ID.fullmatch(vault_id):
        raise ValueError(f"vault id must be 32 lower-case hex digits, got {vault_id!r}")


class MachineSecretStore:
    """Reads and writes machine secrets in one keyring backend, if it is a real OS store.

    ``available`` is False (with ``reason`` in Chinese for the UI) when there is no real store
    or it cannot be reached; then ``get`` returns None and ``create`` returns None.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        # The OS store is looked up at first use, not here: keyring and its backends take a
        # noticeable part of a second to import and probe, and the app builds its store before
        # the unlock screen shows (the app resolves it right after that first paint).
        self._given = backend
        self._resolved = False
        self._available = False
        self._reason = ""
        self._backend_name = "unknown"
        self._backend_: KeyringBackend | None = None
        self._resolving = threading.Lock()  # the unlock worker and the UI thread may both ask

    def resolve(self) -> None:
        """Choose and probe the store now (once); every attribute below does it on demand."""
        with self._resolving:
            if not self._resolved:
                self._resolve(self._given)
                self._resolved = True

    @property
    def available(self) -> bool:
        self.resolve()
        return self._available

    @property
    def reason(self) -> str:
        """Why there is no store (Chinese, for the UI); empty when there is one."""
        self.resolve()
        return self._reason

    @property
    def backend_name(self) -> str:
        self.resolve()
        return self._backend_name

    @property
    def _backend(self) -> KeyringBackend | None:
        self.resolve()
        return self._backend_

    def _resolve(self, backend: KeyringBackend | None) -> None:
        from keyring.backend import KeyringBackend

        try:
            # Only a backend injected in code (tests) may be a marked fake; never one the
            # environment picked.
            injected = backend is not None and _is_injected_fake(backend)
            if backend is None:
                import keyring

                backend = keyring.get_keyring()
            self._backend_name = f"{type(backend).__module__}.{type(backend).__name__}"
            if not (injected or is_real_backend(backend)):
                self._reason = (
                    "本机没有可用的系统凭据库（如 Windows 凭据管理器、GNOME 密钥环或 KWallet），"
                    "台账将只凭口令保护、不与本机绑定；请妥善保管恢复码。"
                )
                return
            chosen = _chosen(backend)
            if not isinstance(chosen, KeyringBackend):
                raise TypeError(f"not a keyring backend: {chosen!r}")
            # Probe now: a locked or absent D-Bus service fails here, not halfway through setup.
            chosen.get_password(SERVICE, "probe")
        except Exception as e:  # keyring backends raise anything from D-Bus, ctypes or the OS
            self._unavailable(e)
            return
        self._backend_ = chosen
        self._available = True

    def _unavailable(self, error: BaseException) -> None:
        self._available = False
        self._backend_ = None
        self._reason = (
            f"无法访问系统凭据库（{type(error).__name__}），它可能已锁定或未运行。"
            "台账将只凭口令保护、不与本机绑定；请妥善保管恢复码。"
        )

    def get(self, vault_id: str) -> bytes | None:
        """The secret stored for ``vault_id``, or None if there is no store or no entry."""
        _check_vault_id(vault_id)
        if self._backend is None:
            return None
        try:
            stored = self._backend.get_password(SERVICE, vault_id)
        except Exception as e:  # see __init__
            raise EnvironmentProblem(
                f"无法读取系统凭据库（{type(e).__name__}），它可能已锁定。"
                "请解锁系统密钥环后重试，或使用恢复码解锁。"
            ) from e
        if stored is None:
            return None
        try:
            secret = bytes.fromhex(stored)
        except ValueError:
            secret = b""
        if len(secret) != SECRET_BYTES:
            raise WrongSecret(
                "系统凭据库中本台账的本机密钥已损坏，仅凭口令无法打开。请使用恢复码解锁。"
            )
        return secret

    def create(self, vault_id: str) -> bytes | None:
        """Store a new random secret for ``vault_id`` and return it; None if there is no store.

        The secret is read back before it is returned: a store that silently drops it would
        otherwise bind the vault to a secret nobody has.
        """
        _check_vault_id(vault_id)
        if self._backend is None:
            return None
        secret = secrets.token_bytes(SECRET_BYTES)
        try:
            self._backend.set_password(SERVICE, vault_id, secret.hex())
            if self._backend.get_password(SERVICE, vault_id) != secret.hex():
                raise RuntimeError("read-back mismatch")
        except Exception as e:  # see __init__
            self._unavailable(e)
            return None
        return secret

    def delete(self, vault_id: str) -> None:
        """Remove the entry for ``vault_id``; an absent entry or store is not an error."""
        _check_vault_id(vault_id)
        if self._backend is None:
            return
        from keyring.errors import PasswordDeleteError

        try:
            self._backend.delete_password(SERVICE, vault_id)
        except PasswordDeleteError:
            pass
        except Exception as e:  # see __init__
            raise EnvironmentProblem(
                f"无法删除系统凭据库中的本机密钥（{type(e).__name__}），它可能已锁定。"
                "请解锁系统密钥环后重试。"
            ) from e
