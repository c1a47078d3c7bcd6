"""Export of a register or a filtered ledger view to .xlsx or .csv, in the columns the import
understands, so that export → import → export gives the same file.

The sheet starts with the marking of the highest level it lists (篇十二 五: a register is
managed at the highest level it lists) and the notice that the file is not encrypted and is a
classified carrier; then the header row and one row per carrier. The file is written whole under
a temporary name, the export is audited, and only then is it put in place (``OutputFile``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..carriers import STATUS_LABEL, CarrierView
from ..errors import RuleViolation
from ..levels import Level
from ..output_file import CARRIER_NOTICE, OutputFile
from ..periods import PeriodKind
from ..ports import Ledger
from ..print_marking import document_marking
from .sheets import FIELDS

HEADERS = [label for _, label in FIELDS]
# The warning the clerk sees before choosing where an export goes.
EXPORT_WARNING = ("导出的文件没有加密：它是涉密载体，须按其最高密级登记、保管和销毁，"
                  "只能存放在涉密计算机或涉密存储介质上。")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries: the same bytes for the same content


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    marking: str
    audit_seq: int


def _when(value: object) -> str:
    if not value:
        return ""
    when = dt.datetime.fromisoformat(str(value))
    if (when.hour, when.minute, when.second) == (0, 0, 0):
        return when.date().isoformat()
    return when.strftime("%Y-%m-%d %H:%M")


def row_of(view: CarrierView) -> list[str]:
    """One carrier in the export's columns (all text: the same in .xlsx and .csv)."""
    period = "" if view.period.kind is PeriodKind.UNMARKED else view.period.text(view.level)
    extra = view.extra
    values = {
        "number": str(extra.get("document_number") or view.number),
        "barcode": view.barcode,
        "doc_no": view.doc_no,
        "level": view.level.name,
        "period": period,
        "title": view.title,
        "sender": view.sender,
        "producer": view.producer,
        "received_at": _when(extra.get("received_at")),
        "classified_on": view.classified_on.isoformat() if view.classified_on else "",
        "copies_total": "" if view.copies_total is None else str(view.copies_total),
        "copy_numbers": "" if view.copy_no is None else str(view.copy_no),
        "pages": "" if view.pages is None else str(view.pages),
        "scope": str(extra.get("scope") or ""),
        "location": view.location,
        "handled_by": str(extra.get("handled_by") or ""),
        "attachments": str(extra.get("attachments") or ""),
        "status": STATUS_LABEL[view.status],
        "notes": str(extra.get("notes") or ""),
    }
    return [values[key] for key, _ in FIELDS]


def sheet_rows(ledger: Ledger, views: Sequence[CarrierView], what: str,
               filter_text: str) -> tuple[list[list[str]], Level]:
    """The rows of the file: marking, title with the notice, header, carriers."""
    marking = document_marking(ledger.levels, None, [v.level for v in views])
    title = f"{what}（{filter_text}）" if filter_text else what
    rows = [[marking.name], [f"{title}　{CARRIER_NOTICE}"], list(HEADERS)]
    rows.extend(row_of(v) for v in views)
    return rows, marking


def csv_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """UTF-8 with a BOM, which Excel opens as UTF-8; CRLF as csv writes it."""
    buf = io.StringIO(newline="")
    csv.writer(buf).writerows(rows)
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def xlsx_bytes(rows: Iterable[Sequence[str]]) -> bytes:
    """An .xlsx of text cells, written by openpyxl; its zip entries carry a fixed time and its
    document properties none, so the same rows give the same bytes."""
    import openpyxl  # only an export needs it
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("台账")
    for row in rows:
        sheet.append(list(row))
    fixed = dt.datetime(2000, 1, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    raw = io.BytesIO()
    book.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _fixed_core(data)
            entry = zipfile.ZipInfo(info.filename, date_time=_FIXED_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            dst.writestr(entry, data)
    return out.getvalue()


def _fixed_core(data: bytes) -> bytes:
    """openpyxl stamps the save time into ``dcterms:modified``; the export carries none."""
    import re
    return re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                  rb"\g<1>2000-01-01T00:00:00Z\g<2>", data)


def export_sheet(ledger: Ledger, views: Sequence[CarrierView], path: Path | str, *, what: str,
                 filter_text: str = "") -> ExportResult:
    """Write ``views`` to ``path`` (.xlsx or .csv) and audit it; nothing is left behind when
    anything fails."""
    path = Path(path)
    kind = path.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise RuleViolation("export.file_kind", {"name": path.name}, "file")
    rows, marking = sheet_rows(ledger, views, what, filter_text)
    data = xlsx_bytes(rows) if kind == ".xlsx" else csv_bytes(rows)
    with OutputFile(path) as out:
        out.write(data)
        with ledger.transaction() as tx:
            seq = tx.audit("export_sheet", sorted({v.id for v in views}), {
                "what": what, "filter": filter_text, "rows": len(views),
                "destination": str(path), "marking": marking.name, "format": kind[1:]})
        final = out.commit()
    return ExportResult(final, len(views), marking.name, seq)


__all__ = ["EXPORT_WARNING", "HEADERS", "ExportResult", "csv_bytes", "export_sheet", "row_of",
           "sheet_rows", "xlsx_bytes"]
