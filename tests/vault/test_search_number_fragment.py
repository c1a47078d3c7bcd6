"""A partial 编号 finds its carriers (issue 12): 0002-017 and 收-0002, not only the whole number."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.registration import register_incoming
from miji_desk.vault.queries import number_fragment
from tests.factories import NOW, incoming, machine, new_vault


@pytest.fixture
def vault(tmp_path: Path):
    v, _ = new_vault(tmp_path / "ledger.mjdb", machine(), FixedClock(NOW))
    register_incoming(v, incoming(title="第一份通知", copy_numbers="1-3"))  # 2026-收-0001-001…
    register_incoming(v, incoming(title="第二份通知", copy_numbers="16-17"))  # 2026-收-0002-016…
    yield v
    v.close()


def numbers(vault, text: str) -> list[str]:
    return sorted(c.number for c in vault.ledger.page(LedgerFilter(text=text), limit=50))


def test_partial_numbers_find_their_carriers(vault) -> None:
    all_numbers = numbers(vault, "")
    assert len(all_numbers) == 5
    wanted = [n for n in all_numbers if "0002-017" in n]
    assert len(wanted) == 1
    assert numbers(vault, "0002-017") == wanted
    assert vault.ledger.count(LedgerFilter(text="0002-017")) == 1
    assert numbers(vault, "收-0002") == [n for n in all_numbers if "收-0002" in n]
    assert len(numbers(vault, "收-0002")) == 2
    assert numbers(vault, "-001") == [n for n in all_numbers if "-001" in n]
    assert numbers(vault, "0009-001") == []


def test_only_number_shaped_text_takes_the_number_path() -> None:
    assert number_fragment("0002-017") and number_fragment("收-0002") and number_fragment("-001")
    for text in ("通知", "0002", "院保〔2026〕5号", "-", "a-b", "50%-1", "收_-1"):
        assert not number_fragment(text), text
