"""A character the shipped fonts cannot print is refused at input, naming it, and nothing is
written: otherwise it would vanish from every register, label and manifest (issue 14)."""

from __future__ import annotations

import pytest

from miji_desk.core.corrections import correct
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.errors import RuleViolation
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.refusals import render
from miji_desk.core.registration import register_incoming
from miji_desk.core.text import clean, printable
from tests.factories import NOW, incoming

from .disposition_support import APPROVED, refused, snapshot

EXT_G_MISSING = "\U00030041"  # 𰁁, CJK Extension G: BabelStone Han has no glyph for it
PRIVATE_USE = "\ue000"
UNASSIGNED = "\U0002EBF0"  # Extension I (Unicode 15.1): no font has it, Python 3.11 knows it not


@pytest.mark.parametrize("ch", [EXT_G_MISSING, PRIVATE_USE, UNASSIGNED, "\U00031350"])
def test_registration_refuses_a_character_no_font_has_naming_it(vault, ch) -> None:
    with refused(vault, "无法打印", "sender") as info:
        register_incoming(vault, incoming(sender=f"{ch}办公厅"))
    err = info.value
    assert err.code == "text.unprintable"
    assert f"“{ch}”" in err.message and f"U+{ord(ch):04X}" in err.message
    assert "来文机关" in err.message


def test_the_issues_examples_are_registered_and_stored_whole(vault) -> None:
    """国科发〔2026〕①号 from 𪚥𡃁办公厅, 鿏, № and ℃, Extension B and G: all printable now."""
    form = incoming(doc_no="国科发〔2026〕①号", sender="𪚥𡃁办公厅",
                    title="关于鿏元素№3实验室℃记录的通知（第Ⅱ卷）\U00020001\U00030000")
    reg = register_incoming(vault, form)
    view = vault.carrier(reg.carrier_ids[0])
    assert (view.doc_no, view.sender, view.title) == (form.doc_no, form.sender, form.title)


def test_a_correction_cannot_bring_an_unprintable_character_in(vault) -> None:
    reg = register_incoming(vault, incoming())
    with refused(vault, "U\\+30041", "title"):
        correct(vault, reg.carrier_ids[0], "title", f"关于{EXT_G_MISSING}的通知", "更正笔误")


def test_a_person_with_an_unprintable_name_is_refused(vault) -> None:
    with refused(vault, "无法打印", "name"):
        add_person(vault, PersonForm(f"张{PRIVATE_USE}", Grade.CORE))


def test_a_supervisor_with_an_unprintable_name_is_refused_at_completion(vault) -> None:
    reg = register_incoming(vault, incoming(copy_numbers="1"))
    m = create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED,
                                            reg.carrier_ids))
    before = snapshot(vault)
    with pytest.raises(RuleViolation) as info:
        complete_manifest(vault, m.id, CompletionForm(
            "刘院长", "销审〔2026〕4号", APPROVED, ["张建华", f"李{EXT_G_MISSING}强"]))
    assert info.value.code == "text.unprintable" and "监销人" in info.value.message
    assert snapshot(vault) == before


def test_control_characters_keep_their_own_message() -> None:
    with pytest.raises(RuleViolation) as info:
        clean("a\u202eb", label="名称", field="title")
    assert info.value.code == "text.control_character"


def test_layout_and_the_marking_star_are_printable() -> None:
    assert clean("第一行\n\t第二行 ★", label="备注", field="notes", multiline=True)
    assert all(printable(ch) for ch in "★ 　，。、（）〔〕①⑳№℃ⅠⅫ㎜ＡＢ１２")
    assert render("text.unprintable", {"label": "来文机关", "char": "X", "codepoint": 0x30041}) \
        == "来文机关中的字符“X”（U+30041）无法打印，请改用常用字或加以说明。"
