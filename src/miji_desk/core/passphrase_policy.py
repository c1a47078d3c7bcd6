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
        return [r.message for r in self.refusals(passphrase, clerk_name)]

    def refusals(self, passphrase: str, clerk_name: str = "") -> list[RuleViolation]:
        """Every reason ``passphrase`` is refused, as refusals the screen can translate."""
        text = unicodedata.normalize("NFC", passphrase)
        if not text:
            return [RuleViolation("passphrase.required", None, "passphrase")]
        found: list[RuleViolation] = []
        if len(text) < self.min_length:
            found.append(RuleViolation("passphrase.too_short",
                                       {"min": self.min_length, "count": len(text)}, "passphrase"))
        if len(text) > MAX_LENGTH:
            found.append(RuleViolation("passphrase.too_long",
                                       {"max": MAX_LENGTH, "count": len(text)}, "passphrase"))
        classes = len(_classes(text))
        if classes < self.min_classes:
            found.append(RuleViolation("passphrase.classes",
                                       {"min": self.min_classes, "count": classes}, "passphrase"))
        if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn") for ch in text):
            found.append(RuleViolation("passphrase.control_character", None, "passphrase"))
        if self.forbid_name and clerk_name:
            folded = "".join(text.casefold().split())
            if any(part in folded for part in _name_parts(clerk_name)):
                found.append(RuleViolation("passphrase.contains_name", None, "passphrase"))
        return found

    def check(self, passphrase: str, clerk_name: str = "") -> None:
        """Refuse ``passphrase`` with its first problem."""
        found = self.refusals(passphrase, clerk_name)
        if found:
            raise found[0]
