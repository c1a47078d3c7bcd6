"""The recovery code sheet: everything the clerk needs years later, found by text extraction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from miji_desk.printing.recovery_sheet import render_recovery_sheet
from miji_desk.vault.recovery import new_recovery_code

from .helpers import assert_cjk_embedded, pdf_text, render_pages

WHEN = dt.datetime(2026, 11, 27, 9, 30)


def test_sheet_names_unit_clerk_date_and_the_code_in_groups(tmp_path: Path) -> None:
    code = new_recovery_code()
    pdf = render_recovery_sheet(code, unit_name="某某市某某局办公室", clerk_name="王小明",
                                created=WHEN)
    assert pdf.startswith(b"%PDF")
    [text] = pdf_text(pdf)
    assert "台账恢复码" in text and "某某市某某局办公室" in text and "王小明" in text
    assert "2026-11-27 09:30" in text
    assert f"完整写法：{code}" in text  # canonical grouped form, for checking what was typed
    compact = "".join(text.split())
    for i, group in enumerate(code.split("-"), 1):
        assert f"第{i}组" in compact and group in compact  # each group, large, in its boxes
    for words in ("保密柜", "只在建立台账时显示这一次", "密封", "每一份备份"):
        assert words in text
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    assert_cjk_embedded(path)
    assert len(render_pages(pdf, dpi=30)) == 1


def test_any_spelling_of_the_code_prints_the_same_groups() -> None:
    a = render_recovery_sheet("abcde-fghjk-mnpqr-stvwx-yz012-34567", unit_name="U",
                              clerk_name="C", created=WHEN)
    b = render_recovery_sheet("ABCDEFGHJKMNPQRSTVWXYZ01234567", unit_name="U", clerk_name="C",
                              created=WHEN)
    assert pdf_text(a) == pdf_text(b)
