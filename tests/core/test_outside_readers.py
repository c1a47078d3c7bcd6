"""Outside readers (篇十二 六): someone of another unit reads with a 介绍信, in the 档案室 or
机要室 only; never on a 传阅单, never given a badge; the 借阅登记簿 prints unit and letter."""

from __future__ import annotations

import io

import pytest

from miji_desk.core.circulation import CirculationForm, open_circulation
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.people import Grade
from miji_desk.core.personnel import OutsideReaderForm, add_outside_reader, training_behind
from miji_desk.printing.badges import badges_pdf
from miji_desk.printing.circulation import loans_register_pdf
from miji_desk.printing.labels import TEMPLATES
from miji_desk.vault.vault import Vault
from tests.factories import NOW
from tests.printing.helpers import pdf_text, render_pages

from .custody_support import make_staff, register
from .test_personnel import refused

TODAY = NOW.date()


def visitor(vault: Vault):
    return add_outside_reader(vault, OutsideReaderForm("李明", "省保密局", "省保〔2026〕3号",
                                                       Grade.IMPORTANT))


def loan(badge: str, code: str, **kw: object) -> LoanForm:
    form = LoanForm(badge, [code], "核对检查材料", "刘局长", TODAY, "借审〔2026〕21号")
    for k, v in kw.items():
        setattr(form, k, v)
    return form


def test_outside_reader_reads_in_the_archive_room_and_is_printed_with_letter(vault, tmp_path):
    make_staff(vault)
    reader = visitor(vault)
    assert reader.outside and reader.display == "李明（省保密局，介绍信 省保〔2026〕3号）"
    reg = register(vault, scope="办公室主任、省保密局")
    with refused(vault, "personnel.outside_place"):
        lend(vault, loan(reader.badge, reg.barcodes[0], place="会议室"))
    with refused(vault, "personnel.outside_place"):
        lend(vault, loan(reader.badge, reg.barcodes[0], place="办公室", take_out=True,
                         take_out_approver="刘局长", take_out_ref="带出1号",
                         take_out_approved_on=TODAY))
    lend(vault, loan(reader.badge, reg.barcodes[0], place="档案室"))
    out = tmp_path / "loans.pdf"
    loans_register_pdf(vault, out, marking="")
    text = "".join(pdf_text(out)).replace("\n", "")
    assert "省保密局" in text and "省保〔2026〕3号" in text and "借审〔2026〕21号" in text
    assert "刘局长" in text and "档案室" in text
    assert render_pages(out, dpi=60)[0].getextrema()[0] < 100
    # Not one of the unit's classified personnel: not on the training list.
    assert "李明" not in {b.person.name for b in training_behind(vault, TODAY)}


def test_outside_reader_is_never_on_a_slip_nor_given_a_badge(vault):
    make_staff(vault)
    reader = visitor(vault)
    staff_badge = vault.custody.people()[0].badge
    reg = register(vault, scope="全体")
    with refused(vault, "circulation.outside_reader"):
        open_circulation(vault, CirculationForm([reg.barcodes[0]], [staff_badge, reader.badge]))
    with pytest.raises(Exception, match="外单位查阅人员") as info:
        badges_pdf(vault, [reader.id], TEMPLATES[next(iter(TEMPLATES))], io.BytesIO())
    assert getattr(info.value, "code", "") == "badges.outside"
    with pytest.raises(Exception, match="stays as registered"):
        vault.conn.execute("UPDATE person SET letter_ref = '伪造' WHERE id = ?", (reader.id,))


def test_outside_reader_refusals(vault):
    with refused(vault, "form.required"):
        add_outside_reader(vault, OutsideReaderForm("李明", "省保密局", " ", Grade.GENERAL))
    with refused(vault, "form.required"):
        add_outside_reader(vault, OutsideReaderForm("李明", "", "省保〔2026〕3号", Grade.GENERAL))
