"""Circulation (传阅): a slip (传阅单) sends one or more carriers to an ordered list of readers.

Rules (篇三 十二; 篇四 (一); 篇九 (四); 篇十一 (一)2):

- Readers only within the carrier's 知悉范围 and their grade (``people.check_may_read``), checked
  when the slip is made and again at every hand-out (a person may have left or been regraded).
- Each hand-out and each return is a scan. A carrier always comes back to the clerk between two
  readers: a hand-out while it is with a reader is refused (不得横向传阅).
- The clerk may hand a carrier to any listed reader who has not read it yet (someone may be
  away); with no badge the next reader in the slip's order gets it.
- Status 传阅中 with the reader as holder, due the same day by default (``custody.due_at``).
- The slip closes by itself when every reader has returned every carrier; the clerk may close it
  early with a reason (a reader who will not read it), never while a carrier is still out.
- A carrier is on at most one open slip, and only a carrier in store (在库) is handed out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .carriers import Status
from .custody import (
    COMPLETE,
    IncidentKind,
    ReturnCheck,
    assess,
    carrier_by_scan,
    check_free,
    check_not_gone,
    due_at,
    hhmm,
    ival,
    open_incident,
    what,
)
from .custody_ports import Row
from .errors import RuleViolation
from .levels import Level
from .locations import check_storage
from .people import Person, check_may_read, person_by_badge, person_by_id
from .ports import Ledger, LedgerTx
from .text import LONG, clean

MAX_CARRIERS = 50
MAX_READERS = 100
RULE_TEXT = "阅后退回机要员，不得横向传阅"
NUMBER_FORMAT = "{year}-阅-{seq:04d}"


@dataclass
class CirculationForm:
    carriers: list[str]  # barcodes as scanned, in slip order
    readers: list[str]  # badges as scanned, in reading order
    instruction: str = ""  # 阅办意见: who asked for it to be read, and how
    note: str = ""


@dataclass(frozen=True)
class Slip:
    id: int
    number: str
    carrier_ids: list[int] = field(default_factory=list)
    reader_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class HandOut:
    circulation_id: int
    number: str
    carrier_id: int
    read_id: int
    person: Person
    due: dt.datetime


@dataclass(frozen=True)
class TakeBack:
    circulation_id: int
    number: str
    carrier_id: int
    person: Person
    incident_id: int | None
    next_reader: Person | None  # who should read this carrier next, if anyone
    slip_closed: bool


def _unique_codes(codes: list[str], label: str, fld: str) -> list[str]:
    out = [(c or "").strip() for c in codes]
    seen: set[str] = set()
    for c in out:
        if c in seen:
            raise RuleViolation("scan.twice", {"label": label, "c": c}, fld)
        seen.add(c)
    return out


def _level_and_scope(ledger: Ledger, tx: LedgerTx, row: Row) -> tuple[Level, str]:
    level = ledger.levels.get(str(row["level_code"]))
    scope = str(tx.document_row(ival(row, "document_id"))["scope"])
    return level, scope


def open_circulation(ledger: Ledger, form: CirculationForm) -> Slip:
    """Make a slip: which carriers go to whom, in which order."""
    if not form.carriers:
        raise RuleViolation("circulation.no_carriers", None, "carriers")
    if not form.readers:
        raise RuleViolation("circulation.no_readers", None, "readers")
    if len(form.carriers) > MAX_CARRIERS:
        raise RuleViolation("circulation.too_many_carriers", {"max": MAX_CARRIERS}, "carriers")
    if len(form.readers) > MAX_READERS:
        raise RuleViolation("circulation.too_many_readers", {"max": MAX_READERS}, "readers")
    carrier_codes = _unique_codes(form.carriers, "载体", "carriers")
    badges = _unique_codes(form.readers, "证件", "readers")
    instruction = clean(form.instruction, label="阅办意见", field="instruction", limit=LONG,
                        multiline=True)
    note = clean(form.note, label="备注", field="note", limit=LONG, multiline=True)
    year = ledger.clock.now().year
    with ledger.transaction() as tx:
        carriers: list[tuple[int, Row]] = []
        for code in carrier_codes:
            cid, row = carrier_by_scan(tx, code)
            check_not_gone(row, "传阅")
            check_free(tx, cid, row, "传阅")
            open_slip = tx.open_circulation_of_carrier(cid)
            if open_slip is not None:
                other = tx.circulation_row(open_slip)["number"]
                raise RuleViolation(
                    "circulation.on_other_slip", {"carrier": what(row), "other": other}, "carriers")
            if row["status"] != Status.IN_STORE.value:
                raise RuleViolation(
                    "circulation.not_in_store_for_slip", {"carrier": what(row)}, "carriers")
            carriers.append((cid, row))
        readers = [person_by_badge(tx, b) for b in badges]
        outside = [p.name for p in readers if p.outside]
        if outside:  # they read in the 档案室 or 机要室 only, on a loan (篇十二 六)
            raise RuleViolation("circulation.outside_reader", {"people": outside}, "readers")
        refusals: dict[str, RuleViolation] = {}  # by text: each refusal once
        for person in readers:
            for _cid, row in carriers:
                level, scope = _level_and_scope(ledger, tx, row)
                try:
                    check_may_read(person, level, scope, what(row))
                except RuleViolation as e:
                    refusals.setdefault(e.message, e)
        if refusals:
            raise RuleViolation(
                "circulation.readers_refused", {"refusals": list(refusals.values())}, "readers")
        seq = tx.next_circulation_seq(year)
        number = NUMBER_FORMAT.format(year=year, seq=seq)
        slip_id = tx.insert_circulation({"number": number, "year": year, "seq": seq,
                                         "instruction": instruction, "note": note,
                                         "opened_at": tx.now})
        for pos, (cid, _row) in enumerate(carriers, 1):
            tx.add_circulation_carrier(slip_id, cid, pos)
            tx.record_event("circulation_listed", carrier_id=cid, after=number,
                            note="、".join(p.name for p in readers))
        for pos, person in enumerate(readers, 1):
            tx.add_circulation_reader(slip_id, person.id, pos)
        ids = [cid for cid, _ in carriers]
        tx.audit("circulation_opened", ids, {
            "circulation_id": slip_id, "number": number, "instruction": instruction,
            "carriers": [{"id": cid, "barcode": row["barcode"], "number": row["number"]}
                         for cid, row in carriers],
            "readers": [{"id": p.id, "badge": p.badge, "name": p.name} for p in readers]})
        return Slip(slip_id, number, ids, [p.id for p in readers])


def _pending(tx: LedgerTx, slip_id: int, carrier_id: int) -> list[int]:
    """Readers of the slip who have not had this carrier yet, in the slip's order."""
    had = {ival(r, "person_id") for r in tx.read_lines(slip_id) if r["carrier_id"] == carrier_id}
    return [p for p in tx.circulation_reader_ids(slip_id) if p not in had]


def hand_out(ledger: Ledger, carrier_code: str, badge: str | None = None, *,
             due: dt.datetime | None = None) -> HandOut:
    """Give a carrier to a reader of its slip (their badge, or the next reader in order)."""
    return hand_out_all(ledger, [carrier_code], badge, due=due)[0]


def hand_out_all(ledger: Ledger, carrier_codes: list[str], badge: str | None = None, *,
                 due: dt.datetime | None = None) -> list[HandOut]:
    """Give several carriers, each to a reader of its own slip, in one go: all or none.

    With a badge every carrier goes to that reader; without, each to the next reader on its
    slip. One refused carrier refuses the whole hand-out, like ``loans.lend``.
    """
    if not carrier_codes:
        raise RuleViolation("circulation.hand_out_no_carriers", None, "carriers")
    if len(carrier_codes) > MAX_CARRIERS:
        raise RuleViolation("circulation.hand_out_too_many", {"max": MAX_CARRIERS}, "carriers")
    codes = _unique_codes(carrier_codes, "载体", "carriers")
    now = ledger.clock.now()
    due_time = due_at(ledger, "circulation", now, due)
    with ledger.transaction() as tx:
        person = person_by_badge(tx, badge) if badge and badge.strip() else None
        outs = [_hand_out_one(ledger, tx, code, person, due_time) for code in codes]
        tx.audit("circulation_out", [h.carrier_id for h, _ in outs], {
            "due_at": due_time.isoformat(),
            "reads": [{"circulation_id": h.circulation_id, "number": h.number,
                       "read_id": h.read_id, "carrier_id": h.carrier_id, "barcode": barcode,
                       "person_id": h.person.id, "badge": h.person.badge,
                       "name": h.person.name} for h, barcode in outs]})
        return [h for h, _ in outs]


def _hand_out_one(ledger: Ledger, tx: LedgerTx, carrier_code: str, reader: Person | None,
                  due_time: dt.datetime) -> tuple[HandOut, str]:
    """Check and write one carrier of a hand-out (inside its transaction, before its audit)."""
    cid, row = carrier_by_scan(tx, carrier_code)
    check_not_gone(row, "传阅")
    person = reader
    status = Status(str(row["status"]))
    if status is Status.CIRCULATING:
        read = tx.open_read_of_carrier(cid)
        assert read is not None
        holder = person_by_id(tx, ival(read, "person_id"))
        if person is not None and person.id == holder.id:
            raise RuleViolation(
                "circulation.scanned_twice",
                {"carrier": what(row), "at": hhmm(read['out_at']), "holder": holder.name},
                "barcode",
            )
        raise RuleViolation(
            "circulation.still_with_reader", {"carrier": what(row), "holder": holder.display},
            "barcode")
    if status is Status.ON_LOAN:
        raise RuleViolation(
            "circulation.on_loan", {"carrier": what(row), "holder": row['holder']}, "barcode")
    if status is not Status.IN_STORE:
        raise RuleViolation("circulation.not_in_store", {"carrier": what(row)}, "barcode")
    check_free(tx, cid, row, "传阅")
    slip_id = tx.open_circulation_of_carrier(cid)
    if slip_id is None:
        raise RuleViolation("circulation.no_open_slip", {"carrier": what(row)}, "barcode")
    slip = tx.circulation_row(slip_id)
    pending = _pending(tx, slip_id, cid)
    if person is None:
        if not pending:
            raise RuleViolation(
                "circulation.all_read", {"number": slip['number'], "carrier": what(row)},
                "badge")
        person = person_by_id(tx, pending[0])
    elif person.id not in tx.circulation_reader_ids(slip_id):
        raise RuleViolation(
            "circulation.not_a_reader", {"person": person.name, "number": slip['number']},
            "badge")
    elif person.id not in pending:
        raise RuleViolation(
            "circulation.already_read",
            {"person": person.name, "carrier": what(row), "number": slip['number']}, "badge")
    level, scope = _level_and_scope(ledger, tx, row)
    check_may_read(person, level, scope, what(row))
    read_id = tx.insert_read({"circulation_id": slip_id, "carrier_id": cid,
                              "person_id": person.id, "out_at": tx.now,
                              "due_at": due_time.isoformat()})
    tx.update_carrier(cid, {"status": Status.CIRCULATING.value, "holder": person.display})
    tx.record_event("circulation_out", carrier_id=cid, field="status",
                    before=Status.IN_STORE.value, after=Status.CIRCULATING.value,
                    note=f"{slip['number']} 送{person.display}阅，应于 "
                         f"{due_time:%m-%d %H:%M} 前退回")
    return HandOut(slip_id, str(slip["number"]), cid, read_id, person, due_time), \
        str(row["barcode"])


def take_back(ledger: Ledger, carrier_code: str, check: ReturnCheck = COMPLETE) -> TakeBack:
    """A reader returns a carrier to the clerk (one scan)."""
    with ledger.transaction() as tx:
        cid, row = carrier_by_scan(tx, carrier_code)
        read = tx.open_read_of_carrier(cid)
        if read is None:
            if row["status"] == Status.MISSING.value:  # reported lost meanwhile (core.loss)
                raise RuleViolation("loss.returned_while_lost", {"carrier": what(row)}, "barcode")
            if row["status"] == Status.ON_LOAN.value:
                raise RuleViolation("circulation.is_loan", {"carrier": what(row)}, "barcode")
            last = tx.last_read_of_carrier(cid)
            if last is not None and last["returned_at"] is not None:
                raise RuleViolation(
                    "circulation.already_returned",
                    {"carrier": what(row), "at": hhmm(last['returned_at'])},
                    "barcode",
                )
            raise RuleViolation("circulation.not_circulating", {"carrier": what(row)}, "barcode")
        read_id = ival(read, "id")
        slip_id = ival(read, "circulation_id")
        slip = tx.circulation_row(slip_id)
        person = person_by_id(tx, ival(read, "person_id"))
        doc = tx.document_row(ival(row, "document_id"))
        # Back in store: 机密 and 绝密 only in a safe (篇六 第三条).
        check_storage(tx, ledger.levels.get(str(row["level_code"])),
                      row["location_id"], what(row))  # type: ignore[arg-type]
        result = assess(check, doc["pages"], doc["attachments"])
        tx.close_read(read_id, {"returned_at": tx.now, **result.columns()})
        tx.update_carrier(cid, {"status": Status.IN_STORE.value, "holder": ""})
        tx.record_event("circulation_in", carrier_id=cid, field="status",
                        before=Status.CIRCULATING.value, after=Status.IN_STORE.value,
                        note=f"{slip['number']} {person.display}阅毕退回"
                             + (f"；{result.shortfall}" if result.shortfall else ""))
        incident = None
        if result.shortfall:
            incident = open_incident(tx, cid, IncidentKind.INCOMPLETE_RETURN,
                                     f"传阅退回不全（{slip['number']}，{person.display}）："
                                     f"{result.shortfall}", person_id=person.id,
                                     read_id=read_id)
        pending = _pending(tx, slip_id, cid)
        closed = False
        if all(not _pending(tx, slip_id, c) for c in tx.circulation_carrier_ids(slip_id)) \
                and not any(r["returned_at"] is None for r in tx.read_lines(slip_id)):
            tx.close_circulation(slip_id, "")
            closed = True
        tx.audit("circulation_in", [cid], {
            "circulation_id": slip_id, "number": slip["number"], "read_id": read_id,
            "barcode": row["barcode"], "person_id": person.id, "name": person.name,
            "complete": not result.shortfall, "shortfall": result.shortfall,
            "incident_id": incident, "slip_closed": closed})
        nxt = person_by_id(tx, pending[0]) if pending else None
        return TakeBack(slip_id, str(slip["number"]), cid, person, incident, nxt, closed)


def close_circulation(ledger: Ledger, circulation_id: int, reason: str) -> None:
    """End a slip before every reader has read everything (with the reason)."""
    reason = clean(reason, label="结束原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        try:
            slip = tx.circulation_row(circulation_id)
        except LookupError:
            raise RuleViolation("circulation.no_such_slip", None, "circulation") from None
        if slip["closed_at"] is not None:
            raise RuleViolation("circulation.closed", {"number": slip['number']}, "circulation")
        out = [r for r in tx.read_lines(circulation_id) if r["returned_at"] is None]
        if out:
            names = "；".join(
                f"{what(tx.carrier_row(ival(r, 'carrier_id')))} 在"
                f"{person_by_id(tx, ival(r, 'person_id')).display}手中"
                for r in out)
            raise RuleViolation(
                "circulation.carriers_out",
                {"number": slip['number'], "names": names},
                "circulation",
            )
        ids = tx.circulation_carrier_ids(circulation_id)
        unread = {cid: [person_by_id(tx, p).name for p in _pending(tx, circulation_id, cid)]
                  for cid in ids}
        tx.close_circulation(circulation_id, reason)
        for cid in ids:
            tx.record_event("circulation_closed", carrier_id=cid, before=slip["number"],
                            note=reason + (f"（未阅：{'、'.join(unread[cid])}）"
                                           if unread[cid] else ""))
        tx.audit("circulation_closed", ids, {"circulation_id": circulation_id,
                                             "number": slip["number"], "reason": reason,
                                             "unread": {str(k): v for k, v in unread.items()}})


__all__ = ["RULE_TEXT", "CirculationForm", "HandOut", "Slip", "TakeBack", "close_circulation",
           "hand_out", "hand_out_all", "open_circulation", "take_back"]
