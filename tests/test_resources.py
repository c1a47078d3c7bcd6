"""Shipped resources are found in a checkout and in an installed (non-editable) build."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from miji_desk.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("font", "covers"), [
    ("DejaVuSans.ttf", "AZaz09★—…①№℃Ⅱ"), ("DroidSansFallbackFull.ttf", "涉密载体台账，。"),
    ("MijiHanA.ttf", "鿏"), ("MijiHanB.ttf", "\U00020001\U0002A6D6"),
    ("MijiHanG.ttf", "\U00030000")])
def test_fonts_and_their_licences_are_shipped(font: str, covers: str) -> None:
    path = resource_path("fonts", font)
    licence = resource_path("fonts", font.replace(".ttf", ".LICENSE.txt"))
    assert path.stat().st_size > 100_000 and "License" in licence.read_text(encoding="utf-8")
    face = TTFont(f"probe-{font}", str(path)).face  # a TrueType-outline font reportlab embeds
    assert all(ord(ch) in face.charToGlyph for ch in covers)


def test_an_installed_build_carries_its_resources(tmp_path: Path) -> None:
    """setup.py's build step copies resources/ into the package; an import from that build
    (no checkout above it) finds them there."""
    build = tmp_path / "build"
    script = (
        "import runpy\n"
        "from setuptools import find_packages\n"
        "from setuptools.dist import Distribution\n"
        "ns = runpy.run_path('setup.py')\n"  # not __main__: defines the command, builds nothing
        "dist = Distribution({'name': 'miji-desk', 'packages': find_packages('src'),\n"
        "                     'package_dir': {'': 'src'}, 'script_name': 'setup.py'})\n"
        "cmd = ns['BuildPyWithResources'](dist)\n"
        f"cmd.build_lib = {str(build)!r}\n"
        "cmd.ensure_finalized()\n"
        "cmd.run()\n")
    subprocess.run([sys.executable, "-c", script], cwd=ROOT, check=True, capture_output=True)
    packaged = build / "miji_desk" / "resources"
    assert (packaged / "fonts" / "DejaVuSans.ttf").is_file()
    assert (packaged / "translations" / "miji_desk_en.qm").is_file()
    assert not list(packaged.rglob("*.ts"))  # sources stay in the checkout
    probe = ("import miji_desk.resources as r\n"
             "print(r.resource_path('fonts', 'DejaVuSans.ttf'))\n")
    env = {**os.environ, "PYTHONPATH": str(build)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    assert Path(out) == packaged / "fonts" / "DejaVuSans.ttf"
