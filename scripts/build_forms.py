#!/usr/bin/env python3
"""Compile the Qt Designer forms: ``forms/<name>.ui`` → ``src/miji_desk/ui/forms/ui_<name>.py``.

    python scripts/build_forms.py          # (re)generate every module
    python scripts/build_forms.py --check  # exit 1 if any module is missing, stale or orphaned

The generated modules are never edited by hand: each starts with a do-not-edit header, and the
test suite runs ``--check`` so a form changed without recompiling fails CI.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "src" / "miji_desk" / "ui" / "forms"
HEADER = "# Generated from forms/{name}.ui by scripts/build_forms.py — DO NOT EDIT.\n"
INIT = ('"""Modules generated from ``forms/*.ui`` by scripts/build_forms.py — do not edit."""\n')


def uic_command() -> list[str]:
    """pyside6-uic from the running interpreter's environment, else from PATH."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (bindir / name).exists():
            return [str(bindir / name)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("pyside6-uic not found: install PySide6 in this environment")


def compile_form(ui_file: Path) -> str:
    # -a: no connectSlotsByName; widgets connect their signals explicitly.
    result = subprocess.run([*uic_command(), "-a", str(ui_file)], capture_output=True,
                            check=False)
    if result.returncode != 0:
        raise SystemExit(f"uic failed on {ui_file.name}:\n{result.stderr.decode(errors='replace')}")
    body = result.stdout.decode("utf-8").replace("\r\n", "\n")
    return HEADER.format(name=ui_file.stem) + body


def expected() -> dict[Path, str]:
    files = {OUT / f"ui_{ui.stem}.py": compile_form(ui) for ui in sorted(FORMS.glob("*.ui"))}
    files[OUT / "__init__.py"] = INIT
    return files


def stale(want: dict[Path, str]) -> list[str]:
    problems = []
    for path, text in want.items():
        if not path.exists():
            problems.append(f"missing: {path.relative_to(ROOT)}")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"stale: {path.relative_to(ROOT)}")
    for path in sorted(OUT.glob("ui_*.py")):
        if path not in want:
            problems.append(f"orphaned (its .ui is gone): {path.relative_to(ROOT)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether the generated modules are current")
    args = parser.parse_args(argv)
    want = expected()
    problems = stale(want)
    if args.check:
        for p in problems:
            print(p, file=sys.stderr)
        if problems:
            print("run: python scripts/build_forms.py", file=sys.stderr)
        return 1 if problems else 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path, text in want.items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
            print(f"wrote {path.relative_to(ROOT)}")
    for path in sorted(OUT.glob("ui_*.py")):
        if path not in want:
            path.unlink()
            print(f"removed {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
