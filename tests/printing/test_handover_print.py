"""The 移交清单 and the 密级变更登记簿 from a real vault, read back from the PDF; and
``miji-desk-cli print handover`` / ``print level-changes``."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest

from miji_desk.core.clock import FixedClock
from miji_desk.core.handover import (
    HandoverCompletion,
    HandoverForm,
    Receiver,
    complete_handover,
    open_handover,
)
from miji_desk.core.ledger_query import LedgerFilter
from miji_desk.core.level_changes import Decision, LevelChangeForm, change_level
from miji_desk.core.periods import SecrecyPeriod
from miji_desk.core.registration import register_incoming
from miji_desk.printing import jobs
from miji_desk.printing.handover import handover_pdf
from miji_desk.vault.machine_secret import MachineSecretStore
from tests.factories import CLERK, NOW, PASSPHRASE, incoming, new_vault
from tests.fakes import InMemoryKeyring

from .helpers import assert_cjk_embedded, pdf_text

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
    """A completed handover of a 机密 document (3 copies) and a 秘密 one; an open list with a
    绝密 carrier; one level change and one declassification."""
    secret = register_incoming(vault, incoming())
    conf = register_incoming(vault, incoming(level="confidential", copy_numbers="1", pages=5,
                                             title="关于开展保密检查的通知",
                                             period=SecrecyPeriod.years(5)))
    top = register_incoming(vault, incoming(level="top_secret", copy_numbers="1", pages=8,
                                            title="某型号总体方案",
                                            period=SecrecyPeriod.years(30)))
    done = open_handover(vault, HandoverForm("市档案馆", "孙接收", Receiver.ARCHIVE,
                                             basis="档移〔2026〕2号",
                                             carriers=[*secret.carrier_ids, *conf.carrier_ids]))
    complete_handover(vault, done.id, HandoverCompletion("刘院长", "院批〔2026〕8号", APPROVED,
                                                         supervisor="赵监交"))
    pending = open_handover(vault, HandoverForm("市发改委", "钱收件",
                                                carriers=top.carrier_ids))
    changed = register_incoming(vault, incoming(title="年度工作要点", copy_numbers="1-2",
                                                 period=SecrecyPeriod.years(10)))
    change_level(vault, LevelChangeForm(changed.carrier_ids, Decision.LEVEL, "省保密局",
                                        "省保密局〔2026〕3号", APPROVED,
                                        new_level="confidential"))
    change_level(vault, LevelChangeForm(changed.carrier_ids, Decision.DECLASSIFY, "省保密局",
                                        "省保密局〔2026〕9号", NOW.date()))
    return dict(done=done, pending=pending, changed=changed)


def test_the_completed_handover_list_has_lines_count_marking_and_signatures(
        vault, story, tmp_path) -> None:
    out = tmp_path / "handover.pdf"
    result = handover_pdf(vault, story["done"].id, out)
    assert (result.pages, result.rows) == (1, 4)
    assert_cjk_embedded(out)
    text = flat(pdf_text(out)[0])
    for piece in ("涉密载体移交清单", "移交单号：2026-移-0001", "状态：已移交", "市档案馆",
                  "接收人：孙接收", "档移〔2026〕2号", "2026-收-0001-003", "关于开展保密检查的通知",
                  "共4份41页", "机密3份36页", "秘密1份5页",
                  f"移交人（机要员）：{CLERK}", "接收人：孙接收", "监交人：赵监交",
                  "批准人（主管领导）：刘院长", "院批〔2026〕8号", f"{NOW.year}年{NOW.month}月"):
        assert piece in text, piece
    # The highest level listed (机密) at the top and again at the bottom of the page.
    lines = pdf_text(out)[0].splitlines()
    assert lines[0].strip().startswith("机密") or "机密" in lines[0]
    assert flat(text).count("机密") >= 2
    assert "绝密" not in text


def test_the_open_list_leaves_lines_to_sign_and_is_marked_at_its_highest_level(
        vault, story, tmp_path) -> None:
    out = tmp_path / "open.pdf"
    handover_pdf(vault, story["pending"].id, out)
    text = flat(pdf_text(out)[0])
    for piece in ("状态：待移交", "某型号总体方案", "共1份8页", "____年___月___日",
                  "接收人：钱收件", "签字："):
        assert piece in text, piece
    assert text.count("绝密") >= 3  # top, the line's marking, bottom


def test_a_long_handover_list_marks_and_counts_every_page(vault, tmp_path) -> None:
    many = register_incoming(vault, incoming(copy_numbers="1-60", copies_total=60))
    lst = open_handover(vault, HandoverForm("市档案馆", "孙接收", carriers=many.carrier_ids))
    out = tmp_path / "long.pdf"
    result = handover_pdf(vault, lst.id, out)
    assert result.pages >= 3
    pages = [flat(p) for p in pdf_text(out)]
    assert all(f"共{result.pages}页" in p and p.count("机密") >= 2 for p in pages)
    assert "共60份720页" in pages[-1]
    numbers = re.findall(r"2026-收-0001-(\d{3})", "".join(pages))
    assert numbers == [f"{i:03d}" for i in range(1, 61)]


def test_the_level_change_register_keeps_the_old_and_new_marking(vault, story,
                                                                 tmp_path) -> None:
    out = tmp_path / "changes.pdf"
    job = jobs.register_pdf(vault, "level-changes", LedgerFilter(), out, marking="机密")
    assert (job.title, job.rows) == ("密级变更登记簿", 2)
    text = flat("".join(pdf_text(out)))
    for piece in ("变更日期", "原密级标志", "新密级标志", "变更机关", "2026-收-0004",
                  "年度工作要点", "机密★10年", "秘密★10年", "非密", "省保密局〔2026〕3号",
                  "省保密局〔2026〕9号", "变更密级", "解密", APPROVED.isoformat()):
        assert piece in text, piece
    one = jobs.register_pdf(vault, "level-changes", LedgerFilter(text="〔2026〕9号"),
                            tmp_path / "one.pdf", marking="机密")
    assert one.rows == 1


def test_cli_print_handover_and_level_changes(vault, story, keyring, tmp_path, monkeypatch,
                                              capsys) -> None:
    from miji_desk import cli

    path: Path = vault.path
    vault.close()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(keyring))
    out = tmp_path / "cli-handover.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["print", "handover", str(path), "--passphrase-stdin", "--out", str(out),
                     "--text", "2026-移-0002"]) == 0
    text = flat(pdf_text(out)[0])
    assert "2026-移-0002" in text and "2026-移-0001" not in text
    out = tmp_path / "cli-changes.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["print", "level-changes", str(path), "--passphrase-stdin", "--out",
                     str(out)]) == 0
    assert "密级变更登记簿" in flat(pdf_text(out)[0])
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    assert cli.main(["print", "handover", str(path), "--passphrase-stdin", "--out",
                     str(tmp_path / "x.pdf"), "--text", "2026-移-0009"]) != 0
    assert "没有单号为 2026-移-0009 的移交清单" in capsys.readouterr().err
