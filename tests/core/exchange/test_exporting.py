"""Export in the import's columns: marked, audited, private, and a round trip loses nothing."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from miji_desk.core.carriers import Register
from miji_desk.core.errors import RuleViolation
from miji_desk.core.exchange.exporting import export_sheet
from miji_desk.core.exchange.importing import run_import
from miji_desk.core.exchange.sheets import find_header, read_sheet
from miji_desk.core.ledger_query import LedgerFilter, SortKey
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from miji_desk.vault.vault import Vault
from tests.factories import incoming, new_vault

INCOMING = LedgerFilter(registers=frozenset({Register.INCOMING}))


def views(vault: Vault) -> list:  # type: ignore[type-arg]
    return list(vault.ledger.iter_views(INCOMING, SortKey.REGISTERED))


def fill(vault: Vault) -> None:
    register_incoming(vault, incoming(title="关于，\"引号\"与逗号的通知", copy_numbers="1-3",
                                      level="secret", period=SecrecyPeriod.years(10),
                                      location="1号保密柜", notes="第一行"))
    register_incoming(vault, incoming(title="会议纪要", doc_no="", copy_numbers="2",
                                      level="confidential", location="机要室文件柜",
                                      scope="全体干部"))
    register_incoming(vault, incoming(title="长期文件", copy_numbers="1", level="confidential",
                                      period=SecrecyPeriod.long_term(), doc_no="某发〔2026〕9号"))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_import_export_gives_identical_files(
        vault: Vault, tmp_path: Path, store: object, clock: object, suffix: str) -> None:
    fill(vault)
    first = tmp_path / f"first{suffix}"
    export_sheet(vault, views(vault), first, what="收文登记簿")
    other_path = tmp_path / "other" / "ledger.mjdb"
    other_path.parent.mkdir()
    other, _code = new_vault(other_path, store, clock)  # type: ignore[arg-type]
    try:
        sheet = read_sheet(first)
        result = run_import(other, sheet, find_header(sheet.rows))
        assert result.new_barcodes == []  # every carrier kept its barcode
        second = tmp_path / f"second{suffix}"
        export_sheet(other, views(other), second, what="收文登记簿")
        assert second.read_bytes() == first.read_bytes()
        assert other.verify().ok
    finally:
        other.close()


def test_the_export_carries_the_highest_marking_and_is_audited_and_private(
        vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    path = tmp_path / "out.csv"
    result = export_sheet(vault, views(vault), path, what="收文登记簿", filter_text="全部")
    rows = read_sheet(path).rows
    assert rows[0] == ["机密"]
    assert "涉密载体" in str(rows[1][0])
    assert result.marking == "机密"
    action, detail = vault.conn.execute(
        "SELECT action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "export_sheet"
    assert json.loads(detail)["destination"] == str(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv", "vault"]


def test_an_export_of_another_kind_is_refused_and_writes_nothing(
        vault: Vault, tmp_path: Path) -> None:
    fill(vault)
    audit = vault.counts()["audit"]
    with pytest.raises(RuleViolation) as e:
        export_sheet(vault, views(vault), tmp_path / "out.pdf", what="收文登记簿")
    assert e.value.code == "export.file_kind"
    assert vault.counts()["audit"] == audit
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]
