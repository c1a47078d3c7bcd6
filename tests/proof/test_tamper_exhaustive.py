"""Tampering, tried exhaustively by someone holding the key in an SQL shell.

- Every byte of every audit row, flipped one at a time: the chain names the row each time.
- Every ledger table of the demo vault, changed by one SQL statement: the replay names the
  table each time (the guard triggers are dropped first and put back exactly as they were, so
  only the replay stands between the change and a clean report).
Re-MACing the whole chain with the key is caught by an earlier printed checkpoint:
tests/vault/test_tamper.py::test_deleted_top_secret_usb_is_caught_by_paper_checkpoint_and_replay.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from miji_desk.core.loans import LoanForm, lend
from miji_desk.demo import make_demo
from miji_desk.vault import attest, audit, connection
from miji_desk.vault.vault import Vault
from tests.core.custody_support import make_staff
from tests.core.disposition_support import medium, register
from tests.factories import NOW, TEST_KDF
from tests.vault_fixtures import clock, store, vault, vault_path  # noqa: F401


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    made, _passphrase, _code = make_demo(tmp_path_factory.mktemp("demo") / "d.mjdb",
                                         kdf=TEST_KDF, documents=8)
    yield made
    made.close()


@contextlib.contextmanager
def tampering(conn: connection.Connection, *tables: str) -> Iterator[None]:
    """One transaction, rolled back at the end, in which the guard triggers of ``tables`` are
    dropped, as an attacker holding the key would; each attempt runs in its own savepoint."""
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("BEGIN")
    try:
        for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                f"({', '.join('?' * len(tables))})", tables).fetchall():
            conn.execute(f'DROP TRIGGER "{name}"')
        yield
    finally:
        conn.execute("ROLLBACK")  # the triggers and every change are back as they were
        conn.execute("PRAGMA foreign_keys = ON")


@contextlib.contextmanager
def attempt(conn: connection.Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT attempt")
    try:
        yield
    finally:
        conn.execute("ROLLBACK TO attempt")
        conn.execute("RELEASE attempt")


def _flips(value: object) -> Iterator[object]:
    """``value`` with one bit of one byte changed, for every byte (text stays valid UTF-8)."""
    raw = bytes(value) if isinstance(value, bytes) else str(value).encode()
    for i in range(len(raw)):
        for bit in (1, 2, 4, 8, 16, 32):  # the lowest bit that keeps the text decodable
            changed = bytearray(raw)
            changed[i] ^= bit
            if isinstance(value, bytes):
                yield bytes(changed)
                break
            try:
                yield bytes(changed).decode()
                break
            except UnicodeDecodeError:
                continue


def test_every_byte_of_every_audit_row_is_guarded(vault: Vault) -> None:  # noqa: F811
    staff = make_staff(vault)
    first = register(vault)
    medium(vault)
    lend(vault, LoanForm(staff.director.badge, [first.barcodes[0]], "查阅", "李国强",
                         NOW.date(), approval_ref="借批〔2026〕1号"))
    conn, key = vault.conn, vault._audit_key
    assert audit.verify(conn, key).ok
    columns = ("at", "actor", "action", "carrier_ids", "detail", "mac")
    rows = conn.execute(f"SELECT seq, {', '.join(columns)} FROM audit_event ORDER BY seq"
                        ).fetchall()
    assert {r[3] for r in rows} >= {"vault_created", "register_incoming", "register_media",
                                    "lend"}
    flips = 0
    with tampering(conn, "audit_event"):
        for seq, *values in rows:
            for column, value in zip(columns, values, strict=True):
                update = f"UPDATE audit_event SET {column} = ? WHERE seq = ?"
                for changed in _flips(value):
                    conn.execute(update, (changed, seq))
                    verdict = audit.verify(conn, key)
                    assert not verdict.ok and verdict.first_bad_seq == seq, (seq, column)
                    conn.execute(update, (value, seq))  # cheaper than a savepoint per flip
                    flips += 1
    assert flips == sum(len(str(v).encode()) if not isinstance(v, bytes) else len(v)
                        for r in rows for v in r[1:])  # every byte, the figure in RELIABILITY.md
    assert vault.verify().ok  # and every flip was undone
    print(f"RELIABILITY: {flips} audit bytes flipped in {len(rows)} events, all named")


def _one_change(conn: connection.Connection, table: str) -> str | None:
    """Change one value of one row by SQL; returns the column changed (None: the table is
    empty). Tries each column until one accepts a different value of its own type."""
    row = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid LIMIT 1').fetchone()
    if row is None:
        return None
    names = [d[1] for d in conn.execute(f'PRAGMA table_info("{table}")')]
    for name, value in zip(names, row[1:], strict=True):
        candidates: list[object]
        if isinstance(value, int):
            candidates = [1 - value if value in (0, 1) else value + 1]
        elif isinstance(value, str):
            candidates = [value + "改", value[:-1] if value else "改"]
        elif isinstance(value, bytes):
            candidates = [bytes([value[0] ^ 1]) + value[1:]] if value else []
        else:  # NULL: a value of any type the column accepts
            candidates = ["改", 1]
        for candidate in candidates:
            try:
                conn.execute(f'UPDATE "{table}" SET "{name}" = ? WHERE rowid = ?',
                             (candidate, row[0]))
                return name
            except connection.DatabaseError:
                continue
    raise AssertionError(f"no column of {table} could be changed")


def test_a_change_to_any_ledger_table_is_named_by_the_replay(demo: Vault) -> None:
    conn = demo.conn
    tables = attest.ledger_tables(conn)
    caught: dict[str, str] = {}
    empty: list[str] = []
    with tampering(conn, *tables):
        for table in tables:
            with attempt(conn):
                column = _one_change(conn, table)
                if column is None:
                    empty.append(table)
                    continue
                problems = [p for p in attest.replay(conn) if p.table == table]
                assert problems, f"{table}.{column} changed by SQL and the replay did not see it"
                caught[table] = column
    # The demo holds rows in nearly every table; an empty one cannot be changed by an UPDATE.
    assert len(caught) >= len(tables) - len(empty) and len(caught) >= 20, (caught, empty)
    assert demo.verify().ok
    print(f"RELIABILITY: {len(caught)} ledger tables changed by SQL, all named; empty: {empty}")
