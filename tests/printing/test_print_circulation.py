"""The circulation slip, the 传阅/借阅 registers and a person's holdings, from a real vault:
checked by text extraction, fonts and rendered images."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.clock import FixedClock
from miji_desk.core.custody import COMPLETE, ReturnCheck
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.loans import LoanForm, lend, return_loan
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.registration import register_incoming
from miji_desk.printing import REGISTERS, jobs
from miji_desk.printing.circulation import (
    circulation_register_pdf,
    holdings_pdf,
    loans_register_pdf,
    slip_pdf,
)
from miji_desk.printing.table import MARGIN_X, PAGE, column_widths
from tests.core.custody_support import make_staff
from tests.factories import CLERK, NOW, UNIT, incoming, new_vault

from .helpers import assert_cjk_embedded, char_boxes, pdf_text, render_pages

SCOPE = "办公室主任、院领导、综合处全体"
PRINTED = NOW + dt.timedelta(hours=10)  # 19:30, after the working day


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def vault(tmp_path, clock):
    v, _code = new_vault(tmp_path / "ledger.mjdb", clock=clock)
    yield v
    v.close()


@pytest.fixture
def story(vault, clock):
    """Two documents, a slip half read, a returned loan, an open (overdue at 19:30) loan."""
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(scope=SCOPE))
    other = register_incoming(vault, incoming(title="关于开展年度保密检查的通知", copy_numbers="1",
                                              doc_no="省保发〔2026〕3号", scope=SCOPE))
    slip = open_circulation(vault, CirculationForm(
        [doc.barcodes[0], other.barcodes[0]], [staff.director.badge, staff.dean.badge],
        instruction="请张主任、李副院长阅"))
    hand_out(vault, doc.barcodes[0])
    clock.advance(minutes=30)
    take_back(vault, doc.barcodes[0])
    hand_out(vault, other.barcodes[0], staff.dean.badge)
    lend(vault, LoanForm(staff.dean.badge, [doc.barcodes[1]], "起草报告", "刘院长",
                         NOW.date(), "借审〔2026〕7号"))
    clock.advance(hours=1)
    return_loan(vault, doc.barcodes[1], ReturnCheck(pages_counted=11))
    lend(vault, LoanForm(staff.director.badge, [doc.barcodes[2]], "核对数据", "刘院长",
                         NOW.date(), "借审〔2026〕8号"))
    return staff, doc, other, slip


def test_the_slip_has_documents_readers_columns_and_the_rule(tmp_path: Path, vault, story) -> None:
    _staff, doc, _other, slip = story
    pdf = tmp_path / "slip.pdf"
    job = slip_pdf(vault, slip.id, pdf, printed_at=PRINTED)
    assert job.pages == 1 and job.title == f"传阅单 {slip.number}" and job.rows == 4
    text = flat(pdf_text(pdf)[0])
    for part in ("传阅单", f"传阅单号：{slip.number}", "机密★10年", UNIT, doc.number + "-003",
                 "关于加强涉密载体管理工作的通知", "国保发〔2026〕12号", "省保发〔2026〕3号",
                 "请张主任、李副院长阅", flat(SCOPE), "送出时间", "应退时间", "退回时间",
                 "阅件人签字", "机要员签收", "「阅后退回机要员，不得横向传阅」",
                 f"机要员：{CLERK}", "打印时间：2026-11-2719:30", "第1页/共1页", "审计校验码"):
        assert flat(part) in text, part
    # Readers in the slip's order, each with each carrier; what happened is filled in.
    assert text.index("张建华") < text.index("李国强")
    assert "11-2709:30" in text and "11-2710:00" in text  # handed out, returned
    assert_cjk_embedded(pdf)
    [image] = render_pages(pdf, dpi=60)
    assert image.size[1] > image.size[0]  # A4 portrait
    assert image.getextrema()[0] < 64  # ink on the page


def test_a_long_slip_flows_onto_more_pages(tmp_path: Path, vault) -> None:
    doc = register_incoming(vault, incoming(scope="全体人员", copy_numbers="1"))
    readers = [add_person(vault, PersonForm(f"读者{i:02d}", Grade.CORE, "综合处", "科员"))
               for i in range(40)]
    slip = open_circulation(vault, CirculationForm(doc.barcodes, [p.badge for p in readers]))
    pdf = tmp_path / "slip.pdf"
    job = slip_pdf(vault, slip.id, pdf)
    pages = [flat(t) for t in pdf_text(pdf)]
    assert job.pages == len(pages) >= 2
    for i, page in enumerate(pages, 1):
        assert f"第{i}页/共{len(pages)}页" in page and slip.number in page
    everything = "".join(pages)
    assert [everything.index(f"读者{i:02d}") for i in range(40)] == sorted(
        everything.index(f"读者{i:02d}") for i in range(40))
    # No text leaves the page.
    for i in range(job.pages):
        for ch, left, _b, right, _t in char_boxes(pdf, i):
            assert left >= 14 * 72 / 25.4 and right <= (210 - 14) * 72 / 25.4, ch
    # Every page is marked at the top and at the foot (the foot had none).
    for i in range(job.pages):
        boxes = sorted(char_boxes(pdf, i), key=lambda b: b[1])
        foot = "".join(ch for ch, _l, bottom, _r, _t in boxes if bottom < 12 * 72 / 25.4)
        top = "".join(ch for ch, _l, bottom, _r, _t in boxes if bottom > (297 - 21) * 72 / 25.4)
        assert "机密" in foot and top.startswith("机密"), (i, top, foot)
    assert job.marking == "机密"


def test_the_slip_prints_long_identifying_values_whole(tmp_path: Path, vault) -> None:
    sender = "某某省某某市人民政府办公厅机要交通局机要文件交换站"
    doc_no = "某某省委保密委员会办公室保密发〔2026〕第1234号"
    title = "关于进一步加强和改进新形势下涉密载体全生命周期管理工作的若干意见及其配套实施细则"
    scope = "办公室主任、分管保密工作的副院长、保密办全体工作人员、机要室机要员、综合处全体人员" * 2
    doc = register_incoming(vault, incoming(scope=scope, copy_numbers="1", sender=sender,
                                            doc_no=doc_no, title=title))
    reader = add_person(vault, PersonForm("读者甲", Grade.CORE, "综合处", "科员"))
    slip = open_circulation(vault, CirculationForm(doc.barcodes, [reader.badge],
                                                   instruction="请阅" * 60))
    pdf = tmp_path / "slip.pdf"
    slip_pdf(vault, slip.id, pdf)
    text = flat("".join(pdf_text(pdf)))
    for value in (sender, doc_no, title, scope, "请阅" * 60):
        assert flat(value) in text, value
    assert "…" not in text


def test_circulation_register_lines_and_overdue_marks(tmp_path: Path, vault, story) -> None:
    _staff, doc, other, slip = story
    pdf = tmp_path / "circulation.pdf"
    result = circulation_register_pdf(vault, pdf, marking="绝密", printed_at=PRINTED)
    assert result.rows == 2 and result.pages == 1
    text = flat(pdf_text(pdf)[0])
    for part in ("传阅登记簿", UNIT, "绝密", "筛选条件：全部", slip.number,
                 doc.number + "-003", other.number, "张建华（办公室）", "阅件人签字",
                 "机要员签收", "完整", "未还（逾期）", "第1页/共1页"):
        assert flat(part) in text, part
    assert_cjk_embedded(pdf)
    since = circulation_register_pdf(vault, tmp_path / "none.pdf", marking="",
                                     since=NOW.date() + dt.timedelta(days=1))
    assert since.rows == 0
    assert "传阅单日期：2026-11-28以后" in flat(pdf_text(tmp_path / "none.pdf")[0])


def test_loan_register_lines(tmp_path: Path, vault, story) -> None:
    pdf = tmp_path / "loans.pdf"
    result = loans_register_pdf(vault, pdf, marking="绝密", printed_at=PRINTED)
    assert result.rows == 2
    text = flat(pdf_text(pdf)[0])
    for part in ("借阅登记簿", "2026-借-0001", "2026-借-0002", "李国强（院领导）", "起草报告",
                 "机要室", "刘院长", "借审〔2026〕7号", "不全", "未还（逾期）", "借阅人签字",
                 "注销"):
        assert flat(part) in text, part
    assert_cjk_embedded(pdf)


def test_holdings_list_of_one_person(tmp_path: Path, vault, story) -> None:
    staff, doc, other, _slip = story
    pdf = tmp_path / "holdings.pdf"
    result = holdings_pdf(vault, staff.director.id, pdf, marking="机密", printed_at=PRINTED)
    assert result.rows == 1
    text = flat(pdf_text(pdf)[0])
    for part in ("涉密载体持有清单（张建华）", staff.director.badge, "共1件，逾期1件",
                 doc.number + "-005", "借阅", "2026-借-0002", "交回签收", "（逾期）"):
        assert flat(part) in text, part
    assert other.number not in text  # with the dean
    dean = holdings_pdf(vault, staff.dean.id, tmp_path / "dean.pdf", marking="")
    assert dean.rows == 1 and "传阅" in flat(pdf_text(tmp_path / "dean.pdf")[0])
    nobody = holdings_pdf(vault, staff.clerk2.id, tmp_path / "none.pdf", marking="")
    assert nobody.rows == 0 and "没有符合筛选条件的记录" in flat(pdf_text(tmp_path / "none.pdf")[0])


def test_the_generic_register_path_prints_them(tmp_path: Path, vault, story) -> None:
    assert {"circulation", "loans"} <= set(jobs.printable_registers())
    job = jobs.register_pdf(vault, "loans", LedgerFilter(), tmp_path / "l.pdf", marking="")
    assert job.rows == 2 and job.title == "借阅登记簿"
    job = jobs.register_pdf(vault, "circulation", LedgerFilter(levels=frozenset({"top_secret"})),
                            tmp_path / "c.pdf", marking="")
    assert job.rows == 0


@pytest.mark.parametrize("key", ["circulation", "loans", "holdings"])
def test_columns_fit_a4_landscape(key: str) -> None:
    widths = column_widths(REGISTERS[key].layout(), PAGE[0] - 2 * MARGIN_X)
    assert all(w > 8 for w in widths)


def test_returned_slip_after_all_readers(tmp_path: Path, vault, clock) -> None:
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(scope=SCOPE, copy_numbers="1"))
    slip = open_circulation(vault, CirculationForm(doc.barcodes, [staff.director.badge]))
    hand_out(vault, doc.barcodes[0])
    clock.advance(minutes=5)
    take_back(vault, doc.barcodes[0], COMPLETE)
    pdf = tmp_path / "slip.pdf"
    slip_pdf(vault, slip.id, pdf)
    assert "结束时间：2026-11-2709:35" in flat(pdf_text(pdf)[0])
