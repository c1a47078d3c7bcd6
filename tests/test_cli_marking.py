"""``print --marking``: the register's own marking is printed on every page, so a control
character in it is refused before anything is written (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import test_cli_printing
from tests.factories import folder_state
from tests.printing.helpers import pdf_text
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
                             "--marking", " 绝密 "]) == 0, capsys.readouterr().err
    assert out.exists()
    assert last_audit(filled, keyring_store)[3]["marking"] == "绝密"


def flat(text: str) -> str:
    return "".join(text.split())


def test_without_marking_every_page_carries_the_highest_level_listed_and_the_audit_says_so(
        monkeypatch, capsys, filled, keyring_store, tmp_path):
    """收 0002 is 绝密: the old default 机密 printed over it; now the register is 绝密."""
    out = tmp_path / "r.pdf"
    assert run(monkeypatch, ["print", "incoming", str(filled), "--out", str(out)]) == 0, \
        capsys.readouterr().err
    for page in pdf_text(out):
        assert flat(page).startswith("绝密") and flat(page).endswith("绝密"), page
    _seq, action, _ids, detail = last_audit(filled, keyring_store)
    assert action == "export_pdf" and detail["marking"] == "绝密"
    # Filtered to the 机密 rows, the register lists no 绝密: its marking is 机密.
    only = tmp_path / "only.pdf"
    assert run(monkeypatch, ["print", "incoming", str(filled), "--out", str(only),
                             "--level", "机密"]) == 0
    assert flat(pdf_text(only)[0]).startswith("机密")
    assert last_audit(filled, keyring_store)[3]["marking"] == "机密"


@pytest.mark.parametrize(("marking", "message"), [
    ("秘密", "不能标为秘密"),
    ("机密", "所列载体有绝密，不能标为机密"),
    ("hello", "“hello”不是密级"),
])
def test_a_marking_lower_than_listed_or_not_a_level_is_refused_and_nothing_written(
        monkeypatch, capsys, filled, keyring_store, tmp_path, marking, message):
    out = tmp_path / "out" / "r.pdf"
    out.parent.mkdir()
    before = last_audit(filled, keyring_store)
    code = run(monkeypatch, ["print", "incoming", str(filled), "--out", str(out),
                             "--marking", marking])
    _out, err = capsys.readouterr()
    assert code == 1 and message in err and "Traceback" not in err
    assert list(out.parent.iterdir()) == []
    after = last_audit(filled, keyring_store)
    assert after[1] not in ("export_pdf", "print") or after[0] == before[0]
