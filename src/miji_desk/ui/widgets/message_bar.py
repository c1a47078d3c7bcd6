"""The one message line of a page: a refusal (nothing changed) or what was just done.

It shows until the clerk moves on: the next action replaces it, and leaving the page (another
tab, a lock) clears it, so an old refusal is never read as the answer to a new scan.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ...core.errors import MijiError
from .refusals import refusal_text

REFUSED_STYLE = ("QLabel { color: #8b0000; background: #fdecea; border: 1px solid #e57373; "
                 "padding: 6px; font-weight: bold; }")
DONE_STYLE = ("QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #81c784; "
              "padding: 6px; }")
STATUS_MS = 10_000


class MessageBar(QLabel):
    """``page`` is the page it belongs to (hiding it clears the bar); ``status`` mirrors each
    message in the window's status bar for a few seconds."""

    def __init__(self, name: str, page: QWidget | None = None,
                 status: QStatusBar | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setVisible(False)
        self.refused = False
        self._status = status
        self._page = page
        if page is not None:
            page.installEventFilter(self)

    def clear_on(self, *signals: SignalInstance) -> None:
        """The clerk moving on (another row, typing a search, opening a menu…): the message
        goes, so it is never read as the answer to what the clerk does next."""
        for signal in signals:
            signal.connect(self.moved_on)

    def moved_on(self, *_args: object) -> None:
        if self.isVisible() or self.text():
            self.clear_message()

    def refuse(self, text: str) -> None:
        """A refusal, plainly: nothing was changed."""
        self._show(text, REFUSED_STYLE)
        self.refused = True

    def refuse_error(self, error: MijiError) -> None:
        self.refuse(refusal_text(error))

    def done(self, text: str) -> None:
        self._show(text, DONE_STYLE)

    def clear_message(self) -> None:
        self.refused = False
        self.clear()
        self.setVisible(False)

    def _show(self, text: str, style: str) -> None:
        self.refused = False
        self.setStyleSheet(style)
        self.setText(text)
        self.setVisible(True)
        if self._status is not None:
            self._status.showMessage(text, STATUS_MS)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Hide:
            self.clear_message()
        return False


class LabelRefusals:
    """A dialog's own message label as the runner's refusal target."""

    def __init__(self, label: QLabel) -> None:
        self._label = label

    def clear_message(self) -> None:
        self._label.clear()

    def refuse_error(self, error: MijiError) -> None:
        self._label.setText(refusal_text(error))


__all__ = ["DONE_STYLE", "REFUSED_STYLE", "LabelRefusals", "MessageBar"]
