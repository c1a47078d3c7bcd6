"""Jump to any row of a sorted ledger without walking OFFSET rows: keyset markers.

``LIMIT 200 OFFSET 600000`` makes SQLite step over 600,000 index entries (a quarter of a second
at 1,000,000 carriers, every time). A ``Walk`` remembers, for one (filter, sort, direction), the
sort key and id of every ``STRIDE``-th row; a page at offset ``o`` then starts from the marker
before it, ``WHERE (key, id) > marker``, and steps over fewer than ``STRIDE`` rows. The result is
exactly the rows ``ORDER BY key, id LIMIT .. OFFSET o`` returns.

Markers are found once, by one walk of the sort's index, and are valid only for the data they were
found in. Every change is seen through a token: ``Connection.total_changes`` (rows this
connection changed, also inside triggers, also when rolled back) and ``PRAGMA data_version``
(commits by any other connection). A different token drops every walk. Inside a transaction no
marker is used or found (uncommitted rows are not what the walk saw): callers use OFFSET there.

A vault hands in ``open_reader`` (a second, read-only connection): a walk then runs in a
background thread as soon as the first page of a sort is shown, so jumps are served from markers
by the time the clerk drags the scroll bar; a page asked for before the walk got there waits only
until it passes that row. Without a reader (plain SQLite in the benchmark, small ledgers) the walk
runs in the caller's thread, only as far as the row asked for.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from .connection import Connection

log = logging.getLogger(__name__)

STRIDE = 10_000  # rows between markers: a page steps over fewer than this many index entries
BACKGROUND_MIN = 5 * STRIDE  # smaller ledgers walk in the caller's thread (a few milliseconds)
MAX_WALKS = 8  # (filter, sort, direction) combinations remembered
WAIT_SECONDS = 10.0  # a page waits at most this long for a background walk, then uses OFFSET

Token = tuple[int, int]


@dataclass(frozen=True)
class Query:
    """One ordering of the ledger: ``ORDER BY {order} {dir}, c.id {dir}`` over ``carrier c``."""

    order: str  # a column of carrier c with an index (order, id); never NULL
    clauses: tuple[str, ...]  # AND-ed filters on carrier c, with ? parameters
    params: tuple[object, ...]
    descending: bool

    @property
    def _dir(self) -> str:
        return "DESC" if self.descending else "ASC"

    @property
    def _after(self) -> str:
        return "<" if self.descending else ">"

    @property
    def _where(self) -> str:
        return "".join(f" AND {c}" for c in self.clauses)

    def first(self, conn: Connection, skip: int, take: int) -> list[tuple[object, int]]:
        where = f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""
        return [(r[0], r[1]) for r in conn.execute(
            f"SELECT {self.order}, c.id FROM carrier c{where} ORDER BY {self.order} {self._dir}, "
            f"c.id {self._dir} LIMIT ? OFFSET ?", (*self.params, take, skip))]

    def after(self, conn: Connection, mark: tuple[object, int], skip: int, take: int
              ) -> list[tuple[object, int]]:
        """``take`` rows after ``skip`` rows following ``mark`` in this order.

        Two index ranges rather than one row-value comparison: ``(key, id) > (?, ?)`` makes
        SQLite seek on ``key`` alone and step through every row of a large group of equal keys
        (614,000 empty holders at 1M), whereas ``key = ? AND id > ?`` and ``key > ?`` are both
        exact seeks.
        """
        key, cid = mark
        same = f"FROM carrier c WHERE {self.order} = ? AND c.id {self._after} ?{self._where}"
        args = (key, cid, *self.params)
        in_group = conn.execute(f"SELECT count(*) FROM (SELECT 1 {same} LIMIT ?)",
                                (*args, skip + take)).fetchone()[0]
        rows: list[tuple[object, int]] = []
        if in_group > skip:
            rows = [(r[0], r[1]) for r in conn.execute(
                f"SELECT {self.order}, c.id {same} ORDER BY c.id {self._dir} LIMIT ? OFFSET ?",
                (*args, take, skip))]
            if len(rows) == take:
                return rows
        rows += [(r[0], r[1]) for r in conn.execute(
            f"SELECT {self.order}, c.id FROM carrier c WHERE {self.order} {self._after} ?"
            f"{self._where} ORDER BY {self.order} {self._dir}, c.id {self._dir} LIMIT ? OFFSET ?",
            (key, *self.params, take - len(rows), max(0, skip - in_group)))]
        return rows


@dataclass(eq=False)
class Walk:
    """The markers of one query: ``marks[j]`` is the (key, id) of row ``(j + 1) * STRIDE - 1``."""

    query: Query
    token: Token
    stride: int
    marks: list[tuple[object, int]] = field(default_factory=list)
    done: bool = False  # every marker is known: the walk reached the last row
    running: bool = False  # a background thread is extending it
    cond: threading.Condition = field(default_factory=threading.Condition)
    cancel: threading.Event = field(default_factory=threading.Event)
    thread: threading.Thread | None = None

    def step(self, conn: Connection) -> bool:
        """Find the next marker; False when there is none (the walk is complete)."""
        if self.marks:
            found = self.query.after(conn, self.marks[-1], self.stride - 1, 1)
        else:
            found = self.query.first(conn, self.stride - 1, 1)
        with self.cond:
            if found:
                self.marks.append(found[0])
            else:
                self.done = True
            self.cond.notify_all()
        return bool(found)


class Keyset:
    """The markers of one connection's ledger; see the module docstring."""

    def __init__(self, conn: Connection, open_reader: Callable[[], Connection] | None = None,
                 stride: int | None = None, background_min: int | None = None) -> None:
        self._conn = conn
        self._open_reader = open_reader
        self.stride = stride or STRIDE
        self._background_min = BACKGROUND_MIN if background_min is None else background_min
        self._walks: OrderedDict[Query, Walk] = OrderedDict()
        self._token: Token | None = None

    # -- what callers use --------------------------------------------------------------------
    def page(self, query: Query, offset: int, limit: int) -> list[int] | None:
        """The ids of rows ``offset`` .. ``offset + limit - 1``; None: use OFFSET instead."""
        if offset < self.stride or limit <= 0 or self._conn.in_transaction:
            return None
        walk = self._walk(query)
        j = offset // self.stride - 1
        if not self._reach(walk, j):
            return None
        if j >= len(walk.marks):  # past the last row
            return []
        rows = query.after(self._conn, walk.marks[j], offset % self.stride, limit)
        return [cid for _, cid in rows]

    def shown(self, query: Query) -> None:
        """The first page of this order is on screen: start finding its markers in the
        background if the ledger is large (jumps will follow)."""
        if self._open_reader is None or self._conn.in_transaction:
            return
        top = self._conn.execute("SELECT max(id) FROM carrier").fetchone()[0] or 0
        if top < self._background_min:
            return
        walk = self._walk(query)
        with walk.cond:
            if walk.done or walk.running:
                return
        self._start(walk)

    def forget(self) -> None:
        """Stop every walk and drop every marker (the vault locks: no ledger text stays)."""
        walks = list(self._walks.values())
        self._walks.clear()
        self._token = None
        for walk in walks:
            walk.cancel.set()
        for walk in walks:
            if walk.thread is not None:
                walk.thread.join(timeout=WAIT_SECONDS)
            walk.marks.clear()

    # -- inside ------------------------------------------------------------------------------
    def token(self) -> Token:
        version = self._conn.execute("PRAGMA data_version").fetchone()[0]
        return (self._conn.total_changes, version)

    def _walk(self, query: Query) -> Walk:
        token = self.token()
        if token != self._token:
            self.forget()
            self._token = token
        walk = self._walks.get(query)
        if walk is None:
            walk = self._walks[query] = Walk(query, token, self.stride)
            while len(self._walks) > MAX_WALKS:
                _, old = self._walks.popitem(last=False)
                old.cancel.set()
        else:
            self._walks.move_to_end(query)
        return walk

    def _reach(self, walk: Walk, j: int) -> bool:
        """Markers up to ``j`` (or the end); False when they could not be had in time."""
        with walk.cond:
            if walk.running:
                ok = walk.cond.wait_for(lambda: len(walk.marks) > j or walk.done
                                        or not walk.running, timeout=WAIT_SECONDS)
                if not ok:
                    return False
            if len(walk.marks) > j or walk.done:
                return True
        # Nobody is walking (no reader, a small ledger, or the thread stopped): walk here, only
        # as far as needed.
        while len(walk.marks) <= j and not walk.done:
            walk.step(self._conn)
        return True

    def _start(self, walk: Walk) -> None:
        assert self._open_reader is not None
        # One background walk at a time: the order on screen is the one that matters.
        for other in self._walks.values():
            if other is not walk and other.running:
                other.cancel.set()
        with walk.cond:
            walk.running = True
        walk.thread = threading.Thread(target=self._run, args=(walk, self._open_reader),
                                       name="ledger-keyset", daemon=True)
        walk.thread.start()

    @staticmethod
    def _run(walk: Walk, open_reader: Callable[[], Connection]) -> None:
        try:
            conn = open_reader()
            try:
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                while not walk.cancel.is_set() and walk.step(conn):
                    # A commit by anyone since the walk began: these markers are stale (the
                    # owner sees a new token and drops them); stop early.
                    if conn.execute("PRAGMA data_version").fetchone()[0] != version:
                        break
            finally:
                conn.close()
        except Exception:  # a lock, a closed vault: the caller falls back to walking itself
            log.debug("background keyset walk stopped", exc_info=True)
        finally:
            with walk.cond:
                walk.running = False
                walk.cond.notify_all()
