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


class LockHolder:
    """Another program holding a vault's instance lock: a real process, with its real PID."""

    def __init__(self, vault_path: object) -> None:
        import os
        import subprocess
        import sys
        from pathlib import Path

        src = Path(__file__).resolve().parents[1] / "src"
        script = ("import sys\nfrom miji_desk.vault.instance_lock import VaultLock\n"
                  f"lock = VaultLock({str(vault_path)!r}).acquire()\n"
                  "print('held', flush=True)\nsys.stdin.read()\nlock.release()\n")
        env = {**os.environ, "PYTHONPATH": str(src)}
        self.process = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"
        self.pid = self.process.pid

    def kill(self) -> None:
        """Dies holding the lock (kill -9): the lock file still names it."""
        self.process.kill()
        self.process.wait(timeout=30)
        self._close_pipes()

    def quit(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=30)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None and not pipe.closed:
                pipe.close()
