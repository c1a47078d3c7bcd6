"""Checking the open vault's passphrase (before a restore replaces it) reads only its key slots:
nothing is re-opened and nothing written (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.vault.errors import WrongSecret
from miji_desk.vault.secrets import check_passphrase
from miji_desk.vault.vault import key_path
from tests.factories import NOW, PASSPHRASE, file_digest, machine, new_vault


def test_right_and_wrong_passphrase_change_nothing(tmp_path: Path) -> None:
    store = machine()
    v, code = new_vault(tmp_path / "ledger.mjdb", store, FixedClock(NOW))
    try:
        keys, audit = file_digest(key_path(v.path)), v.conn.execute(
            "SELECT count(*) FROM audit_event").fetchone()[0]
        check_passphrase(v, PASSPHRASE, store=store)
        for wrong in ("Wrong-Horse-电池-41", code, ""):
            with pytest.raises(WrongSecret, match="口令不正确"):
                check_passphrase(v, wrong, store=store)
        assert file_digest(key_path(v.path)) == keys
        assert v.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == audit
    finally:
        v.close()
