"""Input edges of the two lookups every clerk uses: search and barcode (issue 10)."""

from __future__ import annotations

import time

import pytest

from miji_desk.core.errors import RuleViolation
from miji_desk.core.ledger_query import MAX_SEARCH_CHARS, LedgerFilter
from miji_desk.core.registration import register_incoming
from tests.factories import file_digest, incoming


@pytest.fixture
def filled(vault):
    register_incoming(vault, incoming(title="关于加强涉密载体管理工作的通知"))
    return vault


@pytest.mark.parametrize("text", ["\ud800", "通知\ud800", "\udfff管理", "a\ud83d"])
def test_a_lone_surrogate_in_search_is_a_clear_refusal(filled, vault_path, text):
    digest = file_digest(vault_path)
    with pytest.raises(RuleViolation, match=r"检索内容含有无效字符（U\+D"):
        filled.ledger.search(text)
    with pytest.raises(RuleViolation):
        filled.ledger.count(LedgerFilter(text=text))
    assert file_digest(vault_path) == digest
    assert len(filled.ledger.search("通知")) == 3  # the ledger still answers


@pytest.mark.parametrize("code", ["\ud800", "MJ\ud8000001", "\udfff" * 12])
def test_a_lone_surrogate_in_a_barcode_lookup_finds_nothing(filled, code):
    assert filled.ledger.by_barcode(code) is None
    real = filled.ledger.page(limit=1)[0].barcode
    assert filled.ledger.by_barcode(real) is not None


def test_a_million_character_query_is_refused_at_once(filled):
    started = time.monotonic()
    with pytest.raises(RuleViolation, match=f"最多 {MAX_SEARCH_CHARS} 个字"):
        filled.ledger.search("密" * 1_000_000)
    with pytest.raises(RuleViolation):
        filled.ledger.by_barcode("M" * 1_000_000) or filled.ledger.search("M" * 1_000_000)
    assert time.monotonic() - started < 2


def test_the_longest_allowed_query_is_answered_quickly(filled):
    title = filled.ledger.page(limit=1)[0].title
    longest = (title * (MAX_SEARCH_CHARS // len(title) + 1))[:MAX_SEARCH_CHARS]
    started = time.monotonic()
    assert filled.ledger.search(longest) == []
    assert filled.ledger.count(LedgerFilter(text=longest)) == 0
    assert time.monotonic() - started < 2
