"""An old ledger row imported as 待补, through the core's import of a tiny CSV written here."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from miji_desk.core.exchange.importing import run_import
from miji_desk.core.exchange.sheets import find_header, read_sheet
from miji_desk.vault.vault import Vault

HEAD = ["文号", "密级", "标题", "来文机关", "产生机关", "收文日期", "份数", "份号", "页数",
        "知悉范围", "存放位置"]
OLD_TITLE = "关于2019年旧台账的通知"


def import_incomplete(vault: Vault, folder: Path, *, pages: str = "", producer: str = "",
                      title: str = OLD_TITLE, location: str = "1号保密柜") -> tuple[int, str]:
    """One 机密 carrier imported without 页数 and 产生机关 (by default; a 机密 one without
    存放位置 lacks that too): (id, barcode)."""
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows([HEAD, [
        "旧发〔2019〕1号", "机密★10年", title, "省委办公厅", producer, "2019-3-5", "2", "1",
        pages, "办公室主任、院领导", location]])
    path = folder / "old.csv"
    path.write_bytes(buf.getvalue().encode("utf-8"))
    sheet = read_sheet(path)
    result = run_import(vault, sheet, find_header(sheet.rows))
    cid = result.carrier_ids[0]
    return cid, vault.carrier(cid).barcode
