"""Scratch copies: the app's own temporary files, named so a later run can find and remove them.

A verification unpacks the backup (still encrypted) to ``.miji-verify-<pid>-<random>.tmp``; a
backup snapshots the vault to ``.<vault>.backup-<pid>-<random>.tmp``; a key file is written
through ``.<vault>.keys[.pending].<pid>-<random>.tmp``. A killed run leaves such a
copy behind (as big as the ledger), so every start removes those of runs that are gone. Only
names matching these exact patterns are touched, and never one whose process still runs (on
Windows, where no process is asked, a file still open cannot be deleted anyway).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path

log = logging.getLogger(__name__)

_VERIFY = re.compile(r"\.miji-verify-(\d+)-[0-9a-f]{12}\.tmp(?:-journal)?")


def _snapshot_re(vault_name: str) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(vault_name)}\.backup-(\d+)-[0-9a-f]{{8}}\.tmp(?:-journal)?")


def _keys_temp_re(vault_name: str) -> re.Pattern[str]:
    # keyslots._atomic_write's temp files: a killed one may hold a never-activated passphrase
    return re.compile(rf"\.{re.escape(vault_name)}\.keys(?:\.pending)?\.(\d+)-[a-z0-9_]{{8}}\.tmp")


def verify_name() -> str:
    return f".miji-verify-{os.getpid()}-{secrets.token_hex(6)}.tmp"


def snapshot_name(vault_name: str) -> str:
    return f".{vault_name}.backup-{os.getpid()}-{secrets.token_hex(4)}.tmp"


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill would terminate it; an open file refuses deletion instead
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def clean(folder: Path, vault_name: str | None = None) -> list[Path]:
    """Remove the scratch copies in ``folder`` left by runs that are gone; what was removed."""
    patterns = [_VERIFY] + ([_snapshot_re(vault_name), _keys_temp_re(vault_name)]
                            if vault_name else [])
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        for pattern in patterns:
            m = pattern.fullmatch(name)
            if m is None or _running(int(m.group(1))):
                continue
            path = folder / name
            try:
                if path.is_file() and not path.is_symlink():
                    path.unlink()
                    removed.append(path)
            except OSError as e:
                log.warning("could not remove scratch copy %s: %s", path, e)
    if removed:
        log.info("removed %d scratch copies of killed runs in %s", len(removed), folder)
    return removed
