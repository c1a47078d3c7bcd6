"""Recovery codes: printed once at setup, kept in the safe, typed back by hand years later.

A code is 26 Crockford base32 characters (130 random bits) plus 4 check characters taken from
SHA-256 of those 26, shown as 6 groups of 5: ``XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX``. Crockford's
alphabet has no I, L, O or U, so the usual misreadings (I/L for 1, O for 0) can be mended, and the
check catches a remaining typo at once, before any slow key derivation runs.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata

from ..core.errors import RuleViolation

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PAYLOAD_CHARS = 26  # 26 × 5 bits = 130 bits
CHECK_CHARS = 4  # 20 bits: a typo slips through once in about a million
CODE_CHARS = PAYLOAD_CHARS + CHECK_CHARS
GROUP = 5

_MISREAD = {"I": "1", "L": "1", "O": "0"}
# Separators people type or that word processors substitute for "-".
_SEPARATORS = set(" -_.\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u3000\t")


def _check(payload: str) -> str:
    digest = int.from_bytes(hashlib.sha256(payload.encode("ascii")).digest()[:4], "big")
    bits = digest >> (32 - 5 * CHECK_CHARS)
    return "".join(
        ALPHABET[(bits >> (5 * (CHECK_CHARS - 1 - i))) & 31] for i in range(CHECK_CHARS)
    )


def _grouped(chars: str) -> str:
    return "-".join(chars[i : i + GROUP] for i in range(0, len(chars), GROUP))


def new_recovery_code() -> str:
    """A fresh random code in its canonical grouped form."""
    payload = "".join(secrets.choice(ALPHABET) for _ in range(PAYLOAD_CHARS))
    return _grouped(payload + _check(payload))


def normalize_recovery_code(text: str) -> str:
    """Return the canonical grouped form of a typed code, or refuse it with a clear message.

    Accepts lower case, full-width characters (Chinese input methods), spaces and any dashes.
    The canonical form is what the key derivation uses, so every accepted spelling opens the vault.
    """
    folded = unicodedata.normalize("NFKC", text or "").upper()
    chars: list[str] = []
    for ch in folded:
        if ch in _SEPARATORS or ch.isspace():
            continue
        ch = _MISREAD.get(ch, ch)
        if ch not in ALPHABET:
            raise RuleViolation("recovery_code.character", {"ch": ch}, "recovery_code")
        chars.append(ch)
    if len(chars) != CODE_CHARS:
        raise RuleViolation(
            "recovery_code.length",
            {"CODE_CHARS": CODE_CHARS, "count": len(chars)},
            "recovery_code",
        )
    code = "".join(chars)
    if _check(code[:PAYLOAD_CHARS]) != code[PAYLOAD_CHARS:]:
        raise RuleViolation("recovery_code.checksum", None, "recovery_code")
    return _grouped(code)


def last_group(code: str) -> str:
    """The last 5 characters, which the setup wizard asks the clerk to type back."""
    return normalize_recovery_code(code)[-GROUP:]
