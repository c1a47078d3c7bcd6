"""What every benchmark script shares: timing, percentiles and the table of figures vs budgets."""

from __future__ import annotations

import json
import math
import os
import platform
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
DEFAULT_SCALE = 1_000_000
RESULT_ENV = "MIJI_BENCH_RESULT"
SCALE_ENV = "MIJI_BENCH_SCALE"


def default_scale() -> int:
    return int(os.environ.get(SCALE_ENV, DEFAULT_SCALE))


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def timed(fn: Callable[[], object]) -> float:
    """Milliseconds one call takes (``time.perf_counter``)."""
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000.0


@dataclass
class Figure:
    name: str
    value_ms: float
    budget_ms: float | None = None  # absolute budget (None: for information only)
    baseline_ms: float | None = None
    ratio_budget: float | None = None  # budget for value / baseline
    samples: int = 0
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline_ms is None or self.baseline_ms <= 0:
            return None
        return self.value_ms / self.baseline_ms

    @property
    def ok(self) -> bool:
        if self.budget_ms is not None and self.value_ms > self.budget_ms:
            return False
        ratio = self.ratio
        return not (self.ratio_budget is not None and ratio is not None
                    and ratio > self.ratio_budget)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * max(0, width - _width(text))
    return gap + text if right else text + gap


def format_table(headers: list[str], rows: list[list[str]], right: set[int] | None = None) -> str:
    right = right or set()
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(_pad(h, w, i in right) for i, (h, w) in enumerate(zip(headers, widths,
                                                                            strict=True))), line]
    out += ["  ".join(_pad(c, w, i in right) for i, (c, w) in enumerate(zip(r, widths,
                                                                             strict=True)))
            for r in rows]
    return "\n".join(out)


def _ms(v: float | None) -> str:
    if v is None:
        return "—"
    return f"{v:,.1f}" if v < 1000 else f"{v:,.0f}"


@dataclass
class Report:
    title: str
    figures: list[Figure] = field(default_factory=list)
    context: dict[str, object] = field(default_factory=dict)

    def add(self, fig: Figure) -> Figure:
        self.figures.append(fig)
        ratio = f", {fig.ratio:.2f}× baseline" if fig.ratio is not None else ""
        print(f"  {fig.name}: {_ms(fig.value_ms)} ms{ratio}"
              f"{'' if fig.ok else '  ← OVER BUDGET'}", flush=True)
        return fig

    def table(self) -> str:
        rows = []
        for f in self.figures:
            rows.append([
                f.name, _ms(f.value_ms), "—" if f.budget_ms is None else f"≤ {_ms(f.budget_ms)}",
                _ms(f.baseline_ms), "—" if f.ratio is None else f"{f.ratio:.2f}×",
                "—" if f.ratio_budget is None else f"≤ {f.ratio_budget:g}×",
                str(f.samples or ""), "ok" if f.ok else "OVER", f.note])
        return format_table(["figure (p95 unless noted)", "ms", "budget", "baseline ms", "ratio",
                             "ratio budget", "n", "", "note"], rows, right={1, 3, 4, 6})

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.figures)

    def finish(self) -> int:
        """Print the table, write the JSON result if asked; the process exit status."""
        print()
        print(f"== {self.title} ==")
        for k, v in self.context.items():
            print(f"{k}: {v}")
        print(self.table())
        print("all budgets met" if self.ok else "SOME BUDGETS MISSED")
        target = os.environ.get(RESULT_ENV)
        if target:
            Path(target).write_text(json.dumps(
                {"title": self.title, "context": self.context, "ok": self.ok,
                 "figures": [{**asdict(f), "ratio": f.ratio, "ok": f.ok} for f in self.figures]},
                ensure_ascii=False, indent=1), encoding="utf-8")
        return 0 if self.ok else 1


def machine_description() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor()
    return (f"{os.cpu_count()} cores ({cpu or 'unknown CPU'}), {platform.system()} "
            f"{platform.release()}, Python {sys.version.split()[0]}")


def load_average() -> tuple[float, float, float] | None:
    """The 1/5/15-minute load average (Unix), to tell a busy machine from a slow program."""
    getter = getattr(os, "getloadavg", None)
    return tuple(round(x, 2) for x in getter()) if getter else None  # type: ignore[return-value]
