"""A restore killed at any point of its swap leaves a vault at the target (issue 10).

The old swap renamed the old vault aside and the restored copy in without a record: a kill
between two renames left the data in ``*-replaced-*`` and ``.restoring`` and nothing at the
target. Now the renames are planned first, and the next open finishes them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from keyring.backends import fail

from miji_desk.core.errors import EnvironmentProblem
from miji_desk.core.registration import register_incoming
from miji_desk.vault import restore_swap
from miji_desk.vault.backup import verify_backup
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault, key_path
from tests.factories import PASSPHRASE, file_digest, incoming, new_vault
from tests.vault.test_backup import fill, make, rows_except_audit

ROOT = Path(__file__).resolve().parents[2]
# Without a journal the swap has four renames: old vault, old keys aside; new keys, new vault in.
POINTS = ["plan", "before-1", "after-1", "before-2", "after-2", "before-3", "after-3",
          "before-4", "after-4"]


@dataclass
class Interrupted:
    target: Path
    backup: Path
    backup_rows: dict
    old_digest: str
    store: MachineSecretStore


def _unbound() -> MachineSecretStore:
    return MachineSecretStore(fail.Keyring())  # another process cannot share an in-memory one


def kill_restore(tmp_path: Path, point: str, clock) -> Interrupted:
    """A vault, a backup of it, one more registration, then a restore killed at ``point``."""
    (tmp_path / "pc").mkdir()
    (tmp_path / "media").mkdir()
    store = _unbound()
    target = tmp_path / "pc" / "ledger.mjdb"
    v, _code = new_vault(target, store, clock)
    fill(v, n=2)
    result = make(v, tmp_path / "media", store)
    with Vault.open(target, passphrase=PASSPHRASE, store=store) as snap:
        backup_rows = rows_except_audit(snap.conn)
    clock.advance(hours=1)
    register_incoming(v, incoming(title="备份之后登记", copy_numbers="7"))
    v.close()
    old_digest = file_digest(target)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "tests.vault.restore_killer", str(result.path),
                           str(target), point], input=PASSPHRASE + "\n", capture_output=True,
                          text=True, cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "finished" not in proc.stdout
    return Interrupted(target, result.path, backup_rows, old_digest, store)


def _replaced(target: Path) -> list[Path]:
    return sorted(p for p in target.parent.glob(f"{target.stem}-replaced-*{target.suffix}"))


@pytest.mark.parametrize("point", POINTS)
def test_next_open_finds_a_vault_with_the_right_content(tmp_path: Path, clock,
                                                         point: str) -> None:
    run = kill_restore(tmp_path, point, clock)
    with Vault.open(run.target, passphrase=PASSPHRASE, store=run.store) as v:
        assert v.verify().ok
        if point == "plan":  # killed before the swap began: the old vault, untouched
            assert file_digest(run.target) == run.old_digest
            assert rows_except_audit(v.conn) != run.backup_rows
        else:  # the swap is finished: the backup's content, the old vault kept beside
            assert rows_except_audit(v.conn) == run.backup_rows
            assert v.conn.execute("SELECT action FROM audit_event ORDER BY seq DESC "
                                  "LIMIT 1").fetchone()[0] == "restored_from_backup"
            kept = _replaced(run.target)
            assert len(kept) == 1 and file_digest(kept[0]) == run.old_digest
            assert key_path(kept[0]).exists()
    assert not restore_swap.plan_path(run.target).exists()
    if point != "plan":
        leftovers = [p.name for p in run.target.parent.iterdir() if ".restoring" in p.name]
        assert leftovers == []


def test_the_backup_itself_is_untouched_and_restores_again(tmp_path: Path, clock) -> None:
    run = kill_restore(tmp_path, "after-2", clock)
    digest = file_digest(run.backup)
    with Vault.open(run.target, passphrase=PASSPHRASE, store=run.store):
        pass
    assert file_digest(run.backup) == digest
    assert verify_backup(run.backup, PASSPHRASE).manifest.carriers > 0


def test_a_plan_that_disagrees_with_the_files_changes_nothing(tmp_path: Path, clock) -> None:
    run = kill_restore(tmp_path, "after-2", clock)
    restoring = restore_swap.restoring_path(run.target)
    restoring.rename(tmp_path / "moved-away.mjdb")  # someone tidied up by hand
    before = sorted(p.name for p in run.target.parent.iterdir())
    with pytest.raises(EnvironmentProblem, match="与其记录不符"):
        Vault.open(run.target, passphrase=PASSPHRASE, store=run.store)
    assert sorted(p.name for p in run.target.parent.iterdir()) == before
