"""Printing to a print server that is not this PC is refused before Qt's printing is touched,
and the air-gap banner names the host (issue 10). The client.conf naming 10.1.2.3 is faked
through HOME; Qt's printer listing and printers are replaced by tripwires, so nothing here can
ever connect to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from miji_desk.core.errors import EnvironmentProblem
from miji_desk.ui.printing import label_dialog, preview
from miji_desk.ui.printing.label_dialog import LabelPrintDialog
from miji_desk.ui.printing.preview import PrintPreviewDialog
from tests.ui import test_printing_ui as printing_tests

store, vault_file, settings = (printing_tests.store, printing_tests.vault_file,
                               printing_tests.settings)
controller, unlocked = printing_tests.controller, printing_tests.unlocked

REMOTE = "10.1.2.3"


class Tripwire:
    """Stands where Qt's print support would be called (and connect to CUPS)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        raise AssertionError("Qt's printing was touched: it connects to the print server")

    @staticmethod
    def availablePrinterNames() -> list[str]:
        raise AssertionError("the printers of the print server were listed")

    @staticmethod
    def defaultPrinterName() -> str:
        raise AssertionError("the print server was asked for its default printer")


@pytest.fixture
def remote_cups(tmp_path: Path, monkeypatch) -> Path:
    home = tmp_path / "clerk-home"
    (home / ".cups").mkdir(parents=True)
    (home / ".cups" / "client.conf").write_text(f"ServerName {REMOTE}\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("CUPS_SERVER", raising=False)
    monkeypatch.setattr(label_dialog, "QPrinterInfo", Tripwire)
    monkeypatch.setattr(preview, "QPrinter", Tripwire)
    monkeypatch.setattr(preview, "QPrintDialog", Tripwire)
    return home


def test_the_banner_names_the_remote_print_server(remote_cups, unlocked):
    unlocked.check_network()
    banner = unlocked.window.network_banner
    assert not banner.isHidden()
    assert REMOTE in banner.text() and "打印已停用" in banner.text()


def test_the_label_dialog_is_refused_and_names_the_host(remote_cups, unlocked, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(unlocked.window, "show_error", shown.append)
    opened: list[object] = []
    monkeypatch.setattr(LabelPrintDialog, "exec", lambda self: opened.append(self) or 0)
    unlocked.printing.action_labels.trigger()
    assert opened == []
    [error] = shown
    assert isinstance(error, EnvironmentProblem) and REMOTE in error.message


def test_the_preview_prints_nothing_and_says_why(remote_cups, unlocked, qtbot):
    shown: list[PrintPreviewDialog] = []

    def keep(pdf: bytes, title: str, parent, **options) -> None:
        dialog = PrintPreviewDialog(pdf, title, parent, **options)
        qtbot.addWidget(dialog)
        shown.append(dialog)

    unlocked.printing.preview = keep
    before = printing_tests.audit_tail(unlocked)
    unlocked.printing.print_register("incoming")
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)  # rendered on a worker
    [dialog] = shown
    assert not dialog.print_button.isEnabled()
    assert REMOTE in dialog.info.text()
    dialog.print_document()  # even if called: refused before any printer exists
    assert printing_tests.audit_tail(unlocked) == before  # nothing printed, nothing recorded


def test_a_local_print_server_is_fine(tmp_path, monkeypatch, unlocked):
    monkeypatch.setenv("CUPS_SERVER", "127.0.0.1:631")
    unlocked.check_network()
    assert unlocked.window.network_banner.isHidden()
    monkeypatch.setattr(label_dialog.QPrinterInfo, "availablePrinterNames",
                        staticmethod(lambda: ["本机标签机"]))
    monkeypatch.setattr(label_dialog.QPrinterInfo, "defaultPrinterName",
                        staticmethod(lambda: "本机标签机"))
    d = LabelPrintDialog(unlocked.window.vault, unlocked.settings, [1], unlocked.window)
    try:
        assert d.printer() == "本机标签机"
    finally:
        d.deleteLater()
