"""Passphrases (口令): not guessable, and changed (篇十一 (二)2; 篇三 十六)."""

from __future__ import annotations

import datetime as dt

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.passphrase_policy import PassphrasePolicy, change_due, is_common
from miji_desk.core.unit_rules import PASSPHRASE_MAX_AGE, rule_value
from miji_desk.resources import resource_path
from miji_desk.vault.secrets import change_passphrase, passphrase_set_at
from miji_desk.vault.vault import Vault, key_path
from tests.factories import NOW, PASSPHRASE, file_digest

from .support import refused

COMMON = ["Password123", "Qwerty12345", "Admin@123456", "P@ssw0rd!2026", "1qaz@WSX3edc",
          "Zxcvbnm,./12", "2026Welcome!", "Woaini1314!!", "Aaaaaaaaaa1!", "Ab1234567890!"]


@pytest.mark.parametrize("passphrase", COMMON)
def test_rule_passphrase_common_refused(passphrase: str) -> None:
    """篇十一 (二)2: common words and keyboard patterns, dressed up with capitals, leet, digits
    and symbols, are refused although they meet the length and class rules."""
    found = [r.code for r in PassphrasePolicy().refusals(passphrase)]
    assert found == ["passphrase.common"]


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "Tiger#River-2026", "k8$Lm2!9Qp",
                                        "晨光-Harbor-7-信鸽"])
def test_rule_passphrase_uncommon_accepted(passphrase: str) -> None:
    """篇十一 (二)2: a passphrase not built on a listed pattern passes."""
    assert not is_common(passphrase) and PassphrasePolicy().problems(passphrase) == []


def test_rule_passphrase_list_is_shipped_and_compact() -> None:
    """The list ships with the program (no network): keyboard walks, runs, repeats, words."""
    words = resource_path("passphrases", "common.txt").read_text(encoding="utf-8").split()
    assert 1000 < len(words) < 20000
    assert {"password", "qwerty", "admin", "1qaz2wsx", "aaaaaa", "123456789"} <= set(words)


def test_rule_passphrase_change_refuses_common(vault: Vault, store) -> None:
    """篇十一 (二)2: changing the passphrase to a common one is refused; the key file and the
    ledger are untouched and the old passphrase still opens the vault."""
    keys = file_digest(key_path(vault.path))
    with refused(vault, "passphrase.common"):
        change_passphrase(vault, PASSPHRASE, "Admin@123456", store=store)
    assert file_digest(key_path(vault.path)) == keys


def test_rule_passphrase_change_reminder_dates_from_the_vault(vault: Vault, store,
                                                             clock: FixedClock) -> None:
    """篇十一 (二)2: the passphrase's age comes from the vault (its creation, then each change)
    and the reminder is due after the unit rule's period (default 90 days)."""
    assert rule_value(vault, PASSPHRASE_MAX_AGE) == 90
    assert passphrase_set_at(vault) == NOW
    assert change_due(NOW.date(), NOW.date() + dt.timedelta(days=89), 90) is None
    assert change_due(NOW.date(), NOW.date() + dt.timedelta(days=91), 90) == 1
    later = NOW + dt.timedelta(days=100)
    clock.set(later)
    change_passphrase(vault, PASSPHRASE, "Tiger#River-2026", store=store)
    assert passphrase_set_at(vault) == later
    assert change_due(later.date(), later.date() + dt.timedelta(days=1), 90) is None
