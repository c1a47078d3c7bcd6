"""``miji-desk-cli`` in-process: secrets on stdin only, honest exit codes, one-line reasons."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.core.registration import register_incoming, register_media
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path
from tests.core.test_registration import medium, outgoing
from tests.factories import CLERK, PASSPHRASE, UNIT, folder_state, incoming, new_vault
from tests.fakes import InMemoryKeyring


@pytest.fixture
def keyring_store(monkeypatch) -> InMemoryKeyring:
    """This 'PC's credential store, as the CLI sees it."""
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "vaults"
    f.mkdir()
    return f


@pytest.fixture
def filled(folder: Path, keyring_store) -> Path:
    """A vault on this PC, closed, with a little of everything (test KDF: quick to open)."""
    from miji_desk.core.registration import register_outgoing

    path = folder / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    register_incoming(vault, incoming())
    register_incoming(vault, incoming(level="top_secret", copy_numbers="1"))
    register_outgoing(vault, outgoing())
    register_media(vault, medium())
    vault.close()
    return path


def run(monkeypatch, argv: list[str], stdin: str = "") -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text
    return lines[0]


# -- init --------------------------------------------------------------------------------------

def test_init_prints_the_recovery_code_once_and_it_opens_the_vault(
        monkeypatch, capsys, folder, keyring_store):
    path = folder / "new.mjdb"
    code = run(monkeypatch, ["init", str(path), "--unit", UNIT, "--clerk", CLERK,
                             "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.count("recovery code: ") == 1
    recovery = one_line(out).removeprefix("recovery code: ")
    assert PASSPHRASE not in out + err
    assert keyring_store.entries, "the vault is bound to this PC's credential store"
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring_store)) as v:
        assert v.unit_name == UNIT and v.actor == CLERK and v.machine_bound
        assert v.verify().ok
    with Vault.open(path, recovery_code=recovery, store=MachineSecretStore(InMemoryKeyring())):
        pass  # the code opens it on any PC


@pytest.mark.parametrize("weak", ["", "short1A", "abcdefghijkl", "王小明Password1"])
def test_init_refuses_a_weak_passphrase_and_creates_nothing(
        monkeypatch, capsys, folder, keyring_store, weak):
    code = run(monkeypatch, ["init", str(folder / "new.mjdb"), "--unit", UNIT, "--clerk", CLERK,
                             "--passphrase-stdin"], weak + "\n")
    out, err = capsys.readouterr()
    assert code != 0
    assert "recovery code" not in out
    one_line(err)
    assert list(folder.iterdir()) == []
    assert keyring_store.entries == {}


@pytest.mark.parametrize(("unit", "clerk"), [("单" * 201, CLERK), (UNIT, " "),
                                             (UNIT, "王\x00小明"), ("\u3000", CLERK)])
def test_init_refuses_names_the_ledger_cannot_print(monkeypatch, capsys, folder, keyring_store,
                                                     unit, clerk):
    # Too long a unit name would make every later outgoing registration fail (发文机关).
    code = run(monkeypatch, ["init", str(folder / "new.mjdb"), "--unit", unit, "--clerk", clerk,
                             "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code != 0 and "recovery code" not in out
    one_line(err)
    assert list(folder.iterdir()) == []
    assert keyring_store.entries == {}


def test_init_never_overwrites_a_vault(monkeypatch, capsys, filled, keyring_store):
    before = folder_state(filled.parent)
    code = run(monkeypatch, ["init", str(filled), "--unit", UNIT, "--clerk", CLERK,
                             "--passphrase-stdin"], PASSPHRASE + "\n")
    _out, err = capsys.readouterr()
    assert code != 0 and "已经存在" in one_line(err)
    assert folder_state(filled.parent) == before


# -- secrets never on argv ---------------------------------------------------------------------

@pytest.mark.parametrize("argv", [
    ["verify", "V", "--passphrase", PASSPHRASE],
    ["verify", "V", f"--passphrase={PASSPHRASE}"],
    ["stats", "V", "--recovery-code", "ABCD-EFGH"],
    ["init", "V", "--unit", "u", "--clerk", "c", "--passphrase", PASSPHRASE],
    ["verify", "V", PASSPHRASE],
])
def test_secrets_are_refused_on_the_command_line(monkeypatch, capsys, argv):
    with pytest.raises(SystemExit) as info:
        run(monkeypatch, argv)
    assert info.value.code == 2
    _out, err = capsys.readouterr()
    assert "usage" in err


def test_the_parser_has_no_secret_options():
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, p in sub.choices.items():
        options = {o for a in p._actions for o in a.option_strings}
        secretive = {o for o in options if "pass" in o or "recovery" in o or "code" in o}
        assert all(o.endswith("-stdin") for o in secretive), (name, secretive)
        for o in secretive:  # a flag: it takes no value that could hold the secret itself
            action = next(a for a in p._actions if o in a.option_strings)
            assert action.nargs == 0, (name, o)


# -- verify ------------------------------------------------------------------------------------

def test_verify_a_good_vault(monkeypatch, capsys, filled):
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 0, err
    line = one_line(out)
    assert line.startswith("ok: 8 carriers, 4 registrations") and "审计链完整" in line
    assert PASSPHRASE not in out + err


def test_verify_with_the_recovery_code_on_another_pc(monkeypatch, capsys, folder):
    path = folder / "moved.mjdb"
    vault, recovery = new_vault(path, MachineSecretStore(InMemoryKeyring()))
    vault.close()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(InMemoryKeyring()))
    assert run(monkeypatch, ["verify", str(path), "--passphrase-stdin"], PASSPHRASE) != 0
    capsys.readouterr()
    assert run(monkeypatch, ["verify", str(path), "--recovery-stdin"], recovery + "\n") == 0
    assert one_line(capsys.readouterr().out).startswith("ok: ")


def test_verify_a_tampered_vault_names_the_entry(monkeypatch, capsys, filled, keyring_store):
    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        vault.conn.execute("DROP TRIGGER audit_event_no_update")
        vault.conn.execute("UPDATE audit_event SET detail = replace(detail, '省委', '市委') "
                           "WHERE seq = 2")
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    out, _err = capsys.readouterr()
    assert code != 0
    assert "第 2 条" in out.splitlines()[0]
    assert "触发器 audit_event_no_update 被删除" in out  # the guard the attacker dropped


def _rows_tampered(filled: Path, keyring_store: InMemoryKeyring, sql: str) -> None:
    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        vault.conn.execute(sql)


def test_verify_names_a_ledger_row_changed_outside_any_workflow(monkeypatch, capsys, filled,
                                                                keyring_store):
    _rows_tampered(filled, keyring_store, "UPDATE document SET title = '无关' WHERE id = 2")
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    out, _err = capsys.readouterr()
    assert code == cli.EXIT_PROBLEM
    assert "表 document 的第 2 行" in out and "第 3 条审计记录（register_incoming" in out


def _cut_tail(filled: Path, keyring_store: InMemoryKeyring, keep: int) -> None:
    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        c = vault.conn
        sql = c.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_event_no_delete'"
                        ).fetchone()[0]
        c.execute("DROP TRIGGER audit_event_no_delete")
        c.execute("DELETE FROM audit_event WHERE seq > ?", (keep,))
        c.execute(sql)


def _checkpoint(filled: Path, keyring_store: InMemoryKeyring) -> str:
    from miji_desk.core.session_audit import record_unlock

    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        record_unlock(vault, "passphrase", [])
        return vault.audit_head().checkpoint


def test_verify_a_printed_checkpoint(monkeypatch, capsys, filled, keyring_store):
    printed = _checkpoint(filled, keyring_store)
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin", "--checkpoint",
                             printed.lower()], PASSPHRASE + "\n")
    out, _err = capsys.readouterr()
    assert code == cli.EXIT_OK
    assert f"ok: 校验码 {printed} 相符" in out
    _cut_tail(filled, keyring_store, keep=5)  # the unlock event: no ledger row names it
    assert run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"],
               PASSPHRASE + "\n") == cli.EXIT_OK
    capsys.readouterr()
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin", "--checkpoint",
                             printed], PASSPHRASE + "\n")
    out, _err = capsys.readouterr()
    assert code == cli.EXIT_PROBLEM
    # The verify above audited its own unlock as event 6 again: the chain no longer passes
    # through the printed event 6, whichever way it was cut.
    assert f"不符：校验码 {printed} " in out


def test_verify_a_mistyped_checkpoint(monkeypatch, capsys, filled):
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin", "--checkpoint",
                             "6-ABCD"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == cli.EXIT_PROBLEM and out == ""
    assert "校验码“6-ABCD”的格式不对" in one_line(err)


def test_verify_against_a_backup_manifest(monkeypatch, capsys, filled, keyring_store, folder):
    from miji_desk.core.session_audit import record_unlock
    from miji_desk.vault import backup

    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        record_unlock(vault, "passphrase", [])  # the head of the backup's manifest
        (folder / "media").mkdir()
        made = backup.create_backup(vault, folder / "media", passphrase=PASSPHRASE,
                                    store=MachineSecretStore(keyring_store))
    args = ["verify", str(filled), "--passphrase-stdin", "--backup", str(made.path)]
    assert run(monkeypatch, args, PASSPHRASE + "\n") == cli.EXIT_OK
    assert f"校验码 {made.manifest.checkpoint} 相符" in capsys.readouterr().out
    _cut_tail(filled, keyring_store, keep=made.manifest.audit_seq - 1)
    assert run(monkeypatch, args, PASSPHRASE + "\n") == cli.EXIT_PROBLEM
    out = capsys.readouterr().out
    assert f"不符：备份 {made.path.name} 的清单：校验码 {made.manifest.checkpoint}" in out
    assert "末尾被截断" in out


@pytest.mark.parametrize("secret", ["wrong-Passphrase-1", "", PASSPHRASE + " "])
def test_verify_with_a_wrong_passphrase(monkeypatch, capsys, filled, secret):
    before = folder_state(filled.parent)
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], secret + "\n")
    out, err = capsys.readouterr()
    assert code != 0
    assert "口令" in one_line(err) and out == ""
    assert folder_state(filled.parent) == before


def test_verify_a_missing_or_damaged_vault(monkeypatch, capsys, filled, folder):
    assert run(monkeypatch, ["verify", str(folder / "nothing.mjdb"), "--passphrase-stdin"],
               PASSPHRASE) != 0
    one_line(capsys.readouterr().err)
    raw = bytearray(filled.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    filled.write_bytes(bytes(raw))
    code = run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code != 0
    one_line(out + err)


# -- stats -------------------------------------------------------------------------------------

def test_stats_json_matches_the_vault(monkeypatch, capsys, filled, keyring_store):
    code = run(monkeypatch, ["stats", str(filled), "--json", "--passphrase-stdin"],
               PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    with Vault.open(filled, passphrase=PASSPHRASE,
                    store=MachineSecretStore(keyring_store)) as vault:
        q = vault.ledger
        assert data["carriers"] == vault.counts()["carriers"] == 8
        assert data["by_status"] == q.counts_by("status") == {"in_store": 6, "sent": 2}
        assert data["by_kind"] == q.counts_by("kind") == {"document": 7, "usb": 1}
        assert data["by_register"] == q.counts_by("register")
        assert data["by_level"] == {"绝密": 1, "机密": 7}
    for group in ("by_level", "by_status", "by_kind", "by_register"):
        assert sum(data[group].values()) == data["carriers"]


# -- demo --------------------------------------------------------------------------------------

def test_demo_prints_a_passphrase_that_opens_a_verifying_vault(monkeypatch, capsys, folder):
    path = folder / "demo.mjdb"
    assert run(monkeypatch, ["demo", str(path)]) == 0
    out, _err = capsys.readouterr()
    lines = [line for line in out.splitlines() if line.startswith("passphrase: ")]
    assert len(lines) == 1
    passphrase = lines[0].removeprefix("passphrase: ")
    assert passphrase and passphrase == passphrase.strip()
    assert key_path(path).exists()
    code = run(monkeypatch, ["verify", str(path), "--passphrase-stdin"], passphrase + "\n")
    verified, err = capsys.readouterr()
    assert code == 0, err
    assert one_line(verified).startswith("ok: ")
    carriers = [line for line in out.splitlines() if line.startswith("carriers: ")]
    assert verified.startswith(f"ok: {carriers[0].removeprefix('carriers: ')} carriers")


def test_demo_data_covers_every_level_kind_and_status(folder):
    from miji_desk.core.clock import FixedClock
    from miji_desk.demo import make_demo
    from tests.factories import NOW, TEST_KDF

    vault, _passphrase, _code = make_demo(folder / "demo.mjdb", kdf=TEST_KDF,
                                          clock=FixedClock(NOW))
    with vault:
        q = vault.ledger
        assert vault.verify().ok
        assert set(q.counts_by("level_code")) >= {"top_secret", "secret", "confidential",
                                                  "internal", "core_commercial"}
        assert set(q.counts_by("kind")) >= {"document", "usb", "optical", "hard_disk",
                                            "media_other"}
        assert set(q.counts_by("status")) >= {"in_store", "sent"}
        assert set(q.counts_by("register")) >= {"incoming", "outgoing", "media"}
        assert not vault.machine_bound  # trying the demo leaves nothing in the OS store


def test_demo_passphrase_cannot_be_guessed():
    # Shown on screen, but a demo vault left on a PC must not open after 10⁴ tries.
    import math
    import re

    from miji_desk.core.passphrase_policy import PassphrasePolicy
    from miji_desk.demo import CLERK, demo_passphrase

    samples = [demo_passphrase() for _ in range(3000)]
    assert len(set(samples)) == len(samples)
    shape = re.compile(r"Demo-([A-Z0-9]{5})-([A-Z0-9]{5})-([A-Z0-9]{5})")
    randoms = ["".join(shape.fullmatch(s).groups()) for s in samples]  # type: ignore[union-attr]
    per_position = [{r[i] for r in randoms} for i in range(15)]
    assert all(len(seen) >= 28 for seen in per_position)  # each place uses ≥ 28 symbols
    bits = sum(math.log2(len(seen)) for seen in per_position)
    assert bits >= 64, bits
    assert not {"0", "O", "1", "I", "L"} & set("".join(randoms))  # nothing to misread
    assert all(s.isascii() for s in samples)  # typed from the screen without an input method
    for s in samples[:50]:
        PassphrasePolicy().check(s, CLERK)


# -- one unlock limit, audited opens, one program at a time -------------------------------------

def unlock_events(path: Path, keyring_store: InMemoryKeyring) -> list[dict]:
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring_store)) as v:
        return [json.loads(d) for (d,) in v.conn.execute(
            "SELECT detail FROM audit_event WHERE action = 'unlock' ORDER BY seq")]


def test_sixth_guess_is_refused_even_when_it_is_right(monkeypatch, capsys, filled):
    for _ in range(5):
        assert run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"], "Guess-42-abc\n")
    capsys.readouterr()
    code = run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "已暂停解锁" in one_line(err)
    # verify (read-only, lock-free) is limited all the same
    assert run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n")
    assert "已暂停解锁" in one_line(capsys.readouterr().err)


def test_a_cli_open_is_audited_with_the_failures_before_it(monkeypatch, capsys, filled,
                                                             keyring_store):
    assert run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"], "Guess-42-abc\n")
    assert run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n") == 0
    assert run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n") == 0
    capsys.readouterr()
    stats, verify = unlock_events(filled, keyring_store)
    assert stats["via"] == "cli stats" and stats["method"] == "passphrase"
    assert len(stats["failed_attempts"]) == 1
    assert verify["via"] == "cli verify" and verify["failed_attempts"] == []


def test_deleted_unlock_count_makes_the_cli_ask_for_the_recovery_code(monkeypatch, capsys,
                                                                      folder, keyring_store):
    from miji_desk.vault.unlock_limit import UnlockLimiter

    path = folder / "ledger.mjdb"
    vault, recovery = new_vault(path, MachineSecretStore(keyring_store))
    vault.close()
    for _ in range(4):
        run(monkeypatch, ["stats", str(path), "--passphrase-stdin"], "Guess-42-abc\n")
    UnlockLimiter(path).path.unlink()  # the attack: erase the count and the failures with it
    capsys.readouterr()
    assert run(monkeypatch, ["stats", str(path), "--passphrase-stdin"], PASSPHRASE + "\n") == 1
    assert "只能使用恢复码" in one_line(capsys.readouterr().err)
    assert run(monkeypatch, ["stats", str(path), "--recovery-stdin"], recovery + "\n") == 0
    capsys.readouterr()
    assert unlock_events(path, keyring_store)[-1]["limit_state_problem"] == "missing"


def test_a_second_opener_is_refused_naming_the_holder(monkeypatch, capsys, filled):
    from tests.fakes import LockHolder

    holder = LockHolder(filled)
    try:
        before = folder_state(filled.parent)
        assert run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"],
                   PASSPHRASE + "\n") == 1
        out, err = capsys.readouterr()
        assert out == "" and f"进程号 {holder.pid}" in one_line(err)
        assert folder_state(filled.parent) == before
        # read-only verification runs beside it
        assert run(monkeypatch, ["verify", str(filled), "--passphrase-stdin"],
                   PASSPHRASE + "\n") == 0
        assert one_line(capsys.readouterr().out).startswith("ok: ")
    finally:
        holder.quit()
    assert run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n") == 0
    assert "接管" not in capsys.readouterr().err  # released in order: nothing stale


def test_the_lock_of_a_dead_program_is_taken_over_and_said_so(monkeypatch, capsys, filled):
    from tests.fakes import LockHolder

    holder = LockHolder(filled)
    holder.kill()
    assert run(monkeypatch, ["stats", str(filled), "--passphrase-stdin"], PASSPHRASE + "\n") == 0
    _out, err = capsys.readouterr()
    assert f"进程号 {holder.pid}" in err and "接管" in err


def test_python_dash_m_runs_the_same_command_line() -> None:
    """``python -m miji_desk.cli`` still works now that the command line is a package."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "miji_desk.cli", "--help"], capture_output=True,
                          text=True, timeout=60, check=False)
    assert done.returncode == 0 and "verify" in done.stdout
