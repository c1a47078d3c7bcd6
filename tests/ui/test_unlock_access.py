"""The app honours the same unlock limit and the same one-program lock as the command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from miji_desk import cli
from miji_desk.core.clock import FixedClock
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.unlock_limit import UnlockLimiter
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, new_vault
from tests.fakes import InMemoryKeyring, LockHolder

WRONG = "Wrong-Horse-电池-41"
SRC = Path(__file__).resolve().parents[2] / "src"


@pytest.fixture
def ring(monkeypatch) -> InMemoryKeyring:
    ring = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(ring))
    return ring


@pytest.fixture
def vault_file(tmp_path: Path, ring) -> tuple[Path, str]:
    folder = tmp_path / "v"
    folder.mkdir()
    vault, code = new_vault(folder / "ledger.mjdb", MachineSecretStore(ring), FixedClock(NOW))
    vault.close()
    return folder / "ledger.mjdb", code


@pytest.fixture
def app(qtbot, vault_file, ring, tmp_path):
    c = AppController(vault_file[0], Settings(tmp_path / "settings.ini"), MachineSecretStore(ring),
                      clock=FixedClock(NOW), airgap_source=lambda: [("lo", True, True)])
    qtbot.addWidget(c.window)
    yield c
    c.window.lock()
    c.instance_lock.release()


def message(c: AppController) -> str:
    return c.unlock_page.ui.messageLabel.text()


def cli_run(monkeypatch, argv: list[str], stdin: str) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(argv)


def test_app_and_cli_count_the_same_failures(app, vault_file, monkeypatch, capsys):
    path, _ = vault_file
    for _ in range(3):
        app.try_unlock(WRONG, False)
    assert "还可以再试 2 次" in message(app)
    for _ in range(2):
        assert cli_run(monkeypatch, ["stats", str(path), "--passphrase-stdin"], WRONG + "\n")
    capsys.readouterr()
    assert cli_run(monkeypatch, ["stats", str(path), "--passphrase-stdin"], PASSPHRASE + "\n")
    assert "已暂停解锁" in capsys.readouterr().err
    app.try_unlock(PASSPHRASE, False)  # the right passphrase, during the lockout
    assert app.window.is_locked and app.window.vault is None
    assert app.unlock_page.is_locked_out() and "已暂停解锁" in message(app)


def test_deleted_count_leaves_the_app_only_the_recovery_code(qtbot, vault_file, ring, tmp_path):
    path, code = vault_file
    UnlockLimiter(path).path.unlink()
    c = AppController(path, Settings(tmp_path / "s.ini"), MachineSecretStore(ring),
                      clock=FixedClock(NOW), airgap_source=lambda: [])
    qtbot.addWidget(c.window)
    assert c.unlock_page.is_recovery_mode() and "只能使用恢复码" in message(c)
    c.try_unlock(PASSPHRASE, False)
    assert c.window.vault is None and "只能使用恢复码" in message(c)
    c.try_unlock(code, True)
    assert c.window.vault is not None
    detail = json.loads(c.window.vault.conn.execute(
        "SELECT detail FROM audit_event WHERE action = 'unlock' ORDER BY seq DESC").fetchone()[0])
    assert detail["via"] == "app" and detail["limit_state_problem"] == "missing"
    c.window.lock()


def test_the_app_is_refused_while_another_program_holds_the_vault(app, vault_file):
    holder = LockHolder(vault_file[0])
    try:
        app.try_unlock(PASSPHRASE, False)
        assert app.window.vault is None
        assert f"进程号 {holder.pid}" in message(app)
        assert UnlockLimiter(vault_file[0]).attempts_left() == 5  # no guess was spent
    finally:
        holder.quit()
    app.try_unlock(PASSPHRASE, False)
    assert app.window.vault is not None


def test_the_cli_is_refused_while_the_app_has_the_vault_open(app, vault_file, ring):
    path, _ = vault_file
    app.try_unlock(PASSPHRASE, False)
    assert app.window.vault is not None
    # A real second process: the CLI, with this machine's credential store injected.
    script = (
        "import sys\nfrom miji_desk import cli\n"
        "from miji_desk.vault.machine_secret import MachineSecretStore\n"
        "from tests.fakes import InMemoryKeyring\n"
        f"ring = InMemoryKeyring(); ring.entries = {ring.entries!r}\n"
        "cli.MachineSecretStore = lambda: MachineSecretStore(ring)\n"
        "sys.exit(cli.main(sys.argv[1:]))\n")

    def run_cli(command: str) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(SRC.parent)])}
        return subprocess.run([sys.executable, "-c", script, command, str(path),
                               "--passphrase-stdin"], input=PASSPHRASE + "\n",
                              capture_output=True, text=True, env=env, timeout=120, check=False)

    refused = run_cli("stats")
    assert refused.returncode == 1 and refused.stdout == ""
    assert f"进程号 {os.getpid()}" in refused.stderr
    verified = run_cli("verify")  # read-only verification runs beside the app
    assert verified.returncode == 0 and verified.stdout.startswith("ok: "), verified.stderr
    app.window.lock()  # the vault is closed: the lock goes with it
    assert run_cli("stats").returncode == 0
    QApplication.processEvents()
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(ring)) as v:
        vias = [json.loads(d)["via"] for (d,) in v.conn.execute(
            "SELECT detail FROM audit_event WHERE action = 'unlock' ORDER BY seq")]
    assert vias == ["app", "cli verify", "cli stats"]


def test_restore_in_the_app_is_refused_while_another_program_holds_the_vault(
        app, vault_file, monkeypatch):
    from miji_desk.ui.backup import actions as backup_actions
    from tests.factories import folder_state

    warnings: list[str] = []
    monkeypatch.setattr(backup_actions.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    opened: list[object] = []
    monkeypatch.setattr(backup_actions, "RestoreDialog",
                        lambda *a, **k: opened.append(a) or pytest.fail("dialog opened"))
    path, _ = vault_file
    before = folder_state(path.parent)
    holder = LockHolder(path)
    try:
        app.backup.restore()
    finally:
        holder.quit()
    assert opened == [] and len(warnings) == 1 and f"进程号 {holder.pid}" in warnings[0]
    assert folder_state(path.parent) == before
    assert not app.instance_lock.held
