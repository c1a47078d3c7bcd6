"""Searches of one or two characters: the characters and character pairs of each registration.

Trigrams (``document_fts``) need three characters. For one or two, ``document_ngram`` (schema V4)
holds per registration every character and every pair of adjacent characters of title, 文号,
producer, sender and notes -- each field on its own, so no pair spans two fields. A search of one
or two characters then matches exactly the registrations that ``LIKE '%text%'`` over those fields
matches, through an index instead of a scan of every carrier:

* LIKE folds ASCII letters only (SQLite without ICU), and so does ``_fold``;
* each gram is written as the hex of its UTF-8: one ASCII token whatever the script, digits and
  punctuation included (``%``, ``_`` and ``\\`` are plain characters here). UTF-8 is a prefix
  code, so one character never spells the same bytes as two: characters and pairs share the
  table without colliding.

The grams are computed here, in Python, and written by ``Tx.insert_document``/``update_document``
(the only writers of ``document``). A trigger cannot do it at an acceptable price: with
``cipher_memory_security = ON`` the same work in SQL costs 2.5 ms per registration instead of
0.07 ms, and ``trusted_schema = OFF`` keeps application functions out of triggers. The migration
fills existing vaults through the SQL function ``miji_ngrams`` registered on the connection that
migrates.
"""

from __future__ import annotations

from collections.abc import Iterable

from .connection import Connection

FIELDS = ("title", "doc_no", "producer", "sender", "notes")
FUNCTION = "miji_ngrams"
MAX_CHARS = 2  # longer texts are searched through trigrams

_ASCII_UPPER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}

BACKFILL_SQL = (f"INSERT INTO document_ngram(rowid, grams) SELECT id, "
                f"{FUNCTION}({', '.join(FIELDS)}) FROM document")


def _fold(text: str) -> str:
    return text.translate(_ASCII_UPPER)


def _hex(text: str) -> str:
    return text.encode("utf-8", "surrogatepass").hex()


def grams(*fields: str | None) -> str:
    """The space-separated tokens of a registration's searched fields (in ``FIELDS`` order)."""
    out: list[str] = []
    for value in fields:
        low = _fold(value or "")
        out += (_hex(ch) for ch in low)
        out += (_hex(low[i:i + 2]) for i in range(len(low) - 1))
    return " ".join(out)


def of_row(row: dict[str, object]) -> str:
    return grams(*(str(row.get(f) or "") for f in FIELDS))


def match(text: str) -> str:
    """The MATCH expression for a text of one or two characters."""
    if not 1 <= len(text) <= MAX_CHARS:
        raise ValueError(text)
    return f'"{_hex(_fold(text))}"'


def register(conn: Connection) -> None:
    """``miji_ngrams(title, doc_no, producer, sender, notes)`` for the migration's backfill."""
    conn.create_function(FUNCTION, len(FIELDS), grams, deterministic=True)


def present(conn: Connection) -> bool:
    """False only for a vault made before V4 (never open in the product: ``Vault.open``
    migrates first), such as the old-vault fixtures of the migration tests."""
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'document_ngram'"
                        ).fetchone() is not None


def write(conn: Connection, document_id: int, tokens: str) -> None:
    conn.execute("INSERT INTO document_ngram(rowid, grams) VALUES (?, ?)", (document_id, tokens))


def delete(conn: Connection, document_id: int, tokens: str) -> None:
    """Contentless FTS5: a row is removed by naming the very tokens it was written with."""
    conn.execute("INSERT INTO document_ngram(document_ngram, rowid, grams) VALUES ('delete', ?, ?)",
                 (document_id, tokens))


def searched(fields: Iterable[str]) -> bool:
    return any(f in FIELDS for f in fields)
