"""The unlock screen shows with the least imported; the rest is built right after, unchanged.

A cold start used to import reportlab (through the printing actions), keyring and every feature
page before the window showed (6.3× a bare QApplication start). The window now shows with the
unlock screen alone; ``AppController.complete()`` builds the printing actions and the feature
pages once it is drawn, and before any unlock is handled. ``benchmarks/bench_start.py`` times it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.features import FEATURES
from miji_desk.ui.shell.settings import Settings
from tests.factories import PASSPHRASE, machine, new_vault

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("reportlab", "keyring", "miji_desk.printing", "miji_desk.ui.printing",
         "miji_desk.vault.vault", "miji_desk.ui.shell.settings_dialog", *FEATURES)

# The real start, as ``miji-desk --vault X --exit-when-ready`` runs it; what was loaded when
# the window showed.
PROBE = """
import json, sys
from miji_desk import app
from miji_desk.ui.shell.main_window import MainWindow
seen = {}
original = MainWindow.show
def show(self):
    original(self)
    seen.update(modules=sorted(sys.modules), unlock_shown=self.stack.currentIndex() == 0
                and self.lock_page.isVisible(), maximised=self.isMaximized())
MainWindow.show = show
code = app.run(["miji-desk", "--vault", sys.argv[1], "--exit-when-ready"])
print(json.dumps({"code": code, **seen}))
"""


def start_once(tmp_path: Path) -> dict[str, object]:
    vault, _code = new_vault(tmp_path / "ledger.mjdb")
    vault.close()
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "ledger.mjdb")],
                          env=env, capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_unlock_screen_shows_without_reportlab_keyring_or_the_feature_pages(
        tmp_path: Path) -> None:
    started = start_once(tmp_path)
    assert started["code"] == 0 and started["unlock_shown"] is True
    assert started["maximised"] is True  # the offscreen screen is 800×800: too small for 1280
    modules = started["modules"]
    assert isinstance(modules, list)
    loaded = [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]
    assert loaded == [], f"imported before the unlock screen showed: {loaded}"


def test_completing_after_the_first_paint_builds_what_a_full_start_builds(
        qtbot, tmp_path: Path) -> None:
    store = machine()
    vault, _code = new_vault(tmp_path / "ledger.mjdb", store)
    vault.close()
    full = AppController(tmp_path / "ledger.mjdb", Settings(tmp_path / "a.ini"), store)
    deferred = AppController(tmp_path / "ledger.mjdb", Settings(tmp_path / "b.ini"), store,
                             deferred=True)
    for c in (full, deferred):
        qtbot.addWidget(c.window)
    assert deferred.features == [] and not deferred.window.built  # the unlock screen only

    def menus(c: AppController) -> list[str]:
        return [a.text() for a in c.window.menuBar().actions()]

    deferred.complete()
    deferred.complete()  # once only: a second call adds nothing
    assert deferred.features == full.features == list(FEATURES)
    assert menus(deferred) == menus(full) and menus(full)[-2:] == ["设置(&S)", "帮助(&H)"]
    assert deferred.window.tabs.count() == full.window.tabs.count() > 1
    assert deferred.idle.timeout_ms == full.idle.timeout_ms
    full.window.close()
    deferred.window.close()


def test_an_unlock_before_completion_completes_first(qtbot, tmp_path: Path) -> None:
    store = machine()
    vault, _code = new_vault(tmp_path / "ledger.mjdb", store)
    vault.close()
    c = AppController(tmp_path / "ledger.mjdb", Settings(tmp_path / "s.ini"), store,
                      deferred=True)
    qtbot.addWidget(c.window)
    c.install(QApplication.instance())  # type: ignore[arg-type]
    try:
        c.try_unlock(PASSPHRASE, False)
        assert c.window.vault is not None and c.features == list(FEATURES)
        assert all(page.isEnabled() for page in c.window.pages)
    finally:
        c.window.lock()
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(c.idle)
        app.removeEventFilter(c.scanner)
