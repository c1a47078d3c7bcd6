"""Reading a sheet (.xlsx or .csv) into rows, finding its header and mapping its columns.

Old ledgers are messy: a title row above the header, headers spread over merged cells or two
rows, blank rows between the entries, full-width digits. ``read_sheet`` returns the grid as
strings and values; ``find_header`` finds the header row(s) and ``guess_mapping`` recognises the
common Chinese headers.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from ..errors import RuleViolation
from .values import fold, fold_all, squeeze

# The fields an import understands, in the order of the export's columns, with the header the
# export writes.
FIELDS: tuple[tuple[str, str], ...] = (
    ("number", "编号"),
    ("barcode", "条码"),
    ("doc_no", "文号"),
    ("level", "密级"),
    ("period", "保密期限"),
    ("title", "标题"),
    ("sender", "来文机关"),
    ("producer", "产生机关"),
    ("received_at", "收文日期"),
    ("classified_on", "定密日期"),
    ("copies_total", "份数"),
    ("copy_numbers", "份号"),
    ("pages", "页数"),
    ("scope", "知悉范围"),
    ("location", "存放位置"),
    ("handled_by", "经办人"),
    ("attachments", "附件"),
    ("status", "状态"),
    ("notes", "备注"),
)
FIELD_LABEL = dict(FIELDS)

# Headers people write, squeezed (no blanks), by field; matched whole first, then by prefix.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("编号", "登记编号", "登记号", "收文编号", "收文号", "顺序号", "序号", "流水号"),
    "barcode": ("条码", "条形码", "条码号"),
    "doc_no": ("文号", "发文字号", "发文文号", "来文文号", "文件编号", "文件字号", "字号"),
    "level": ("密级", "密级标志", "密级及保密期限", "密级和保密期限", "密级/保密期限", "标志"),
    "period": ("保密期限", "期限"),
    "title": ("标题", "文件名称", "文件标题", "名称", "题名", "文件题目", "主要内容",
              "标题或主要内容", "文件名称或主要内容"),
    "sender": ("来文机关", "来文单位", "发文机关", "发文单位", "来文机关名称"),
    "producer": ("产生机关", "制发机关", "产生单位", "制发单位", "定密机关"),
    "received_at": ("收文日期", "收文时间", "收到日期", "登记日期", "日期", "收文日"),
    "classified_on": ("定密日期", "定密时间", "成文日期"),
    "copies_total": ("份数", "总份数", "印发份数"),
    "copy_numbers": ("份号", "份号范围"),
    "pages": ("页数", "页码数", "张数"),
    "scope": ("知悉范围", "阅知范围", "传阅范围"),
    "location": ("存放位置", "存放地点", "保管位置", "存放处"),
    "handled_by": ("经办人", "签收人", "登记人"),
    "attachments": ("附件",),
    "status": ("状态", "当前状态", "去向"),
    "notes": ("备注", "说明"),
}
_BY_HEADER = {name: key for key, names in _SYNONYMS.items() for name in names}
_HEADER_CLEAN = re.compile(r"[()（）\[\]【】:：*＊\n\r\t ]")

MAX_ROWS = 200_000
_SCAN_ROWS = 12  # the header is within the first rows (a title row or two above it)


def header_key(text: object) -> str:
    """A header cell as compared: folded, without blanks, brackets or colons."""
    return _HEADER_CLEAN.sub("", squeeze(fold_all(text)))


def recognise(text: object) -> str | None:
    """The field a header names, or None."""
    key = header_key(text)
    if not key:
        return None
    if key in _BY_HEADER:
        return _BY_HEADER[key]
    for name, fld in sorted(_BY_HEADER.items(), key=lambda kv: -len(kv[0])):
        if len(name) >= 2 and key.startswith(name):
            return fld
    return None


@dataclass
class Sheet:
    """A file as read: its name, SHA-256, encoding (CSV) and rows of cell values."""

    name: str
    sha256: str
    encoding: str  # "xlsx", or the CSV encoding used: utf-8, utf-8-sig, gb18030
    rows: list[list[object]]


@dataclass
class Header:
    """Where the header is and what each column is."""

    first_row: int  # 0-based index of the first header row
    data_row: int  # 0-based index of the first data row
    labels: list[str]  # one per column: the header as the clerk sees it
    mapping: dict[int, str] = field(default_factory=dict)  # column index -> field

    @property
    def key(self) -> str:
        """What a mapping is remembered by: the header row's labels."""
        return hashlib.sha256("\x1f".join(header_key(x) for x in self.labels)
                              .encode("utf-8")).hexdigest()[:32]


# -- reading ------------------------------------------------------------------------------------

def read_sheet(path: Path) -> Sheet:
    """Read ``path`` (.xlsx or .csv); refuses other kinds and unreadable files."""
    data = _read_bytes(path)
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        rows = _xlsx_rows(data, path.name)
        encoding = "xlsx"
    elif suffix == ".csv":
        text, encoding = decode_csv(data, path.name)
        rows = _csv_rows(text)
    else:
        raise RuleViolation("import.file_kind", {"name": path.name}, "file")
    return Sheet(path.name, digest, encoding, rows)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise RuleViolation("import.file_missing", {"name": str(path)}, "file") from None
    except IsADirectoryError:
        raise RuleViolation("import.file_missing", {"name": str(path)}, "file") from None


def decode_csv(data: bytes, name: str = "") -> tuple[str, str]:
    """The text of a CSV and the encoding used: UTF-8 with a BOM, UTF-8, or GB18030 (a superset
    of GBK, what Chinese Excel writes by default)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise RuleViolation("import.encoding", {"name": name}, "file") from None


def _csv_rows(text: str) -> list[list[object]]:
    sample = text[:4096]
    delimiter = ","
    if sample.count("\t") > sample.count(",") and sample.count("\t") > 0:
        delimiter = "\t"
    rows: list[list[object]] = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append(list(row))
        if len(rows) > MAX_ROWS:
            raise RuleViolation("import.too_many_rows", {"max": MAX_ROWS}, "file")
    return rows


def _xlsx_rows(data: bytes, name: str) -> list[list[object]]:
    import openpyxl  # only an import needs it: not loaded at start
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise RuleViolation("import.xlsx_unreadable", {"name": name}, "file") from None
    try:
        sheet = book.worksheets[0]
        rows: list[list[object]] = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                raise RuleViolation("import.too_many_rows", {"max": MAX_ROWS}, "file")
        sheet_path = _first_sheet_path(book)
    finally:
        book.close()
    for top, left, bottom, right in _merged_ranges(data, sheet_path):
        if top >= len(rows):
            continue
        value = rows[top][left] if left < len(rows[top]) else None
        for r in range(top, min(bottom, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= right:
                row.extend([None] * (right + 1 - len(row)))
            for c in range(left, right + 1):
                row[c] = value
    return rows


def _first_sheet_path(book: object) -> str:
    sheet = book.worksheets[0]  # type: ignore[attr-defined]
    return str(getattr(sheet, "_worksheet_path", "") or "xl/worksheets/sheet1.xml")


_CELL = re.compile(r"^([A-Z]{1,3})(\d+)$")


def _cell_index(ref: str) -> tuple[int, int]:
    m = _CELL.match(ref)
    if not m:
        raise ValueError(ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def _merged_ranges(data: bytes, sheet_path: str) -> Iterator[tuple[int, int, int, int]]:
    """The merged cell ranges of the sheet (0-based top, left, bottom, right): openpyxl's
    streaming reader does not report them, so they are read from the sheet's XML."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        member = sheet_path.lstrip("/")
        if member not in z.namelist():
            return
        with z.open(member) as f:
            for _event, el in ElementTree.iterparse(f):
                if el.tag.endswith("}mergeCell"):
                    a, _, b = str(el.get("ref", "")).partition(":")
                    try:
                        top, left = _cell_index(a)
                        bottom, right = _cell_index(b or a)
                    except ValueError:
                        continue
                    yield top, left, bottom, right
                elif el.tag.endswith("}row"):
                    el.clear()


# -- the header ---------------------------------------------------------------------------------

def blank(row: Sequence[object]) -> bool:
    return all(not fold(v) for v in row)


def find_header(rows: Sequence[Sequence[object]],
                remembered: Mapping[str, Mapping[int, str]] | None = None) -> Header:
    """The header row (the first row within the top rows that names two or more known fields,
    after any title rows) and, where the row below completes it, the second header row.

    ``remembered`` maps a header key to the mapping the clerk chose for it before; it wins over
    the automatic recognition."""
    best, best_count = -1, 0
    for i, row in enumerate(rows[:_SCAN_ROWS]):
        count = len({f for v in row if (f := recognise(v))})
        if count > best_count:
            best, best_count = i, count
    if best < 0 or best_count < 2:
        first = next((i for i, r in enumerate(rows) if not blank(r)), 0)
        width = len(rows[first]) if rows else 0
        labels = [fold(v) for v in rows[first]] if rows else []
        return Header(first, first + 1, labels + [""] * (width - len(labels)))
    top = list(rows[best])
    width = max((len(r) for r in rows[best:best + 2]), default=0)
    top += [None] * (width - len(top))
    labels = [fold(v) for v in top]
    data_row = best + 1
    below = list(rows[best + 1]) if best + 1 < len(rows) else []
    below += [None] * (width - len(below))
    # A second header row: it names known fields and holds no data (no dates, no numbers only).
    if best + 1 < len(rows) and any(recognise(v) for v in below) and all(
            not fold(v) or recognise(v) or fold(v) == labels[c] for c, v in enumerate(below)):
        for c, v in enumerate(below):
            sub = fold(v)
            if sub and sub != labels[c]:
                labels[c] = sub if not labels[c] or recognise(sub) else f"{labels[c]}{sub}"
        data_row = best + 2
    header = Header(best, data_row, labels)
    seen: set[str] = set()
    for c, label in enumerate(labels):
        f = recognise(label)
        if f and f not in seen:
            header.mapping[c] = f
            seen.add(f)
    if remembered and header.key in remembered:
        header.mapping = {int(c): f for c, f in remembered[header.key].items()
                          if int(c) < len(labels) and f in FIELD_LABEL}
    return header


def check_mapping(mapping: Mapping[int, str]) -> None:
    """A mapping names each field once and maps the fields an import cannot do without."""
    fields = list(mapping.values())
    twice = sorted({FIELD_LABEL[f] for f in fields if fields.count(f) > 1})
    if twice:
        raise RuleViolation("import.mapping_twice", {"fields": twice}, "mapping")
    missing = [FIELD_LABEL[f] for f in ("title", "level") if f not in fields]
    if missing:
        raise RuleViolation("import.mapping_missing", {"fields": missing}, "mapping")
