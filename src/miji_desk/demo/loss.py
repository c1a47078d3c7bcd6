"""The demo vault's losses (丢失, called by ``demo.fill`` last): one carrier reported lost whose
incident is still open, reported upward later than the unit's limit; one lost and found again."""

from __future__ import annotations

import datetime as dt

from ..core.errors import RuleViolation
from ..core.loss import LossForm, loss_found, report_loss
from ..vault.vault import Vault
from .custody import _candidates

REPORTED_TO = "院保密委员会"


def _free(vault: Vault, count: int) -> list[str]:
    """In-store carriers with nothing pending on them: no hold, no open incident."""
    picked: list[str] = []
    for cid in _candidates(vault):
        view = vault.carrier(cid)
        if view.held or vault.custody.incidents(carrier_id=cid):
            continue
        picked.append(view.barcode)
        if len(picked) == count:
            break
    return picked


def fill_losses(vault: Vault) -> None:
    now = vault.clock.now()
    codes = _free(vault, 2)
    if len(codes) < 2:
        return
    lost, found = codes
    try:
        # Found missing at yesterday's check, reported upward only this morning: late.
        report_loss(vault, LossForm(
            lost, now - dt.timedelta(hours=30), "郑丽",
            "季度清查时发现该份文件不在保密柜内，查阅借阅和传阅记录均无登记，已组织查找",
            now - dt.timedelta(hours=3), REPORTED_TO, "保委报〔2026〕2号"))
        report = report_loss(vault, LossForm(
            found, now - dt.timedelta(hours=5), "周海燕", "会议结束后清点会议材料，缺少该份文件",
            now - dt.timedelta(hours=4, minutes=30), REPORTED_TO, "保委报〔2026〕3号"))
        loss_found(vault, report.incident_id, found, "1号保密柜",
                   "在会议室资料柜中找回，页数完整，经核查无泄密", "保委函〔2026〕4号")
    except RuleViolation:  # a smaller demo without such carriers: the story goes without them
        return


__all__ = ["fill_losses"]
