"""Passphrase change and reset, recovery-code renewal: re-authenticated, policy-checked,
audited, and atomic even under kill -9."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.core.passphrase_policy import PassphrasePolicy
from miji_desk.vault import connection, keyslots
from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.secrets import change_passphrase, renew_recovery_code, reset_passphrase
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE, file_digest, machine

NEW = "Brand-New-口令-2027"
ROOT = Path(__file__).resolve().parents[2]


def _last_audit(vault: Vault) -> tuple[str, dict]:
    """The last event's action and facts; the seal of the rows it wrote (``_rows``: a passphrase
    change records its date in ``meta``) is proven by verification, not compared here."""
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    facts = json.loads(detail)
    facts.pop("_rows", None)
    return action, facts


def test_change_passphrase(vault: Vault, vault_path: Path, store) -> None:
    db_before = file_digest(vault_path)
    change_passphrase(vault, PASSPHRASE, NEW, store=store)
    # The event names the very key file now in force.
    assert _last_audit(vault) == ("passphrase_changed", {
        "by": "passphrase", "machine_bound": True,
        "keys_sha256": file_digest(key_path(vault_path))})
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(vault_path, passphrase=PASSPHRASE, store=store)
    with Vault.open(vault_path, passphrase=NEW, store=store) as v:
        assert v.verify().ok
        assert v.machine_bound
    # Still bound to this PC.
    with pytest.raises(WrongSecret):
        Vault.open(vault_path, passphrase=NEW, store=machine())
    # Only the key file was rewritten: the database changed by the audit row alone.
    assert file_digest(vault_path) != db_before


def test_change_needs_the_right_old_passphrase(vault: Vault, vault_path: Path,
                                               store) -> None:
    keys = file_digest(key_path(vault_path))
    seq = vault.audit_head().seq
    with pytest.raises(WrongSecret, match="原口令不正确"):
        change_passphrase(vault, PASSPHRASE + "x", NEW, store=store)
    with pytest.raises(RuleViolation, match="请输入原口令"):
        change_passphrase(vault, "", NEW, store=store)
    assert file_digest(key_path(vault_path)) == keys
    assert vault.audit_head().seq == seq


@pytest.mark.parametrize(("new", "words"), [
    ("short1A", "口令太短"), ("alllowercaseletters", "至少 3 类"),
    ("王小明-Passw0rd-x", "姓名"), (PASSPHRASE, "不能与原口令相同"),
])
def test_policy_is_enforced(vault: Vault, vault_path: Path, store, new: str,
                            words: str) -> None:
    keys = file_digest(key_path(vault_path))
    with pytest.raises(RuleViolation, match=words):
        change_passphrase(vault, PASSPHRASE, new, store=store)
    assert file_digest(key_path(vault_path)) == keys


def test_configurable_policy(vault: Vault, vault_path: Path, store) -> None:
    # The default policy refuses this passphrase; a unit's looser policy accepts it, and then
    # it really is the passphrase that opens the vault.
    with pytest.raises(RuleViolation, match="口令太短"):
        change_passphrase(vault, PASSPHRASE, "tkvmzq", store=store)
    change_passphrase(vault, PASSPHRASE, "tkvmzq", store=store,
                      policy=PassphrasePolicy(min_length=6, min_classes=1))
    assert _last_audit(vault)[0] == "passphrase_changed"
    vault.close()
    with pytest.raises(WrongSecret):
        Vault.open(vault_path, passphrase=PASSPHRASE, store=store)
    with Vault.open(vault_path, passphrase="tkvmzq", store=store) as v:
        assert v.verify().ok


def test_failed_key_file_write_changes_nothing(vault: Vault, vault_path: Path, store,
                                               monkeypatch) -> None:
    keys = file_digest(key_path(vault_path))
    seq = vault.audit_head().seq

    def full(*_a: object, **_k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(keyslots.os, "replace", full)
    with pytest.raises(EnvironmentProblem, match="磁盘空间已满"):
        change_passphrase(vault, PASSPHRASE, NEW, store=store)
    monkeypatch.undo()
    assert file_digest(key_path(vault_path)) == keys
    assert vault.audit_head().seq == seq
    assert sorted(p.name for p in vault_path.parent.iterdir()) == ["ledger.mjdb",
                                                                    "ledger.mjdb.keys"]


def test_failed_commit_puts_the_old_key_file_back(vault: Vault, vault_path: Path, store,
                                                  monkeypatch) -> None:
    keys = key_path(vault_path).read_bytes()
    seq = vault.audit_head().seq

    @contextlib.contextmanager
    def commit_fails(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        finally:
            conn.execute("ROLLBACK")
        raise connection.OperationalError("disk I/O error")

    monkeypatch.setattr(connection, "transaction", commit_fails)
    with pytest.raises(EnvironmentProblem, match="读写错误"):
        change_passphrase(vault, PASSPHRASE, NEW, store=store)
    monkeypatch.undo()
    assert vault.audit_head().seq == seq
    assert key_path(vault_path).read_bytes() == keys  # same content, opens with the old one
    vault.close()
    Vault.open(vault_path, passphrase=PASSPHRASE, store=store).close()


def test_reset_with_recovery_code_binds_to_this_pc(vault_path: Path, store, clock) -> None:
    from tests.factories import new_vault

    v, code = new_vault(vault_path, store, clock)
    v.close()
    # Another PC: the passphrase alone does not open it; the recovery code does.
    pc2 = machine()
    with Vault.open(vault_path, recovery_code=code, store=pc2) as v2:
        reset_passphrase(v2, code, NEW, store=pc2)
        assert _last_audit(v2)[1] == {"by": "recovery_code", "machine_bound": True,
                                      "keys_sha256": file_digest(key_path(vault_path))}
    with Vault.open(vault_path, passphrase=NEW, store=pc2) as v3:
        assert v3.machine_bound
    with pytest.raises(WrongSecret):
        Vault.open(vault_path, passphrase=NEW, store=store)


def test_reset_needs_the_right_recovery_code(vault: Vault, store) -> None:
    from miji_desk.vault.recovery import new_recovery_code

    with pytest.raises(WrongSecret):
        reset_passphrase(vault, new_recovery_code(), NEW, store=store)


def test_renew_recovery_code(vault_path: Path, store, clock) -> None:
    from tests.factories import new_vault

    v, old_code = new_vault(vault_path, store, clock)
    with pytest.raises(WrongSecret, match="恢复码没有更换"):
        renew_recovery_code(v, PASSPHRASE + "x", store=store)
    new_code = renew_recovery_code(v, PASSPHRASE, store=store)
    assert new_code != old_code
    assert _last_audit(v) == ("recovery_code_renewed",
                              {"keys_sha256": file_digest(key_path(vault_path))})
    assert new_code not in vault_path.read_bytes().decode("latin-1")
    v.close()
    with pytest.raises(WrongSecret, match="旧恢复码"):
        Vault.open(vault_path, recovery_code=old_code, store=machine())
    Vault.open(vault_path, recovery_code=new_code, store=machine()).close()
    Vault.open(vault_path, passphrase=PASSPHRASE, store=store).close()


def test_no_secret_is_written_anywhere(vault: Vault, vault_path: Path, store) -> None:
    change_passphrase(vault, PASSPHRASE, NEW, store=store)
    code = renew_recovery_code(vault, NEW, store=store)
    for p in vault_path.parent.iterdir():
        data = p.read_bytes()
        for secret in (PASSPHRASE, NEW, code):
            assert secret.encode("utf-8") not in data, (secret, p.name)
    for value in store._backend.entries.values():
        assert NEW not in value and PASSPHRASE not in value


# -- kill -9 ------------------------------------------------------------------------------------

CHILD = textwrap.dedent("""
    import sys
    sys.path[:0] = [{src!r}, {root!r}]
    from keyring.backends.fail import Keyring
    from miji_desk.vault.machine_secret import MachineSecretStore
    from miji_desk.vault.vault import Vault
    from miji_desk.vault import secrets
    from miji_desk.vault.errors import WrongSecret
    from miji_desk.vault.recovery import new_recovery_code

    path, mode, a, b = sys.argv[1:5]
    store = MachineSecretStore(Keyring())

    def announced():
        code = new_recovery_code()
        print("code", code, flush=True)
        return code

    secrets.new_recovery_code = announced
    current, other = a, b
    try:
        vault = Vault.open(path, passphrase=a, store=store)
    except WrongSecret:
        vault = Vault.open(path, passphrase=b, store=store)
        current, other = b, a
    print("ready", flush=True)
    while True:
        if mode == "passphrase":
            secrets.change_passphrase(vault, current, other, store=store)
            current, other = other, current
        else:
            secrets.renew_recovery_code(vault, current, store=store)
""")


def _spawn(path: Path, mode: str, a: str, b: str) -> subprocess.Popen[str]:
    script = CHILD.format(src=str(ROOT / "src"), root=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", script, str(path), mode, a, b],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _kill_at_random(proc: subprocess.Popen[str], rng: random.Random) -> list[str]:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        raise AssertionError(f"child failed: {line}{proc.stderr.read() if proc.stderr else ''}")
    time.sleep(rng.uniform(0.0, 0.25))
    os.kill(proc.pid, signal.SIGKILL)
    out = proc.stdout.read()  # not communicate(): it would skip what readline() buffered
    proc.wait(timeout=30)
    if proc.stderr is not None:
        proc.stderr.close()
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    return out.split()


def _opens(path: Path, store: MachineSecretStore, **secret: str) -> bool:
    try:
        with Vault.open(path, store=store, **secret) as v:
            assert v.verify().ok
        return True
    except WrongSecret:
        return False


@pytest.fixture
def unbound(vault_path: Path, clock):
    from keyring.backends.fail import Keyring

    from tests.factories import new_vault

    store = MachineSecretStore(Keyring())
    v, code = new_vault(vault_path, store, clock)
    v.close()
    return vault_path, store, code


@pytest.mark.slow
def test_kill_during_passphrase_change_leaves_exactly_one(unbound) -> None:
    path, store, _code = unbound
    rng = random.Random(7)
    changes = 0
    for _ in range(20):
        _kill_at_random(_spawn(path, "passphrase", PASSPHRASE, NEW), rng)
        old_ok = _opens(path, store, passphrase=PASSPHRASE)
        new_ok = _opens(path, store, passphrase=NEW)
        assert old_ok != new_ok, "exactly one of the old and the new passphrase must open it"
        with Vault.open(path, passphrase=PASSPHRASE if old_ok else NEW, store=store) as v:
            changes = v.conn.execute("SELECT count(*) FROM audit_event WHERE action = "
                                     "'passphrase_changed'").fetchone()[0]
    assert changes > 20, "the kills should have landed during many changes"


@pytest.mark.slow
def test_kill_during_recovery_renewal_leaves_exactly_one(unbound) -> None:
    path, store, first = unbound
    rng = random.Random(11)
    codes = [first]
    for _ in range(20):
        words = _kill_at_random(_spawn(path, "recovery", PASSPHRASE, PASSPHRASE), rng)
        codes += [w for w in words if "-" in w and len(w) == 35]
        candidates = codes[-2:]
        opening = [c for c in candidates if _opens(path, store, recovery_code=c)]
        assert len(opening) == 1, "exactly one of the old and the new code must open it"
        codes.append(opening[0])  # the code in force is the "old" one for the next round
        for stale in codes[:-3]:
            assert not _opens(path, store, recovery_code=stale)
            break
    assert _opens(path, store, passphrase=PASSPHRASE)
    assert len(set(codes)) > 20
