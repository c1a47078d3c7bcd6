"""Passphrase rules (篇三 十六; 篇十一 (二)2: passwords not guessable).

The default follows the BMB figure for password-only machines at 机密 level: at least 10
characters from at least 3 of 4 classes, and not containing the clerk's own name. ``problems``
lists every shortfall at once, so the setup wizard can show live feedback while the clerk types.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .errors import RuleViolation

MAX_LENGTH = 256  # beyond this it is a pasted document, not a passphrase
_MIN_NAME_PART = 3  # a Latin name part shorter than this ("Li") would forbid too much


def _classes(text: str) -> set[str]:
    found: set[str] = set()
    for ch in text:
        if ch.isdigit():
            found.add("digit")
        elif ch.islower():
            found.add("lower")
        elif ch.isupper():
            found.add("upper")
        else:  # symbols, spaces, and CJK characters (which have no case)
            found.add("other")
    return found


def _name_parts(clerk_name: str) -> list[str]:
    name = unicodedata.normalize("NFC", clerk_name).casefold()
    parts = name.split()
    joined = "".join(parts)
    found = [joined] if len(joined) >= 2 else []
    if len(parts) > 1:
        found += [p for p in parts if len(p) >= _MIN_NAME_PART]
    return found


@dataclass(frozen=True)
class PassphrasePolicy:
    min_length: int = 10
    min_classes: int = 3
    forbid_name: bool = True

    def __post_init__(self) -> None:
        if not 1 <= self.min_classes <= 4:
            raise ValueError("min_classes must be 1..4")
        if not 1 <= self.min_length <= MAX_LENGTH:
            raise ValueError(f"min_length must be 1..{MAX_LENGTH}")

    def problems(self, passphrase: str, clerk_name: str = "") -> list[str]:
        """Every reason ``passphrase`` is refused, in Chinese; empty if it is acceptable."""
        text = unicodedata.normalize("NFC", passphrase)
        if not text:
            return ["请输入口令。"]
        found: list[str] = []
        if len(text) < self.min_length:
            found.append(f"口令太短：至少 {self.min_length} 个字符，现有 {len(text)} 个。")
        if len(text) > MAX_LENGTH:
            found.append(f"口令过长：最多 {MAX_LENGTH} 个字符，现有 {len(text)} 个。")
        classes = len(_classes(text))
        if classes < self.min_classes:
            found.append(
                f"口令须包含小写字母、大写字母、数字、其他字符（符号、汉字等）四类中的"
                f"至少 {self.min_classes} 类，现只有 {classes} 类。"
            )
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
            found.append("口令含有不可见的控制字符，请重新输入。")
        if self.forbid_name and clerk_name:
            folded = "".join(text.casefold().split())
            if any(part in folded for part in _name_parts(clerk_name)):
                found.append("口令不能包含您的姓名。")
        return found

    def check(self, passphrase: str, clerk_name: str = "") -> None:
        """Refuse ``passphrase`` with its first problem."""
        found = self.problems(passphrase, clerk_name)
        if found:
            raise RuleViolation(found[0], "passphrase")
