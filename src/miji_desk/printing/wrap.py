"""Line breaking for table cells and labels: Chinese breaks between any two characters, Latin at
spaces (and after ``-`` or ``/``); text beyond ``max_lines`` ends with ``…`` (or the caller's
mark). A number stays with its measure word ("5年", "12号") and with the 第 before it, and a
paragraph never ends on a line of one character when the line before can give it a companion.

Widths are the fonts' own advance widths (``pdfmetrics.stringWidth`` per character, cached), so
a wrapped line is never wider than the space given, except a single character wider than the
whole width, which no layout here produces.
"""

from __future__ import annotations

from .fonts import char_width, text_width

ELLIPSIS = "…"
# Punctuation that must not begin a line, and that must not end one (simple 禁则).
NO_START = frozenset("，。、；：？！）》」』】〕〉”’…·%,.;:?!)]}")
NO_END = frozenset("（《「『【〔〈“‘([{")
# Words that belong to the number before them: "核心商密★5年" never breaks before 年, nor a 文号
# "〔2026〕12号" before 号.
UNITS = frozenset("年月日号份页件期次个卷")


def _wide(ch: str) -> bool:
    return ch >= "\u2e80"  # CJK radicals onwards: ideographs, kana, full-width forms


def _can_break(a: str, b: str) -> bool:
    """May a line end between ``a`` and ``b``?"""
    if b in NO_START or a in NO_END:
        return False
    if b in UNITS and (a.isdigit() or a in UNITS):
        return False
    if a == "第" and b.isdigit():  # an ordinal stays whole: "第0029条", never "第|0029条"
        return False
    if a == " " or b == " " or a in "-/":
        return True
    return _wide(a) or _wide(b)


def _break_paragraph(text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    n = len(text)
    start = 0
    while start < n:
        while start < n and text[start] == " ":
            start += 1
        if start >= n:
            break
        used = 0.0
        k = start
        last_ok = -1
        while k < n:
            w = char_width(text[k]) * size
            if used + w > width and k > start:
                break
            used += w
            k += 1
            if k < n and _can_break(text[k - 1], text[k]):
                last_ok = k
        if k >= n:
            lines.append(text[start:].rstrip())
            break
        cut = last_ok if last_ok > start else k  # else: one long word, broken hard
        lines.append(text[start:cut].rstrip())
        start = cut
    return _no_orphan(lines, size, width)


def _no_orphan(lines: list[str], size: float, width: float) -> list[str]:
    """A last line of one character takes the last breakable character(s) of the line before,
    when they fit beside it and leave the line before with more than one."""
    if len(lines) < 2 or len(lines[-1]) != 1:
        return lines
    prev, last = lines[-2], lines[-1]
    for cut in range(len(prev) - 1, max(1, len(prev) - 3), -1):
        moved = prev[cut:] + last
        if _can_break(prev[cut - 1], prev[cut]) and text_width(moved, size) <= width:
            return [*lines[:-2], prev[:cut].rstrip(), moved]
    return lines


def ellipsize(text: str, size: float, width: float) -> str:
    """``text`` if it fits on one line, else as much of it as fits followed by ``…``."""
    if text_width(text, size) <= width:
        return text
    room = width - text_width(ELLIPSIS, size)
    used = 0.0
    cut = 0
    for ch in text:
        w = char_width(ch) * size
        if used + w > room:
            break
        used += w
        cut += 1
    return text[:cut].rstrip() + ELLIPSIS


def wrap(text: str, size: float, width: float, max_lines: int | None = None,
         more: str = ELLIPSIS) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` points at font ``size``.

    With ``max_lines``, the last kept line ends with ``more`` (``…``, or a note's "（见台账）")
    when anything was left out.
    """
    text = text.rstrip()
    if not text:
        return []
    if "\n" not in text and text_width(text, size) <= width:
        return [text]  # the common case: one short cell
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_break_paragraph(paragraph, size, width) or [""])
        if max_lines is not None and len(lines) > max_lines:
            break
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        # Force the mark even when the kept line would fit: something follows it.
        while last and text_width(last + more, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + more
    return lines
