"""The demo vault's handovers (移交) and changes of level (定密变更/解密): a completed handover to
the archive, an open handover list, a level change and a declassification. Called by
``demo.fill`` after ``fill_disposition``, so it takes only carriers still free in the safe, and
changes the level only of documents nothing else in the demo has touched.
"""

from __future__ import annotations

import datetime as dt

from ..core.carriers import CarrierKind, Status
from ..core.errors import RuleViolation
from ..core.handover import (
    HandoverCompletion,
    HandoverForm,
    Receiver,
    add_to_handover,
    complete_handover,
    open_handover,
)
from ..core.level_changes import Decision, LevelChangeForm, change_level
from ..core.periods import SecrecyPeriod
from ..vault.vault import Vault
from .disposition import LEADER, _free, _take


def _untouched(vault: Vault, document_id: int) -> bool:
    """Every copy of the registration is in the safe, on no list, and none was copied."""
    ids = [cid for cid, _n in vault.conn.execute(
        "SELECT id, copy_no FROM carrier WHERE document_id = ?", (document_id,))]
    return all(v.status is Status.IN_STORE and not v.held
               and vault.disposition.manifest_of(v.id) is None
               and vault.handover.handover_of(v.id) is None
               and not vault.disposition.copies_of(v.id)
               for v in vault.ledger.by_ids(ids))


def fill_handover(vault: Vault) -> None:
    today = vault.clock.now().date()
    approved = today - dt.timedelta(days=1)
    used: set[int] = set()

    # A completed handover to the archive: three documents of past years, approved and signed.
    done = open_handover(vault, HandoverForm("市档案馆", "周档案", Receiver.ARCHIVE,
                                             basis="档移〔2026〕3号",
                                             note="年度到期文件移交档案馆"))
    _take(vault, used, 3, lambda ids: add_to_handover(vault, done.id, ids),
          kind=CarrierKind.DOCUMENT, levels=("confidential", "secret"))
    if vault.handover.handover_lines(done.id):
        complete_handover(vault, done.id, HandoverCompletion(LEADER, "院批〔2026〕11号",
                                                             approved, supervisor="刘洋"))
    # An open list for another unit, waiting for the leader's approval.
    pending = open_handover(vault, HandoverForm("市发展和改革委员会", "钱晓东",
                                                basis="机构调整移交"))
    _take(vault, used, 1, lambda ids: add_to_handover(vault, pending.id, ids),
          kind=CarrierKind.DOCUMENT, levels=("secret",))

    # A level change (机密 → 秘密, 10 years) and a declassification, each on one document.
    def decide(level: str, form: LevelChangeForm) -> None:
        for view in _free(vault, used, kind=CarrierKind.DOCUMENT, levels=(level,)):
            if not _untouched(vault, view.document_id):
                continue
            form.carriers = [view.id]
            try:
                done_change = change_level(vault, form)
            except RuleViolation:
                continue
            used.update(done_change.carrier_ids)
            return

    decide("secret", LevelChangeForm([], Decision.LEVEL, "省国家保密局", "省保密局〔2026〕15号",
                                     approved, new_level="confidential",
                                     new_period=SecrecyPeriod.years(10),
                                     note="经审核，降为秘密级"))
    decide("confidential", LevelChangeForm([], Decision.DECLASSIFY, "省国家保密局",
                                           "省保密局〔2026〕16号", today,
                                           note="保密期限届满，解密后纳入非密管理"))


__all__ = ["fill_handover"]
