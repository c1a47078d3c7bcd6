"""``miji-desk-cli print expiry``: the expiry review list (保密期限到期审核清单) as a PDF with the
marking of the highest level it lists, audited like every export; looked at as an image."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from miji_desk import cli
from miji_desk.core.periods import SecrecyPeriod
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
def expiring(tmp_path: Path, keyring_store) -> Path:
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    register_incoming(vault, incoming(title="二〇一六年的机密通知", level="secret",
                                      copy_numbers="1", period=SecrecyPeriod.years(10),
                                      classified_on=dt.date(2016, 2, 29)))
    register_incoming(vault, incoming(title="收文日起算的秘密通知", level="confidential",
                                      copy_numbers="1-2", period=SecrecyPeriod(),
                                      classified_on=None,
                                      received_at=dt.datetime(2016, 12, 10, 9, 0,
                                                              tzinfo=dt.UTC)))
    register_incoming(vault, incoming(title="长期的绝密文件", level="top_secret", copy_numbers="1",
                                      period=SecrecyPeriod.long_term(),
                                      classified_on=dt.date(1990, 1, 1)))
    vault.close()
    return path


def test_print_expiry_lists_the_due_carriers_marked_at_their_highest_level(
        monkeypatch, capsys, expiring, keyring_store, tmp_path) -> None:
    out = tmp_path / "expiry.pdf"
    code = run(monkeypatch, ["print", "expiry", str(expiring), "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "保密期限到期审核清单, 3 row(s)" in stdout
    [text] = pdf_text(out)
    flat = text.replace("\n", "").replace(" ", "")
    today = dt.date.today()  # the command line runs on the PC's clock
    assert "二〇一六年的机密通知" in flat and "2026-02-28" in flat
    assert f"已届满{(today - dt.date(2026, 2, 28)).days}天" in flat
    assert "收文日起算的秘密通知" in flat and "2026-12-10" in flat and "（收文日期）" in flat
    assert "长期的绝密文件" not in text
    assert text.count("机密") >= 3 and "绝密" not in text  # marked 机密: the highest listed
    assert_cjk_embedded(out)
    _seq, action, _ids, detail = last_audit(expiring, keyring_store)
    assert action == "export_pdf" and detail["what"] == "保密期限到期审核清单"
    assert detail["marking"] == "机密"
    # Looked at as an image: a landscape A4 page with ink in the table and the header.
    [page] = render_pages(out, dpi=60)
    assert page.width > page.height
    top = page.crop((0, 0, page.width, page.height // 6))
    assert top.getextrema()[0] < 100  # the marking and title are printed at the top
