"""How old the last verified backup is, and whether the clerk must be reminded (篇一 11).

Pure: the time of the last verified backup comes from ``vault.backup.last_verified_backup``;
the status bar and any later dashboard show ``BackupAge``. The warning threshold is the
``backup_warn_days`` setting (default 7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DEFAULT_WARN_DAYS = 7


@dataclass(frozen=True)
class BackupAge:
    last: dt.datetime | None
    days: int | None  # whole days since the last verified backup; None: never backed up
    overdue: bool

    @property
    def never(self) -> bool:
        return self.last is None

    def message(self) -> str:
        """Chinese status-bar text (the UI shows its own translated wording if it prefers)."""
        if self.last is None:
            return "尚未备份：请尽快备份到专用介质"
        text = "今天已备份" if self.days == 0 else f"上次备份在 {self.days} 天前"
        return text + ("，请及时备份" if self.overdue else "")


def backup_age(last: dt.datetime | None, now: dt.datetime,
               warn_days: int = DEFAULT_WARN_DAYS) -> BackupAge:
    """``last`` and ``now`` aware datetimes; overdue after ``warn_days`` whole days, or never."""
    if last is None:
        return BackupAge(None, None, True)
    days = max(0, (now - last) // dt.timedelta(days=1))
    return BackupAge(last, days, (now - last) > dt.timedelta(days=warn_days))
