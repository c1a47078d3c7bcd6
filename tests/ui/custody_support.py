"""A running application over a real vault with people and documents, for the circulation desk
and people page tests. The vault's clock is a FixedClock at the real time of day (the dialogs'
date fields start from today); the scanner's monotonic clock is the tests' fake one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget

from miji_desk.core.clock import FixedClock
from miji_desk.core.people import Grade, PersonForm, add_person
from miji_desk.core.registration import register_incoming
from miji_desk.ui.shell.controller import AppController
from miji_desk.ui.shell.settings import Settings
from miji_desk.vault.vault import Vault
from tests.factories import NOW as FACTORY_NOW
from tests.factories import PASSPHRASE, incoming, machine, new_vault

NOW = FACTORY_NOW  # the dialogs start from the vault's clock
EARLIER = NOW - dt.timedelta(hours=2)
SCOPE = "办公室主任、院领导、综合处全体"


@dataclass
class World:
    """What the vault holds: badges and barcodes by role."""

    director: str = ""  # 张建华, 办公室主任, 重要 (may know 机密)
    dean: str = ""  # 李国强, 院领导 副院长, 核心
    clerk2: str = ""  # 王小丽, 综合处 科员, 一般 (秘密 only)
    report: list[str] = field(default_factory=list)  # 机密, 3 copies, 12 pages, 附件1份
    notice: list[str] = field(default_factory=list)  # 秘密, 2 copies
    titles: dict[str, str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)  # person ids by badge


def build_vault(path: Path, store: Any) -> World:
    vault, _ = new_vault(path, store, FixedClock(EARLIER))
    w = World()
    for attr, form in (("director", PersonForm("张建华", Grade.IMPORTANT, "办公室", "主任")),
                       ("dean", PersonForm("李国强", Grade.CORE, "院领导", "副院长")),
                       ("clerk2", PersonForm("王小丽", Grade.GENERAL, "综合处", "科员"))):
        p = add_person(vault, form)
        setattr(w, attr, p.badge)
        w.ids[p.badge] = p.id
    report = register_incoming(vault, incoming(
        title="关于第三季度保密检查情况的通报", copy_numbers="1-3", scope=SCOPE,
        attachments="附件1份", received_at=EARLIER - dt.timedelta(hours=1)))
    notice = register_incoming(vault, incoming(
        title="关于做好年终涉密载体清查工作的通知", level="confidential", copy_numbers="1-2",
        scope=SCOPE, doc_no="院保〔2026〕5号", received_at=EARLIER - dt.timedelta(hours=1)))
    w.report, w.notice = report.barcodes, notice.barcodes
    w.titles = {"report": "关于第三季度保密检查情况的通报",
                "notice": "关于做好年终涉密载体清查工作的通知"}
    vault.close()
    return w


class Recorder:
    """Stands in for the print preview: keeps what would have been shown."""

    def __init__(self) -> None:
        self.calls: list[tuple[bytes, str, dict[str, Any]]] = []

    def __call__(self, pdf: bytes, title: str, parent: Any, **options: Any) -> None:
        self.calls.append((pdf, title, options))


@pytest.fixture(name="store")
def store_fixture():
    return machine()


@pytest.fixture(name="world_file")
def world_file_fixture(tmp_path: Path, store) -> tuple[Path, World]:
    folder = tmp_path / "v"
    folder.mkdir()
    path = folder / "ledger.mjdb"
    return path, build_vault(path, store)


@pytest.fixture(name="world")
def world_fixture(world_file) -> World:
    return world_file[1]


@pytest.fixture(name="app_controller")
def app_controller_fixture(qtbot, world_file, store, tmp_path: Path,
                           clock) -> Iterator[AppController]:
    path, _world = world_file
    c = AppController(path, Settings(tmp_path / "settings.ini"), store,
                      clock=FixedClock(NOW),
                      airgap_source=lambda: [("lo", True, True)], monotonic=clock)
    c.printing.preview = Recorder()  # type: ignore[assignment]
    qtbot.addWidget(c.window)
    app = QApplication.instance()
    c.install(app)  # type: ignore[arg-type]
    c.window.show()
    c.try_unlock(PASSPHRASE, False)
    assert not c.window.is_locked
    yield c
    c.window.lock()
    app.removeEventFilter(c.idle)
    app.removeEventFilter(c.scanner)


def vault_of(c: AppController) -> Vault:
    assert c.window.vault is not None
    return c.window.vault


def status(c: AppController, code: str) -> tuple[str, str]:
    v = vault_of(c).ledger.by_barcode(code)
    assert v is not None
    return v.status.value, v.holder


def texts_on_screen() -> list[str]:
    """Every text any widget holds, for the lock test."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        for attr in ("text", "toPlainText", "currentText", "toolTip", "windowTitle"):
            fn = getattr(widget, attr, None)
            if callable(fn):
                try:
                    found.append(str(fn()))
                except TypeError:
                    continue
        if isinstance(widget, QTableWidget):
            found += [widget.item(r, c).text() for r in range(widget.rowCount())
                      for c in range(widget.columnCount()) if widget.item(r, c)]
    return found


def model_texts(model: Any) -> list[str]:
    return [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
            for c in range(model.columnCount())]


__all__ = ["NOW", "SCOPE", "Recorder", "World", "app_controller_fixture",
           "model_texts", "status", "store_fixture", "texts_on_screen", "vault_of",
           "world_file_fixture", "world_fixture"]
