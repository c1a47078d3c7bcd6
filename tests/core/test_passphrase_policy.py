"""The passphrase policy used by the setup wizard and the passphrase change dialog."""

from __future__ import annotations

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.passphrase_policy import PassphrasePolicy

POLICY = PassphrasePolicy()


def test_defaults() -> None:
    assert (POLICY.min_length, POLICY.min_classes, POLICY.forbid_name) == (10, 3, True)


@pytest.mark.parametrize(
    "passphrase",
    [
        "Correct-horse7",  # upper, lower, digit, other
        "tkvmzqrh12#$",  # lower, digit, other
        "机要室2024年春季pass",  # other (CJK), digit, lower
        "TKVMZQRHWP12!",  # upper, digit, other
    ],
)
def test_acceptable(passphrase: str) -> None:
    assert POLICY.problems(passphrase, "张伟") == []
    POLICY.check(passphrase, "张伟")


def test_too_short() -> None:
    found = POLICY.problems("Ab1!x", "")
    assert found == ["口令太短：至少 10 个字符，现有 5 个。"]


def test_too_few_classes() -> None:
    found = POLICY.problems("tkvmzqrhwpx12", "")
    assert len(found) == 1
    assert "至少 3 类，现只有 2 类" in found[0]


def test_cjk_counts_as_other() -> None:
    assert POLICY.problems("保密保密保密abc12", "") == []


def test_every_problem_is_listed_at_once() -> None:
    found = POLICY.problems("wang", "Wang")
    assert len(found) == 3
    assert found[0].startswith("口令太短")
    assert "类" in found[1]
    assert found[2] == "口令不能包含您的姓名。"


@pytest.mark.parametrize(
    ("passphrase", "name"),
    [
        ("我是张伟Abc123!", "张伟"),
        ("xxZHANGWEI2024!", "Zhang Wei"),
        ("Zhang wei 2024!", "zhangwei"),
        ("2024!Li-Zhangsan", "Li Zhangsan"),
        ("ＡＢＣ张 伟12345!", " 张伟 "),
    ],
)
def test_name_is_forbidden(passphrase: str, name: str) -> None:
    assert "口令不能包含您的姓名。" in POLICY.problems(passphrase, name)


def test_short_latin_name_part_alone_does_not_forbid() -> None:
    # "li" occurs in countless words; only the whole name or parts of 3+ letters count.
    assert POLICY.problems("Reliable-2024x", "Li Na") == []


def test_name_rule_can_be_switched_off() -> None:
    assert PassphrasePolicy(forbid_name=False).problems("张伟张伟Abc123!", "张伟") == []


def test_empty_and_control_characters() -> None:
    assert POLICY.problems("", "") == ["请输入口令。"]
    assert "口令含有不可见的控制字符，请重新输入。" in POLICY.problems("Abcdefg12\x00!", "")
    assert "口令含有不可见的控制字符，请重新输入。" in POLICY.problems("Abcdefg12\u200b!", "")


def test_length_counts_nfc_characters() -> None:
    decomposed = "e\u0301" * 5 + "A1!xx"  # é as e + combining accent: 5 characters, not 10
    assert POLICY.problems(decomposed, "") == []
    assert POLICY.problems("e\u0301" * 4 + "A1!x", "")[0].startswith("口令太短")


def test_check_raises_first_problem() -> None:
    with pytest.raises(RuleViolation, match=r"^口令太短") as info:
        POLICY.check("abc", "")
    assert info.value.field == "passphrase"


def test_configurable() -> None:
    strict = PassphrasePolicy(min_length=16, min_classes=4)
    assert strict.problems("Correct-horse7", "")[0].startswith("口令太短：至少 16 个字符")
    assert PassphrasePolicy(min_length=4, min_classes=1).problems("tkvm", "") == []
    with pytest.raises(ValueError):
        PassphrasePolicy(min_classes=5)
