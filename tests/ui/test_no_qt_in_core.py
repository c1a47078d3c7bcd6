"""core, vault and printing never import Qt, so every rule is testable without a screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src"


def _modules(package: str) -> list[str]:
    root = SRC / "miji_desk" / package
    names = sorted(
        "miji_desk." + ".".join(p.relative_to(SRC / "miji_desk").with_suffix("").parts)
        for p in root.rglob("*.py") if p.name != "__init__.py")
    return [f"miji_desk.{package}", *names]


@pytest.mark.parametrize("package", ["core", "vault", "printing"])
def test_package_imports_without_pyside(package: str) -> None:
    modules = _modules(package) if (SRC / "miji_desk" / package).is_dir() else []
    if not modules:
        pytest.skip(f"miji_desk.{package} does not exist yet")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(qt))\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), os.environ.get(
        "PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{package} pulled in {result.stdout.strip()}"


def test_airgap_imports_without_pyside() -> None:
    code = ("import sys, miji_desk.airgap\n"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         check=True).stdout.strip()
    assert out == "False"
