"""``miji-desk-cli import VAULT FILE [--dry-run]`` and ``export REGISTER VAULT FILE``."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.vault.machine_secret import MachineSecretStore
from miji_desk.vault.vault import Vault
from tests.core.exchange.messy import write_csv
from tests.factories import PASSPHRASE, new_vault
from tests.test_cli import filled, folder, keyring_store, run
from tests.vault_fixtures import clock

__all__ = ["clock", "filled", "folder", "keyring_store"]

HEAD = ["文号", "密级", "标题", "来文机关", "收文日期", "份号", "页数"]


@pytest.fixture
def empty(folder: Path, keyring_store) -> Path:  # type: ignore[no-untyped-def]
    path = folder / "new.mjdb"
    vault, _ = new_vault(path, MachineSecretStore(keyring_store))
    vault.close()
    return path


def counts(path: Path, keyring_store) -> dict[str, int]:  # type: ignore[no-untyped-def]
    vault = Vault.open(path, passphrase=PASSPHRASE, store=MachineSecretStore(keyring_store))
    try:
        return vault.counts()
    finally:
        vault.close()


def test_dry_run_shows_rows_and_errors_and_changes_nothing(
        monkeypatch, tmp_path: Path, empty: Path, keyring_store, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "旧账.csv", [
        HEAD, ["某发〔2019〕1号", "秘密★10年", "通知", "省委办公厅", "2019年3月5日", "3～5", "4"],
        ["某发〔2019〕2号", "机要", "纪要", "市政府", "2019.3.6", "1", "2"]], "gbk")
    code = run(monkeypatch, ["import", str(empty), str(path), "--dry-run",
                             "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 1
    assert "gb18030" in out
    assert "第 2 行 → （新编号） 通知 秘密 份号 3-5（3 件）" in out
    assert "错误：第 3 行「密级」列：密级“机要”不是台账中的密级。" in err
    assert counts(empty, keyring_store)["carriers"] == 0


def test_import_then_export_on_the_command_line(
        monkeypatch, tmp_path: Path, empty: Path, keyring_store, capsys) -> None:  # type: ignore[no-untyped-def]
    path = write_csv(tmp_path / "旧账.csv", [
        HEAD, ["某发〔2019〕1号", "秘密★10年", "通知", "省委办公厅", "2019-3-5", "3-5", "4"]])
    code = run(monkeypatch, ["import", str(empty), str(path), "--passphrase-stdin"],
               PASSPHRASE + "\n")
    out, _err = capsys.readouterr()
    assert code == 0, out
    assert "3 件载体" in out and "请打印标签" in out
    out_file = tmp_path / "chosen" / "收文.xlsx"
    out_file.parent.mkdir()
    code = run(monkeypatch, ["export", "incoming", str(empty), str(out_file),
                             "--passphrase-stdin"], PASSPHRASE + "\n")
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "已导出 3 行" in out and "没有加密" in err
    assert out_file.exists()


def test_an_export_to_a_missing_folder_fails_clearly(
        monkeypatch, tmp_path: Path, filled: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code = run(monkeypatch, ["export", "ledger", str(filled), str(tmp_path / "no" / "x.csv"),
                             "--passphrase-stdin"], PASSPHRASE + "\n")
    _out, err = capsys.readouterr()
    assert code == 1 and "无法写入" in err
