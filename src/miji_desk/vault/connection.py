"""The SQLCipher connection: opening without ever creating or changing a file, and transactions.

Journal mode is DELETE (a rollback journal), not WAL: the vault is one file that is complete
whenever no transaction is open, so copying it, moving it to new media or backing it up never
depends on a ``-wal``/``-shm`` pair travelling with it. One clerk writes at a time, so WAL's
concurrent readers buy nothing here. The journal is encrypted by SQLCipher like the file itself.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast
from urllib.parse import quote

import sqlcipher3
from sqlcipher3 import DatabaseError as DatabaseError  # re-exported: the vault catches them
from sqlcipher3 import OperationalError as OperationalError

from ..core.errors import EnvironmentProblem
from .errors import Damaged, NotAVault

# SQLite's words for SQLITE_CORRUPT and SQLITE_NOTADB. SQLCipher reports a page whose HMAC fails
# as CORRUPT; the driver exposes no error code, so the message is all there is to go by.
_DAMAGE_TEXT = ("database disk image is malformed", "file is not a database")


class DamagedRead(Damaged, DatabaseError):
    """A page of the open vault does not read: damage, with the backup advice.

    Still a ``DatabaseError``, so the checks that collect problems (verify, backup) go on
    catching it as before; everything else sees a ``Damaged`` the UI and CLI already explain.
    """

    default_message = (
        "台账文件有部分内容已损坏，无法读取。原文件未被改动；请从最近的备份恢复，"
        "并保留损坏的文件以便检查。"
    )


def is_damage(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseError) and any(t in str(exc) for t in _DAMAGE_TEXT)


def _raise_damage(exc: DatabaseError) -> None:
    if is_damage(exc) and not isinstance(exc, DamagedRead):
        raise DamagedRead() from exc


class Cursor(sqlcipher3.Cursor):
    """Every read path of the vault goes through here: damage becomes ``DamagedRead``."""

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        try:
            return super().execute(sql, parameters)
        except DatabaseError as e:
            _raise_damage(e)
            raise

    def executemany(self, sql: str, seq: Any, /) -> Cursor:
        try:
            return super().executemany(sql, seq)
        except DatabaseError as e:
            _raise_damage(e)
            raise

    def executescript(self, script: str, /) -> Cursor:
        try:
            return cast(Cursor, super().executescript(script))
        except DatabaseError as e:
            _raise_damage(e)
            raise

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except DatabaseError as e:
            _raise_damage(e)
            raise

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except DatabaseError as e:
            _raise_damage(e)
            raise

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except DatabaseError as e:
            _raise_damage(e)
            raise

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]  # rows, not the cursor
        # In chunks: a Python ``__next__`` per row would slow every long read by a third.
        while rows := self.fetchmany(256):
            yield from rows

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except DatabaseError as e:
            _raise_damage(e)
            raise


class Connection(sqlcipher3.Connection):
    """A connection whose statements all run on ``Cursor`` (the C ``execute`` would not)."""

    def cursor(self, factory: Any = Cursor) -> Cursor:  # type: ignore[override]
        return super().cursor(factory)  # type: ignore[no-any-return]

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq: Any, /) -> Cursor:
        return self.cursor().executemany(sql, seq)

    def executescript(self, script: str, /) -> Cursor:
        return self.cursor().executescript(script)


def _connect(path: Path, mode: str) -> Connection:
    # A long job (a register, a verification) runs on a worker thread over this one connection
    # while the UI waits; ``Vault.exclusive`` keeps the two threads apart.
    conn: Connection = sqlcipher3.connect(_uri(path, mode), uri=True, isolation_level=None,
                                          factory=Connection, check_same_thread=False)
    return conn

# SQLCipher 4 defaults (page size, KDF, HMAC) apply; the key is raw so no KDF runs per open.
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA synchronous = FULL",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA secure_delete = ON",
    "PRAGMA trusted_schema = OFF",
)


def inserted_id(cur: Cursor) -> int:
    """The rowid the INSERT just run on ``cur`` wrote."""
    if cur.lastrowid is None:  # only after a statement that inserted nothing
        raise RuntimeError("no row was inserted")
    return cur.lastrowid


def _uri(path: Path, mode: str) -> str:
    return f"file:{quote(str(path.resolve()))}?mode={mode}"


def _quiet(conn: Connection) -> None:
    # SQLCipher logs every failed HMAC to stderr by default; a wrong key is not news for the log.
    for stmt in ("PRAGMA cipher_log_level = NONE", "PRAGMA cipher_log = off"):
        with contextlib.suppress(DatabaseError):
            conn.execute(stmt).fetchall()


def _keyed(conn: Connection, key: bytes) -> None:
    # The key must be the first statement: before it, nothing of the file has been read.
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    _quiet(conn)


def create(path: Path, key: bytes) -> Connection:
    """A brand-new encrypted file; refuses to touch an existing one."""
    if path.exists():
        raise FileExistsError(path)
    conn = _connect(path, "rwc")
    _keyed(conn, key)
    conn.execute("PRAGMA cipher_memory_security = ON")
    for p in PRAGMAS:
        conn.execute(p).fetchall()
    return conn


def open_existing(path: Path, key: bytes) -> Connection:
    """Open the vault file read-write without creating anything; probe that the key fits.

    The key comes from an authenticated key slot, so a file that does not decrypt with it is
    damaged (or was replaced), not "wrong passphrase".
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise NotAVault(f"找不到台账文件：{path}") from None
    except OSError as e:
        raise environment(e, f"无法读取台账文件：{path}") from e
    if size == 0:
        raise NotAVault(f"台账文件是空的：{path}。它不是一个有效的台账。")
    head = _head(path)
    if kind := foreign_kind(head):
        raise NotAVault(f"所选文件是{kind}，不是 Miji Desk 台账：{path}。"
                        "请检查文件位置后重新选择。")
    try:
        conn = _connect(path, "rw")
    except DatabaseError as e:
        raise NotAVault(f"无法打开台账文件：{path}（{e}）") from e
    try:
        _keyed(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for p in PRAGMAS:
            conn.execute(p).fetchall()
    except MemoryError as e:
        conn.close()
        raise Damaged() from e
    except Exception as e:
        conn.close()
        if not looks_encrypted(head):
            raise NotAVault(f"所选文件不是 Miji Desk 台账（内容未加密）：{path}。"
                            "请检查文件位置后重新选择。") from e
        raise Damaged() from e
    return conn


# Files a clerk might pick or copy by mistake. A vault starts with 16 random bytes (the salt),
# so none of these can be the start of a vault, damaged or not.
_MAGIC = (
    (b"SQLite format 3\x00", "未加密的 SQLite 数据库"),
    (b"%PDF-", "PDF 文件"),
    (b"\x89MJBK\r\n\x1a", "Miji Desk 备份文件（请用“从备份恢复”）"),
    (b"PK\x03\x04", "压缩包或 Office 文档"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office 文档"),
    (b"\x89PNG", "图片"),
    (b"\xff\xd8\xff", "图片"),
)
_HEAD_BYTES = 4096


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(_HEAD_BYTES)
    except OSError as e:
        raise environment(e, f"无法读取台账文件：{path}") from e


def foreign_kind(head: bytes) -> str | None:
    """What another kind of file is, by its first bytes; None if it could be a vault."""
    return next((kind for magic, kind in _MAGIC if head.startswith(magic)), None)


def looks_encrypted(head: bytes) -> bool:
    """True if the first page could be ciphertext (damaged or not).

    4 KiB of cipher output uses nearly all 256 byte values (about 255 on average); text, an
    unencrypted database or zero-filled space uses far fewer. A flipped bit or a torn page of a
    real vault stays random-looking and is reported as damage; so is a zeroed (erased) start.
    """
    if len(head) < 1024:
        return True  # too little to judge: a truncated vault is damage
    values = len(set(head))
    return values >= 200 or values <= 2


def integrity_problems(conn: Connection) -> list[str]:
    """Both checks: every page's HMAC (SQLCipher), then SQLite's structural check."""
    _refresh_fts(conn)
    problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except DatabaseError as e:  # a damaged page can stop the check itself
        return [*problems, str(e)]
    if [tuple(r) for r in rows] != [("ok",)]:
        # One row may hold several lines ("*** in database main ***\nTree 102 page 102: …"):
        # one problem per line, without the banner, so every message stays one line.
        problems += [line for r in rows for line in str(r[0]).splitlines()
                     if line.strip() and not line.startswith("***")]
    return problems


def _refresh_fts(conn: Connection) -> None:
    """Make each FTS5 table drop the segment list it cached in an earlier transaction.

    FTS5 re-reads its structure when a cursor opens, but integrity_check opens none: after
    another process merged segments, the check followed the stale list and reported
    "corruption found reading blob" on a sound file. Reading first also takes the shared lock,
    so the page check below reads the same snapshot (inside the caller's BEGIN).
    """
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'")]
        for table in tables:
            conn.execute(f'SELECT rowid FROM "{table}" LIMIT 1').fetchall()
    except DatabaseError:
        pass  # a damaged file: the checks below say where


def quick_problems(conn: Connection, path: Path) -> list[str]:
    """A probe of milliseconds instead of a full check (see ``Vault.open``).

    Beyond what opening already proved (the key decrypts page 1 and its HMAC holds, meta reads):
    the whole schema parses, the file holds every page its header counts (not truncated), and
    the right-most path of every table's B-tree decrypts with a valid HMAC -- the pages written
    last, where a torn or cut write would show. Any other damaged page is still refused when it
    is read (SQLCipher checks each page's HMAC on every read), and ``verify`` and every backup
    run the full checks.
    """
    problems: list[str] = []
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' AND sql NOT LIKE '%WITHOUT ROWID%' "
            "ORDER BY name")]
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])  # text under SQLCipher
        if path.stat().st_size < pages * size:
            problems.append(f"file holds {path.stat().st_size} bytes, header counts {pages} pages")
        for table in tables:
            conn.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()
    except DatabaseError as e:
        problems.append(str(e))
    return problems


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception (so a failure leaves no trace)."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError as e:
        raise environment(e, "无法开始写入台账。") from e
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


_ERRNO_TEXT = {
    errno.ENOSPC: "磁盘已满",
    errno.EIO: "读写错误（介质可能已损坏或被拔出）",
    errno.ENOENT: "文件或介质不存在（可能已被拔出）",
    errno.EROFS: "介质是只读的",
    errno.EACCES: "没有访问权限",
    errno.EFBIG: "文件超过了允许的大小",
}


def environment(exc: BaseException, what: str) -> EnvironmentProblem:
    """Turn an OS or SQLite I/O failure into a message the clerk can act on."""
    reason = ""
    if isinstance(exc, OSError) and exc.errno in _ERRNO_TEXT:
        reason = _ERRNO_TEXT[exc.errno]
    else:
        text = str(exc).lower()
        if "full" in text:
            reason = _ERRNO_TEXT[errno.ENOSPC]
        elif "disk i/o" in text or "i/o" in text:
            reason = _ERRNO_TEXT[errno.EIO]
        elif "readonly" in text or "read-only" in text:
            reason = _ERRNO_TEXT[errno.EROFS]
        elif "locked" in text or "busy" in text:
            reason = "台账正被另一个程序使用"
    detail = f"：{reason}" if reason else f"（{exc}）"
    return EnvironmentProblem(f"{what}{detail}。已保存的内容没有丢失，请处理后重试。")
