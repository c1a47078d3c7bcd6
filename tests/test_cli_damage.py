"""``verify`` and ``stats`` on damaged vaults: a clear message and an exit code, never a
traceback (issue 10)."""

from __future__ import annotations

import shutil

from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests import test_cli
from tests.factories import PASSPHRASE, file_digest
from tests.test_cli import run
from tests.vault.damage import damage_page, page_count, root_page

# The CLI tests' fixtures: a filled vault bound to an in-memory credential store.
keyring_store, folder, filled = test_cli.keyring_store, test_cli.folder, test_cli.filled


def test_verify_names_damage_under_the_level_table(monkeypatch, capsys, filled, keyring_store):
    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as v:
        level_root = root_page(v.conn, "level")
    damage_page(filled, level_root)
    digest = file_digest(filled)
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 1
    assert "损坏" in out + err and "备份" in out + err
    assert "Traceback" not in out + err
    assert file_digest(filled) == digest


def test_stats_and_verify_survive_damage_of_every_single_page(
        monkeypatch, capsys, filled, keyring_store):
    original = filled.with_name("original.mjdb")
    shutil.copyfile(filled, original)
    outcomes: dict[str, int] = {}
    for page in range(1, page_count(original) + 1):
        shutil.copyfile(original, filled)
        damage_page(filled, page)
        for command in ("stats", "verify"):
            # An uncaught exception here is the crash the issue reports.
            code = run(monkeypatch, [command, str(filled), "--passphrase-stdin"],
                       PASSPHRASE + "\n")
            out, err = capsys.readouterr()
            assert code in (0, 1), (page, command, err)
            if code == 1:
                assert "损坏" in out + err or "未通过" in out + err, (page, command, out, err)
            outcomes[f"{command} {code}"] = outcomes.get(f"{command} {code}", 0) + 1
    # Every damaged page is found by verify's full checks.
    assert outcomes.get("verify 0", 0) == 0, outcomes


def test_verify_names_a_stray_journal_it_kept_aside(monkeypatch, capsys, filled, keyring_store):
    stray = filled.with_name(filled.name + "-journal")
    stray.write_bytes(b"not a journal of this vault")
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert "已改名保留" in err and ".stray-" in err
    [kept] = filled.parent.glob("ledger.mjdb-journal.stray-*")
    assert kept.read_bytes() == b"not a journal of this vault"
