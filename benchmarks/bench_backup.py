"""A verified backup of the 1,000,000-carrier vault against a plain file copy of it.

    python -m benchmarks.bench_backup [--scale N] [--runs R]

Builds (or reuses) the benchmark vault (``build_vault.py``), copies it to a scratch folder (the
backup writes one audit event, and the cached vault must stay as built), then, in one run and
on the same disk, times alternately:

* baseline (issue 17): a careful copy: ``shutil.copyfile`` of the vault file to the "medium"
  folder, ``fsync``, evict it from the page cache, read it back and SHA-256 it;
* for information: the bare ``shutil.copyfile`` and copy + ``fsync``;
* ``create_backup``: snapshot (a read transaction's SHARED lock, the live counts and audit
  head) → copy of the encrypted pages to ``.partial``, hashed on the way → header, fsync, evict
  → read back, SHA-256 → the copy's first page opens with the data key → rename, manifest.
  Its steps are printed too;
* ``verify_backup`` of the result (information: the full checks a restore runs).

Budget (issue 17): verified backup ≤ 3× the careful copy. Exit status 1 when it is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from miji_desk.vault import backup
from miji_desk.vault.backup.files import CHUNK, _drop_cache
from miji_desk.vault.errors import BackupDamaged
from miji_desk.vault.vault import Vault, key_path

from . import build_vault
from ._common import DATA, Figure, Report, default_scale, machine_description

RATIO_BUDGET = 3.0


def _copy(src: Path, dst: Path, *, fsync: bool) -> float:
    t0 = time.perf_counter()
    shutil.copyfile(src, dst)
    if fsync:
        fd = os.open(dst, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    took = time.perf_counter() - t0
    dst.unlink()
    return took * 1000.0


def _careful_copy(src: Path, dst: Path) -> float:
    """Copy, fsync, evict from the page cache, read back and SHA-256: the issue's baseline."""
    t0 = time.perf_counter()
    shutil.copyfile(src, dst)
    fd = os.open(dst, os.O_RDONLY)
    try:
        os.fsync(fd)
        _drop_cache(fd)
    finally:
        os.close(fd)
    h = hashlib.sha256()
    with open(dst, "rb", buffering=0) as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    h.hexdigest()
    took = time.perf_counter() - t0
    dst.unlink()
    return took * 1000.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=default_scale())
    ap.add_argument("--runs", type=int, default=3, help="timed repetitions (median reported)")
    args = ap.parse_args(argv)

    build_vault.build(args.scale)
    source = build_vault.paths(args.scale).vault
    report = Report(f"verified backup, {args.scale:,} carriers")
    report.context["machine"] = machine_description()
    report.context["vault"] = f"{source.stat().st_size / 2**20:,.0f} MiB"

    DATA.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-backup-", dir=DATA) as tmp:
        work, medium = Path(tmp) / "vault", Path(tmp) / "medium"
        work.mkdir()
        medium.mkdir()
        live = work / source.name
        store = build_vault.null_store()
        # Copied under a read lock: another benchmark may be writing to the cached vault.
        with Vault.open(source, passphrase=build_vault.PASSPHRASE, store=store,
                        check=False) as cached:
            cached.conn.execute("BEGIN")
            cached.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            shutil.copyfile(source, live)
            shutil.copyfile(key_path(source), key_path(live))
            cached.conn.execute("COMMIT")
        plain: list[float] = []
        synced: list[float] = []
        careful: list[float] = []
        made: list[float] = []
        steps: dict[str, list[float]] = {}
        verified: list[float] = []
        with Vault.open(live, passphrase=build_vault.PASSPHRASE, store=store,
                        check=False) as vault:
            # Warm the page cache for both sides alike.
            _copy(live, medium / "warm.copy", fsync=False)
            for _ in range(args.runs):
                plain.append(_copy(live, medium / "plain.copy", fsync=False))
                synced.append(_copy(live, medium / "synced.copy", fsync=True))
                careful.append(_careful_copy(live, medium / "careful.copy"))
                t0 = time.perf_counter()
                result = backup.create_backup(vault, medium, passphrase=build_vault.PASSPHRASE,
                                              store=store, generations=1)
                made.append((time.perf_counter() - t0) * 1000.0)
                for k, v in result.timings.items():
                    steps.setdefault(k, []).append(v * 1000.0)
                vault.clock = _Later(vault.clock)  # the next backup gets the next name
            t0 = time.perf_counter()
            try:
                rep = backup.verify_backup(result.path, build_vault.PASSPHRASE, workdir=work)
            except BackupDamaged as e:
                # build_vault bulk-loads rows outside any sealing audit event, so the row
                # replay added by attest.py refuses the benchmark vault; the time still counts
                verify_note = f"refused: {e.message[:60]}"
            else:
                verify_note = "full audit chain walk"
                for k, v in rep.timings.items():
                    steps.setdefault(f"verify-backup: {k}", []).append(v * 1000.0)
            verified.append((time.perf_counter() - t0) * 1000.0)
        size = result.size

    med = statistics.median
    report.context["backup file"] = f"{size / 2**20:,.0f} MiB"
    report.context["steps (median ms)"] = ", ".join(
        f"{k} {med(v):,.0f}" for k, v in steps.items())
    report.add(Figure("careful copy: copy, fsync, evict, read back, SHA-256 (baseline)",
                      med(careful), samples=len(careful), note="median; page cache warm"))
    report.add(Figure("shutil.copyfile of the vault (information)", med(plain),
                      samples=len(plain), note="median"))
    report.add(Figure("copyfile + fsync (information)", med(synced), samples=len(synced),
                      note="median"))
    report.add(Figure("verified backup (create_backup)", med(made), baseline_ms=med(careful),
                      ratio_budget=RATIO_BUDGET, samples=len(made), note="median"))
    report.add(Figure("verified backup vs shutil.copyfile (information)", med(made),
                      baseline_ms=med(plain), samples=len(made), note="median"))
    report.add(Figure("verify_backup of the file (information)", med(verified),
                      samples=len(verified), note=verify_note))
    return report.finish()


class _Later:
    """The vault's clock, a second later each call (distinct backup names, same process)."""

    def __init__(self, inner: object) -> None:
        self._inner = inner
        self._n = 0

    def now(self):
        import datetime as dt

        self._n += 1
        return self._inner.now() + dt.timedelta(seconds=self._n)  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
