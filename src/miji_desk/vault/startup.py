"""What the app settles before it chooses between the unlock screen and the setup wizard.

A restore killed during its swap is finished, scratch copies of killed runs are removed, and
when there is still no vault while files of an unfinished restore are there, the start is
refused with a message: the setup wizard must never create a new, empty vault over them.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from ..core.errors import EnvironmentProblem
from . import restore_swap, scratch
from .keyslots import key_file_path as key_path  # not .vault: the unlock screen needs none of it


def _remove_stale_restoring(target: Path) -> None:
    """A ``.restoring`` copy without a plan was never swapped in; beside a vault it is scratch
    (``prepare_restore`` would remove it too)."""
    if restore_swap.plan_path(target).exists() or not target.exists():
        return
    db = restore_swap.restoring_path(target)
    for p in (db, key_path(db), db.with_name(db.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    scratch.clean(target.parent, db.name)  # its key file's temp, if the kill came mid-write


def leftovers(target: Path) -> list[Path]:
    """Files an unfinished restore leaves beside a missing vault."""
    folder = target.parent
    found = [p for p in (restore_swap.restoring_path(target), restore_swap.plan_path(target))
             if p.exists()]
    found += sorted(folder.glob(f"{target.stem}-replaced-*{target.suffix}"))
    return found


def prepare(target: Path) -> str | None:
    """Settle ``target``'s folder before start; a message (Chinese) if the app must not go on.

    Raises nothing: an interrupted restore that cannot be finished is a message too.
    """
    target = Path(target)
    try:
        restore_swap.settle(target)
    except EnvironmentProblem as e:  # shown to the clerk; nothing was changed
        return e.message
    scratch.clean(target.parent, target.name)
    scratch.clean(Path(tempfile.gettempdir()))
    _remove_stale_restoring(target)
    if target.exists():
        return None
    found = leftovers(target)
    if not found:
        return None
    names = "、".join(p.name for p in found)
    return (f"找不到台账文件 {target.name}，但文件夹 {target.parent} 中有上次未完成的恢复"
            f"或被替换下来的台账留下的文件：{names}。为免覆盖这些数据，不会新建台账。请重新从备份恢复"
            f"（miji-desk-cli restore），或把被替换下来的台账文件及其 .keys 文件改回原名 "
            f"{target.name} 后重新启动。")
