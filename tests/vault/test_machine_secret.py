"""The machine secret in the OS credential store: only real stores are trusted."""

from __future__ import annotations

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from miji_desk.core.errors import EnvironmentProblem
from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.machine_secret import SERVICE, MachineSecretStore, is_real_backend
from tests.fakes import ForgetfulKeyring, InMemoryKeyring, LockedKeyring

VAULT_ID = "0123456789abcdef0123456789abcdef"


def _named_class(module: str, name: str) -> type[KeyringBackend]:
    """An in-memory store whose class claims another module and name (no marker honoured)."""
    cls = type(name, (InMemoryKeyring,), {"miji_desk_trusted_test_store": False})
    cls.__module__ = module
    return cls


def _foreign_class(module: str, name: str) -> type[KeyringBackend]:
    """A backend class that claims the test marker but lives outside the test suite."""

    def get_password(self: object, service: str, username: str) -> str | None:
        return None

    cls = type(name, (InMemoryKeyring,), {"get_password": get_password})
    cls.__module__ = module
    return cls


def test_create_get_delete_roundtrip() -> None:
    ring = InMemoryKeyring()
    store = MachineSecretStore(ring)
    assert store.available and store.reason == ""
    assert store.backend_name == "tests.fakes.InMemoryKeyring"
    assert store.get(VAULT_ID) is None
    secret = store.create(VAULT_ID)
    assert secret is not None and len(secret) == 32
    assert ring.entries[(SERVICE, VAULT_ID)] == secret.hex()  # hex in the store
    assert store.get(VAULT_ID) == secret
    store.delete(VAULT_ID)
    assert store.get(VAULT_ID) is None
    store.delete(VAULT_ID)  # absent entry: not an error


def test_each_vault_gets_its_own_secret() -> None:
    store = MachineSecretStore(InMemoryKeyring())
    other = "f" * 32
    assert store.create(VAULT_ID) != store.create(other)


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_fail_and_null_backends_are_no_store(backend: KeyringBackend) -> None:
    store = MachineSecretStore(backend)
    assert not store.available
    assert "没有可用的系统凭据库" in store.reason
    assert store.create(VAULT_ID) is None
    assert store.get(VAULT_ID) is None
    store.delete(VAULT_ID)


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("keyrings.alt.file", "PlaintextKeyring"),  # plaintext on disk
        ("some_plugin", "InMemoryKeyring"),
        ("tests.fakes", "InMemoryKeyring"),  # a test fake is no OS store either
    ],
)
def test_untrusted_backends_are_refused(module: str, name: str) -> None:
    backend = _named_class(module, name)()
    assert not is_real_backend(backend)
    assert not MachineSecretStore(backend).available


@pytest.mark.parametrize("module", ["tests.fakes", "tests.evil_plugin", "conftest"])
def test_a_marked_store_the_environment_picks_is_not_trusted(
    monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    # The attack: any installed package named tests.* (many wheels ship one) with a class that
    # carries the marker, picked through keyring's own selection (env var or keyringrc).
    import keyring.core

    backend = _foreign_class(module, "PlainFileKeyring")()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    store = MachineSecretStore()  # the product's selection
    assert not store.available and "没有可用的系统凭据库" in store.reason
    assert store.create(VAULT_ID) is None


def test_the_test_fake_named_in_the_environment_is_not_trusted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.fakes.InMemoryKeyring")
    store = MachineSecretStore()
    assert store.backend_name == "tests.fakes.InMemoryKeyring"  # keyring really chose it
    assert not store.available


def test_real_os_store_that_cannot_be_reached_is_no_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The real Secret Service class, with no D-Bus session to talk to (as on a bare PC).
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/miji-desk-test")
    backend = SecretServiceKeyring()
    assert is_real_backend(backend)
    store = MachineSecretStore(backend)
    assert not store.available
    assert "无法访问系统凭据库" in store.reason
    assert store.create(VAULT_ID) is None


def test_locked_store_is_no_store() -> None:
    store = MachineSecretStore(LockedKeyring())
    assert not store.available
    assert "KeyringLocked" in store.reason
    assert store.get(VAULT_ID) is None


def test_store_that_drops_writes_is_detected() -> None:
    store = MachineSecretStore(ForgetfulKeyring())
    assert store.available
    assert store.create(VAULT_ID) is None
    assert not store.available and store.reason


def test_store_failing_on_read_after_probe_is_an_environment_problem(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ring = InMemoryKeyring()
    store = MachineSecretStore(ring)
    store.create(VAULT_ID)

    def locked(service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus went away")

    monkeypatch.setattr(ring, "get_password", locked)
    with pytest.raises(EnvironmentProblem, match=r"无法读取系统凭据库"):
        store.get(VAULT_ID)


def test_garbled_entry_is_wrong_secret() -> None:
    ring = InMemoryKeyring()
    ring.entries[(SERVICE, VAULT_ID)] = "not hex"
    with pytest.raises(WrongSecret, match=r"恢复码"):
        MachineSecretStore(ring).get(VAULT_ID)


def test_chainer_counts_only_if_its_first_backend_is_real(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = _named_class("keyring.backends.SecretService", "Keyring")()
    plain = _named_class("keyrings.alt.file", "PlaintextKeyring")()
    chainer = ChainerBackend()

    monkeypatch.setattr(ChainerBackend, "backends", [real, plain])
    assert is_real_backend(chainer)
    store = MachineSecretStore(chainer)
    secret = store.create(VAULT_ID)
    assert secret is not None and real.get_password(SERVICE, VAULT_ID) == secret.hex()

    monkeypatch.setattr(ChainerBackend, "backends", [plain, real])
    assert not is_real_backend(chainer)
    assert not MachineSecretStore(chainer).available

    monkeypatch.setattr(ChainerBackend, "backends", [])
    assert not is_real_backend(chainer)


def test_default_backend_comes_from_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    ring = _named_class("keyring.backends.Windows", "WinVaultKeyring")()
    monkeypatch.setattr(keyring, "get_keyring", lambda: ring)
    assert MachineSecretStore().available
    monkeypatch.setattr(keyring, "get_keyring", lambda: InMemoryKeyring())
    assert not MachineSecretStore().available  # a test fake only counts when injected


def test_vault_id_is_checked() -> None:
    with pytest.raises(ValueError):
        MachineSecretStore(InMemoryKeyring()).get("../../etc")
