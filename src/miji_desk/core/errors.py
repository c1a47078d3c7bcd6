"""Errors that say whose fault they are.

- ``RuleViolation``: the clerk's input breaks a rule. Nothing was changed; the message is plain
  Chinese and can be shown as it is.
- ``EnvironmentProblem``: the machine or its media failed (disk full, I/O error, medium removed,
  wrong key). Nothing was lost; the message says what to do.
- Anything else is a bug: it is logged and shown, and the vault is still consistent because every
  change runs in one transaction.
"""

from __future__ import annotations


class MijiError(Exception):
    """Base of every error the application raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class RuleViolation(MijiError):
    """The input breaks a rule; nothing was changed.

    ``field`` names the form field at fault (for inline messages), when there is one.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class EnvironmentProblem(MijiError):
    """The disk, the medium or the OS failed; nothing of the ledger was lost."""
