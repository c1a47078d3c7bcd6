"""``miji-desk-cli summary-csv``: the 涉密载体管理情况报告 of one period as CSV (UTF-8 with a
BOM, so a spreadsheet opens the Chinese text), with the marking of its highest listed level in
the first row; audited like every export. The PDF is ``print summary --from --to``."""

from __future__ import annotations

import argparse
from pathlib import Path

from .. import cli
from ..core.output_file import OutputFile
from ..core.printing_audit import record_print
from ..printing.summary import TITLE, summary_csv, summary_marking
from .printing import _audited, _date, _refuse_before_open


def _args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", help="path of the vault file")
    cli.add_secret_args(p)
    p.add_argument("--out", required=True, type=Path, help="the CSV file to write")
    p.add_argument("--from", dest="date_from", type=_date, required=True,
                   help="first day of the period")
    p.add_argument("--to", dest="date_to", type=_date, required=True,
                   help="last day of the period")
    p.add_argument("--marking", default="", help="a level not lower than the highest listed")


@cli.command("summary-csv", "the 涉密载体管理情况报告 of a period as CSV", _args)
def _summary_csv(args: argparse.Namespace) -> int:
    _refuse_before_open(args)
    with cli.open_vault(args) as vault, OutputFile(args.out) as output:
        s = vault.summary.report(args.date_from, args.date_to)
        marking = summary_marking(vault, s, args.marking)
        output.write(summary_csv(s, vault.unit_name, marking).encode("utf-8-sig"))
        period = f"期间：{s.start.isoformat()} 至 {s.end.isoformat()}"
        _audited(output, lambda: record_print(
            vault, f"{TITLE}（CSV）", "export", period, 0,
            checkpoint=vault.audit_head().checkpoint, destination=str(args.out),
            marking=marking))
    print(f"wrote {args.out}: {TITLE}, {period}")
    return cli.EXIT_OK
