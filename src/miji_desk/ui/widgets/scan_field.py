"""The big field a scanning page's scans land in (the desk, a destruction manifest)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit

from .texts import Make, Texts


def scan_field(texts: Texts, name: str, placeholder: Make, *,
               scale: float) -> tuple[QLabel, QLineEdit]:
    """The field (object name ``name``, its font ``scale`` times larger, so a scan that landed
    is seen from across the desk) and its 条码(&S)： caption, which is the field's buddy."""
    caption = texts.label(lambda: QCoreApplication.translate("ScanField", "条码(&S)："))
    field = QLineEdit()
    field.setObjectName(name)
    texts.placeholder(field, placeholder)
    font = QFont(field.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    field.setFont(font)
    caption.setBuddy(field)
    return caption, field
