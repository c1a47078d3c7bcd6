"""The shipped CJK font is registered and used as the fallback for Chinese."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QRawFont
from PySide6.QtWidgets import QApplication, QLabel

from miji_desk.core.printable import RANGES
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


def test_the_ui_has_the_printers_fallback_fonts_in_the_same_order(qapp: QApplication) -> None:
    """Every character the printer claims (core/printable) is in the font Qt gets from the
    same file, and the application font lists them in the printer's order: what the clerk
    sees on screen is what prints."""
    fonts.install_cjk_fallback(qapp)
    extensions = fonts.register_extension_fonts()
    assert extensions == ["Miji Han A", "Miji Han B", "Miji Han G"]
    families = qapp.font().families()
    order = ["Droid Sans Fallback", fonts.register_symbol_font(), *extensions]
    assert [f for f in families if f in order] == order
    # Qt family per printing-chain font; Vera's characters are all in DejaVu Sans (its heir).
    qt_family = ["DejaVu Sans", "Droid Sans Fallback", "DejaVu Sans", *extensions]
    raws = [QRawFont.fromFont(QFont(f)) for f in qt_family]
    assert [r.familyName() for r in raws] == qt_family
    missing = [hex(code) for first, last, index in RANGES for code in range(first, last + 1)
               if code != ord("★") or index != 1  # ★: drawn as a vector on paper
               if not raws[index].supportsCharacter(code)]
    assert not missing, missing[:20]


def test_rare_characters_render_as_real_glyphs(qtbot, qapp: QApplication) -> None:
    """𪚥, 𡃁, 鿏 and an Extension G character each draw their own shape: no font of the
    system has them, so without the shipped fallbacks they all came out as the same empty box
    (or nothing)."""
    fonts.install_cjk_fallback(qapp)

    def shape(ch: str) -> bytes:
        label = QLabel(ch)
        qtbot.addWidget(label)
        label.setFixedSize(60, 60)
        image = label.grab().toImage()
        return bytes(image.constBits())

    shapes = [shape(ch) for ch in ("𪚥", "𡃁", "鿏", "\U00030000", "①")]
    blank = shape(" ")
    assert all(s != blank for s in shapes)
    assert len(set(shapes)) == len(shapes)
