"""The 清查报告: its marking, its counts and its lines by result, from a real vault."""

from __future__ import annotations

import io
import re

import pytest

from miji_desk.core import inventory as inv
from miji_desk.core.errors import RuleViolation
from miji_desk.core.inventory import Scope, ScopeKind
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.printing.inventory import inventory_report_pdf
from tests.core.custody_support import register
from tests.printing.helpers import pdf_text
from tests.vault_fixtures import clock, store, vault, vault_path

__all__ = ["clock", "store", "vault", "vault_path"]  # the real vault of every test here


def text_of(data: bytes) -> str:
    return re.sub(r"\s+", "", "".join(pdf_text(data)))


def test_the_report_lists_every_result_and_carries_the_highest_level(vault) -> None:
    secret = register(vault, copy_numbers="1-2")
    top = register(vault, level="top_secret", copy_numbers="1", period=SecrecyPeriod.years(30))
    check = inv.start_check(vault, Scope(ScopeKind.ALL))
    inv.scan(vault, check, secret.barcodes[0])
    inv.scan(vault, check, "ZZ-0001")
    inv.close_check(vault, check, "缺失2份，已核查")
    out = io.BytesIO()
    done = inventory_report_pdf(vault, check, out)
    assert (done.marking, done.listed, done.rows) == ("绝密", "绝密", 4)
    text = text_of(out.getvalue())
    assert "涉密载体清查报告" in text and "清查〔2026〕1号" in text
    assert "应在3件：在位1，缺失2" in text and "账外或不符1件" in text
    assert "缺失2份，已核查" in text
    assert "台账中无此条码" in text
    for code in (*secret.barcodes, *top.barcodes, "ZZ-0001"):
        assert code in text
    assert text.count("绝密") >= 2  # top and foot of the page


def test_a_marking_below_the_listed_level_is_refused(vault) -> None:
    register(vault, copy_numbers="1")  # 机密
    check = inv.start_check(vault, Scope(ScopeKind.ALL))
    with pytest.raises(RuleViolation) as info:
        inventory_report_pdf(vault, check, io.BytesIO(), marking="秘密")
    assert info.value.code == "print.marking_below_listed"


def test_a_long_report_runs_onto_numbered_pages(vault) -> None:
    for _ in range(6):
        register(vault, copy_numbers="1-10")
    check = inv.start_check(vault, Scope(ScopeKind.ALL))
    out = io.BytesIO()
    done = inventory_report_pdf(vault, check, out)
    assert done.pages >= 2 and done.rows == 60
    text = text_of(out.getvalue())
    assert f"第{done.pages}页/共{done.pages}页" in text
    assert text.count("2026-收-") >= 60
