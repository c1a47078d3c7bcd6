"""The import dialog: the mapping screen and the dry run (pytest-qt, real vault and files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.ui.exchange.dialog import ImportDialog
from miji_desk.vault.vault import Vault
from tests.core.exchange.messy import messy_xlsx, write_csv
from tests.vault_fixtures import clock, store, vault, vault_path

__all__ = ["clock", "store", "vault", "vault_path"]

HEAD = ["文号", "密级", "标题", "来文机关", "收文日期", "份号", "页数"]


@pytest.fixture
def dialog(qtbot, vault: Vault) -> ImportDialog:  # type: ignore[no-untyped-def]
    d = ImportDialog(vault, choose_file=lambda _p: "")
    qtbot.addWidget(d)
    d.show()
    return d


def dry_run(qtbot, d: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    d.dry_button.click()
    qtbot.waitUntil(lambda: not d.running and d.plan is not None, timeout=20000)


def texts(d: ImportDialog) -> list[tuple[str, str, str]]:
    t = d.ui.resultTable
    return [tuple(t.item(r, c).text() for c in range(3)) for r in range(t.rowCount())]  # type: ignore[misc]


def test_the_mapping_screen_shows_the_recognised_columns_and_the_encoding(
        qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "gbk.csv", [HEAD, ["某发〔2019〕1号", "秘密", "通知", "省委",
                                                   "2019-3-5", "1", "2"]], "gbk")
    dialog.load(path)
    assert "GBK/GB18030" in dialog.ui.fileInfo.text()
    assert dialog.mapping() == {0: "doc_no", 1: "level", 2: "title", 3: "sender",
                                4: "received_at", 5: "copy_numbers", 6: "pages"}
    assert dialog.dry_button.isEnabled() and not dialog.import_button.isEnabled()


def test_the_messy_workbook_maps_its_two_row_header(
        qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog.load(messy_xlsx(tmp_path / "old.xlsx"))
    assert "Excel" in dialog.ui.fileInfo.text() and "第 3 行" in dialog.ui.fileInfo.text()
    assert set(dialog.mapping().values()) >= {"number", "title", "copy_numbers", "level"}


def test_the_dry_run_lists_rows_and_errors_and_changes_nothing(
        qtbot, dialog: ImportDialog, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [
        HEAD, ["某发〔2019〕1号", "秘密★10年", "通知", "省委", "2019-3-5", "1-2", "2"],
        ["某发〔2019〕2号", "机要", "纪要", "省委", "2019-3-6", "1", "2"]])
    dialog.load(path)
    before = vault.counts()
    dry_run(qtbot, dialog)
    rows = texts(dialog)
    assert rows[0][0] == "2" and "通知" in rows[0][2] and "2 件" in rows[0][2]
    assert rows[1][:2] == ("3", "密级") and "机要" in rows[1][2]
    assert dialog.ui.progressBar.value() == 1000
    assert "台账未改动" in dialog.ui.stepLabel.text()
    assert vault.counts() == before
    assert not dialog.import_button.isEnabled()  # an error: fix it or skip it
    dialog.ui.skipCheck.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as blocker:
        dialog.import_button.click()
    assert [row for row, _ in blocker.args[0].skipped] == [3]
    assert vault.counts()["carriers"] == before["carriers"] + 2


def test_changing_the_mapping_asks_for_a_new_dry_run(
        qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "a.csv", [
        HEAD, ["某发〔2019〕1号", "秘密", "通知", "省委", "2019-3-5", "1", "2"]])
    dialog.load(path)
    dry_run(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    dialog.set_field(6, "")  # 页数 not imported
    assert not dialog.import_button.isEnabled()
    assert dialog.ui.resultTable.rowCount() == 0
    dialog.set_field(2, "")  # no 标题: a mapping the import cannot do without
    dialog.dry_button.click()
    assert "标题" in dialog.ui.error.text()
    assert dialog.plan is None


def test_an_unreadable_file_is_named(qtbot, dialog: ImportDialog, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    dialog.load(tmp_path / "x.xlsx")
    assert "x.xlsx" in dialog.ui.error.text()
    assert not dialog.dry_button.isEnabled()


def test_labels_are_offered_for_the_carriers_that_got_new_barcodes(
        qtbot, vault: Vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[list[int]] = []
    d = ImportDialog(vault, choose_file=lambda _p: "", print_labels=lambda ids: asked.append(
        list(ids)))
    qtbot.addWidget(d)
    d.show()
    d.load(write_csv(tmp_path / "a.csv", [
        ["条码", *HEAD], ["OLD-1", "某发〔2019〕1号", "秘密", "通知", "省委", "2019-3-5", "1", "2"],
        ["", "某发〔2019〕2号", "秘密", "纪要", "省委", "2019-3-6", "1", "2"]]))
    dry_run(qtbot, d)
    assert not d.labels_button.isVisible()
    with qtbot.waitSignal(d.imported, timeout=20000):
        d.import_button.click()
    assert d.labels_button.isVisible()
    d.labels_button.click()
    assert asked == [d.result.new_barcodes] and len(asked[0]) == 1  # type: ignore[union-attr]
