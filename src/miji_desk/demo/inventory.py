"""The demo vault's inventory checks (清查, called by ``demo.fill`` after the losses): a closed
check of 1号保密柜 that found one carrier missing, and an open check of 2号保密柜 with a few
carriers scanned so far."""

from __future__ import annotations

from ..core import inventory as inv
from ..core.carriers import Status
from ..core.errors import RuleViolation
from ..vault.vault import Vault

KEPT = (Status.IN_STORE.value, Status.FILED.value)


def _shelf(vault: Vault, check: int) -> list[str]:
    """The expected carriers that are in the cabinet (not out): what the clerk can scan."""
    return [ln.facts.code for ln in inv.check_lines(vault, check)
            if ln.facts.expected and ln.facts.now_status in KEPT]


def fill_inventory(vault: Vault) -> None:
    try:
        closed = inv.start_check(vault, inv.Scope(inv.ScopeKind.LOCATION, "1号保密柜"))
    except RuleViolation:
        return  # nothing kept there in a tiny demo
    codes = _shelf(vault, closed)
    for code in codes[:-1]:  # the last one is not on the shelf
        inv.scan(vault, closed, code)
    inv.close_check(vault, closed, "1号保密柜清查完毕：缺失1份，已逐份核对借阅、传阅记录，"
                                   "正在查找；其余载体页数、附件齐全")
    try:
        open_ = inv.start_check(vault, inv.Scope(inv.ScopeKind.LOCATION, "2号保密柜"))
    except RuleViolation:
        return
    for code in _shelf(vault, open_)[:3]:
        inv.scan(vault, open_, code)


__all__ = ["fill_inventory"]
