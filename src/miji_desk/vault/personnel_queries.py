"""Reads of the classified-personnel record (schema ``V_PERSONNEL``): ``vault.personnel``.

Implements ``core.personnel.PersonnelReads`` for the dashboard's lists and the registers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..core.people import Grade, Person
from ..core.personnel import (
    DEFAULT_TEMPLATE,
    DepartureKind,
    ExitPeriod,
    GradeStep,
    Template,
    TrainingLine,
)
from .connection import Connection
from .custody_queries import _PERSON


class PersonnelQueries:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[dict[str, object]]:
        cur = self._conn.execute(sql, tuple(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _persons(self, ids: Sequence[int]) -> dict[int, Person]:
        if not ids:
            return {}
        unique = sorted(set(ids))
        rows = self._rows(f"{_PERSON} WHERE id IN ({', '.join('?' * len(unique))})", unique)
        return {int(str(r["id"])): Person.from_row(r) for r in rows}

    def template(self, version: int | None = None) -> Template:
        """A version of the 保密承诺书 template (None: the newest; 0: the built-in text)."""
        if version == 0:
            return Template(0, DEFAULT_TEMPLATE)
        rows = (self._rows("SELECT version, body FROM commitment_template WHERE version = ?",
                           (version,)) if version is not None else
                self._rows("SELECT version, body FROM commitment_template "
                           "ORDER BY version DESC LIMIT 1"))
        if not rows:
            if version is None:
                return Template(0, DEFAULT_TEMPLATE)
            raise LookupError(version)
        return Template(int(str(rows[0]["version"])), str(rows[0]["body"]))

    def commitments(self, person_id: int) -> list[tuple[dt.date, int]]:
        """A person's signed letters: (date signed, template version)."""
        return [(dt.date.fromisoformat(str(r["signed_on"])), int(str(r["template_version"])))
                for r in self._rows("SELECT signed_on, template_version FROM commitment "
                                    "WHERE person_id = ? ORDER BY signed_on, id", (person_id,))]

    def people_by_id(self, ids: Sequence[int]) -> dict[int, Person]:
        return self._persons(ids)

    def latest_reviews(self) -> dict[int, tuple[dt.date, str]]:
        """Each person's latest review: (date, result)."""
        found: dict[int, tuple[dt.date, str]] = {}
        for r in self._rows("SELECT person_id, reviewed_on, result FROM person_review "
                            "ORDER BY reviewed_on, id"):
            found[int(str(r["person_id"]))] = (dt.date.fromisoformat(str(r["reviewed_on"])),
                                               str(r["result"]))
        return found

    def cleared_on_post(self) -> list[Person]:
        return [Person.from_row(r) for r in self._rows(
            f"{_PERSON} WHERE active = 1 AND grade != 'none' AND outside_unit IS NULL "
            "ORDER BY department, name, id")]

    def grade_history(self, person_id: int) -> list[GradeStep]:
        return [GradeStep.from_row(r) for r in self._rows(
            "SELECT * FROM person_grade_change WHERE person_id = ? ORDER BY id", (person_id,))]

    def reviews(self, person_id: int) -> list[dict[str, object]]:
        return self._rows("SELECT reviewed_on, result, reviewer, note FROM person_review "
                          "WHERE person_id = ? ORDER BY reviewed_on, id", (person_id,))

    def trainings(self, since: dt.date | None = None) -> list[TrainingLine]:
        where, params = ("WHERE held_on >= ?", [since.isoformat()]) if since else ("", [])
        return [TrainingLine(int(str(r["person_id"])), dt.date.fromisoformat(str(r["held_on"])),
                             str(r["topic"]), float(str(r["hours"])))
                for r in self._rows(f"SELECT person_id, held_on, topic, hours FROM training "
                                    f"{where} ORDER BY held_on, id", params)]

    def exit_periods(self) -> list[ExitPeriod]:
        rows = self._rows(
            "SELECT d.id, d.person_id, d.kind, d.leaving_on, d.exit_grade, d.exit_ends_on, "
            "EXISTS (SELECT 1 FROM exit_extension x WHERE x.departure_id = d.id) AS extended "
            "FROM departure d WHERE d.exit_ends_on IS NOT NULL ORDER BY d.exit_ends_on, d.id")
        people = self._persons([int(str(r["person_id"])) for r in rows])
        return [ExitPeriod(int(str(r["id"])), people[int(str(r["person_id"]))],
                           DepartureKind(str(r["kind"])), Grade(str(r["exit_grade"])),
                           dt.date.fromisoformat(str(r["leaving_on"])),
                           dt.date.fromisoformat(str(r["exit_ends_on"])), bool(r["extended"]))
                for r in rows]

    def open_departure(self, person_id: int) -> dict[str, object] | None:
        rows = self._rows("SELECT * FROM departure WHERE person_id = ? AND completed_at IS NULL",
                          (person_id,))
        return rows[0] if rows else None

    def departures(self, person_id: int) -> list[dict[str, object]]:
        return self._rows("SELECT * FROM departure WHERE person_id = ? ORDER BY id",
                          (person_id,))
