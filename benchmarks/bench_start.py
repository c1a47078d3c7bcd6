"""Cold start to the unlock screen, against a bare QApplication start in the same run.

Each start is a new process (nothing cached in the interpreter), timed from launch to exit:
the app with ``--exit-when-ready`` quits as soon as its window with the unlock screen is shown;
the baseline is a process that starts a QApplication, shows an empty window and quits. The
installed bundle (``dist/miji-desk/miji-desk``, from ``python installer/build.py bundle``) is
timed too when it exists. Budget: ≤ 2× the bare start and ≤ 1.5 s.

    python -m benchmarks.bench_start [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import Figure, Report

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "miji-desk" / "miji-desk"
RATIO = 2.0
START_MS = 1500.0
BARE = ("from PySide6.QtWidgets import QApplication, QWidget; from PySide6.QtCore import QTimer;"
        "app = QApplication([]); w = QWidget(); w.show(); QTimer.singleShot(0, app.quit); "
        "app.exec()")


def timed_ms(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return (time.perf_counter() - start) * 1000


def median_ms(command: list[str], env: dict[str, str], runs: int) -> float:
    timed_ms(command, env)  # the first run fills the OS's file cache: every run after is alike
    return statistics.median(timed_ms(command, env) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    home = tempfile.mkdtemp(prefix="miji-bench-start-")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "HOME": home, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config",
           "PYTHONPATH": str(ROOT / "src")}
    # An installed app starts from compiled bytecode: let the source run keep its .pyc too.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    vault = Path(home) / "absent.mjdb"  # no vault yet would start the wizard: give a path
    from keyring.backends import null

    from miji_desk.vault.machine_secret import MachineSecretStore
    from miji_desk.vault.vault import Vault

    made, _code = Vault.create(vault, passphrase="Bench-start-passphrase-2026", unit_name="基准",
                               clerk_name="基准", store=MachineSecretStore(null.Keyring()))
    made.close()
    report = Report("cold start to the unlock screen")
    bare = median_ms([sys.executable, "-c", BARE], env, args.runs)
    report.add(Figure("bare QApplication start and show (median)", bare, samples=args.runs))
    app = median_ms([sys.executable, "-m", "miji_desk", "--vault", str(vault),
                     "--exit-when-ready"], env, args.runs)
    report.add(Figure("app from source to the unlock screen (median)", app, START_MS, bare,
                      RATIO, args.runs))
    if BUNDLE.exists():
        installed = median_ms([str(BUNDLE), "--vault", str(vault), "--exit-when-ready"], env,
                              args.runs)
        report.add(Figure("installed bundle to the unlock screen (median)", installed, START_MS,
                          bare, RATIO, args.runs))
    else:
        report.context["bundle"] = "not built (python installer/build.py bundle)"
    return report.finish()


if __name__ == "__main__":
    sys.exit(main())
