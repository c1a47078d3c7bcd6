"""Real damage to real vault files: one page of the encrypted file overwritten."""

from __future__ import annotations

from pathlib import Path

from miji_desk.vault.connection import Connection

PAGE = 4096  # SQLCipher 4's default page size


def page_count(path: Path) -> int:
    return path.stat().st_size // PAGE


def damage_page(path: Path, page: int) -> None:
    """Flip bits in the middle of 1-based ``page``: its HMAC no longer holds."""
    with open(path, "r+b") as f:
        f.seek((page - 1) * PAGE + PAGE // 2)
        byte = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([byte[0] ^ 0x5A]))


def root_page(conn: Connection, table: str) -> int:
    return int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0])


def hot_journal(vault_path: Path, conn: Connection) -> tuple[bytes, bytes]:
    """(vault file, journal) as a crash in the middle of a write would leave them.

    A tiny page cache makes SQLite sync the journal and write pages into the file before the
    transaction ends; both are copied then, and the transaction is rolled back.
    """
    journal = vault_path.with_name(vault_path.name + "-journal")
    conn.execute("PRAGMA cache_size = 2")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for i in range(60):
            conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (f"crash{i}", "y" * 3000))
        return vault_path.read_bytes(), journal.read_bytes()
    finally:
        conn.execute("ROLLBACK")
