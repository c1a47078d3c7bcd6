"""Label stocks the clerk defines, kept as JSON in the settings; and the small texts the label
dialog and the command line both read (positions to skip, a calibration offset).

The built-in ``TEMPLATES`` always win a name: a clerk-defined stock cannot shadow one.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields

from ..core.errors import RuleViolation
from .labels import MAX_OFFSET_MM, TEMPLATES, LabelTemplate

log = logging.getLogger(__name__)

DEFAULT_TEMPLATE = "a4-3x8"
_FIELDS = {f.name for f in fields(LabelTemplate)}
_NUMBER = r"[-+]?\d+(?:\.\d+)?"


def template_to_dict(t: LabelTemplate) -> dict[str, object]:
    return {k: v for k, v in asdict(t).items() if v is not None}


def template_from_dict(data: object) -> LabelTemplate:
    """A template from its stored form; refused (RuleViolation) when anything is off."""
    if not isinstance(data, dict) or not set(data) <= _FIELDS or "name" not in data:
        raise RuleViolation("label_template.unreadable")
    values = dict(data)
    try:
        for key in ("cols", "rows", "printer_dpi"):
            if values.get(key) is not None:
                values[key] = int(values[key])
        for key in _FIELDS - {"name", "cols", "rows", "printer_dpi"}:
            if key in values:
                values[key] = float(values[key])
    except (TypeError, ValueError):
        raise RuleViolation(
            "label_template.size_not_number", {"name": values.get('name')}) from None
    return LabelTemplate(**values)


def load_templates(text: str) -> list[LabelTemplate]:
    """Clerk-defined templates from the settings' JSON. A damaged entry is left out (and
    logged), never fatal: a hand-edited settings file must not stop label printing."""
    try:
        raw = json.loads(text) if text.strip() else []
    except ValueError:
        log.warning("custom label templates: not JSON, ignored")
        return []
    out: list[LabelTemplate] = []
    for item in raw if isinstance(raw, list) else []:
        try:
            t = template_from_dict(item)
        except RuleViolation as e:
            log.warning("custom label template ignored: %s", e.message)
            continue
        if find_builtin(t.name) is None and t.name not in {o.name for o in out}:
            out.append(t)
    return out


def dump_templates(templates: Iterable[LabelTemplate]) -> str:
    return json.dumps([template_to_dict(t) for t in templates], ensure_ascii=False)


def find_builtin(name: str) -> LabelTemplate | None:
    """Built-in names match without regard to case ("A4-3x8" is "a4-3x8")."""
    folded = name.strip().casefold()
    return next((t for key, t in TEMPLATES.items() if key.casefold() == folded), None)


def find_template(name: str, custom: Sequence[LabelTemplate] = ()) -> LabelTemplate:
    found = find_builtin(name) or next((t for t in custom if t.name == name.strip()), None)
    if found is None:
        names = "、".join([*TEMPLATES, *(t.name for t in custom)])
        raise RuleViolation("label_template.no_such", {"name": name, "names": names}, "template")
    return found


def parse_positions(text: str) -> frozenset[int]:
    """Positions to skip: ``"3, 5, 7-9"`` → {3, 5, 7, 8, 9}. Their range is checked by the
    engine against the chosen stock."""
    out: set[int] = set()
    for part in (p for p in re.split(r"[,，、;；\s]+", text.strip()) if p):
        m = re.fullmatch(r"(\d{1,3})(?:[-–~～至到](\d{1,3}))?", part)
        if not m:
            raise RuleViolation("labels.skip_unreadable", {"part": part}, "skip")
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if lo < 1 or hi < lo:
            raise RuleViolation("labels.skip_range", {"part": part}, "skip")
        out.update(range(lo, hi + 1))
    return frozenset(out)


def format_positions(positions: Iterable[int]) -> str:
    """The inverse for display: {3, 5, 7, 8, 9} → ``"3, 5, 7-9"``."""
    nums = sorted(set(positions))
    out: list[str] = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append(str(nums[i]) if i == j else f"{nums[i]}-{nums[j]}")
        i = j + 1
    return ", ".join(out)


def parse_offset(text: str) -> tuple[float, float]:
    """``"DX,DY"`` in mm (+x right, +y down), as measured on the printed test page."""
    m = re.fullmatch(rf"\s*({_NUMBER})\s*[,，]\s*({_NUMBER})\s*", text)
    if not m:
        raise RuleViolation("labels.offset_unreadable", {"text": text}, "offset")
    dx, dy = float(m.group(1)), float(m.group(2))
    if abs(dx) > MAX_OFFSET_MM or abs(dy) > MAX_OFFSET_MM:
        raise RuleViolation("labels.offset_range", {"max": MAX_OFFSET_MM}, "offset")
    return dx, dy
