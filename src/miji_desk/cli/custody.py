"""``miji-desk-cli print holdings|slip|loss|inventory``: one person's holdings list, one
circulation slip, one loss report (丢失报告, ``--loss`` the incident number or the lost carrier)
and one inventory check's 清查报告 (``--check`` its id or number).

The registers ``circulation`` and ``loans`` print through the generic register path
(``printing.jobs``); these two documents need a person or a slip, so ``cli_printing._print``
hands them here. Like every print: rendered under a temporary name, one audit event, then the
file in place; or no file.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..core.errors import RuleViolation
from ..core.output_file import OutputFile
from ..core.printing_audit import record_print
from ..printing.circulation import DocumentJob, holdings_pdf, slip_pdf
from ..printing.inventory import inventory_job
from ..printing.loss import loss_report_pdf
from ..vault.vault import Vault

DOCUMENTS = {"holdings": "涉密载体持有清单", "slip": "传阅单", "loss": "涉密载体丢失报告",
             "inventory": "涉密载体清查报告"}


def add_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--person", metavar="BADGE",
                   help="holdings: the person's badge (RY…) or exact name")
    p.add_argument("--slip", metavar="NUMBER", help="slip: the 传阅单号, e.g. 2026-阅-0001")
    p.add_argument("--loss", metavar="INCIDENT_OR_CARRIER",
                   help="loss: the incident number, or the lost carrier's barcode or 编号 "
                        "(its latest loss)")
    p.add_argument("--check", metavar="ID_OR_NUMBER",
                   help="inventory: the check's id or its number, e.g. 清查〔2026〕1号")


def print_document(vault: Vault, args: argparse.Namespace, output: OutputFile,
                   audited: Callable[[OutputFile, Callable[[], object]], None]) -> DocumentJob:
    """Render into ``output`` (a temporary file beside ``--out``); ``audited`` records the
    event and only then puts the file in place."""
    out = output.stream
    if args.register == "holdings":
        job = holdings_pdf(vault, _person_id(vault, args.person), out, marking=args.marking)
    elif args.register == "loss":
        job = loss_report_pdf(vault, _loss_id(vault, args.loss), out)
    elif args.register == "inventory":
        job = inventory_job(vault, _check_id(vault, args.check), out, marking=args.marking)
    else:
        if not (args.slip or "").strip():
            raise RuleViolation("circulation.option_missing", None, "slip")
        slip = vault.custody.slip_by_number(args.slip)
        if slip is None:
            raise RuleViolation("circulation.no_such_number", {"number": args.slip.strip()}, "slip")
        job = slip_pdf(vault, slip.id, out, marking=args.marking)
    audited(output, lambda: record_print(vault, job.title, "export", job.filter_text,
                                         job.pages, job.carrier_ids, checkpoint=job.checkpoint,
                                         destination=str(output.final),
                                         marking=job.marking))
    return job


def _loss_id(vault: Vault, which: str | None) -> int:
    """An incident number as typed, else the latest loss of the carrier with that barcode or
    编号."""
    which = (which or "").strip()
    if not which:
        raise RuleViolation("loss.option_missing", None, "loss")
    if which.isdigit():
        return int(which)
    view = vault.ledger.by_barcode(which.upper())
    if view is None:
        ids = vault.ledger.ids_by_number(which, which, 1)
        view = vault.ledger.get(ids[0]) if ids else None
    if view is None:
        raise RuleViolation("scan.no_such_carrier", {"code": which}, "loss")
    losses = vault.custody.losses_of_carrier(view.id)
    if not losses:
        raise RuleViolation("loss.none_for_carrier", {"carrier": view.number}, "loss")
    return max(losses, key=lambda i: i.id).id


def _check_id(vault: Vault, which: str | None) -> int:
    """An inventory check by its id or its number."""
    which = (which or "").strip()
    if not which:
        raise RuleViolation("inventory.option_missing", None, "check")
    found = int(which) if which.isdigit() else vault.inventory.check_by_number(which)
    if found is None or found not in vault.inventory.check_ids():
        raise RuleViolation("inventory.no_such_check", None, "check")
    return found


def _person_id(vault: Vault, who: str | None) -> int:
    who = (who or "").strip()
    if not who:
        raise RuleViolation("person.option_missing", None, "person")
    person = vault.custody.person_by_badge(who)
    if person is not None:
        return person.id
    same = [p for p in vault.custody.people(active=None, text=who) if p.name == who]
    if len(same) == 1:
        return same[0].id
    if not same:
        raise RuleViolation("person.no_such_name", {"who": who}, "person")
    raise RuleViolation(
        "person.name_ambiguous",
        {"count": len(same), "who": who, "people": [f"{p.display} {p.badge}" for p in same]},
        "person",
    )
