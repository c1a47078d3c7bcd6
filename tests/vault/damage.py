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
