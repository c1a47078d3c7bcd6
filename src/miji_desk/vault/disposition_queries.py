"""Read-only questions about copies, volumes, holds, return lists and destruction manifests.

Every lookup walks an index of schema V3; long lists (copy orders, volumes, manifests) are paged
and iterated a chunk at a time for printing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..core.carriers import TERMINAL, CarrierKind, CarrierView
from ..core.copying import CopyRecord
from ..core.destruction import ManifestLine, ManifestView, Totals, manifest_view, tally
from ..core.filing import Retention, VolumeView
from ..core.holds import HoldView
from ..core.levels import LevelCatalog
from ..core.returns import ReturnListView, return_list_view
from .connection import Connection
from .queries import LedgerQueries

_VOLUME_SQL = """
SELECT v.id, v.number, v.year, v.title, v.retention, v.top_secret, l.name, vl.level_code,
       (SELECT count(*) FROM volume_item i WHERE i.volume_id = v.id AND i.removed_at IS NULL),
       (SELECT coalesce(sum(d.pages), 0) FROM volume_item i
        JOIN carrier c ON c.id = i.carrier_id JOIN document d ON d.id = c.document_id
        WHERE i.volume_id = v.id AND i.removed_at IS NULL),
       v.created_at, v.notes
FROM volume v JOIN location l ON l.id = v.location_id
JOIN volume_level vl ON vl.volume_id = v.id
"""
_HOLD_SQL = ("SELECT id, carrier_id, reason, reference, placed_at, lifted_at, lift_note "
             "FROM hold")


def _dt(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(value))


def _opt_dt(value: object) -> dt.datetime | None:
    return None if value is None else _dt(value)


def _chunks(ids_of: object, chunk: int = 200) -> Iterator[int]:
    offset = 0
    while True:
        ids = ids_of(offset, chunk)  # type: ignore[operator]
        yield from ids
        if len(ids) < chunk:
            return
        offset += chunk


class DispositionQueries:
    def __init__(self, conn: Connection, ledger: LedgerQueries, levels: LevelCatalog) -> None:
        self._conn = conn
        self._ledger = ledger
        self._levels = levels

    def _row(self, sql: str, params: Sequence[object]) -> dict[str, object] | None:
        cur = self._conn.execute(sql, tuple(params))
        row = cur.fetchone()
        if row is None:
            return None
        return {d[0]: v for d, v in zip(cur.description, row, strict=True)}

    def _ids(self, sql: str, params: Sequence[object]) -> list[int]:
        return [r[0] for r in self._conn.execute(sql, tuple(params))]

    # -- copies --------------------------------------------------------------------------------
    def copies_of(self, carrier_id: int) -> list[CarrierView]:
        """Every copy made here of this carrier (all its copy registrations), oldest first."""
        return self._ledger.by_ids(self._ids(
            "SELECT c.id FROM document d JOIN carrier c ON c.document_id = d.id "
            "WHERE d.source_carrier_id = ? ORDER BY d.id, c.copy_no", (carrier_id,)))

    def copy_record(self, document_id: int) -> CopyRecord:
        row = self._row("SELECT o.*, d.number, d.handled_by FROM copy_order o "
                        "JOIN document d ON d.id = o.document_id WHERE o.document_id = ?",
                        (document_id,))
        if row is None:
            raise LookupError(document_id)
        ids = self._ids("SELECT id FROM carrier WHERE document_id = ? ORDER BY copy_no",
                        (document_id,))
        source_id = int(row["source_carrier_id"])  # type: ignore[call-overload]
        views = {v.id: v for v in self._ledger.by_ids([source_id, ids[0]])}
        return CopyRecord(
            document_id=document_id, number=str(row["number"]), made_at=_dt(row["made_at"]),
            source=views[source_id], count=int(row["count"]),  # type: ignore[call-overload]
            purpose=str(row["purpose"]), approver=str(row["approver"]),
            approval_ref=str(row["approval_ref"]),
            approved_on=dt.date.fromisoformat(str(row["approved_on"])),
            authority=str(row["authority"]), authority_ref=str(row["authority_ref"]),
            handled_by=str(row["handled_by"]), carrier_ids=ids, first_copy=views[ids[0]])

    def copy_record_ids(self, *, year: int | None = None, offset: int = 0,
                        limit: int = 200) -> list[int]:
        if year is None:
            return self._ids("SELECT document_id FROM copy_order ORDER BY made_at, document_id "
                             "LIMIT ? OFFSET ?", (limit, offset))
        return self._ids("SELECT document_id FROM copy_order WHERE made_at >= ? AND made_at < ?"
                         " ORDER BY made_at, document_id LIMIT ? OFFSET ?",
                         (f"{year:04d}", f"{year + 1:04d}", limit, offset))

    def iter_copy_records(self, *, year: int | None = None) -> Iterator[CopyRecord]:
        """The 复制登记簿, oldest first, a chunk at a time."""
        for i in _chunks(lambda o, n: self.copy_record_ids(year=year, offset=o, limit=n)):
            yield self.copy_record(i)

    # -- volumes -------------------------------------------------------------------------------
    def _volumes(self, where: str, params: Sequence[object]) -> list[VolumeView]:
        rows = self._conn.execute(f"{_VOLUME_SQL}{where}", tuple(params)).fetchall()
        return [VolumeView(id=r[0], number=r[1], year=r[2], title=r[3],
                           retention=Retention(r[4]), top_secret=bool(r[5]), location=r[6],
                           level_code=r[7], items=r[8], pages=r[9], created_at=_dt(r[10]),
                           notes=r[11]) for r in rows]

    def volume(self, volume_id: int) -> VolumeView:
        found = self._volumes(" WHERE v.id = ?", (volume_id,))
        if not found:
            raise LookupError(volume_id)
        return found[0]

    def volumes(self, *, year: int | None = None, offset: int = 0,
                limit: int = 200) -> list[VolumeView]:
        """The 案卷目录: by year and number."""
        if year is None:
            return self._volumes(" ORDER BY v.year, v.number LIMIT ? OFFSET ?", (limit, offset))
        return self._volumes(" WHERE v.year = ? ORDER BY v.year, v.number LIMIT ? OFFSET ?",
                             (year, limit, offset))

    def iter_volumes(self, *, year: int | None = None, chunk: int = 200) -> Iterator[VolumeView]:
        offset = 0
        while True:
            page = self.volumes(year=year, offset=offset, limit=chunk)
            yield from page
            if len(page) < chunk:
                return
            offset += chunk

    def volume_items(self, volume_id: int) -> list[CarrierView]:
        """The carriers in a volume now, in the order they were filed."""
        return self._ledger.by_ids(self._ids(
            "SELECT carrier_id FROM volume_item WHERE volume_id = ? AND removed_at IS NULL "
            "ORDER BY id", (volume_id,)))

    def volume_of(self, carrier_id: int) -> VolumeView | None:
        row = self._conn.execute("SELECT volume_id FROM volume_item WHERE carrier_id = ? "
                                 "AND removed_at IS NULL", (carrier_id,)).fetchone()
        return self.volume(row[0]) if row else None

    def mixed_volumes(self) -> list[VolumeView]:
        """Volumes whose items' levels no longer fit them (an item's level changed since)."""
        return self._volumes(
            " WHERE EXISTS (SELECT 1 FROM volume_item i JOIN carrier c ON c.id = i.carrier_id "
            "WHERE i.volume_id = v.id AND i.removed_at IS NULL "
            "AND (c.level_code = 'top_secret') != v.top_secret) ORDER BY v.year, v.number", ())

    # -- holds ---------------------------------------------------------------------------------
    @staticmethod
    def _hold(r: Sequence[object]) -> HoldView:
        return HoldView(int(r[0]), int(r[1]), str(r[2]), str(r[3]),  # type: ignore[call-overload]
                        _dt(r[4]), _opt_dt(r[5]), str(r[6]))

    def hold_of(self, carrier_id: int) -> HoldView | None:
        row = self._conn.execute(f"{_HOLD_SQL} WHERE carrier_id = ? AND lifted_at IS NULL",
                                 (carrier_id,)).fetchone()
        return self._hold(row) if row else None

    def holds_of(self, carrier_id: int) -> list[HoldView]:
        return [self._hold(r) for r in self._conn.execute(
            f"{_HOLD_SQL} WHERE carrier_id = ? ORDER BY id", (carrier_id,))]

    def open_holds(self, *, offset: int = 0, limit: int = 500) -> list[HoldView]:
        return [self._hold(r) for r in self._conn.execute(
            f"{_HOLD_SQL} WHERE lifted_at IS NULL ORDER BY placed_at, id LIMIT ? OFFSET ?",
            (limit, offset))]

    # -- return lists --------------------------------------------------------------------------
    def return_list(self, list_id: int) -> ReturnListView:
        row = self._row("SELECT * FROM return_list WHERE id = ?", (list_id,))
        if row is None:
            raise LookupError(list_id)
        # A cancelled list shows what was on it; an open or confirmed one what is on it.
        live = " AND removed_at IS NULL" if row["cancelled_at"] is None else ""
        ids = self._ids(f"SELECT carrier_id FROM return_item WHERE return_list_id = ?{live} "
                        "ORDER BY position", (list_id,))
        return return_list_view(row, ids)

    def return_list_by_number(self, number: str) -> ReturnListView | None:
        row = self._conn.execute("SELECT id FROM return_list WHERE number = ?",
                                 (number.strip(),)).fetchone()
        return self.return_list(row[0]) if row else None

    def return_list_ids(self, *, open_only: bool = False, offset: int = 0,
                        limit: int = 200) -> list[int]:
        if open_only:
            return self._ids("SELECT id FROM return_list WHERE confirmed_at IS NULL "
                             "AND cancelled_at IS NULL ORDER BY id LIMIT ? OFFSET ?",
                             (limit, offset))
        return self._ids("SELECT id FROM return_list ORDER BY created_at, id LIMIT ? OFFSET ?",
                         (limit, offset))

    def iter_return_lists(self, *, open_only: bool = False) -> Iterator[ReturnListView]:
        for i in _chunks(lambda o, n: self.return_list_ids(open_only=open_only, offset=o,
                                                           limit=n)):
            yield self.return_list(i)

    def return_carriers(self, list_id: int) -> list[CarrierView]:
        return self._ledger.by_ids(self.return_list(list_id).carrier_ids)

    def returnable_of_document(self, document_id: int) -> list[int]:
        """Every copy of a registration still kept here, and every copy made here of them
        (and of those copies): what an issuer's 清退 notice for that document covers."""
        terminal = sorted(s.value for s in TERMINAL)
        return self._ids(
            "WITH RECURSIVE family(id) AS ("
            " SELECT id FROM carrier WHERE document_id = ?"
            " UNION SELECT c.id FROM family f JOIN document d ON d.source_carrier_id = f.id"
            " JOIN carrier c ON c.document_id = d.id)"
            " SELECT c.id FROM family f JOIN carrier c ON c.id = f.id"
            f" WHERE c.status NOT IN ({', '.join('?' * len(terminal))})"
            " ORDER BY c.document_id, c.copy_no, c.id", (document_id, *terminal))

    # -- destruction manifests -----------------------------------------------------------------
    def manifest(self, manifest_id: int) -> ManifestView:
        row = self._row("SELECT * FROM destruction_manifest WHERE id = ?", (manifest_id,))
        if row is None:
            raise LookupError(manifest_id)
        names = [r[0] for r in self._conn.execute(
            "SELECT name FROM destruction_supervisor WHERE manifest_id = ? ORDER BY position",
            (manifest_id,))]
        return manifest_view(row, names)

    def manifest_by_number(self, number: str) -> ManifestView | None:
        row = self._conn.execute("SELECT id FROM destruction_manifest WHERE number = ?",
                                 (number.strip(),)).fetchone()
        return self.manifest(row[0]) if row else None

    def manifest_ids(self, *, open_only: bool = False, offset: int = 0,
                     limit: int = 200) -> list[int]:
        if open_only:
            return self._ids("SELECT id FROM destruction_manifest WHERE completed_at IS NULL "
                             "AND cancelled_at IS NULL ORDER BY id LIMIT ? OFFSET ?",
                             (limit, offset))
        return self._ids("SELECT id FROM destruction_manifest ORDER BY created_at, id "
                         "LIMIT ? OFFSET ?", (limit, offset))

    def iter_manifests(self, *, open_only: bool = False) -> Iterator[ManifestView]:
        for i in _chunks(lambda o, n: self.manifest_ids(open_only=open_only, offset=o,
                                                        limit=n)):
            yield self.manifest(i)

    def manifest_of(self, carrier_id: int) -> ManifestView | None:
        """The open or completed manifest a carrier is on."""
        row = self._conn.execute("SELECT manifest_id FROM destruction_item WHERE carrier_id = ? "
                                 "AND removed_at IS NULL", (carrier_id,)).fetchone()
        return self.manifest(row[0]) if row else None

    def manifest_lines(self, manifest_id: int) -> list[ManifestLine]:
        """Its lines in order: as written at completion, or as the ledger has them now."""
        view = self.manifest(manifest_id)
        return list_lines(self._conn, self._ledger, "destruction_item", "manifest_id",
                          manifest_id, view.completed_at is not None, view.cancelled_at is None)

    def manifest_carriers(self, manifest_id: int) -> list[CarrierView]:
        """The carriers on a manifest as the ledger has them now (destroyed, once complete)."""
        return self._ledger.by_ids([ln.carrier_id for ln in self.manifest_lines(manifest_id)])

    def manifest_totals(self, manifest_id: int) -> Totals:
        """合计 of the manifest's own lines."""
        return tally(((ln.level_code, ln.pages) for ln in self.manifest_lines(manifest_id)),
                     self._levels)

    def ledger_totals(self, manifest_id: int) -> Totals:
        """The same totals counted from the ledger: the carriers and their registrations."""
        rows = self._conn.execute(
            "SELECT c.level_code, d.pages FROM destruction_item i "
            "JOIN carrier c ON c.id = i.carrier_id JOIN document d ON d.id = c.document_id "
            "WHERE i.manifest_id = ? AND i.removed_at IS NULL ORDER BY i.position",
            (manifest_id,)).fetchall()
        return tally(((code, pages) for code, pages in rows), self._levels)


def list_lines(conn: Connection, ledger: LedgerQueries, items: str, parent: str, list_id: int,
               completed: bool, live: bool) -> list[ManifestLine]:
    """The printed lines of a destruction manifest or handover list (``items`` and its
    ``parent`` column): as frozen at completion, or as the ledger has them now; the 来文机关
    and a medium's 序列号 always from its registration."""
    removed = " AND removed_at IS NULL" if live else ""
    rows = conn.execute(
        "SELECT i.position, i.carrier_id, c.barcode, i.number, i.doc_no, i.title, "
        "i.marking, i.level_code, i.copy_no, i.pages, i.kind, d.sender, d.serial_no "
        f"FROM {items} i JOIN carrier c ON c.id = i.carrier_id "
        f"JOIN document d ON d.id = c.document_id WHERE i.{parent} = ?{removed} "
        "ORDER BY i.position", (list_id,)).fetchall()
    if completed:
        return [ManifestLine(p, cid, bc, num, dn, t, m, lv, cn, pg, CarrierKind(k), snd, sn)
                for p, cid, bc, num, dn, t, m, lv, cn, pg, k, snd, sn in rows]
    views = {v.id: v for v in ledger.by_ids([r[1] for r in rows])}
    return [ManifestLine(r[0], v.id, v.barcode, v.number, v.doc_no, v.title, v.marking,
                         v.level.code, v.copy_no, v.pages, v.kind, r[11], r[12])
            for r in rows for v in (views[r[1]],)]
