"""Whether two typed names are the same person: the one comparison every rule about names uses.

A rule such as "the approver is not the clerk" is worthless as an exact string match:
``李 文静``, ``李文静（机要员）``, a full-width ``ＬＩ Wenjing`` and ``李文静同志`` all name the
clerk. So names are compared after normalising them (``name_key``):

- width and compatibility forms folded (NFKC: full-width letters, digits and brackets);
- case folded (Latin names);
- anything in brackets removed: ``李文静（机要员）``, ``李文静(办公室)``, ``李文静【主任】``;
- every blank removed (ASCII, the ideographic space U+3000, tabs), and the name-joining dots
  (· ・ • ‧) unified;
- a title or form of address at the end removed (``主任``, ``处长``, ``同志``, ``机要员`` …),
  as long as a name of at least two characters remains (``张主任`` is a title only, kept as typed).

Used by: approver ≠ clerk (``disposition.check_approval``), approver ≠ borrower (``loans``),
supervisors ≠ clerk and distinct (``destruction``), couriers distinct (``registration``).
Deliberate limit: two different people who share a name are "the same" here; the ledger cannot
tell them apart from a typed name, so it refuses rather than guesses.
"""

from __future__ import annotations

import re
import unicodedata

# Longest first, so 副处长 is removed whole rather than leaving 副.
TITLES: tuple[str, ...] = tuple(sorted({
    "同志", "先生", "女士", "老师", "领导", "首长",
    "主任", "副主任", "处长", "副处长", "科长", "副科长", "局长", "副局长", "厅长", "副厅长",
    "部长", "副部长", "司长", "副司长", "书记", "副书记", "院长", "副院长", "所长", "副所长",
    "校长", "副校长", "主席", "副主席", "秘书长", "副秘书长", "经理", "副经理", "总经理",
    "副总经理", "董事长", "副董事长", "总监", "组长", "副组长", "队长", "站长", "馆长", "行长",
    "主管", "负责人", "机要员", "保密员", "机要秘书", "秘书", "科员", "办事员", "干事",
    "主任科员", "调研员", "巡视员", "总工程师", "工程师", "总工",
}, key=len, reverse=True))

_BRACKETED = re.compile(r"[(\[{<（【〔〈《「『][^)\]}>）】〕〉》」』]*[)\]}>）】〕〉》」』]?")
_BLANKS = re.compile(r"\s+")
_DOTS = re.compile(r"[・•‧∙⋅･]")


def name_key(name: str) -> str:
    """The normalised form two names are compared by (see the module docstring)."""
    text = unicodedata.normalize("NFKC", name or "").casefold()
    text = _BRACKETED.sub("", text)
    text = _BLANKS.sub("", text)
    text = _DOTS.sub("·", text).strip("·:：,，、;；")
    stripped = True
    while stripped:
        stripped = False
        for title in TITLES:
            if text.endswith(title) and len(text) - len(title) >= 2:
                text = text[: -len(title)]
                stripped = True
                break
    return text


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name the same person once width, blanks, brackets and titles
    are set aside. Two empty names are never the same person."""
    ka, kb = name_key(a), name_key(b)
    return bool(ka) and ka == kb


def repeated_names(names: list[str]) -> list[str]:
    """The names (as typed, first spelling) that name a person already named earlier."""
    seen: dict[str, str] = {}
    out: list[str] = []
    for n in names:
        k = name_key(n)
        if not k:
            continue
        if k in seen:
            if seen[k] not in out:
                out.append(seen[k])
        else:
            seen[k] = n
    return out


__all__ = ["TITLES", "name_key", "repeated_names", "same_name"]
