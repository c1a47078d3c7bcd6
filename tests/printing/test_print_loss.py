"""The 丢失报告 from a real vault: read back as text, checked for its marking at top and foot,
the late warning, the signature lines, and looked at as an image."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import RuleViolation
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.loss import LossForm, loss_concluded, report_loss
from miji_desk.core.registration import register_incoming
from miji_desk.printing.loss import loss_report_pdf
from tests.core.custody_support import make_staff
from tests.factories import CLERK, NOW, UNIT, incoming, new_vault

from .helpers import assert_cjk_embedded, char_boxes, pdf_text, render_pages


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


def loss(code: str, **kw: object) -> LossForm:
    values: dict[str, object] = dict(
        carrier=code, discovered_at=NOW - dt.timedelta(hours=3), discovered_by="王小丽",
        circumstances="借阅人称在会议室遗失，经查找未果", reported_at=NOW - dt.timedelta(hours=1),
        reported_to="院保密委员会", report_ref="保密〔2026〕3号")
    values.update(kw)
    return LossForm(**values)  # type: ignore[arg-type]


def test_the_loss_report_has_the_carrier_times_report_and_signatures(tmp_path: Path, vault
                                                                      ) -> None:
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(scope="办公室主任、院领导、综合处全体"))
    lend(vault, LoanForm(staff.director.badge, [doc.barcodes[0]], "起草报告", "刘院长",
                         NOW.date(), "借审〔2026〕7号"))
    done = report_loss(vault, loss(doc.barcodes[0]))
    pdf = tmp_path / "loss.pdf"
    job = loss_report_pdf(vault, done.incident_id, pdf)
    assert job.pages == 1 and job.carrier_ids == (doc.carrier_ids[0],)
    text = flat(pdf_text(pdf)[0])
    number = vault.carrier(doc.carrier_ids[0]).number
    for part in ("涉密载体丢失报告", UNIT, number, "关于加强涉密载体管理工作的通知",
                 "国保发〔2026〕12号", "机密★10年", "借阅人称在会议室遗失，经查找未果",
                 "发现时间2026-11-2706:30", "发现人王小丽", "上报时间2026-11-2708:30",
                 "上报单位院保密委员会", "上报文号保密〔2026〕3号", "2小时0分钟", "借出",
                 "张建华（办公室）持有", "借阅2026-借-0001按丢失结束", "未结案",
                 "报告人（机要员）（签名）", "保密工作负责人（签名）", "单位负责人（签名）",
                 f"机要员：{CLERK}", "第1页/共1页", "审计校验码"):
        assert flat(part) in text, part
    assert "超过本单位规定" not in text
    # The marking at the top and at the foot of the page.
    boxes = char_boxes(pdf, 0)
    ji = [b for b in boxes if b[0] == "机"]
    tops = [b[4] for b in ji]
    assert max(tops) > 780 and min(b[2] for b in ji) < 60
    assert_cjk_embedded(pdf)
    [image] = render_pages(pdf, dpi=60)
    assert image.size[1] > image.size[0] and image.getextrema()[0] < 64


def test_a_late_report_carries_its_warning_on_paper(tmp_path: Path, vault) -> None:
    doc = register_incoming(vault, incoming())
    done = report_loss(vault, loss(doc.barcodes[0], discovered_at=NOW - dt.timedelta(days=2)))
    pdf = tmp_path / "loss.pdf"
    loss_report_pdf(vault, done.incident_id, pdf)
    text = flat(pdf_text(pdf)[0])
    assert flat("上报晚于发现 1 天 23 小时，超过本单位规定的 24 小时") in text


def test_a_concluded_loss_prints_its_finding_and_long_text_flows_over_pages(
        tmp_path: Path, vault) -> None:
    doc = register_incoming(vault, incoming())
    long = "。".join(f"第{i:03d}句经过说明，查找了各个办公室和会议室" for i in range(60))
    done = report_loss(vault, loss(doc.barcodes[0], circumstances=long[:2000]))
    loss_concluded(vault, done.incident_id, "确认遗失，已对责任人作出处理", "保密〔2026〕9号")
    pdf = tmp_path / "loss.pdf"
    job = loss_report_pdf(vault, done.incident_id, pdf)
    pages = [flat(t) for t in pdf_text(pdf)]
    assert job.pages == len(pages) >= 2
    for i, page in enumerate(pages, 1):
        assert f"第{i}页/共{len(pages)}页" in page and page.count("机密★10年") >= 2
    everything = "".join(pages)
    assert flat(long[:2000])[-20:] in everything  # nothing cut
    assert "已结案：查处结论" in everything and "保密〔2026〕9号" in everything


def test_an_incident_that_is_not_a_loss_is_refused(tmp_path: Path, vault) -> None:
    with pytest.raises(RuleViolation) as info:
        loss_report_pdf(vault, 42, tmp_path / "x.pdf")
    assert info.value.code == "incident.no_such"
    assert not (tmp_path / "x.pdf").exists()


def test_a_loan_closed_as_lost_never_prints_as_returned(tmp_path: Path, vault) -> None:
    from miji_desk.printing.circulation import loans_register_pdf
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(scope="办公室主任、院领导、综合处全体"))
    lend(vault, LoanForm(staff.director.badge, [doc.barcodes[0]], "起草报告", "刘院长",
                         NOW.date(), "借审〔2026〕7号"))
    report_loss(vault, loss(doc.barcodes[0]))
    [view] = vault.custody.loans()
    assert view.lost and view.returned_at is not None
    pdf = tmp_path / "loans.pdf"
    loans_register_pdf(vault, pdf, marking="机密")
    text = flat(pdf_text(pdf)[0])
    assert "18:00丢失2026-11-27审计校验码" in text  # not returned, nothing counted
