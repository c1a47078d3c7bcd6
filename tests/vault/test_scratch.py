"""Scratch copies of killed runs are removed at the next start, and nothing else (issue 10).

A killed ``verify-backup`` used to leave its unpacked copy of the backup (as big as the ledger)
in the temp folder for good.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from miji_desk.vault import scratch, startup
from miji_desk.vault.backup import verify_backup
from miji_desk.vault.vault import Vault
from tests.factories import PASSPHRASE, file_digest
from tests.vault.test_backup import fill, make

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def temp_dir(tmp_path: Path, monkeypatch) -> Path:
    """The OS temp folder, for this process and its children."""
    folder = tmp_path / "os-temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _killed_verify(backup: Path) -> Path:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "tests.vault.verify_killer", str(backup)],
                          input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    return Path(proc.stdout.split()[1])


def test_killed_verify_backup_scratch_is_removed_at_next_start(vault: Vault, tmp_path: Path,
                                                               store, temp_dir: Path) -> None:
    fill(vault, n=2)
    (tmp_path / "media").mkdir()
    result = make(vault, tmp_path / "media", store)
    vault.close()
    left = _killed_verify(result.path)
    assert left.parent == temp_dir and left.exists(), "the kill should leave the scratch copy"
    assert left.stat().st_size > 0
    # What the app did not name as scratch stays, even if it looks alike.
    lookalikes = [temp_dir / ".miji-verify-notes.txt", temp_dir / "miji-verify-1-abc.tmp",
                  temp_dir / ".miji-verify-123-0123456789ab.tmp.bak", tmp_path / "keep.tmp"]
    for p in lookalikes:
        p.write_text("mine")
    backup_digest = file_digest(result.path)

    assert startup.prepare(vault.path) is None

    assert not left.exists()
    assert all(p.read_text() == "mine" for p in lookalikes)
    assert file_digest(result.path) == backup_digest
    with Vault.open(vault.path, passphrase=PASSPHRASE, store=store) as again:
        assert again.verify().ok


def test_scratch_of_a_running_process_is_left_alone(tmp_path: Path) -> None:
    mine = tmp_path / scratch.verify_name()  # this process is alive
    mine.write_bytes(b"in use")
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = tmp_path / f".miji-verify-{proc.pid}-0123456789ab.tmp"
        theirs.write_bytes(b"in use")
        assert scratch.clean(tmp_path) == []
        assert mine.exists() and theirs.exists()
    finally:
        proc.kill()
        proc.wait()
    assert scratch.clean(tmp_path) == [theirs]
    assert mine.exists()


def test_snapshot_of_a_killed_backup_is_removed_beside_the_vault(vault: Vault,
                                                                 temp_dir: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    pid = int(dead.stdout)
    snap = vault.path.parent / f".{vault.path.name}.backup-{pid}-deadbeef.tmp"
    snap.write_bytes(b"ciphertext")
    other = vault.path.parent / f".other.mjdb.backup-{pid}-deadbeef.tmp"
    other.write_bytes(b"another vault's")
    assert startup.prepare(vault.path) is None
    assert not snap.exists() and other.exists()


def test_next_verify_in_the_same_workdir_removes_old_scratch(vault: Vault, tmp_path: Path,
                                                             store, temp_dir: Path) -> None:
    fill(vault, n=1)
    (tmp_path / "media").mkdir()
    result = make(vault, tmp_path / "media", store)
    left = _killed_verify(result.path)
    assert left.exists()
    verify_backup(result.path, PASSPHRASE)
    assert sorted(temp_dir.iterdir()) == []


def test_unswapped_restoring_copy_beside_the_vault_is_removed_at_start(tmp_path: Path,
                                                                       clock) -> None:
    from miji_desk.vault import restore_swap
    from miji_desk.vault.vault import key_path
    from tests.vault.test_restore_interrupted import kill_restore

    run = kill_restore(tmp_path, "plan", clock)  # killed after unpacking, before the swap
    restoring = restore_swap.restoring_path(run.target)
    assert restoring.exists() and key_path(restoring).exists()
    assert startup.prepare(run.target) is None
    assert not restoring.exists() and not key_path(restoring).exists()
    assert file_digest(run.target) == run.old_digest
