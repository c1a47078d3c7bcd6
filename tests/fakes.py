"""Test doubles shared by the test suite (no Qt)."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class InMemoryKeyring(KeyringBackend):
    """A credential store in a dict: one instance is one "machine".

    CI machines have no OS credential store, so this fake declares the marker that
    ``MachineSecretStore`` honours only for a backend injected in code, never one the
    environment picks.
    """

    miji_desk_trusted_test_store = True
    priority = -10  # never picked by keyring's own backend resolution

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")


class LockedKeyring(InMemoryKeyring):
    """A trusted store that refuses every call, like a locked Secret Service collection."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("collection is locked")


class ForgetfulKeyring(InMemoryKeyring):
    """A trusted store that accepts writes and silently drops them."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass
