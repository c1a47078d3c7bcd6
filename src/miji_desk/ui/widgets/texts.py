"""A page's fixed texts in the current language, set again at every language switch.

Hand-built pages set their texts once when they are built; ``Texts`` remembers how each was
made (a ``tr`` call in a lambda, so the extraction tool still sees it) and makes it again when
Qt sends the page ``QEvent.LanguageChange`` after a switch in the settings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

Make = Callable[[], str]


class Texts(QObject):
    """Watches ``page`` for the language change; ``then`` hooks redo texts built from state."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._setters: list[tuple[Callable[[str], object], Make]] = []
        self._hooks: list[Callable[[], object]] = []
        page.installEventFilter(self)

    def set(self, setter: Callable[[str], object], make: Make) -> None:
        setter(make())
        self._setters.append((setter, make))

    def then(self, hook: Callable[[], object]) -> None:
        """Run ``hook`` after every switch (a summary or hint composed from the page's state)."""
        self._hooks.append(hook)

    def button(self, make: Make) -> QPushButton:
        b = QPushButton()
        self.set(b.setText, make)
        return b

    def check(self, make: Make) -> QCheckBox:
        b = QCheckBox()
        self.set(b.setText, make)
        return b

    def label(self, make: Make) -> QLabel:
        label = QLabel()
        self.set(label.setText, make)
        return label

    def group(self, make: Make) -> QGroupBox:
        box = QGroupBox()
        self.set(box.setTitle, make)
        return box

    def placeholder(self, edit: QLineEdit, make: Make) -> None:
        self.set(edit.setPlaceholderText, make)

    def item(self, combo: QComboBox, make: Make, data: object = None) -> None:
        """A fixed choice of ``combo`` (its data, not its text, is what the page reads)."""
        combo.addItem(make(), data)
        index = combo.count() - 1
        self._setters.append((lambda text: combo.setItemText(index, text), make))

    def retranslate(self) -> None:
        for setter, make in self._setters:
            setter(make())
        for hook in self._hooks:
            hook()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


__all__ = ["Texts"]
