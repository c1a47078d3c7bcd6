"""A 50,000-row Excel import: the dry run and the import itself, time and memory.

    python -m benchmarks.bench_import [--rows N]

Builds a messy .xlsx of N rows (default 50,000; a title row above the header, full-width
digits, markings in one cell, dates as text and as Excel dates, 份号 ranges), then in one
process: reads it, recognises the header, runs the dry run, and imports it into a new vault as
one workflow. Budget (issue 18): the whole import (read + dry run + import) ≤ 60 s on a 2-core
PC, and the process's peak RSS ≤ 300 MB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
from pathlib import Path

from keyring.backends import null

from miji_desk.core.clock import FixedClock
from miji_desk.core.exchange.importing import plan_import, run_import
from miji_desk.core.exchange.sheets import find_header, read_sheet
from miji_desk.vault.kdf import KdfParams
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault

from ._common import Figure, Report, machine_description

NOW = dt.datetime(2026, 11, 27, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
IMPORT_MS = 60_000.0
RSS_MB = 300.0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


def build(path: Path, rows: int) -> None:
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("收文")
    ws.append(["某某局收文登记簿"])
    ws.append(["登记编号", "文号", "密级", "标题", "来文机关", "产生机关", "收文日期", "份数",
               "份号", "页数", "知悉范围", "备注"])
    for i in range(1, rows + 1):
        year = 2000 + i % 20
        ws.append([
            f"{year}-旧-{i:06d}", f"某发〔{year}〕{i}号",
            ("秘密★10年", "秘密 ★ 长期", "内部")[i % 3],
            f"关于第{i}项工作的通知", "省委　办公厅", "省委办公厅",
            dt.datetime(year, 1 + i % 12, 1 + i % 28) if i % 2 else f"{year}年{1 + i % 12}月5日",
            "２", "1-2" if i % 4 else "１～２", str(1 + i % 30), "办公室" if i % 5 else "",
            "旧账导入"])
    book.save(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=50_000)
    args = ap.parse_args(argv)
    report = Report(f"import: {args.rows:,}-row Excel ledger")
    report.context["machine"] = machine_description()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheet_path = folder / "old.xlsx"
        build(sheet_path, args.rows)
        report.context["file"] = f"{sheet_path.stat().st_size / 2**20:,.1f} MiB"
        (folder / "v").mkdir()
        vault, _code = Vault.create(folder / "v" / "ledger.mjdb",
                                    passphrase="Bench-导入-2026-台账", unit_name="某某局",
                                    clerk_name="王小明", store=MachineSecretStore(null.Keyring()),
                                    kdf=KdfParams.for_tests(), clock=FixedClock(NOW))
        try:
            t0 = time.perf_counter()
            sheet = read_sheet(sheet_path)
            t_read = time.perf_counter()
            rss_read = rss_mb()
            header = find_header(sheet.rows)
            plan = plan_import(vault, sheet, header)
            t_plan = time.perf_counter()
            rss_plan = rss_mb()
            assert not plan.problems, plan.problems[:3]
            del plan  # the import plans again inside its transaction
            result = run_import(vault, sheet, header)
            t_done = time.perf_counter()
            assert len(result.carrier_ids) == 2 * args.rows
        finally:
            vault.close()
    report.add(Figure("read the .xlsx (information)", (t_read - t0) * 1000))
    report.add(Figure("dry run (information)", (t_plan - t_read) * 1000))
    report.add(Figure("import: one transaction (information)", (t_done - t_plan) * 1000))
    report.add(Figure(f"read + dry run + import, {args.rows:,} rows", (t_done - t0) * 1000,
                      IMPORT_MS, note=f"{2 * args.rows:,} carriers"))
    report.add(Figure("peak RSS after reading (MB, information)", rss_read))
    report.add(Figure("peak RSS after the dry run (MB, information)", rss_plan))
    report.add(Figure("peak RSS (MB, not ms)", rss_mb(), RSS_MB))
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
