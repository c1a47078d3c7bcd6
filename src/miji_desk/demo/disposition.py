"""The demo vault's copies, volumes, a hold, return lists and destruction manifests (called by
``demo.fill`` after the people and loans, so it only takes carriers still free in the safe).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

from ..core.carriers import CarrierKind, CarrierView, Register, Status
from ..core.copying import CopyForm, copy_top_secret_allowed, make_copies
from ..core.destruction import (
    CompletionForm,
    ManifestForm,
    Method,
    add_to_manifest,
    complete_manifest,
    create_manifest,
)
from ..core.errors import RuleViolation
from ..core.filing import Retention, VolumeForm, create_volume, file_carriers
from ..core.holds import place_hold
from ..core.ledger_query import LedgerFilter, SortKey
from ..core.returns import ReturnForm, confirm_return, prepare_return
from ..vault.vault import Vault

LEADER = "陈志远"  # the same leader as in the custody story
SUPERVISORS = ["刘洋", "郑丽"]


def _free(vault: Vault, used: set[int], *, kind: CarrierKind | None = None,
          levels: tuple[str, ...] = ()) -> Iterator[CarrierView]:
    """Carriers in the safe that nothing else in the demo has touched."""
    f = LedgerFilter(statuses=frozenset({Status.IN_STORE}),
                     registers=frozenset({Register.INCOMING, Register.MEDIA}),
                     kinds=frozenset({kind}) if kind else frozenset(),
                     levels=frozenset(levels))
    for view in vault.ledger.iter_views(f, SortKey.NUMBER):
        if view.id not in used and not view.held:
            yield view


def _take(vault: Vault, used: set[int], count: int, act: Callable[[list[int]], object],
          **criteria: object) -> list[int]:
    """The first ``count`` free carriers that ``act`` accepts (one at a time, in order)."""
    taken: list[int] = []
    for view in _free(vault, used, **criteria):  # type: ignore[arg-type]
        if len(taken) == count:
            break
        try:
            act([view.id])
        except RuleViolation:
            continue
        used.add(view.id)
        taken.append(view.id)
    return taken


def fill_disposition(vault: Vault) -> None:
    today = vault.clock.now().date()
    approved = today - dt.timedelta(days=1)
    used: set[int] = set()

    # Copies: a 机密 document copied twice for a meeting; a 绝密 one with both approvals.
    def copy(ids: list[int], count: int = 2, **kw: object) -> None:
        make_copies(vault, CopyForm(ids[0], count, "保密工作会议学习", LEADER,
                                    "复审〔2026〕8号", approved, **kw))  # type: ignore[arg-type]

    _take(vault, used, 1, lambda ids: copy(ids, authority_ref="省保函〔2026〕12号"),
          kind=CarrierKind.DOCUMENT, levels=("secret",))
    if copy_top_secret_allowed(vault):
        _take(vault, used, 1, lambda ids: copy(ids, 1, authority_ref="国保函〔2026〕21号"),
              kind=CarrierKind.DOCUMENT, levels=("top_secret",))

    # Volumes: one for the year's documents, and a separate one for 绝密 (篇三 七).
    ordinary = create_volume(vault, VolumeForm(f"{today.year}年度上级来文（机密以下）",
                                               Retention.LONG, "档案室"))
    special = create_volume(vault, VolumeForm(f"{today.year}年度绝密级来文", Retention.PERMANENT,
                                              "档案室", top_secret=True))
    for level in ("secret", "confidential"):
        _take(vault, used, 2, lambda ids: file_carriers(vault, ordinary.id, ids),
              kind=CarrierKind.DOCUMENT, levels=(level,))
    _take(vault, used, 2, lambda ids: file_carriers(vault, special.id, ids),
          kind=CarrierKind.DOCUMENT, levels=("top_secret",))

    # A hold during an inquiry.
    _take(vault, used, 1, lambda ids: place_hold(vault, ids, "疑似未经批准复印，核查中",
                                                 "保委函〔2026〕3号"),
          kind=CarrierKind.DOCUMENT, levels=("confidential",))

    # Return to issuer: every copy of one document the issuer asked back, confirmed.
    for view in _free(vault, used, kind=CarrierKind.DOCUMENT, levels=("confidential",)):
        family = [c for c in vault.disposition.returnable_of_document(view.document_id)
                  if c not in used]
        try:
            lst = prepare_return(vault, ReturnForm(family, basis="清退通知〔2026〕2号"))
        except RuleViolation:
            continue
        confirm_return(vault, lst.id, handed_to="机要交通 黄明")
        used.update(family)
        break

    # Destruction: a completed manifest (paper, shredded) and an open one (media, degaussed).
    done = create_manifest(vault, ManifestForm(today, "保密办涉密载体销毁室", Method.SHRED,
                                               note="年度清理过期文件"))
    _take(vault, used, 4, lambda ids: add_to_manifest(vault, done.id, ids),
          kind=CarrierKind.DOCUMENT, levels=("secret", "confidential", "internal"))
    if vault.disposition.manifest_lines(done.id):
        complete_manifest(vault, done.id, CompletionForm(LEADER, "销审〔2026〕6号", approved,
                                                         SUPERVISORS, today))
    pending = create_manifest(vault, ManifestForm(today + dt.timedelta(days=7),
                                                  "市保密局销毁中心", Method.DEGAUSS,
                                                  note="报废介质，待领导审批"))
    for kind in (CarrierKind.MEDIA_OTHER, CarrierKind.OPTICAL):
        _take(vault, used, 1, lambda ids: add_to_manifest(vault, pending.id, ids), kind=kind)


__all__ = ["fill_disposition"]
