"""The registers of classified personnel, printed and looked at: 涉密人员名册, 脱密期管理台账,
保密教育培训记录 (also through ``miji-desk-cli print``), and a departing person's 移交清单."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.core.carriers import CarrierKind
from miji_desk.core.clock import FixedClock
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.personnel import (
    DepartureForm,
    DepartureKind,
    Extension,
    ReviewForm,
    TrainingForm,
    complete_departure,
    departure_blockers,
    extend_exit_period,
    record_review,
    record_training,
    save_template,
    start_departure,
)
from miji_desk.core.registration import MediaForm, register_incoming, register_media
from miji_desk.printing.jobs import register_pdf
from miji_desk.printing.personnel import commitment_letter_pdf, departure_handover_pdf
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.factories import NOW, PASSPHRASE, incoming, machine, new_vault
from tests.fakes import InMemoryKeyring
from tests.printing.helpers import assert_cjk_embedded, pdf_text, render_pages

TODAY = NOW.date()


def fill(vault: Vault) -> dict[str, int]:
    """People of every grade; 王小丽 left a year ago (一般: her 脱密期 ends today); 孙立 left in
    2022 (重要: ended 2024); 李国强 trained and reviewed; 张建华 holds a loan and a medium."""
    ids = {}
    for name, grade, dep, post in (("张建华", Grade.IMPORTANT, "办公室", "主任"),
                                   ("李国强", Grade.CORE, "院领导", "副院长"),
                                   ("王小丽", Grade.GENERAL, "综合处", "科员"),
                                   ("赵晓", Grade.NONE, "综合处", "助理"),
                                   ("孙立", Grade.IMPORTANT, "财务处", "主任")):
        ids[name] = add_person(vault, PersonForm(name, grade, dep, post)).id
    record_review(vault, ids["李国强"], ReviewForm(dt.date(2026, 3, 2), True, "人事处陈处长"))
    record_training(vault, TrainingForm(dt.date(2026, 5, 20), "保密法律法规", 2.5,
                                        [ids["李国强"], ids["王小丽"]]))
    record_training(vault, TrainingForm(dt.date(2026, 9, 1), "涉密载体管理", 1,
                                        [ids["张建华"]]))
    for name, on in (("王小丽", dt.date(2025, 11, 27)), ("孙立", dt.date(2022, 6, 30))):
        did = start_departure(vault, ids[name], DepartureForm(DepartureKind.TRANSFER, on, "调动"))
        complete_departure(vault, did)
        ids[f"{name}-departure"] = did
    extend_exit_period(vault, ids["孙立-departure"], Extension(dt.date(2024, 12, 31),
                                                                 "项目收尾", "刘局长"))
    return ids


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Vault, dict[str, int]]]:
    vault, _ = new_vault(tmp_path / "ledger.mjdb", machine(), FixedClock(NOW))
    yield vault, fill(vault)
    vault.close()


def printed(vault: Vault, key: str, tmp_path: Path, f: LedgerFilter | None = None) -> str:
    out = tmp_path / f"{key}.pdf"
    job = register_pdf(vault, key, f or LedgerFilter(), out, marking="")
    assert job.pages >= 1
    assert_cjk_embedded(out)
    pages = render_pages(out, dpi=100)
    assert pages and pages[0].getextrema()[0] < 100  # ink on the page
    return "\n".join(pdf_text(out))


def test_roster_lists_classified_people_on_post_and_in_their_exit_period(filled, tmp_path):
    vault, _ids = filled
    text = printed(vault, "personnel", tmp_path)
    assert "涉密人员名册" in text
    for name in ("张建华", "李国强", "王小丽"):
        assert name in text
    assert "赵晓" not in text  # 非涉密
    assert "孙立" not in text  # left in 2022, 脱密期 over
    assert "脱密期内" in text and "2026-11-27" in text
    assert "2026-03-02" in text and "通过" in text and "保密法律法规" in text
    assert "共 3 人" in text


def test_exit_period_register_shows_end_dates_extensions_and_state(filled, tmp_path):
    vault, _ids = filled
    text = printed(vault, "exit-period", tmp_path)
    assert "脱密期管理台账" in text
    assert "2025-11-27" in text and "2026-11-27" in text and "脱密期内" in text
    assert "2022-06-30" in text and "2024-12-31" in text and "已期满" in text
    assert "本人签字" in text
    only = printed(vault, "exit-period", tmp_path,
                   LedgerFilter(registered_from=dt.date(2025, 1, 1)))
    assert "王小丽" in only and "孙立" not in only


def test_training_record_one_line_per_person_and_session(filled, tmp_path):
    vault, _ids = filled
    text = printed(vault, "training", tmp_path)
    assert "保密教育培训记录" in text
    assert text.count("保密法律法规") == 2 and "涉密载体管理" in text and "2.5" in text
    assert "共 3 人次" in text
    since = printed(vault, "training", tmp_path, LedgerFilter(registered_from=dt.date(2026, 6, 1)))
    assert "涉密载体管理" in since and "保密法律法规" not in since


def test_departure_handover_list_carries_the_highest_level_and_signatures(filled, tmp_path):
    vault, ids = filled
    reg = register_incoming(vault, incoming(scope="办公室主任"))
    usb = register_media(vault, MediaForm(CarrierKind.USB, "办公室专用U盘", "SN-5", "专用",
                                          "top_secret", handled_by="张建华",
                                          location="1号保密柜"))
    director = vault.custody.person(ids["张建华"])
    lend(vault, LoanForm(director.badge, [reg.barcodes[0]], "核稿", "李国强", TODAY, "借审1号"))
    items = departure_blockers(vault, director.id)
    out = tmp_path / "handover.pdf"
    job = departure_handover_pdf(vault, director, items, out)
    assert job.rows == 2 and job.marking == "绝密"  # the medium is 绝密
    text = pdf_text(out)[0]
    assert "涉密载体移交清单（张建华离岗）" in text
    assert reg.barcodes and usb.number in text and "责任人" in text and "持有（借阅）" in text
    assert "移交人签字" in text and "接收人签字" in text
    assert text.count("绝密") >= 3  # top and bottom marking, and the line
    assert_cjk_embedded(out)
    image = render_pages(out, dpi=100)[0]
    assert image.getextrema()[0] < 100


@pytest.mark.parametrize(("register", "title", "name"), [
    ("personnel", "涉密人员名册", "张建华"), ("exit-period", "脱密期管理台账", "孙立"),
    ("training", "保密教育培训记录", "王小丽")])
def test_cli_prints_the_personnel_registers(monkeypatch, capsys, tmp_path, register, title,
                                            name):
    keyring = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(keyring))
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring), FixedClock(NOW))
    fill(vault)
    vault.close()
    out = tmp_path / f"{register}.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    code = cli.main(["print", register, str(path), "--out", str(out), "--passphrase-stdin"])
    _stdout, err = capsys.readouterr()
    assert code == 0, err
    text = pdf_text(out)[0]
    assert title in text and name in text


def test_commitment_letter_prints_filled_in_from_the_chosen_version(filled, tmp_path):
    vault, ids = filled
    person = vault.custody.person(ids["李国强"])
    out = tmp_path / "letter.pdf"
    job = commitment_letter_pdf(vault, person, out)
    assert job.version == 0 and job.pages == 1
    text = pdf_text(out)[0]
    assert "保密承诺书" in text and "本人李国强" in text and "院领导副院长" in text
    assert "核心涉密人员" in text and "承诺人（签字）" in text and "内置" in text
    assert "{" not in text
    save_template(vault, "本人{姓名}承诺：在{单位}工作期间及脱密期内严守国家秘密。", "修订")
    commitment_letter_pdf(vault, person, out)
    text = pdf_text(out)[0]
    assert "脱密期内严守国家秘密" in text and "模板第 1 版" in text
    assert_cjk_embedded(out)
    commitment_letter_pdf(vault, person, out, version=0)  # an older version reprints as it was
    assert "本人李国强" in pdf_text(out)[0] and "内置" in pdf_text(out)[0]
    image = render_pages(out, dpi=60)[0]
    assert image.getextrema()[0] < 100
