"""Restoring over a vault another program has open is refused; a restored vault of another id
gets its own unlock count, so its first unlock does not demand the recovery code."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.unlock_limit import UnlockLimiter
from tests.factories import PASSPHRASE, folder_state, new_vault
from tests.fakes import InMemoryKeyring, LockHolder


@pytest.fixture
def pc(monkeypatch) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


@pytest.fixture
def backed_up(tmp_path: Path, pc, monkeypatch, capsys) -> tuple[Path, Path, str]:
    (tmp_path / "v").mkdir()
    (tmp_path / "m").mkdir()
    path = tmp_path / "v" / "ledger.mjdb"
    v, code = new_vault(path, MachineSecretStore(pc))
    v.close()
    assert run(monkeypatch, ["backup", str(path), str(tmp_path / "m"), "--passphrase-stdin"],
               PASSPHRASE + "\n") == 0
    capsys.readouterr()
    (file,) = (tmp_path / "m").glob("*.mjbk")
    return path, file, code


def test_restore_over_a_vault_in_use_is_refused(monkeypatch, capsys, backed_up):
    path, file, code = backed_up
    holder = LockHolder(path)
    try:
        before = folder_state(path.parent)
        assert run(monkeypatch, ["restore", str(file), str(path), "--recovery-stdin",
                                 "--new-passphrase-stdin", "--yes"],
                   f"{code}\nCli-Restored-口令-9\n") == 1
        assert f"进程号 {holder.pid}" in capsys.readouterr().err
        assert folder_state(path.parent) == before
    finally:
        holder.quit()


def test_a_restored_vault_on_a_new_pc_opens_with_its_passphrase(monkeypatch, capsys, backed_up,
                                                                tmp_path):
    _path, file, code = backed_up
    target = tmp_path / "new-pc" / "ledger.mjdb"
    target.parent.mkdir()
    new = "Cli-Restored-口令-9"
    for state in UnlockLimiter(_path).path.parent.iterdir():  # another PC: no unlock state
        state.unlink()
    assert run(monkeypatch, ["restore", str(file), str(target), "--recovery-stdin",
                             "--new-passphrase-stdin", "--yes"], f"{code}\n{new}\n") == 0
    capsys.readouterr()
    assert run(monkeypatch, ["stats", str(target), "--passphrase-stdin"], new + "\n") == 0
