"""The guard on its own: what it recognises as the app's own files beside a vault, and an
output that is never committed leaves nothing behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.output_file import OutputFile
from miji_desk.core.own_files import own_file_kind, protect, refuse_own_file, release


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    """A vault as it lies on disk when not open here: ciphertext and its key file."""
    vault = tmp_path / "ledger.mjdb"
    vault.write_bytes(bytes(range(256)) * 16)
    (tmp_path / "ledger.mjdb.keys").write_text(
        json.dumps({"format": "miji-desk-keys", "version": 1}), encoding="utf-8")
    return vault


@pytest.mark.parametrize("name", ["ledger.mjdb", "ledger.mjdb.keys", "ledger.mjdb-journal",
                                  "ledger.mjdb.restoring", "ledger.mjdb-wal",
                                  ".ledger.mjdb.backup-0a1b2c3d.tmp"])
def test_everything_beside_a_closed_vault_is_recognised(closed_vault: Path, name: str) -> None:
    target = closed_vault.with_name(name)
    with pytest.raises(RuleViolation) as info:
        refuse_own_file(target)
    assert str(target) in info.value.message


def test_an_open_vault_is_protected_until_closed(tmp_path: Path) -> None:
    vault = tmp_path / "renamed-away.mjdb"  # no key file beside it: only the registry knows
    vault.write_bytes(b"\x00" * 4096)
    assert own_file_kind(vault) == ""
    protect(vault)
    try:
        assert own_file_kind(vault) == "当前打开的台账文件"
        assert own_file_kind(tmp_path / "renamed-away.mjdb-journal") != ""
    finally:
        release(vault)
    assert own_file_kind(vault) == ""


def test_ordinary_files_are_not_ours(tmp_path: Path) -> None:
    old = tmp_path / "register.pdf"
    old.write_bytes(b"%PDF-1.4\n")
    notes = tmp_path / "notes.json"
    notes.write_text('{"meeting": "周一"}', encoding="utf-8")
    for p in (old, notes, tmp_path / "new.pdf", tmp_path):
        assert own_file_kind(p) == ""


def test_an_uncommitted_output_leaves_the_earlier_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    out.write_bytes(b"earlier")
    with OutputFile(out) as output:
        output.write(b"%PDF-1.4 new")
        assert output.part.exists() and output.part.parent == tmp_path
    assert out.read_bytes() == b"earlier" and [p.name for p in tmp_path.iterdir()] == [out.name]
