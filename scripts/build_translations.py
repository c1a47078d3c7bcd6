#!/usr/bin/env python3
"""Extract and compile the translations.

    python scripts/build_translations.py          # lupdate sources → .ts, then lrelease → .qm
    python scripts/build_translations.py --check  # exit 1 unless the .ts is current with the
                                                  # sources, every message is translated, and
                                                  # the .qm is current with the .ts

Sources are the Designer forms (``forms/*.ui``) and the hand-written Qt code
(``src/miji_desk/ui/**/*.py``; the modules generated from the forms are skipped, their .ui
already carries the same strings), plus the labels of the unit's rules (``core/unit_rules.py``).
Source strings are Simplified Chinese; the translations (English) are written into
``resources/translations/miji_desk_en.ts``, by hand or in Qt Linguist.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
UI_PACKAGE = ROOT / "src" / "miji_desk" / "ui"
GENERATED = UI_PACKAGE / "forms"
# Core modules whose labels the UI shows, marked with a Qt-free QT_TRANSLATE_NOOP.
CORE_LABELS = [ROOT / "src" / "miji_desk" / "core" / "unit_rules.py"]
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("en",)


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"miji_desk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"miji_desk_{lang}.qm"


def tool(name: str) -> str:
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    forms = sorted((ROOT / "forms").glob("*.ui"))
    code = sorted(p for p in UI_PACKAGE.rglob("*.py") if GENERATED not in p.parents)
    return forms + code + CORE_LABELS


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(cmd[0]).name} failed:\n{result.stdout}{result.stderr}")


def lupdate(ts: Path, lang: str) -> None:
    # -locations none keeps the .ts stable when code moves; -no-obsolete drops dead strings.
    run([tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
         "-source-language", SOURCE_LANGUAGE, "-target-language", lang,
         *[str(p) for p in sources()], "-ts", str(ts)])


def lrelease(ts: Path, qm: Path) -> None:
    run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


def untranslated(ts: Path) -> list[str]:
    """Messages without a finished translation, as "context: source" lines."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            empty = tr is None or not ("".join(tr.itertext()).strip())
            if kind in ("unfinished", "missing") or empty:
                missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def check(lang: str) -> list[str]:
    problems: list[str] = []
    ts, qm = ts_path(lang), qm_path(lang)
    if not ts.exists() or not qm.exists():
        return [f"missing {ts.name} or {qm.name}: run scripts/build_translations.py"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / ts.name
        shutil.copyfile(ts, fresh_ts)
        lupdate(fresh_ts, lang)
        if fresh_ts.read_bytes() != ts.read_bytes():
            problems.append(f"{ts.name} is not current with the sources: "
                            "run scripts/build_translations.py")
        problems += [f"untranslated in {ts.name}: {m}" for m in untranslated(fresh_ts)]
        fresh_qm = Path(tmp) / qm.name
        lrelease(ts, fresh_qm)
        if fresh_qm.read_bytes() != qm.read_bytes():
            problems.append(f"{qm.name} is not current with {ts.name}: "
                            "run scripts/build_translations.py")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; change nothing")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for lang in LANGUAGES for p in check(lang)]
        for p in problems:
            print(p, file=sys.stderr)
        return 1 if problems else 0
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        lupdate(ts_path(lang), lang)
        lrelease(ts_path(lang), qm_path(lang))
        left = untranslated(ts_path(lang))
        print(f"{ts_path(lang).name}: {len(left)} message(s) still to translate")
        for m in left:
            print(f"  {m}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
