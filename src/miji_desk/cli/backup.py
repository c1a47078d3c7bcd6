"""``miji-desk-cli backup | verify-backup | list-backups | restore``: backups for scripts.

Secrets come from standard input (one line each) or a prompt, never from argv. ``restore``
only shows what a backup holds unless ``--yes`` is given.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from pathlib import Path

from .. import cli
from ..core.errors import RuleViolation
from ..core.own_files import refuse_own_file, refuse_restore_target
from ..vault import backup
from ..vault.backup import BackupReport
from ..vault.instance_lock import VaultLock
from ..vault.keyslots import key_file_path
from ..vault.unlock_limit import UnlockLimiter


def _progress(args: argparse.Namespace) -> backup.Progress | None:
    if not getattr(args, "progress", False):
        return None
    last = {"pct": -1}

    def show(step: str, fraction: float) -> None:
        pct = int(fraction * 100)
        if pct != last["pct"]:
            last["pct"] = pct
            label = backup.STEP_LABELS.get(step) or backup.RESTORE_STEP_LABELS.get(step, step)
            print(f"{pct:3d}% {label}", file=sys.stderr, flush=True)
    return show


def _backup_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("vault", help="path of the vault file")
    p.add_argument("dir", help="folder on the dedicated backup medium")
    p.add_argument("--medium", default="", help="barcode of the registered backup medium")
    p.add_argument("--generations", type=int, default=backup.DEFAULT_GENERATIONS,
                   help="backups of this vault to keep in DIR (default 5)")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="read the passphrase (one line) from standard input")
    p.add_argument("--progress", action="store_true", help="print progress to stderr")


@cli.command("backup", "make, verify and keep an encrypted backup of the vault in DIR",
             _backup_args)
def _backup(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    if os.path.lexists(folder) and not folder.is_dir():
        refuse_own_file(folder)  # names the vault, its keys or a backup given as the folder
        raise RuleViolation("backup.folder_is_file", {"folder": str(folder)}, "dir")
    passphrase, _ = cli.read_secret(args)
    assert passphrase is not None
    store = cli.MachineSecretStore()
    with cli.open_vault(args, secret=(passphrase, None), store=store) as vault:
        result = backup.create_backup(vault, Path(args.dir), passphrase=passphrase, store=store,
                                      medium=args.medium, generations=args.generations,
                                      progress=_progress(args))
    m = result.manifest
    print(f"backup: {result.path}")
    print(f"sha256: {result.sha256}")
    print(f"carriers: {m.carriers}; audit: {m.audit_seq} entries, checkpoint {m.checkpoint}")
    for p in result.pruned:
        print(f"pruned: {p.name}")
    for p in result.unverifiable:
        print(f"unverifiable (kept, not counted): {p.name}")
    for w in result.warnings:
        print(f"注意：{w}", file=sys.stderr)
    return cli.EXIT_OK


def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the .mjbk backup file")
    cli.add_secret_args(p)
    p.add_argument("--workdir", help="folder for the temporary copy (default: OS temp folder)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--progress", action="store_true", help="print progress to stderr")


def _describe(report: BackupReport) -> dict[str, object]:
    m = report.manifest
    return {"file": str(report.path), "sha256": report.sha256, "size": report.size,
            "created_at": m.created_at, "app_version": m.app_version,
            "schema_version": m.schema_version, "vault_id": m.vault_id,
            "unit_name": m.unit_name, "medium": m.medium, "carriers": m.carriers,
            "tables": dict(m.tables),
            "by_level": {lc.name: lc.count for lc in m.by_level},
            "by_status": dict(m.by_status), "audit_seq": report.head.seq,
            "checkpoint": report.head.checkpoint, "unlocked_with": report.unlocked_with,
            "manifest_file": report.sidecar}


def _print_report(report: BackupReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(_describe(report), ensure_ascii=False, indent=2))
        return
    print(f"ok: {report.summary()}")
    for key, value in _describe(report).items():
        print(f"{key}: {value}")


@cli.command("verify-backup", "check a backup file without restoring it", _verify_args)
def _verify(args: argparse.Namespace) -> int:
    passphrase, code = cli.read_secret(args, "备份口令: ")
    report = backup.verify_backup(Path(args.file), passphrase, code,
                                  workdir=Path(args.workdir) if args.workdir else None,
                                  progress=_progress(args))
    _print_report(report, args.json)
    return cli.EXIT_OK


def _list_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", help="folder holding backups")


@cli.command("list-backups", "list the backups in a folder, newest first (no secret needed)",
             _list_args)
def _list(args: argparse.Namespace) -> int:
    for path, m in backup.list_backups(Path(args.dir)):
        print(f"{path.name}\t{m.created_at}\tvault {m.vault_id[:8]}\t"
              f"{m.carriers} carriers\tcheckpoint {m.checkpoint}")
    return cli.EXIT_OK


def _restore_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="the .mjbk backup file")
    p.add_argument("vault", help="path of the vault to restore to (replaced one is kept)")
    cli.add_secret_args(p)
    p.add_argument("--new-passphrase-stdin", action="store_true",
                   help="read the restored vault's new passphrase from the next stdin line")
    p.add_argument("--yes", action="store_true",
                   help="restore; without it the backup is only checked and described")
    p.add_argument("--progress", action="store_true", help="print progress to stderr")


@cli.command("restore", "check a backup, show it, and with --yes restore it to VAULT",
             _restore_args)
def _restore(args: argparse.Namespace) -> int:
    refuse_restore_target(Path(args.vault))  # e.g. the vault's .keys: it would lock it
    passphrase, code = cli.read_secret(args, "备份口令: ")
    new = None
    if args.new_passphrase_stdin:
        new = sys.stdin.readline().rstrip("\r\n")
    elif code is not None and args.yes:
        new = getpass.getpass("新口令: ")
        if getpass.getpass("再输入一次: ") != new:
            raise RuleViolation("passphrase.mismatch", None, "passphrase")
    target = Path(args.vault)
    if key_file_path(target).exists():  # never replace a vault another program has open
        cli.hold(VaultLock(target).acquire())
    with backup.prepare_restore(Path(args.file), target, passphrase=passphrase,
                                recovery_code=code, progress=_progress(args)) as prepared:
        _print_report(prepared.report, False)
        if not args.yes:
            print("未恢复：确认无误后加 --yes 再运行一次。", file=sys.stderr)
            return cli.EXIT_OK
        result = prepared.commit(store=cli.MachineSecretStore(), passphrase=new)
    with contextlib.suppress(OSError):  # else its first unlock needs the recovery code
        UnlockLimiter.arm_restored(result.path)
    print(f"restored: {result.path}")
    if result.replaced is not None:
        print(f"replaced vault kept as: {result.replaced}")
    for w in result.warnings:
        print(f"注意：{w}", file=sys.stderr)
    return cli.EXIT_OK
