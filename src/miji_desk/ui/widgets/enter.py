"""Enter in a dialog presses its one default button, and nothing else.

Qt gives every push button in a dialog ``autoDefault``: a button that receives focus becomes
the default. When a dialog disables the field the clerk typed in (a backup starting), focus moves
on to the next button, often 取消, and the next Enter (or the same Enter, propagated from a
line edit whose ``returnPressed`` started the work) presses it. ``enter_presses`` turns that
off: only the button named here answers Enter, and only while it is enabled. Line edits must not
also connect ``returnPressed`` to the same action (it would run twice).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QPushButton


def enter_presses(dialog: QDialog, button: QPushButton | None) -> None:
    """Make ``button`` the only button Enter presses in ``dialog`` (None: no button)."""
    for b in dialog.findChildren(QPushButton):
        b.setAutoDefault(False)
        if b is not button:
            b.setDefault(False)
    if button is not None:
        button.setDefault(True)
