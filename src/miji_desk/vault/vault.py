"""The open vault: the one object the rest of the application holds while unlocked.

``Vault.create`` makes the database and its key file; ``Vault.open`` unlocks them. Neither
creates nor changes a file when it fails.
"""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..core import own_files
from ..core.carriers import CarrierView
from ..core.clock import Clock, SystemClock
from ..core.errors import EnvironmentProblem
from ..core.levels import BUILTIN_LEVELS, COMMON_UNIT_LEVELS, DECLASSIFIED, Level, LevelCatalog
from ..core.text import clean
from . import (
    attest,
    audit,
    connection,
    journals,
    key_change,
    ngrams,
    restore_swap,
    schema,
    schema_seal,
    verification,
)
from .audit import AuditHead
from .connection import Connection
from .custody_queries import CustodyQueries
from .disposition_queries import DispositionQueries
from .errors import Damaged, NotAVault, TooNew
from .expiry_queries import ExpiryQueries
from .handover_queries import HandoverQueries
from .inventory_queries import InventoryQueries
from .kdf import PRODUCT_KDF, KdfParams
from .keyslots import KeyFile
from .ledger_tx import Tx
from .machine_secret import MachineSecretStore
from .personnel_queries import PersonnelQueries
from .queries import LedgerQueries
from .recovery import new_recovery_code, normalize_recovery_code
from .summary_queries import SummaryQueries
from .unlock_limit import UnlockLimiter
from .verification import VerifyReport

FORMAT = "miji-desk"


def key_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ".keys")


Check = bool | Literal["full", "quick", "auto", "none"]

# Unlocking (and unlocking again after every idle lock) must not wait for a check of the whole
# file: at 1,000,000 carriers (1.3 GB) cipher_integrity_check takes 7 s and integrity_check
# 100 s. So the UI unlocks with check="auto": a vault of up to 64 MiB (about 50,000 carriers,
# some years of a typical unit; both checks then take about 1.5 s at 26 MiB, some 4 s at 64 MiB
# on the 2-core build machine) is checked in full at every unlock as before; a larger one gets
# the quick probe (20 ms at 1,000,000 carriers) -- the key, meta, the schema,
# the file's length and the last-written page of every table -- and every other page is still
# authenticated (HMAC) whenever it is read. The full checks stay where time is not the clerk's:
# ``miji-desk-cli verify`` (Vault.verify) and every backup, which checks its snapshot in full
# before it is kept (backup.py); Vault.open(check=True) keeps meaning "full".
FULL_CHECK_MAX_BYTES = 64 * 2**20


def _check_mode(check: Check, path: Path) -> str:
    if check is True:
        return "full"
    if check is False:
        return "none"
    if check == "auto":
        try:
            return "full" if path.stat().st_size <= FULL_CHECK_MAX_BYTES else "quick"
        except OSError:
            return "full"  # open_existing names the problem
    if check in ("full", "quick", "none"):
        return check
    raise ValueError(f"check: {check!r}")


class Vault:
    def __init__(self, path: Path, conn: Connection, data_key: bytes, keyfile: KeyFile,
                 clock: Clock, machine_bound: bool) -> None:
        self.path = path
        self._conn: Connection | None = conn
        own_files.protect(path)  # no output may land on it while it is open
        # Held by a worker thread for a whole long job, and by the UI thread to write or close:
        # the one connection is never used by two threads at once.
        self._lock = threading.RLock()
        self._data_key = data_key
        self.keyfile = keyfile
        self.vault_id = keyfile.vault_id
        self.machine_bound = machine_bound
        self.clock = clock
        # Stray -journal/-wal/-shm files found beside the vault at open, renamed (journals.py).
        self.set_aside: list[Path] = []
        self._audit_key = audit.audit_key(data_key, self.vault_id)
        attest.install(conn)  # notes every ledger row a workflow writes, sealed by its event
        self._meta: dict[str, str] = dict(conn.execute("SELECT key, value FROM meta"))
        self._levels = self._load_levels()
        self.ledger = LedgerQueries(conn, self._levels, self._open_reader)
        self.custody = CustodyQueries(conn, self.ledger)  # people, slips, loans, what is out
        # copies, volumes, holds, return lists, destruction manifests
        self.disposition = DispositionQueries(conn, self.ledger, self._levels)
        self.handover = HandoverQueries(conn, self.ledger, self._levels)  # 移交, 定密变更
        self.expiry = ExpiryQueries(conn, self.ledger)  # secrecy periods due for review
        self.summary = SummaryQueries(self)  # the 涉密载体管理情况报告 of a period
        self.personnel = PersonnelQueries(conn)  # grades, reviews, training, 脱密期 (篇七)
        self.inventory = InventoryQueries(conn)  # 清查

    # -- lifecycle -----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, *, passphrase: str, unit_name: str, clerk_name: str,
               store: MachineSecretStore, kdf: KdfParams = PRODUCT_KDF,
               clock: Clock | None = None, unit_levels: tuple[Level, ...] = COMMON_UNIT_LEVELS,
               locations: tuple[tuple[str, str], ...] = (),
               unit_settings: Mapping[str, str] | None = None,
               recovery_code: str | None = None) -> tuple[Vault, str]:
        """A new vault and its recovery code (shown once, never stored).

        ``recovery_code`` lets the setup wizard show and confirm the code before the vault is
        written; ``unit_settings`` are the unit's rules kept inside the vault (numbering …).
        """
        path = Path(path)
        keys = key_path(path)
        if path.exists() or keys.exists():
            raise EnvironmentProblem(f"{path} 已经存在，不会覆盖已有的台账。")
        # Printed on every register and written into every outgoing registration (发文机关,
        # 经办人): the same limits as those fields, checked before anything is created.
        unit_name = clean(unit_name, label="单位名称", field="unit_name", required=True)
        clerk_name = clean(clerk_name, label="机要员姓名", field="clerk_name", required=True)
        clock = clock or SystemClock()
        data_key = os.urandom(32)
        vault_id = uuid.uuid4().hex
        secret = store.create(vault_id) if store.available else None
        code = normalize_recovery_code(recovery_code) if recovery_code else new_recovery_code()
        partial = path.with_name(path.name + ".creating")
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        try:
            conn = connection.create(partial, data_key)
            try:
                migrate(conn)
                attest.install(conn)
                now = clock.now().isoformat()
                meta = {**(unit_settings or {}), "format": FORMAT, "vault_id": vault_id,
                        "unit_name": unit_name,
                        "clerk_name": clerk_name, "created_at": now,
                        "machine_bound": "1" if secret else "0",
                        schema_seal.SEQ_KEY: "1"}  # vault_created seals the schema
                with connection.transaction(conn):
                    for k, v in meta.items():
                        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (k, v))
                    for lv in (*BUILTIN_LEVELS, *unit_levels):
                        conn.execute("INSERT INTO level VALUES (?, ?, ?, ?, ?)",
                                     (lv.code, lv.name, lv.rank, lv.max_years,
                                      int(lv.state_secret)))
                    for name, kind in locations:
                        conn.execute("INSERT INTO location(name, kind) VALUES (?, ?)",
                                     (name, kind))
                    akey = audit.audit_key(data_key, vault_id)
                    audit.append(conn, akey, at=now, actor=clerk_name, action="vault_created",
                                 carrier_ids=[], detail={"unit_name": unit_name,
                                                         "machine_bound": bool(secret),
                                                         "locations": [n for n, _ in locations],
                                                         **schema_seal.detail(conn)})
            finally:
                conn.close()
            keyfile = KeyFile.create(keys, data_key, passphrase, code, secret, vault_id, kdf)
            os.replace(partial, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            raise
        # From now on a missing unlock count is noticed. Should this write fail, the first
        # unlock needs the recovery code: the safe side, and the code is shown right now.
        with contextlib.suppress(OSError):
            UnlockLimiter.arm(path, keyfile)
        vault = cls.open(path, passphrase=passphrase, store=store, clock=clock)
        return vault, code

    @classmethod
    def open(cls, path: Path | str, *, passphrase: str | None = None,
             recovery_code: str | None = None, store: MachineSecretStore | None = None,
             clock: Clock | None = None, check: Check = True) -> Vault:
        """Unlock with the passphrase (and this PC's secret) or with the recovery code.

        ``check``: "full" (or True) runs ``cipher_integrity_check`` and ``integrity_check``;
        "quick" a probe of milliseconds (``connection.quick_problems``); "auto" full for a file
        of up to ``FULL_CHECK_MAX_BYTES`` and quick above; "none" (or False) neither.
        Raises WrongSecret, NotAVault, Damaged or TooNew; never creates or changes a file,
        except to finish a restore or a key change that was killed halfway.
        """
        path = Path(path)
        restore_swap.settle(path)
        mode = _check_mode(check, path)
        if not path.exists():
            raise NotAVault(f"找不到台账文件：{path}")
        keyfile = KeyFile.load(key_path(path))
        pending = key_change.load_pending(path)  # left by a key change that was killed

        def unlock(keys: KeyFile) -> bytes:
            nonlocal store
            if recovery_code is not None:
                return keys.unlock_recovery(recovery_code)
            secret = None
            if keys.machine_bound:
                store = store or MachineSecretStore()
                secret = store.get(keys.vault_id) if store.available else None
            return keys.unlock_passphrase(passphrase or "", secret)

        data_key, from_pending = key_change.unlock_either(keyfile, pending, unlock)
        clock = clock or SystemClock()
        # Only with the right secret: a failed unlock changes nothing in the folder.
        set_aside = journals.set_aside(path, clock.now())
        conn = connection.open_existing(path, data_key)
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                                     "('format', 'vault_id')"))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if meta.get("format") != FORMAT:
                raise NotAVault()
            if meta.get("vault_id") != keyfile.vault_id:
                raise NotAVault("台账文件与密钥文件不是同一本台账（可能被替换过）。")
            if pending is not None:
                keyfile = key_change.settle(conn, path, keyfile, pending, from_pending, unlock)
            if version > schema.SCHEMA_VERSION:
                raise TooNew()
            if mode == "full" and connection.integrity_problems(conn):
                raise Damaged()
            if mode == "quick" and connection.quick_problems(conn, path):
                raise Damaged()
            akey = audit.audit_key(data_key, keyfile.vault_id)
            if version < schema.SCHEMA_VERSION:
                migrate(conn, akey, (clock or SystemClock()).now().isoformat())
            elif mode != "none" and (found := schema_seal.problems(conn, akey)):
                raise Damaged("台账的结构被改动过：" + "；".join(found[:3]) +
                              "。请用最近的备份恢复，并核对纸质台账上的校验码。")
        except (NotAVault, TooNew, Damaged):
            conn.close()
            raise
        except connection.DatabaseError as e:
            conn.close()
            raise Damaged() from e
        except Exception:
            conn.close()
            raise
        try:
            vault = cls(path, conn, data_key, keyfile, clock, keyfile.machine_bound)
        except Damaged:  # meta or levels on a damaged page (check "none" or "quick")
            conn.close()
            raise
        vault.set_aside = set_aside
        return vault

    def close(self) -> None:
        with self._lock:  # waits for a job on a worker thread to end
            self.ledger.close()  # background keyset walks end; their sort keys are dropped
            if self._conn is not None:
                self._conn.close()
                self._conn = None
                own_files.release(self.path)
            self._data_key = b""
            self._audit_key = b""

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[Vault]:
        """The connection for this thread alone until the block ends (a job on a worker)."""
        with self._lock:
            yield self

    @property
    def in_use(self) -> bool:
        """True while another thread holds the connection (a long job is running)."""
        if self._lock.acquire(blocking=False):
            self._lock.release()
            return False
        return True

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("vault is locked")
        return self._conn

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- the Ledger protocol -------------------------------------------------------------------
    @property
    def actor(self) -> str:
        return self._meta.get("clerk_name", "")

    @property
    def unit_name(self) -> str:
        return self._meta.get("unit_name", "")

    @property
    def levels(self) -> LevelCatalog:
        return self._levels

    def setting(self, name: str, default: str) -> str:
        return self._meta.get(name, default)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One workflow: its rows and exactly one audit event, or nothing at all."""
        tx = Tx(self.conn, self._audit_key, self.actor, self.clock.now().isoformat())
        try:
            with self._lock, connection.transaction(self.conn):
                attest.forget(self.conn)  # changes made outside a workflow are never sealed
                changes = self.conn.total_changes
                yield tx
                # A workflow that found nothing to do (an unchanged correction) writes nothing
                # and needs no audit event; one that wrote anything must have audited it.
                if not tx.audited and self.conn.total_changes != changes:
                    raise RuntimeError("a workflow must write one audit event")
                tx.finish()
        except connection.OperationalError as e:
            raise connection.environment(e, "写入台账失败") from e
        # Meta may have changed inside (settings kept in the vault); re-read after commit.
        self._meta = dict(self.conn.execute("SELECT key, value FROM meta"))

    def carrier(self, carrier_id: int) -> CarrierView:
        return self.ledger.get(carrier_id)

    # -- checks --------------------------------------------------------------------------------
    def audit_head(self) -> AuditHead:
        return audit.head(self.conn, self._audit_key)

    def verify(self, expected: AuditHead | None = None, *, checkpoints: Sequence[str] = (),
               backups: Sequence[Path] = (),
               progress: verification.Progress | None = None) -> VerifyReport:
        """Every check on this thread's connection (see ``verifier`` for a worker thread)."""
        return verification.run(self.conn, self._audit_key, expected=expected,
                                checkpoints=checkpoints, backups=backups,
                                data_key=self._data_key, vault_id=self.vault_id,
                                progress=progress)

    def verifier(self, *, checkpoints: Sequence[str] = (), backups: Sequence[Path] = ()
                 ) -> Callable[[verification.Progress | None, Callable[[], bool] | None],
                               VerifyReport | None]:
        """``verify`` for a worker thread: it opens its own read-only connection there.

        The returned function takes (progress, cancelled) and returns None when cancelled.
        """
        path, data_key, key, vault_id = self.path, self._data_key, self._audit_key, self.vault_id
        for code in checkpoints:  # a mistyped code is refused here, before any work
            audit.parse_checkpoint(code)

        def run(progress: verification.Progress | None,
                cancelled: Callable[[], bool] | None = None) -> VerifyReport | None:
            conn = connection.open_existing(path, data_key)
            try:
                conn.execute("PRAGMA query_only = ON")
                if cancelled is not None:  # stops even the long PRAGMAs within a moment
                    conn.set_progress_handler(lambda: 1 if cancelled() else 0, 100_000)
                try:
                    return verification.run(conn, key, checkpoints=checkpoints,
                                            backups=backups, data_key=data_key,
                                            vault_id=vault_id, progress=progress)
                except connection.OperationalError:
                    if cancelled is not None and cancelled():
                        return None
                    raise
            finally:
                conn.close()
        return run

    def counts(self) -> dict[str, int]:
        c = self.conn
        return {"carriers": c.execute("SELECT count(*) FROM carrier").fetchone()[0],
                "documents": c.execute("SELECT count(*) FROM document").fetchone()[0],
                "events": c.execute("SELECT count(*) FROM carrier_event").fetchone()[0],
                "audit": c.execute("SELECT count(*) FROM audit_event").fetchone()[0]}

    def locations(self) -> list[tuple[int, str, str]]:
        return list(self.conn.execute(
            "SELECT id, name, kind FROM location WHERE active = 1 ORDER BY name"))

    def _load_levels(self) -> LevelCatalog:
        rows = self.conn.execute("SELECT code, name, rank, max_years, state_secret FROM level")
        levels = [Level(c, n, r, m, bool(s)) for c, n, r, m, s in rows]
        if not any(lv.code == DECLASSIFIED.code for lv in levels):  # written when first used
            levels.append(DECLASSIFIED)
        return LevelCatalog(levels)

    def open_reader(self) -> Connection:
        """A read-only connection of its own (a search counted off the UI thread); the caller
        closes it. ``RuntimeError`` once the vault is locked."""
        return self._open_reader()

    def _open_reader(self) -> Connection:
        """A second connection, read-only, for background reads of the ledger (keyset walks)."""
        if self._conn is None or not self._data_key:
            raise RuntimeError("vault is locked")
        conn = connection.open_existing(self.path, self._data_key)
        conn.execute("PRAGMA query_only = ON")
        return conn


def migrate(conn: Connection, key: bytes | None = None, at: str = "") -> None:
    """Bring the schema up to date, one transaction per step.

    With the audit ``key`` (an existing vault), each step ends with a ``schema_migrated`` event
    that seals the new schema (schema_seal.py); the step that brings row attestation seals every
    existing row as its baseline. Without it (a vault being created), ``Vault.create`` seals.
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > schema.SCHEMA_VERSION:
        raise TooNew()
    if version < schema.SCHEMA_VERSION:
        ngrams.register(conn)  # V4 fills document_ngram with it
    for n in range(version + 1, schema.SCHEMA_VERSION + 1):
        try:
            had_attest = attest.enabled(conn)
            tables = _table_sql(conn)
            conn.executescript(f"BEGIN IMMEDIATE;\n{schema.MIGRATIONS[n - 1]}\n"
                               f"PRAGMA user_version = {n};")
            if key is not None:
                # A table this step created or altered gets its rows sealed again: a column
                # added with a default changes every row's digest.
                changed = [t for t, sql in _table_sql(conn).items() if tables.get(t) != sql]
                _seal_migration(conn, key, at, n, None if not had_attest else changed)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _table_sql(conn: Connection) -> dict[str, str]:
    return {str(n): str(sql) for n, sql in conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'table'")}


def _seal_migration(conn: Connection, key: bytes, at: str, version: int,
                    changed: list[str] | None) -> None:
    """``changed``: the tables to seal again (None: all of them, the baseline)."""
    attest.install(conn)
    if not attest.enabled(conn):
        return  # a step before attestation existed (tests of old vaults migrate through them)
    ledger = set(attest.ledger_tables(conn))
    baseline = changed is None
    attest.note_all(conn, None if baseline else [t for t in changed or [] if t in ledger])
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE "
                 "SET value = excluded.value", (schema_seal.SEQ_KEY, str(audit.last(conn)[0] + 1)))
    actor = conn.execute("SELECT value FROM meta WHERE key = 'clerk_name'").fetchone()
    audit.append(conn, key, at=at, actor=actor[0] if actor else "", action="schema_migrated",
                 carrier_ids=[], detail={"version": version, "baseline": baseline,
                                         **schema_seal.detail(conn)})


if TYPE_CHECKING:
    from ..core.ports import Ledger, LedgerTx

    # The workflows in core see the vault only through these protocols: a drift between them
    # and Vault/Tx fails the type check (./dev test runs mypy) here rather than at a workflow.
    def _implements_core_ports(vault: Vault, tx: Tx) -> tuple[Ledger, LedgerTx]:
        ledger: Ledger = vault
        writes: LedgerTx = tx
        return ledger, writes
