"""``miji-desk-cli``: the way scripts, benchmarks and tests reach the core without the UI.

Secrets come from one line on standard input (``--passphrase-stdin``) or a prompt; never from
argv or the environment, where other users and shell history could read them.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from ..core.errors import MijiError
from ..core.output_file import private_umask
from ..hardening import disable_core_dumps
from ..vault.connection import DatabaseError, environment
from ..vault.errors import NotAVault
from ..vault.instance_lock import VaultLock
from ..vault.machine_secret import MachineSecretStore as MachineSecretStore  # cli.backup
from ..vault.unlocking import audit_unlock, unlock
from ..vault.vault import Vault

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2

Command = Callable[[argparse.Namespace], int]
COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], object], Command]] = {}


def command(name: str, help_text: str, args: Callable[[argparse.ArgumentParser], object]
            ) -> Callable[[Command], Command]:
    """Declare a subcommand; later issues add theirs the same way."""
    def register(fn: Command) -> Command:
        COMMANDS[name] = (help_text, args, fn)
        return fn
    return register


def add_secret_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="read the passphrase (one line) from standard input")
    p.add_argument("--recovery-stdin", action="store_true",
                   help="read the recovery code (one line) from standard input instead")


def read_secret(args: argparse.Namespace, prompt: str = "口令: ") -> tuple[str | None, str | None]:
    """(passphrase, recovery code): exactly one is set."""
    if getattr(args, "recovery_stdin", False):
        return None, sys.stdin.readline().rstrip("\r\n")
    if getattr(args, "passphrase_stdin", False):
        return sys.stdin.readline().rstrip("\r\n"), None
    return getpass.getpass(prompt), None


def open_vault(args: argparse.Namespace, *, check: bool = True,
               secret: tuple[str | None, str | None] | None = None,
               store: MachineSecretStore | None = None) -> Vault:
    """Open the vault for a command that may change it: this process alone holds it (the lock
    is released when ``main`` returns), the attempt counts against the unlock limit, and the
    unlock is audited like one in the app."""
    path = Path(args.vault)
    if not path.exists():
        raise NotAVault(f"找不到台账文件：{path}")
    lock = hold(VaultLock(path).acquire())
    if lock.stale_pid:
        print(f"注意：上次打开这本台账的程序（进程号 {lock.stale_pid}）没有正常退出，"
              "它留下的占用标记已被接管。", file=sys.stderr)
    passphrase, code = secret or read_secret(args)
    vault, _history = unlock(path, passphrase=passphrase, recovery_code=code,
                             store=store or MachineSecretStore(), via=f"cli {args.command}",
                             check=check)
    say_set_aside(vault)
    return vault


def say_set_aside(vault: Vault) -> None:
    for moved in vault.set_aside:
        print(f"注意：台账旁有不属于它的日志文件，已改名保留为 {moved}（未删除，也未用于台账）。",
              file=sys.stderr)


_held: list[VaultLock] = []  # released when main returns


def hold(lock: VaultLock) -> VaultLock:
    """Keep a vault's instance lock until this command ends."""
    _held.append(lock)
    return lock


def _vault_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", help="path of the vault file")
    add_secret_args(p)


def _init_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault")
    p.add_argument("--unit", required=True, help="unit name (单位名称)")
    p.add_argument("--clerk", required=True, help="clerk's name (机要员)")
    p.add_argument("--passphrase-stdin", action="store_true")


@command("init", "create a new vault; prints its recovery code once", _init_args)
def _init(args: argparse.Namespace) -> int:
    from ..core.passphrase_policy import PassphrasePolicy

    if args.passphrase_stdin:
        passphrase = sys.stdin.readline().rstrip("\r\n")
    else:
        passphrase = getpass.getpass("新口令: ")
        if getpass.getpass("再输入一次: ") != passphrase:
            print("两次输入的口令不一致。", file=sys.stderr)
            return EXIT_USAGE
    PassphrasePolicy().check(passphrase, args.clerk)
    store = MachineSecretStore()
    vault, code = Vault.create(Path(args.vault), passphrase=passphrase, unit_name=args.unit,
                               clerk_name=args.clerk, store=store)
    vault.close()
    if not store.available:
        print(f"注意：{store.reason}", file=sys.stderr)
    print(f"recovery code: {code}")
    return EXIT_OK


@command("demo", "create a demo vault full of sample data; prints its passphrase",
         lambda p: p.add_argument("vault"))
def _demo(args: argparse.Namespace) -> int:
    from ..demo import make_demo

    vault, passphrase, code = make_demo(Path(args.vault))
    counts = vault.counts()
    vault.close()
    print(f"passphrase: {passphrase}")
    print(f"recovery code: {code}")
    print(f"carriers: {counts['carriers']}")
    return EXIT_OK


def _verify_args(p: argparse.ArgumentParser) -> None:
    _vault_arg(p)
    p.add_argument("--checkpoint", action="append", default=[], metavar="SEQ-CODE",
                   help="a checkpoint code from an earlier printed register (repeatable): the "
                        "audit chain must still pass through it")
    p.add_argument("--backup", action="append", default=[], metavar="FILE",
                   help="a backup of this vault (repeatable): the chain must still pass "
                        "through the audit head in its manifest")


@command("verify", "check the file, the audit chain, the schema, every ledger row against its "
         "audit event, and any checkpoint codes or backups given", _verify_args)
def _verify(args: argparse.Namespace) -> int:
    # Read-only: no instance lock, so it runs beside the app; ``verify`` reads in one read
    # transaction, a consistent snapshot (it waits for a write in progress to commit).
    path = Path(args.vault)
    passphrase, code = read_secret(args)
    vault, history = unlock(path, passphrase=passphrase, recovery_code=code,
                            store=MachineSecretStore(), via="cli verify", check=False,
                            audit=False)
    say_set_aside(vault)
    with vault:
        report = vault.verify(checkpoints=args.checkpoint,
                              backups=[Path(b) for b in args.backup])
        if report.ok:  # never write into a vault found damaged
            audit_unlock(vault, history, recovery=code is not None, via="cli verify")
    for anchor in report.anchors:
        print(("ok: " if anchor.ok else "不符：") + anchor.message)
    if not report.ok:
        for problem in report.problems():
            if not problem.startswith("校验码") and "的清单" not in problem:
                print(problem)
        return EXIT_PROBLEM
    c = report.counts
    print(f"ok: {c['carriers']} carriers, {c['documents']} registrations, "
          f"{c['events']} events; {report.audit.summary()}; 台账记录与审计记录逐行相符")
    return EXIT_OK


def _stats_args(p: argparse.ArgumentParser) -> None:
    _vault_arg(p)
    p.add_argument("--json", action="store_true", help="machine-readable output")


@command("stats", "counts by level, status, kind and register", _stats_args)
def _stats(args: argparse.Namespace) -> int:
    with open_vault(args, check=False) as vault:
        q = vault.ledger
        names = {lv.code: lv.name for lv in vault.levels}
        data = {"carriers": vault.counts()["carriers"],
                "by_level": {names.get(k, k): v for k, v in q.counts_by("level_code").items()},
                "by_status": q.counts_by("status"), "by_kind": q.counts_by("kind"),
                "by_register": q.counts_by("register")}
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for key, value in data.items():
            print(f"{key}: {value}")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    # No abbreviations: "--passphrase" must never be mistaken for "--passphrase-stdin".
    parser = argparse.ArgumentParser(prog="miji-desk-cli", description="Miji Desk 涉密载体台账",
                                     allow_abbrev=False)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (help_text, add_args, _fn) in COMMANDS.items():
        add_args(sub.add_parser(name, help=help_text, allow_abbrev=False))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    disable_core_dumps()  # before any secret is read or any key is derived
    private_umask()  # vault, journal, backups, PDFs: the owner's only
    _load_plugins()
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command][2](args)
    except MijiError as e:
        print(e.message, file=sys.stderr)
        return EXIT_PROBLEM
    except DatabaseError as e:  # not damage (that is a MijiError): the disk or the OS
        print(environment(e, "无法读取台账").message, file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return EXIT_PROBLEM
    finally:
        while _held:
            _held.pop().release()


def _load_plugins() -> None:
    """Commands that live beside their feature (printing, backup …) register on import."""
    import importlib

    for module in ("miji_desk.cli.printing", "miji_desk.cli.backup", "miji_desk.cli.summary",
                   "miji_desk.cli.exchange"):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as e:
            if e.name != module:
                raise


if __name__ == "__main__":
    sys.exit(main())
