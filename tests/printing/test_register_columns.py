"""Issue 14, "the columns the regulations ask for": where the ledger stores a value, the printed
register shows it; rows in 编号 order with 份号 within; every register ends with "共 N 件" and
the clerk's name. Each test prints from a real vault and reads the PDF back."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from miji_desk.core.carriers import CarrierKind, Register
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation, take_back
from miji_desk.core.clock import FixedClock
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.errors import RuleViolation
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import (
    MediaForm,
    OutgoingCopy,
    OutgoingForm,
    register_incoming,
    register_media,
    register_outgoing,
)
from miji_desk.core.returns import ReturnForm, confirm_return, prepare_return
from miji_desk.printing import REGISTERS, jobs, render_register
from miji_desk.printing.circulation import loans_register_pdf
from miji_desk.printing.disposition import return_list_pdf, volume_items_pdf
from miji_desk.printing.manifests import manifest_pdf
from miji_desk.vault import schema
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff
from tests.factories import CLERK, NOW, PASSPHRASE, incoming, machine, new_vault
from tests.fakes import InMemoryKeyring

from .helpers import carrier, pdf_text

APPROVED = NOW.date() - dt.timedelta(days=1)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def keyring() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def vault(tmp_path, clock, keyring):
    v, _code = new_vault(tmp_path / "ledger.mjdb", MachineSecretStore(keyring), clock=clock)
    yield v
    v.close()


def printed(vault, key: str, tmp_path: Path, **f: object) -> str:
    out = tmp_path / f"{key}.pdf"
    jobs.register_pdf(vault, key, LedgerFilter(**f), out, marking="绝密")  # type: ignore[arg-type]
    return flat("".join(pdf_text(out)))


# -- 收文登记簿 ----------------------------------------------------------------------------------

def test_incoming_register_prints_scope_handler_attachments_and_where_each_copy_is(
        vault, tmp_path) -> None:
    """知悉范围, 经办人, 附件 and, for every copy, its 状态 with its place or where it went:
    lent (to whom), returned (to whom), destroyed -- 件件有着落 on paper."""
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(
        copy_numbers="1-4", scope="院领导、办公室", handled_by="周文书",
        attachments="附件：参会人员名单", producer="某某县档案馆", sender="某某县档案馆"))
    lend(vault, LoanForm(staff.dean.badge, [doc.barcodes[0]], "起草报告", "刘院长", NOW.date(),
                         "借审〔2026〕7号"))
    lst = prepare_return(vault, ReturnForm([doc.carrier_ids[1]], basis="档函〔2026〕2号"))
    confirm_return(vault, lst.id, handed_to="周强")
    done = create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED,
                                               [doc.carrier_ids[2]]))
    complete_manifest(vault, done.id, CompletionForm("刘院长", "销审〔2026〕4号", APPROVED,
                                                     ["张建华", "李国强"]))
    text = printed(vault, "incoming", tmp_path)
    for part in ("知悉范围", "院领导、办公室", "经办人", "周文书", "附件", "附件：参会人员名单",
                 "借出李国强", "已清退某某县档案馆", "已销毁", "在库1号保密柜"):
        assert flat(part) in text, part
    # 产生机关 left blank because it is the 来文机关: printed in both columns of every row.
    assert text.count("某某县档案馆") == 4 * 2 + 1  # + the return's 退往


def test_incoming_register_prints_who_read_each_copy(vault, clock, tmp_path) -> None:
    """阅办: the readers each copy was handed to on a circulation slip, in reading order."""
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(copy_numbers="1-2", scope="院领导、办公室"))
    open_circulation(vault, CirculationForm([doc.barcodes[0]],
                                            [staff.director.badge, staff.dean.badge]))
    hand_out(vault, doc.barcodes[0])
    clock.advance(minutes=20)
    take_back(vault, doc.barcodes[0])
    hand_out(vault, doc.barcodes[0], staff.dean.badge)
    text = printed(vault, "incoming", tmp_path)
    assert "阅办" in text and "张建华、李国强" in text
    assert text.count("张建华") == 1  # the second copy was read by nobody


def test_registers_list_rows_in_number_order_with_copies_by_copy_number(
        vault, clock, tmp_path) -> None:
    """A document received on 30 December but registered in January takes last year's
    number: the register lists it with last year's, not where its registration fell."""
    clock.set(dt.datetime(2026, 1, 5, 9, 0, tzinfo=NOW.tzinfo))
    january = register_incoming(vault, incoming(
        title="一月来文", copy_numbers="2, 1", classified_on=dt.date(2026, 1, 2),
        received_at=dt.datetime(2026, 1, 5, 8, 0,
                                                                     tzinfo=NOW.tzinfo)))
    late = register_incoming(vault, incoming(
        title="十二月来文", copy_numbers="7, 5", classified_on=dt.date(2025, 12, 1),
        received_at=dt.datetime(2025, 12, 30, 16, 0,
                                                                       tzinfo=NOW.tzinfo)))
    assert late.number < january.number
    text = printed(vault, "incoming", tmp_path)
    order = [text.index(n) for n in (f"{late.number}-005", f"{late.number}-007",
                                     f"{january.number}-001", f"{january.number}-002")]
    assert order == sorted(order)


def test_every_register_ends_with_its_count_and_the_clerks_name(vault, tmp_path) -> None:
    register_incoming(vault, incoming(copy_numbers="1-3"))
    register_incoming(vault, incoming(copy_numbers="1-2", title="另一份来文"))
    text = printed(vault, "incoming", tmp_path)
    assert f"共5件机要员：{CLERK}" in text
    empty = printed(vault, "outgoing", tmp_path)
    assert f"共0件机要员：{CLERK}" in empty


# -- 发文登记簿 ----------------------------------------------------------------------------------

def _outgoing(**overrides: object) -> OutgoingForm:
    values: dict[str, object] = dict(
        title="关于某工程的请示", level="top_secret",
        copies=[OutgoingCopy(1, "省国防科工办"), OutgoingCopy(2, "省保密局"), OutgoingCopy(3)],
        pages=6, sent_at=NOW - dt.timedelta(hours=1), doc_no="某发〔2026〕9号",
        period=SecrecyPeriod.years(30), channel="专人送达", couriers=["陈一鸣", "林二帆"],
        scope="主要领导", handled_by="韩秘书", location="1号保密柜", signer="李局长")
    values.update(overrides)
    return OutgoingForm(**values)  # type: ignore[arg-type]


def test_outgoing_register_prints_couriers_channel_scope_and_handler(vault, tmp_path) -> None:
    """送达人 (the two 绝密 couriers, 篇六 第四条), 发送方式, 发文范围, 经办人, 签发人."""
    register_outgoing(vault, _outgoing())
    text = printed(vault, "outgoing", tmp_path)
    for part in ("送达人", "陈一鸣、林二帆", "发送方式", "专人送达", "发文范围",
                 "省保密局；省国防科工办", "经办人", "韩秘书", "签发人", "李局长",
                 "已发出省国防科工办", "在库1号保密柜"):
        assert flat(part) in text, part


def test_a_signer_too_long_is_refused_and_nothing_is_written(vault) -> None:
    before = vault.conn.execute("SELECT count(*) FROM document").fetchone()[0]
    with pytest.raises(RuleViolation) as refused:
        register_outgoing(vault, _outgoing(signer="李" * 201))
    assert refused.value.field == "signer" and "签发人" in str(refused.value)
    assert vault.conn.execute("SELECT count(*) FROM document").fetchone()[0] == before


def test_a_vault_from_before_the_signer_column_opens_verifies_and_prints(
        tmp_path, monkeypatch) -> None:
    """The migration adds 签发人 without touching a sealed row: the old registrations still
    verify, print with the column blank, and a new one records its signer."""
    store = machine()
    clock = FixedClock(NOW)
    with monkeypatch.context() as m:
        before = schema.MIGRATIONS[:schema.MIGRATIONS.index(schema.V_COLUMNS)]
        m.setattr(schema, "MIGRATIONS", before)
        m.setattr(schema, "SCHEMA_VERSION", len(before))
        old, _ = new_vault(tmp_path / "old.mjdb", store, clock)
        register_incoming(old, incoming())
        old.close()
    with Vault.open(tmp_path / "old.mjdb", passphrase=PASSPHRASE, store=store,
                    clock=clock) as v:
        assert v.verify().ok
        register_outgoing(v, _outgoing(signer="王局长"))
        assert v.verify().ok
        assert v.conn.execute("SELECT count(*) FROM document WHERE signer IS NULL"
                              ).fetchone()[0] == 1
        assert "王局长" in printed(v, "outgoing", tmp_path)


# -- 涉密介质登记簿 ------------------------------------------------------------------------------

def test_media_register_prints_capacity_and_status(vault, tmp_path) -> None:
    register_media(vault, MediaForm(CarrierKind.USB, "项目资料U盘", "SN-77AB-0042", "项目组专用",
                                    "secret", capacity="64GB", location="1号保密柜"))
    text = printed(vault, "media", tmp_path)
    for part in ("容量", "64GB", "SN-77AB-0042", "专用计算机", "在库1号保密柜"):
        assert flat(part) in text, part


# -- 复制登记簿, 清退清单, 借阅登记簿 ---------------------------------------------------------

def test_copy_register_prints_the_copies_numbers_and_the_copier(vault, tmp_path) -> None:
    doc = register_incoming(vault, incoming())
    copies = make_copies(vault, CopyForm(doc.carrier_ids[0], 3, "会议学习", "刘院长",
                                         "复审〔2026〕3号", APPROVED,
                                         authority_ref="省保函〔2026〕3号"))
    text = printed(vault, "copies", tmp_path)
    assert copies.carrier_ids and "份号" in text and "001–003" in text
    assert "复制人" in text and text.count(CLERK) >= 2  # the copier, and the closing line


def test_return_list_prints_its_basis_and_the_receivers_name(vault, tmp_path) -> None:
    doc = register_incoming(vault, incoming(copy_numbers="1"))
    lst = prepare_return(vault, ReturnForm(doc.carrier_ids, basis="省保函〔2026〕8号"))
    confirm_return(vault, lst.id, handed_to="周强")
    text = printed(vault, "returns", tmp_path)
    for part in ("清退依据", "省保函〔2026〕8号", "接收人", "周强"):
        assert part in text, part
    one = tmp_path / "one.pdf"
    return_list_pdf(vault, lst.id, one, marking="")
    assert "周强" in flat("".join(pdf_text(one)))


def test_loan_register_prints_pages_and_document_number(vault, tmp_path) -> None:
    """页数 is what the returned copy is counted against (清点); 文号 names the document."""
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(pages=37, doc_no="国保发〔2026〕77号", scope="院领导"))
    lend(vault, LoanForm(staff.dean.badge, [doc.barcodes[0]], "起草报告", "刘院长", NOW.date(),
                         "借审〔2026〕7号"))
    out = tmp_path / "loans.pdf"
    loans_register_pdf(vault, out, marking="")
    text = flat("".join(pdf_text(out)))
    for part in ("页数", "37", "文号", "国保发〔2026〕77号", f"共1件次机要员：{CLERK}"):
        assert part in text, part


# -- 销毁清单 ------------------------------------------------------------------------------------

def _destroy(vault, carrier_ids, *, complete: bool):
    m = create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED, carrier_ids))
    if complete:
        complete_manifest(vault, m.id, CompletionForm("刘院长", "销审〔2026〕4号", APPROVED,
                                                         ["张建华", "李国强"]))
    return m


@pytest.mark.parametrize("complete", [False, True], ids=["open", "completed"])
def test_manifest_prints_serial_numbers_senders_review_lines_and_media_in_pieces(
        vault, tmp_path, complete) -> None:
    """A medium's 序列号 and each line's 来文机关; 处室负责人审查 and 保密检查员 lines (篇十二 八);
    a medium counted as 1 件, never as "0 页"; the basis written as a clerk writes it."""
    paper = register_incoming(vault, incoming(copy_numbers="1-2", pages=12,
                                              sender="某某县档案馆"))
    usb = register_media(vault, MediaForm(CarrierKind.USB, "项目资料U盘", "SN-77AB-0042",
                                          "项目组专用", "secret", capacity="64GB",
                                          location="1号保密柜"))
    m = _destroy(vault, [*paper.carrier_ids, *usb.carrier_ids], complete=complete)
    out = tmp_path / "manifest.pdf"
    manifest_pdf(vault, m.id, out)
    text = flat("".join(pdf_text(out)))
    for part in ("来文机关", "某某县档案馆", "类型、序列号", "SN-77AB-0042",
                 "处室负责人（审查）：签字：", "保密检查员（检查）：签字：",
                 "合计：共3件（2份24页、介质1件）；其中机密2份24页、介质1件"):
        assert part in text, part
    assert "篇三" not in text and "篇十二" not in text
    if not complete:
        assert "依据《中华人民共和国保守国家秘密法》、《关于国家秘密载体保密管理的规定》" in text
    else:
        assert "以上载体共3件，已于2026年11月27日" in text


# -- 卷内目录 ------------------------------------------------------------------------------------

def test_volume_items_print_every_item_of_each_volume_and_one_volume_by_number(
        vault, keyring, tmp_path, monkeypatch, capsys) -> None:
    """卷内目录 from the 案卷目录: each volume's items with their 件号, 责任者, 文号, 题名, 日期,
    密级, 份号 and 页数; ``--text`` with a 案卷号 prints that volume alone; the command line
    offers it as ``print volume-items``."""
    first = register_incoming(vault, incoming(copy_numbers="1-2", producer="某某县档案馆",
                                              sender="某某县档案馆"))
    second = register_incoming(vault, incoming(copy_numbers="1", title="关于保密自查的报告",
                                               doc_no="办发〔2026〕5号", pages=3))
    upper = create_volume(vault, VolumeForm("2026年上级来文", "long", "机要室文件柜"))
    own = create_volume(vault, VolumeForm("2026年本级文件", "short", "机要室文件柜"))
    file_carriers(vault, upper.id, first.carrier_ids)
    file_carriers(vault, own.id, second.carrier_ids)
    text = printed(vault, "volume-items", tmp_path)
    for part in ("卷内目录", "件号", "责任者", "题名", "某某县档案馆", "国保发〔2026〕12号",
                 f"{upper.number}1{first.number}-001", f"{upper.number}2{first.number}-002",
                 f"{own.number}1{second.number}-001", "关于保密自查的报告",
                 f"共3件机要员：{CLERK}"):
        assert part in text, part
    one = printed(vault, "volume-items", tmp_path, text=own.number)
    assert second.number in one and first.number not in one and "共1件" in one
    single = tmp_path / "single.pdf"
    volume_items_pdf(vault, upper.id, single, marking="机密")
    head = flat("".join(pdf_text(single)))
    assert f"案卷号{upper.number}《2026年上级来文》" in head and "共2件24页" in head
    from miji_desk import cli

    path = vault.path
    vault.close()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(keyring))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    out = tmp_path / "cli.pdf"
    assert cli.main(["print", "volume-items", str(path), "--passphrase-stdin", "--out",
                     str(out), "--text", upper.number]) == 0
    assert first.number in flat("".join(pdf_text(out)))
    assert "卷内目录" in capsys.readouterr().out


def test_media_register_prints_the_dedicated_computer_once_the_ledger_records_it(
        tmp_path) -> None:
    """专用计算机 comes from ``dedicated_computer`` in the row (another change adds it to the
    registration); without it the column stays blank."""
    rows = [carrier(1, register=Register.MEDIA, kind=CarrierKind.USB, serial_no="SN-1",
                    dedicated_computer="机要室涉密机 JYS-01"),
            carrier(2, register=Register.MEDIA, kind=CarrierKind.USB, serial_no="SN-2")]
    out = tmp_path / "media.pdf"
    render_register(REGISTERS["media"], rows, out, unit_name="某单位", register_marking="",
                    filter_text="全部", checkpoint="0-0", printed_at=NOW)
    text = flat("".join(pdf_text(out)))
    assert "专用计算机" in text and "机要室涉密机JYS-01" in text and "共2件" in text
