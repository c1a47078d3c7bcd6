"""The marking a printed document carries: a level, never lower than what the page lists.

A register, list or manifest is itself classified at least as high as the most secret carrier it
lists (篇三: a register of 绝密 documents is 绝密). The clerk may raise the marking, never lower it;
without a choice the document carries the highest level it lists. Free text ("hello", a blank)
is not a marking.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import RuleViolation
from .levels import Level, LevelCatalog


def requested_level(levels: LevelCatalog, text: str | None) -> Level | None:
    """The level the clerk asked for, by name (机密) or code (secret); None when left blank,
    which means "the highest level the document lists"."""
    value = (text or "").strip()
    if not value:
        return None
    if value in levels:
        return levels.get(value)
    try:
        return levels.by_name(value)
    except RuleViolation:
        names = "、".join(lv.name for lv in levels)
        raise RuleViolation("print.marking_not_level", {"value": value, "levels": names},
                            "marking") from None


def allowed_markings(levels: LevelCatalog, listed: Level | None) -> list[Level]:
    """The levels a document listing ``listed`` at most may carry, most secret first."""
    return [lv for lv in levels if listed is None or lv.rank >= listed.rank]


def default_marking(levels: LevelCatalog) -> Level:
    """A document that lists nothing: the lowest state-secret level of the unit (秘密), as it is
    still a page of the classified ledger."""
    state = [lv for lv in levels if lv.state_secret]
    return min(state or list(levels), key=lambda lv: lv.rank)


def check_not_lower(requested: Level | None, listed: Level | None) -> None:
    if requested is not None and listed is not None and requested.rank < listed.rank:
        raise RuleViolation("print.marking_below_listed",
                            {"marking": requested.name, "listed": listed.name}, "marking")


def document_marking(levels: LevelCatalog, requested: Level | None,
                     listed: Iterable[Level]) -> Level:
    """The marking printed: the clerk's level if it is not lower than any level listed, else a
    refusal; without one, the highest level listed."""
    top = max(listed, key=lambda lv: lv.rank, default=None)
    check_not_lower(requested, top)
    if requested is not None:
        return requested
    return top if top is not None else default_marking(levels)


__all__ = ["allowed_markings", "check_not_lower", "default_marking", "document_marking",
           "requested_level"]
