"""Ledger text copied to the clipboard is marked secret and cleared again.

Clipboard managers and the Windows clipboard history keep what is copied; the marks below ask
them not to (KDE Klipper, Windows 10+). The guard clears the clipboard after the unit's delay, on
lock and on quit, but only while it still holds what the app put there: the clerk's own later
copy is never touched.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

_DWORD_ZERO = b"\x00\x00\x00\x00"
SECRET_MARKS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    # Windows: named clipboard formats (Qt registers the name after "value=").
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': _DWORD_ZERO,
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': _DWORD_ZERO,
}


class SecretClipboard(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str, seconds: int) -> None:
        mime = QMimeData()
        mime.setText(text)
        for kind, value in SECRET_MARKS.items():
            mime.setData(kind, QByteArray(value))
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = text
        self._timer.start(max(1, seconds) * 1000)

    def holds_ours(self) -> bool:
        return self._copied is not None and QGuiApplication.clipboard().text() == self._copied

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds the ledger text copied here; True if it did."""
        self._timer.stop()
        ours = self.holds_ours()
        if ours:
            QGuiApplication.clipboard().clear()
        self._copied = None
        return ours


__all__ = ["SECRET_MARKS", "SecretClipboard"]
