"""The GUI start path never offers the setup wizard over an interrupted restore (issue 10)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from miji_desk import app
from miji_desk.core.clock import FixedClock
from miji_desk.ui.shell import setup_wizard
from miji_desk.vault import restore_swap
from miji_desk.vault.vault import Vault, key_path
from tests.factories import NOW, PASSPHRASE, file_digest, folder_state
from tests.vault.test_restore_interrupted import kill_restore


@pytest.fixture
def shown(monkeypatch) -> dict[str, list]:
    """What the start path showed: wizard runs and error boxes (both stand-ins never block)."""
    seen: dict[str, list] = {"wizard": [], "critical": []}

    def wizard(path: Path, store, settings) -> bool:
        seen["wizard"].append(path)
        return False

    def critical(parent, title: str, text: str, *a) -> QMessageBox.StandardButton:
        seen["critical"].append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(setup_wizard, "run_setup", wizard)
    monkeypatch.setattr(QMessageBox, "critical", critical)
    return seen


@pytest.mark.parametrize("point", ["after-1", "before-3", "after-3", "before-4"])
def test_killed_restore_is_finished_and_the_wizard_not_shown(qapp, tmp_path: Path, shown,
                                                              point: str) -> None:
    run = kill_restore(tmp_path, point, FixedClock(NOW))
    assert app.prepare_start(run.target, run.store, None) is True  # type: ignore[arg-type]
    assert shown == {"wizard": [], "critical": []}
    with Vault.open(run.target, passphrase=PASSPHRASE, store=run.store) as v:
        assert v.conn.execute("SELECT action FROM audit_event ORDER BY seq DESC "
                              "LIMIT 1").fetchone()[0] == "restored_from_backup"
    assert not restore_swap.plan_path(run.target).exists()


def test_replaced_vault_without_a_plan_refuses_the_wizard(qapp, tmp_path: Path,
                                                          shown) -> None:
    """What the old code left (no plan): the old vault renamed aside, nothing at the target."""
    run = kill_restore(tmp_path, "after-2", FixedClock(NOW))
    restore_swap.plan_path(run.target).unlink()
    before = folder_state(run.target.parent)
    assert app.prepare_start(run.target, run.store, None) is False  # type: ignore[arg-type]
    assert shown["wizard"] == []
    (_title, text), = shown["critical"]
    assert "replaced" in text and "不会新建台账" in text
    assert folder_state(run.target.parent) == before


def test_restoring_copy_without_a_vault_refuses_the_wizard(qapp, tmp_path: Path,
                                                           shown) -> None:
    run = kill_restore(tmp_path, "plan", FixedClock(NOW))  # .restoring and its keys are there
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    for p in (run.target, key_path(run.target)):
        shutil.move(p, moved / p.name)
    restoring = restore_swap.restoring_path(run.target)
    digest = file_digest(restoring)
    assert app.prepare_start(run.target, run.store, None) is False  # type: ignore[arg-type]
    assert shown["wizard"] == [] and len(shown["critical"]) == 1
    assert file_digest(restoring) == digest


def test_an_empty_folder_still_gets_the_wizard(qapp, tmp_path: Path, shown) -> None:
    target = tmp_path / "ledger.mjdb"
    assert app.prepare_start(target, None, None) is False  # type: ignore[arg-type]
    assert shown["wizard"] == [target] and shown["critical"] == []
