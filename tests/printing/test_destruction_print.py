"""复制登记簿, 案卷目录, 清退清单 and the destruction manifest, from a real vault: checked by text
extraction, fonts and rendered images; and ``miji-desk-cli print`` for each of them."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.copying import CopyForm, make_copies
from miji_desk.core.corrections import correct
from miji_desk.core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    complete_manifest,
    create_manifest,
)
from miji_desk.core.filing import VolumeForm, create_volume, file_carriers
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from miji_desk.core.returns import ReturnForm, confirm_return, prepare_return
from miji_desk.printing import jobs
from miji_desk.printing.disposition import return_list_pdf
from miji_desk.printing.manifests import manifest_pdf
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.factories import CLERK, NOW, PASSPHRASE, UNIT, incoming, new_vault
from tests.fakes import InMemoryKeyring

from .helpers import assert_cjk_embedded, char_boxes, pdf_text, render_pages

PAGE_H = 841.89  # A4 portrait, in points

APPROVED = NOW.date() - dt.timedelta(days=1)


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def keyring() -> InMemoryKeyring:
    return InMemoryKeyring()


@pytest.fixture
def vault(tmp_path, keyring):
    v, _code = new_vault(tmp_path / "ledger.mjdb", MachineSecretStore(keyring),
                         clock=FixedClock(NOW))
    yield v
    v.close()


@pytest.fixture
def story(vault):
    """A 机密 document of 3 copies copied twice; a 绝密 one filed in its own volume; two 秘密
    carriers returned; a completed manifest of 3 and an open one of 1."""
    secret = register_incoming(vault, incoming())
    top = register_incoming(vault, incoming(level="top_secret", copy_numbers="1", pages=8,
                                            title="某型号总体方案", doc_no="国科发〔2026〕1号",
                                            period=SecrecyPeriod.years(30)))
    conf = register_incoming(vault, incoming(level="confidential", copy_numbers="1-2", pages=5,
                                             title="关于开展保密检查的通知",
                                             doc_no="省保发〔2026〕3号",
                                             period=SecrecyPeriod.years(5)))
    copies = make_copies(vault, CopyForm(secret.carrier_ids[0], 2, "会议学习", "刘院长",
                                         "复审〔2026〕3号", APPROVED,
                                         authority_ref="省保函〔2026〕3号"))
    special = create_volume(vault, VolumeForm("2026年绝密级来文", "permanent", "1号保密柜",
                                              top_secret=True))
    file_carriers(vault, special.id, top.carrier_ids)
    ordinary = create_volume(vault, VolumeForm("2026年上级来文", "long", "机要室文件柜"))
    lst = prepare_return(vault, ReturnForm(conf.carrier_ids, basis="省保函〔2026〕8号"))
    confirm_return(vault, lst.id, handed_to="周强")
    done = create_manifest(vault, ManifestForm(NOW.date(), "保密办粉碎室", Method.SHRED,
                                               [*secret.carrier_ids[1:], copies.carrier_ids[1]]))
    complete_manifest(vault, done.id, CompletionForm("刘院长", "销审〔2026〕4号", APPROVED,
                                                     ["张建华", "李国强"]))
    pending = create_manifest(vault, ManifestForm(NOW.date() + dt.timedelta(days=3),
                                                  "市保密局销毁中心", "送保密行政管理部门销毁",
                                                  [copies.carrier_ids[0]]))
    return dict(secret=secret, copies=copies, special=special, ordinary=ordinary, lst=lst,
                done=done, pending=pending)


def render(vault, key: str, tmp_path: Path, **f: object) -> tuple[Path, jobs.RegisterJob]:
    out = tmp_path / f"{key}.pdf"
    job = jobs.register_pdf(vault, key, LedgerFilter(**f), out, marking="")  # type: ignore[arg-type]
    return out, job


def test_the_copy_register_lists_each_copying_with_its_approval(vault, story, tmp_path) -> None:
    out, job = render(vault, "copies", tmp_path)
    assert (job.title, job.rows, job.pages) == ("复制登记簿", 1, 1)
    text = flat("".join(pdf_text(out)))
    for piece in ("复制登记簿", UNIT, "2026-复-0001", "2026-收-0001-003", "机密★10年",
                  "国保发〔2026〕12号", "刘院长复审〔2026〕3号2026-11-26", "会议学习",
                  "经办人签字"):
        assert piece in text, piece
    assert_cjk_embedded(out)


def test_the_volume_catalogue_shows_each_volumes_level_now(vault, story, tmp_path) -> None:
    out, job = render(vault, "volumes", tmp_path)
    assert job.rows == 2
    text = flat("".join(pdf_text(out)))
    for piece in ("案卷目录", "2026-卷-0001", "2026年绝密级来文", "绝密（绝密专卷）", "永久",
                  "2026-卷-0002", "长期", "—", "1号保密柜"):
        assert piece in text, piece
    _, by_level = render(vault, "volumes", tmp_path, levels=frozenset({"top_secret"}))
    assert by_level.rows == 1


def test_the_return_list_prints_one_list_for_the_issuer(vault, story, tmp_path) -> None:
    out, job = render(vault, "returns", tmp_path, text="2026-清-0001")
    assert job.rows == 2
    text = flat("".join(pdf_text(out)))
    for piece in ("清退清单", "2026-清-0001", "省委办公厅", "2026-收-0003-001",
                  "2026-收-0003-002", "秘密★5年", "已清退", "接收人签字"):
        assert piece in text, piece
    _, none = render(vault, "returns", tmp_path, text="2026-清-0099")
    assert none.rows == 0
    one = tmp_path / "one.pdf"
    return_list_pdf(vault, story["lst"].id, one, marking="")
    assert "退往：省委办公厅；依据：省保函〔2026〕8号；共2份10页" in flat(pdf_text(one)[0])


def test_the_completed_manifest_has_every_line_totals_and_signatures(vault, story,
                                                                      tmp_path) -> None:
    out = tmp_path / "manifest.pdf"
    result = manifest_pdf(vault, story["done"].id, out)
    assert (result.pages, result.rows) == (1, 3)
    text = flat(pdf_text(out)[0])
    for piece in ("机密", "涉密载体销毁清单", UNIT, "清单编号：2026-销-0001", "状态：已销毁",
                  "销毁地点：保密办粉碎室", "销毁方式：粉碎",
                  # every carrier on its own line: 编号, 文号, 来文机关, title, kind, marking, 份号,
                  # pages
                  "2026-收-0001-004国保发〔2026〕12号省委办公厅关于加强涉密载体管理工作的通知文件"
                  "机密★10年00412",
                  "2026-收-0001-005", "2026-复-0001-002",
                  "合计：共3份36页；其中机密3份36页",
                  "批准人（主管领导）：刘院长", "销审〔2026〕4号", "2026年11月26日",
                  "监销人1：张建华", "监销人2：李国强", f"机要员（经办人）：{CLERK}",
                  "销毁日期：2026年11月27日", "签字：", "已于2026年11月27日在保密办粉碎室"):
        assert piece in text, piece
    assert "不一致" not in text
    assert_cjk_embedded(out)
    # A reprint after a correction is the signed paper again, and says the ledger differs.
    correct(vault, story["secret"].carrier_ids[1], "pages", "13", "页数点错")
    again = tmp_path / "again.pdf"
    manifest_pdf(vault, story["done"].id, again)
    text2 = flat(pdf_text(again)[0])
    assert "合计：共3份36页" in text2 and "00412" in text2
    assert "台账现有记录的合计为共3份38页" in text2 and "不一致" in text2


def test_the_open_manifest_leaves_room_for_approval_and_supervisors(vault, story,
                                                                     tmp_path) -> None:
    out = tmp_path / "open.pdf"
    manifest_pdf(vault, story["pending"].id, out)
    text = flat(pdf_text(out)[0])
    for piece in ("状态：待销毁", "送保密行政管理部门销毁", "2026-复-0001-001", "监销人1：",
                  "监销人2：", "监销人3：", "____年___月___日",
                  "经主管领导审查批准后，由两人以上监销"):
        assert piece in text, piece
    assert "实际销毁日期" not in text


def test_print_destruction_prints_all_manifests_or_one(vault, story, tmp_path) -> None:
    out, job = render(vault, "destruction", tmp_path)
    assert (job.title, job.pages, job.rows) == ("涉密载体销毁清单", 2, 4)
    pages = [flat(p) for p in pdf_text(out)]
    assert "2026-销-0001" in pages[0] and "2026-销-0002" in pages[1]
    _, one = render(vault, "destruction", tmp_path, text="2026-销-0002")
    assert (one.pages, one.rows) == (1, 1)


def test_a_long_manifest_runs_over_pages_with_the_header_repeated(vault, tmp_path) -> None:
    many = register_incoming(vault, incoming(copy_numbers="1-60", copies_total=60))
    m = create_manifest(vault, ManifestForm(NOW.date(), "粉碎室", Method.SHRED,
                                            many.carrier_ids))
    complete_manifest(vault, m.id, CompletionForm("刘院长", "销审5号", APPROVED, ["甲", "乙"]))
    out = tmp_path / "long.pdf"
    result = manifest_pdf(vault, m.id, out)
    assert result.pages >= 3 and result.rows == 60
    pages = [flat(p) for p in pdf_text(out)]
    assert all("序号编号文号来文机关名称或主要内容" in p for p in pages[:-1])
    assert all(f"共{result.pages}页" in p for p in pages)
    assert "合计：共60份720页" in "".join(pages)
    assert "监销人2：乙" in pages[-1]
    # Every line once, in order.
    numbers = re.findall(r"2026-收-0001-(\d{3})", "".join(pages))
    assert numbers == [f"{i:03d}" for i in range(1, 61)]


def test_the_manifest_page_looks_right(vault, story, tmp_path) -> None:
    """Rendered, the page has ink in the table, the totals and the signature lines, and the
    text stays inside the margins."""
    out = tmp_path / "manifest.pdf"
    manifest_pdf(vault, story["done"].id, out)
    [image] = render_pages(out, dpi=72)
    width, height = image.size
    dark = [(x, y) for y in range(height) for x in range(width) if image.getpixel((x, y)) < 128]
    assert dark
    xs = [x for x, _ in dark]
    assert min(xs) >= 15 * 72 / 25.4 - 2 and max(xs) <= width - 15 * 72 / 25.4 + 2


def test_cli_print_copies_volumes_returns_destruction(vault, story, keyring, tmp_path,
                                                     monkeypatch, capsys) -> None:
    from miji_desk import cli

    path = vault.path
    vault.close()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(keyring))
    for key in ("copies", "volumes", "returns", "destruction"):
        out = tmp_path / f"cli-{key}.pdf"
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
        assert cli.main(["print", key, str(path), "--passphrase-stdin", "--out", str(out)]) == 0
        assert out.exists() and pdf_text(out)
    printed = capsys.readouterr().out
    assert "复制登记簿" in printed and "涉密载体销毁清单" in printed
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["print", "destruction", str(path), "--passphrase-stdin", "--out",
                     str(tmp_path / "x.pdf"), "--text", "2026-销-0009"]) != 0
    assert "没有编号为 2026-销-0009 的销毁清单" in capsys.readouterr().err


# -- issue 14: nothing cut, the marking on every page, the filters honoured ---------------------

LONG_PLACE = "某某市国家保密局涉密载体集中销毁中心第二销毁车间（经保密行政管理部门指定）"


def test_the_signed_statement_and_every_level_of_the_totals_print_whole(vault, tmp_path
                                                                        ) -> None:
    ids: list[int] = []
    for level, period in (("top_secret", SecrecyPeriod.years(30)),
                          ("secret", SecrecyPeriod.years(20)),
                          ("confidential", SecrecyPeriod.years(10)),
                          ("core_commercial", SecrecyPeriod.years(5)),
                          ("commercial", SecrecyPeriod.years(5))):
        ids += register_incoming(vault, incoming(level=level, period=period, copy_numbers="1-12",
                                                 copies_total=12, pages=1234)).carrier_ids
    m = create_manifest(vault, ManifestForm(NOW.date(), LONG_PLACE, Method.SHRED, ids))
    complete_manifest(vault, m.id, CompletionForm("刘院长", "销审〔2026〕4号", APPROVED,
                                                  ["张建华", "李国强"]))
    out = tmp_path / "whole.pdf"
    manifest_pdf(vault, m.id, out)
    text = flat("".join(pdf_text(out)))
    assert (f"以上载体共60件，已于2026年11月27日在{LONG_PLACE}以“粉碎”方式全部销毁，"
            "经监销人逐件核对无误。") in text
    assert ("合计：共60份74040页；其中绝密12份14808页，机密12份14808页，秘密12份14808页，"
            "核心商密12份14808页，普通商密12份14808页") in text
    assert "…" not in text


def test_the_totals_and_signatures_never_stand_alone_on_a_page(vault, tmp_path) -> None:
    """16 lines fill the first page; the totals, the statement and the signatures went to the
    second page alone. Now the table's last line goes with them, under its heading."""
    many = register_incoming(vault, incoming(copy_numbers="1-16", copies_total=16))
    m = create_manifest(vault, ManifestForm(NOW.date(), "粉碎室", Method.SHRED,
                                            many.carrier_ids))
    complete_manifest(vault, m.id, CompletionForm("刘院长", "销审5号", APPROVED, ["甲", "乙"]))
    out = tmp_path / "closing.pdf"
    result = manifest_pdf(vault, m.id, out)
    pages = [flat(p) for p in pdf_text(out)]
    assert result.pages == len(pages) == 2
    closing = next(p for p in pages if "合计：" in p)
    assert "序号编号文号来文机关名称或主要内容" in closing
    assert re.search(r"2026-收-0001-016", closing) and "监销人2：乙" in closing
    numbers = re.findall(r"2026-收-0001-(\d{3})", "".join(pages))
    assert numbers == [f"{i:03d}" for i in range(1, 17)]  # every line once, in order


def test_every_manifest_page_is_marked_at_top_and_foot(vault, tmp_path) -> None:
    many = register_incoming(vault, incoming(copy_numbers="1-40", copies_total=40))
    m = create_manifest(vault, ManifestForm(NOW.date(), "粉碎室", Method.SHRED,
                                            many.carrier_ids))
    out = tmp_path / "marked.pdf"
    result = manifest_pdf(vault, m.id, out)
    assert result.pages > 1 and result.marking == "机密"
    for i in range(result.pages):
        boxes = char_boxes(out, i)
        foot = "".join(ch for ch, _l, bottom, _r, _t in sorted(boxes, key=lambda b: b[1])
                       if bottom < 15 * 72 / 25.4 and ch in "机密")
        top = "".join(ch for ch, _l, bottom, _r, _t in sorted(boxes, key=lambda b: b[1])
                      if bottom > PAGE_H - 22 * 72 / 25.4 and ch in "机密")
        assert "机密" in foot and top == "机密", (i, top, foot)


def test_print_destruction_honours_level_kind_status_and_marking(vault, story, keyring,
                                                                 tmp_path, monkeypatch,
                                                                 capsys) -> None:
    """Both manifests list only 机密 copies: --level 绝密 prints none of them, --level 机密 both,
    each with the filter printed; --marking 秘密 is refused, --marking 绝密 printed."""
    from miji_desk import cli

    path = vault.path
    vault.close()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(keyring))

    def run(*extra: str) -> tuple[int, Path]:
        out = tmp_path / f"d{len(list(tmp_path.iterdir()))}.pdf"
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
        return cli.main(["print", "destruction", str(path), "--passphrase-stdin", "--out",
                         str(out), *extra]), out

    code, none = run("--level", "绝密")
    assert code == 0
    assert "没有符合条件的销毁清单" in flat(pdf_text(none)[0])
    assert "筛选条件：密级：绝密" in flat(pdf_text(none)[0])
    code, both = run("--level", "机密", "--kind", "document")
    pages = [flat(p) for p in pdf_text(both)]
    assert code == 0 and len(pages) == 2
    assert all("筛选条件：密级：机密；类型：文件" in p for p in pages)
    code, destroyed = run("--status", "destroyed")
    text = flat("".join(pdf_text(destroyed)))
    assert "2026-销-0001" in text and "2026-销-0002" not in text
    assert "筛选条件：状态：已销毁" in text
    capsys.readouterr()
    code, low = run("--marking", "秘密")
    assert code == 1 and "不能标为秘密" in capsys.readouterr().err and not low.exists()
    code, high = run("--marking", "绝密")
    assert code == 0 and all(flat(p).startswith("绝密") for p in pdf_text(high))
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring)) as v:
        detail = json.loads(v.conn.execute("SELECT detail FROM audit_event WHERE action = "
                                           "'export_pdf' ORDER BY seq DESC LIMIT 1"
                                           ).fetchone()[0])
    assert detail["marking"] == "绝密"


def test_a_manifest_line_with_a_very_long_title_prints_whole_over_pages(vault, tmp_path
                                                                         ) -> None:
    huge = "".join(f"第{i:04d}条涉密载体按规定登记保管。" for i in range(1, 112))  # 1,998
    doc = register_incoming(vault, incoming(copy_numbers="1", title=huge))
    m = create_manifest(vault, ManifestForm(NOW.date(), "粉碎室", Method.SHRED,
                                            doc.carrier_ids))
    out = tmp_path / "huge.pdf"
    result = manifest_pdf(vault, m.id, out)
    pages = [flat(p) for p in pdf_text(out)]
    assert result.pages == len(pages) >= 2
    assert re.findall(r"第(\d{4})条", "".join(pages)) == [f"{i:04d}" for i in range(1, 112)]
    for i in range(result.pages):  # the title stays above the foot of every page
        foot = "".join(b[0] for b in char_boxes(out, i) if b[2] < 19 * 72 / 25.4)
        assert not set(foot) & set("条涉载规登保"), foot


def test_a_long_volume_note_is_shortened_saying_the_rest_is_in_the_ledger(vault, tmp_path
                                                                           ) -> None:
    title = "2026年度上级机关来文及本单位涉密会议材料（含附件、清样及电子文档光盘）汇编卷"
    create_volume(vault, VolumeForm(title, "long", "机要室文件柜",
                                    notes="卷内材料调阅须经批准，" * 40))
    out, _job = render(vault, "volumes", tmp_path)
    text = flat("".join(pdf_text(out)))
    assert flat(title) in text  # the 案卷题名 whole
    assert "（见台账）" in text and text.count("卷内材料调阅须经批准") < 40
