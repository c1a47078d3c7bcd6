"""From an open vault to a document: the glue the UI and the command line share.

The vault is typed as ``core.ledger_reader.LedgerReader`` (a read-only protocol the real Vault
meets), so ``printing`` still depends on ``core`` only. Nothing here writes to the ledger: the
caller audits with ``core.printing_audit.record_print`` once the job has really left the PC
(the preview's "print" or "save", or the command line's file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence, Set
from dataclasses import dataclass
from typing import Any, TypeVar

from ..core.carriers import CarrierView, Register
from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter, SortKey
from ..core.ledger_reader import LedgerReader
from ..core.number_range import NumberRange
from ..core.text import clean
from .labels import LabelItem, LabelRun, LabelTemplate, render_labels
from .output import Target
from .registers import REGISTERS, RegisterDefinition, RenderResult, render_register

MAX_LABELS = 5000  # one job; about 25 s of rendering and 209 A4 sheets of 3×8
_CHUNK = 500

# Rows of a register, in print order, under the clerk's filter.
RowSource = Callable[[LedgerReader, LedgerFilter], Iterable[Any]]
# Registers whose rows are not simply the carriers of one ``Register`` (circulation, loans …)
# declare their source here beside their definition in ``REGISTERS``.
SOURCES: dict[str, RowSource] = {}
# Documents listed like registers but drawn by a layout of their own (the destruction manifest):
# (reader, the clerk's filter, target, marking, print time) → what was rendered.
Renderer = Callable[[LedgerReader, LedgerFilter, Target, str, "dt.datetime | None"],
                    RenderResult]
RENDERERS: dict[str, Renderer] = {}


def _carriers_of(register: Register) -> RowSource:
    def rows(reader: LedgerReader, f: LedgerFilter) -> Iterable[CarrierView]:
        # The register's own filter replaces any register choice in the ledger's filter: the
        # clerk picked this register from the menu. Registration order = the paper register's.
        own = dataclasses.replace(f, registers=frozenset({register}))
        return reader.ledger.iter_views(own, SortKey.REGISTERED)
    return rows


def row_source(key: str) -> RowSource:
    if key in SOURCES:
        return SOURCES[key]
    try:
        return _carriers_of(Register(key))
    except ValueError:
        raise RuleViolation("print.register_unavailable", {"key": key}, "register") from None


def printable_registers() -> dict[str, RegisterDefinition]:
    """Every register that has a definition and rows: what the menu and the CLI offer."""
    carrier_registers = {r.value for r in Register}
    return {k: d for k, d in REGISTERS.items() if k in SOURCES or k in carrier_registers}


def filter_text(reader: LedgerReader, f: LedgerFilter) -> str:
    """The clerk's filter in words, as printed on every page and written into the audit."""
    names = {lv.code: lv.name for lv in reader.levels}
    rest = dataclasses.replace(f, registers=frozenset(), location_id=None)
    parts = [] if rest == LedgerFilter() else [rest.describe(names)]
    if f.location_id is not None:  # describe() knows no location names
        place = next((n for i, n, _k in reader.locations() if i == f.location_id), "")
        parts.append(f"位置：{place or f.location_id}")
    return "；".join(p for p in parts if p) or "全部"


@dataclass(frozen=True)
class RegisterJob:
    """A rendered register and what its audit event needs."""

    key: str
    title: str
    pages: int
    rows: int
    filter_text: str
    checkpoint: str
    marking: str = ""  # the level printed on every page, recorded in the print's audit event
    listed: str = ""  # the highest level it lists: the lowest marking the clerk may choose


MARKING_MAX_CHARS = 40  # "机密★10年" and its like; it is printed in every page's header


def register_marking(text: str | None) -> str:
    """The marking the clerk asked for, cleaned ("" = the highest level listed), or a
    ``RuleViolation``: a control character would print as nothing in the one place that says
    how to keep it. Whether it is a level, and not lower than the rows, is checked on render."""
    return clean(text or "", label="登记簿的密级标志", field="marking", limit=MARKING_MAX_CHARS)


T = TypeVar("T")
_NOT_A_RAISE = frozenset({"print.marking_below_listed", "print.marking_not_level"})


def preferred_marking(render: Callable[[str], T], preferred: str | None) -> T:
    """Render with the clerk's preferred marking (the setting), or, when that is not a level or
    is lower than what the document lists, with the highest level listed: a preference may
    raise a document's marking, never lower it. (A refused render wrote nothing.)"""
    if not (preferred or "").strip():
        return render("")
    try:
        return render(str(preferred))
    except RuleViolation as e:
        if e.code not in _NOT_A_RAISE:
            raise
    return render("")


def register_pdf(reader: LedgerReader, key: str, ledger_filter: LedgerFilter, out: Target, *,
                 marking: str, printed_at: dt.datetime | None = None) -> RegisterJob:
    """Render register ``key`` under ``ledger_filter`` (plus the register's own) to ``out``.
    ``marking``: a level not lower than any listed, or blank for the highest listed."""
    definition = REGISTERS.get(key)
    if definition is None or key not in printable_registers():
        raise RuleViolation("print.no_such_register", {"key": key}, "register")
    text = filter_text(reader, ledger_filter)
    checkpoint = reader.audit_head().checkpoint  # read before the rows: the state printed
    if key in RENDERERS:
        result = RENDERERS[key](reader, ledger_filter, out, register_marking(marking),
                                printed_at)
        return RegisterJob(key, definition.title, result.pages, result.rows, text, checkpoint,
                           result.marking, result.listed)
    rows = row_source(key)(reader, ledger_filter)
    rendered: RenderResult = render_register(
        definition, rows, out, unit_name=reader.unit_name,
        register_marking=register_marking(marking),
        filter_text=text, checkpoint=checkpoint,
        printed_at=printed_at or reader.clock.now(), levels=reader.levels)
    return RegisterJob(key, definition.title, rendered.pages, rendered.rows, text, checkpoint,
                       rendered.marking, rendered.listed)


LabelSelection = Sequence[int] | NumberRange


def select_carriers(reader: LedgerReader, selection: LabelSelection) -> list[CarrierView]:
    """The carriers to label, in order: given ids as given, a range of numbers by number."""
    if isinstance(selection, NumberRange):
        ids = reader.ledger.ids_by_number(selection.first, selection.upper_bound,
                                          MAX_LABELS + 1)
        if not ids:
            raise RuleViolation("labels.range_empty", {"range": selection.describe()}, "numbers")
    else:
        ids = list(dict.fromkeys(selection))  # a carrier selected twice gets one label
        if not ids:
            raise RuleViolation("labels.none_chosen")
    if len(ids) > MAX_LABELS:
        raise RuleViolation("labels.too_many", {"max": MAX_LABELS})
    views: list[CarrierView] = []
    for i in range(0, len(ids), _CHUNK):
        views += reader.ledger.by_ids(ids[i:i + _CHUNK])
    return views


@dataclass(frozen=True)
class LabelJob:
    pages: int
    labels: int
    carrier_ids: tuple[int, ...]
    template: str
    what: str  # for the audit: labels on which stock
    selection_text: str  # for the audit: which carriers (a range of numbers, or a selection)


def labels_pdf(reader: LedgerReader, selection: LabelSelection, template: LabelTemplate,
               out: Target, *, start: int = 1, skip: Set[int] = frozenset(),
               offset_mm: tuple[float, float] = (0.0, 0.0)) -> LabelJob:
    """One label per selected carrier, on ``template`` from position ``start``."""
    carriers = select_carriers(reader, selection)
    run: LabelRun = render_labels((LabelItem.from_carrier(cv) for cv in carriers), template, out,
                                  unit_name=reader.unit_name, start=start, skip=skip,
                                  offset_mm=offset_mm)
    chosen = (f"编号 {selection.describe()}" if isinstance(selection, NumberRange)
              else f"选中的 {len(carriers)} 个载体")
    return LabelJob(run.pages, run.labels, tuple(cv.id for cv in carriers), template.name,
                    f"标签（{template.name}）", chosen)
