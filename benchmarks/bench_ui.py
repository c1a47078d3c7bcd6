"""The ledger window's table model at 1,000,000 carriers: first rows, jump, sort, memory.

Drives the product's ``LedgerModel`` (offscreen Qt) over the cached benchmark vault the way a
QTableView does: rowCount, then ``data()`` for the rows on screen. Memory is the process's peak
RSS after every row of the ledger has been shown once (scrolling top to bottom, a screenful at
a time), against the 300 MB budget.

    python -m benchmarks.bench_ui [--scale N] [--stride ROWS]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt

from benchmarks import build_vault
from benchmarks._common import Figure, Report, default_scale, p95, timed
from miji_desk.ui.ledger.model import PAGE, LedgerModel
from miji_desk.vault.vault import Vault

FIRST_ROWS_MS = 300.0
ANY_PAGE_MS = 100.0
RSS_MB = 300.0
SCREEN = 40  # rows a clerk sees at once


def rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return peak / 1024


def show(model: LedgerModel, first: int, rows: int = SCREEN) -> None:
    """What the view asks for when a screenful is painted."""
    for r in range(first, min(first + rows, model.rowCount())):
        for c in range(model.columnCount()):
            model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=default_scale())
    ap.add_argument("--stride", type=int, default=PAGE,
                    help="rows scrolled per step while walking the whole ledger")
    args = ap.parse_args(argv)
    rng = random.Random(7)
    build_vault.build(args.scale)
    paths = build_vault.paths(args.scale)
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    vault = Vault.open(paths.vault, passphrase=build_vault.PASSPHRASE,
                       store=build_vault.null_store(), check=False)
    report = Report(f"ledger window model at {args.scale:,} carriers")
    model = LedgerModel()

    def first_rows() -> None:
        model.set_source(vault.ledger)
        show(model, 0)

    report.add(Figure("ledger opens: row count + first screen", timed(first_rows),
                      FIRST_ROWS_MS))
    n = model.rowCount()
    jumps = []
    for _ in range(30):
        row = rng.randrange(n)
        model._pages.clear()  # a jump lands on a page that is not cached
        jumps.append(timed(lambda row=row: show(model, row)))
    report.add(Figure("jump to any row (uncached page)", p95(jumps), ANY_PAGE_MS,
                      samples=len(jumps)))
    for col, (name, _key) in enumerate(LedgerModel.COLUMNS):
        t = timed(lambda col=col: (model.sort(col, Qt.SortOrder.AscendingOrder), show(model, 0)))
        report.add(Figure(f"sort by {name}: first screen", t, FIRST_ROWS_MS))
    model.sort(7, Qt.SortOrder.DescendingOrder)
    t0 = time.perf_counter()
    for first in range(0, n, args.stride):
        show(model, first, 1)  # one row per page fetched: every page of the ledger is read once
    walk_s = time.perf_counter() - t0
    peak = rss_mb()
    report.add(Figure(f"peak RSS after scrolling all {n:,} rows (MB)", peak, RSS_MB,
                      note=f"walk took {walk_s:.0f} s; rows cached now: {model.cached_rows()}"))
    vault.close()
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
