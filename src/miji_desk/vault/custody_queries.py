"""Read-only questions about people, slips, loans, incidents and what is out now.

Every lookup walks an index (see schema V2). Lists that can grow for decades (slips, loans,
a person's history) are paged; "out now" is small by nature (what is not in the safe).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..core import barcodes
from ..core.carriers import CarrierView
from ..core.custody import IncidentKind, end_of_day
from ..core.holdings import (
    IncidentView,
    LoanView,
    LossView,
    OutKind,
    OutLine,
    ReadLine,
    SlipView,
)
from ..core.people import Person
from .connection import Connection
from .queries import LedgerQueries

_PERSON = ("SELECT id, badge, name, department, post, grade, active, left_on, notes, outside_unit, "
           "letter_ref FROM person")


def _dt(value: object) -> dt.datetime:
    return dt.datetime.fromisoformat(str(value))


def _opt_dt(value: object) -> dt.datetime | None:
    return None if value is None else _dt(value)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class PersonEvent:
    at: str
    actor: str
    action: str
    field: str | None
    before: object
    after: object
    note: str


class CustodyQueries:
    def __init__(self, conn: Connection, ledger: LedgerQueries) -> None:
        self._conn = conn
        self._ledger = ledger

    # -- people --------------------------------------------------------------------------------
    def _people(self, sql: str, params: Sequence[object] = ()) -> list[Person]:
        cur = self._conn.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        return [Person.from_row(dict(zip(names, r, strict=True))) for r in cur.fetchall()]

    def person(self, person_id: int) -> Person:
        found = self._people(f"{_PERSON} WHERE id = ?", (person_id,))
        if not found:
            raise LookupError(person_id)
        return found[0]

    def persons(self, ids: Sequence[int]) -> dict[int, Person]:
        if not ids:
            return {}
        unique = sorted(set(ids))
        return {p.id: p for p in self._people(
            f"{_PERSON} WHERE id IN ({', '.join('?' * len(unique))})", unique)}

    def person_by_badge(self, code: str) -> Person | None:
        code = code.strip()
        if not barcodes.is_badge(code):
            return None
        found = self._people(f"{_PERSON} WHERE badge = ?", (code,))
        return found[0] if found else None

    def people(self, *, active: bool | None = True, text: str = "", offset: int = 0,
               limit: int = 500) -> list[Person]:
        """People by name; ``text`` matches a substring of name, department or post."""
        clauses: list[str] = []
        params: list[object] = []
        if active is not None:
            clauses.append("active = ?")
            params.append(int(active))
        if text.strip():
            like = _like(text.strip())
            clauses.append("(name LIKE ? ESCAPE '\\' OR department LIKE ? ESCAPE '\\' "
                           "OR post LIKE ? ESCAPE '\\' OR badge = ?)")
            params += [like, like, like, text.strip()]
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._people(f"{_PERSON}{where} ORDER BY name, id LIMIT ? OFFSET ?",
                            [*params, limit, offset])

    def person_history(self, person_id: int) -> list[PersonEvent]:
        rows = self._conn.execute(
            "SELECT at, actor, action, field, before, after, note FROM person_event "
            "WHERE person_id = ? ORDER BY id", (person_id,)).fetchall()
        return [PersonEvent(a, ac, act, f, None if b is None else json.loads(b),
                            None if af is None else json.loads(af), n)
                for a, ac, act, f, b, af, n in rows]

    # -- what is out ---------------------------------------------------------------------------
    _OUT_SQL = """
SELECT 'circulation', r.id, c.number, r.carrier_id, r.person_id, r.out_at, r.due_at, ''
FROM circulation_read r JOIN circulation c ON c.id = r.circulation_id
WHERE r.returned_at IS NULL{rp}
UNION ALL
SELECT 'loan', l.id, l.number, l.carrier_id, l.person_id, l.lent_at, l.due_at, l.place
FROM loan l WHERE l.returned_at IS NULL{lp}
"""

    def _out(self, person_id: int | None = None) -> list[OutLine]:
        params: tuple[int, ...]
        if person_id is None:
            sql, params = self._OUT_SQL.format(rp="", lp=""), ()
        else:
            sql = self._OUT_SQL.format(rp=" AND r.person_id = ?", lp=" AND l.person_id = ?")
            params = (person_id, person_id)
        rows = self._conn.execute(sql, params).fetchall()
        carriers = {v.id: v for v in self._ledger.by_ids([r[3] for r in rows])}
        people = self.persons([r[4] for r in rows])
        lines = [OutLine(OutKind(k), i, ref, carriers[cid], people[pid], _dt(since), _dt(due),
                         place) for k, i, ref, cid, pid, since, due, place in rows]
        return sorted(lines, key=lambda ln: (ln.due, ln.carrier.number))

    def out_now(self) -> list[OutLine]:
        """Everything circulating or on loan now, the earliest due first."""
        return self._out()

    def overdue(self, now: dt.datetime) -> list[OutLine]:
        return [ln for ln in self._out() if ln.overdue(now)]

    def end_of_day(self, now: dt.datetime) -> list[OutLine]:
        """What must be back before the safe is locked tonight: due today or already late."""
        cutoff = end_of_day(now)
        return [ln for ln in self._out() if ln.due <= cutoff]

    def holdings(self, person_id: int) -> list[OutLine]:
        """What one person holds now."""
        return self._out(person_id)

    # -- circulation slips ---------------------------------------------------------------------
    def slip(self, circulation_id: int) -> SlipView:
        row = self._conn.execute(
            "SELECT id, number, opened_at, closed_at, instruction, note, close_note "
            "FROM circulation WHERE id = ?", (circulation_id,)).fetchone()
        if row is None:
            raise LookupError(circulation_id)
        cids = [r[0] for r in self._conn.execute(
            "SELECT carrier_id FROM circulation_carrier WHERE circulation_id = ? "
            "ORDER BY position", (circulation_id,))]
        pids = [r[0] for r in self._conn.execute(
            "SELECT person_id FROM circulation_reader WHERE circulation_id = ? "
            "ORDER BY position", (circulation_id,))]
        reads = self._conn.execute(
            "SELECT id, carrier_id, person_id, out_at, due_at, returned_at, pages_complete, "
            "attachments_complete, lost FROM circulation_read WHERE circulation_id = ? "
            "ORDER BY id",
            (circulation_id,)).fetchall()
        people = self.persons(pids + [r[2] for r in reads])
        return SlipView(
            id=row[0], number=row[1], opened_at=_dt(row[2]), closed_at=_opt_dt(row[3]),
            instruction=row[4], note=row[5], close_note=row[6],
            carriers=self._ledger.by_ids(cids), readers=[people[p] for p in pids],
            reads=[ReadLine(i, c, people[p], _dt(o), _dt(d), _opt_dt(ret),
                            None if ret is None or lost else bool(pc and ac), bool(lost))
                   for i, c, p, o, d, ret, pc, ac, lost in reads])

    def slip_by_number(self, number: str) -> SlipView | None:
        row = self._conn.execute("SELECT id FROM circulation WHERE number = ?",
                                 (number.strip(),)).fetchone()
        return self.slip(row[0]) if row else None

    def open_slip_of_carrier(self, carrier_id: int) -> SlipView | None:
        row = self._conn.execute(
            "SELECT c.id FROM circulation_carrier cc JOIN circulation c "
            "ON c.id = cc.circulation_id WHERE cc.carrier_id = ? AND c.closed_at IS NULL",
            (carrier_id,)).fetchone()
        return self.slip(row[0]) if row else None

    def slip_ids(self, *, open_only: bool = False, since: dt.date | None = None,
                 until: dt.date | None = None, offset: int = 0, limit: int = 200) -> list[int]:
        clauses, params = self._period("opened_at", since, until)
        if open_only:
            clauses.append("closed_at IS NULL")
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [r[0] for r in self._conn.execute(
            f"SELECT id FROM circulation{where} ORDER BY opened_at, id LIMIT ? OFFSET ?",
            [*params, limit, offset])]

    def iter_slips(self, *, open_only: bool = False, since: dt.date | None = None,
                   until: dt.date | None = None, chunk: int = 200) -> Iterator[SlipView]:
        offset = 0
        while True:
            ids = self.slip_ids(open_only=open_only, since=since, until=until, offset=offset,
                                limit=chunk)
            for i in ids:
                yield self.slip(i)
            if len(ids) < chunk:
                return
            offset += chunk

    # -- loans ---------------------------------------------------------------------------------
    _LOAN_SQL = (
        "SELECT id, number, carrier_id, person_id, purpose, place, take_out, approver, "
        "approval_ref, approved_on, take_out_approver, take_out_ref, take_out_approved_on, "
        "lent_at, due_at, returned_at, pages_counted, pages_complete, attachments_complete, "
        "return_note, lost FROM loan")

    def _loans(self, where: str, params: Sequence[object]) -> list[LoanView]:
        rows = self._conn.execute(f"{self._LOAN_SQL}{where}", tuple(params)).fetchall()
        carriers = {v.id: v for v in self._ledger.by_ids(sorted({r[2] for r in rows}))}
        people = self.persons([r[3] for r in rows])
        out = []
        for (i, num, cid, pid, purpose, place, take_out, approver, ref, approved_on, toa, tor,
             tod, lent, due, ret, counted, pc, ac, note, lost) in rows:
            out.append(LoanView(
                id=i, number=num, carrier=carriers[cid], person=people[pid], purpose=purpose,
                place=place, take_out=bool(take_out), approver=approver, approval_ref=ref,
                approved_on=dt.date.fromisoformat(approved_on), take_out_approver=toa,
                take_out_ref=tor,
                take_out_approved_on=dt.date.fromisoformat(tod) if tod else None,
                lent_at=_dt(lent), due_at=_dt(due), returned_at=_opt_dt(ret),
                pages_counted=counted,
                complete=None if ret is None or lost else bool(pc and ac),
                return_note=note, lost=bool(lost)))
        return out

    def loan(self, loan_id: int) -> LoanView:
        found = self._loans(" WHERE id = ?", (loan_id,))
        if not found:
            raise LookupError(loan_id)
        return found[0]

    def loans(self, *, open_only: bool = False, person_id: int | None = None,
              since: dt.date | None = None, until: dt.date | None = None, offset: int = 0,
              limit: int = 500) -> list[LoanView]:
        """Lines of the 借阅登记簿 in the order they were lent."""
        clauses, params = self._period("lent_at", since, until)
        if open_only:
            clauses.append("returned_at IS NULL")
        if person_id is not None:
            clauses.append("person_id = ?")
            params.append(person_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return self._loans(f"{where} ORDER BY lent_at, id LIMIT ? OFFSET ?",
                           [*params, limit, offset])

    def iter_loans(self, *, since: dt.date | None = None, until: dt.date | None = None,
                   chunk: int = 500) -> Iterator[LoanView]:
        offset = 0
        while True:
            page = self.loans(since=since, until=until, offset=offset, limit=chunk)
            yield from page
            if len(page) < chunk:
                return
            offset += chunk

    def loans_of_carrier(self, carrier_id: int) -> list[LoanView]:
        return self._loans(" WHERE carrier_id = ? ORDER BY id", (carrier_id,))

    # -- incidents -----------------------------------------------------------------------------
    def incidents(self, *, open_only: bool = True, carrier_id: int | None = None,
                  which: str | None = None, limit: int | None = None) -> list[IncidentView]:
        """Incidents in the order they were opened; ``which`` (open, closed, all) overrides
        ``open_only`` and lists the open ones first, the latest first within each."""
        clauses: list[str] = []
        params: list[object] = []
        state = which or ("open" if open_only else "all")
        if state == "open":
            clauses.append("i.closed_at IS NULL")
        elif state == "closed":
            clauses.append("i.closed_at IS NOT NULL")
        if carrier_id is not None:
            clauses.append("i.carrier_id = ?")
            params.append(carrier_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        order = " ORDER BY i.id" if which is None else \
            " ORDER BY i.closed_at IS NOT NULL, i.opened_at DESC, i.id DESC"
        tail = "" if limit is None else f" LIMIT {int(limit)}"
        rows = self._conn.execute(
            "SELECT i.id, i.carrier_id, i.kind, i.description, i.person_id, i.opened_at, "
            "i.closed_at, i.resolution, i.outcome, i.close_ref, i.close_audit_seq, "
            "r.discovered_at, r.discovered_by, r.reported_at, r.reported_to, r.report_ref, "
            "r.limit_hours, r.late, r.prior_status, r.holder, l.number, c.number "
            "FROM incident i LEFT JOIN loss_report r ON r.incident_id = i.id "
            "LEFT JOIN loan l ON l.id = r.loan_id "
            "LEFT JOIN circulation_read cr ON cr.id = r.read_id "
            f"LEFT JOIN circulation c ON c.id = cr.circulation_id{where}{order}{tail}",
            params).fetchall()
        carriers = {v.id: v for v in self._ledger.by_ids(sorted({r[1] for r in rows}))}
        people = self.persons([r[4] for r in rows if r[4] is not None])
        actors = self._actors([r[10] for r in rows if r[10] is not None])
        return [IncidentView(
            r[0], carriers[r[1]], IncidentKind(r[2]), r[3],
            people.get(r[4]) if r[4] is not None else None, _dt(r[5]), _opt_dt(r[6]), r[7],
            r[8], r[9] or "", actors.get(r[10], "") if r[10] is not None else "",
            None if r[11] is None else LossView(
                _dt(r[11]), r[12], _dt(r[13]), r[14], r[15], r[16], bool(r[17]), r[18], r[19],
                f"借阅 {r[20]}" if r[20] else (f"传阅单 {r[21]}" if r[21] else "")))
            for r in rows]

    def incident(self, incident_id: int) -> IncidentView:
        row = self._conn.execute("SELECT carrier_id FROM incident WHERE id = ?",
                                 (incident_id,)).fetchone()
        found = [] if row is None else [
            i for i in self.incidents(which="all", carrier_id=row[0]) if i.id == incident_id]
        if not found:
            raise LookupError(incident_id)
        return found[0]

    def open_incident_count(self) -> int:
        """How many incidents are open now (for a dashboard's count): one indexed read."""
        return int(self._conn.execute(
            "SELECT count(*) FROM incident WHERE closed_at IS NULL").fetchone()[0])

    def open_incidents(self, limit: int | None = None) -> list[IncidentView]:
        """The open incidents, the latest first: what blocks a carrier now."""
        return self.incidents(which="open", limit=limit)

    def losses_of_carrier(self, carrier_id: int) -> list[IncidentView]:
        """The carrier's losses (丢失), the latest first."""
        return [i for i in self.incidents(which="all", carrier_id=carrier_id)
                if i.loss is not None]

    def _actors(self, seqs: Sequence[int]) -> dict[int, str]:
        if not seqs:
            return {}
        unique = sorted(set(seqs))
        return {int(s): str(a) for s, a in self._conn.execute(
            f"SELECT seq, actor FROM audit_event WHERE seq IN ({', '.join('?' * len(unique))})",
            unique)}

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _period(column: str, since: dt.date | None, until: dt.date | None
                ) -> tuple[list[str], list[object]]:
        clauses: list[str] = []
        params: list[object] = []
        if since is not None:
            clauses.append(f"{column} >= ?")
            params.append(since.isoformat())
        if until is not None:
            clauses.append(f"{column} < ?")
            params.append((until + dt.timedelta(days=1)).isoformat())
        return clauses, params

    def carrier(self, carrier_id: int) -> CarrierView:
        return self._ledger.get(carrier_id)


__all__ = ["CustodyQueries", "PersonEvent"]
