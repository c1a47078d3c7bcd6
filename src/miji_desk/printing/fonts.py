"""Fonts for every printed document, and drawing text that mixes Chinese and Latin.

Nothing may depend on fonts installed on the PC, so every PDF embeds (as subsets) the shipped
TrueType fonts of a fallback chain, and draws each character with the first font of the chain
that has a glyph for it:

0. Bitstream Vera (shipped inside reportlab) for Latin letters, digits and punctuation;
1. Droid Sans Fallback (``resources/fonts``) for Chinese and CJK punctuation;
2. DejaVu Sans for symbols such as ① № ℃ Ⅰ;
3. Miji Han A (a subset of Hanazono Mincho A) for CJK Extension A, rare ideographs of the basic
   block (鿏) and the enclosed and full-width forms the fonts before it lack;
4. Miji Han B (a subset of Hanazono Mincho B) for CJK Extensions B–F (𪚥 𡃁);
5. Miji Han G (a subset of BabelStone Han) for CJK Extension G and whatever is still missing.

Which font prints which character is data: ``core/printable.py``, generated from the fonts by
``scripts/build_fonts.py``. The input check (``core/text.py``) refuses anything outside it, so a
character the clerk typed can never vanish from paper. Fonts 2–5 are parsed only when a
character needs them: an ordinary register never reads the 29 MB of Extension B–F.

Text typed before that check existed may still hold a character no font has; it prints as the
replacement glyph (a visible box with a question mark) and keeps its own code point in the text
layer, so nothing disappears silently.

Neither Vera nor Droid Sans Fallback has ★ (U+2605), which every marking needs (``机密★10年``).
It is written into the text layer as a blank full-width glyph, so copying or searching the PDF
still finds ``★``, and a vector star is drawn over it; see ``_alias_overlays``.

The CJK font has no bold face: bold is emulated with text render mode 2 (fill and stroke) and a
thin stroke, see ``fake_bold``.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from math import cos, pi, sin
from pathlib import Path
from typing import Any, Literal
from weakref import WeakKeyDictionary

import reportlab
from reportlab.lib.colors import Color, black
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ..core.printable import FONT_FILES, RANGES
from ..resources import resource_path

CJK_FONT = "MijiCJK"
LATIN_FONT = "MijiLatin"
SYMBOL_FONT = "MijiSymbols"
CJK_FILE = ("fonts", "DroidSansFallbackFull.ttf")
LATIN_FILE = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
# The chain, in the order of core/printable.FONT_FILES: Latin first, so digits use Vera's
# proportional ones.
FONTS = (LATIN_FONT, CJK_FONT, SYMBOL_FONT, "MijiHanA", "MijiHanB", "MijiHanG")
assert len(FONTS) == len(FONT_FILES) and FONT_FILES[1] == CJK_FILE[1]
_STARTS = [first for first, _last, _font in RANGES]
# What a character no font has prints as: DejaVu's replacement character, a visible box.
_MISSING_GLYPH = 0xFFFD

# Characters no shipped font has, drawn as vectors over a blank glyph of the CJK font.
STAR = "★"
_OVERLAY_BLANK = 0x3000  # ideographic space: a blank glyph one em wide
# Stroke width for emulated bold, as a fraction of the font size.
BOLD_STROKE = 0.045

Align = Literal["left", "center", "right"]

_lock = threading.RLock()
_registered = False
_loaded: set[str] = set()
_font_of: dict[str, str] = {}  # char → font name, filled lazily
_width_of: dict[str, float] = {}  # char → advance width at 1 pt


def register_fonts() -> None:
    """Register the Latin and CJK fonts with reportlab, once per process (safe to call from any
    thread); the other fonts of the chain are registered by ``load_font`` when first needed."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        load_font(LATIN_FONT)
        load_font(CJK_FONT)
        _registered = True


def font_path(name: str) -> Path:
    """The file of the chain's font ``name``."""
    if name == LATIN_FONT:
        return LATIN_FILE
    return resource_path("fonts", FONT_FILES[FONTS.index(name)])


def load_font(name: str) -> TTFont:
    """The chain's font ``name``, parsed and registered with reportlab on first use."""
    if name in _loaded:
        return pdfmetrics.getFont(name)
    with _lock:
        if name not in _loaded:
            font = TTFont(name, str(font_path(name)))
            if name == CJK_FONT:
                _alias_overlays(font)
            pdfmetrics.registerFont(font)
            _loaded.add(name)
    return pdfmetrics.getFont(name)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but correct beyond the BMP: a PDF ToUnicode map holds UTF-16,
    so 𪚥 (U+2A6A5) must be written as its surrogate pair, not as five hex digits (which PDF
    readers reject, losing the character from copy and search)."""
    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(code)}>" for i, code in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


def chain_font(code: int) -> str | None:
    """The chain's font that prints code point ``code``, None if no font has it."""
    i = bisect_right(_STARTS, code) - 1
    if i >= 0:
        first, last, font = RANGES[i]
        if first <= code <= last:
            return FONTS[font]
    return None


def _alias_overlays(font: TTFont) -> None:
    """Map ★ to the CJK font's blank ideographic space glyph, the way reportlab itself adds
    private characters: the subset's ToUnicode map then carries U+2605 for extraction."""
    face = font.face
    glyph = face.charToGlyph[_OVERLAY_BLANK]
    code = ord(STAR)
    face.charToGlyph[code] = glyph
    face.charWidths[code] = face.charWidths[_OVERLAY_BLANK]


def font_for(ch: str) -> str:
    """The first font of the chain that has ``ch``; for a character none has (text typed before
    input was checked), the symbol font, which then draws it as a visible replacement box."""
    try:
        return _font_of[ch]
    except KeyError:
        pass
    register_fonts()
    code = ord(ch)
    name = chain_font(code)
    if name is None:
        name = SYMBOL_FONT
        _alias_missing(load_font(name), code)
    else:
        load_font(name)
    _width_of[ch] = pdfmetrics.stringWidth(ch, name, 1.0)
    _font_of[ch] = name
    return name


def _alias_missing(font: TTFont, code: int) -> None:
    """Draw ``code`` with the replacement glyph, keeping ``code`` in the text layer."""
    with _lock:
        face = font.face
        face.charToGlyph.setdefault(code, face.charToGlyph[_MISSING_GLYPH])
        face.charWidths.setdefault(code, face.charWidths[_MISSING_GLYPH])


def char_width(ch: str) -> float:
    """Advance width of one character at 1 pt, with the font that will draw it."""
    try:
        return _width_of[ch]
    except KeyError:
        font_for(ch)
        return _width_of[ch]


def text_width(text: str, size: float) -> float:
    try:
        return sum(map(_width_of.__getitem__, text)) * size
    except KeyError:
        return sum(map(char_width, text)) * size


def runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into (font name, chunk) runs, each drawable with one font."""
    out: list[tuple[str, str]] = []
    start = 0
    current = ""
    fonts = _font_of
    for i, ch in enumerate(text):
        font = fonts.get(ch) or font_for(ch)
        if font != current:
            if i > start:
                out.append((current, text[start:i]))
            start, current = i, font
    if text:
        out.append((current, text[start:]))
    return out


def star_offsets(text: str, size: float) -> list[float]:
    """x offsets of every ★ in ``text`` from the text's start."""
    offsets: list[float] = []
    x = 0.0
    for ch in text:
        if ch == STAR:
            offsets.append(x)
        x += char_width(ch) * size
    return offsets


def _star_outline() -> tuple[tuple[float, float], ...]:
    """The star in em units from the start of its em box on the baseline: ten points,
    alternately on the outer and the inner radius, the first at the top."""
    points = []
    for k in range(10):
        r = 0.43 if k % 2 == 0 else 0.43 * 0.382
        a = pi / 2 + k * pi / 5
        points.append((0.5 + r * cos(a), 0.33 + r * sin(a)))
    return tuple(points)


_STAR_POINTS = _star_outline()


def draw_star(canvas: Canvas, x: float, baseline: float, size: float, *,
              bold: bool = False) -> None:
    """A filled five-pointed star in the em box that starts at ``x`` on ``baseline`` (bold:
    also stroked with the current line width, like the fake-bold text around it)."""
    pts = [f"{x + ux * size:.2f} {baseline + uy * size:.2f}" for ux, uy in _STAR_POINTS]
    canvas.addLiteral(f"{pts[0]} m {' l '.join(pts[1:])} l h {'B' if bold else 'f'}")


# PDF string escapes for subset codes: the same table reportlab uses, applied by str.translate.
_ESCAPE = {c: (f"\\{c:03o}" if c < 32 or c >= 127 else "\\" + chr(c) if chr(c) in "\\()"
               else chr(c)) for c in range(256)}


_CACHE_LIMIT = 4096
_piece_cache: WeakKeyDictionary[Any, dict[str, list[tuple[str, str]]]] = WeakKeyDictionary()


class TextWriter:
    """Writes many pieces of text into one PDF text object (the table engine's hot path).

    It emits the text operators itself (``Tm``, ``Tf``, ``Tj``) through ``Canvas.addLiteral``:
    reportlab's ``textOut`` re-measures and re-formats every string, which costs more than the
    whole rest of a register. Subsetting and font resources still go through reportlab's
    ``TTFont.splitString``/``getSubsetInternalName``, exactly as ``drawString`` does.
    Stars are collected and drawn as vectors by ``finish``.
    """

    def __init__(self, canvas: Canvas, *, bold: bool = False) -> None:
        register_fonts()
        self._canvas = canvas
        self._doc = canvas._doc  # reportlab's document: subset state lives there
        self._fonts: dict[str, TTFont] = {}
        self._ops: list[str] = ["BT 2 Tr" if bold else "BT"]
        self._bold = bold
        self._font, self._size = "", 0.0
        self._cache = _piece_cache.setdefault(self._doc, {})
        self._stars: list[tuple[float, float, float]] = []

    def write(self, x: float, y: float, text: str, size: float) -> None:
        ops = self._ops
        ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm")
        for font, escaped in self._pieces(text):
            if font != self._font or size != self._size:
                ops.append(f"{font} {size:g} Tf")
                self._font, self._size = font, size
            ops.append(f"({escaped}) Tj")
        if STAR in text:
            self._stars.extend((x + dx, y, size) for dx in star_offsets(text, size))

    def _pieces(self, text: str) -> list[tuple[str, str]]:
        """(PDF font resource name, escaped string) pieces of ``text`` in this document;
        repeated cells (senders, markings, counts) are encoded once."""
        cache = self._cache
        try:
            return cache[text]
        except KeyError:
            pass
        doc = self._doc
        pieces = []
        fonts = self._fonts
        for name, chunk in runs(text):
            font = fonts.get(name) or fonts.setdefault(name, load_font(name))
            for subset, codes in font.splitString(chunk, doc):
                pieces.append((font.getSubsetInternalName(subset, doc),
                               codes.decode("latin-1").translate(_ESCAPE)))
        if len(cache) > _CACHE_LIMIT:  # bounded: a long register must not grow memory
            cache.clear()
        cache[text] = pieces
        return pieces

    def finish(self) -> None:
        """Put the text on the page; bold text must be finished inside ``fake_bold``."""
        canvas = self._canvas
        if len(self._ops) > 1:
            self._ops.append("0 Tr ET" if self._bold else "ET")  # Tr outlives ET: reset it
            canvas.addLiteral("\n".join(self._ops))
        for x, y, size in self._stars:
            draw_star(canvas, x, y, size, bold=self._bold)


@contextmanager
def fake_bold(canvas: Canvas, size: float, color: Color = black) -> Iterator[None]:
    """Graphics state for emulated bold: text drawn inside with render mode 2 gets a thin
    outline in the text colour, thickening the strokes like a bold face would."""
    canvas.saveState()
    canvas.setLineWidth(size * BOLD_STROKE)
    canvas.setLineJoin(1)
    canvas.setFillColor(color)
    canvas.setStrokeColor(color)
    try:
        yield
    finally:
        canvas.restoreState()


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float, *,
              bold: bool = False, align: Align = "left") -> float:
    """Draw one line of mixed text at baseline ``y``; returns its width."""
    width = text_width(text, size)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    writer = TextWriter(canvas, bold=bold)
    writer.write(x, y, text, size)
    if bold:
        with fake_bold(canvas, size):
            writer.finish()
    else:
        writer.finish()
    return width
