"""Badge labels (人员证件): a person's name, department and badge barcode on label stock.

The same sheets and thermal labels as the carriers' labels (``printing.labels``), so lending is
two scans: the carrier's label and the borrower's badge. Only people still in post get a badge.
"""

from __future__ import annotations

from collections.abc import Sequence, Set

from ..core.errors import RuleViolation
from ..core.ledger_reader import LedgerReader
from .circulation import custody_of
from .jobs import MAX_LABELS, LabelJob
from .labels import LabelItem, LabelTemplate, render_labels
from .output import Target


def badges_pdf(reader: LedgerReader, person_ids: Sequence[int], template: LabelTemplate,
               out: Target, *, start: int = 1, skip: Set[int] = frozenset(),
               offset_mm: tuple[float, float] = (0.0, 0.0)) -> LabelJob:
    """One badge label per person, in the order given, from position ``start``."""
    ids = list(dict.fromkeys(person_ids))  # a person selected twice gets one badge
    if not ids:
        raise RuleViolation("badges.no_people", None, "people")
    if len(ids) > MAX_LABELS:
        raise RuleViolation("badges.too_many", {"max": MAX_LABELS}, "people")
    custody = custody_of(reader)
    people = [custody.person(i) for i in ids]
    outside = [p.name for p in people if p.outside]
    if outside:  # an outside reader is never given a badge (篇十二 六)
        raise RuleViolation("badges.outside", {"people": outside}, "people")
    left = [p.name for p in people if not p.active]
    if left:
        raise RuleViolation("badges.left", {"people": list(left)}, "people")
    run = render_labels((LabelItem.badge(p.badge, p.name, p.department) for p in people),
                        template, out, unit_name=reader.unit_name, start=start, skip=skip,
                        offset_mm=offset_mm)
    names = "、".join(p.name for p in people[:5]) + ("等" if len(people) > 5 else "")
    return LabelJob(run.pages, run.labels, (), template.name, f"人员证件（{template.name}）",
                    f"{len(people)} 名人员：{names}")


__all__ = ["badges_pdf"]
