"""Refusals reach the clerk in the clerk's language, through one catalogue Qt Linguist sees."""

from __future__ import annotations

import re
import string

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from miji_desk.core.errors import EnvironmentProblem, RuleViolation
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.passphrase_policy import PassphrasePolicy
from miji_desk.core.refusals import REFUSALS, WORDS
from miji_desk.ui.shell import i18n
from miji_desk.ui.widgets.refusals import refusal_text, word_text
from miji_desk.vault.errors import Damaged, NotAVault, WrongSecret
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff, register
from tests.factories import NOW, machine, new_vault
from tests.vault_fixtures import clock, store, vault, vault_path  # noqa: F401

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


@pytest.fixture
def english(qapp: QApplication):
    assert i18n.install_translators(qapp, "en") == "en"
    yield
    i18n.uninstall_translators(qapp)


def sample(code: str) -> RuleViolation:
    """The refusal with plain Latin data in every parameter."""
    names = {n for _, n, _, _ in string.Formatter().parse(REFUSALS[code]) if n}
    return RuleViolation(code, {n: 7 for n in names}, "f")


@pytest.mark.parametrize("code", sorted(REFUSALS))
def test_every_refusal_has_an_english_text(english, code: str) -> None:
    e = sample(code)
    if CJK.search(REFUSALS[code]):  # not "{refusals}", which only joins others
        assert QCoreApplication.translate("Refusal", REFUSALS[code]) != REFUSALS[code]
    text = refusal_text(e)
    assert text and not CJK.search(text), text


def test_every_domain_word_has_an_english_word(english) -> None:
    untranslated = [w for w in sorted(WORDS) if CJK.search(word_text(w))]
    assert untranslated == []


def test_the_chinese_screen_shows_the_chinese_message(qapp: QApplication) -> None:
    i18n.install_translators(qapp, "zh_CN")
    try:
        e = RuleViolation("copy_numbers.repeated", {"dupes": [3, 5]}, "copy_numbers")
        assert refusal_text(e) == e.message == "份号重复：3、5。"
    finally:
        i18n.uninstall_translators(qapp)


def test_parameters_that_are_words_are_translated_and_data_is_not(english) -> None:
    e = RuleViolation("carrier.gone", {"carrier": "2026-收-0003《年度报告》", "status": "已销毁",
                                       "doing": "借阅"}, "barcode")
    # The number and title are the clerk's data, as they are; the Chinese title brackets are not.
    assert refusal_text(e) == "2026-收-0003 “年度报告” is destroyed; it cannot be lent."
    many = RuleViolation("copy_numbers.repeated", {"dupes": [3, 5]})
    assert refusal_text(many) == "Copy numbers repeated: 3, 5."


def test_nested_refusals_are_each_translated(english) -> None:
    inner = [RuleViolation("person.no_such"), RuleViolation("approval.date_required")]
    e = RuleViolation("circulation.readers_refused", {"refusals": inner}, "readers")
    assert e.message == "没有这个人员。\n请填写批准日期。"
    assert refusal_text(e) == ("There is no such person.\n"
                               "Please fill in the approval date.")


def test_other_errors_show_their_own_message(english) -> None:
    assert refusal_text(EnvironmentProblem("磁盘已满。")) == "磁盘已满。"
    assert refusal_text(RuleViolation("旧写法的拒绝。", "f")) == "旧写法的拒绝。"


def test_a_real_lending_refusal_reads_in_english(english, vault) -> None:  # noqa: F811
    """The clerk lends a carrier that is already out, and leaves the purpose empty."""
    staff = make_staff(vault)
    doc = register(vault, scope="办公室主任、院领导、综合处全体")

    def form(**kw: object) -> LoanForm:
        values: dict[str, object] = dict(
            borrower=staff.director.badge, carriers=doc.barcodes[:1], purpose="起草报告",
            approver="刘院长", approved_on=NOW.date(), approval_ref="借审1号")
        values.update(kw)
        return LoanForm(**values)  # type: ignore[arg-type]

    with pytest.raises(RuleViolation) as empty:
        lend(vault, form(purpose=""))
    assert refusal_text(empty.value) == "Please fill in Purpose of the loan."
    lend(vault, form())
    with pytest.raises(RuleViolation) as twice:
        lend(vault, form(borrower=staff.dean.badge))
    text = refusal_text(twice.value)
    assert text.endswith("is on loan to 张建华（办公室） and not yet returned.")
    assert "“关于加强涉密载体管理工作的通知”" in text  # the clerk's data, as it was typed


def test_passphrase_feedback_reads_in_english(english) -> None:
    found = PassphrasePolicy().refusals("abc", "")
    texts = [refusal_text(r) for r in found]
    assert texts[0] == "The passphrase is too short: at least 10 characters, now 3."
    assert not any(CJK.search(t) for t in texts)
    assert PassphrasePolicy().problems("abc", "")[0] == "口令太短：至少 10 个字符，现有 3 个。"


def test_a_wrong_passphrase_reads_in_english(english, tmp_path) -> None:
    """The clerk types a wrong passphrase: the vault's standard sentence, in English."""
    path = tmp_path / "ledger.mijidb"
    keys = machine()
    created, _code = new_vault(path, store=keys)
    created.close()
    with pytest.raises(WrongSecret) as wrong:
        Vault.open(path, passphrase="not-the-passphrase-1", store=keys)
    assert refusal_text(wrong.value).startswith("Wrong passphrase; please enter it again.")
    assert wrong.value.message.startswith("口令不正确")  # the Chinese stays the default


def test_not_a_vault_and_damaged_read_in_english(english) -> None:
    assert refusal_text(NotAVault()) == ("The chosen file is not a Miji Desk ledger; check where "
                                         "the file is and choose again.")
    assert refusal_text(Damaged()).startswith("The ledger file is damaged")
    # A sentence built with a path or a cause is shown as it was written.
    assert refusal_text(NotAVault("找不到台账文件：/x")) == "找不到台账文件：/x"


def test_every_fixed_vault_sentence_has_an_english_text(english) -> None:
    from miji_desk.vault import errors
    from scripts.build_translations import vault_sentences  # the list lupdate is given
    untranslated = [s for s in vault_sentences(errors)
                    if CJK.search(QCoreApplication.translate("VaultError", s))]
    assert untranslated == []
