"""Filing (归档): volumes (案卷) of filed carriers, and taking a carrier out of its volume.

Rules (篇三 七; 篇三 十三; 篇十二 六):

- A volume has a number (案卷号: typed, or ``2026-卷-0001`` when empty), a title, a retention
  (永久 / 长期 / 短期) and a location. 绝密 carriers are filed only in volumes made 绝密-only
  (绝密专卷) and those volumes take nothing else: mixing is refused both ways, in the workflow
  and by a trigger.
- A volume's level is the highest level of the carriers in it now. It is never stored: the view
  ``volume_level`` and the queries compute it from the items' current levels, so it follows
  every change of an item's level (定密变更) and every filing or taking out.
  A level change can still make a volume mixed (升为绝密 in an ordinary volume, 解密 in a 绝密专卷);
  ``vault.disposition.mixed_volumes()`` lists such volumes so the clerk moves the item.
- Filing takes carriers that are in store (在库): status 已归档, location the volume's. A filed
  carrier is still lent for reading under the archive's rules (see ``loans``: it stays in its
  volume while on loan and goes back to 已归档 on return).
- Taking out of a volume (出卷, for destruction, return to issuer or correction) is its own
  workflow with a reason; the carrier is in store again. Refused while it is on loan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from .carriers import Status
from .custody import ival, what
from .disposition import CarrierRef, in_keeping, pick
from .errors import RuleViolation
from .levels import TOP_SECRET
from .locations import check_storage
from .ports import Ledger
from .text import LONG, clean


class Retention(StrEnum):
    PERMANENT = "permanent"  # 永久
    LONG = "long"  # 长期
    SHORT = "short"  # 短期


RETENTION_LABEL = {Retention.PERMANENT: "永久", Retention.LONG: "长期", Retention.SHORT: "短期"}
NUMBER_FORMAT = "{year}-卷-{seq:04d}"


@dataclass
class VolumeForm:
    title: str
    retention: Retention | str
    location: str
    top_secret: bool = False  # 绝密专卷: only 绝密 carriers
    number: str = ""  # 案卷号; generated when empty
    year: int | None = None  # 年度; this year when empty
    notes: str = ""


@dataclass(frozen=True)
class Volume:
    id: int
    number: str


@dataclass(frozen=True)
class VolumeView:
    """One line of the 案卷目录."""

    id: int
    number: str
    year: int
    title: str
    retention: Retention
    top_secret: bool
    location: str
    level_code: str | None  # the highest level of its items now; None when empty
    items: int  # carriers in it now
    pages: int  # their pages
    created_at: dt.datetime
    notes: str = ""

    @property
    def retention_label(self) -> str:
        return RETENTION_LABEL[self.retention]


def _retention(value: Retention | str) -> Retention:
    try:
        return Retention(value)
    except ValueError:
        for r, label in RETENTION_LABEL.items():
            if value == label:
                return r
        raise RuleViolation("volume.retention", None, "retention") from None


def create_volume(ledger: Ledger, form: VolumeForm) -> Volume:
    now = ledger.clock.now()
    title = clean(form.title, label="案卷题名", field="title", limit=LONG, required=True)
    retention = _retention(form.retention)
    location = clean(form.location, label="存放位置", field="location", required=True)
    number = clean(form.number, label="案卷号", field="number", limit=64)
    notes = clean(form.notes, label="备注", field="notes", limit=LONG, multiline=True)
    year = now.year if form.year is None else form.year
    if isinstance(year, bool) or not isinstance(year, int) or not 1949 <= year <= now.year + 1:
        raise RuleViolation("volume.year", None, "year")
    with ledger.transaction() as tx:
        loc = tx.location_id(location)
        if loc is None:
            raise RuleViolation("location.unknown_add", {"location": location}, "location")
        if number:
            if tx.volume_number_taken(number):
                raise RuleViolation("volume.number_used", {"number": number}, "number")
        else:
            seq = tx.volume_count(year) + 1
            while tx.volume_number_taken(number := NUMBER_FORMAT.format(year=year, seq=seq)):
                seq += 1
        values = {"number": number, "year": year, "title": title, "retention": retention.value,
                  "top_secret": int(bool(form.top_secret)), "location_id": loc, "notes": notes,
                  "created_at": tx.now}
        volume_id = tx.insert_volume(values)
        tx.audit("volume_created", [], {"volume_id": volume_id, **values,
                                        "location": location})
        return Volume(volume_id, number)


def file_carriers(ledger: Ledger, volume_id: int, carriers: Sequence[CarrierRef],
                  note: str = "") -> list[int]:
    """Put carriers (by scan or selection) into a volume: each becomes 已归档."""
    note = clean(note, label="备注", field="note", limit=LONG, multiline=True)
    with ledger.transaction() as tx:
        try:
            vol = tx.volume_row(volume_id)
        except LookupError:
            raise RuleViolation("volume.no_such", None, "volume") from None
        volume = vol["number"]
        picked = pick(tx, carriers, "归档")
        for cid, row in picked:
            if row["status"] == Status.FILED.value:
                item = tx.open_volume_item(cid)
                if item is None:
                    raise RuleViolation(
                        "volume.already_filed_elsewhere", {"carrier": what(row)}, "carriers")
                raise RuleViolation("volume.already_filed", {
                    "carrier": what(row), "volume": item["volume_number"]}, "carriers")
            in_keeping(tx, cid, row, "归档")
            top = ledger.levels.get(str(row["level_code"])).rank >= TOP_SECRET.rank
            if top and not vol["top_secret"]:
                raise RuleViolation(
                    "volume.top_secret_only_separate",
                    {"carrier": what(row), "volume": volume},
                    "carriers",
                )
            if vol["top_secret"] and not top:
                raise RuleViolation(
                    "volume.separate_top_secret_only",
                    {"volume": volume, "carrier": what(row)},
                    "carriers",
                )
        ids: list[int] = []
        for cid, row in picked:
            tx.insert_volume_item(volume_id, cid)
            tx.update_carrier(cid, {"status": Status.FILED.value,
                                    "location_id": vol["location_id"]})
            tx.record_event("file", carrier_id=cid, field="status", before=row["status"],
                            after=Status.FILED.value,
                            note=f"归入案卷 {volume}《{vol['title']}》"
                            + (f"；{note}" if note else ""))
            ids.append(cid)
        tx.audit("file", ids, {"volume_id": volume_id, "volume": vol["number"], "note": note,
                               "barcodes": [row["barcode"] for _, row in picked]})
        return ids


def take_out_of_volume(ledger: Ledger, carriers: Sequence[CarrierRef], reason: str,
                       location: str = "") -> list[int]:
    """出卷: filed carriers leave their volume (for destruction, return or correction)."""
    reason = clean(reason, label="出卷事由", field="reason", limit=LONG, required=True)
    location = clean(location, label="存放位置", field="location")
    with ledger.transaction() as tx:
        loc: int | None = None
        if location:
            loc = tx.location_id(location)
            if loc is None:
                raise RuleViolation("location.unknown", {"location": location}, "location")
        picked = pick(tx, carriers, "出卷")
        items = []
        for cid, row in picked:
            item = tx.open_volume_item(cid)
            if item is None:
                raise RuleViolation("volume.not_filed", {"carrier": what(row)}, "carriers")
            if row["status"] == Status.ON_LOAN.value:
                raise RuleViolation(
                    "volume.unfile_on_loan",
                    {"carrier": what(row), "holder": row['holder']},
                    "carriers",
                )
            if row["status"] != Status.FILED.value:
                raise RuleViolation("volume.not_filed_status", {"carrier": what(row)}, "carriers")
            hold = tx.open_hold(cid)
            if hold is not None or row["held"]:
                raise RuleViolation("volume.unfile_on_hold", {"carrier": what(row)}, "carriers")
            check_storage(tx, ledger.levels.get(str(row["level_code"])),
                          loc if loc is not None else row["location_id"],  # type: ignore[arg-type]
                          what(row))
            items.append(item)
        for (cid, row), item in zip(picked, items, strict=True):
            tx.close_volume_item(ival(item, "id"), reason)
            values: dict[str, object] = {"status": Status.IN_STORE.value}
            if loc is not None:
                values["location_id"] = loc
            tx.update_carrier(cid, values)
            tx.record_event("unfile", carrier_id=cid, field="status", before=row["status"],
                            after=Status.IN_STORE.value,
                            note=f"从案卷 {item['volume_number']} 出卷：{reason}")
        ids = [cid for cid, _ in picked]
        tx.audit("unfile", ids, {
            "reason": reason, "location": location,
            "items": [{"carrier_id": cid, "barcode": row["barcode"],
                       "volume": item["volume_number"]}
                      for (cid, row), item in zip(picked, items, strict=True)]})
        return ids


__all__ = ["NUMBER_FORMAT", "RETENTION_LABEL", "Retention", "Volume", "VolumeForm", "VolumeView",
           "create_volume", "file_carriers", "take_out_of_volume"]
