"""Encrypted backups to dedicated media: creation, verification, listing and restore.

- ``creation``: ``create_backup`` / ``BackupJob`` (snapshot, verify, copy, read back, finish).
- ``verification``: ``verify_backup`` checks a backup without restoring it.
- ``listing``: ``list_backups`` and ``prune`` (old generations).
- ``restoring``: ``prepare_restore`` / ``restore`` swap a verified backup in.
- ``files``, ``progress``, ``checks``: what the four share.
"""

from __future__ import annotations

from ..backup_format import Manifest
from .creation import (
    DEFAULT_GENERATIONS,
    LAST_BACKUP_AT,
    BackupJob,
    BackupResult,
    create_backup,
    last_verified_backup,
    sidecar,
)
from .listing import list_backups, prune
from .progress import (
    RESTORE_STEP_LABELS,
    RESTORE_STEPS,
    STEP_LABELS,
    STEPS,
    CancelCheck,
    Cancelled,
    Progress,
)
from .restoring import PreparedRestore, RestoreResult, prepare_restore, restore
from .verification import BackupReport, inspect_backup, verify_backup

__all__ = ["DEFAULT_GENERATIONS", "LAST_BACKUP_AT", "RESTORE_STEPS", "RESTORE_STEP_LABELS",
           "STEPS", "STEP_LABELS", "BackupJob", "BackupReport", "BackupResult", "CancelCheck",
           "Cancelled", "Manifest", "PreparedRestore", "Progress", "RestoreResult",
           "create_backup", "inspect_backup", "last_verified_backup", "list_backups",
           "prepare_restore", "prune", "restore", "sidecar", "verify_backup"]
