"""Test-wide setup: Qt renders offscreen, and no test touches the real user's settings or data."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: no display is needed, and the UI tests behave the same on every machine.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_SRC = Path(__file__).resolve().parents[1] / "src"
if str(_SRC) not in sys.path:  # a plain checkout works without `pip install -e`
    sys.path.insert(0, str(_SRC))


@pytest.fixture(autouse=True)
def isolated_app_data(tmp_path_factory: pytest.TempPathFactory,
                      monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder (QStandardPaths, QSettings, platformdirs) at a fresh temp dir.

    Autouse so that a test can never read or overwrite the developer's real settings, vault or
    lockout file. The folder is beside, not inside, the test's own tmp_path, so tests that list
    tmp_path see only their own files. Returns the folder standing in for the user's data.
    """
    home = tmp_path_factory.mktemp("userdata")
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                     ("APPDATA", "roaming"), ("LOCALAPPDATA", "local")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    if "PySide6.QtCore" in sys.modules:  # only tests that use Qt pay for it
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
                QSettings.setPath(fmt, scope, str(home / "config"))
    return home


@pytest.fixture(autouse=True)
def restored_umask() -> Iterator[None]:
    """The CLI and the app set a private umask for the whole process; give every test the
    session's own back, so no test depends on which entry point an earlier test ran."""
    mask = os.umask(0o022)
    os.umask(mask)
    yield
    os.umask(mask)


@pytest.fixture(autouse=True)
def fresh_doc_numbers() -> None:
    """Every test's first factory document is 国保发〔2026〕12号 (tests/factories.incoming)."""
    from tests.factories import reset_doc_numbers

    reset_doc_numbers()
