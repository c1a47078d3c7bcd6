"""Qt's file dialog speaks Chinese in the Chinese UI: no "Look in" / "Files of type" (issue 12)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from miji_desk.ui.shell import i18n


def _texts(dialog: QFileDialog) -> list[str]:
    return [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)
            if w.text()]


def test_the_file_dialog_has_no_english_in_the_chinese_ui(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert i18n.install_translators(app, "zh_CN") == "zh_CN"
        for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
            d = QFileDialog(None, "另存为 PDF")
            qtbot.addWidget(d)
            d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
            d.setAcceptMode(mode)
            texts = _texts(d)
            assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts
            assert "文件名称(&N)：" in texts  # one Qt already had: left as it was
            english = [t for t in texts if any("a" <= c.lower() <= "z"
                                               for c in t.replace("&", "")
                                               if c not in "LNTOSC")]
            assert english == []
        # Our own strings with a shortcut are untouched.
        from PySide6.QtCore import QCoreApplication

        assert QCoreApplication.translate("MainWindow", "登记(&R)") == "登记(&R)"
    finally:
        i18n.uninstall_translators(app)
