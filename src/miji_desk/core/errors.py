"""Errors that say whose fault they are.

- ``RuleViolation``: the clerk's input breaks a rule. Nothing was changed. It carries a code of
  ``core.refusals`` and its parameters; ``message`` is the plain Chinese text, and the screen
  shows it in the clerk's language (``ui.widgets.refusals``).
- ``EnvironmentProblem``: the machine or its media failed (disk full, I/O error, medium removed,
  wrong key). Nothing was lost; the message says what to do.
- Anything else is a bug: it is logged and shown, and the vault is still consistent because every
  change runs in one transaction.
"""

from __future__ import annotations

from collections.abc import Mapping

from .refusals import render


class MijiError(Exception):
    """Base of every error the application raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RuleViolation(MijiError):
    """The input breaks a rule; nothing was changed.

    ``code`` names a template in ``core.refusals.REFUSALS``; ``params`` fill its placeholders.
    ``field`` names the form field at fault (for inline messages), when there is one.
    """

    def __init__(self, code: str, params: Mapping[str, object] | None = None,
                 field: str | None = None) -> None:
        if isinstance(params, str):
            # A refusal written before codes existed (code = its text, params = its field); it
            # still shows its text, and tests/core/test_refusals.py names it to be converted.
            params, field = None, params
        self.code = code
        self.params: dict[str, object] = dict(params or {})
        self.field = field
        super().__init__(render(code, self.params))

    def for_field(self, field: str) -> RuleViolation:
        """The same refusal, pinned on another form field."""
        return RuleViolation(self.code, self.params, field)

    @classmethod
    def recorded(cls, code: str, params: Mapping[str, object]) -> RuleViolation:
        """A refusal kept as data (an import dry run's row problem), to be shown again."""
        return cls(code, params)


class EnvironmentProblem(MijiError):
    """The disk, the medium or the OS failed; nothing of the ledger was lost."""
