"""Refusals in the clerk's language.

``core.refusals`` holds one Chinese template per refusal code; here the template and the domain
words among its parameters go through Qt's translator (contexts ``Refusal`` and ``RefusalWord``,
listed for Qt Linguist in the generated ``refusal_catalogue``). Everything shown to the clerk as a
refusal passes through ``refusal_text``; the clerk's own data (titles, names, numbers) is shown
as it is. The fixed sentences of the vault's errors (wrong secret, not a vault, damaged, too
new…) are translated the same way (context ``VaultError``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.errors import MijiError, RuleViolation
from ...core.refusals import LIST_SEPARATOR, REFUSALS, WORDS
from ...vault.errors import VaultError


def refusal_text(error: MijiError) -> str:
    """What to show for ``error``: a refusal or a vault error's fixed sentence translated,
    anything else as its message."""
    if isinstance(error, VaultError):  # a fixed sentence is translated, a built one stays
        return QCoreApplication.translate("VaultError", error.message)
    if not isinstance(error, RuleViolation) or error.code not in REFUSALS:
        return error.message
    template = QCoreApplication.translate("Refusal", REFUSALS[error.code])
    params = {k: _carrier(v) if k == "carrier" and isinstance(v, str) else _param(v)
              for k, v in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.message


def word_text(word: str) -> str:
    """A word of the domain translated; the clerk's data unchanged."""
    return QCoreApplication.translate("RefusalWord", word) if word in WORDS else word


def _carrier(value: str) -> str:
    """A carrier named by core (``编号《标题》``, core.custody.what) in the clerk's language."""
    number, bracket, rest = value.partition("《")
    if not bracket or not rest.endswith("》"):
        return value
    return QCoreApplication.translate("Refusal", "{number}《{title}》").format(
        number=number, title=rest[:-1])


def _param(value: object) -> object:
    if isinstance(value, str):
        return word_text(value)
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, RuleViolation) for v in value):
            return "\n".join(refusal_text(v) for v in value)
        separator = QCoreApplication.translate("Refusal", LIST_SEPARATOR)
        return separator.join(word_text(str(v)) for v in value)
    return value
