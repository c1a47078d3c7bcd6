"""From an open vault to a document: the glue the UI and the command line share.

The vault is typed as ``core.ledger_reader.LedgerReader`` (a read-only protocol the real Vault
meets), so ``printing`` still depends on ``core`` only. Nothing here writes to the ledger: the
caller audits with ``core.printing_audit.record_print`` once the job has really left the PC
(the preview's "print" or "save", or the command line's file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from typing import Any, TypeVar

from ..core.carriers import STATUS_LABEL, CarrierView, Register, Status
from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter
from ..core.ledger_reader import LedgerReader
from ..core.number_range import NumberRange
from ..core.refusals import LIST_SEPARATOR
from ..core.text import clean
from ..core.unit_rules import LABEL_UNIT_NAME
from .labels import (
    DEFAULT_PRINTABLE_MARGIN_MM,
    LabelItem,
    LabelRun,
    LabelTemplate,
    render_labels,
)
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
        # clerk picked this register from the menu. Rows in 编号 order, copies by 份号.
        own = dataclasses.replace(f, registers=frozenset({register}))
        views = reader.ledger.iter_in_number_order(own)
        return with_readers(reader, views) if register is Register.INCOMING else views
    return rows


def with_readers(reader: LedgerReader, views: Iterable[CarrierView]) -> Iterator[CarrierView]:
    """Each carrier with ``extra["readers"]``: who read it on a circulation slip (阅办), looked
    up a chunk of rows at a time."""
    it = iter(views)
    while chunk := list(itertools.islice(it, _CHUNK)):
        readers = reader.ledger.readers_of([cv.id for cv in chunk])
        for cv in chunk:
            names = readers.get(cv.id)
            yield (dataclasses.replace(cv, extra={**cv.extra, "readers": "、".join(names)})
                   if names else cv)


def clerk_of(reader: LedgerReader) -> str:
    """The clerk's name, printed under the last row of a register (empty if not known)."""
    return str(getattr(reader, "actor", "") or "")


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
                 marking: str, printed_at: dt.datetime | None = None,
                 progress: Callable[[int, int], object] | None = None) -> RegisterJob:
    """Render register ``key`` under ``ledger_filter`` (plus the register's own) to ``out``.
    ``marking``: a level not lower than any listed, or blank for the highest listed.
    ``progress(rows done, rows in all)`` follows a carrier register as it renders."""
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
    told: Callable[[int], object] | None = None
    if progress is not None and key in {r.value for r in Register}:
        total = reader.ledger.count(
            dataclasses.replace(ledger_filter, registers=frozenset({Register(key)})))
        progress(0, total)

        def told(done: int) -> object:
            return progress(done, total)

    rendered: RenderResult = render_register(
        definition, rows, out, unit_name=reader.unit_name,
        register_marking=register_marking(marking),
        filter_text=text, checkpoint=checkpoint,
        printed_at=printed_at or reader.clock.now(), clerk=clerk_of(reader),
        levels=reader.levels, progress=told)
    return RegisterJob(key, definition.title, rendered.pages, rendered.rows, text, checkpoint,
                       rendered.marking, rendered.listed)


LabelSelection = Sequence[int] | NumberRange


def select_carriers(reader: LedgerReader, selection: LabelSelection) -> list[CarrierView]:
    """The carriers to label, in 编号 order (which is 份号 order within a registration),
    however the clerk happened to select them."""
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
    return sorted(views, key=lambda cv: (cv.number, cv.id))


# Carriers whose label would stand for a thing no longer here. Not 已发出: an outgoing copy is
# labelled at its registration, when it is already recorded as sent, and travels with its label.
NOT_KEPT = frozenset({Status.DESTROYED, Status.RETURNED, Status.HANDED_OVER, Status.MISSING})


def not_kept(carriers: Iterable[CarrierView]) -> list[CarrierView]:
    """Carriers the unit no longer keeps: their label is a reprint, on the clerk's word."""
    return [cv for cv in carriers if cv.status in NOT_KEPT]


@dataclass(frozen=True)
class LabelJob:
    pages: int
    labels: int
    carrier_ids: tuple[int, ...]
    template: str
    what: str  # for the audit: labels on which stock
    selection_text: str  # for the audit: which carriers (a range of numbers, or a selection)
    blank_first_sheet: bool = False
    unit_name_cut: bool = False


def labels_pdf(reader: LedgerReader, selection: LabelSelection, template: LabelTemplate,
               out: Target, *, start: int = 1, skip: Set[int] = frozenset(),
               offset_mm: tuple[float, float] = (0.0, 0.0),
               margin_mm: float = DEFAULT_PRINTABLE_MARGIN_MM,
               reprint: bool = False) -> LabelJob:
    """One label per selected carrier, on ``template`` from position ``start``.

    A carrier no longer kept here (destroyed, returned, handed over, lost) is labelled
    only with ``reprint`` (the clerk confirmed), and its label says 补打."""
    carriers = select_carriers(reader, selection)
    gone = not_kept(carriers)
    if gone and not reprint:
        names = LIST_SEPARATOR.join(f"{cv.number}（{STATUS_LABEL[cv.status]}）"
                                    for cv in gone[:5])
        if len(gone) > 5:
            names += f" 等 {len(gone)} 个"
        raise RuleViolation("labels.gone_unconfirmed", {"carriers": names}, "reprint")
    gone_ids = {cv.id for cv in gone}
    items = (LabelItem.from_carrier(cv, reprint=cv.id in gone_ids) for cv in carriers)
    run: LabelRun = render_labels(items, template, out, unit_name=label_unit_name(reader),
                                  start=start, skip=skip, offset_mm=offset_mm,
                                  margin_mm=margin_mm)
    chosen = (f"编号 {selection.describe()}" if isinstance(selection, NumberRange)
              else f"选中的 {len(carriers)} 个载体")
    if gone:
        chosen += f"，其中补打 {len(gone)} 个"
    return LabelJob(run.pages, run.labels, tuple(cv.id for cv in carriers), template.name,
                    f"标签（{template.name}）", chosen, run.blank_first_sheet, run.unit_name_cut)


def label_unit_name(reader: LedgerReader) -> str:
    """The unit's short name for labels when it has set one, else its full name."""
    own = LABEL_UNIT_NAME.parse(reader.setting(LABEL_UNIT_NAME.key, ""))
    return own or reader.unit_name
