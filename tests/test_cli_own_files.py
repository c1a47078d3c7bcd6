"""Issue 10, critical: ``miji-desk-cli print|labels --out`` aimed at the vault, its key file, a
backup, a manifest or a file in the backup folder. Each attack is refused before anything is
written: the target's SHA-256 is unchanged, the message names the file, no audit event and no
stray temporary file is left, and the vault still opens with its passphrase and recovery code.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.cli import printing as cli_printing
from miji_desk.core.errors import EnvironmentProblem
from miji_desk.core.registration import register_incoming
from miji_desk.vault import backup
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE, TEST_KDF, incoming, new_vault
from tests.fakes import InMemoryKeyring


@pytest.fixture
def keyring_store(monkeypatch) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


@pytest.fixture
def ledger(tmp_path: Path, keyring_store) -> tuple[Path, str]:
    (tmp_path / "v").mkdir()
    path = tmp_path / "v" / "ledger.mjdb"
    vault, code = new_vault(path, MachineSecretStore(keyring_store))
    register_incoming(vault, incoming())
    vault.close()
    return path, code


@pytest.fixture
def media(tmp_path: Path, ledger, keyring_store) -> Path:
    """A backup folder holding one real backup and its manifest."""
    folder = tmp_path / "media"
    folder.mkdir()
    with Vault.open(ledger[0], passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        backup.create_backup(vault, folder, passphrase=PASSPHRASE,
                             store=MachineSecretStore(keyring_store), kdf=TEST_KDF)
    return folder


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(monkeypatch, argv: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return cli.main([*argv, "--passphrase-stdin"])


def audit_count(path: Path, keyring: InMemoryKeyring) -> int:
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring)) as v:
        return v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]


def everything(*folders: Path) -> dict[str, str]:
    return {str(p): sha(p) for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


COMMANDS = {
    "print": ["print", "incoming"],
    "labels": ["labels"],
    "holdings": ["print", "holdings"],
}
EXTRA = {"print": [], "labels": ["--numbers", "2026-收-0001"], "holdings": ["--person", "x"]}


def attack(monkeypatch, capsys, command: str, vault: Path, target: Path) -> str:
    argv = [*COMMANDS[command], str(vault), "--out", str(target), *EXTRA[command]]
    assert run(monkeypatch, argv) == cli.EXIT_PROBLEM
    out, err = capsys.readouterr()
    assert out == ""
    return err


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("which", ["vault", "keys"])
def test_out_onto_the_vault_or_its_keys_is_refused_and_nothing_is_lost(
        monkeypatch, capsys, tmp_path, ledger, keyring_store, command, which):
    vault, code = ledger
    target = vault if which == "vault" else key_path(vault)
    before, events = everything(tmp_path), audit_count(vault, keyring_store)
    err = attack(monkeypatch, capsys, command, vault, target)
    assert str(target) in err and "未被改动" in err and "没有丢失" not in err
    assert everything(tmp_path) == before
    assert audit_count(vault, keyring_store) == events
    Vault.open(vault, recovery_code=code).close()  # the recovery code still opens it


@pytest.mark.parametrize("which", ["backup", "manifest", "other"])
def test_out_onto_a_backup_its_manifest_or_any_file_in_the_backup_folder_is_refused(
        monkeypatch, capsys, tmp_path, ledger, media, keyring_store, which):
    (bak,) = media.glob("*.mjbk")
    (manifest,) = media.glob("*.manifest.json")
    note = media / "介质登记说明.txt"
    note.write_text("备份介质 2026-介-0001\n", encoding="utf-8")
    target = {"backup": bak, "manifest": manifest, "other": note}[which]
    before, events = everything(tmp_path), audit_count(ledger[0], keyring_store)
    err = attack(monkeypatch, capsys, "print", ledger[0], target)
    assert str(target) in err and "未被改动" in err
    assert everything(tmp_path) == before
    assert audit_count(ledger[0], keyring_store) == events
    backup.verify_backup(bak, PASSPHRASE)  # the backup still proves itself


def test_a_backup_copied_elsewhere_under_another_name_is_recognised_by_its_magic(
        monkeypatch, capsys, tmp_path, ledger, media):
    (bak,) = media.glob("*.mjbk")
    copy = tmp_path / "report.pdf"
    copy.write_bytes(bak.read_bytes())
    digest = sha(copy)
    err = attack(monkeypatch, capsys, "print", ledger[0], copy)
    assert str(copy) in err and "备份" in err and sha(copy) == digest


def test_links_to_the_vault_are_the_vault(monkeypatch, capsys, tmp_path, ledger):
    vault, _ = ledger
    digest = sha(vault)
    symlink = tmp_path / "shortcut.pdf"
    symlink.symlink_to(vault)
    hard = tmp_path / "hard.pdf"
    os.link(vault, hard)
    for target in (symlink, hard):
        err = attack(monkeypatch, capsys, "print", vault, target)
        assert str(target) in err
    assert sha(vault) == digest and symlink.is_symlink()


def test_the_vault_journal_name_and_a_plain_sqlite_file_are_refused(monkeypatch, capsys,
                                                                    tmp_path, ledger):
    """A PDF named ``V-journal`` would be taken for a hot journal at the next open."""
    vault, _ = ledger
    journal = vault.with_name(vault.name + "-journal")
    err = attack(monkeypatch, capsys, "print", vault, journal)
    assert str(journal) in err and not journal.exists()
    plain = tmp_path / "other.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t(x)")
    conn.close()
    digest = sha(plain)
    err = attack(monkeypatch, capsys, "print", vault, plain)
    assert str(plain) in err and sha(plain) == digest


def test_an_export_that_cannot_be_audited_leaves_the_earlier_file_of_that_name(
        monkeypatch, capsys, tmp_path, ledger, keyring_store):
    """The old ``_audited`` deleted ``--out`` after a failed audit, whatever it was before."""
    def fail(*_a: object, **_k: object) -> None:
        raise EnvironmentProblem("写入台账失败：磁盘已满。")

    out = tmp_path / "register.pdf"
    out.write_bytes(b"%PDF-1.4 last month's register\n")
    digest = sha(out)
    monkeypatch.setattr(cli_printing, "record_print", fail)
    assert run(monkeypatch, ["print", "incoming", str(ledger[0]), "--out", str(out)]) == 1
    assert "磁盘已满" in capsys.readouterr().err
    assert sha(out) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.pdf", "v"]


def test_the_pdf_appears_only_after_its_audit_event(monkeypatch, capsys, tmp_path, ledger,
                                                    keyring_store):
    out = tmp_path / "register.pdf"
    seen: list[bool] = []
    real = cli_printing.record_print

    def record(*a: object, **k: object) -> object:
        seen.append(out.exists())
        return real(*a, **k)

    monkeypatch.setattr(cli_printing, "record_print", record)
    assert run(monkeypatch, ["print", "incoming", str(ledger[0]), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert seen == [False] and out.read_bytes().startswith(b"%PDF")
    assert "涉密载体" in err and str(out) in err


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_every_file_the_cli_writes_is_private(monkeypatch, capsys, tmp_path, keyring_store):
    """init, print, labels and backup through the CLI entry point, with a permissive umask
    around it: the vault, its keys, the PDFs, the backup and its manifest are all 0600."""
    os.umask(0o022)
    (tmp_path / "v").mkdir()
    (tmp_path / "m").mkdir()
    vault = tmp_path / "v" / "ledger.mjdb"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["init", str(vault), "--unit", "测试单位", "--clerk", "王小明",
                     "--passphrase-stdin"]) == 0
    os.umask(0o022)
    assert run(monkeypatch, ["print", "incoming", str(vault), "--out",
                             str(tmp_path / "r.pdf")]) == 0
    os.umask(0o022)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["backup", str(vault), str(tmp_path / "m"), "--passphrase-stdin"]) == 0
    capsys.readouterr()
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert {p.suffix for p in written} >= {".mjdb", ".keys", ".pdf", ".mjbk", ".json"}
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in written}
    assert modes == dict.fromkeys(modes, 0o600)


@pytest.mark.parametrize("which", ["keys", "backup", "manifest"])
def test_restore_onto_a_key_file_a_backup_or_a_manifest_is_refused(
        monkeypatch, capsys, tmp_path, ledger, media, which):
    """Restoring onto ``V.keys`` would move the key file aside: V would not open."""
    vault, code = ledger
    (bak,) = media.glob("*.mjbk")
    (manifest,) = media.glob("*.manifest.json")
    target = {"keys": key_path(vault), "backup": bak, "manifest": manifest}[which]
    before = everything(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    argv = ["restore", str(bak), str(target), "--passphrase-stdin", "--yes"]
    assert cli.main(argv) == cli.EXIT_PROBLEM
    err = capsys.readouterr().err
    assert str(target) in err and "未被改动" in err
    assert everything(tmp_path) == before
    Vault.open(vault, recovery_code=code).close()


@pytest.mark.parametrize("which", ["vault", "keys"])
def test_backup_into_the_vault_file_or_its_keys_is_refused_by_name(
        monkeypatch, capsys, tmp_path, ledger, which):
    vault, _ = ledger
    target = vault if which == "vault" else key_path(vault)
    before = everything(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["backup", str(vault), str(target), "--passphrase-stdin"]) == 1
    err = capsys.readouterr().err
    assert str(target) in err and "未被改动" in err
    assert everything(tmp_path) == before
