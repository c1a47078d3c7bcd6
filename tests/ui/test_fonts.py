"""The shipped CJK font is registered and used as the fallback for Chinese."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication, QLabel

from miji_desk.ui.widgets import fonts


def test_shipped_font_is_registered_and_covers_chinese(qapp: QApplication) -> None:
    family = fonts.install_cjk_fallback(qapp)
    assert family is not None
    assert family in QFontDatabase.families()
    assert fonts.has_han(family)
    assert family in qapp.font().families()
    raw = QRawFont.fromFont(QFont(family))
    assert all(raw.supportsCharacter(ord(ch)) for ch in "涉密载体台账〔〕，。")
    assert fonts.install_cjk_fallback(qapp) == family  # idempotent


def test_chinese_text_renders_with_strokes(qtbot, qapp: QApplication) -> None:
    fonts.install_cjk_fallback(qapp)
    label = QLabel("涉密载体台账")
    qtbot.addWidget(label)
    label.adjustSize()
    image = label.grab().toImage()
    inked = sum(1 for x in range(image.width()) for y in range(image.height())
                if image.pixelColor(x, y).lightness() < 100)
    assert inked > 100  # real strokes, not empty boxes or nothing


def test_star_of_every_marking_has_a_font(qapp: QApplication) -> None:
    fonts.install_cjk_fallback(qapp)
    symbols = fonts.register_symbol_font()
    assert symbols is not None and symbols in qapp.font().families()
    assert QRawFont.fromFont(QFont(symbols)).supportsCharacter(ord("★"))
    families = qapp.font().families()
    assert families.index("Droid Sans Fallback") < families.index(symbols)
