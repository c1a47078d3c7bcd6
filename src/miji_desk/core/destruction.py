"""Destruction manifests (销毁清单, 登记造册): list, approve, supervise, destroy.

Rules (篇三 二十二; 篇十一 (一)6, (四)7; 篇十二 八; 篇十一 (二)4 for media):

- A manifest has a number (``2026-销-0001``), the planned date, the designated place (保密部门
  指定地点) and the method: 粉碎, 焚毁, 送保密行政管理部门销毁, or 消磁/物理销毁 (media only).
- Carriers are added by scan or selection, each on its own line, and refused with the reason when
  on loan, circulating, filed (it must leave its volume first: ``filing.take_out_of_volume``),
  held (冻结), with an open incident, missing, already sent, returned, handed over or destroyed,
  on another unfinished list, a paper document on a 消磁 manifest, or, where the unit's setting
  ``destroy_only_after_expiry`` is on (default off), before its secrecy period has ended.
  A carrier added by mistake is removed with a reason while the manifest is open.
- Completing records the leader's approval (approver, reference, date; not the clerk), two or
  more distinct supervisors (监销人), none of them the clerk, and the date of destruction. Every
  carrier is checked again, then marked 已销毁 with that date; its row and whole history stay.
  The printed columns of each line and the totals (copies and pages, by level) are written into
  the manifest, so a completed manifest reprints exactly as signed. A completed or cancelled
  manifest never changes again (triggers refuse it, even by direct SQL); an open one can be
  cancelled with a reason. Every step is one audit event.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .carriers import CarrierKind, Status
from .custody import ival, what
from .custody_ports import Row
from .disposition import (
    Approval,
    CarrierRef,
    check_approval,
    day,
    expiry_refusal,
    in_keeping,
    pick,
    printed_line,
)
from .errors import RuleViolation
from .levels import LevelCatalog
from .names import repeated_names, same_name
from .ports import Ledger, LedgerTx
from .text import LONG, SHORT, clean
from .unit_rules import DESTROY_ONLY_AFTER_EXPIRY, rule_value


class Method(StrEnum):
    SHRED = "shred"  # 粉碎
    BURN = "burn"  # 焚毁
    AGENCY = "agency"  # 送保密行政管理部门销毁
    DEGAUSS = "degauss"  # 消磁/物理销毁 (media)


METHOD_LABEL = {Method.SHRED: "粉碎", Method.BURN: "焚毁", Method.AGENCY: "送保密行政管理部门销毁",
                Method.DEGAUSS: "消磁/物理销毁"}
EXPIRY_SETTING = DESTROY_ONLY_AFTER_EXPIRY.key
NUMBER_FORMAT = "{year}-销-{seq:04d}"
MAX_PLAN_DAYS = 366
MIN_SUPERVISORS = 2
MAX_SUPERVISORS = 10


@dataclass
class ManifestForm:
    planned_on: dt.date  # 销毁日期 (planned)
    place: str  # 指定销毁地点
    method: Method | str
    carriers: list[CarrierRef] = field(default_factory=list)  # may be added later
    note: str = ""


@dataclass
class CompletionForm:
    approver: str  # 主管领导
    approval_ref: str
    approved_on: dt.date | None
    supervisors: list[str]  # 监销人, two or more, not the clerk
    destroyed_on: dt.date | None = None  # today when empty


@dataclass(frozen=True)
class Manifest:
    id: int
    number: str
    carrier_ids: list[int] = field(default_factory=list)


# -- totals ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LevelTotal:
    level_code: str
    copies: int
    pages: int


@dataclass(frozen=True)
class Totals:
    """合计: copies (份/件) and pages, in all and by level (most secret first)."""

    copies: int
    pages: int
    by_level: tuple[LevelTotal, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"copies": self.copies, "pages": self.pages,
                "by_level": [[t.level_code, t.copies, t.pages] for t in self.by_level]}

    @staticmethod
    def from_json(text: str) -> Totals:
        data = json.loads(text)
        return Totals(int(data["copies"]), int(data["pages"]),
                      tuple(LevelTotal(str(c), int(n), int(p)) for c, n, p in data["by_level"]))

    def describe(self, levels: LevelCatalog) -> str:
        """合计 in words: ``共 5 份 60 页；其中 机密 2 份 24 页，秘密 3 份 36 页``."""
        parts = [f"{levels.get(t.level_code).name} {t.copies} 份 {t.pages} 页"
                 for t in self.by_level]
        return f"共 {self.copies} 份 {self.pages} 页" + (f"；其中 {'，'.join(parts)}"
                                                          if parts else "")


def tally(lines: Iterable[tuple[str, int | None]], levels: LevelCatalog) -> Totals:
    """Totals of (level code, pages) lines: one line is one carrier (one 份 or one medium)."""
    copies: dict[str, int] = {}
    pages: dict[str, int] = {}
    for code, p in lines:
        copies[code] = copies.get(code, 0) + 1
        pages[code] = pages.get(code, 0) + (p or 0)
    order = sorted(copies, key=lambda c: -levels.get(c).rank)
    return Totals(sum(copies.values()), sum(pages.values()),
                  tuple(LevelTotal(c, copies[c], pages[c]) for c in order))


# -- views ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ManifestLine:
    """One printed line: 编号, 文号, title, marking, 份号, pages; the 来文机关 and, for a medium,
    its 序列号 (read from the registration)."""

    position: int
    carrier_id: int
    barcode: str
    number: str
    doc_no: str
    title: str
    marking: str
    level_code: str
    copy_no: int | None
    pages: int | None
    kind: CarrierKind
    sender: str = ""
    serial_no: str = ""


@dataclass(frozen=True)
class ManifestView:
    id: int
    number: str
    planned_on: dt.date
    place: str
    method: Method
    note: str
    created_at: dt.datetime
    approver: str = ""
    approval_ref: str = ""
    approved_on: dt.date | None = None
    destroyed_on: dt.date | None = None
    supervisors: tuple[str, ...] = ()
    totals: Totals | None = None  # as written at completion
    completed_at: dt.datetime | None = None
    cancelled_at: dt.datetime | None = None
    cancel_reason: str = ""

    @property
    def method_label(self) -> str:
        return METHOD_LABEL[self.method]

    @property
    def is_open(self) -> bool:
        return self.completed_at is None and self.cancelled_at is None

    @property
    def state(self) -> str:
        if self.completed_at:
            return "已销毁"
        return "已作废" if self.cancelled_at else "待销毁"


def manifest_view(row: Row, supervisors: Sequence[str]) -> ManifestView:
    def date(key: str) -> dt.date | None:
        v = row[key]
        return None if v is None else dt.date.fromisoformat(str(v))

    def moment(key: str) -> dt.datetime | None:
        v = row[key]
        return None if v is None else dt.datetime.fromisoformat(str(v))

    planned, created = date("planned_on"), moment("created_at")
    assert planned is not None and created is not None
    totals = row["totals"]
    return ManifestView(
        id=ival(row, "id"), number=str(row["number"]), planned_on=planned,
        place=str(row["place"]), method=Method(str(row["method"])), note=str(row["note"]),
        created_at=created, approver=str(row["approver"]),
        approval_ref=str(row["approval_ref"]), approved_on=date("approved_on"),
        destroyed_on=date("destroyed_on"), supervisors=tuple(supervisors),
        totals=Totals.from_json(str(totals)) if totals is not None else None,
        completed_at=moment("completed_at"), cancelled_at=moment("cancelled_at"),
        cancel_reason=str(row["cancel_reason"]))


# -- checks ---------------------------------------------------------------------------------------

def _method(value: Method | str) -> Method:
    try:
        return Method(value)
    except ValueError:
        for m, label in METHOD_LABEL.items():
            if value == label:
                return m
        raise RuleViolation(
            "destruction.method", {"methods": list(METHOD_LABEL.values())}, "method") from None


def _open(tx: LedgerTx, manifest_id: int) -> dict[str, object]:
    try:
        row = dict(tx.manifest_row(manifest_id))
    except LookupError:
        raise RuleViolation("destruction.no_such", None, "manifest") from None
    if row["completed_at"] is not None:
        raise RuleViolation("destruction.done", {"number": row['number']}, "manifest")
    if row["cancelled_at"] is not None:
        raise RuleViolation("destruction.voided", {"number": row['number']}, "manifest")
    return row


def _destroyable(ledger: Ledger, tx: LedgerTx, cid: int, row: Row, manifest: Row,
                 when: dt.date) -> None:
    """Everything that keeps this carrier off this manifest, with the reason."""
    own = ("destruction", ival(manifest, "id"))
    in_keeping(tx, cid, row, "销毁", own=own)
    if manifest["method"] == Method.DEGAUSS.value and row["kind"] == CarrierKind.DOCUMENT.value:
        raise RuleViolation("destruction.paper_degauss", {"carrier": what(row)}, "carriers")
    if rule_value(ledger, DESTROY_ONLY_AFTER_EXPIRY):
        waiting = expiry_refusal(ledger, tx.document_row(ival(row, "document_id")), when,
                                 what(row))
        if waiting is not None:
            raise waiting


def _add(ledger: Ledger, tx: LedgerTx, manifest: Row, refs: Sequence[CarrierRef]) -> list[int]:
    mid = ival(manifest, "id")
    number = str(manifest["number"])
    planned = dt.date.fromisoformat(str(manifest["planned_on"]))
    on = dict.fromkeys(tx.manifest_carrier_ids(mid))
    picked = pick(tx, refs, "销毁")
    for cid, row in picked:
        if cid in on:
            raise RuleViolation(
                "destruction.scanned_twice",
                {"carrier": what(row), "line": list(on).index(cid) + 1},
                "carriers",
            )
        _destroyable(ledger, tx, cid, row, manifest, planned)
    for cid, _row in picked:
        position = tx.add_manifest_item(mid, cid)
        tx.record_event("destruction_listed", carrier_id=cid,
                        note=f"列入销毁清单 {number}（第 {position} 项）")
    return [cid for cid, _ in picked]


# -- the workflows --------------------------------------------------------------------------------

def create_manifest(ledger: Ledger, form: ManifestForm) -> Manifest:
    now = ledger.clock.now()
    planned = day(form.planned_on, "销毁日期", "planned_on")
    if planned > now.date() + dt.timedelta(days=MAX_PLAN_DAYS):
        raise RuleViolation("destruction.too_far", None, "planned_on")
    place = clean(form.place, label="销毁地点", field="place", limit=SHORT, required=True)
    method = _method(form.method)
    note = clean(form.note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        seq = tx.next_manifest_seq(now.year)
        number = NUMBER_FORMAT.format(year=now.year, seq=seq)
        values = {"number": number, "year": now.year, "seq": seq,
                  "planned_on": planned.isoformat(), "place": place, "method": method.value,
                  "note": note, "created_at": tx.now}
        mid = tx.insert_manifest(values)
        ids = _add(ledger, tx, tx.manifest_row(mid), form.carriers) if form.carriers else []
        tx.audit("manifest_created", ids, {"manifest_id": mid, **values})
        return Manifest(mid, number, ids)


def add_to_manifest(ledger: Ledger, manifest_id: int, carriers: Sequence[CarrierRef]
                    ) -> list[int]:
    """Add carriers by scan or selection; each refused with its reason, nothing half-added."""
    with ledger.transaction() as tx:
        manifest = _open(tx, manifest_id)
        ids = _add(ledger, tx, manifest, carriers)
        tx.audit("manifest_carriers_added", ids, {"manifest_id": manifest_id,
                                                  "number": manifest["number"]})
        return ids


def remove_from_manifest(ledger: Ledger, manifest_id: int, carriers: Sequence[CarrierRef],
                         reason: str) -> None:
    reason = clean(reason, label="移出原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        manifest = _open(tx, manifest_id)
        on = set(tx.manifest_carrier_ids(manifest_id))
        picked = pick(tx, carriers, "移出")
        for cid, row in picked:
            if cid not in on:
                raise RuleViolation(
                    "destruction.not_on_manifest",
                    {"carrier": what(row), "number": manifest['number']},
                    "carriers",
                )
        for cid, _row in picked:
            tx.remove_manifest_item(manifest_id, cid)
            tx.record_event("destruction_delisted", carrier_id=cid,
                            note=f"移出销毁清单 {manifest['number']}：{reason}")
        tx.audit("manifest_carriers_removed", [cid for cid, _ in picked],
                 {"manifest_id": manifest_id, "number": manifest["number"], "reason": reason})


def cancel_manifest(ledger: Ledger, manifest_id: int, reason: str) -> None:
    """An unfinished manifest is cancelled: its carriers are free again, nothing destroyed."""
    reason = clean(reason, label="作废原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        manifest = _open(tx, manifest_id)
        ids = tx.manifest_carrier_ids(manifest_id)
        for cid in ids:
            tx.record_event("destruction_delisted", carrier_id=cid,
                            note=f"销毁清单 {manifest['number']} 作废：{reason}")
        tx.cancel_manifest(manifest_id, reason)
        tx.audit("manifest_cancelled", ids, {"manifest_id": manifest_id,
                                             "number": manifest["number"], "reason": reason})


def _supervisors(ledger: Ledger, names: Sequence[str]) -> list[str]:
    cleaned = [clean(n, label="监销人", field="supervisors", limit=60) for n in names]
    cleaned = [n for n in cleaned if n]
    if len(cleaned) > MAX_SUPERVISORS:
        raise RuleViolation(
            "destruction.too_many_supervisors", {"max": MAX_SUPERVISORS}, "supervisors")
    dupes = repeated_names(cleaned)
    if dupes:
        raise RuleViolation(
            "destruction.duplicate_supervisors", {"dupes": list(dupes)}, "supervisors")
    if any(same_name(n, ledger.actor) for n in cleaned):
        raise RuleViolation("destruction.clerk_supervises", {"actor": ledger.actor}, "supervisors")
    if len(cleaned) < MIN_SUPERVISORS:
        raise RuleViolation("destruction.two_supervisors", None, "supervisors")
    return cleaned


def complete_manifest(ledger: Ledger, manifest_id: int, form: CompletionForm) -> Totals:
    """The carriers were destroyed under supervision: each becomes 已销毁, the manifest final."""
    today = ledger.clock.now().date()
    approval = check_approval(ledger, Approval(form.approver, form.approval_ref,
                                               form.approved_on), today)
    assert approval.approved_on is not None
    supervisors = _supervisors(ledger, form.supervisors)
    destroyed_on = today if form.destroyed_on is None else day(form.destroyed_on, "销毁日期",
                                                                "destroyed_on")
    if destroyed_on > today:
        raise RuleViolation("destruction.date_future", None, "destroyed_on")
    if destroyed_on < approval.approved_on:
        raise RuleViolation("destruction.before_approval", None, "destroyed_on")
    with ledger.transaction() as tx:
        manifest = _open(tx, manifest_id)
        number = str(manifest["number"])
        ids = tx.manifest_carrier_ids(manifest_id)
        if not ids:
            raise RuleViolation("destruction.empty", {"number": number}, "carriers")
        rows = [tx.carrier_row(cid) for cid in ids]
        for cid, row in zip(ids, rows, strict=True):
            _destroyable(ledger, tx, cid, row, manifest, destroyed_on)
        method = METHOD_LABEL[Method(str(manifest["method"]))]
        lines: list[tuple[str, int | None]] = []
        for cid, row in zip(ids, rows, strict=True):
            line = printed_line(ledger, tx, row)
            tx.set_manifest_line(manifest_id, cid, line)
            lines.append((str(line["level_code"]), line["pages"]))  # type: ignore[arg-type]
            tx.update_carrier(cid, {"status": Status.DESTROYED.value, "holder": "",
                                    "location_id": None})
            tx.record_event("destroyed", carrier_id=cid, field="status", before=row["status"],
                            after=Status.DESTROYED.value, approval_ref=approval.approval_ref,
                            note=f"{number}：{destroyed_on.isoformat()} 于{manifest['place']}"
                                 f"{method}；批准人{approval.approver}；"
                                 f"监销人{'、'.join(supervisors)}")
        for position, name in enumerate(supervisors, 1):
            tx.add_supervisor(manifest_id, position, name)
        totals = tally(lines, ledger.levels)
        tx.complete_manifest(manifest_id, {
            "approver": approval.approver, "approval_ref": approval.approval_ref,
            "approved_on": approval.approved_on.isoformat(),
            "destroyed_on": destroyed_on.isoformat(), "total_copies": totals.copies,
            "total_pages": totals.pages, "totals": totals.to_json()})
        tx.audit("manifest_completed", ids, {
            "manifest_id": manifest_id, "number": number, "approver": approval.approver,
            "approval_ref": approval.approval_ref,
            "approved_on": approval.approved_on.isoformat(),
            "destroyed_on": destroyed_on.isoformat(), "supervisors": supervisors,
            "place": manifest["place"], "method": manifest["method"],
            "totals": totals.to_json(), "barcodes": [row["barcode"] for row in rows]})
        return totals


__all__ = ["EXPIRY_SETTING", "METHOD_LABEL", "MIN_SUPERVISORS", "NUMBER_FORMAT",
           "CompletionForm", "LevelTotal", "Manifest", "ManifestForm", "ManifestLine",
           "ManifestView", "Method", "Totals", "add_to_manifest", "cancel_manifest",
           "complete_manifest", "create_manifest", "manifest_view", "remove_from_manifest",
           "tally"]
