"""Fixtures for tests on real vaults: a fixed clock, an in-memory credential store, a vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.vault.vault import Vault
from tests.factories import NOW, machine, new_vault


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"  # its own folder: tests compare every file in it
    folder.mkdir()
    return folder / "ledger.mjdb"


@pytest.fixture
def store():
    return machine()


@pytest.fixture
def vault(vault_path: Path, store, clock: FixedClock) -> Iterator[Vault]:
    v, _code = new_vault(vault_path, store, clock)
    yield v
    v.close()
