"""``miji-desk-cli labels`` and ``print``, in-process: real vaults, real PDFs, decoded barcodes,
extracted text, and one audit event per file written."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from reportlab.lib.units import mm

from miji_desk import cli
from miji_desk.cli import printing as cli_printing
from miji_desk.core.errors import EnvironmentProblem
from miji_desk.core.registration import register_incoming, register_media, register_outgoing
from miji_desk.printing import registers
from miji_desk.printing.labels import TEMPLATES
from miji_desk.vault.audit import AuditHead
from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.core.test_registration import medium, outgoing
from tests.factories import PASSPHRASE, UNIT, incoming, new_vault
from tests.fakes import InMemoryKeyring
from tests.printing.helpers import PX_PER_MM, assert_cjk_embedded, decode, pdf_text, render_pages


@pytest.fixture
def keyring_store(monkeypatch) -> InMemoryKeyring:
    backend = InMemoryKeyring()
    monkeypatch.setattr(cli, "MachineSecretStore", lambda: MachineSecretStore(backend))
    return backend


@pytest.fixture
def filled(tmp_path: Path, keyring_store) -> Path:
    """收 0001 (份号 3-5, 机密), 收 0002 (1 份, 绝密), 发 0001 (3 份), 介 0001."""
    path = tmp_path / "ledger.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    register_incoming(vault, incoming())
    register_incoming(vault, incoming(level="top_secret", copy_numbers="1", title="绝密的通知"))
    register_outgoing(vault, outgoing())
    register_media(vault, medium())
    vault.close()
    return path


def run(monkeypatch, argv: list[str]) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    return cli.main([*argv, "--passphrase-stdin"])


def opened(path: Path, keyring: InMemoryKeyring) -> Vault:
    return Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring))


def last_audit(path: Path, keyring: InMemoryKeyring) -> tuple[int, str, list[int], dict]:
    with opened(path, keyring) as v:
        seq, action, ids, detail = v.conn.execute(
            "SELECT seq, action, carrier_ids, detail FROM audit_event "
            "ORDER BY seq DESC LIMIT 1").fetchone()
    return seq, action, json.loads(ids), json.loads(detail)


def barcodes_in_number_order(path: Path, keyring: InMemoryKeyring, prefix: str) -> list[str]:
    with opened(path, keyring) as v:
        return [cv.barcode for cv in v.ledger.iter_views() if cv.number.startswith(prefix)]


# -- labels ------------------------------------------------------------------------------------

@pytest.mark.parametrize("numbers", ["2026-收-0001~2026-收-0002", "2026-收-0001-2026-收-0002",
                                     "2026-收-0001 至 2026-收-0002"])
def test_labels_for_a_range_of_numbers_decode_in_order_and_are_audited(
        monkeypatch, capsys, filled, keyring_store, tmp_path, numbers):
    out = tmp_path / "labels.pdf"
    code = run(monkeypatch, ["labels", str(filled), "--out", str(out), "--numbers", numbers])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    assert "4 labels on 1 page" in stdout and PASSPHRASE not in stdout + err
    expected = barcodes_in_number_order(filled, keyring_store, "2026-收-")
    assert len(expected) == 4
    page = render_pages(out)[0]
    found = sorted(decode(page), key=lambda r: (round(r[2] / 50), r[1]))  # rows, then columns
    assert [r[0] for r in found] == expected
    assert "2026-收-0001-003" in pdf_text(out)[0] and "绝密★10年" in pdf_text(out)[0]
    assert_cjk_embedded(out)
    _seq, action, ids, detail = last_audit(filled, keyring_store)
    assert action == "print_labels" and len(ids) == 4
    assert detail["pages"] == 1 and detail["filter"] == "编号 2026-收-0001 至 2026-收-0002"
    assert detail["destination"] == str(out) and "a4-3x8" in detail["what"]


def test_labels_honour_start_skip_offset_and_template(monkeypatch, capsys, filled,
                                                      keyring_store, tmp_path):
    out = tmp_path / "labels.pdf"
    template = TEMPLATES["a4-2x5"]
    code = run(monkeypatch, ["labels", str(filled), "--out", str(out), "--numbers",
                             "2026-发-0001~2026-收-9999", "--template", "A4-2x5", "--start", "2",
                             "--skip", "3,5", "--offset", "1.5,-2"])
    _out, err = capsys.readouterr()
    assert code == 0, err
    # 发 0001 ×3, then 收 0001 ×3 and 收 0002: seven labels at 2, 4, 6, 7, 8, 9, 10.
    expected = (barcodes_in_number_order(filled, keyring_store, "2026-发-")
                + barcodes_in_number_order(filled, keyring_store, "2026-收-"))
    found = decode(render_pages(out)[0])
    assert sorted(r[0] for r in found) == sorted(expected)
    for code_text, position in zip(expected, (2, 4, 6, 7, 8, 9, 10), strict=True):
        left, top = template.cell_mm(position)
        left, top = left + 1.5, top - 2.0
        _t, x0, y0, x1, y1 = next(r for r in found if r[0] == code_text)
        cx, cy = (x0 + x1) / 2 / PX_PER_MM, (y0 + y1) / 2 / PX_PER_MM
        assert left < cx < left + template.label_w, (code_text, position)
        assert top < cy < top + template.label_h, (code_text, position)


def test_one_carrier_number_with_its_copy_suffix_is_one_label(monkeypatch, capsys, filled,
                                                             keyring_store, tmp_path):
    out = tmp_path / "one.pdf"
    assert run(monkeypatch, ["labels", str(filled), "--out", str(out),
                             "--numbers", "2026-收-0001-004"]) == 0
    assert "1 labels" in capsys.readouterr().out
    [(text, *_box)] = decode(render_pages(out)[0])
    with opened(filled, keyring_store) as v:
        assert text == v.ledger.by_barcode(text).barcode
        assert v.ledger.by_barcode(text).number == "2026-收-0001-004"


@pytest.mark.parametrize(("argv", "message"), [
    (["--numbers", "2026-收-0100~2026-收-0200"], "范围内没有载体"),
    (["--numbers", "2026-收-0099"], "找不到编号"),
    (["--numbers", "2026-收-0002~2026-收-0001"], "起始编号大于结束编号"),
    (["--numbers", "2026-收-0001", "--template", "a5-9x9"], "a4-3x8"),
    (["--numbers", "2026-收-0001", "--start", "25"], "起始位置"),
    (["--numbers", "2026-收-0001", "--skip", "x"], "跳过"),
    (["--numbers", "2026-收-0001", "--offset", "11,0"], "校准偏移"),
    (["--numbers", "2026-收-0001", "--margin", "12"], "可打印边距"),
])
def test_labels_refusals_write_nothing(monkeypatch, capsys, filled, keyring_store, tmp_path,
                                       argv, message):
    before = last_audit(filled, keyring_store)[0]
    out = tmp_path / "labels.pdf"
    assert run(monkeypatch, ["labels", str(filled), "--out", str(out), *argv]) == 1
    stdout, err = capsys.readouterr()
    assert message in err and len(err.strip().splitlines()) == 1 and stdout == ""
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    with opened(filled, keyring_store) as v:
        added = [(action, json.loads(detail).get("via")) for action, detail in v.conn.execute(
            "SELECT action, detail FROM audit_event WHERE seq > ?", (before,))]
    # No print event; at most the unlock (every CLI open is audited, if it got that far).
    assert added in ([], [("unlock", "cli labels")])


def test_labels_need_a_selection(monkeypatch, capsys, filled, tmp_path):
    with pytest.raises(SystemExit) as info:
        run(monkeypatch, ["labels", str(filled), "--out", str(tmp_path / "x.pdf")])
    assert info.value.code == 2 and "--numbers" in capsys.readouterr().err


def test_an_export_that_cannot_be_audited_is_removed(monkeypatch, capsys, filled, keyring_store,
                                                      tmp_path):
    def fail(*_a, **_k):
        raise EnvironmentProblem("写入台账失败：磁盘已满。")

    monkeypatch.setattr(cli_printing, "record_print", fail)
    out = tmp_path / "r.pdf"
    assert run(monkeypatch, ["print", "incoming", str(filled), "--out", str(out)]) == 1
    assert "磁盘已满" in capsys.readouterr().err
    assert not out.exists()


# -- registers ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("register", "title", "prefix"), [
    ("incoming", "收文登记簿", "2026-收-"), ("outgoing", "发文登记簿", "2026-发-"),
    ("media", "涉密介质登记簿", "2026-介-")])
def test_print_each_register_with_its_own_rows_and_the_checkpoint(
        monkeypatch, capsys, filled, keyring_store, tmp_path, register, title, prefix):
    with opened(filled, keyring_store) as v:
        numbers = [cv.number for cv in v.ledger.iter_views() if cv.number.startswith(prefix)]
        others = [cv.number for cv in v.ledger.iter_views() if not cv.number.startswith(prefix)]
    out = tmp_path / f"{register}.pdf"
    code = run(monkeypatch, ["print", register, str(filled), "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0, err
    with opened(filled, keyring_store) as v:  # the chain as printed: up to the CLI's unlock
        seq, mac = v.conn.execute("SELECT seq, mac FROM audit_event WHERE action = 'unlock' "
                                  "ORDER BY seq DESC LIMIT 1").fetchone()
        head = AuditHead.of(v._audit_key, seq, bytes(mac))
    assert f"{len(numbers)} row(s) on 1 page(s)" in stdout
    text = pdf_text(out)[0]
    assert title in text and UNIT in text and "筛选条件：全部" in text
    assert f"审计校验码：{head.checkpoint}" in text and "第 1 页 / 共" in text
    assert text.count("机密") >= 2  # the register's own marking, top and bottom
    assert all(n in text for n in numbers) and not any(n in text for n in others)
    assert_cjk_embedded(out)
    seq, action, ids, detail = last_audit(filled, keyring_store)
    assert seq == head.seq + 1 and action == "export_pdf" and ids == []
    marking = "绝密" if register == "incoming" else "机密"  # the highest level it lists
    assert detail == {"what": title, "filter": "全部", "pages": 1, "marking": marking,
                      "checkpoint": head.checkpoint, "destination": str(out)}


def test_print_with_filters_and_a_marking(monkeypatch, capsys, filled, keyring_store, tmp_path):
    out = tmp_path / "r.pdf"
    code = run(monkeypatch, ["print", "incoming", str(filled), "--out", str(out),
                             "--level", "绝密", "--status", "在库", "--from", "2026-01-01",
                             "--marking", "绝密"])
    _o, err = capsys.readouterr()
    assert code == 0, err
    text = pdf_text(out)[0]
    assert "绝密的通知" in text and "2026-收-0002-001" in text and "2026-收-0001" not in text
    assert "密级：绝密" in text and "状态：在库" in text and "登记日期：2026-01-01 以后" in text
    detail = last_audit(filled, keyring_store)[3]
    assert detail["filter"].startswith("密级：绝密")


def test_print_refuses_unknown_filters(monkeypatch, capsys, filled, tmp_path):
    assert run(monkeypatch, ["print", "incoming", str(filled), "--out", str(tmp_path / "r.pdf"),
                             "--level", "超级机密"]) == 1
    assert "未知的密级" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_unknown_register_is_a_usage_error(monkeypatch, capsys, filled, tmp_path):
    with pytest.raises(SystemExit) as info:
        run(monkeypatch, ["print", "nonsense", str(filled), "--out", str(tmp_path / "r.pdf")])
    assert info.value.code == 2
    assert "incoming" in capsys.readouterr().err


def test_a_new_register_needs_no_cli_change(monkeypatch, capsys, filled, tmp_path):
    copy = dataclasses.replace(registers.INCOMING, key="copy", title="复制登记簿")
    monkeypatch.setitem(registers.REGISTERS, "copy", copy)
    out = tmp_path / "copy.pdf"
    assert run(monkeypatch, ["print", "copy", str(filled), "--out", str(out)]) == 0
    text = pdf_text(out)[0]
    assert "复制登记簿" in text and "没有符合筛选条件的记录" in text


def test_labels_sheet_fits_the_template_page(monkeypatch, filled, tmp_path):
    out = tmp_path / "thermal.pdf"
    assert run(monkeypatch, ["labels", str(filled), "--out", str(out), "--numbers",
                             "2026-介-0001", "--template", "thermal-50x30"]) == 0
    [page] = render_pages(out, dpi=72)
    assert abs(page.width - 50 * mm) < 1 and abs(page.height - 30 * mm) < 1


def test_a_destroyed_carrier_is_labelled_only_with_reprint_and_says_so(
        monkeypatch, capsys, filled, keyring_store, tmp_path):
    from miji_desk.core.destruction import complete_manifest
    from tests.core.test_destruction import done, manifest

    with opened(filled, keyring_store) as v:
        gone = next(cv for cv in v.ledger.iter_views() if cv.number == "2026-收-0002-001")
        m = manifest(v, [gone.id], planned_on=v.clock.now().date())
        complete_manifest(v, m.id, done(destroyed_on=v.clock.now().date(),
                                        approved_on=v.clock.now().date()))
    out = tmp_path / "labels.pdf"
    argv = ["labels", str(filled), "--out", str(out), "--numbers", "2026-收-0002"]
    assert run(monkeypatch, argv) == 1
    assert "2026-收-0002-001（已销毁）" in capsys.readouterr().err and not out.exists()
    assert run(monkeypatch, [*argv, "--reprint", "--margin", "2"]) == 0
    capsys.readouterr()
    assert "补打·已销毁" in pdf_text(out)[0]
    assert [r[0] for r in decode(render_pages(out)[0])] == [gone.barcode]
    _seq, action, _ids, detail = last_audit(filled, keyring_store)
    assert action == "print_labels" and "补打 1 个" in detail["filter"]
