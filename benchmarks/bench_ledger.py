"""The ledger at 1,000,000 carriers: scan, search, ledger pages and registration vs DESIGN.md.

    python -m benchmarks.bench_ledger [--scale N] [--skip-unlock] [--drop-caches]

Builds (or reuses) the benchmark vault and its plain-SQLite twin (``build_vault.py``), then
times, in one run, the product's own code (``LedgerQueries``, ``register_incoming``) on the
vault, and the SAME ``LedgerQueries`` code on a stdlib ``sqlite3`` connection to the twin -- so
the ratio is exactly what encryption (and SQLCipher's settings) cost. Figures are p95 in
milliseconds (``time.perf_counter``) after a warm-up, with the OS page cache warm; vault and
twin calls alternate so both see the same machine state. Exit status 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from miji_desk.core import barcodes
from miji_desk.core.ledger_query import SortKey
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import IncomingForm, register_incoming
from miji_desk.vault.queries import LedgerQueries
from miji_desk.vault.vault import FULL_CHECK_MAX_BYTES, Vault, key_path

from . import build_vault
from ._common import (
    DATA,
    Figure,
    Report,
    default_scale,
    load_average,
    machine_description,
    p95,
    timed,
)

SCAN_MS, SCAN_RATIO = 50.0, 1.5
SEARCH_MS, SEARCH_RATIO = 150.0, 1.5
FIRST_ROWS_MS, ANY_PAGE_MS = 300.0, 100.0
REGISTER_MS = 50.0
PAGE = 200  # rows the ledger model fetches at a time
NO_HITS = ("鳄鱼", "鳄鱼皮", "鳄鱼皮鞋")  # typed by mistake: nothing matches, the worst case


def _pairs(vault_fn: Callable[[object], object], plain_fn: Callable[[object], object],
           items: list[object]) -> tuple[list[float], list[float]]:
    """Time each item on the vault and on the twin, alternating which goes first."""
    tv: list[float] = []
    tp: list[float] = []
    for i, item in enumerate(items):
        if i % 2:
            tp.append(timed(lambda: plain_fn(item)))  # noqa: B023 - called at once
            tv.append(timed(lambda: vault_fn(item)))  # noqa: B023
        else:
            tv.append(timed(lambda: vault_fn(item)))  # noqa: B023
            tp.append(timed(lambda: plain_fn(item)))  # noqa: B023
    return tv, tp


def _p50(samples: list[float]) -> str:
    return f"p50 {statistics.median(samples):.1f}"


def search_queries(conn, rng: random.Random, per_class: int) -> dict[str, list[str]]:
    """Substrings of real titles, 文号 and 来文机关 at random places: what a clerk types."""
    top = conn.execute("SELECT max(id) FROM document").fetchone()[0]
    classes: dict[str, list[str]] = {}
    for name, lengths, nothing in (("2 chars", (2,), NO_HITS[0]), ("3 chars", (3,), NO_HITS[1]),
                                   ("4–6 chars", (4, 5, 6), NO_HITS[2])):
        found = classes[name] = []
        while len(found) < per_class - 1:
            title, doc_no, sender = conn.execute(
                "SELECT title, doc_no, sender FROM document WHERE id = ?",
                (rng.randint(1, top),)).fetchone()
            text = rng.choices((title, doc_no, sender), (70, 15, 15))[0]
            n = rng.choice(lengths)
            if len(text) < n:
                continue
            start = rng.randrange(len(text) - n + 1)
            q = text[start:start + n]
            if q.strip() != q or q in found:
                continue
            found.append(q)
        found.append(nothing)
    return classes


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=default_scale())
    ap.add_argument("--skip-unlock", action="store_true",
                    help="do not time the full checks (Vault.open(check=True), minutes at 1M); "
                         "the UI's unlock (check=\"auto\") is timed either way")
    ap.add_argument("--drop-caches", action="store_true",
                    help="also time a cold first scan and first page (needs root, Linux)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    manifest = build_vault.build(args.scale)
    paths = build_vault.paths(args.scale)
    report = Report(f"ledger benchmark at {args.scale:,} carriers")
    report.context.update({
        "machine": machine_description(),
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "load average at the start (1/5/15 min)": load_average(),
        "vault": f"{paths.vault.name} ({paths.vault.stat().st_size / 2**20:,.0f} MiB, "
                 f"{manifest['vault']['counts']})",  # type: ignore[index]
        "baseline": f"{paths.plain.name}, stdlib sqlite3 "
                    f"{__import__('sqlite3').sqlite_version} (no encryption)"})
    print(f"{report.title}: {report.context['vault']}", flush=True)

    cold = args.drop_caches and drop_caches()
    store = build_vault.null_store()
    # What the UI's unlock does (controller.try_unlock): check="auto", i.e. the quick probe
    # above FULL_CHECK_MAX_BYTES; median of 5 (the first of them, with --drop-caches, cold).
    auto: list[float] = []
    for _ in range(5):
        t0 = time.perf_counter()
        Vault.open(paths.vault, passphrase=build_vault.PASSPHRASE, store=store,
                   check="auto").close()
        auto.append((time.perf_counter() - t0) * 1000)
    report.add(Figure(f"unlock at {args.scale:,}: Vault.open(check=\"auto\") as the UI does",
                      statistics.median(auto), samples=len(auto),
                      note=f"no budget in DESIGN.md; first {auto[0]:.0f} ms"
                           + ("" if paths.vault.stat().st_size > FULL_CHECK_MAX_BYTES
                              else " (full checks: small vault)")))
    t0 = time.perf_counter()
    vault = Vault.open(paths.vault, passphrase=build_vault.PASSPHRASE, store=store,
                       check=not args.skip_unlock)
    unlock_ms = (time.perf_counter() - t0) * 1000
    plain = build_vault.open_plain(paths.plain, readonly=True)
    sqlcipher_version = vault.conn.execute("SELECT sqlite_version()").fetchone()[0]
    report.context["vault engine"] = (
        "SQLCipher " + vault.conn.execute("PRAGMA cipher_version").fetchone()[0]
        + f" (SQLite {sqlcipher_version}), product settings (Vault.open)")
    if not args.skip_unlock:
        report.add(Figure("unlock: Vault.open incl. both integrity checks (once)", unlock_ms,
                          note="no budget in DESIGN.md; cold" if cold else
                          "no budget in DESIGN.md"))
    vq: LedgerQueries = vault.ledger
    pq = LedgerQueries(plain, vault.levels)
    total = vq.count()

    # -- barcode scan → carrier shown --------------------------------------------------------------
    def code() -> str:
        return barcodes.for_carrier(rng.randint(1, total))

    if cold:
        drop_caches()
        report.add(Figure("cold: first barcode scan after dropping OS caches",
                          timed(lambda: vq.by_barcode(code())), note="information"))
    _pairs(vq.by_barcode, pq.by_barcode, [code() for _ in range(100)])  # warm-up
    codes = [code() for _ in range(500)]
    tv, tp = _pairs(vq.by_barcode, pq.by_barcode, codes)
    assert all(vq.by_barcode(c) is not None for c in codes[:20])
    report.add(Figure("barcode scan → carrier shown (by_barcode)", p95(tv), SCAN_MS, p95(tp),
                      SCAN_RATIO, len(tv), _p50(tv)))

    # -- Chinese substring search → first 200 hits -------------------------------------------------
    classes = search_queries(plain, rng, 34)
    warm = [q for qs in search_queries(plain, random.Random(args.seed + 100), 4).values()
            for q in qs]
    _pairs(vq.search, pq.search, warm)
    all_v: list[float] = []
    all_p: list[float] = []
    for name, queries in classes.items():
        tv, tp = _pairs(vq.search, pq.search, queries)
        hits = [len(pq.search(q)) for q in queries]
        all_v += tv
        all_p += tp
        slowest = max(range(len(queries)), key=lambda i: tv[i])
        report.add(Figure(f"search {name} → first {PAGE} hits", p95(tv), SEARCH_MS, p95(tp),
                          SEARCH_RATIO, len(tv),
                          f"{_p50(tv)}; {sum(h < PAGE for h in hits)} of {len(hits)} queries "
                          f"< {PAGE} hits; slowest “{queries[slowest]}” {tv[slowest]:.0f} ms"))
    report.add(Figure(f"search, all {len(all_v)} queries → first {PAGE} hits", p95(all_v),
                      SEARCH_MS, p95(all_p), SEARCH_RATIO, len(all_v), _p50(all_v)))

    # -- the ledger: open, jump to any row, sort by each column ------------------------------------
    def first_rows(q: LedgerQueries) -> object:
        q.count()
        return q.page(sort=SortKey.REGISTERED, descending=True, limit=PAGE)

    if cold:
        vault.close()
        drop_caches()
        t0 = time.perf_counter()
        vault = Vault.open(paths.vault, passphrase=build_vault.PASSPHRASE, store=store,
                           check=False)
        vq = vault.ledger
        first_rows(vq)
        report.add(Figure("cold: unlock (no checks) + count + first page",
                          (time.perf_counter() - t0) * 1000, note="information"))
    _pairs(lambda _: first_rows(vq), lambda _: first_rows(pq), list(range(3)))
    tv, tp = _pairs(lambda _: first_rows(vq), lambda _: first_rows(pq), list(range(20)))
    report.add(Figure("ledger opens: count + first page (newest first)", p95(tv), FIRST_ROWS_MS,
                      p95(tp), None, len(tv), _p50(tv)))

    offsets = [rng.randrange(0, max(1, total - PAGE)) for _ in range(30)]
    tv, tp = _pairs(lambda o: vq.page(offset=o, limit=PAGE),
                    lambda o: pq.page(offset=o, limit=PAGE), offsets)
    report.add(Figure("jump to any row (page at a random offset, default sort)", p95(tv),
                      ANY_PAGE_MS, p95(tp), None, len(tv), _p50(tv)))

    for key in SortKey:
        for desc in (False, True):
            def sort_first(q: LedgerQueries, k: SortKey = key, d: bool = desc) -> object:
                return q.page(sort=k, descending=d, limit=PAGE)
            _pairs(sort_first, sort_first, [vq, pq])  # warm-up
            tv, tp = _pairs(lambda _: sort_first(vq), lambda _: sort_first(pq), list(range(6)))
            report.add(Figure(f"sort by {key.value} {'desc' if desc else 'asc'}: first page",
                              p95(tv), FIRST_ROWS_MS, p95(tp), None, len(tv), _p50(tv)))
        jumps = [rng.randrange(0, max(1, total - PAGE)) for _ in range(8)]
        tv, tp = _pairs(lambda o, k=key: vq.page(sort=k, offset=o, limit=PAGE),
                        lambda o, k=key: pq.page(sort=k, offset=o, limit=PAGE), jumps)
        report.add(Figure(f"sort by {key.value}: jump to any row", p95(tv), ANY_PAGE_MS, p95(tp),
                          None, len(tv), _p50(tv)))
    plain.close()
    vault.close()

    # -- registering a document with 10 copies -------------------------------------------------
    report.add(Figure("register a document with 10 copies (register_incoming)",
                      *register_times(paths, rng)))
    report.context["load average at the end (1/5/15 min)"] = load_average()
    return report.finish()


def register_times(paths: build_vault.Paths, rng: random.Random
                   ) -> tuple[float, float, None, None, int, str]:
    """p95 of 50 registrations on a scratch copy of the vault (the cached one stays as built)."""
    scratch = DATA / "scratch-register.mjdb"
    for p in (scratch, key_path(scratch)):
        p.unlink(missing_ok=True)
    shutil.copyfile(paths.vault, scratch)
    shutil.copyfile(paths.keys, key_path(scratch))
    try:
        with Vault.open(scratch, passphrase=build_vault.PASSPHRASE,
                        store=build_vault.null_store(), check=False) as v:
            samples: list[float] = []
            for i in range(55):
                now = v.clock.now()
                form = IncomingForm(
                    title=f"关于{rng.choice(build_vault.DOMAINS)}{rng.choice(build_vault.SUBJECTS)}"
                          f"工作的通知（基准测试第{i + 1}号）",
                    level=rng.choice(("secret", "confidential", "top_secret")),
                    copy_numbers="1-10", pages=rng.randint(2, 40),
                    received_at=now - dt.timedelta(hours=1),
                    doc_no=f"苏保基〔{now.year}〕{i + 1}号", producer="江苏省保密局",
                    sender="江苏省委办公厅", period=SecrecyPeriod.years(5),
                    classified_on=now.date() - dt.timedelta(days=3), copies_total=20,
                    scope="办公室主任、分管领导", location="1号保密柜", notes="基准测试")
                ms = timed(lambda f=form: register_incoming(v, f))
                if i >= 5:  # the first few warm the caches
                    samples.append(ms)
    finally:
        for p in (scratch, key_path(scratch)):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    return (p95(samples), REGISTER_MS, None, None, len(samples),
            f"{_p50(samples)}; synchronous=FULL, on a copy of the vault")


if __name__ == "__main__":
    sys.exit(main())
