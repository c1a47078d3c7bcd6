"""``print summary --from --to`` and ``summary-csv``: the 涉密载体管理情况报告 of a period, its
counts from the ledger, marked at the highest level it lists, audited; looked at as an image."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.core.registration import register_incoming
from miji_desk.vault.machine_secret import MachineSecretStore
from tests.factories import incoming, new_vault
from tests.fakes import InMemoryKeyring
from tests.printing.helpers import assert_cjk_embedded, pdf_text, render_pages
from tests.test_cli_printing import last_audit, run


@pytest.fixture
def keyring_store(monkeypatch) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


@pytest.fixture
def ledger(tmp_path: Path, keyring_store) -> Path:
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    register_incoming(vault, incoming(level="secret", copy_numbers="1-3"))  # 2026-11-27
    register_incoming(vault, incoming(level="confidential", copy_numbers="1"))
    vault.close()
    return path


def test_print_summary_counts_from_the_ledger(monkeypatch, capsys, ledger, keyring_store,
                                              tmp_path) -> None:
    out = tmp_path / "summary.pdf"
    code = run(monkeypatch, ["print", "summary", str(ledger), "--out", str(out),
                             "--from", "2026-07-01", "--to", "2026-12-31"])
    _stdout, err = capsys.readouterr()
    assert code == 0, err
    [text] = pdf_text(out)
    flat = text.replace("\n", " ")
    assert "涉密载体管理情况报告" in flat and "报告期间：2026-07-01 至 2026-12-31" in flat
    assert "接收（收文） 0 3 1" in flat  # 绝密 0, 机密 3, 秘密 1
    assert "本期没有完成的清查" in flat and "本期没有异常事件" in flat
    assert text.startswith("机密") and text.count("机密") >= 2  # top and foot of the page
    assert "绝密" not in text.replace("绝密 机密", "")  # only as a column header
    assert_cjk_embedded(out)
    _seq, action, _ids, detail = last_audit(ledger, keyring_store)
    assert action == "export_pdf" and detail["what"] == "涉密载体管理情况报告"
    assert detail["marking"] == "机密"
    [page] = render_pages(out, dpi=60)
    assert page.height > page.width  # A4 portrait
    assert page.crop((0, 0, page.width, page.height // 8)).getextrema()[0] < 100


def test_a_summary_needs_its_period(monkeypatch, capsys, ledger, tmp_path) -> None:
    out = tmp_path / "summary.pdf"
    code = run(monkeypatch, ["print", "summary", str(ledger), "--out", str(out)])
    assert code == 1 and "须指定期间" in capsys.readouterr().err
    assert not out.exists()


def test_summary_csv_has_the_same_counts(monkeypatch, capsys, ledger, keyring_store,
                                         tmp_path) -> None:
    out = tmp_path / "summary.csv"
    code = run(monkeypatch, ["summary-csv", str(ledger), "--out", str(out),
                             "--from", "2026-07-01", "--to", "2026-12-31"])
    _stdout, err = capsys.readouterr()
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows[0] == ["机密"]
    header = rows[2]
    received = next(r for r in rows if r and r[0] == "接收（收文）")
    assert dict(zip(header, received, strict=False))["机密"] == "3"
    assert received[-1] == "4"
    _seq, action, _ids, detail = last_audit(ledger, keyring_store)
    assert action == "export_pdf" and detail["what"] == "涉密载体管理情况报告（CSV）"
