"""Read-only questions about handover lists (移交清单) and level changes (密级变更登记簿).

Every lookup walks an index of schema ``V_HANDOVER``; long lists are iterated a chunk at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from ..core.carriers import CarrierView
from ..core.destruction import ManifestLine, Totals, tally
from ..core.handover import HandoverView, handover_view
from ..core.level_changes import Decision, LevelChangeView
from ..core.levels import LevelCatalog
from .connection import Connection
from .disposition_queries import _chunks, list_lines
from .queries import LedgerQueries

HandoverLine = ManifestLine  # the same printed columns as a destruction manifest's line

_CHANGE_SQL = """
SELECT lc.id, lc.document_id, d.number, d.title,
       (SELECT count(*) FROM carrier c WHERE c.document_id = d.id),
       lc.decision, lc.authority, lc.reference, lc.decided_on, lc.old_marking, lc.new_marking,
       lc.note, lc.changed_at, lc.old_level_code, lc.new_level_code
FROM level_change lc JOIN document d ON d.id = lc.document_id
"""


class HandoverQueries:
    def __init__(self, conn: Connection, ledger: LedgerQueries, levels: LevelCatalog) -> None:
        self._conn = conn
        self._ledger = ledger
        self._levels = levels

    def _ids(self, sql: str, params: Sequence[object]) -> list[int]:
        return [r[0] for r in self._conn.execute(sql, tuple(params))]

    # -- handover lists ------------------------------------------------------------------------
    def handover(self, handover_id: int) -> HandoverView:
        cur = self._conn.execute("SELECT * FROM handover_list WHERE id = ?", (handover_id,))
        row = cur.fetchone()
        if row is None:
            raise LookupError(handover_id)
        return handover_view({d[0]: v for d, v in zip(cur.description, row, strict=True)})

    def handover_by_number(self, number: str) -> HandoverView | None:
        row = self._conn.execute("SELECT id FROM handover_list WHERE number = ?",
                                 (number.strip(),)).fetchone()
        return self.handover(row[0]) if row else None

    def handover_ids(self, *, open_only: bool = False, offset: int = 0,
                     limit: int = 200) -> list[int]:
        if open_only:
            return self._ids("SELECT id FROM handover_list WHERE completed_at IS NULL "
                             "AND cancelled_at IS NULL ORDER BY id LIMIT ? OFFSET ?",
                             (limit, offset))
        return self._ids("SELECT id FROM handover_list ORDER BY created_at, id "
                         "LIMIT ? OFFSET ?", (limit, offset))

    def iter_handovers(self, *, open_only: bool = False) -> Iterator[HandoverView]:
        for i in _chunks(lambda o, n: self.handover_ids(open_only=open_only, offset=o,
                                                        limit=n)):
            yield self.handover(i)

    def handover_of(self, carrier_id: int) -> HandoverView | None:
        """The open or completed handover list a carrier is on."""
        row = self._conn.execute("SELECT handover_id FROM handover_item WHERE carrier_id = ? "
                                 "AND removed_at IS NULL", (carrier_id,)).fetchone()
        return self.handover(row[0]) if row else None

    def handover_lines(self, handover_id: int) -> list[HandoverLine]:
        """Its lines in order: as written at completion, or as the ledger has them now."""
        view = self.handover(handover_id)
        return list_lines(self._conn, self._ledger, "handover_item", "handover_id", handover_id,
                          view.completed_at is not None, view.cancelled_at is None)

    def handover_carriers(self, handover_id: int) -> list[CarrierView]:
        return self._ledger.by_ids([ln.carrier_id for ln in self.handover_lines(handover_id)])

    def handover_totals(self, handover_id: int) -> Totals:
        """合计 of the list's own lines."""
        return tally(((ln.level_code, ln.pages) for ln in self.handover_lines(handover_id)),
                     self._levels)

    # -- level changes -------------------------------------------------------------------------
    @staticmethod
    def _change(r: Sequence[object]) -> LevelChangeView:
        return LevelChangeView(
            id=int(str(r[0])), document_id=int(str(r[1])), number=str(r[2]), title=str(r[3]),
            copies=int(str(r[4])), decision=Decision(str(r[5])), authority=str(r[6]),
            reference=str(r[7]), decided_on=dt.date.fromisoformat(str(r[8])),
            old_marking=str(r[9]), new_marking=str(r[10]), note=str(r[11]),
            changed_at=dt.datetime.fromisoformat(str(r[12])), old_level_code=str(r[13]),
            new_level_code=str(r[14]))

    def level_changes_of(self, document_id: int) -> list[LevelChangeView]:
        return [self._change(r) for r in self._conn.execute(
            _CHANGE_SQL + "WHERE lc.document_id = ? ORDER BY lc.id", (document_id,))]

    def level_change_ids(self, *, offset: int = 0, limit: int = 200) -> list[int]:
        return self._ids("SELECT id FROM level_change ORDER BY changed_at, id LIMIT ? OFFSET ?",
                         (limit, offset))

    def iter_level_changes(self) -> Iterator[LevelChangeView]:
        offset = 0
        while True:
            rows = self._conn.execute(_CHANGE_SQL + "ORDER BY lc.changed_at, lc.id "
                                      "LIMIT 200 OFFSET ?", (offset,)).fetchall()
            yield from (self._change(r) for r in rows)
            if len(rows) < 200:
                return
            offset += 200
