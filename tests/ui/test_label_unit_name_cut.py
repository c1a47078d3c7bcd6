# ruff: noqa: F811 - the fixtures imported from test_printing_ui are parameters here
"""The label job says, before the paper is used, when the unit's name does not fit on a label
(only its beginning would print): a warning pointing to 设置 › 本单位规则, then the preview.
The short name set there prints whole and is not warned about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from miji_desk.core.clock import FixedClock
from miji_desk.core.registration import register_incoming
from miji_desk.core.unit_rules import change_unit_rule
from miji_desk.vault.vault import Vault
from tests.factories import CLERK, NOW, PASSPHRASE, TEST_KDF, incoming
from tests.printing.helpers import pdf_text
from tests.ui.test_printing_ui import (  # noqa: F401 - pytest fixtures and helpers
    accepting,
    controller,
    previews,
    settings,
    store,
    unlocked,
)

LONG_NAME = "中国航天科技集团有限公司第五研究院第五〇二研究所办公室"  # the unit's official name


@pytest.fixture
def vault_file(tmp_path: Path, store) -> Path:
    """A vault of a unit with a long official name (its labels would cut it)."""
    path = tmp_path / "v" / "ledger.mjdb"
    path.parent.mkdir()
    vault, _code = Vault.create(path, passphrase=PASSPHRASE, unit_name=LONG_NAME,
                                clerk_name=CLERK, store=store, kdf=TEST_KDF,
                                clock=FixedClock(NOW), locations=(("1号保密柜", "safe"),))
    register_incoming(vault, incoming(received_at=NOW - dt.timedelta(hours=1)))
    vault.close()
    return path


def print_labels_reading_warnings(qtbot, monkeypatch, unlocked, previews) -> list[str]:
    """The clerk prints labels for two carriers; every message box on the way is read and
    closed (OK), as the clerk would."""
    warnings: list[str] = []
    watching = [True]

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            warnings.append(f"{box.windowTitle()}：{box.text()}")
            box.button(QMessageBox.StandardButton.Ok).click()
        if watching[0]:
            QTimer.singleShot(20, close_boxes)

    accepting(monkeypatch, lambda d: None)  # the dialog as it opens: the chosen carriers
    vault = unlocked.window.vault
    ids = [cv.id for cv in vault.ledger.iter_views()][:2]
    QTimer.singleShot(0, close_boxes)
    try:
        previews.after(lambda: unlocked.printing.print_labels(vault, ids, unlocked.window))
    finally:
        watching[0] = False
    return warnings


def test_a_unit_name_that_does_not_fit_is_warned_about_before_the_preview(
        qtbot, monkeypatch, unlocked, previews) -> None:
    assert unlocked.window.vault.unit_name == LONG_NAME  # no short name set for labels
    warnings = print_labels_reading_warnings(qtbot, monkeypatch, unlocked, previews)
    assert len(warnings) == 1
    assert warnings[0].startswith("单位名称放不下：") and "本单位规则" in warnings[0]
    assert len(previews.dialogs) == 1  # the preview still follows: the clerk decides
    printed = "".join(pdf_text(previews.last._pdf))
    assert LONG_NAME not in printed and LONG_NAME[:6] in printed  # only its beginning


def test_a_short_unit_name_prints_whole_without_a_warning(
        qtbot, monkeypatch, unlocked, previews) -> None:
    vault = unlocked.window.vault
    change_unit_rule(vault, "label_unit_name", "五〇二所", "保密委员会决定")  # 设置's rule
    assert print_labels_reading_warnings(qtbot, monkeypatch, unlocked, previews) == []
    assert "五〇二所" in "".join(pdf_text(previews.last._pdf))
