"""Read-only questions to the ledger, each answered through an index.

The UI's table model asks for ids a page at a time and then for those rows; nothing here ever
selects a whole register into memory.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from ..core.carriers import CarrierKind, CarrierView, Register, Status
from ..core.ledger_query import HistoryEntry, LedgerFilter, SortKey, search_text
from ..core.levels import LevelCatalog
from ..core.periods import SecrecyPeriod
from . import ngrams
from .connection import Connection, OperationalError
from .keyset import Keyset, Query

_SORT_SQL = {
    SortKey.NUMBER: "c.number",
    SortKey.LEVEL: "c.level_rank",
    SortKey.TITLE: "c.title",
    SortKey.DOC_NO: "c.doc_no",
    SortKey.SENDER: "c.sender",
    SortKey.STATUS: "c.status",
    SortKey.WHEREABOUTS: "c.holder",
    SortKey.REGISTERED: "c.registered_at",
}

_VIEW_SQL = """
SELECT c.id, c.barcode, c.number, c.copy_no, c.kind, c.status, c.register, c.level_code,
       d.period_kind, d.period_amount, d.period_until, d.period_condition, d.classified_on,
       d.title, d.doc_no, d.producer, d.sender, c.holder, coalesce(l.name, ''),
       c.registered_at, c.document_id, d.pages, d.copies_total, c.held,
       d.recipients, d.channel, d.couriers, d.received_at, d.attachments, d.scope,
       d.handled_by, d.serial_no, d.capacity, d.purpose, d.notes, d.number, d.source_carrier_id,
       d.signer, d.dedicated_computer
FROM carrier c JOIN document d ON d.id = c.document_id
LEFT JOIN location l ON l.id = c.location_id
"""
_EXTRA = ("recipients", "channel", "couriers", "received_at", "attachments", "scope",
          "handled_by", "serial_no", "capacity", "purpose", "notes", "document_number",
          "source_carrier_id", "signer", "dedicated_computer")

EVERYTHING = LedgerFilter()
_FTS_SAFE = re.compile(r'["\x00]')
_BARCODE = re.compile(r"[!-~]{4,40}")
# A search: (full-text table, MATCH expression with one ?, its parameter).
Search = tuple[str, str, str]


# A piece of a 编号 as the clerk types it: letters, digits and register characters around at
# least one dash, with a digit somewhere (never % or _, so it is safe inside LIKE).
_NUMBER_FRAGMENT = re.compile(r"[0-9A-Za-z收发介复]*-[0-9A-Za-z收发介复-]*")


def number_fragment(text: str) -> bool:
    return bool(_NUMBER_FRAGMENT.fullmatch(text)) and any(ch.isdigit() for ch in text)


def fts_phrase(text: str) -> str:
    """A user's text as one FTS5 phrase: quotes doubled, so no query syntax leaks through."""
    return '"' + _FTS_SAFE.sub(lambda m: '""' if m.group() == '"' else "", text) + '"'


_NOT_VOIDED = ("c.id NOT IN (SELECT i.carrier_id FROM import_item i JOIN import_batch b "
               "ON b.id = i.batch_id WHERE b.voided_at IS NOT NULL)")

class LedgerQueries:
    def __init__(self, conn: Connection, levels: LevelCatalog,
                 open_reader: Callable[[], Connection] | None = None) -> None:
        """``open_reader``: a second read-only connection for background keyset walks."""
        self._conn = conn
        self._levels = levels
        self._keyset = Keyset(conn, open_reader)

    def close(self) -> None:
        """Stop background work and forget every remembered sort key (the vault locks)."""
        self._keyset.forget()

    # -- filters -------------------------------------------------------------------------------
    def _where(self, f: LedgerFilter) -> tuple[str, list[object]]:
        clauses, params, search = self._filters(f)
        if search is not None:
            table, match, text = search
            clauses.append(f"c.document_id IN (SELECT rowid FROM {table} "
                           f"WHERE {table} MATCH {match})")
            params.append(text)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _filters(self, f: LedgerFilter) -> tuple[list[str], list[object], Search | None]:
        """The filter as AND-ed clauses on carrier c, and the text search apart from them:
        (full-text table, MATCH expression with one ?, its parameter)."""
        clauses: list[str] = []
        params: list[object] = []
        search: Search | None = None
        if self._voided_imports():  # a batch imported by mistake leaves the registers (作废)
            clauses.append(_NOT_VOIDED)

        def among(column: str, values: Sequence[object]) -> None:
            clauses.append(f"{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)

        if f.levels:
            among("c.level_code", sorted(f.levels))
        if f.statuses:
            among("c.status", sorted(s.value for s in f.statuses))
        if f.kinds:
            among("c.kind", sorted(k.value for k in f.kinds))
        if f.registers:
            among("c.register", sorted(r.value for r in f.registers))
        if f.registered_from:
            clauses.append("c.registered_at >= ?")
            params.append(f.registered_from.isoformat())
        if f.registered_to:
            clauses.append("c.registered_at < ?")
            params.append((f.registered_to + dt.timedelta(days=1)).isoformat())
        if f.location_id is not None:
            clauses.append("c.location_id = ?")
            params.append(f.location_id)
        text = search_text(f.text)
        if text:
            exact = self._exact(text)
            document = None if exact is not None else self._document_number(text)
            if exact is not None:
                clauses.append("c.id = ?")
                params.append(exact)
            elif document is not None:  # a registration's 编号: every copy of it
                clauses.append("c.document_id = ?")
                params.append(document)
            elif number_fragment(text):
                # Part of a 编号 (0002-017, 收-0002): numbers are not in the text indexes. LIKE
                # scans the numbers; only a text shaped like a number (a dash, a digit) pays it.
                # The same text in a title or 文号 still counts (trigrams, or the n-grams of
                # one or two characters).
                table, match = (("document_fts", fts_phrase(text)) if len(text) >= 3
                                else ("document_ngram", ngrams.match(text)))
                clauses.append(f"(c.number LIKE ? OR c.document_id IN (SELECT rowid FROM {table} "
                               f"WHERE {table} MATCH ?))")
                params += [f"%{text}%", match]
            elif len(text) >= 3:
                search = ("document_fts", "?", fts_phrase(text))
            else:
                # Trigrams need three characters; one or two are looked up among each
                # registration's characters and character pairs (schema V4): the same rows as
                # LIKE '%text%' over title, 文号, producer, sender and notes (ASCII case folded).
                search = ("document_ngram", "?", ngrams.match(text))
        return clauses, params, search

    def _voided_imports(self) -> bool:
        """Whether any import batch was voided (schema V_IMPORT); one indexed probe."""
        try:
            return self._conn.execute("SELECT 1 FROM import_batch WHERE voided_at IS NOT NULL "
                                      "LIMIT 1").fetchone() is not None
        except OperationalError:  # a vault older than V_IMPORT (a backup being read)
            return False

    def _document_number(self, text: str) -> int | None:
        row = self._conn.execute("SELECT id FROM document WHERE number = ?", (text,)).fetchone()
        return row[0] if row else None

    def _exact(self, text: str) -> int | None:
        row = self._conn.execute("SELECT id FROM carrier WHERE barcode = ? OR number = ?",
                                 (text, text)).fetchone()
        return row[0] if row else None

    # -- pages ---------------------------------------------------------------------------------
    def count(self, f: LedgerFilter = EVERYTHING) -> int:
        where, params = self._where(f)
        return int(self._conn.execute(f"SELECT count(*) FROM carrier c{where}",
                                      params).fetchone()[0])

    def page_ids(self, f: LedgerFilter = EVERYTHING, sort: SortKey = SortKey.REGISTERED,
                 descending: bool = False, offset: int = 0, limit: int = 200) -> list[int]:
        """Ids in ``ORDER BY <sort> <dir>, c.id <dir> LIMIT limit OFFSET offset`` order."""
        clauses, params, search = self._filters(f)
        direction = "DESC" if descending else "ASC"
        if search is not None and sort is SortKey.REGISTERED and self.in_registration_order():
            return self._search_ids(clauses, params, search, direction, offset, limit)
        if search is None:
            query = Query(_SORT_SQL[sort], tuple(clauses), tuple(params))
            if offset == 0:
                self._keyset.shown(query)
            ids = self._keyset.page(query, descending, offset, limit)
            if ids is not None:
                return ids
        where, params = self._where(f)
        sql = (f"SELECT c.id FROM carrier c{where} ORDER BY {_SORT_SQL[sort]} {direction}, "
               f"c.id {direction} LIMIT ? OFFSET ?")
        return [r[0] for r in self._conn.execute(sql, [*params, limit, offset])]

    def in_registration_order(self) -> bool:
        """Carrier ids, (registered_at, id) and (document_id, id) are one order (schema V4)."""
        return self._conn.execute("SELECT 1 FROM meta WHERE key = 'ledger_order_broken'"
                                  ).fetchone() is None

    def _search_ids(self, clauses: list[str], params: list[object], search: Search,
                    direction: str, offset: int, limit: int) -> list[int]:
        """A search in registration order, driven by the full-text index in rowid order.

        ``ORDER BY c.registered_at, c.id`` over the matches makes SQLite collect and sort every
        match (a common trigram matches a million carriers) before the first 200. Document ids
        rise with registration (``in_registration_order``), so ``(document_id, id)`` is the same
        order: the FTS5 table yields rowids in that order, and SQLite only sorts the copies of
        one document among themselves ("TEMP B-TREE FOR LAST TERM OF ORDER BY"), stopping after
        the page. ``LIMIT -1`` keeps the subquery a co-routine (not flattened), so its ORDER BY
        is what the outer ORDER BY builds on.
        """
        sql = self.search_sql(clauses, search, direction)
        return [r[0] for r in self._conn.execute(sql, [search[2], *params, limit, offset])]

    @staticmethod
    def search_sql(clauses: Sequence[str], search: Search, direction: str) -> str:
        """Parameters: the search's, the clauses', LIMIT, OFFSET."""
        table, match, _ = search
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return (f"SELECT c.id FROM (SELECT rowid AS document_id FROM {table} WHERE {table} "
                f"MATCH {match} ORDER BY rowid {direction} LIMIT -1) f "
                f"CROSS JOIN carrier c ON c.document_id = f.document_id{where} "
                f"ORDER BY f.document_id {direction}, c.id {direction} LIMIT ? OFFSET ?")

    def page(self, f: LedgerFilter = EVERYTHING, sort: SortKey = SortKey.REGISTERED,
             descending: bool = False, offset: int = 0, limit: int = 200) -> list[CarrierView]:
        return self.by_ids(self.page_ids(f, sort, descending, offset, limit))

    def iter_views(self, f: LedgerFilter = EVERYTHING, sort: SortKey = SortKey.NUMBER,
                   descending: bool = False, chunk: int = 500) -> Iterator[CarrierView]:
        """Every matching carrier, a chunk at a time (registers, exports)."""
        offset = 0
        while True:
            views = self.page(f, sort, descending, offset, chunk)
            yield from views
            if len(views) < chunk:
                return
            offset += chunk

    def iter_in_number_order(self, f: LedgerFilter = EVERYTHING, chunk: int = 500
                             ) -> Iterator[CarrierView]:
        """Every matching carrier in 编号 order, its copies by 份号 (a printed register).

        The order is the registration's (year, seq), not the text of its number: a number
        format without zero padding, or a document received in December and registered in
        January, still prints where its number puts it. With one register chosen the walk
        follows the UNIQUE (register, year, seq) index of ``document`` and sorts only the
        copies of one document; each chunk starts after the last row of the one before.
        """
        clauses, params, search = self._filters(f)
        if search is not None:
            table, match, text = search
            clauses.append(f"c.document_id IN (SELECT rowid FROM {table} "
                           f"WHERE {table} MATCH {match})")
            params.append(text)
        copy = "coalesce(c.copy_no, 0)"
        if len(f.registers) == 1:
            source = "document d CROSS JOIN carrier c ON c.document_id = d.id"
            clauses = ["d.register = ?", *clauses]
            params = [next(iter(f.registers)).value, *params]
        else:
            source = "carrier c JOIN document d ON d.id = c.document_id"
        after: tuple[int, int, int, int] | None = None
        while True:
            where = list(clauses)
            args = list(params)
            if after is not None:
                where += ["(d.year, d.seq) >= (?, ?)",
                          f"(d.year, d.seq, {copy}, c.id) > (?, ?, ?, ?)"]
                args += [after[0], after[1], *after]
            sql = (f"SELECT c.id, d.year, d.seq, {copy} FROM {source}"
                   + (" WHERE " + " AND ".join(where) if where else "")
                   + f" ORDER BY d.year, d.seq, {copy}, c.id LIMIT ?")
            rows = self._conn.execute(sql, [*args, chunk]).fetchall()
            yield from self.by_ids([r[0] for r in rows])
            if len(rows) < chunk:
                return
            last = rows[-1]
            after = (last[1], last[2], last[3], last[0])

    def readers_of(self, carrier_ids: Sequence[int]) -> dict[int, list[str]]:
        """阅办: who each carrier was handed to on a circulation slip, in the order they had it
        (each name once); carriers nobody read are absent. Walks the by-carrier index."""
        found: dict[int, list[str]] = {}
        if not carrier_ids:
            return found
        rows = self._conn.execute(
            "SELECT r.carrier_id, p.name FROM circulation_read r JOIN person p "
            f"ON p.id = r.person_id WHERE r.carrier_id IN ({', '.join('?' * len(carrier_ids))}) "
            "ORDER BY r.carrier_id, r.id", list(carrier_ids)).fetchall()
        for cid, name in rows:
            names = found.setdefault(cid, [])
            if name not in names:
                names.append(name)
        return found

    def ids_by_number(self, first: str, upper: str, limit: int) -> list[int]:
        """Carriers whose 编号 lies from ``first`` to ``upper`` in text order, in that order
        (labels for a range of numbers); walks the UNIQUE index on ``number``."""
        return [r[0] for r in self._conn.execute(
            "SELECT id FROM carrier WHERE number BETWEEN ? AND ? ORDER BY number LIMIT ?",
            (first, upper, limit))]

    def by_ids(self, ids: Sequence[int]) -> list[CarrierView]:
        if not ids:
            return []
        rows = self._conn.execute(
            f"{_VIEW_SQL} WHERE c.id IN ({', '.join('?' * len(ids))})", list(ids)).fetchall()
        found = {r[0]: self._view(r) for r in rows}
        return [found[i] for i in ids if i in found]

    def get(self, carrier_id: int) -> CarrierView:
        views = self.by_ids([carrier_id])
        if not views:
            raise LookupError(carrier_id)
        return views[0]

    def by_barcode(self, code: str) -> CarrierView | None:
        code = code.strip()
        if not _BARCODE.fullmatch(code):  # what the CHECK on carrier.barcode allows, nothing else
            return None
        row = self._conn.execute(f"{_VIEW_SQL} WHERE c.barcode = ?", (code,)).fetchone()
        return self._view(row) if row else None

    def search(self, text: str, limit: int = 200) -> list[CarrierView]:
        return self.page(LedgerFilter(text=text), SortKey.REGISTERED, True, 0, limit)

    def carriers_of_document(self, document_id: int) -> list[CarrierView]:
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM carrier WHERE document_id = ? ORDER BY copy_no, id", (document_id,))]
        return self.by_ids(ids)

    def history(self, carrier_id: int) -> list[HistoryEntry]:
        """Everything that happened to this carrier and to its registration, oldest first."""
        doc = self._conn.execute("SELECT document_id FROM carrier WHERE id = ?",
                                 (carrier_id,)).fetchone()
        if doc is None:
            raise LookupError(carrier_id)
        # Several events of one action share its audit_seq: they keep the order written.
        rows = self._conn.execute(
            "SELECT at, actor, action, field, before, after, approval_ref, note, audit_seq, id "
            "FROM carrier_event WHERE carrier_id = ? "
            "UNION ALL SELECT at, actor, action, field, before, after, approval_ref, note, "
            "audit_seq, id FROM carrier_event WHERE carrier_id IS NULL AND document_id = ? "
            "ORDER BY audit_seq, id", (carrier_id, doc[0])).fetchall()
        return [HistoryEntry.from_row(*r[:9]) for r in rows]

    # -- statistics ----------------------------------------------------------------------------
    def counts_by(self, column: str) -> dict[str, int]:
        if column not in ("level_code", "status", "kind", "register"):
            raise ValueError(column)
        return dict(self._conn.execute(
            f"SELECT {column}, count(*) FROM carrier GROUP BY {column} ORDER BY {column}"))

    def _view(self, r: Sequence[Any]) -> CarrierView:  # a row as SQLite returns it
        (cid, barcode, number, copy_no, kind, status, register, level_code, pk, pa, pu, pc,
         classified_on, title, doc_no, producer, sender, holder, location, registered_at,
         document_id, pages, copies_total, held, *extra) = r
        return CarrierView(
            id=cid, barcode=barcode, number=number, copy_no=copy_no, kind=CarrierKind(kind),
            status=Status(status), register=Register(register),
            level=self._levels.get(level_code),
            period=SecrecyPeriod.from_columns(pk, pa, pu, pc),
            classified_on=dt.date.fromisoformat(classified_on) if classified_on else None,
            title=title, doc_no=doc_no, producer=producer, sender=sender, holder=holder,
            location=location, registered_at=dt.datetime.fromisoformat(registered_at),
            document_id=document_id, pages=pages, copies_total=copies_total, held=bool(held),
            extra=dict(zip(_EXTRA, extra, strict=True)))
