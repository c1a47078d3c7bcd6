"""Whether two typed names are the same person (a simple version; see the report of rules-b).

Names are compared after folding width (NFKC) and case, removing anything in brackets, every
blank, and a title at the end (``主任``, ``同志`` …) as long as two characters remain.
"""

from __future__ import annotations

import re
import unicodedata

_TITLES = tuple(sorted({
    "同志", "先生", "女士", "老师", "领导", "主任", "副主任", "处长", "副处长", "科长", "副科长",
    "局长", "副局长", "部长", "副部长", "书记", "副书记", "院长", "副院长", "所长", "副所长",
    "主席", "秘书长", "经理", "总经理", "主管", "负责人", "机要员", "保密员", "秘书", "科员",
}, key=len, reverse=True))
_BRACKETED = re.compile(r"[(\[{<（【〔〈《「『][^)\]}>）】〕〉》」』]*[)\]}>）】〕〉》」』]?")
_BLANKS = re.compile(r"\s+")


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = _BLANKS.sub("", _BRACKETED.sub("", text))
    for title in _TITLES:
        if text.endswith(title) and len(text) - len(title) >= 2:
            return text[: -len(title)]
    return text


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name the same person once width, blanks, brackets and titles
    are set aside. Two empty names are not the same person."""
    ka, kb = _key(a), _key(b)
    return bool(ka) and ka == kb


__all__ = ["same_name"]
