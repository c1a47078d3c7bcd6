"""``print --marking``: the register's own marking is printed on every page, so a control
character in it is refused before anything is written (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import test_cli_printing
from tests.factories import folder_state
from tests.test_cli_printing import last_audit, run

# The printing CLI tests' fixtures: a filled vault bound to an in-memory credential store.
keyring_store, filled = test_cli_printing.keyring_store, test_cli_printing.filled


@pytest.mark.parametrize(
    "marking", ["机密\x00", "机\x1b[31m密", "绝密\u202e", "秘密\r\n★", "密" * 41])
def test_a_marking_with_a_control_character_or_too_long_is_refused_and_nothing_written(
        monkeypatch, capsys, filled, keyring_store, tmp_path: Path, marking: str):
    out = tmp_path / "out" / "r.pdf"
    out.parent.mkdir()
    audit_before = last_audit(filled, keyring_store)[0]
    vault_before = folder_state(filled.parent)
    code = run(monkeypatch, ["print", "incoming", str(filled), "--out", str(out),
                             "--marking", marking])
    _out, err = capsys.readouterr()
    assert code == 1
    assert "密级标志" in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []
    assert folder_state(filled.parent) == vault_before
    assert last_audit(filled, keyring_store)[0] == audit_before


def test_an_ordinary_marking_still_prints(monkeypatch, capsys, filled, keyring_store, tmp_path):
    out = tmp_path / "r.pdf"
    assert run(monkeypatch, ["print", "incoming", str(filled), "--out", str(out),
                             "--marking", " 机密★10年 "]) == 0, capsys.readouterr().err
    assert out.exists()
