"""The vault is checked statically against the protocols the core workflows are written to.

``vault/vault.py`` assigns a ``Vault`` to a ``Ledger`` and a ``Tx`` to a ``LedgerTx`` in code only
the type checker reads. These tests run mypy on a copy of the sources in which a protocol
gained a member the vault does not implement -- a drift no workflow calls yet, so nothing but
that assignment can notice it -- and expect the check to fail there.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]

# A protocol member nobody implements or calls: only the static assertion can see it.
DRIFTS = {
    "Ledger": ("core/ports.py", "class Ledger(Protocol):\n",
               "    def inventory_due(self) -> bool: ...\n"),
    "LedgerTx via CustodyTx": ("core/custody_ports.py", "class CustodyTx(Protocol):\n",
                               "    def insert_seal(self, carrier_id: int) -> int: ...\n"),
    "LedgerTx via DispositionTx": ("core/disposition_ports.py",
                                   "class DispositionTx(Protocol):\n",
                                   "    def insert_transfer(self, carrier_id: int) -> int: ...\n"),
}


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("mypy-cache")  # shared: each run rechecks only what changed


def check_vault(tree: Path, cache: Path) -> tuple[int, str]:
    """mypy, as strict as the project's configuration, on ``vault/vault.py`` of ``tree``."""
    config = tree / "mypy.ini"
    config.write_text(
        "[mypy]\npython_version = 3.11\nstrict = True\n"
        f"mypy_path = {tree / 'src'}{os.pathsep}{ROOT / 'typings'}\n"
        "untyped_calls_exclude = keyring\n"
        "[mypy-reportlab.*,keyring.*,openpyxl.*]\nignore_missing_imports = True\n",
        encoding="utf-8")
    out, err, status = mypy_api.run([
        "--config-file", str(config), "--cache-dir", str(cache), "--no-error-summary",
        str(tree / "src" / "miji_desk" / "vault" / "vault.py")])
    return status, out + err


def copy_sources(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "src" / "miji_desk", tree / "src" / "miji_desk",
                    ignore=shutil.ignore_patterns("__pycache__", "ui"))
    return tree


def test_the_vault_satisfies_the_core_protocols(tmp_path: Path, cache: Path) -> None:
    status, report = check_vault(copy_sources(tmp_path), cache)
    assert status == 0, report


@pytest.mark.parametrize("drift", sorted(DRIFTS))
def test_a_protocol_member_the_vault_lacks_fails_the_type_check(tmp_path: Path, cache: Path,
                                                                  drift: str) -> None:
    tree = copy_sources(tmp_path)
    module, anchor, member = DRIFTS[drift]
    path = tree / "src" / "miji_desk" / module
    source = path.read_text(encoding="utf-8")
    assert anchor in source
    path.write_text(source.replace(anchor, anchor + member), encoding="utf-8")
    status, report = check_vault(tree, cache)
    assert status == 1
    name = member.split("def ")[1].split("(")[0]
    failing = [line for line in report.splitlines() if "vault/vault.py" in line]
    assert any("error" in line and "Incompatible types in assignment" in line
               for line in failing), report
    assert name in report, report
