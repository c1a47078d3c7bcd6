"""``miji-desk-cli import VAULT FILE [--dry-run]`` and ``miji-desk-cli export REGISTER VAULT FILE``.

The import reads an .xlsx or .csv (UTF-8 or GBK/GB18030, shown), recognises its header, and
either shows the dry run (what each row becomes, each error with its row and column; nothing is
changed) or imports it as one workflow. The export writes a register or the whole ledger in the
same columns; the file is not encrypted, which the command says.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import cli
from ..core.carriers import REGISTER_TITLE, Register
from ..core.exchange.exporting import EXPORT_WARNING, export_sheet
from ..core.exchange.importing import ImportPlan, plan_import, remembered_header, run_import
from ..core.exchange.sheets import FIELD_LABEL, find_header, read_sheet
from ..core.ledger_query import LedgerFilter, SortKey
from ..core.numbering import format_copy_numbers

REGISTERS = {"incoming": Register.INCOMING, "outgoing": Register.OUTGOING,
             "media": Register.MEDIA, "copy": Register.COPY, "ledger": None}


def _import_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", help="path of the vault file")
    p.add_argument("file", help="the .xlsx or .csv to import")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be imported and every error; change nothing")
    p.add_argument("--skip-errors", action="store_true",
                   help="import the good rows and record the rows with errors as skipped")
    cli.add_secret_args(p)


def _show_plan(plan: ImportPlan) -> None:
    sheet = plan.sheet
    print(f"文件：{sheet.name}（{'Excel' if sheet.encoding == 'xlsx' else sheet.encoding}），"
          f"SHA-256 {sheet.sha256}")
    columns = "、".join(f"{plan.header.labels[c] or '?'}→{FIELD_LABEL[f]}"
                        for c, f in sorted(plan.header.mapping.items()))
    print(f"表头在第 {plan.header.first_row + 1} 行；列：{columns}")
    for d in plan.documents:
        copies = [n for n in d.copies if n is not None]
        what = d.number or "（新编号）"
        line = (f"第 {'、'.join(map(str, d.rows))} 行 → {what} {d.doc['title']} "
                f"{d.level.name} 份号 {format_copy_numbers(copies) if copies else '—'}"
                f"（{len(d.copies)} 件）")
        if d.missing:
            line += "；待补：" + "、".join(FIELD_LABEL[f] for f in d.missing)
        print(line)
    for p in plan.problems:
        where = f"第 {p.row} 行" + (f"「{p.column}」列" if p.column else "")
        print(f"错误：{where}：{p.message}", file=sys.stderr)
    print(f"共 {plan.data_rows} 行：可导入 {len(plan.documents)} 份文件、{plan.carriers} 件载体"
          f"（待补 {plan.incomplete} 件）；有错误 {len(plan.error_rows)} 行。")


@cli.command("import", "import an Excel/CSV ledger (dry run with --dry-run)", _import_args)
def _import(args: argparse.Namespace) -> int:
    sheet = read_sheet(Path(args.file))
    vault = cli.open_vault(args)
    try:
        header = remembered_header(vault, find_header(sheet.rows))
        if args.dry_run:
            plan = plan_import(vault, sheet, header)
            _show_plan(plan)
            print("试运行：台账未作任何改动。")
            return cli.EXIT_OK if not plan.problems else cli.EXIT_PROBLEM
        result = run_import(vault, sheet, header, skip_errors=args.skip_errors)
        print(f"已导入第 {result.batch_id} 批：{len(result.carrier_ids)} 件载体。")
        for row, reason in result.skipped:
            print(f"已跳过第 {row} 行：{reason}")
        if result.new_barcodes:
            numbers = [vault.ledger.get(i).number for i in result.new_barcodes]
            print(f"{len(numbers)} 件载体用了新条码，请打印标签贴上："
                  f"miji-desk-cli labels VAULT --numbers {numbers[0]}~{numbers[-1]} --out …")
        return cli.EXIT_OK
    finally:
        vault.close()


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("register", choices=sorted(REGISTERS),
                   help="incoming, outgoing, media, copy, or ledger (every carrier)")
    p.add_argument("vault", help="path of the vault file")
    p.add_argument("file", help="the .xlsx or .csv to write, in a folder you chose")
    cli.add_secret_args(p)


@cli.command("export", "export a register or the ledger to .xlsx/.csv (not encrypted)",
             _export_args)
def _export(args: argparse.Namespace) -> int:
    register = REGISTERS[args.register]
    vault = cli.open_vault(args)
    try:
        f = LedgerFilter(registers=frozenset({register})) if register else LedgerFilter()
        views = list(vault.ledger.iter_views(f, SortKey.REGISTERED))
        what = REGISTER_TITLE[register] if register else "涉密载体台账"
        result = export_sheet(vault, views, Path(args.file), what=what,
                              filter_text=f.describe() if register else "")
        print(f"已导出 {result.rows} 行到 {result.path}（{result.marking}）。")
        print(f"注意：{EXPORT_WARNING}", file=sys.stderr)
        return cli.EXIT_OK
    finally:
        vault.close()
