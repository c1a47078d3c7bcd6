"""The dry run changes nothing and names every error; the import is one workflow."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.exchange.importing import (
    carriers_to_complete,
    complete_carrier,
    plan_import,
    remembered_header,
    run_import,
    void_batch,
)
from miji_desk.core.exchange.sheets import Sheet, find_header, read_sheet
from miji_desk.core.registration import register_incoming
from miji_desk.vault.vault import Vault
from tests.core.exchange.messy import messy_xlsx, write_csv
from tests.factories import file_digest, incoming

HEAD = ["编号", "条码", "文号", "密级", "标题", "来文机关", "产生机关", "收文日期", "份数", "份号",
        "页数", "知悉范围", "存放位置", "备注"]


def good(n: int = 1, **over: object) -> list[object]:
    row: dict[str, object] = {
        "编号": "", "条码": "", "文号": f"旧发〔2019〕{n}号", "密级": "秘密★10年",
        "标题": f"旧文件{n}", "来文机关": "省委办公厅", "产生机关": "省委办公厅",
        "收文日期": "2019-3-5", "份数": "3", "份号": "1-2", "页数": "4", "知悉范围": "全体",
        "存放位置": "1号保密柜", "备注": ""}
    row.update(over)
    return [row[h] for h in HEAD]


def sheet_of(tmp_path: Path, rows: list[list[object]], name: str = "old.csv") -> Sheet:
    return read_sheet(write_csv(tmp_path / name, [HEAD, *rows]))


def plan(vault: Vault, sheet: Sheet):  # type: ignore[no-untyped-def]
    return plan_import(vault, sheet, find_header(sheet.rows))


def test_the_dry_run_shows_what_will_be_made_and_changes_nothing(
        vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, [good(1), [""] * len(HEAD), good(2, 份号="3～5", 份数="5")])
    before = vault.counts(), vault.audit_head()
    p = plan(vault, sheet)
    assert p.problems == []
    assert [d.rows for d in p.documents] == [[2], [4]]
    assert p.carriers == 5
    assert (vault.counts(), vault.audit_head()) == before


@pytest.mark.parametrize(("cells", "column", "code"), [
    ({"密级": "机要"}, "密级", "import.level_unknown"),
    ({"收文日期": "2019-2-30"}, "收文日期", "import.date_impossible"),
    ({"标题": ""}, "标题", "form.required"),
    ({"标题": "通知\ue000"}, "标题", "text.unprintable"),
    ({"份号": "5-3"}, "份号", "copy_numbers.range"),
    ({"存放位置": "地下室"}, "存放位置", "location.unknown_add"),
    ({"存放位置": "机要室文件柜", "密级": "机密"}, "存放位置", "import.safe_required"),
])
def test_each_error_is_named_with_its_row_and_column(
        vault: Vault, tmp_path: Path, cells: dict[str, object], column: str, code: str) -> None:
    sheet = sheet_of(tmp_path, [good(1), good(2, **cells)])
    p = plan(vault, sheet)
    assert [(x.row, x.column, x.code) for x in p.problems] == [(3, column, code)]
    assert [d.rows for d in p.documents] == [[2]]


def test_duplicates_against_the_vault_and_within_the_file(vault: Vault, tmp_path: Path) -> None:
    reg = register_incoming(vault, incoming(doc_no="旧发〔2019〕1号", sender="省委办公厅",
                                            copy_numbers="2"))
    sheet = sheet_of(tmp_path, [
        good(1),  # 份号 2 of this document is in the ledger
        good(3), good(3, 份号="2-3", 标题="旧文件3"),  # the same document twice in the file
        good(4, 编号=reg.number),  # 编号 taken
        good(5, 条码=reg.barcodes[0], 份号="1"),  # barcode taken
        good(6, 条码="OLD-1", 份号="1"), good(7, 条码="OLD-1", 份号="1"),
    ])
    codes = {(x.row, x.code) for x in plan(vault, sheet).problems}
    assert codes == {(2, "import.duplicate_document"), (4, "import.duplicate_in_file"),
                     (5, "import.number_taken"), (6, "registration.barcode_taken"),
                     (8, "import.barcode_repeated")}


def test_the_import_is_one_workflow_with_one_audit_event_naming_the_file(
        vault: Vault, tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, [good(1, 编号="2019-收-0007", 条码="OLD-1、OLD-2"), good(2)])
    audit_before = vault.counts()["audit"]
    result = run_import(vault, sheet, find_header(sheet.rows))
    assert vault.counts()["audit"] == audit_before + 1
    _seq, action, detail = vault.conn.execute(
        "SELECT seq, action, detail FROM audit_event ORDER BY seq DESC LIMIT 1").fetchone()
    assert action == "import"
    detail = json.loads(detail)
    assert detail["file"] == "old.csv"
    assert detail["sha256"] == hashlib.sha256((tmp_path / "old.csv").read_bytes()).hexdigest()
    rows = vault.conn.execute("SELECT number, barcode FROM carrier ORDER BY id").fetchall()
    assert rows[:2] == [("2019-收-0007-001", "OLD-1"), ("2019-收-0007-002", "OLD-2")]
    assert len(result.carrier_ids) == 4 and len(result.new_barcodes) == 2
    notes = {r[0] for r in vault.conn.execute(
        "SELECT note FROM carrier_event WHERE action = 'import'")}
    assert notes == {"导入（old.csv，2026-11-27）"}
    assert vault.verify().ok


def test_an_import_with_errors_is_refused_and_changes_nothing(
        vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, [good(1), good(2, 密级="机要")])
    before = file_digest(vault_path), vault.counts()
    with pytest.raises(RuleViolation) as e:
        run_import(vault, sheet, find_header(sheet.rows))
    assert e.value.code == "import.has_errors"
    assert vault.counts() == before[1]


def test_rows_with_errors_can_be_skipped_and_the_skip_is_recorded(
        vault: Vault, tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, [good(1), good(2, 密级="机要")])
    result = run_import(vault, sheet, find_header(sheet.rows), skip_errors=True)
    assert [row for row, _ in result.skipped] == [3]
    skipped = json.loads(vault.conn.execute("SELECT skipped FROM import_batch").fetchone()[0])
    assert skipped[0][0] == 3 and "机要" in skipped[0][1]
    assert vault.counts()["carriers"] == 2


def test_old_records_are_imported_as_todo_and_lending_asks_for_the_missing_fields(
        vault: Vault, tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, [good(1, 页数="", 产生机关="", 知悉范围="", 份号="1")])
    result = run_import(vault, sheet, find_header(sheet.rows))
    (todo,) = carriers_to_complete(vault)
    assert todo["id"] == result.carrier_ids[0]
    assert todo["missing"] == ["pages", "producer", "scope"]
    from miji_desk.core.custody import check_free
    with vault.transaction() as tx, pytest.raises(RuleViolation) as e:
        check_free(tx, todo["id"], tx.carrier_row(todo["id"]), "借阅")  # type: ignore[arg-type]
    assert e.value.code == "import.incomplete"
    assert e.value.params["fields"] == ["页数", "产生机关", "知悉范围"]
    left = complete_carrier(vault, todo["id"], {"pages": "12", "producer": "省保密局"})
    assert left == ["scope"]
    complete_carrier(vault, todo["id"], {"scope": "处级以上"})
    assert carriers_to_complete(vault) == []
    assert vault.verify().ok


def test_a_batch_is_voided_as_a_whole_and_never_deleted(vault: Vault, tmp_path: Path) -> None:
    sheet = sheet_of(tmp_path, [good(1), good(2)])
    result = run_import(vault, sheet, find_header(sheet.rows))
    register_incoming(vault, incoming(copy_numbers="1"))
    assert vault.ledger.count() == 5
    ids = void_batch(vault, result.batch_id, "导错了文件")
    assert vault.ledger.count() == 1  # the batch left the registers and the ledger view
    assert ids == result.carrier_ids
    row = vault.conn.execute("SELECT voided_at, void_reason FROM import_batch").fetchone()
    assert row[1] == "导错了文件"
    assert vault.counts()["carriers"] == 5  # still in the history
    history = vault.ledger.history(ids[0])
    assert [h.action for h in history] == ["import", "import_void"]
    with pytest.raises(RuleViolation) as e:
        void_batch(vault, result.batch_id, "再来一次")
    assert e.value.code == "import.batch_voided"
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute("DELETE FROM import_batch")
    assert vault.verify().ok


def test_the_mapping_is_remembered_by_its_header_row(vault: Vault, tmp_path: Path) -> None:
    rows = [["甲栏", "乙栏", "丙栏"], ["秘密", "通知", "2"]]
    sheet = read_sheet(write_csv(tmp_path / "odd.csv", rows))
    header = find_header(sheet.rows)
    assert header.mapping == {}
    header.mapping = {0: "level", 1: "title", 2: "pages"}
    run_import(vault, sheet, header)
    again = read_sheet(write_csv(tmp_path / "odd2.csv", [rows[0], ["机密", "纪要", "3"]]))
    assert remembered_header(vault, find_header(again.rows)).mapping == header.mapping


def test_the_messy_workbook_imports(vault: Vault, tmp_path: Path) -> None:
    sheet = read_sheet(messy_xlsx(tmp_path / "old.xlsx"))
    p = plan(vault, sheet)
    assert p.problems == []
    assert [(d.number, d.copies) for d in p.documents] == [
        ("2019-收-0001", [3, 4, 5]), ("2019-收-0002", [1, 2]), ("2019-收-0003", [None])]
    first = p.documents[0]
    assert first.doc["title"] == "关于 某项工作的通知"
    assert first.doc["sender"] == "省委 办公厅"
    assert first.doc["pages"] == 12 and first.doc["copies_total"] == 5
    assert str(p.documents[1].doc["received_at"])[:10] == "2019-03-20"
    run_import(vault, sheet, find_header(sheet.rows))
    assert vault.counts()["carriers"] == 6
    assert vault.verify().ok


def test_a_new_number_that_the_file_already_uses_is_refused_and_nothing_written(
        vault: Vault, tmp_path: Path) -> None:
    # Row 2 keeps its 编号 2026-收-0002 (seq 1 of 2026); row 3 has none and would be given
    # seq 2 of 2026, which the default format prints as 2026-收-0002 too.
    sheet = sheet_of(tmp_path, [good(1, 编号="2026-收-0002", 收文日期="2026-3-5"),
                                good(2, 收文日期="2026-3-6")])
    before = vault.counts()
    with pytest.raises(RuleViolation) as e:
        run_import(vault, sheet, find_header(sheet.rows))
    assert e.value.code == "number_format.clash"
    assert vault.counts() == before


def test_a_large_import_is_written_in_parts_within_its_one_transaction(
        vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from miji_desk.core.exchange import importing
    monkeypatch.setattr(importing, "_WRITE_CHUNK", 3)
    sheet = sheet_of(tmp_path, [good(i) for i in range(1, 8)])
    audit = vault.counts()["audit"]
    result = run_import(vault, sheet, find_header(sheet.rows))
    assert len(result.carrier_ids) == 14
    assert vault.counts()["audit"] == audit + 1
    numbers = [r[0] for r in vault.conn.execute("SELECT number FROM document ORDER BY id")]
    assert numbers == [f"2019-收-{i:04d}" for i in range(1, 8)]
    assert vault.verify().ok
