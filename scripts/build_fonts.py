"""Build the fallback fonts and the table of printable characters (a development-time tool).

The printer draws each character with the first font of a chain that has a glyph for it (see
``miji_desk/printing/fonts.py``)::

    0 Bitstream Vera      (shipped inside reportlab)   Latin letters, digits, punctuation
    1 Droid Sans Fallback (resources/fonts)            CJK Unified Ideographs, CJK punctuation
    2 DejaVu Sans         (resources/fonts)            ① № ℃ Ⅰ and other symbols
    3 Miji Han A          subset of HanaMinA.ttf       what 0–2 lack: Ext A, rare BMP ideographs,
                                                       enclosed and full-width forms
    4 Miji Han B          subset of HanaMinB.ttf       CJK Extensions B–F
    5 Miji Han G          subset of BabelStoneHan.ttf  CJK Extension G and what is still missing

Fonts 3–5 are subsets: each keeps only the characters no earlier font of the chain has, so the
repository does not carry the same ideograph twice. This script writes them to
``resources/fonts`` and writes ``src/miji_desk/core/printable.py``: the code points the chain can
print, as ranges with the index of the font that prints them. The input check (core/text.py)
and the printer both read that table; tests/printing/test_font_coverage.py checks it against
the shipped fonts.

Needs fontTools (not a dependency of the product) and the unpacked Debian packages
fonts-hanazono and fonts-babelstone-han::

    python3 -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python scripts/build_fonts.py --source /tmp/fontx/usr/share/fonts/truetype

Run it with the same Python minor version as the product: which code points count as assigned
comes from ``unicodedata``.
"""

from __future__ import annotations

import argparse
import datetime
import unicodedata
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
OUT = ROOT / "src" / "miji_desk" / "core" / "printable.py"

# Categories that are never printable text (clean() refuses them before it asks this table).
EXCLUDED = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}
# ★ is in no font's glyph for Droid: the printer aliases it to a blank glyph and draws a vector
# star over it (printing/fonts.py); it prints with font 1.
OVERLAYS = {0x2605: 1}

SUBSETS = (
    # (shipped file, source file under --source, family name, source description)
    ("MijiHanA.ttf", "hanazono/HanaMinA.ttf", "Miji Han A",
     "HanaMinA.ttf (Hanazono Mincho A, GlyphWiki Project)"),
    ("MijiHanB.ttf", "hanazono/HanaMinB.ttf", "Miji Han B",
     "HanaMinB.ttf (Hanazono Mincho B, GlyphWiki Project)"),
    ("MijiHanG.ttf", "babelstone/BabelStoneHan.ttf", "Miji Han G",
     "BabelStoneHan.ttf (BabelStone Han, Arphic Technology and Andrew West)"),
)


def vera_path() -> Path:
    import importlib.util
    spec = importlib.util.find_spec("reportlab")
    if spec is not None and spec.origin:
        return Path(spec.origin).parent / "fonts" / "Vera.ttf"
    # fontTools' venv has no reportlab: take the product's.
    found = sorted(Path("/work/main/.venv/lib").glob("python3*/site-packages/reportlab/fonts/"
                                                      "Vera.ttf"))
    if not found:
        raise SystemExit("cannot find reportlab's Vera.ttf")
    return found[0]


def printable(font: TTFont) -> set[int]:
    """Code points ``font`` maps to a real glyph: one with an outline, or a blank one for a
    space character; never a category that is not printable text."""
    glyf = font["glyf"]
    out = set()
    for code, name in font.getBestCmap().items():
        cat = unicodedata.category(chr(code))
        if cat in EXCLUDED or name == ".notdef":
            continue
        glyph = glyf[name]
        if glyph.numberOfContours == 0 and cat != "Zs":
            continue
        out.add(code)
    return out


def make_subset(source: Path, target: Path, keep: set[int], family: str, what: str) -> None:
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]
    options.notdef_outline = True
    options.glyph_names = False
    font = TTFont(str(source))
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(keep))
    subsetter.subset(font)
    today = datetime.date.today().isoformat()
    notice = (f"Modified by Miji Desk scripts/build_fonts.py on {today}: a subset of {what}, "
              f"keeping only the characters the fonts before it in Miji Desk's chain lack; "
              f"hinting and layout tables removed; family renamed to {family}.")
    names = font["name"]
    for rec in list(names.names):
        if rec.nameID in (1, 4, 16, 21):
            names.setName(family, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
        elif rec.nameID == 6:
            names.setName(family.replace(" ", "") + "-Regular", 6, rec.platformID,
                          rec.platEncID, rec.langID)
        elif rec.nameID == 3:
            names.setName(f"{family}; {today}", 3, rec.platformID, rec.platEncID, rec.langID)
    names.names = [r for r in names.names if r.nameID not in (16, 17, 21, 22)]
    names.setName(notice, 10, 3, 1, 0x409)
    names.setName(notice, 10, 1, 0, 0)
    font.save(str(target))


def ranges(owner: dict[int, int]) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for code in sorted(owner):
        idx = owner[code]
        if out and out[-1][1] == code - 1 and out[-1][2] == idx:
            out[-1] = (out[-1][0], code, idx)
        else:
            out.append((code, code, idx))
    return out


def write_table(owner: dict[int, int], files: list[str]) -> None:
    """Write the table as text parsed at import: a tuple literal of thousands of tuples costs
    a third of a second to compile wherever no .pyc is kept, a string a millisecond."""
    rows = ranges(owner)
    items = [f"{a:05X}-{b:05X}:{i}" for a, b, i in rows]
    per_line = 6
    text_lines = [" ".join(items[k:k + per_line]) for k in range(0, len(items), per_line)]
    lines = [
        '"""The characters the printer can print: generated by scripts/build_fonts.py, do not '
        'edit.',
        "",
        "``RANGES`` holds (first, last, font) triples in code point order; ``font`` indexes",
        "``FONT_FILES``, the printer's fallback chain (printing/fonts.py). The input check",
        "(core/text.py) refuses any character outside these ranges, so nothing typed can vanish",
        "from paper. ``_TABLE`` writes each range as ``first-last:font`` in hexadecimal.",
        '"""',
        "",
        f"UNICODE_VERSION = {unicodedata.unidata_version!r}",
        "",
        "FONT_FILES = (",
        *(f"    {name!r}," for name in files),
        ")",
        "",
        '_TABLE = """',
        *text_lines,
        '"""',
        "",
        "",
        "def _parse(table: str) -> tuple[tuple[int, int, int], ...]:",
        "    out = []",
        "    for item in table.split():",
        "        span, font = item.split(\":\")",
        "        first, last = span.split(\"-\")",
        "        out.append((int(first, 16), int(last, 16), int(font)))",
        "    return tuple(out)",
        "",
        "",
        "RANGES = _parse(_TABLE)",
        "",
    ]
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(rows)} ranges, {len(owner)} code points")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=Path("/tmp/fontx/usr/share/fonts/truetype"),
                        help="folder with hanazono/ and babelstone/ from the Debian packages")
    parser.add_argument("--table-only", action="store_true",
                        help="only rewrite core/printable.py from the shipped fonts")
    args = parser.parse_args()
    base = [("Vera.ttf", vera_path()), ("DroidSansFallbackFull.ttf",
                                        FONTS / "DroidSansFallbackFull.ttf"),
            ("DejaVuSans.ttf", FONTS / "DejaVuSans.ttf")]
    covered: set[int] = set()
    for _name, path in base:
        covered |= printable(TTFont(str(path)))
    if not args.table_only:
        for shipped, source, family, what in SUBSETS:
            src = TTFont(str(args.source / source))
            keep = printable(src) - covered
            make_subset(args.source / source, FONTS / shipped, keep, family, what)
            covered |= keep
            print(f"{shipped}: {len(keep)} characters, "
                  f"{(FONTS / shipped).stat().st_size / 1e6:.1f} MB")
    owner: dict[int, int] = {}
    files = []
    for idx, (name, path) in enumerate([*base, *((s[0], FONTS / s[0]) for s in SUBSETS)]):
        files.append(name)
        for code in printable(TTFont(str(path))):
            owner.setdefault(code, idx)
    for code, idx in OVERLAYS.items():
        owner[code] = idx
    write_table(owner, files)


if __name__ == "__main__":
    main()
