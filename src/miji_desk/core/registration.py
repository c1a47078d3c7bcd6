"""Registration (登记): incoming documents, outgoing documents and classified media.

Each registration is one workflow: the form is checked against the rules (篇三 七、八; 篇九;
篇六 第四条; 篇十一 (二)4), then one transaction writes the registration, one carrier per copy,
their history events and one audit event.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import barcodes
from .carriers import MEDIA_KINDS, CarrierKind, Register, Status
from .errors import RuleViolation
from .levels import DECLASSIFIED, Level
from .locations import check_storage
from .names import repeated_names
from .numbering import (
    DEFAULT_FORMAT,
    carrier_number,
    document_number,
    format_copy_numbers,
    parse_copy_numbers,
)
from .periods import PeriodKind, SecrecyPeriod, add_months
from .ports import Ledger, LedgerTx
from .text import LONG, SHORT, clean

CHANNELS = ("机要通信", "专人送达", "机要交通", "其他")


@dataclass
class IncomingForm:
    """收文登记: what the clerk copies from the document and its envelope."""

    title: str
    level: str  # level code
    copy_numbers: str  # 份号 as typed: "3-5, 8"
    pages: int | None
    received_at: dt.datetime
    doc_no: str = ""
    producer: str = ""  # 产生机关
    sender: str = ""  # 来文机关
    period: SecrecyPeriod = field(default_factory=SecrecyPeriod)
    classified_on: dt.date | None = None
    copies_total: int | None = None  # 份数 printed on the document
    attachments: str = ""
    scope: str = ""  # 知悉范围
    handled_by: str = ""  # 经办人; the clerk when empty
    location: str = ""
    notes: str = ""
    # Why the same document (文号, 来文机关, 份号) is received again; required exactly then.
    second_receipt_reason: str = ""


@dataclass
class OutgoingCopy:
    copy_no: int
    recipient: str = ""  # empty: kept here (留存)


@dataclass
class OutgoingForm:
    """发文登记: a document this unit sends, copy by copy."""

    title: str
    level: str
    copies: list[OutgoingCopy]
    pages: int | None
    sent_at: dt.datetime
    doc_no: str = ""
    producer: str = ""  # the unit itself when empty
    period: SecrecyPeriod = field(default_factory=SecrecyPeriod)
    classified_on: dt.date | None = None
    copies_total: int | None = None
    channel: str = "机要通信"
    couriers: list[str] = field(default_factory=list)
    scope: str = ""
    handled_by: str = ""
    location: str = ""
    notes: str = ""
    signer: str = ""  # 签发人: the leader who signed it off


@dataclass
class MediaForm:
    """涉密介质登记: one medium, registered with its serial number and dedicated use."""

    kind: CarrierKind
    title: str  # name or description
    serial_no: str
    purpose: str  # 专用用途
    level: str
    capacity: str = ""
    period: SecrecyPeriod = field(default_factory=SecrecyPeriod)
    classified_on: dt.date | None = None
    barcode: str = ""  # a code the medium already carries, if any
    handled_by: str = ""  # 责任人
    location: str = ""
    notes: str = ""
    scope: str = ""  # 知悉范围: who may use it (lending and circulation check it)
    dedicated_computer: str = ""  # 专用计算机: the computer it is dedicated to (篇十一 (二)4)


@dataclass(frozen=True)
class Registration:
    document_id: int
    number: str
    carrier_ids: list[int]
    barcodes: list[str]


# -- shared checks -----------------------------------------------------------------------------

def _level(ledger: Ledger, code: str) -> Level:
    if not code:
        raise RuleViolation("registration.level_required", None, "level")
    if code == DECLASSIFIED.code:  # 非密 is reached by 解密 only, never registered
        raise RuleViolation("registration.level_declassified", None, "level")
    return ledger.levels.get(code)


def _classification(ledger: Ledger, level_code: str, period: SecrecyPeriod,
                    classified_on: dt.date | None, happened: dt.datetime
                    ) -> tuple[Level, SecrecyPeriod]:
    """The level and the period as checked; the period returned is the one to store."""
    level = _level(ledger, level_code)
    if period.kind.value == "condition":
        period = SecrecyPeriod.until_condition(
            clean(period.condition, label="解密条件", field="period", limit=400, required=True))
    if classified_on is not None:
        if classified_on.year < 1949:
            raise RuleViolation("date.classified_before_1949", None, "classified_on")
        if classified_on > happened.date():
            raise RuleViolation("date.classified_after_received", None, "classified_on")
    # Without a 定密日期 the period runs from the day of receipt (or registration): a period
    # "until" a date is checked against the legal maximum from that day (保密法 第十五条).
    if classified_on is None and period.kind is PeriodKind.UNTIL:
        _check_until_from(level, period, happened.date())
    period.check(level, classified_on)
    return level, period


def _check_until_from(level: Level, period: SecrecyPeriod, start: dt.date) -> None:
    """A period until ``period.until`` counted from ``start`` (no 定密日期 was given)."""
    if period.until is None:
        raise RuleViolation("period.date_required", None, "period")
    if period.until <= start:
        raise RuleViolation("period.date_before_receipt", {"start": start.isoformat()},
                            "period")
    if level.max_years is not None:
        latest = add_months(start, 12 * level.max_years)
        if period.until > latest:
            raise RuleViolation("period.date_over_level_from_receipt", {
                "level": level.name, "years": level.max_years, "start": start.isoformat(),
                "latest": latest.isoformat()}, "period")


def _when(value: dt.datetime, now: dt.datetime, label: str, fld: str) -> dt.datetime:
    if value.year < 1949:
        raise RuleViolation("date.before_1949", {"label": label}, fld)
    if value.tzinfo is None:
        value = value.astimezone()
    if value > now + dt.timedelta(minutes=5):
        raise RuleViolation("date.after_now", {"label": label}, fld)
    return value.replace(microsecond=0)


def _count(value: int | None, label: str, fld: str, *, required: bool,
           hi: int = 100000) -> int | None:
    if value is None:
        if required:
            raise RuleViolation("form.required", {"label": label}, fld)
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= hi:
        raise RuleViolation("number.range", {"label": label, "hi": hi}, fld)
    return value


def _copies_within_total(numbers: list[int], total: int | None,
                         fld: str = "copy_numbers") -> None:
    if total is not None:
        over = [n for n in numbers if n > total]
        if over:
            raise RuleViolation(
                "registration.copies_over_total", {"over": list(over), "total": total}, fld)


def _location(tx: LedgerTx, name: str) -> int | None:
    if not name:
        return None
    loc = tx.location_id(name)
    if loc is None:
        raise RuleViolation("location.unknown_add", {"location": name}, "location")
    return loc


def _period_columns(period: SecrecyPeriod) -> dict[str, object]:
    return period.to_columns()


def _write(ledger: Ledger, tx: LedgerTx, register: Register, year: int,
           doc: dict[str, object], level: Level,
           carriers: list[dict[str, object]],
           second_receipt: Mapping[str, object] | None = None) -> Registration:
    """The rows every registration writes: the document, its carriers, events, one audit."""
    for c in carriers:
        if c["status"] == Status.IN_STORE.value:
            check_storage(tx, level, c.get("location_id"),  # type: ignore[arg-type]
                          str(doc["title"]))
    fmt = ledger.setting(f"number_format.{register.value}", DEFAULT_FORMAT)
    seq = tx.next_seq(register, year)
    number = document_number(fmt, register, year, seq)
    doc.update(register=register.value, number=number, year=year, seq=seq,
               level_code=level.code, registered_at=tx.now)
    document_id = tx.insert_document(doc)
    rows: list[dict[str, object]] = []
    notes = [str(c.pop("note", "") or "") for c in carriers]
    for c in carriers:
        row = dict(c)
        row.update(document_id=document_id, register=register.value,
                   number=carrier_number(number, row.get("copy_no")),  # type: ignore[arg-type]
                   level_code=level.code, level_rank=level.rank, title=doc["title"],
                   doc_no=doc.get("doc_no", ""), sender=doc.get("sender", ""),
                   registered_at=tx.now)
        rows.append(row)
    made = tx.insert_carriers(rows)
    ids = [cid for cid, _ in made]
    codes = [code for _, code in made]
    tx.record_events("register", [
        {"carrier_id": cid, "document_id": document_id, "after": row["status"],
         "note": note or str(row.get("holder") or "")}
        for cid, row, note in zip(ids, rows, notes, strict=True)])
    extra = {"second_receipt": dict(second_receipt)} if second_receipt else {}
    tx.audit(f"register_{register.value}", ids,
             {"number": number, "document": doc, **extra, "carriers": [
                 {"id": i, "barcode": b, "copy_no": c.get("copy_no"), "status": c["status"],
                  "holder": c.get("holder", "")} for i, b, c in zip(ids, codes, carriers,
                                                                     strict=True)]})
    return Registration(document_id, number, ids, codes)


# -- the workflows -----------------------------------------------------------------------------

def register_incoming(ledger: Ledger, form: IncomingForm) -> Registration:
    now = ledger.clock.now()
    received = _when(form.received_at, now, "收文时间", "received_at")
    level, period = _classification(ledger, form.level, form.period, form.classified_on,
                                    received)
    title = clean(form.title, label="标题或主要内容", field="title", limit=LONG, required=True)
    doc: dict[str, object] = {
        "title": title,
        "doc_no": clean(form.doc_no, label="文号", field="doc_no"),
        # 篇三 八: the register records both who produced the document and who sent it. The
        # 来文机关 first: the form copies it into a blank 产生机关, and a refusal belongs where
        # the clerk typed.
        "sender": clean(form.sender, label="来文机关", field="sender", required=True),
        "producer": clean(form.producer, label="产生机关", field="producer", required=True),
        "classified_on": form.classified_on.isoformat() if form.classified_on else None,
        "received_at": received.isoformat(),
        "pages": _count(form.pages, "页数", "pages", required=True),
        "copies_total": _count(form.copies_total, "份数", "copies_total", required=True),
        "attachments": clean(form.attachments, label="附件", field="attachments", limit=LONG),
        "scope": clean(form.scope, label="知悉范围", field="scope", limit=LONG),
        "handled_by": clean(form.handled_by, label="经办人", field="handled_by") or ledger.actor,
        "notes": clean(form.notes, label="备注", field="notes", limit=LONG, multiline=True),
        **_period_columns(period),
    }
    numbers = parse_copy_numbers(form.copy_numbers)
    _copies_within_total(numbers, doc["copies_total"])  # type: ignore[arg-type]
    location = clean(form.location, label="存放位置", field="location")
    reason = clean(form.second_receipt_reason, label="再次收文原因",
                   field="second_receipt_reason", limit=LONG)
    with ledger.transaction() as tx:
        earlier = _earlier_receipts(tx, doc, numbers)
        if earlier and not reason:
            raise RuleViolation("registration.duplicate", {
                "doc_no": doc["doc_no"], "sender": doc["sender"],
                "earlier": [f"{number}（份号 {format_copy_numbers(copies)}）"
                            for number, copies in earlier]}, "copy_numbers")
        second = ({"reason": reason, "earlier": [number for number, _ in earlier]}
                  if earlier else None)
        loc = _location(tx, location)
        carriers: list[dict[str, object]] = [
            {"copy_no": n, "kind": CarrierKind.DOCUMENT.value, "status": Status.IN_STORE.value,
             "location_id": loc} for n in numbers]
        if second is not None:
            note = f"再次收文（已登记：{'、'.join(second['earlier'])}）：{reason}"
            for c in carriers:
                c["note"] = note
        return _write(ledger, tx, Register.INCOMING, received.year, doc, level, carriers,
                      second_receipt=second)


def _same_unit(a: object, b: object) -> bool:
    """来文机关 compared without width and blanks (省委 办公厅 = 省委办公厅)."""
    def key(v: object) -> str:
        return "".join(unicodedata.normalize("NFKC", str(v or "")).split()).casefold()
    return key(a) == key(b)


def _earlier_receipts(tx: LedgerTx, doc: Mapping[str, object],
                      numbers: list[int]) -> list[tuple[str, list[int]]]:
    """Registrations of the same received document whose 份号 overlap ``numbers`` (篇三 八).

    The same document is the same 文号 from the same 来文机关; without a 文号 nothing can be
    told apart, so nothing is refused."""
    doc_no = str(doc["doc_no"] or "")
    if not doc_no:
        return []
    wanted = set(numbers)
    out: list[tuple[str, list[int]]] = []
    for _id, number, sender, copies in tx.incoming_with_doc_no(doc_no):
        overlap = sorted(wanted.intersection(copies))
        if overlap and _same_unit(sender, doc["sender"]):
            out.append((number, overlap))
    return out


def register_outgoing(ledger: Ledger, form: OutgoingForm) -> Registration:
    now = ledger.clock.now()
    sent = _when(form.sent_at, now, "发文时间", "sent_at")
    level, period = _classification(ledger, form.level, form.period, form.classified_on, sent)
    copies_total = _outgoing_copy_numbers(form)
    recipients = [clean(c.recipient, label="收件单位", field="copies") for c in form.copies]
    joined_recipients = _joined_recipients(recipients)
    channel = _outgoing_channel(form)
    couriers = _outgoing_couriers(form, level, recipients)
    doc = _outgoing_document(ledger, form, sent, period, joined_recipients, channel, couriers,
                             copies_total)
    location = clean(form.location, label="存放位置", field="location")
    with ledger.transaction() as tx:
        loc = _location(tx, location)
        carriers = _outgoing_carriers(form, recipients, loc)
        return _write(ledger, tx, Register.OUTGOING, sent.year, doc, level, carriers)


def _outgoing_copy_numbers(form: OutgoingForm) -> int | None:
    """Checks the copies' numbers against each other and the total; returns the total."""
    if not form.copies:
        raise RuleViolation("registration.no_copies", None, "copies")
    if len(form.copies) > 1000:
        raise RuleViolation("registration.too_many_copies", None, "copies")
    numbers = [c.copy_no for c in form.copies]
    for n in numbers:
        _count(n, "份号", "copies", required=True)
    if len(set(numbers)) != len(numbers):
        raise RuleViolation("registration.copies_repeated", None, "copies")
    copies_total = _count(form.copies_total, "份数", "copies_total", required=False)
    _copies_within_total(numbers, copies_total, "copies")
    return copies_total


def _joined_recipients(recipients: list[str]) -> str:
    """The document's 收件单位: every copy's recipient once."""
    joined_recipients = "；".join(sorted({r for r in recipients if r}))
    if len(joined_recipients) > LONG:
        raise RuleViolation("registration.recipients_too_long", {"LONG": LONG}, "copies")
    return joined_recipients


def _outgoing_channel(form: OutgoingForm) -> str:
    channel = clean(form.channel, label="发送方式", field="channel", required=True)
    if channel not in CHANNELS:
        raise RuleViolation("registration.channel", {"channels": list(CHANNELS)}, "channel")
    return channel


def _outgoing_couriers(form: OutgoingForm, level: Level, recipients: list[str]) -> list[str]:
    couriers = [clean(c, label="送达人", field="couriers") for c in form.couriers]
    couriers = [c for c in couriers if c]
    if repeated_names(couriers):
        raise RuleViolation("registration.courier_repeated", None, "couriers")
    if len("、".join(couriers)) > 400:
        raise RuleViolation("registration.couriers_too_long", None, "couriers")
    if level.rank >= 300 and any(recipients) and len(couriers) < 2:
        # 篇六 第四条: 绝密 goes out with two or more people, both recorded.
        raise RuleViolation("registration.two_couriers", None, "couriers")
    return couriers


def _outgoing_document(ledger: Ledger, form: OutgoingForm, sent: dt.datetime,
                       period: SecrecyPeriod, joined_recipients: str, channel: str,
                       couriers: list[str], copies_total: int | None) -> dict[str, object]:
    return {
        "title": clean(form.title, label="标题或主要内容", field="title", limit=LONG,
                       required=True),
        "doc_no": clean(form.doc_no, label="文号", field="doc_no"),
        "producer": clean(form.producer, label="产生机关", field="producer")
        or ledger.setting("unit_name", ""),
        "sender": ledger.setting("unit_name", ""),
        "recipients": joined_recipients,
        "channel": channel,
        "couriers": "、".join(couriers),
        "classified_on": form.classified_on.isoformat() if form.classified_on else None,
        "received_at": sent.isoformat(),
        "pages": _count(form.pages, "页数", "pages", required=True),
        "copies_total": copies_total,
        "scope": clean(form.scope, label="知悉范围", field="scope", limit=LONG),
        "handled_by": clean(form.handled_by, label="经办人", field="handled_by") or ledger.actor,
        "notes": clean(form.notes, label="备注", field="notes", limit=LONG, multiline=True),
        "signer": clean(form.signer, label="签发人", field="signer") or None,
        **_period_columns(period),
    }


def _outgoing_carriers(form: OutgoingForm, recipients: list[str],
                       loc: int | None) -> list[dict[str, object]]:
    """One carrier per copy: sent out to its recipient, or kept in store at ``loc`` (留存)."""
    carriers: list[dict[str, object]] = []
    for copy, recipient in zip(form.copies, recipients, strict=True):
        sent_out = bool(recipient)
        carriers.append({"copy_no": copy.copy_no, "kind": CarrierKind.DOCUMENT.value,
                         "status": (Status.SENT if sent_out else Status.IN_STORE).value,
                         "holder": recipient, "location_id": None if sent_out else loc})
    return carriers


def register_media(ledger: Ledger, form: MediaForm) -> Registration:
    now = ledger.clock.now()
    if form.kind not in MEDIA_KINDS:
        raise RuleViolation("registration.media_kind", None, "kind")
    level, period = _classification(ledger, form.level, form.period, form.classified_on, now)
    doc: dict[str, object] = {
        "title": clean(form.title, label="名称", field="title", limit=LONG, required=True),
        "serial_no": clean(form.serial_no, label="序列号", field="serial_no", required=True),
        "capacity": clean(form.capacity, label="容量", field="capacity", limit=40),
        "purpose": clean(form.purpose, label="专用用途", field="purpose", limit=LONG,
                         required=True),
        "classified_on": form.classified_on.isoformat() if form.classified_on else None,
        "received_at": now.isoformat(),
        "handled_by": clean(form.handled_by, label="责任人", field="handled_by") or ledger.actor,
        "notes": clean(form.notes, label="备注", field="notes", limit=LONG, multiline=True),
        "scope": clean(form.scope, label="知悉范围", field="scope", limit=LONG),
        "dedicated_computer": clean(form.dedicated_computer, label="专用计算机",
                                    field="dedicated_computer"),
        **_period_columns(period),
    }
    code = barcodes.check(form.barcode) if form.barcode.strip() else ""
    if code and barcodes.is_generated(code):
        # The ledger prints codes of this form for its own carriers; taking one now would
        # collide with the carrier that is given that id later.
        raise RuleViolation("registration.generated_barcode", {"code": code}, "barcode")
    location = clean(form.location, label="存放位置", field="location")
    with ledger.transaction() as tx:
        if code and tx.barcode_taken(code):
            raise RuleViolation("registration.barcode_taken", {"code": code}, "barcode")
        check_serial_free(tx, str(doc["serial_no"]))
        carrier: dict[str, object] = {"copy_no": None, "kind": form.kind.value,
                                      "status": Status.IN_STORE.value,
                                      "location_id": _location(tx, location)}
        if code:
            carrier["barcode"] = code
        return _write(ledger, tx, Register.MEDIA, now.year, doc, level, [carrier])


_BLANKS = re.compile(r"\s+")


def serial_key(serial: str) -> str:
    """A serial number as compared: width folded (NFKC), case folded, every blank removed."""
    return _BLANKS.sub("", unicodedata.normalize("NFKC", serial)).casefold()


def check_serial_free(tx: LedgerTx, serial: str, document_id: int | None = None) -> None:
    """One medium, one registration: refuse a serial number already registered to another
    medium, ignoring case, blanks and width (篇一 8; 篇十一 (二)4)."""
    key = serial_key(serial)
    if not key:
        return
    for doc_id, number, title, other in tx.media_serials():
        if doc_id != document_id and serial_key(other) == key:
            raise RuleViolation("media.serial_taken", {
                "serial": serial, "existing": other, "number": number, "title": title},
                "serial_no")


def describe(values: Mapping[str, object]) -> str:
    """A one-line summary for messages: 编号 and title."""
    return f"{values.get('number', '')} {values.get('title', '')}".strip()


__all__ = ["CHANNELS", "SHORT", "IncomingForm", "MediaForm", "OutgoingCopy", "OutgoingForm",
           "Registration", "check_serial_free", "describe", "register_incoming", "register_media",
           "register_outgoing"]
