"""打印恢复码 never writes the recovery code into a file unless the clerk explicitly says so
after a warning (issue 12). There is no printer here: Qt's print dialog is replaced by one that
does what the real one does on a PC without a printer (it picks "print to file", ~/print.pdf)
and accepts."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog
from PySide6.QtWidgets import QDialog, QMessageBox

from miji_desk.ui.printing import preview
from miji_desk.ui.printing.preview import PrintPreviewDialog
from miji_desk.ui.shell.settings import Settings
from miji_desk.ui.shell.setup_wizard import SetupWizard
from tests.factories import TEST_KDF, machine


class NoPrinterDialog:
    """Qt's print dialog on a PC with no printer: output goes to a PDF file by default."""

    shown: ClassVar[list[NoPrinterDialog]] = []
    default_file: ClassVar[Path] = Path("print.pdf")

    def __init__(self, printer, parent=None) -> None:
        self.printer = printer
        self.file_offered = True
        NoPrinterDialog.shown.append(self)

    def setOption(self, option, on: bool = True) -> None:
        if option == QAbstractPrintDialog.PrintDialogOption.PrintToFile:
            self.file_offered = on

    def exec(self) -> QDialog.DialogCode:
        self.printer.setOutputFileName(str(NoPrinterDialog.default_file))
        return QDialog.DialogCode.Accepted


@pytest.fixture
def no_printer(tmp_path: Path, monkeypatch) -> dict[str, list]:
    NoPrinterDialog.default_file = tmp_path / "print.pdf"
    NoPrinterDialog.shown = []
    monkeypatch.setattr(preview, "QPrintDialog", NoPrinterDialog)
    # The preview is modal: let the clerk press 打印… in it at once.
    monkeypatch.setattr(PrintPreviewDialog, "exec",
                        lambda self: (self.print_button.click(), 0)[1])
    asked: dict[str, list] = {"warnings": [], "answer": [QMessageBox.StandardButton.No]}

    def warning(parent, title, text, buttons=None, default=None):
        asked["warnings"].append((title, text, default))
        return asked["answer"][0]

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return asked


@pytest.fixture
def wizard(qtbot, tmp_path: Path) -> SetupWizard:
    w = SetupWizard(tmp_path / "v" / "ledger.mjdb", machine(), Settings(tmp_path / "s.ini"),
                    kdf=TEST_KDF)
    qtbot.addWidget(w)
    w.ui.unitNameEdit.setText("测试单位")
    w.ui.clerkNameEdit.setText("王小明")
    w.show()
    return w


def test_recovery_code_is_not_written_to_the_default_file(qtbot, wizard, no_printer,
                                                          tmp_path: Path) -> None:
    qtbot.mouseClick(wizard.ui.printRecoveryButton, Qt.MouseButton.LeftButton)
    dialog, = NoPrinterDialog.shown
    assert dialog.file_offered is False
    (_title, text, default), = no_printer["warnings"]
    assert str(tmp_path / "print.pdf") in text and "恢复码" in text
    assert default == QMessageBox.StandardButton.No
    assert not (tmp_path / "print.pdf").exists()
    assert list(tmp_path.glob("**/*.pdf")) == []


def test_an_explicit_yes_writes_the_file_after_the_warning(qtbot, wizard, no_printer,
                                                          tmp_path: Path) -> None:
    no_printer["answer"] = [QMessageBox.StandardButton.Yes]
    qtbot.mouseClick(wizard.ui.printRecoveryButton, Qt.MouseButton.LeftButton)
    assert len(no_printer["warnings"]) == 1
    assert (tmp_path / "print.pdf").exists()
