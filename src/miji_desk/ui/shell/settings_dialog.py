"""The settings dialog: 本单位规则 (kept in the vault, audited) and 本机偏好 (this PC's INI).

Both groups are built from their one declaration: the unit's rules from
``core.unit_rules.RULES``, the preferences from ``settings.TABLE``. A changed rule is written by
the ``change_unit_rule`` workflow, one audit event per rule with the reason typed here; the
rules can be changed only while the vault is open.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QTime, Signal
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
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import MijiError
from ...core.unit_rules import CONTEXT as RULES_CONTEXT
from ...core.unit_rules import RULES, UnitRule, change_unit_rule, rule_value
from ...vault.vault import Vault
from ..widgets.levels import citation_text
from .settings import CONTEXT, GROUPS, TABLE, Setting, Settings

SHOWN = tuple(s for s in TABLE if not s.hidden)  # hidden rows are edited by their own dialog
AnyRule = UnitRule[bool] | UnitRule[int] | UnitRule[dt.time] | UnitRule[str]


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def rule_label(rule: AnyRule) -> str:
    return QCoreApplication.translate(RULES_CONTEXT, rule.label)


class SettingsDialog(QDialog):
    """On OK writes the changed preferences and rules; emits ``changed`` and ``rulesChanged``."""

    changed = Signal(list)  # names of the preferences that changed
    rulesChanged = Signal(list)  # keys of the unit rules that changed

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 vault: Vault | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.vault = vault
        self.setWindowTitle(self.tr("设置"))
        self.editors: dict[str, QWidget] = {}
        self.rule_editors: dict[str, QWidget] = {}
        self.groups = QTabWidget(self)
        self.groups.addTab(self._rules_page(), self.tr("本单位规则"))
        self.tabs = QTabWidget()
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
        local = QWidget()
        QVBoxLayout(local).addWidget(self.tabs)
        self.groups.addTab(local, self.tr("本机偏好"))
        self.hint = QLabel(self.tr("口令、密钥和恢复码从不保存在设置中。"), self)
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("messageLabel")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.load()

    def _rules_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        text = (self.tr("这些规则保存在台账库中，随备份带到其他计算机；每次修改都记入审计日志。")
                if self.vault is not None else
                self.tr("本单位规则保存在台账库中：请先解锁台账再修改。"))
        note = QLabel(text, page)
        note.setWordWrap(True)
        form.addRow(note)
        for rule in RULES:
            editor = self._rule_editor(rule)
            editor.setObjectName(rule.key)
            editor.setToolTip(self.tr("依据：{source}").format(source=citation_text(rule.source)))
            editor.setEnabled(self.vault is not None)
            self.rule_editors[rule.key] = editor
            if isinstance(editor, QCheckBox):
                form.addRow(editor)
            else:
                label = QLabel(rule_label(rule), page)
                label.setBuddy(editor)
                form.addRow(label, editor)
        self.reason = QLineEdit(page)
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("如：保密委员会 2026 年第 3 次会议决定"))
        self.reason.setEnabled(self.vault is not None)
        form.addRow(self.tr("修改原因"), self.reason)
        return page

    @staticmethod
    def _rule_editor(rule: AnyRule) -> QWidget:
        if rule.type is bool:
            return QCheckBox(rule_label(rule))
        if rule.type is dt.time:
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            return edit
        if rule.type is str:
            line = QLineEdit()
            line.setMaxLength(rule.maximum or 200)
            return line
        spin = QSpinBox()
        spin.setRange(rule.minimum or 0, rule.maximum or 2**31 - 1)
        if rule.suffix:
            spin.setSuffix(" " + QCoreApplication.translate(RULES_CONTEXT, rule.suffix))
        return spin

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

    def rule_value_of(self, key: str) -> object:
        editor = self.rule_editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QTimeEdit):
            return editor.time().toPython()
        if isinstance(editor, QLineEdit):
            return editor.text()
        assert isinstance(editor, QSpinBox)
        return editor.value()

    def set_rule_editor(self, key: str, value: object) -> None:
        editor = self.rule_editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QTimeEdit):
            assert isinstance(value, dt.time)
            editor.setTime(QTime(value.hour, value.minute))
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value))
        else:
            assert isinstance(editor, QSpinBox) and isinstance(value, int)
            editor.setValue(value)

    # -- load / save -------------------------------------------------------------------------

    def load(self) -> None:
        for s in SHOWN:
            self.set_editor(s.name, self.settings.get(s))
        for rule in RULES:
            value = rule_value(self.vault, rule) if self.vault is not None else rule.default
            self.set_rule_editor(rule.key, value)

    def restore_defaults(self) -> None:
        for s in SHOWN:
            self.set_editor(s.name, s.default)
        if self.vault is not None:
            for rule in RULES:
                self.set_rule_editor(rule.key, rule.default)

    def changed_rules(self) -> list[str]:
        if self.vault is None:
            return []
        return [r.key for r in RULES
                if r.check(self.rule_value_of(r.key)) != rule_value(self.vault, r)]

    def save_rules(self) -> list[str]:
        """Each changed rule through its audited workflow; returns the keys that changed."""
        done: list[str] = []
        if self.vault is None:
            return done
        for key in self.changed_rules():
            if change_unit_rule(self.vault, key, self.rule_value_of(key), self.reason.text()):
                done.append(key)
        return done

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
        self.message.setVisible(False)
        try:
            rules = self.save_rules()
        except MijiError as e:  # a refusal (no reason given …): nothing of it was written
            self.message.setText(e.message)
            self.message.setVisible(True)
            if getattr(e, "field", None) == "reason":
                self.groups.setCurrentIndex(0)
                self.reason.setFocus()
            return
        changed = self.save()
        super().accept()
        if rules:
            self.rulesChanged.emit(rules)
        if changed:
            self.changed.emit(changed)
