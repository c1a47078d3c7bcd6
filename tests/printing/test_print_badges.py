"""Badge labels for people, from a real vault: the codes scan back, names and departments are
text, and people who left get none."""

from __future__ import annotations

import io

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.errors import RuleViolation
from miji_desk.core.people import mark_left
from miji_desk.printing.badges import badges_pdf
from miji_desk.printing.labels import TEMPLATES
from tests.core.custody_support import make_staff
from tests.factories import NOW, new_vault

from .helpers import decode, pdf_text, render_pages


@pytest.fixture
def vault(tmp_path):
    v, _code = new_vault(tmp_path / "ledger.mjdb", clock=FixedClock(NOW))
    yield v
    v.close()


def test_badges_scan_back_with_name_and_department(vault) -> None:
    staff = make_staff(vault)
    people = [staff.director, staff.dean, staff.clerk2]
    out = io.BytesIO()
    template = next(iter(TEMPLATES.values()))
    job = badges_pdf(vault, [p.id for p in people] + [staff.director.id], template, out)
    assert job.labels == 3 and job.pages == 1 and job.carrier_ids == ()
    assert "人员证件" in job.what and "3 名人员" in job.selection_text
    text = pdf_text(out.getvalue())[0].replace(" ", "")
    for p in people:
        assert p.name in text and p.department in text
    codes = sorted(d[0] for d in decode(render_pages(out.getvalue())[0]))
    assert codes == sorted(p.badge for p in people)


def test_no_badge_for_someone_who_left_and_none_for_nobody(vault) -> None:
    staff = make_staff(vault)
    mark_left(vault, staff.temp.id, NOW.date(), "合同到期")
    template = next(iter(TEMPLATES.values()))
    out = io.BytesIO()
    with pytest.raises(RuleViolation, match="赵晓已离岗"):
        badges_pdf(vault, [staff.director.id, staff.temp.id], template, out)
    with pytest.raises(RuleViolation, match="请先选择"):
        badges_pdf(vault, [], template, out)
    assert out.getvalue() == b""
