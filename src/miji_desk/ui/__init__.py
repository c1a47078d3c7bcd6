"""The Qt layer: widgets, dialogs, table models, scanner input, idle lock, translations.

Nothing outside ``ui`` imports PySide6, and nothing imports ``ui``.
"""
