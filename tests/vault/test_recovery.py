"""Recovery codes: format, forgiving input, and typos caught before any key derivation."""

from __future__ import annotations

import re

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.vault import recovery
from miji_desk.vault.recovery import last_group, new_recovery_code, normalize_recovery_code

CODE_RE = re.compile(r"([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}")


def test_alphabet_is_crockford() -> None:
    assert len(recovery.ALPHABET) == 32
    assert not set("ILOU") & set(recovery.ALPHABET)


def test_new_code_shape_and_check() -> None:
    codes = {new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert CODE_RE.fullmatch(code)
        assert normalize_recovery_code(code) == code


def test_forgiving_spellings_normalize_to_the_same_code() -> None:
    code = new_recovery_code()
    bare = code.replace("-", "")
    assert normalize_recovery_code(bare.lower()) == code
    assert normalize_recovery_code(" ".join(code.split("-"))) == code
    assert normalize_recovery_code("--" + bare[:3] + "-" + bare[3:] + "--") == code
    assert normalize_recovery_code(code.replace("-", "—")) == code
    # Full-width characters from a Chinese input method.
    full = "".join(chr(ord(c) + 0xFEE0) if c != "-" else "－" for c in code)
    assert normalize_recovery_code(full) == code


def test_misread_letters_are_mended() -> None:
    code = new_recovery_code()
    typed = code.replace("1", "l").replace("0", "O")
    assert normalize_recovery_code(typed) == code
    assert normalize_recovery_code(code.replace("1", "I")) == code


def test_typo_is_caught_by_the_check() -> None:
    code = new_recovery_code()
    i = 7  # inside the second group
    wrong = recovery.ALPHABET[(recovery.ALPHABET.index(code[i]) + 1) % 32]
    typo = code[:i] + wrong + code[i + 1 :]
    with pytest.raises(RuleViolation, match=r"^恢复码有误：校验不符"):
        normalize_recovery_code(typo)


def test_swapped_neighbours_are_caught() -> None:
    code = new_recovery_code().replace("-", "")
    i = next(k for k in range(len(code) - 1) if code[k] != code[k + 1])
    swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    with pytest.raises(RuleViolation, match=r"^恢复码有误"):
        normalize_recovery_code(swapped)


@pytest.mark.parametrize("cut", [1, 5, 29])
def test_wrong_length_is_refused(cut: int) -> None:
    bare = new_recovery_code().replace("-", "")
    with pytest.raises(RuleViolation, match=rf"^恢复码有误：应为 30 个字符.*现为 {30 - cut} 个"):
        normalize_recovery_code(bare[:-cut])
    with pytest.raises(RuleViolation, match=r"^恢复码有误：应为 30 个字符"):
        normalize_recovery_code(bare + "0" * cut)


@pytest.mark.parametrize("text", ["", "   ", "-----"])
def test_empty_is_refused(text: str) -> None:
    with pytest.raises(RuleViolation, match=r"^恢复码有误"):
        normalize_recovery_code(text)


@pytest.mark.parametrize("bad", ["U", "*", "中"])
def test_foreign_character_is_named(bad: str) -> None:
    code = new_recovery_code()
    with pytest.raises(RuleViolation, match=re.escape(f"无效字符“{bad}”")) as info:
        normalize_recovery_code(code[:4] + bad + code[5:])
    assert info.value.field == "recovery_code"


def test_last_group() -> None:
    code = new_recovery_code()
    assert last_group(code) == code[-5:]
    assert last_group(code.lower().replace("-", "")) == code[-5:]
