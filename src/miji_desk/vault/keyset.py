"""Jump to any row of a sorted ledger without walking OFFSET rows: keyset markers.

``LIMIT 200 OFFSET 600000`` makes SQLite step over 600,000 index entries (a quarter of a second
at 1,000,000 carriers, every time). A ``Walk`` remembers, for one (filter, sort key), the key and
id of every ``STRIDE``-th row -- counted from the first row (ascending) and from the last
(descending); a page at offset ``o`` then starts from the marker before it, ``WHERE (key, id) >
marker``, and steps over fewer than ``STRIDE`` rows. The result is exactly the rows ``ORDER BY
key, id LIMIT .. OFFSET o`` returns. Once the two ends have met (or one end reached the other
end of the ledger) the number of rows is known, and either list serves both directions: a page
in one order is a reversed page in the other.

Markers are found once, by walking the sort's index, and are valid only for the data they were
found in. Every change is seen through a token: ``Connection.total_changes`` (rows this
connection changed, also inside triggers, also when rolled back) and ``PRAGMA data_version``
(commits by any other connection). A different token drops every walk. Inside a transaction no
marker is used or found (uncommitted rows are not what the walk saw): callers use OFFSET there.

A vault hands in ``open_reader`` (a second, read-only connection per thread): a walk then runs in
the background as soon as the first page of a sort is shown, one thread from each end (SQLite
releases the GIL while it steps), so jumps are served from markers by the time the clerk drags
the scroll bar; a page asked for before the walk got there waits only until the walk passes
that row. Without a reader (plain SQLite in the benchmark, small ledgers) the walk runs in the
caller's thread, only as far as the row asked for.
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
MAX_WALKS = 8  # (filter, sort key) combinations remembered
WAIT_SECONDS = 10.0  # a page waits at most this long for a background walk, then uses OFFSET

Token = tuple[int, int]
Mark = tuple[object, int]  # (sort key, carrier id)


@dataclass(frozen=True)
class Query:
    """One ordering of the ledger: ``ORDER BY {order} [DESC], c.id [DESC]`` over ``carrier c``."""

    order: str  # a column of carrier c with an index (order, id); never NULL
    clauses: tuple[str, ...]  # AND-ed filters on carrier c, with ? parameters
    params: tuple[object, ...]

    @property
    def _where(self) -> str:
        return "".join(f" AND {c}" for c in self.clauses)

    def first(self, conn: Connection, desc: bool, skip: int, take: int) -> list[Mark]:
        d = "DESC" if desc else "ASC"
        where = f" WHERE {' AND '.join(self.clauses)}" if self.clauses else ""
        return [(r[0], r[1]) for r in conn.execute(
            f"SELECT {self.order}, c.id FROM carrier c{where} ORDER BY {self.order} {d}, "
            f"c.id {d} LIMIT ? OFFSET ?", (*self.params, take, skip))]

    def after(self, conn: Connection, desc: bool, mark: Mark, skip: int, take: int
              ) -> list[Mark]:
        """``take`` rows after ``skip`` rows following ``mark`` in this order.

        Two index ranges rather than one row-value comparison: ``(key, id) > (?, ?)`` makes
        SQLite seek on ``key`` alone and step through every row of a large group of equal keys
        (614,000 empty holders at 1M), whereas ``key = ? AND id > ?`` and ``key > ?`` are both
        exact seeks.
        """
        d, beyond = ("DESC", "<") if desc else ("ASC", ">")
        key, cid = mark
        same = f"FROM carrier c WHERE {self.order} = ? AND c.id {beyond} ?{self._where}"
        args = (key, cid, *self.params)
        in_group = conn.execute(f"SELECT count(*) FROM (SELECT 1 {same} LIMIT ?)",
                                (*args, skip + take)).fetchone()[0]
        rows: list[Mark] = []
        if in_group > skip:
            rows = [(r[0], r[1]) for r in conn.execute(
                f"SELECT {self.order}, c.id {same} ORDER BY c.id {d} LIMIT ? OFFSET ?",
                (*args, take, skip))]
            if len(rows) == take:
                return rows
        rows += [(r[0], r[1]) for r in conn.execute(
            f"SELECT {self.order}, c.id FROM carrier c WHERE {self.order} {beyond} ?"
            f"{self._where} ORDER BY {self.order} {d}, c.id {d} LIMIT ? OFFSET ?",
            (key, *self.params, take - len(rows), max(0, skip - in_group)))]
        return rows

    def count_after(self, conn: Connection, mark: Mark | None, desc: bool, limit: int) -> int:
        """Rows after ``mark`` (all rows when None) in this order, counting up to ``limit``."""
        if mark is None:
            return len(self.first(conn, desc, 0, limit))
        return len(self.after(conn, desc, mark, 0, limit))

    def count_from_to(self, conn: Connection, lo: Mark, hi: Mark) -> int:
        """Rows from ``lo`` to ``hi`` inclusive in ascending order (lo <= hi, few rows)."""
        if lo == hi:
            return 1
        if lo[0] == hi[0]:
            return int(conn.execute(
                f"SELECT count(*) FROM carrier c WHERE {self.order} = ? AND c.id BETWEEN ? AND ?"
                f"{self._where}", (lo[0], lo[1], hi[1], *self.params)).fetchone()[0])
        n = 0
        for sql, args in (
                (f"{self.order} = ? AND c.id >= ?", (lo[0], lo[1])),
                (f"{self.order} > ? AND {self.order} < ?", (lo[0], hi[0])),
                (f"{self.order} = ? AND c.id <= ?", (hi[0], hi[1]))):
            n += conn.execute(f"SELECT count(*) FROM carrier c WHERE {sql}{self._where}",
                              (*args, *self.params)).fetchone()[0]
        return n


@dataclass(eq=False)
class End:
    """Markers counted from one end: ``marks[j]`` is the row at ``(j + 1) * stride - 1``."""

    desc: bool
    marks: list[Mark] = field(default_factory=list)
    done: bool = False  # this end walked to the other end of the ledger
    thread: threading.Thread | None = None
    running: bool = False


@dataclass(eq=False)
class Walk:
    """The markers of one (filter, sort key), from both ends."""

    query: Query
    token: Token
    stride: int
    ends: tuple[End, End] = field(default_factory=lambda: (End(False), End(True)))
    total: int | None = None  # the number of rows, once known
    cond: threading.Condition = field(default_factory=threading.Condition)
    cancel: threading.Event = field(default_factory=threading.Event)

    @property
    def complete(self) -> bool:
        return self.total is not None

    @property
    def running(self) -> bool:
        return any(e.running for e in self.ends)

    def can_serve(self, desc: bool, offset: int) -> bool:
        """A page at ``offset`` can be read from the markers found so far (caller holds cond)."""
        own = self.ends[desc]
        if own.done or offset // self.stride - 1 < len(own.marks):
            return True
        if self.total is None:
            return False
        other = self.ends[not desc]
        back = max(0, self.total - offset - 1)  # the page's last row, counted from the other end
        return other.done or back // self.stride - 1 < len(other.marks)

    def step(self, conn: Connection, end: End) -> bool:
        """Find the next marker from ``end``; False when nothing is left to find."""
        with self.cond:
            if end.done or self.complete:
                return False
            last = end.marks[-1] if end.marks else None
        q, s = self.query, self.stride
        found = (q.after(conn, end.desc, last, s - 1, 1) if last is not None
                 else q.first(conn, end.desc, s - 1, 1))
        if not found:  # fewer than a stride of rows left: this end has seen every row
            rest = q.count_after(conn, last, end.desc, s)
            with self.cond:
                end.done = True
                self.total = len(end.marks) * s + rest
                self.cond.notify_all()
            return False
        with self.cond:
            end.marks.append(found[0])
            self.cond.notify_all()
            fwd, bwd = self.ends
            crossed = bool(fwd.marks and bwd.marks and fwd.marks[-1] >= bwd.marks[-1])
            if crossed:
                a, b = fwd.marks[-1], bwd.marks[-1]
                up_to_a = len(fwd.marks) * s  # rows from the first to ``a`` inclusive
                from_b = len(bwd.marks) * s  # rows from ``b`` to the last inclusive
        if not crossed:
            return True
        # The two ends have passed each other: every row is behind one of them, and the rows
        # from ``b`` to ``a`` were counted twice.
        total = up_to_a + from_b - q.count_from_to(conn, b, a)
        with self.cond:
            self.total = total
            self.cond.notify_all()
        return False


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
    def page(self, query: Query, desc: bool, offset: int, limit: int) -> list[int] | None:
        """The ids of rows ``offset`` .. ``offset + limit - 1``; None: use OFFSET instead."""
        if offset < self.stride or limit <= 0 or self._conn.in_transaction:
            return None
        walk = self._walk(query)
        if not self._reach(walk, desc, offset):
            return None
        s = self.stride
        own = walk.ends[desc]
        j = offset // s - 1
        if j < len(own.marks):
            return [cid for _, cid in query.after(self._conn, desc, own.marks[j], offset % s,
                                                  limit)]
        if walk.total is not None and offset >= walk.total:
            return []
        if own.done:  # past the last marker but not past the end: never (offset < total)
            return None
        # Read it from the other end, as the reversed page of the other order.
        assert walk.total is not None
        other = walk.ends[not desc]
        take = min(limit, walk.total - offset)
        back = walk.total - offset - take  # the page's last row, counted from the other end
        if back < s:
            rows = query.first(self._conn, not desc, back, take)
        else:
            rows = query.after(self._conn, not desc, other.marks[back // s - 1], back % s, take)
        return [cid for _, cid in reversed(rows)]

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
            if walk.complete or walk.running:
                return
            walk.cancel.clear()  # it may have been stopped for another order before
        # One walk at a time: the order on screen is the one that matters.
        for other in self._walks.values():
            if other is not walk and other.running:
                other.cancel.set()
        for end in walk.ends:
            self._start(walk, end)

    def forget(self) -> None:
        """Stop every walk and drop every marker (the vault locks: no ledger text stays)."""
        walks = list(self._walks.values())
        self._walks.clear()
        self._token = None
        for walk in walks:
            walk.cancel.set()
        for walk in walks:
            for end in walk.ends:
                if end.thread is not None:
                    end.thread.join(timeout=WAIT_SECONDS)
                end.marks.clear()

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

    def _reach(self, walk: Walk, desc: bool, offset: int) -> bool:
        """Markers enough for ``offset``; False when they could not be had in time."""
        with walk.cond:
            if walk.running:
                ok = walk.cond.wait_for(lambda: walk.can_serve(desc, offset)
                                        or not walk.running, timeout=WAIT_SECONDS)
                if not ok:
                    return False
            if walk.can_serve(desc, offset):
                return True
        # Nobody is walking (no reader, a small ledger, or the threads stopped): walk here, from
        # the page's own end, only as far as needed.
        end = walk.ends[desc]
        while True:
            with walk.cond:
                if walk.can_serve(desc, offset):
                    return True
            if not walk.step(self._conn, end):
                with walk.cond:
                    return walk.can_serve(desc, offset)

    def _start(self, walk: Walk, end: End) -> None:
        assert self._open_reader is not None
        with walk.cond:
            if end.running or end.done:
                return
            end.running = True
        end.thread = threading.Thread(target=self._run, args=(walk, end, self._open_reader),
                                      name="ledger-keyset", daemon=True)
        end.thread.start()

    @staticmethod
    def _run(walk: Walk, end: End, open_reader: Callable[[], Connection]) -> None:
        try:
            conn = open_reader()
            try:
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                while not walk.cancel.is_set() and walk.step(conn, end):
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
                end.running = False
                walk.cond.notify_all()
