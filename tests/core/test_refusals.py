"""Every refusal has a stable code in the one catalogue, and its Chinese text stays the default."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from miji_desk.core import carriers, destruction, disposition, people, registration
from miji_desk.core.corrections import CARRIER_FIELDS, DOCUMENT_FIELDS
from miji_desk.core.errors import RuleViolation
from miji_desk.core.levels import BUILTIN_LEVELS, COMMON_UNIT_LEVELS
from miji_desk.core.refusals import REFUSALS, WORDS

SRC = Path(__file__).resolve().parents[2] / "src" / "miji_desk"


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def raises_in_src() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "errors.py" and path.parent.name == "core":
            continue  # RuleViolation itself (for_field passes its own code on)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "RuleViolation"):
                found.append((f"{path.relative_to(SRC)}:{node.lineno}", node))
    return found


def codes_of(node: ast.expr) -> list[object]:
    if isinstance(node, ast.IfExp):  # "a" if x else "b"
        return codes_of(node.body) + codes_of(node.orelse)
    return [node.value if isinstance(node, ast.Constant) else ast.unparse(node)]


def test_the_scan_sees_the_refusals() -> None:
    assert len(raises_in_src()) > 200


def test_every_refusal_in_src_names_a_catalogue_code_with_its_parameters() -> None:
    """A refusal added later as plain text (or with a typo in its code) is named here."""
    wrong = []
    for where, call in raises_in_src():
        if not call.args:
            wrong.append(f"{where}: no code")
            continue
        for code in codes_of(call.args[0]):
            if code not in REFUSALS:
                wrong.append(f"{where}: {code!r} is not a code of core/refusals.py")
                continue
            params = call.args[1] if len(call.args) > 1 else None
            expected = placeholders(REFUSALS[str(code)])
            if isinstance(params, ast.Dict):
                given = {k.value for k in params.keys if isinstance(k, ast.Constant)}
                if given != expected:
                    wrong.append(f"{where}: {code} takes {sorted(expected)}, given {sorted(given)}")
            elif (params is None or isinstance(params, ast.Constant)) and expected:
                wrong.append(f"{where}: {code} takes {sorted(expected)}, given none")
            if isinstance(params, ast.Constant) and isinstance(params.value, str):
                wrong.append(f"{where}: the second argument is the parameters, not the field")
    assert wrong == []


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_every_template_renders_with_its_parameters(code: str) -> None:
    names = placeholders(REFUSALS[code])
    message = RuleViolation(code, {name: 7 for name in names}, "f").message
    assert message and not any("{" + name in message for name in names)


def test_codes_are_grouped_by_module_and_stable_in_form() -> None:
    for code in REFUSALS:
        group, _, name = code.partition(".")
        assert group and name and code == code.lower() and " " not in code


def test_the_chinese_text_is_the_default_message() -> None:
    e = RuleViolation("loan.too_many", {"max": 20}, "carriers")
    assert e.message == str(e) == "一次最多借阅 20 件。"
    assert e.field == "carriers"
    assert (e.code, e.params) == ("loan.too_many", {"max": 20})
    listed = RuleViolation("copy_numbers.repeated", {"dupes": [3, 5]})
    assert listed.message == "份号重复：3、5。"


def test_a_refusal_moved_to_another_field_keeps_code_and_text() -> None:
    e = RuleViolation("scan.no_such_carrier", {"code": "X1"}, "barcode").for_field("carriers")
    assert (e.code, e.field, e.message) == ("scan.no_such_carrier", "carriers",
                                            "没有条码为 X1 的载体。")


def test_a_plain_text_refusal_from_an_older_branch_still_shows_its_text() -> None:
    # Written before codes: RuleViolation(message, field). Shown as it is; the scan above names it.
    e = RuleViolation("旧写法的拒绝。", "barcode")
    assert (e.message, e.field, e.params) == ("旧写法的拒绝。", "barcode", {})


def word_arguments() -> set[str]:
    """Literals passed to a parameter that carries a word into a refusal (``label``, ``doing``),
    by keyword or by position, anywhere in core/, vault/ and printing/."""
    trees = [ast.parse(p.read_text(encoding="utf-8"))
             for d in ("core", "vault", "printing") for p in (SRC / d).glob("*.py")]
    positions: dict[str, set[int]] = {}
    for tree in trees:
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef):
                names = [a.arg for a in fn.args.args]
                for i, name in enumerate(names):
                    if name in ("label", "doing"):
                        positions.setdefault(fn.name, set()).add(i - (names[:1] == ["self"]))
    found = set()
    for tree in trees:
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(
                call.func, "id", "")
            args = [a for i, a in enumerate(call.args) if i in positions.get(callee, ())]
            args += [k.value for k in call.keywords if k.arg in ("label", "doing")]
            found |= {a.value for a in args
                      if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_the_scan_finds_the_words_passed_to_refusals() -> None:
    assert {"借阅事由", "借阅", "销毁", "阅读地点", "载体"} <= word_arguments()


def test_the_domain_words_that_refusals_take_are_all_translatable() -> None:
    """Labels, actions, statuses, levels… passed as parameters are in WORDS (else the English
    screen would show them in Chinese)."""
    words = (word_arguments() | set(carriers.STATUS_LABEL.values())
             | set(disposition.LIST_LABEL.values()) | set(destruction.METHOD_LABEL.values())
             | set(people.GRADE_LABEL.values()) | set(people.PERSON_FIELDS.values())
             | set(registration.CHANNELS)
             | {lv.name for lv in BUILTIN_LEVELS + COMMON_UNIT_LEVELS}
             | {spec.label for spec in {**DOCUMENT_FIELDS, **CARRIER_FIELDS}.values()})
    assert words - WORDS == set()
