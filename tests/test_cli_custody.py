"""``miji-desk-cli print circulation|loans|holdings|slip``, in-process, on a real vault."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.core.circulation import CirculationForm, hand_out, open_circulation
from miji_desk.core.loans import LoanForm, lend
from miji_desk.core.registration import register_incoming
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff
from tests.factories import NOW, PASSPHRASE, incoming, new_vault
from tests.fakes import InMemoryKeyring
from tests.printing.helpers import assert_cjk_embedded, pdf_text

SCOPE = "办公室主任、院领导"


@pytest.fixture
def keyring_store(monkeypatch) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


@pytest.fixture
def filled(tmp_path: Path, keyring_store) -> Path:
    """A slip with one copy out to 张建华, and a loan of another copy to 李国强."""
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    staff = make_staff(vault)
    doc = register_incoming(vault, incoming(scope=SCOPE))
    open_circulation(vault, CirculationForm(doc.barcodes[:1], [staff.director.badge,
                                                               staff.dean.badge]))
    hand_out(vault, doc.barcodes[0])
    lend(vault, LoanForm(staff.dean.badge, doc.barcodes[1:2], "起草报告", "刘院长", NOW.date(),
                         "借审〔2026〕7号"))
    vault.close()
    return path


def run(monkeypatch, argv: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return cli.main([*argv, "--passphrase-stdin"])


def last_audit(path: Path, keyring: InMemoryKeyring) -> tuple[str, list[int], dict]:
    with Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring)) as v:
        action, ids, detail = v.conn.execute(
            "SELECT action, carrier_ids, detail FROM audit_event ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    return action, json.loads(ids), json.loads(detail)


@pytest.mark.parametrize(("register", "title", "words"), [
    ("circulation", "传阅登记簿", ("2026-阅-0001", "张建华（办公室）")),
    ("loans", "借阅登记簿", ("2026-借-0001", "李国强（院领导）", "借审〔2026〕7号"))])
def test_print_the_registers(monkeypatch, capsys, filled, keyring_store, tmp_path, register,
                             title, words) -> None:
    out = tmp_path / f"{register}.pdf"
    code = run(monkeypatch, ["print", register, str(filled), "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "1 row(s) on 1 page(s)" in stdout
    text = "".join(pdf_text(out)[0].split())
    assert title in text and all(w in text for w in words)
    assert_cjk_embedded(out)
    action, _ids, detail = last_audit(filled, keyring_store)
    assert action == "export_pdf" and detail["what"] == title


def test_registers_refuse_filters_they_cannot_apply(monkeypatch, capsys, filled, tmp_path):
    out = tmp_path / "c.pdf"
    assert run(monkeypatch, ["print", "circulation", str(filled), "--out", str(out),
                             "--status", "在库"]) == 1
    assert "只能按日期和密级筛选" in capsys.readouterr().err
    assert not out.exists()


def test_print_holdings_by_badge_or_name(monkeypatch, capsys, filled, keyring_store, tmp_path):
    out = tmp_path / "holdings.pdf"
    assert run(monkeypatch, ["print", "holdings", str(filled), "--out", str(out),
                             "--person", "李国强"]) == 0
    capsys.readouterr()
    text = pdf_text(out)[0]
    assert "涉密载体持有清单（李国强）" in text and "2026-借-0001" in text
    action, ids, detail = last_audit(filled, keyring_store)
    assert action == "export_pdf" and len(ids) == 1 and "李国强" in detail["filter"]
    assert run(monkeypatch, ["print", "holdings", str(filled), "--out", str(out),
                             "--person", "RY000000018"]) == 0  # 张建华's badge
    assert "张建华" in pdf_text(out)[0]
    assert run(monkeypatch, ["print", "holdings", str(filled), "--out", str(tmp_path / "x.pdf"),
                             "--person", "无此人"]) == 1
    assert "没有名为“无此人”的人员" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_print_a_slip(monkeypatch, capsys, filled, keyring_store, tmp_path):
    out = tmp_path / "slip.pdf"
    assert run(monkeypatch, ["print", "slip", str(filled), "--out", str(out),
                             "--slip", "2026-阅-0001"]) == 0
    capsys.readouterr()
    text = pdf_text(out)[0]
    assert "传阅单" in text and "阅后退回机要员，不得横向传阅" in text
    _action, ids, detail = last_audit(filled, keyring_store)
    assert detail["what"] == "传阅单 2026-阅-0001" and len(ids) == 1
    assert run(monkeypatch, ["print", "slip", str(filled), "--out", str(out)]) == 1
    assert "--slip" in capsys.readouterr().err


# -- print loss (丢失报告) ------------------------------------------------------------------------

@pytest.fixture
def lost(tmp_path: Path, keyring_store) -> tuple[Path, str, str]:
    """A carrier reported lost: the vault, the carrier's barcode and its 编号."""
    import datetime as dt

    from miji_desk.core.loss import LossForm, report_loss
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    doc = register_incoming(vault, incoming(scope=SCOPE))
    report_loss(vault, LossForm(doc.barcodes[0], NOW - dt.timedelta(hours=2), "王小丽",
                                "清查时发现缺少", NOW - dt.timedelta(hours=1), "院保密委员会",
                                "保密〔2026〕3号"))
    number = vault.carrier(doc.carrier_ids[0]).number
    vault.close()
    return path, doc.barcodes[0], number


@pytest.mark.parametrize("which", ["1", "barcode", "number"])
def test_print_a_loss_report_by_incident_or_carrier(monkeypatch, capsys, lost, keyring_store,
                                                    tmp_path, which) -> None:
    path, barcode, number = lost
    arg = {"1": "1", "barcode": barcode, "number": number}[which]
    out = tmp_path / "loss.pdf"
    code = run(monkeypatch, ["print", "loss", str(path), "--out", str(out), "--loss", arg])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "涉密载体丢失报告" in stdout
    text = "".join(pdf_text(out)[0].split())
    assert "涉密载体丢失报告" in text and number in text and "保密〔2026〕3号" in text
    action, _ids, detail = last_audit(path, keyring_store)
    assert action == "export_pdf" and detail["what"].startswith("涉密载体丢失报告")


def test_print_loss_of_a_carrier_never_lost_is_refused_and_writes_nothing(
        monkeypatch, capsys, filled, tmp_path) -> None:
    out = tmp_path / "loss.pdf"
    code = run(monkeypatch, ["print", "loss", str(filled), "--out", str(out), "--loss", "7"])
    assert code != 0 and not out.exists()
    assert "没有这条异常记录" in capsys.readouterr().err


@pytest.fixture
def checked(tmp_path: Path, keyring_store) -> Path:
    """A closed inventory check of a 机密 document with one copy missing."""
    from miji_desk.core import inventory as inv

    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    doc = register_incoming(vault, incoming(scope=SCOPE, copy_numbers="1-2"))
    check = inv.start_check(vault, inv.Scope(inv.ScopeKind.ALL))
    inv.scan(vault, check, doc.barcodes[0])
    inv.close_check(vault, check, "缺失1份")
    vault.close()
    return path


@pytest.mark.parametrize("which", ["1", "清查〔2026〕1号"])
def test_print_an_inventory_report_by_id_or_number(monkeypatch, capsys, checked, keyring_store,
                                                   tmp_path, which) -> None:
    out = tmp_path / "inventory.pdf"
    code = run(monkeypatch, ["print", "inventory", str(checked), "--out", str(out),
                             "--check", which])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "涉密载体清查报告" in stdout
    text = "".join(pdf_text(out)[0].split())
    assert "涉密载体清查报告" in text and "清查〔2026〕1号" in text and "缺失1份" in text
    assert text.startswith("机密")
    assert_cjk_embedded(out)
    action, _ids, detail = last_audit(checked, keyring_store)
    assert action == "export_pdf" and detail["what"].startswith("涉密载体清查报告")


@pytest.mark.parametrize("which", ["9", "清查〔2026〕9号", ""])
def test_print_inventory_of_no_such_check_writes_nothing(monkeypatch, capsys, checked,
                                                         tmp_path, which) -> None:
    out = tmp_path / "inventory.pdf"
    code = run(monkeypatch, ["print", "inventory", str(checked), "--out", str(out),
                             "--check", which])
    assert code != 0 and not out.exists()
    assert ("没有这次清查" if which else "--check") in capsys.readouterr().err
