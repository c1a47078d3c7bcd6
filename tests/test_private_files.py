"""Files the app creates are private (0600), whatever umask the clerk's session has; and the
guard that keeps outputs off the app's own files knows the formats the vault really writes."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from miji_desk.core import own_files
from miji_desk.vault import backup_format, keyslots

ROOT = Path(__file__).resolve().parents[1]

# The GUI started as the launcher starts it, with a permissive umask. QApplication.exec is
# replaced by a look at every file written so far (the demo vault, its keys, the settings):
# the demo folder is removed when run() returns.
GUI = """
import json, os, stat, sys
os.umask(0o022)
from PySide6.QtWidgets import QApplication
from miji_desk import app

def look(_self):
    # The demo vault is made on a worker after the window shows: wait until it is open.
    import time
    from miji_desk.ui.shell.main_window import MainWindow
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and not any(
            isinstance(w, MainWindow) and not w.is_locked for w in QApplication.topLevelWidgets()):
        QApplication.processEvents()
        time.sleep(0.02)
    modes = {}
    for root in sys.argv[1:]:
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = os.path.join(folder, name)
                modes[path] = stat.S_IMODE(os.stat(path).st_mode)
    print(json.dumps(modes))
    return 0

QApplication.exec = look
sys.exit(app.run(["miji-desk", "--demo", "--lang", "zh_CN"]))
"""


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_every_file_the_gui_writes_is_private(tmp_path: Path, isolated_app_data: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    result = subprocess.run([sys.executable, "-c", GUI, str(temp), str(isolated_app_data)],
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    modes: dict[str, int] = json.loads(result.stdout.strip().splitlines()[-1])
    names = {Path(p).name for p in modes}
    assert {"ledger.mjdb", "ledger.mjdb.keys"} <= names
    assert modes == dict.fromkeys(modes, 0o600)


def test_the_guard_knows_the_formats_the_vault_writes() -> None:
    assert own_files.BACKUP_MAGIC == backup_format.MAGIC
    assert keyslots.FORMAT.encode("ascii") == own_files.KEYS_FORMAT
    assert own_files.KEYS_SUFFIX == keyslots.KEYS_SUFFIX
    assert own_files.MANIFEST_SUFFIX == backup_format.MANIFEST_SUFFIX
    assert own_files.BACKUP_NAME.match(backup_format.NAME_PREFIX + "20261207-093000")


@pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
def test_a_pdf_written_by_the_engine_is_private_and_replaces_only_a_plain_file(
        tmp_path: Path) -> None:
    from miji_desk.printing.labels import TEMPLATES, render_test_page

    os.umask(0o022)
    out = tmp_path / "test-page.pdf"
    out.write_bytes(b"an earlier test page")
    render_test_page(next(iter(TEMPLATES.values())), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["test-page.pdf"]


def test_the_engine_refuses_a_key_file_before_writing(tmp_path: Path) -> None:
    from miji_desk.core.errors import RuleViolation
    from miji_desk.printing.labels import TEMPLATES, render_test_page

    keys = tmp_path / "somewhere.keys"
    keys.write_text(json.dumps({"format": "miji-desk-keys", "version": 1}), encoding="utf-8")
    before = keys.read_bytes()
    with pytest.raises(RuleViolation) as info:
        render_test_page(next(iter(TEMPLATES.values())), keys)
    assert str(keys) in info.value.message and keys.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["somewhere.keys"]
