"""The settings dialog, built from the settings table: one tab per group, one row per setting.

Because the rows come from ``settings.TABLE``, a new setting appears here with its label, type,
range and unit without touching this file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .settings import CONTEXT, GROUPS, TABLE, Setting, Settings

SHOWN = tuple(s for s in TABLE if not s.hidden)  # hidden rows are edited by their own dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class SettingsDialog(QDialog):
    """Edits a ``Settings``; on OK writes the changed values and emits ``changed(names)``."""

    changed = Signal(list)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("设置"))
        self.editors: dict[str, QWidget] = {}
        self.tabs = QTabWidget(self)
        for group in GROUPS:
            page = QWidget()
            form = QFormLayout(page)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for s in (s for s in SHOWN if s.group == group):
                editor = self._editor(s)
                editor.setObjectName(s.name)
                self.editors[s.name] = editor
                if isinstance(editor, QCheckBox):
                    form.addRow(editor)  # the check box carries its own label
                else:
                    label = QLabel(s.translated_label(), page)
                    label.setBuddy(editor)
                    form.addRow(label, editor)
            self.tabs.addTab(page, _tr(group))
        self.hint = QLabel(self.tr("口令、密钥和恢复码从不保存在设置中。"), self)
        self.hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.load()

    # -- editors -----------------------------------------------------------------------------

    @staticmethod
    def _editor(s: Setting[Any]) -> QWidget:
        suffix = (" " + _tr(s.suffix)) if s.suffix else ""
        if s.type is bool:
            return QCheckBox(s.translated_label())
        if s.choices:
            combo = QComboBox()
            for value, label in s.choices:
                combo.addItem(_tr(label), value)
            return combo
        if s.type is int:
            spin = QSpinBox()
            spin.setRange(int(s.minimum if s.minimum is not None else -(2**31)),
                          int(s.maximum if s.maximum is not None else 2**31 - 1))
            spin.setSuffix(suffix)
            return spin
        if s.type is float:
            dspin = QDoubleSpinBox()
            dspin.setDecimals(1)
            dspin.setSingleStep(0.5)
            dspin.setRange(s.minimum if s.minimum is not None else -1e6,
                           s.maximum if s.maximum is not None else 1e6)
            dspin.setSuffix(suffix)
            return dspin
        return QLineEdit()

    def value_of(self, name: str) -> Any:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_editor(self, name: str, value: Any) -> None:
        editor = self.editors[name]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value)
        else:
            assert isinstance(editor, QLineEdit)
            editor.setText(str(value))

    # -- load / save -------------------------------------------------------------------------

    def load(self) -> None:
        for s in SHOWN:
            self.set_editor(s.name, self.settings.get(s))

    def restore_defaults(self) -> None:
        for s in SHOWN:
            self.set_editor(s.name, s.default)

    def save(self) -> list[str]:
        """Write what differs from the stored values; returns the names that changed."""
        changed = []
        for s in SHOWN:
            value = self.value_of(s.name)
            if value != self.settings.get(s):
                self.settings.set(s, value)
                changed.append(s.name)
        self.settings.sync()
        return changed

    def accept(self) -> None:
        changed = self.save()
        super().accept()
        if changed:
            self.changed.emit(changed)
