"""A key change killed at any point: the key file and the audit log agree at the next open, and
no leftover file opens the vault with a secret that was never put in force (issue 10)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.keyslots import KeyFile
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE, file_digest, new_vault

ROOT = Path(__file__).resolve().parents[2]
NEW = "Brand-New-口令-2027"
RECORDED = {"temp": False, "staged": False, "audited": True, "renamed": True}
ACTION = {"passphrase": "passphrase_changed", "recovery": "recovery_code_renewed"}


@pytest.fixture
def unbound(vault_path: Path, clock) -> tuple[Path, MachineSecretStore, str]:
    store = MachineSecretStore(fail.Keyring())  # a child process cannot share an in-memory one
    v, code = new_vault(vault_path, store, clock)
    v.close()
    return vault_path, store, code


def _kill(path: Path, mode: str, point: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "tests.vault.key_change_killer", str(path),
                           mode, point, PASSPHRASE, NEW], capture_output=True, text=True,
                          cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "finished" not in proc.stdout
    return proc.stdout.split()


def _opens(path: Path, store: MachineSecretStore, **secret: str) -> bool:
    try:
        with Vault.open(path, store=store, **secret) as v:
            assert v.verify().ok
        return True
    except WrongSecret:
        return False


def _key_events(path: Path, store: MachineSecretStore, **secret: str) -> list[dict]:
    with Vault.open(path, store=store, **secret) as v:
        return [json.loads(d) for (d,) in v.conn.execute(
            "SELECT detail FROM audit_event WHERE action IN "
            "('passphrase_changed', 'recovery_code_renewed') ORDER BY seq")]


def _no_other_file_unlocks(path: Path, **secret: str) -> None:
    """Whatever else lies in the folder: none of it is a key file the secret opens."""
    for p in path.parent.iterdir():
        if p in (path, key_path(path)):
            continue
        try:
            keys = KeyFile.from_bytes(p.read_bytes(), str(p))
        except Exception:
            continue
        with pytest.raises(WrongSecret):
            if "recovery_code" in secret:
                keys.unlock_recovery(secret["recovery_code"])
            else:
                keys.unlock_passphrase(secret["passphrase"], None)


@pytest.mark.parametrize("point", list(RECORDED))
def test_killed_passphrase_change_keys_and_audit_agree(unbound, point: str) -> None:
    path, store, _code = unbound
    _kill(path, "passphrase", point)
    recorded = RECORDED[point]
    in_force, other = (NEW, PASSPHRASE) if recorded else (PASSPHRASE, NEW)

    assert not _opens(path, store, passphrase=other), "the secret not in force opened it"
    assert _opens(path, store, passphrase=in_force)
    events = _key_events(path, store, passphrase=in_force)
    assert len(events) == (1 if recorded else 0)
    if recorded:
        assert events[0]["keys_sha256"] == file_digest(key_path(path))
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, key_path(path).name]
    _no_other_file_unlocks(path, passphrase=NEW)


@pytest.mark.parametrize("point", list(RECORDED))
def test_killed_recovery_renewal_keys_and_audit_agree(unbound, point: str) -> None:
    path, store, old_code = unbound
    words = _kill(path, "recovery", point)
    new_code = words[words.index("code") + 1]
    recorded = RECORDED[point]
    in_force, other = (new_code, old_code) if recorded else (old_code, new_code)

    assert not _opens(path, store, recovery_code=other)
    assert _opens(path, store, recovery_code=in_force)
    assert _opens(path, store, passphrase=PASSPHRASE)  # the passphrase never changed
    events = _key_events(path, store, passphrase=PASSPHRASE)
    assert len(events) == (1 if recorded else 0)
    if recorded:
        assert events[0]["keys_sha256"] == file_digest(key_path(path))
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name, key_path(path).name]
    _no_other_file_unlocks(path, recovery_code=new_code)


def test_old_passphrase_after_a_recorded_change_is_refused_first_time(unbound) -> None:
    """The first open after the kill tries the old passphrase: the audit log says it was
    changed, so it is refused even though the live key file still took it."""
    path, store, _code = unbound
    _kill(path, "passphrase", "audited")
    with pytest.raises(WrongSecret):
        Vault.open(path, passphrase=PASSPHRASE, store=store)
    assert _opens(path, store, passphrase=NEW)


def test_a_planted_pending_key_file_is_never_put_in_force(unbound) -> None:
    """A key file wrapping another data key, dropped in as ``.keys.pending``: not used."""
    from miji_desk.vault.keyslots import new_data_key
    from miji_desk.vault.recovery import new_recovery_code
    from tests.factories import TEST_KDF

    path, store, _code = unbound
    live = KeyFile.load(key_path(path))
    planted = KeyFile.build(new_data_key(), NEW, new_recovery_code(), None, live.vault_id,
                            TEST_KDF)
    pending = path.with_name(path.name + ".keys.pending")
    pending.write_bytes(planted.to_bytes())
    assert not _opens(path, store, passphrase=NEW)
    assert _opens(path, store, passphrase=PASSPHRASE)
    assert not pending.exists()
