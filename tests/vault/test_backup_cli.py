"""``miji-desk-cli backup / verify-backup / list-backups / restore``, in-process."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, folder_state, new_vault
from tests.fakes import InMemoryKeyring
from tests.vault.test_backup import fill


@pytest.fixture
def pc(monkeypatch) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


@pytest.fixture
def closed(tmp_path: Path, pc) -> tuple[Path, str]:
    (tmp_path / "v").mkdir()
    path = tmp_path / "v" / "ledger.mjdb"
    v, code = new_vault(path, MachineSecretStore(pc))
    fill(v)
    v.close()
    return path, code


@pytest.fixture
def media(tmp_path: Path) -> Path:
    (tmp_path / "m").mkdir()
    return tmp_path / "m"


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


def test_backup_then_verify(monkeypatch, capsys, closed, media: Path) -> None:
    path, code = closed
    argv = ["backup", str(path), str(media), "--passphrase-stdin"]
    assert run(monkeypatch, argv, PASSPHRASE + "\n") == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "backup: " in out and "carriers: 8" in out
    assert PASSPHRASE not in out
    (file,) = media.glob("*.mjbk")
    assert run(monkeypatch, ["verify-backup", str(file), "--passphrase-stdin", "--json"],
               PASSPHRASE + "\n") == cli.EXIT_OK
    doc = json.loads(capsys.readouterr().out)
    assert doc["carriers"] == 8 and doc["manifest_file"] == "ok"
    assert run(monkeypatch, ["verify-backup", str(file), "--recovery-stdin"],
               code + "\n") == cli.EXIT_OK
    assert "ok: 备份完好" in capsys.readouterr().out
    assert run(monkeypatch, ["list-backups", str(media)]) == cli.EXIT_OK
    assert file.name in capsys.readouterr().out


def test_verify_refuses_damage_with_one_line(monkeypatch, capsys, closed, media) -> None:
    path, _code = closed
    run(monkeypatch, ["backup", str(path), str(media), "--passphrase-stdin"], PASSPHRASE + "\n")
    capsys.readouterr()
    (file,) = media.glob("*.mjbk")
    file.write_bytes(file.read_bytes()[:-10])
    assert run(monkeypatch, ["verify-backup", str(file), "--passphrase-stdin"],
               PASSPHRASE + "\n") == cli.EXIT_PROBLEM
    err = capsys.readouterr().err
    assert "不完整" in err and len(err.strip().splitlines()) == 1


def test_wrong_passphrase_for_backup(monkeypatch, capsys, closed, media) -> None:
    path, _code = closed
    assert run(monkeypatch, ["backup", str(path), str(media), "--passphrase-stdin"],
               "nope\n") == cli.EXIT_PROBLEM
    assert "口令" in capsys.readouterr().err
    assert list(media.iterdir()) == []


def test_restore_shows_first_and_needs_yes(monkeypatch, capsys, closed, media, pc) -> None:
    path, code = closed
    run(monkeypatch, ["backup", str(path), str(media), "--passphrase-stdin"], PASSPHRASE + "\n")
    (file,) = media.glob("*.mjbk")
    before = folder_state(path.parent)
    assert run(monkeypatch, ["restore", str(file), str(path), "--recovery-stdin"],
               code + "\n") == cli.EXIT_OK
    captured = capsys.readouterr()
    assert "by_level" in captured.out and "--yes" in captured.err
    assert folder_state(path.parent) == before
    new = "Cli-Restored-口令-9"
    assert run(monkeypatch, ["restore", str(file), str(path), "--recovery-stdin",
                             "--new-passphrase-stdin", "--yes"],
               f"{code}\n{new}\n") == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "replaced vault kept as" in out
    with Vault.open(path, passphrase=new, store=MachineSecretStore(pc)) as v:
        assert v.counts()["carriers"] == 8


def test_backup_names_forged_files_it_left_alone(monkeypatch, capsys, closed, media) -> None:
    from tests.vault.test_backup_pruning import _forge

    path, _code = closed
    argv = ["backup", str(path), str(media), "--passphrase-stdin", "--generations", "1"]
    assert run(monkeypatch, argv, PASSPHRASE + "\n") == cli.EXIT_OK
    (genuine,) = media.glob("*.mjbk")
    forged = _forge(genuine, media, 1)
    capsys.readouterr()
    assert run(monkeypatch, argv, PASSPHRASE + "\n") == cli.EXIT_OK
    captured = capsys.readouterr()
    assert f"unverifiable (kept, not counted): {forged.name}" in captured.out
    assert forged.name in captured.err  # the warning says to check the medium
    assert forged.exists()
    # Generations 1, yet the genuine backup stays: it is the newest good one older than a
    # file that does not verify.
    assert genuine.exists() and "pruned: " not in captured.out
