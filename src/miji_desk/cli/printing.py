"""``miji-desk-cli labels`` and ``miji-desk-cli print``: labels and registers as PDF files.

Registered on import by ``cli._load_plugins``. ``--out`` is refused when it names one of the
app's own files (the vault, its keys, a backup: ``core.own_files``). The PDF is rendered under a
temporary name beside ``--out``, then the one audit event is written, then the file is renamed
into place; if the event cannot be written only the temporary file goes, so nothing leaves the
vault unrecorded and a file that was already at ``--out`` stays as it was. Registers are offered
from ``printing.jobs.printable_registers``: a register added there appears here without a
change to this module.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from .. import cli
from ..core import own_files
from ..core.carriers import STATUS_LABEL, CarrierKind, Status
from ..core.errors import RuleViolation
from ..core.ledger_query import LedgerFilter
from ..core.levels import LevelCatalog
from ..core.number_range import NumberRange, parse_number_range
from ..core.output_file import CARRIER_NOTICE, OutputFile
from ..core.printing_audit import record_print
from ..printing.jobs import labels_pdf, printable_registers, register_marking, register_pdf
from ..printing.label_templates import (
    DEFAULT_TEMPLATE,
    find_template,
    parse_offset,
    parse_positions,
)
from ..printing.labels import DEFAULT_PRINTABLE_MARGIN_MM, TEMPLATES
from . import custody as cli_custody


def _out_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, type=Path, help="the PDF file to write")


def _labels_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", help="path of the vault file")
    cli.add_secret_args(p)
    _out_arg(p)
    # A selection is required: a vault of a million carriers must not print a million labels
    # because an option was forgotten.
    p.add_argument("--numbers", required=True, metavar="FROM-TO",
                   help="编号 range, e.g. 2026-收-0001~2026-收-0010 (FROM-TO also works), "
                        "or one registration's 编号")
    p.add_argument("--template", default=DEFAULT_TEMPLATE,
                   help=f"label stock: {', '.join(TEMPLATES)} (default {DEFAULT_TEMPLATE})")
    p.add_argument("--start", type=int, default=1, help="first free position on the first sheet")
    p.add_argument("--skip", default="", metavar="N,M",
                   help="positions of the first sheet to leave blank, e.g. 3,5,7-9")
    p.add_argument("--offset", default="0,0", metavar="DX,DY",
                   help="printer calibration in mm (+x right, +y down), from the test page")
    p.add_argument("--margin", type=float, default=DEFAULT_PRINTABLE_MARGIN_MM, metavar="MM",
                   help="the printer's unprintable edge of the sheet, in mm "
                        f"(default {DEFAULT_PRINTABLE_MARGIN_MM:g})")
    p.add_argument("--reprint", action="store_true",
                   help="also label carriers no longer kept here (destroyed, returned, handed "
                        "over, lost); their labels say 补打")


@cli.command("labels", "barcode labels for a range of numbers, as a PDF", _labels_args)
def _labels(args: argparse.Namespace) -> int:
    template = find_template(args.template)
    skip = parse_positions(args.skip)
    offset = parse_offset(args.offset)
    _refuse_before_open(args)
    with cli.open_vault(args) as vault, OutputFile(args.out) as output:
        def is_number(text: str) -> bool:
            r = NumberRange(text, text)
            return bool(vault.ledger.ids_by_number(r.first, r.upper_bound, 1))

        selection = parse_number_range(args.numbers, is_number)
        job = labels_pdf(vault, selection, template, output.stream, start=args.start, skip=skip,
                         offset_mm=offset, margin_mm=args.margin, reprint=args.reprint)
        _audited(output, lambda: record_print(
            vault, job.what, "labels", job.selection_text, job.pages, job.carrier_ids,
            destination=str(args.out)))
    print(f"wrote {args.out}: {job.labels} labels on {job.pages} page(s)")
    if job.blank_first_sheet:
        print("note: every position of the first sheet is skipped: it goes through blank",
              file=sys.stderr)
    if job.unit_name_cut:
        print("note: the unit's name does not fit on this label and is shortened; set a short "
              "name for labels (unit rule label_unit_name)", file=sys.stderr)
    return cli.EXIT_OK


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _print_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("register", choices=sorted({*printable_registers(), *cli_custody.DOCUMENTS}),
                   help="which register (登记簿), or holdings (--person) / slip (--slip)")
    p.add_argument("vault", help="path of the vault file")
    cli.add_secret_args(p)
    _out_arg(p)
    p.add_argument("--level", action="append", default=[],
                   help="密级 by code or name (机密, confidential …); repeatable")
    p.add_argument("--status", action="append", default=[],
                   help=f"status by code or name ({', '.join(s.value for s in Status)}); "
                        "repeatable")
    p.add_argument("--kind", action="append", default=[],
                   help=f"kind ({', '.join(k.value for k in CarrierKind)}); repeatable")
    p.add_argument("--from", dest="date_from", type=_date, help="registered on or after")
    p.add_argument("--to", dest="date_to", type=_date, help="registered on or before")
    p.add_argument("--text", default="", help="检索: words of the title, 文号, 编号 or barcode")
    p.add_argument("--marking", default="",
                   help="the document's own marking: a level (绝密, 机密, 秘密 …) not lower than "
                        "the highest level it lists (default: that highest level)")
    cli_custody.add_args(p)


def _levels(catalog: LevelCatalog, values: list[str]) -> frozenset[str]:
    codes = set()
    for value in (v.strip() for raw in values for v in raw.split(",") if v.strip()):
        codes.add(value if value in catalog else catalog.by_name(value).code)
    return frozenset(codes)


def _statuses(values: list[str]) -> frozenset[Status]:
    by_name = {label: s for s, label in STATUS_LABEL.items()}
    out = set()
    for value in (v.strip() for raw in values for v in raw.split(",") if v.strip()):
        try:
            out.add(by_name.get(value) or Status(value))
        except ValueError:
            raise RuleViolation("print.unknown_status", {"value": value}, "status") from None
    return frozenset(out)


def _kinds(values: list[str]) -> frozenset[CarrierKind]:
    try:
        return frozenset(CarrierKind(v.strip()) for raw in values for v in raw.split(",")
                         if v.strip())
    except ValueError as e:
        raise RuleViolation("print.unknown_kind", {"e": e}, "kind") from None


@cli.command("print", "print a register (登记簿) as a PDF, with filters", _print_args)
def _print(args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise RuleViolation("print.date_range_reversed", None, "date")
    args.marking = register_marking(args.marking)  # before the vault opens: nothing written
    _refuse_before_open(args)
    with cli.open_vault(args) as vault, OutputFile(args.out) as output:
        if args.register in cli_custody.DOCUMENTS:  # one person's list, or one slip
            doc = cli_custody.print_document(vault, args, output, _audited)
            print(f"wrote {args.out}: {doc.title}, {doc.rows} row(s) on {doc.pages} page(s)")
            return cli.EXIT_OK
        f = LedgerFilter(levels=_levels(vault.levels, args.level),
                         statuses=_statuses(args.status), kinds=_kinds(args.kind),
                         registered_from=args.date_from, registered_to=args.date_to,
                         text=args.text.strip())
        job = register_pdf(vault, args.register, f, output.stream, marking=args.marking)
        _audited(output, lambda: record_print(
            vault, job.title, "export", job.filter_text, job.pages,
            checkpoint=job.checkpoint, destination=str(args.out), marking=job.marking))
    print(f"wrote {args.out}: {job.title}, {job.rows} row(s) on {job.pages} page(s)")
    return cli.EXIT_OK


def _refuse_before_open(args: argparse.Namespace) -> None:
    """Refuse an output onto our own files before the unlock is audited, so a refusal leaves
    no trace; a link to the vault counts as the vault although it is not open yet."""
    vault = Path(args.vault)
    own_files.protect(vault)
    try:
        own_files.refuse_own_file(args.out)
    finally:
        own_files.release(vault)


def _audited(output: OutputFile, record: Callable[[], object]) -> None:
    """Write the audit event for a rendered file, then put the file in place; without the
    event, only the rendered temporary file goes."""
    try:
        record()
    except BaseException:
        output.discard()
        print(f"not written: {output.final} (the export could not be recorded in the audit "
              "log; no existing file was changed)", file=sys.stderr)
        raise
    output.commit()
    print(f"注意：{output.final} {CARRIER_NOTICE}", file=sys.stderr)
