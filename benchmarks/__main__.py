"""``python -m benchmarks [--scale N] [--only NAME ...]``: run every ``bench_*.py``, then a summary.

Each script runs in its own process (so one's memory or SQLCipher settings cannot colour
another's figures) with ``MIJI_BENCH_RESULT`` naming a file for its figures and
``MIJI_BENCH_SCALE`` the vault size. The summary lists every figure against its budget; the exit
status is non-zero when any script failed or any budget was missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ._common import DEFAULT_SCALE, HERE, RESULT_ENV, SCALE_ENV, format_table


def scripts() -> list[Path]:
    return sorted(HERE.glob("bench_*.py"))


def _ms(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:,.1f}" if v < 1000 else f"{v:,.0f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    ap.add_argument("--scale", type=int, default=int(os.environ.get(SCALE_ENV, DEFAULT_SCALE)),
                    help="carriers in the benchmark vault (default 1,000,000)")
    ap.add_argument("--only", nargs="*", default=[], help="run only these scripts (bench_x or x)")
    ap.add_argument("--list", action="store_true", help="list the scripts and exit")
    args = ap.parse_args(argv)
    found = scripts()
    if args.only:
        wanted = {n.removeprefix("bench_").removesuffix(".py") for n in args.only}
        found = [s for s in found if s.stem.removeprefix("bench_") in wanted]
    if args.list or not found:
        print("\n".join(s.stem for s in found) or "no benchmark scripts found")
        return 0 if found else 1

    rows: list[list[str]] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="miji-bench-") as tmp:
        for script in found:
            module = f"{HERE.name}.{script.stem}"
            result = Path(tmp) / f"{script.stem}.json"
            env = {**os.environ, RESULT_ENV: str(result), SCALE_ENV: str(args.scale)}
            print(f"\n### {module}", flush=True)
            t0 = time.perf_counter()
            rc = subprocess.call([sys.executable, "-m", module], cwd=HERE.parent, env=env)
            took = time.perf_counter() - t0
            if rc != 0:
                failed.append(script.stem)
            if result.exists():
                data = json.loads(result.read_text(encoding="utf-8"))
                for f in data["figures"]:
                    rows.append([
                        script.stem, f["name"], _ms(f["value_ms"]),
                        "—" if f["budget_ms"] is None else f"≤ {_ms(f['budget_ms'])}",
                        "—" if f["ratio"] is None else f"{f['ratio']:.2f}×",
                        "—" if f["ratio_budget"] is None else f"≤ {f['ratio_budget']:g}×",
                        "ok" if f["ok"] else "OVER"])
            else:
                rows.append([script.stem, f"(no figures reported; {took:.0f} s)", "", "", "", "",
                             "ok" if rc == 0 else f"exit {rc}"])
    print("\n=== summary (ms are p95 unless the script says otherwise) ===")
    print(format_table(["script", "figure", "ms", "budget", "ratio", "ratio budget", ""], rows,
                       right={2, 4}))
    if failed:
        print(f"MISSED OR FAILED: {', '.join(failed)}")
        return 1
    print("every budget met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
