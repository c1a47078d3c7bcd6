"""An inventory check (清查) of about 100,000 carriers in the 1,000,000-carrier vault.

    python -m benchmarks.bench_inventory [--scale N] [--samples K] [--expected M]

Reuses the cached benchmark vault of ``build_vault.py`` on a scratch copy (the cached one stays
as built), starts a check of the location (存放位置) whose carriers in keeping come closest to
``--expected`` (default 100,000; the whole vault when it is smaller), then times scans at the
clerk's pace: each ``core.inventory.scan`` (the carrier looked up, the frozen list consulted, the
scan row written and sealed with its audit event) followed by the live counts the page shows
(expected, found, left). Budget: a scan's result within 50 ms (DESIGN, "barcode scan"). Also
reported: starting the check (freezing the list) and closing it (counts and the scan digest).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys

from miji_desk.core import inventory as inv
from miji_desk.vault.vault import Vault, key_path

from . import build_vault
from ._common import DATA, Figure, Report, default_scale, machine_description, p95, timed

SCAN_MS = 50.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=default_scale())
    ap.add_argument("--samples", type=int, default=300)
    ap.add_argument("--expected", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    paths = build_vault.paths(args.scale)
    twin_failed = ""
    try:
        build_vault.build(args.scale)
    except Exception as e:  # the plain-SQLite twin (not used here) may fail to build
        if not (paths.vault.exists() and paths.keys.exists()):
            raise
        twin_failed = f"build_vault.build failed after the vault was filled: {e!r}"
    scratch = DATA / "scratch-inventory.mjdb"
    for p in (scratch, key_path(scratch)):
        p.unlink(missing_ok=True)
    shutil.copyfile(paths.vault, scratch)
    shutil.copyfile(paths.keys, key_path(scratch))
    report = Report(f"inventory benchmark at {args.scale:,} carriers")
    report.context.update({"machine": machine_description(), "vault": str(scratch)})
    if twin_failed:
        report.context["note"] = twin_failed
    try:
        with Vault.open(scratch, passphrase=build_vault.PASSPHRASE,
                        store=build_vault.null_store(), check=False) as v:
            kept = "('in_store', 'filed', 'on_loan', 'circulating')"
            sizes = v.conn.execute(
                f"SELECT l.name, count(*) FROM carrier c JOIN location l ON l.id = c.location_id "
                f"WHERE c.status IN {kept} GROUP BY l.name").fetchall()
            name, size = min(sizes, key=lambda r: abs(r[1] - args.expected))
            scope = inv.Scope(inv.ScopeKind.LOCATION, name)
            report.context["scope"] = f"存放位置 {name}: {size:,} carriers expected"
            made: list[int] = []
            start_ms = timed(lambda: made.append(inv.start_check(v, scope)))
            check = made[0]
            report.add(Figure(f"start a check of {size:,} carriers (list frozen)", start_ms,
                              samples=1, note="once"))
            expected = [r[0] for r in v.conn.execute(
                "SELECT c.barcode FROM inventory_expected e JOIN carrier c "
                "ON c.id = e.carrier_id WHERE e.check_id = ?", (check,))]
            others = [r[0] for r in v.conn.execute(
                "SELECT barcode FROM carrier WHERE id IN (SELECT abs(random()) % ? + 1 "
                "FROM carrier LIMIT 200)", (args.scale,))]
            codes = rng.sample(expected, min(args.samples, len(expected)))
            codes[::10] = [rng.choice(others) for _ in codes[::10]]  # some found elsewhere

            def one(code: str) -> None:
                inv.scan(v, check, code)
                inv.counts(v, check)

            samples = [timed(lambda c=code: one(c)) for code in codes]  # type: ignore[misc]
            report.add(Figure("scan during a check → result and live counts shown",
                              p95(samples), SCAN_MS, samples=len(samples),
                              note=f"check of {size:,}"))
            again = [timed(lambda c=code: one(c)) for code in codes[:50]]  # type: ignore[misc]
            report.add(Figure("the same carrier scanned twice → 'already scanned'",
                              p95(again), SCAN_MS, samples=len(again)))
            close_ms = timed(lambda: inv.close_check(v, check, "基准测试"))
            report.add(Figure(f"close the check ({size:,} lines: counts and scan digest)",
                              close_ms, samples=1, note="once"))
    finally:
        for p in (scratch, key_path(scratch)):
            p.unlink(missing_ok=True)
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
