"""Messy files as old ledgers are: built by the tests, never shipped."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8") -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def messy_xlsx(path: Path) -> Path:
    """A title row above a two-row header with merged cells, blank rows, full-width digits and
    spaces, Excel dates as date cells and as serial numbers."""
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["某某局收文登记簿（2019年）"])
    ws.merge_cells("A1:I1")
    ws.append(["登记编号", "文件信息", None, None, "密级", "份数份号", None, "页数", "备注"])
    ws.append([None, "文号", "标题", "来文机关", None, "份数", "份号", None, None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:D2")
    ws.merge_cells("E2:E3")
    ws.merge_cells("F2:G2")
    ws.merge_cells("H2:H3")
    ws.merge_cells("I2:I3")
    ws["J2"] = "收文日期"
    ws.merge_cells("J2:J3")
    ws.append(["2019-收-0001", "某发〔2019〕１号", "关于 某项工作的通知", "省委　办公厅",
               "机密★10年", "５", "0003至0005", "１２", "", dt.datetime(2019, 3, 5)])
    ws.append([None] * 10)
    ws.append(["2019-收-0002", "某发〔2019〕2号", "会议纪要", "市政府办公室", "秘密 ★ 长期",
               2, "1、2", 4, "旧账", 43544])  # 43544 = 2019-03-20
    ws.append(["", "", "   ", "", "", "", "", "", "", ""])
    ws.append(["2019-收-0003", "", "情况报告", "", "绝密★", "", "", "", "缺页数", "2019.4.1"])
    book.save(path)
    return path
