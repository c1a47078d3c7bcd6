"""The import of an existing ledger: a dry run that changes nothing, then one workflow.

``plan_import`` reads every row against the rules and the vault and says, per row, what will be
created and every error with its row and column. ``run_import`` plans again inside its one
transaction and writes the documents, carriers, their history (marked as imported, with the
date), the batch and exactly one audit event naming the file and its SHA-256. Rows with errors
are refused, or skipped with the skip recorded when the clerk says so.

Old records are incomplete: a row that lacks what a new registration requires (页数, 产生机关,
知悉范围 …) is imported as it is and marked 待补 with the list of what is missing.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .. import barcodes
from ..carriers import CarrierKind, Register, Status
from ..errors import RuleViolation
from ..levels import SECRET, Level
from ..locations import SAFE
from ..numbering import DEFAULT_FORMAT, carrier_number, document_number, format_copy_numbers
from ..periods import SecrecyPeriod
from ..ports import Ledger, LedgerTx
from ..refusals import render
from ..registration import _classification, _same_unit
from ..text import LONG, SHORT, clean
from .incomplete import check_complete
from .sheets import FIELD_LABEL, Header, Sheet, blank, check_mapping
from .values import (
    fold,
    fold_all,
    parse_codes,
    parse_copy_numbers,
    parse_count,
    parse_date,
    parse_datetime,
    parse_marking,
)

# What a new registration asks for and an old record may lack: imported, marked 待补.
COMPLETABLE = ("copy_numbers", "pages", "producer", "sender", "received_at", "copies_total",
               "scope", "location")
_TEXTS: dict[str, int] = {"doc_no": SHORT, "title": LONG, "sender": SHORT, "producer": SHORT,
                          "scope": LONG, "handled_by": SHORT, "attachments": LONG,
                          "notes": LONG, "location": SHORT, "number": 64}
Progress = Callable[[int, int], None]
_WRITE_CHUNK = 2000  # carriers built and written at a time: memory stays flat at 50,000 rows


@dataclass(frozen=True, slots=True)
class Problem:
    """An error of one row (1-based, as the spreadsheet numbers it) and column."""

    row: int
    column: str  # the column's header, or "" for the row as a whole
    code: str
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return render(self.code, self.params)


@dataclass(slots=True)
class PlannedDocument:
    """What one document of the file will become."""

    rows: list[int]  # the file's rows (1-based), one per copy or range of copies
    number: str  # the original 编号, or "" for a new one
    level: Level
    period: SecrecyPeriod
    doc: dict[str, object]  # the row's values: document columns (and the row's others)
    copies: list[int | None]
    codes: list[str]  # per copy: the original barcode, or "" for a new one
    copy_rows: list[int]  # per copy: its row in the file
    location: str
    missing: list[str]  # 待补: field keys


@dataclass
class ImportPlan:
    sheet: Sheet
    header: Header
    documents: list[PlannedDocument]
    problems: list[Problem]
    data_rows: int  # rows that hold data (blank rows are not counted)

    @property
    def error_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    @property
    def carriers(self) -> int:
        return sum(len(d.copies) for d in self.documents)

    @property
    def incomplete(self) -> int:
        return sum(len(d.copies) for d in self.documents if d.missing)


@dataclass(frozen=True)
class ImportResult:
    batch_id: int
    carrier_ids: list[int]
    new_barcodes: list[int]  # carriers that got a new barcode: their labels are to be printed
    skipped: list[tuple[int, str]]  # (row, reason)


@dataclass(slots=True)
class _Row:
    line: int
    values: dict[str, object]
    missing: list[str]
    level: Level | None = None
    period: SecrecyPeriod = field(default_factory=SecrecyPeriod)


# -- the dry run ---------------------------------------------------------------------------------

def plan_import(ledger: Ledger, sheet: Sheet, header: Header,
                progress: Progress | None = None) -> ImportPlan:
    """The dry run: what the import would create and every error; writes nothing."""
    with ledger.transaction() as tx:
        return _plan(ledger, tx, sheet, header, progress)


def _plan(ledger: Ledger, tx: LedgerTx, sheet: Sheet, header: Header,
          progress: Progress | None) -> ImportPlan:
    check_mapping(header.mapping)
    labels = {f: header.labels[c] or FIELD_LABEL[f] for c, f in header.mapping.items()}
    problems: list[Problem] = []
    now = ledger.clock.now()
    rows: list[_Row] = []
    data = sheet.rows[header.data_row:]
    total = len(data)
    for i, raw in enumerate(data):
        line = header.data_row + i + 1
        if progress is not None and i % 500 == 0:
            progress(i, total)
        if blank(raw):
            continue
        cells = {f: (raw[c] if c < len(raw) else None) for c, f in header.mapping.items()}
        row, errors = _parse_row(ledger, line, cells, labels, now)
        problems.extend(errors)
        if not errors:
            rows.append(row)
    data_rows = sum(1 for r in data if not blank(r))
    documents = _group(rows, labels, problems)
    _check_against_vault(ledger, tx, documents, labels, problems)
    bad = {p.row for p in problems}
    documents = [d for d in documents if not bad.intersection(d.rows)]
    if progress is not None:
        progress(total, total)
    return ImportPlan(sheet, header, documents, problems, data_rows)


def _parse_row(ledger: Ledger, line: int, cells: Mapping[str, object],
               labels: Mapping[str, str], now: dt.datetime) -> tuple[_Row, list[Problem]]:
    errors: list[Problem] = []
    values: dict[str, object] = {}
    missing: list[str] = []
    row = _Row(line, values, missing)

    def fail(fld: str, e: RuleViolation) -> None:
        errors.append(Problem(line, labels.get(fld, ""), e.code, e.params))

    for fld, limit in _TEXTS.items():
        try:
            values[fld] = clean(fold(cells.get(fld)), label=FIELD_LABEL[fld], field=fld,
                                limit=limit, required=fld == "title")
        except RuleViolation as e:
            fail(fld, e)
    try:
        row.level, row.period = parse_marking(cells.get("level"), cells.get("period"),
                                              ledger.levels)
    except RuleViolation as e:
        fail("level" if e.field == "level" else "period" if "period" in labels else "level", e)
    for fld, label in (("pages", "页数"), ("copies_total", "份数")):
        try:
            values[fld] = parse_count(cells.get(fld), label)
        except RuleViolation as e:
            fail(fld, e)
    received: dt.datetime | None = None
    if fold(cells.get("received_at")):
        try:
            received = parse_datetime(cells.get("received_at")).replace(tzinfo=now.tzinfo)
            if received.year < 1949:
                raise RuleViolation("date.before_1949", {"label": "收文日期"}, "received_at")
            if received > now:
                raise RuleViolation("date.after_now", {"label": "收文日期"}, "received_at")
        except RuleViolation as e:
            fail("received_at", e)
    values["received_at"] = received
    classified: dt.date | None = None
    if fold(cells.get("classified_on")):
        try:
            classified = parse_date(cells.get("classified_on"))
        except RuleViolation as e:
            fail("classified_on", e)
    values["classified_on"] = classified
    copies: list[int | None] = [None]
    if fold(cells.get("copy_numbers")):
        try:
            copies = list(parse_copy_numbers(cells.get("copy_numbers")))
        except RuleViolation as e:
            fail("copy_numbers", e)
    values["copies"] = copies
    codes = parse_codes(cells.get("barcode"))
    if codes and len(codes) != len(copies):
        errors.append(Problem(line, labels.get("barcode", ""), "import.barcode_count",
                              {"codes": len(codes), "copies": len(copies)}))
    for code in codes:
        try:
            barcodes.check(code)
        except RuleViolation as e:
            fail("barcode", e)
    values["codes"] = codes or [""] * len(copies)
    status = fold(cells.get("status"))
    if status and status != "在库":
        errors.append(Problem(line, labels.get("status", ""), "import.status",
                              {"status": status}))
    if row.level is not None and not errors:
        happened = received or now
        try:
            _lvl, row.period = _classification(ledger, row.level.code, row.period, classified,
                                               happened)
        except RuleViolation as e:
            fail("classified_on" if e.field == "classified_on" else "period"
                 if "period" in labels else "level", e)
        if values.get("copies_total") is not None and copies != [None]:
            over = [n for n in copies if n is not None and n > int(values["copies_total"])]  # type: ignore[call-overload]
            if over:
                errors.append(Problem(line, labels.get("copy_numbers", ""),
                                      "registration.copies_over_total",
                                      {"over": over, "total": values["copies_total"]}))
    for fld in COMPLETABLE:
        if fld == "copy_numbers":
            empty = copies == [None]
        elif fld == "location":
            empty = not values.get("location") and row.level is not None \
                and row.level.rank >= SECRET.rank
        else:
            empty = values.get(fld) in (None, "")
        if empty:
            missing.append(fld)
    return row, errors


def _doc_key(row: _Row) -> tuple[object, ...]:
    v = row.values
    assert row.level is not None
    return (row.level.code, row.period, v["title"], v["doc_no"], v["sender"], v["producer"],
            v["received_at"], v["classified_on"], v["pages"], v["copies_total"], v["scope"],
            v["handled_by"], v["attachments"], v["notes"])


def _group(rows: list[_Row], labels: Mapping[str, str],
           problems: list[Problem]) -> list[PlannedDocument]:
    """Rows with the same 编号 are copies of one document; each other row is a document."""
    out: list[PlannedDocument] = []
    by_number: dict[str, PlannedDocument] = {}
    keys: dict[str, tuple[object, ...]] = {}
    for row in rows:
        v = row.values
        number = str(v["number"])
        copies = list(v["copies"])  # type: ignore[call-overload]
        codes = list(v["codes"])  # type: ignore[call-overload]
        if number and number in by_number:
            doc = by_number[number]
            if keys[number] != _doc_key(row):
                problems.append(Problem(row.line, labels.get("number", ""),
                                        "import.number_differs",
                                        {"number": number, "first": doc.rows[0]}))
                continue
            clash = sorted({n for n in copies if n in doc.copies and n is not None})
            if clash or None in copies or None in doc.copies:
                problems.append(Problem(row.line, labels.get("copy_numbers", ""),
                                        "import.copy_repeated",
                                        {"number": number, "first": doc.rows[0],
                                         "copies": clash or ["—"]}))
                continue
            doc.rows.append(row.line)
            doc.copies.extend(copies)
            doc.codes.extend(codes)
            doc.copy_rows.extend([row.line] * len(copies))
            doc.missing = sorted(set(doc.missing) | set(row.missing),
                                 key=COMPLETABLE.index)
            continue
        assert row.level is not None
        doc = PlannedDocument(
            rows=[row.line], number=number, level=row.level, period=row.period,
            doc=v,  # the row's values themselves (no copy: 50,000 rows)
            copies=copies, codes=codes, copy_rows=[row.line] * len(copies),
            location=str(v["location"]), missing=list(row.missing))
        out.append(doc)
        if number:
            by_number[number] = doc
            keys[number] = _doc_key(row)
    return out


def _check_against_vault(ledger: Ledger, tx: LedgerTx, documents: list[PlannedDocument],
                         labels: Mapping[str, str], problems: list[Problem]) -> None:
    """Duplicates against the vault and within the file, 存放位置 and the storage rule."""
    seen_codes: dict[str, int] = {}
    seen_docs: dict[tuple[str, str], list[tuple[int, set[int]]]] = {}
    all_codes = [c for d in documents for c in d.codes if c]
    taken_codes = set(tx.barcodes_taken(all_codes)) if all_codes else set()
    numbers = [d.number for d in documents if d.number]
    generated_numbers = [carrier_number(d.number, n) for d in documents if d.number
                         for n in d.copies]
    taken_numbers = set(tx.carrier_numbers_taken(generated_numbers)) if numbers else set()
    next_id = tx.next_carrier_id()
    taken_documents = set(tx.documents_numbered(numbers)) if numbers else set()
    earlier = tx.incoming_by_doc_nos([str(d.doc["doc_no"]) for d in documents])
    locations: dict[str, tuple[int | None, str]] = {}
    for d in documents:
        first = d.rows[0]
        if d.number and (d.number in taken_documents or any(
                carrier_number(d.number, n) in taken_numbers for n in d.copies)):
            problems.append(Problem(first, labels.get("number", ""), "import.number_taken",
                                    {"number": d.number}))
        for code, line in zip(d.codes, d.copy_rows, strict=True):
            if code:
                if code in taken_codes:
                    problems.append(Problem(line, labels.get("barcode", ""),
                                            "registration.barcode_taken", {"code": code}))
                elif code in seen_codes:
                    problems.append(Problem(line, labels.get("barcode", ""),
                                            "import.barcode_repeated",
                                            {"code": code, "first": seen_codes[code]}))
                elif barcodes.is_generated(code) and code != barcodes.for_carrier(next_id):
                    problems.append(Problem(line, labels.get("barcode", ""),
                                            "registration.generated_barcode", {"code": code}))
                seen_codes.setdefault(code, line)
            next_id += 1
        doc_no = str(d.doc["doc_no"])
        wanted = {n for n in d.copies if n is not None}
        if doc_no and wanted:
            for number, sender, copies in earlier.get(doc_no, []):
                overlap = sorted(wanted.intersection(copies))
                if overlap and _same_unit(sender, d.doc["sender"]):
                    problems.append(Problem(first, labels.get("copy_numbers", ""),
                                            "import.duplicate_document", {
                                                "doc_no": doc_no, "sender": d.doc["sender"],
                                                "earlier": number,
                                                "copies": format_copy_numbers(overlap)}))
            key = (doc_no, "".join(fold_all(d.doc["sender"]).split()).casefold())
            for line, other in seen_docs.get(key, []):
                overlap = sorted(wanted & other)
                if overlap:
                    problems.append(Problem(first, labels.get("copy_numbers", ""),
                                            "import.duplicate_in_file", {
                                                "doc_no": doc_no, "first": line,
                                                "copies": format_copy_numbers(overlap)}))
            seen_docs.setdefault(key, []).append((first, wanted))
        if d.location:
            if d.location not in locations:
                loc = tx.location_id(d.location)
                locations[d.location] = (loc, tx.location_kind(loc) if loc else "")
            loc, kind = locations[d.location]
            if loc is None:
                problems.append(Problem(first, labels.get("location", ""),
                                        "location.unknown_add", {"location": d.location}))
            elif d.level.rank >= SECRET.rank and kind != SAFE:
                problems.append(Problem(first, labels.get("location", ""),
                                        "import.safe_required", {
                                            "level": d.level.name, "location": d.location}))


# -- the import ----------------------------------------------------------------------------------

def run_import(ledger: Ledger, sheet: Sheet, header: Header, *, skip_errors: bool = False,
               progress: Progress | None = None) -> ImportResult:
    """Import the file in one transaction with one audit event (file name and SHA-256).

    Refused while any row has an error, unless ``skip_errors``: then those rows are skipped and
    the skip is recorded in the batch and its audit event."""
    with ledger.transaction() as tx:
        plan = _plan(ledger, tx, sheet, header, progress)
        if plan.problems and not skip_errors:
            raise RuleViolation("import.has_errors", {
                "rows": len(plan.error_rows), "first": plan.problems[0].row,
                "message": plan.problems[0].message}, "file")
        if not plan.documents:
            raise RuleViolation("import.nothing", None, "file")
        skipped: list[tuple[int, str]] = []
        for p in plan.problems:
            if not skipped or skipped[-1][0] != p.row:
                skipped.append((p.row, f"{p.column}：{p.message}" if p.column else p.message))
        batch_id = tx.insert_import_batch({
            "file_name": sheet.name[:400] or "?", "sha256": sheet.sha256,
            "encoding": sheet.encoding, "header_key": plan.header.key,
            "mapping": json.dumps({str(c): f for c, f in sorted(plan.header.mapping.items())}),
            "rows_total": plan.data_rows,
            "skipped": json.dumps(skipped, ensure_ascii=False)})
        fmt = ledger.setting(f"number_format.{Register.INCOMING.value}", DEFAULT_FORMAT)
        now = dt.datetime.fromisoformat(tx.now)
        note = f"导入（{sheet.name}，{now.date().isoformat()}）"
        seqs = tx.last_seqs(Register.INCOMING.value)
        document_id = tx.next_document_id() - 1
        carrier_id = tx.next_carrier_id() - 1
        docs: list[dict[str, object]] = []
        carriers: list[dict[str, object]] = []
        events: list[dict[str, object]] = []
        ids: list[int] = []
        new_codes: list[int] = []
        items: list[tuple[int, int, list[str]]] = []
        numbered: list[tuple[str, int, int]] = []  # (编号, year, seq) of each document
        for d in plan.documents:
            received = d.doc["received_at"] or now
            assert isinstance(received, dt.datetime)
            year = received.year
            seq = seqs[year] = seqs.get(year, 0) + 1
            numbered.append((d.number or document_number(fmt, Register.INCOMING, year, seq),
                             year, seq))
        generated = [n for (n, _y, _s), d in zip(numbered, plan.documents, strict=True)
                     if not d.number]
        clash = tx.documents_numbered(generated) or sorted(
            set(generated) & {d.number for d in plan.documents if d.number})
        if clash:  # the unit's number format prints a number the file already uses
            raise RuleViolation("number_format.clash", {"number": clash[0]}, "number_format")
        locations: dict[str, int | None] = {}
        for i, (d, (number, year, seq)) in enumerate(zip(plan.documents, numbered,
                                                         strict=True)):
            if progress is not None and i % 500 == 0:
                progress(i, len(plan.documents))
            received = d.doc["received_at"] or now
            assert isinstance(received, dt.datetime)
            classified = d.doc["classified_on"]
            document_id += 1
            doc: dict[str, object] = {
                "id": document_id,
                **{k: d.doc[k] for k in ("title", "doc_no", "sender", "producer", "pages",
                                         "copies_total", "scope", "attachments", "notes")},
                "handled_by": d.doc["handled_by"] or ledger.actor,
                "classified_on": classified.isoformat() if isinstance(classified, dt.date)
                else None,
                "received_at": received.isoformat(),
                "register": Register.INCOMING.value, "number": number, "year": year, "seq": seq,
                "level_code": d.level.code, "registered_at": tx.now,
                **d.period.to_columns()}
            docs.append(doc)
            if d.location and d.location not in locations:
                locations[d.location] = tx.location_id(d.location)
            loc = locations.get(d.location) if d.location else None
            missing_labels = "、".join(FIELD_LABEL[f] for f in d.missing)
            for copy_no, code, line in zip(d.copies, d.codes, d.copy_rows, strict=True):
                carrier_id += 1
                carriers.append({
                    "id": carrier_id, "document_id": document_id,
                    "barcode": code or barcodes.for_carrier(carrier_id), "copy_no": copy_no,
                    "kind": CarrierKind.DOCUMENT.value, "status": Status.IN_STORE.value,
                    "location_id": loc, "register": Register.INCOMING.value,
                    "number": carrier_number(number, copy_no), "level_code": d.level.code,
                    "level_rank": d.level.rank, "title": doc["title"], "doc_no": doc["doc_no"],
                    "sender": doc["sender"], "registered_at": tx.now})
                events.append({
                    "carrier_id": carrier_id, "document_id": document_id,
                    "after": Status.IN_STORE.value,
                    "note": note + (f"；待补：{missing_labels}" if missing_labels else "")})
                ids.append(carrier_id)
                if not code:
                    new_codes.append(carrier_id)
                items.append((carrier_id, line, list(d.missing)))
            if len(carriers) >= _WRITE_CHUNK:  # a bounded batch in memory at a time
                tx.insert_imported(docs, carriers, events)
                docs, carriers, events = [], [], []
        tx.insert_imported(docs, carriers, events)
        del docs, carriers, events
        tx.insert_import_items(batch_id, items)
        tx.audit("import", ids, {
            "batch": batch_id, "file": sheet.name, "sha256": sheet.sha256,
            "encoding": sheet.encoding, "rows": plan.data_rows, "documents": len(plan.documents),
            "carriers": len(ids), "incomplete": sum(1 for _, _, m in items if m),
            "skipped": [list(s) for s in skipped]})
        if progress is not None:
            progress(len(plan.documents), len(plan.documents))
        return ImportResult(batch_id, ids, new_codes, skipped)


def remembered_header(ledger: Ledger, header: Header) -> Header:
    """``header`` with the mapping last used for the same header row, where there is one."""
    with ledger.transaction() as tx:
        mapping = tx.remembered_mapping(header.key)
    if mapping:
        header.mapping = {c: f for c, f in mapping.items()
                          if c < len(header.labels) and f in FIELD_LABEL}
    return header


# -- voiding a batch -----------------------------------------------------------------------------

def void_batch(ledger: Ledger, batch_id: int, reason: str) -> list[int]:
    """作废: a batch imported by mistake leaves the registers as a whole and stays in the
    history. Refused once any of its carriers has moved (lent, circulated, disposed of)."""
    reason = clean(reason, label="作废原因", field="reason", limit=LONG, required=True)
    with ledger.transaction() as tx:
        row = tx.import_batch_row(batch_id)
        if row is None:
            raise RuleViolation("import.batch_unknown", {"batch": batch_id}, "batch")
        if row["voided_at"] is not None:
            raise RuleViolation("import.batch_voided", {
                "batch": batch_id, "at": str(row["voided_at"])[:10]}, "batch")
        carriers = tx.import_batch_carriers(batch_id)
        moved = [number for _cid, number, status in carriers if status != Status.IN_STORE.value]
        if moved:
            raise RuleViolation("import.void_moved", {"carriers": moved[:10]}, "batch")
        tx.void_import_batch(batch_id, reason)
        ids = [cid for cid, _, _ in carriers]
        tx.record_events("import_void", [{"carrier_id": cid, "note": reason} for cid in ids])
        tx.audit("import_void", ids, {"batch": batch_id, "file": row["file_name"],
                                      "sha256": row["sha256"], "reason": reason})
        return ids


# -- 待补 -----------------------------------------------------------------------------------------

def complete_carrier(ledger: Ledger, carrier_id: int, values: Mapping[str, object]) -> list[str]:
    """Fill in what an imported carrier lacks (待补); returns what is still missing.

    ``values`` maps field keys of ``COMPLETABLE`` to the values as typed."""
    with ledger.transaction() as tx:
        missing = tx.missing_fields(carrier_id)
        row = tx.carrier_row(carrier_id)
        given = {k: v for k, v in values.items() if k in missing and fold(v)}
        if not given:
            raise RuleViolation("import.complete_nothing", None, "values")
        doc_updates: dict[str, object] = {}
        carrier_updates: dict[str, object] = {}
        for fld, raw in given.items():
            label = FIELD_LABEL[fld]
            if fld in ("pages", "copies_total"):
                try:
                    doc_updates[fld] = parse_count(raw, label)
                except RuleViolation as e:  # shown at the field being completed
                    raise e.for_field(fld) from None
            elif fld == "received_at":
                try:
                    when = parse_datetime(raw).replace(tzinfo=ledger.clock.now().tzinfo)
                except RuleViolation as e:
                    raise e.for_field(fld) from None
                doc_updates[fld] = when.isoformat()
            elif fld == "location":
                name = clean(fold(raw), label=label, field=fld)
                loc = tx.location_id(name)
                if loc is None:
                    raise RuleViolation("location.unknown_add", {"location": name}, fld)
                level = ledger.levels.get(str(row["level_code"]))
                if level.rank >= SECRET.rank and tx.location_kind(loc) != SAFE:
                    raise RuleViolation("import.safe_required",
                                        {"level": level.name, "location": name}, fld)
                carrier_updates["location_id"] = loc
            elif fld == "copy_numbers":
                continue  # a 份号 changes the carrier's 编号: a correction, not a completion
            else:
                doc_updates[fld] = clean(fold(raw), label=label, field=fld,
                                         limit=_TEXTS.get(fld, SHORT))
        document_id = int(row["document_id"])  # type: ignore[call-overload]
        if doc_updates:
            tx.update_document(document_id, doc_updates)
        if carrier_updates:
            tx.update_carrier(carrier_id, carrier_updates)
        done = [f for f in missing if f in given and f != "copy_numbers"]
        # What belongs to the document is completed for each of its copies.
        for cid, _copy in tx.copies_of_document(document_id):
            tx.complete_missing(cid, done if cid == carrier_id
                                else [f for f in done if f != "location"])
        tx.record_events("import_complete", [{
            "carrier_id": carrier_id, "document_id": document_id, "after": dict(given),
            "note": "补录：" + "、".join(FIELD_LABEL[f] for f in done)}])
        tx.audit("import_complete", [carrier_id], {"fields": done, "values": {
            k: str(v) for k, v in given.items()}})
        return [f for f in missing if f not in done]


def carriers_to_complete(ledger: Ledger) -> list[Mapping[str, object]]:
    """Carriers imported as 待补 (for the dashboard): id, number, title and missing fields."""
    with ledger.transaction() as tx:
        return tx.incomplete_carriers()


__all__ = ["COMPLETABLE", "ImportPlan", "ImportResult", "PlannedDocument", "Problem",
           "carriers_to_complete", "check_complete", "complete_carrier", "plan_import",
           "remembered_header", "run_import", "void_batch"]
