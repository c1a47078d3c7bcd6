"""Classification levels (密级): the three state-secret levels and levels a unit defines.

A level is never free text: every carrier refers to one of a known catalogue by code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import RuleViolation


@dataclass(frozen=True)
class Level:
    code: str  # stable identifier stored in the vault
    name: str  # what is printed: 绝密, 机密, 秘密, 内部 ...
    rank: int  # higher is more secret; used for ordering, volumes and reader grades
    max_years: int | None  # legal maximum secrecy period; the default when unmarked
    state_secret: bool  # 国家秘密 (绝密/机密/秘密) versus levels the unit defines


TOP_SECRET = Level("top_secret", "绝密", 300, 30, True)
SECRET = Level("secret", "机密", 200, 20, True)
CONFIDENTIAL = Level("confidential", "秘密", 100, 10, True)
BUILTIN_LEVELS: tuple[Level, ...] = (TOP_SECRET, SECRET, CONFIDENTIAL)

# Levels a unit commonly adds; the setup and demo offer them, the vault stores the unit's own.
COMMON_UNIT_LEVELS: tuple[Level, ...] = (
    Level("core_commercial", "核心商密", 90, 10, False),
    Level("commercial", "普通商密", 80, 5, False),
    Level("internal", "内部", 50, None, False),
)


class LevelCatalog:
    """The unit's levels, looked up by code or by printed name."""

    def __init__(self, levels: Iterable[Level]) -> None:
        self._by_code = {lv.code: lv for lv in levels}
        self._by_name = {lv.name: lv for lv in self._by_code.values()}

    def __iter__(self) -> Iterator[Level]:  # most secret first: the order of every level picker
        return iter(sorted(self._by_code.values(), key=lambda lv: -lv.rank))

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Level:
        try:
            return self._by_code[code]
        except KeyError:
            raise RuleViolation("level.unknown", {"code": code}, "level") from None

    def by_name(self, name: str) -> Level:
        try:
            return self._by_name[name]
        except KeyError:
            raise RuleViolation("level.unknown", {"code": name}, "level") from None

    def highest(self, codes: Iterable[str]) -> Level | None:
        found = [self.get(c) for c in codes]
        return max(found, key=lambda lv: lv.rank) if found else None


# 解密, 纳入非密管理 (篇三 二十一): a carrier declassified keeps its place in the ledger under this
# level. No carrier is registered at it; the vault knows it always (``Vault._load_levels``) and
# writes its row the first time a declassification needs it (``core.level_changes``).
DECLASSIFIED = Level("declassified", "非密", 0, None, False)

DEFAULT_CATALOG = LevelCatalog(BUILTIN_LEVELS + COMMON_UNIT_LEVELS)
