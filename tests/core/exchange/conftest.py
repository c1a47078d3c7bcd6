"""Real vaults for the import and export tests."""

from tests.vault_fixtures import clock, store, vault, vault_path

__all__ = ["clock", "store", "vault", "vault_path"]
