"""Inventory checks (清查, 篇三 二十三; 篇四 (十); 篇六 第七条 件件有着落).

Decisions:

- A check has one scope: everything, a level, a location, a volume or a person's holdings (the
  carriers registered under them as 责任人/经办人 and those they hold now). At its start the
  expected list is frozen: every carrier of the scope still in the unit's keeping (在库, 已归档,
  借出, 传阅中), each with its status, location and holder at that moment. Carriers already
  reported lost are not expected; scanned, they are unexpected.
- One check is open at a time: the clerk scans into one list.
- Each scan is its own small workflow: one ``inventory_scan`` row and one audit event, so every
  scan is sealed and a check interrupted by a crash or a lock loses nothing. The same carrier
  scanned again (a scanner's double read) writes nothing and says so. A code the ledger does not
  know is recorded too (an unknown carrier on the shelf is a finding).
- The result of a line is computed from the frozen list, the scans and the carrier's state now:
  present (expected, scanned while in keeping); out (expected, not scanned, on loan or in
  circulation now: listed apart, not missing); moved (expected, not scanned, left the unit's
  keeping during the check: destroyed, handed over, sent or returned); missing (expected, not
  scanned, none of those); unexpected (scanned but not expected, recorded out, gone, lost or
  unknown). A line that moved during the check shows its state at the start beside its state
  now.
- Pages and attachments are confirmed per carrier scanned present; an incomplete one needs a
  note and is counted as incomplete (不完整).
- Closing needs a note; the audit event of the close carries the counts per result and a
  SHA-256 digest of the scan list, and the check never changes again.
- Schedule: 绝密 every ``INVENTORY_MONTHS_TOP_SECRET`` months (default 1), 机密 and 秘密 every
  ``INVENTORY_MONTHS_OTHER`` months (default 3). A level's check is satisfied by a closed check of
  scope 'all' or of that level; a level never checked is due that many months after its first
  carrier in keeping was registered. Levels a unit defines (内部, 商密) have no schedule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from . import barcodes
from .carriers import OUT, STATUS_LABEL, TERMINAL, Status
from .custody import ival, what
from .custody_ports import Row
from .errors import RuleViolation
from .inventory_ports import HasInventory, LineFacts
from .ports import Ledger, LedgerTx
from .text import LONG, SHORT, clean
from .unit_rules import INVENTORY_MONTHS_OTHER, INVENTORY_MONTHS_TOP_SECRET, rule_value

NUMBER_FORMAT = "清查〔{year}〕{seq}号"
IN_KEEPING = (Status.IN_STORE, Status.FILED, Status.ON_LOAN, Status.CIRCULATING)
DUE_SOON_DAYS = 14  # a scheduled check shows as due this many days before its date
SCHEDULED_LEVELS = ("top_secret", "secret", "confidential")


class ScopeKind(StrEnum):
    ALL = "all"
    LEVEL = "level"
    LOCATION = "location"
    VOLUME = "volume"
    PERSON = "person"


SCOPE_LABEL = {ScopeKind.ALL: "全部载体", ScopeKind.LEVEL: "密级", ScopeKind.LOCATION: "存放位置",
               ScopeKind.VOLUME: "案卷", ScopeKind.PERSON: "人员"}


@dataclass(frozen=True)
class Scope:
    kind: ScopeKind
    value: str = ""  # level code, location name, volume number or person name


class Result(StrEnum):
    PRESENT = "present"  # 在位
    MISSING = "missing"  # 缺失
    OUT = "out"  # 借出/传阅中
    MOVED = "moved"  # 清查期间变动
    UNEXPECTED = "unexpected"  # 账外/不符


RESULT_LABEL = {Result.PRESENT: "在位", Result.MISSING: "缺失", Result.OUT: "借出或传阅中",
                Result.MOVED: "清查期间离开", Result.UNEXPECTED: "账外或不符"}
RESULT_ORDER = (Result.MISSING, Result.UNEXPECTED, Result.OUT, Result.MOVED, Result.PRESENT)

# Why a scan is unexpected (inventory_scan.reason).
REASON_LABEL = {"elsewhere": "记录在清查范围以外", "out": "记录为借出或传阅中",
                "gone": "记录为已离开本单位", "lost": "记录为丢失", "unknown": "台账中无此条码"}


@dataclass(frozen=True)
class ScanOutcome:
    result: str  # present | unexpected | unknown
    reason: str  # "" or a key of REASON_LABEL
    carrier_id: int | None
    code: str
    label: str  # the carrier in a message, or the code
    again: bool  # already scanned in this check: nothing written
    status: str  # the carrier's status when scanned ("" unknown)


@dataclass(frozen=True)
class Counts:
    expected: int
    found: int  # scanned present
    unexpected: int

    @property
    def left(self) -> int:
        return self.expected - self.found


@dataclass(frozen=True)
class Line:
    facts: LineFacts
    result: Result

    @property
    def incomplete(self) -> bool:
        f = self.facts
        return f.pages_complete is False or f.attachments_complete is False

    @property
    def moved(self) -> bool:
        """Its state now differs from the frozen one (a loan, a return, a destruction …)."""
        f = self.facts
        return f.expected and (f.start_status != f.now_status
                               or f.start_holder != f.now_holder)


@dataclass(frozen=True)
class CheckView:
    id: int
    number: str
    scope_kind: ScopeKind
    scope_value: str
    scope_label: str
    expected_count: int
    started_at: dt.datetime
    closed_at: dt.datetime | None
    close_note: str
    counts: dict[str, int]  # at closing; {} while open

    @property
    def is_open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True)
class CheckSummary:
    """A closed check with its counts per result (for the periodic summary)."""

    check: CheckView
    counts: dict[str, int]


@dataclass(frozen=True)
class DueCheck:
    level_code: str
    level_name: str
    scope: Scope
    months: int
    last_checked: dt.date | None
    due_on: dt.date
    overdue: bool


def check_view(r: Row) -> CheckView:
    closed = r.get("closed_at")
    counts = json.loads(str(r["counts"])) if r.get("counts") else {}
    return CheckView(ival(r, "id"), str(r["number"]), ScopeKind(str(r["scope_kind"])),
                     str(r["scope_value"]), str(r["scope_label"]), ival(r, "expected_count"),
                     dt.datetime.fromisoformat(str(r["started_at"])),
                     dt.datetime.fromisoformat(str(closed)) if closed else None,
                     str(r.get("close_note") or ""), {str(k): int(v) for k, v in counts.items()})


# -- results -------------------------------------------------------------------------------------

def classify(f: LineFacts) -> Result:
    if f.scan_result == "present" and f.expected:
        return Result.PRESENT
    if f.scan_result:
        return Result.UNEXPECTED
    now = Status(f.now_status)
    if now in OUT:
        return Result.OUT
    if now in TERMINAL and f.start_status != f.now_status:
        return Result.MOVED
    return Result.MISSING


def lines(facts: Iterable[LineFacts]) -> list[Line]:
    return [Line(f, classify(f)) for f in facts]


def tally(found: Iterable[Line]) -> dict[str, int]:
    c: Counter[str] = Counter()
    for line in found:
        c[line.result.value] += 1
        if line.facts.expected:
            c["expected"] += 1
        if line.result is Result.PRESENT and line.incomplete:
            c["incomplete"] += 1
    return {k: c.get(k, 0) for k in ("expected", *[r.value for r in Result], "incomplete")}


def counts(ledger: HasInventory, check_id: int) -> Counts:
    """The live counts of the scan page: expected, found, left (and unexpected)."""
    row = ledger.inventory.check_row(check_id)
    return Counts(ival(row, "expected_count"), ledger.inventory.found_count(check_id),
                  ledger.inventory.unexpected_count(check_id))


def check_lines(ledger: HasInventory, check_id: int) -> list[Line]:
    return lines(ledger.inventory.lines(check_id))


# -- workflows -----------------------------------------------------------------------------------

def _scope(ledger: Ledger, tx: LedgerTx, scope: Scope) -> tuple[str, str]:
    """The scope checked: (value as stored, label)."""
    value = clean(scope.value, label=SCOPE_LABEL.get(scope.kind, "范围"), field="scope",
                  limit=SHORT)
    if scope.kind is ScopeKind.ALL:
        return "", SCOPE_LABEL[ScopeKind.ALL]
    if not value:
        raise RuleViolation("inventory.scope_value_required",
                            {"scope": SCOPE_LABEL[scope.kind]}, "scope")
    if scope.kind is ScopeKind.LEVEL:
        level = ledger.levels.get(value)
        return level.code, f"密级：{level.name}"
    if scope.kind is ScopeKind.LOCATION:
        if tx.location_id(value) is None:
            raise RuleViolation("location.unknown", {"location": value}, "scope")
        return value, f"存放位置：{value}"
    if scope.kind is ScopeKind.VOLUME:
        if tx.volume_id_by_number(value) is None:
            raise RuleViolation("inventory.volume_unknown", {"volume": value}, "scope")
        return value, f"案卷：{value}"
    if not tx.person_name_known(value):
        raise RuleViolation("inventory.person_unknown", {"person": value}, "scope")
    return value, f"人员：{value}"


def start_check(ledger: Ledger, scope: Scope) -> int:
    """Start a check of ``scope``: its expected list is frozen now. Returns the check's id."""
    now = ledger.clock.now()
    try:
        kind = ScopeKind(scope.kind)
    except ValueError:
        raise RuleViolation("inventory.scope_unknown", None, "scope") from None
    scope = Scope(kind, scope.value)
    with ledger.transaction() as tx:
        open_id = tx.open_inventory_check_id()
        if open_id is not None:
            raise RuleViolation("inventory.one_open",
                                {"number": tx.inventory_check_row(open_id)["number"]}, "scope")
        value, label = _scope(ledger, tx, scope)
        seq = tx.next_inventory_seq(now.year)
        number = NUMBER_FORMAT.format(year=now.year, seq=seq)
        cid, expected = tx.insert_inventory_check({
            "number": number, "year": now.year, "seq": seq, "scope_kind": kind.value,
            "scope_value": value, "scope_label": label, "started_at": tx.now,
            "statuses": [s.value for s in IN_KEEPING]})
        if expected == 0:
            raise RuleViolation("inventory.nothing_expected", {"scope": label}, "scope")
        tx.audit("inventory_started", [], {
            "check_id": cid, "number": number, "scope_kind": kind.value, "scope_value": value,
            "scope_label": label, "expected": expected})
        return cid


def _open_check(tx: LedgerTx, check_id: int) -> dict[str, object]:
    try:
        row = dict(tx.inventory_check_row(check_id))
    except LookupError:
        raise RuleViolation("inventory.no_such_check", None, "check") from None
    if row["closed_at"] is not None:
        raise RuleViolation("inventory.closed", {"number": row["number"]}, "check")
    return row


def scan(ledger: Ledger, check_id: int, code: str) -> ScanOutcome:
    """One code scanned during a check: recorded with its result, or recognised as a repeat."""
    code = (code or "").strip()
    if not code:
        raise RuleViolation("scan.carrier_missing", None, "barcode")
    if barcodes.is_badge(code):
        raise RuleViolation("scan.badge_not_carrier", {"code": code}, "barcode")
    code = barcodes.check(code)
    with ledger.transaction() as tx:
        check = _open_check(tx, check_id)
        cid = tx.carrier_id_by_barcode(code)
        if cid is None:
            row = None
            result, reason, status, label = "unknown", "unknown", "", code
        else:
            row = tx.carrier_row(cid)
            status = str(row["status"])
            label = what(row)
            expected = tx.inventory_expected_row(check_id, cid) is not None
            result, reason = _scan_result(Status(status), expected)
        before = tx.inventory_scan_of(check_id, cid, code)
        if before is not None:
            return ScanOutcome(str(before["result"]), str(before["reason"]), cid, code, label,
                               True, str(before["status"] or ""))
        tx.insert_inventory_scan({"check_id": check_id, "carrier_id": cid, "code": code,
                                  "result": result, "reason": reason,
                                  "status": status or None})
        tx.audit("inventory_scan", [cid] if cid is not None else [], {
            "check_id": check_id, "number": check["number"], "code": code, "result": result,
            "reason": reason, "status": status})
        return ScanOutcome(result, reason, cid, code, label, False, status)


def _scan_result(status: Status, expected: bool) -> tuple[str, str]:
    if status in OUT:
        return "unexpected", "out"
    if status in TERMINAL:
        return "unexpected", "gone"
    if status is Status.MISSING:
        return "unexpected", "lost"
    if not expected:
        return "unexpected", "elsewhere"
    return "present", ""


def confirm(ledger: Ledger, check_id: int, code: str, *, pages_complete: bool,
            attachments_complete: bool, note: str = "") -> None:
    """Confirm the pages and attachments of one carrier scanned present in this check."""
    note = clean(note, label="说明", field="note", limit=LONG, multiline=True)
    if not (pages_complete and attachments_complete) and not note:
        raise RuleViolation("inventory.incomplete_needs_note", None, "note")
    code = barcodes.check((code or "").strip() or "?")
    with ledger.transaction() as tx:
        check = _open_check(tx, check_id)
        cid = tx.carrier_id_by_barcode(code)
        found = tx.inventory_scan_of(check_id, cid, code) if cid is not None else None
        if cid is None or found is None or found["result"] != "present":
            raise RuleViolation("inventory.confirm_not_present", {"code": code}, "barcode")
        tx.insert_inventory_confirm({"check_id": check_id, "carrier_id": cid,
                                     "pages_complete": int(pages_complete),
                                     "attachments_complete": int(attachments_complete),
                                     "note": note})
        tx.audit("inventory_confirmed", [cid], {
            "check_id": check_id, "number": check["number"], "code": code,
            "pages_complete": pages_complete, "attachments_complete": attachments_complete,
            "note": note})


def close_check(ledger: Ledger, check_id: int, note: str) -> dict[str, int]:
    """Close the check with a note; returns its counts per result, which its audit event keeps
    with a digest of the scan list."""
    note = clean(note, label="清查结论", field="note", limit=LONG, required=True, multiline=True)
    with ledger.transaction() as tx:
        check = _open_check(tx, check_id)
        found = tally(lines(tx.inventory_lines(check_id)))
        digest = tx.inventory_scans_digest(check_id)
        tx.close_inventory_check(check_id, {"close_note": note, "counts": found,
                                            "scans_digest": digest})
        tx.audit("inventory_closed", [], {
            "check_id": check_id, "number": check["number"], "note": note, "counts": found,
            "scans_digest": digest})
        return found


# -- the schedule and the periods ------------------------------------------------------------------

def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; the month's last day where it is shorter (31 Jan + 1 →
    28/29 Feb)."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _local_date(stamp: str) -> dt.date:
    return dt.datetime.fromisoformat(stamp).date()


class _Due(HasInventory, Ledger, Protocol):  # the vault is both: its rules and its inventory reads
    pass


def due_checks(vault: _Due, today: dt.date) -> list[DueCheck]:
    """The scheduled checks due within ``DUE_SOON_DAYS`` or overdue, by level, most secret
    first; each with the date it is due (from the last covering check, or from the first
    carrier of the level in keeping when never checked)."""
    last = vault.inventory.last_checked_by_level()
    first = vault.inventory.first_kept_by_level()
    out: list[DueCheck] = []
    for code in SCHEDULED_LEVELS:
        if code not in first or code not in vault.levels:
            continue  # nothing of this level in keeping: nothing to check
        rule = INVENTORY_MONTHS_TOP_SECRET if code == "top_secret" else INVENTORY_MONTHS_OTHER
        months = rule_value(vault, rule)
        checked = _local_date(last[code]) if code in last else None
        due = add_months(checked or _local_date(first[code]), months)
        if due <= today + dt.timedelta(days=DUE_SOON_DAYS):
            out.append(DueCheck(code, vault.levels.get(code).name, Scope(ScopeKind.LEVEL, code),
                                months, checked, due, due < today))
    return out


def checks_between(vault: HasInventory, start: dt.date, end: dt.date) -> list[CheckSummary]:
    """The checks closed from ``start`` to ``end`` (both days included), oldest first, each with
    its counts per result as closed."""
    ids = vault.inventory.closed_between(start.isoformat(),
                                         (end + dt.timedelta(days=1)).isoformat())
    views = [check_view(vault.inventory.check_row(i)) for i in ids]
    return [CheckSummary(v, v.counts) for v in views]


def status_text(status: str) -> str:
    return STATUS_LABEL[Status(status)] if status else ""


__all__ = ["DUE_SOON_DAYS", "IN_KEEPING", "NUMBER_FORMAT", "REASON_LABEL", "RESULT_LABEL",
           "RESULT_ORDER", "SCOPE_LABEL", "CheckSummary", "CheckView", "Counts", "DueCheck",
           "Line", "Result", "ScanOutcome", "Scope", "ScopeKind", "add_months", "check_lines",
           "check_view", "checks_between", "classify", "close_check", "confirm", "counts",
           "due_checks", "lines", "scan", "start_check", "status_text", "tally"]
