"""Real vaults for the rule tests (shared with the other suites that need them)."""

from tests.vault_fixtures import clock, store, vault, vault_path

__all__ = ["clock", "store", "vault", "vault_path"]
