"""From an open vault to documents: the shared glue of the UI and the command line."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from miji_desk.core.carriers import Register, Status
from miji_desk.core.errors import RuleViolation
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.number_range import NumberRange
from miji_desk.core.registration import register_incoming, register_media
from miji_desk.printing import jobs
from miji_desk.printing.label_templates import (
    dump_templates,
    find_template,
    format_positions,
    load_templates,
    parse_offset,
    parse_positions,
    template_from_dict,
    template_to_dict,
)
from miji_desk.printing.labels import TEMPLATES, LabelTemplate
from tests.core.test_registration import medium
from tests.factories import UNIT, incoming, new_vault

from .helpers import decode, pdf_text, render_pages


@pytest.fixture
def vault(tmp_path):
    v, _code = new_vault(tmp_path / "ledger.mjdb")
    yield v
    v.close()


@pytest.fixture
def ledger(vault):
    register_incoming(vault, incoming())  # 3 copies
    register_incoming(vault, incoming(level="top_secret", copy_numbers="1", title="绝密的通知"))
    register_media(vault, medium())
    return vault


def test_register_pdf_uses_the_register_filter_and_reports_the_checkpoint(ledger):
    out = io.BytesIO()
    # The ledger's register choice (media) is replaced by the register printed (incoming).
    f = LedgerFilter(levels=frozenset({"top_secret"}), registers=frozenset({Register.MEDIA}),
                     location_id=ledger.locations()[0][0])
    job = jobs.register_pdf(ledger, "incoming", f, out, marking=" 绝密 ",
                            printed_at=dt.datetime(2026, 12, 1, 8, 0))
    assert (job.title, job.rows, job.pages) == ("收文登记簿", 1, 1)
    assert job.filter_text == f"密级：绝密；位置：{ledger.locations()[0][1]}"
    assert job.checkpoint == ledger.audit_head().checkpoint
    text = pdf_text(out.getvalue())[0]
    assert "绝密的通知" in text and UNIT in text and job.filter_text in text
    assert "打印时间：2026-12-01 08:00" in text and "登记簿：" not in text


def test_registers_offered_are_those_with_rows():
    assert set(jobs.printable_registers()) >= {"incoming", "outgoing", "media", "circulation",
                                               "loans"}
    assert "holdings" not in jobs.printable_registers()  # one person's: printed on its own
    with pytest.raises(RuleViolation):
        jobs.row_source("no-such-register")


def test_labels_by_ids_print_in_numbering_order_once_each(ledger):
    ids = [cv.id for cv in ledger.ledger.iter_views()]
    picked = [ids[2], ids[0], ids[2]]
    out = io.BytesIO()
    job = jobs.labels_pdf(ledger, picked, TEMPLATES["a4-3x8"], out, start=4)
    numbers = {cv.id: cv.number for cv in ledger.ledger.by_ids(picked)}
    assert job.carrier_ids == tuple(sorted({ids[2], ids[0]}, key=numbers.__getitem__))
    assert job.labels == 2 and job.pages == 1
    codes = [r[0] for r in sorted(decode(render_pages(out.getvalue())[0]), key=lambda r: r[1])]
    assert codes == [ledger.ledger.get(i).barcode for i in job.carrier_ids]
    assert job.selection_text == "选中的 2 个载体" and job.what == "标签（a4-3x8）"


def test_labels_by_range_and_the_limits(ledger, monkeypatch):
    job = jobs.labels_pdf(ledger, NumberRange("2026-收-0001", "2026-收-0002"),
                          TEMPLATES["a4-4x10"], io.BytesIO())
    assert job.labels == 4 and job.selection_text == "编号 2026-收-0001 至 2026-收-0002"
    with pytest.raises(RuleViolation, match="范围内没有载体"):
        jobs.select_carriers(ledger, NumberRange("2027-收-0001", "2027-收-0002"))
    with pytest.raises(RuleViolation, match="请先选择"):
        jobs.select_carriers(ledger, [])
    monkeypatch.setattr(jobs, "MAX_LABELS", 3)
    with pytest.raises(RuleViolation, match="一次最多打印 3 张"):
        jobs.select_carriers(ledger, NumberRange("2026-收-0001", "2026-收-0002"))


def test_status_filter_reaches_the_register(ledger):
    f = LedgerFilter(statuses=frozenset({Status.DESTROYED}))
    job = jobs.register_pdf(ledger, "media", f, io.BytesIO(), marking="机密")
    assert job.rows == 0 and job.filter_text == "状态：已销毁"


# -- clerk-defined templates, positions and offsets ---------------------------------------------

def test_custom_templates_round_trip_and_bad_entries_are_skipped():
    mine = LabelTemplate("我的 2×6", 210, 297, 2, 6, 90, 45, margin_left=10, margin_top=10,
                         gap_x=10, gap_y=2)
    assert template_from_dict(template_to_dict(mine)) == mine
    text = dump_templates([mine])
    assert load_templates(text) == [mine]
    damaged = ('[{"name": "坏的", "page_w": "x"}, {"name": "a4-3x8", "page_w": 210, '
               '"page_h": 297, "cols": 1, "rows": 1, "label_w": 70, "label_h": 37}, '
               + text[1:-1] + ', 5]')
    assert load_templates(damaged) == [mine]  # bad, shadowing and non-dict entries left out
    assert load_templates("not json") == [] and load_templates("") == []
    assert find_template("我的 2×6", [mine]) is mine
    assert find_template("A4-3x8") is TEMPLATES["a4-3x8"]  # the settings' spelling
    with pytest.raises(RuleViolation, match="thermal-60x40"):
        find_template("nope", [mine])


def test_positions_and_offsets():
    assert parse_positions("3, 5，7-9") == {3, 5, 7, 8, 9}
    assert parse_positions("") == frozenset()
    assert format_positions({9, 3, 5, 7, 8}) == "3, 5, 7-9"
    for bad in ("x", "0", "5-3", "1;;a"):
        with pytest.raises(RuleViolation):
            parse_positions(bad)
    assert parse_offset("1.5,-2") == (1.5, -2.0) and parse_offset(" 0 ， 0 ") == (0.0, 0.0)
    for bad in ("1", "a,b", "10.5,0"):
        with pytest.raises(RuleViolation):
            parse_offset(bad)
