"""The end-of-day check (下班前检查) as the vault keeps it: its audit events (core/day_end.py),
found through the index of schema ``V_DAY_END``."""

from __future__ import annotations

import datetime as dt
import json

from ..core.day_end import ACTION, DayEnd, confirm_day_end
from .vault import Vault


def day_end(vault: Vault, note: str = "") -> DayEnd:
    """Confirm the end-of-day check over what is out now."""
    return confirm_day_end(vault, vault.custody.out_now, note)


def day_ends(vault: Vault, limit: int = 1) -> list[DayEnd]:
    """The latest confirmed end-of-day checks, the latest first."""
    rows = vault.conn.execute(
        "SELECT seq, at, actor, detail FROM audit_event WHERE action = ? "
        "ORDER BY seq DESC LIMIT ?", (ACTION, limit)).fetchall()
    found = []
    for seq, at, actor, detail in rows:
        d = json.loads(detail)
        found.append(DayEnd(dt.datetime.fromisoformat(at), actor, len(d["out"]), int(d["late"]),
                            str(d["note"]), seq))
    return found


def last_day_end(vault: Vault) -> DayEnd | None:
    found = day_ends(vault, 1)
    return found[0] if found else None


__all__ = ["day_end", "day_ends", "last_day_end"]
