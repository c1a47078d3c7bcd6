"""A barcode scan while the background deep check runs, against the same scan without it.

    python -m benchmarks.bench_deep_check [--scale N] [--scans S]

Opens the benchmark vault (``build_vault.py``) read-only in spirit (nothing is written), starts
``DeepChecker.run`` on a thread as the app does (idle time 0: it works whenever it may), and
times barcode scans (``by_barcode``) alternately without and with it. Every scan first touches
the checker, as a key press of the scanner does in the app, so the running unit stops and the
checker waits; then the clerk's lookup runs. Reported: p95 of each, their ratio (budget 1.5×,
issue 17), and how far the deep check got meanwhile (information).
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time

from miji_desk.vault.deep_check import DeepChecker
from miji_desk.vault.vault import Vault

from . import build_vault
from ._common import Figure, Report, default_scale, machine_description, p95

RATIO_BUDGET = 1.5
GAP_S = 0.2  # the clerk scans every 0.2 s: between scans the checker may start again


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=default_scale())
    ap.add_argument("--scans", type=int, default=100)
    args = ap.parse_args(argv)

    build_vault.build(args.scale)
    source = build_vault.paths(args.scale).vault
    report = Report(f"scan during the deep check, {args.scale:,} carriers")
    report.context["machine"] = machine_description()
    rng = random.Random(17)
    codes = [build_vault.barcode(rng.randint(1, args.scale)) for _ in range(args.scans * 2)]

    with Vault.open(source, passphrase=build_vault.PASSPHRASE, store=build_vault.null_store(),
                    check=False) as vault:
        checker = DeepChecker(vault, idle_seconds=0)

        def scan(code: str, touch: bool) -> float:
            if touch:
                checker.touch()
            t0 = time.perf_counter()
            assert vault.ledger.by_barcode(code) is not None
            return (time.perf_counter() - t0) * 1000.0

        for c in codes[:20]:  # warm-up
            scan(c, False)
        alone = [scan(c, False) for c in codes[: args.scans]]
        stop = threading.Event()
        worker = threading.Thread(target=checker.run, args=(stop, 0.01), daemon=True)
        worker.start()
        time.sleep(GAP_S)
        during: list[float] = []
        for c in codes[args.scans:]:
            during.append(scan(c, True))
            time.sleep(GAP_S)  # idle between scans: the checker runs again
        stop.set()
        checker.touch()
        worker.join()

    report.context["deep check meanwhile"] = (
        f"{len(checker.state.done)} of {len(checker.units())} units done, "
        f"{checker.interrupted} stopped by a scan")
    report.add(Figure("scan (by_barcode), deep check idle (baseline)", p95(alone),
                      samples=len(alone)))
    report.add(Figure("scan (by_barcode) while the deep check runs", p95(during),
                      baseline_ms=p95(alone), ratio_budget=RATIO_BUDGET, samples=len(during)))
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
