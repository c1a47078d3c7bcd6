"""Reading messy files: encodings, title rows, merged and two-row headers, blank rows."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.exchange.sheets import find_header, read_sheet, recognise
from tests.core.exchange.messy import messy_xlsx, write_csv

ROWS = [["文号", "密级", "保密期限", "份数", "份号", "来文机关", "收文日期", "文件名称", "页数",
         "备注"],
        ["某发〔2026〕1号", "机密", "10年", "3", "1-3", "省委办公厅", "2026-3-5", "通知", "4",
         "甲"]]


@pytest.mark.parametrize(("encoding", "shown"), [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                                 ("gbk", "gb18030"), ("gb18030", "gb18030")])
def test_csv_encodings_are_detected_and_named(tmp_path: Path, encoding: str, shown: str) -> None:
    sheet = read_sheet(write_csv(tmp_path / "a.csv", ROWS, encoding))
    assert sheet.encoding == shown
    assert sheet.rows[1][5] == "省委办公厅"
    if encoding == "utf-8-sig":
        assert (tmp_path / "a.csv").read_bytes().startswith(codecs.BOM_UTF8)


def test_common_chinese_headers_are_recognised(tmp_path: Path) -> None:
    sheet = read_sheet(write_csv(tmp_path / "a.csv", ROWS))
    header = find_header(sheet.rows)
    assert header.mapping == {0: "doc_no", 1: "level", 2: "period", 3: "copies_total",
                              4: "copy_numbers", 5: "sender", 6: "received_at", 7: "title",
                              8: "pages", 9: "notes"}
    assert recognise("标 题") == "title"
    assert recognise("（备注）") == "notes"
    assert recognise("保管人") is None


def test_merged_two_row_header_under_a_title_row(tmp_path: Path) -> None:
    sheet = read_sheet(messy_xlsx(tmp_path / "old.xlsx"))
    header = find_header(sheet.rows)
    assert header.data_row == 3  # title row, two header rows
    by_field = {f: c for c, f in header.mapping.items()}
    assert set(by_field) == {"number", "doc_no", "title", "sender", "level", "copies_total",
                             "copy_numbers", "pages", "notes", "received_at"}
    assert header.labels[by_field["copy_numbers"]] == "份号"
    assert header.labels[by_field["number"]] == "登记编号"


def test_a_file_of_another_kind_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(RuleViolation) as e:
        read_sheet(tmp_path / "a.txt")
    assert e.value.code == "import.file_kind"
    (tmp_path / "b.xlsx").write_bytes(b"not a zip")
    with pytest.raises(RuleViolation) as e:
        read_sheet(tmp_path / "b.xlsx")
    assert e.value.code == "import.xlsx_unreadable"


def test_the_file_hash_is_of_its_bytes(tmp_path: Path) -> None:
    import hashlib
    path = write_csv(tmp_path / "a.csv", ROWS, "gbk")
    assert read_sheet(path).sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
