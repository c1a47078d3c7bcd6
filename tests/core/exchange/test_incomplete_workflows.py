"""A 待补 carrier (an imported old record) is lent and copied only once completed."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.copying import make_copies
from miji_desk.core.exchange.importing import complete_carrier, run_import
from miji_desk.core.exchange.sheets import find_header, read_sheet
from miji_desk.core.loans import lend
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff, refused
from tests.core.exchange.messy import write_csv
from tests.core.test_copying import form as copy_form
from tests.core.test_loans import SCOPE
from tests.core.test_loans import form as loan_form

HEAD = ["文号", "密级", "标题", "来文机关", "产生机关", "收文日期", "份数", "份号", "页数",
        "知悉范围", "存放位置"]


@pytest.fixture
def todo(vault: Vault, tmp_path: Path) -> tuple[int, str]:
    """An imported carrier without 页数: (id, barcode)."""
    path = write_csv(tmp_path / "old.csv", [HEAD, [
        "旧发〔2019〕1号", "机密★10年", "旧通知", "省委办公厅", "省委办公厅", "2019-3-5", "2",
        "1", "", SCOPE, "1号保密柜"]])
    sheet = read_sheet(path)
    result = run_import(vault, sheet, find_header(sheet.rows))
    (cid,) = [result.carrier_ids[0]]
    return cid, vault.carrier(cid).barcode


def test_lending_asks_for_the_missing_fields_first(vault: Vault, todo) -> None:  # type: ignore[no-untyped-def]
    cid, code = todo
    staff = make_staff(vault)
    with refused(vault, "页数") as e:
        lend(vault, loan_form(staff.director, [code]))
    assert e.value.code == "import.incomplete"
    complete_carrier(vault, cid, {"pages": "8"})
    lent = lend(vault, loan_form(staff.director, [code]))
    assert len(lent.lines) == 1


def test_copying_asks_for_the_missing_fields_first(vault: Vault, todo) -> None:  # type: ignore[no-untyped-def]
    cid, code = todo
    with refused(vault, "页数") as e:
        make_copies(vault, copy_form(code))
    assert e.value.code == "import.incomplete"
    complete_carrier(vault, cid, {"pages": "８"})
    assert len(make_copies(vault, copy_form(code)).carrier_ids) == 2


@pytest.mark.parametrize(("values", "field"), [({"pages": "十二页"}, "pages"),
                                               ({"pages": "0"}, "pages")])
def test_a_bad_value_is_refused_at_the_field_being_completed(vault: Vault, todo, values,  # type: ignore[no-untyped-def]
                                                             field) -> None:
    cid, _code = todo
    with refused(vault, "页数") as e:
        complete_carrier(vault, cid, values)
    assert e.value.field == field
    assert vault.conn.execute("SELECT count(*) FROM import_missing WHERE carrier_id = ? "
                              "AND completed_at IS NULL", (cid,)).fetchone()[0] == 1
