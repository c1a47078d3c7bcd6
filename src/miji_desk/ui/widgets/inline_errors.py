"""Validation messages shown at the field they are about, for any Designer form.

The registration forms name their field widgets after the core's form fields (``doc_no``,
``copy_numbers``, ``period``, ``couriers`` ...), which are also the ``field`` of a
``RuleViolation``. So one call puts a refusal from the core under the right field:

    errors = InlineErrors(self, self.ui, self.ui.messageLabel)
    ActionRunner(errors).run(lambda: workflow(...), then=...)

The message appears as a row right below the field in its QFormLayout, the field gets the
``invalid`` property (for style sheets) and the keyboard focus. A message without a known field
goes to the form's general message label.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...core.errors import MijiError, RuleViolation
from .refusals import refusal_text

ERROR_STYLE = "color: #b71c1c;"


class InlineErrors:
    def __init__(self, top: QWidget, form: object, message_label: QLabel | None = None,
                 aliases: dict[str, str] | None = None) -> None:
        self._top = top
        self._form = form  # the Ui_X object that holds the widgets by name
        self._message = message_label
        self._aliases = aliases or {}
        self._shown: dict[str, tuple[QWidget, QLabel, QFormLayout | None, str]] = {}
        if message_label is not None:
            message_label.setStyleSheet(ERROR_STYLE)
            message_label.setVisible(bool(message_label.text()))

    def widget_for(self, field: str | None) -> QWidget | None:
        if not field:
            return None
        widget = getattr(self._form, self._aliases.get(field, field), None)
        return widget if isinstance(widget, QWidget) else None

    def show(self, field: str | None, message: str) -> None:
        """Show ``message`` at ``field`` (replacing an earlier one there) and focus the field."""
        widget = self.widget_for(field)
        if widget is None or field is None:
            self.show_general(message)
            return
        self.clear(field)
        layout, row = self._form_row(widget)
        label = QLabel(message, widget.parentWidget())
        label.setObjectName(f"{field}_error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if layout is not None:
            layout.insertRow(row + 1, "", label)
            label.show()  # a layout would only show it from the event loop
        else:  # not in a form layout: fall back to the general label, keep the marking
            self.show_general(message)
            label.hide()
        old_tip = widget.toolTip()
        widget.setProperty("invalid", True)
        widget.setToolTip(message)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        self._shown[field] = (widget, label, layout, old_tip)
        self._focus(widget)

    def refuse_error(self, error: MijiError) -> None:
        """A refusal from the core at its field (the action runner's way in)."""
        self.show(error.field if isinstance(error, RuleViolation) else None, refusal_text(error))

    def clear_message(self) -> None:
        self.clear()

    def at(self, field: str | None) -> _AtField:
        """A target that shows every refusal at ``field`` (None: the general message label),
        whatever field the core names (a scan box takes them all)."""
        return _AtField(self, field)

    def show_general(self, message: str) -> None:
        if self._message is not None:
            self._message.setText(message)
            self._message.setVisible(bool(message))

    def clear(self, field: str | None = None) -> None:
        """Remove the message at one field, or every message when ``field`` is None."""
        fields = [field] if field is not None else list(self._shown)
        for f in fields:
            entry = self._shown.pop(f, None)
            if entry is None:
                continue
            widget, label, layout, old_tip = entry
            if layout is not None and layout.indexOf(label) >= 0:
                layout.removeRow(label)  # deletes the row's label and the message label
            else:
                label.deleteLater()
            widget.setProperty("invalid", False)
            widget.setToolTip(old_tip)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        if field is None:
            self.show_general("")

    def fields_with_errors(self) -> list[str]:
        return list(self._shown)

    def message_at(self, field: str) -> str | None:
        entry = self._shown.get(field)
        return entry[1].text() if entry else None

    def _form_row(self, widget: QWidget) -> tuple[QFormLayout | None, int]:
        for layout in self._top.findChildren(QFormLayout):
            # PySide6's stub says object; it is (row, role).
            row, _role = cast("tuple[int, object]", layout.getWidgetPosition(widget))
            if row >= 0:
                return layout, row
        return None, -1

    @staticmethod
    def _focus(widget: QWidget) -> None:
        target = widget
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:  # a container: its first field
            for child in widget.findChildren(QWidget):
                if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isEnabled():
                    target = child
                    break
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class _AtField:
    def __init__(self, errors: InlineErrors, field: str | None) -> None:
        self._errors = errors
        self._field = field

    def clear_message(self) -> None:
        self._errors.clear()

    def refuse_error(self, error: MijiError) -> None:
        self._errors.show(self._field, refusal_text(error))
