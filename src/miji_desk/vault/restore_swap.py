"""The last step of a restore, made resumable: swapping the restored vault in by renames.

A restore renames the old vault (file, key file, hot journal) aside to ``*-replaced-*`` and the
verified, audited ``.restoring`` copy in. A kill between two of those renames used to leave no
vault at the target at all (and the next start offered the setup wizard over the data). So the
renames are first written down in ``<vault>.restore-plan`` (durably, before the first one);
whoever opens the vault next (``settle``, called by ``Vault.open`` and at start) finds the plan
and finishes it. Rolling forward is always right: the plan is written only after the restored
copy was verified, audited and proven to open with its key file on this PC, and after the clerk
confirmed the restore.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path

from ..core.errors import EnvironmentProblem

log = logging.getLogger(__name__)

PLAN_SUFFIX = ".restore-plan"
RESTORING_SUFFIX = ".restoring"


def plan_path(target: Path) -> Path:
    return target.with_name(target.name + PLAN_SUFFIX)


def restoring_path(target: Path) -> Path:
    """Where ``prepare_restore`` unpacks a verified backup beside ``target``."""
    return target.with_name(target.name + RESTORING_SUFFIX)


def fsync_dir(folder: Path) -> None:
    """Make renames durable (POSIX). Windows cannot open folders; NTFS journals renames."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def rename_no_replace(src: Path, dst: Path) -> None:
    # os.rename replaces silently on POSIX; one clerk restores one vault at a time.
    if os.path.lexists(dst):
        raise FileExistsError(errno.EEXIST, "exists", str(dst))
    os.rename(src, dst)


def _write_plan(target: Path, moves: list[tuple[Path, Path]]) -> None:
    plan = plan_path(target)
    tmp = plan.with_name(plan.name + ".tmp")
    data = json.dumps({"moves": [[s.name, d.name] for s, d in moves]}).encode("utf-8")
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, plan)  # the plan exists whole or not at all
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def swap_in(new_db: Path, new_keys: Path, target: Path, kept: Path | None,
            rename: Callable[[Path, Path], None] = rename_no_replace) -> None:
    """Rename the old vault aside (to ``kept``) and ``new_db`` / ``new_keys`` in.

    A rename that fails (disk error) undoes the ones done and raises ``OSError``: the target is
    the old vault again. A kill leaves the plan behind, and ``settle`` finishes the swap.
    """
    moves: list[tuple[Path, Path]] = []
    if kept is not None:
        for suffix in ("", ".keys", "-journal"):
            src = Path(str(target) + suffix)
            if os.path.lexists(src):
                moves.append((src, Path(str(kept) + suffix)))
    moves += [(new_keys, Path(str(target) + ".keys")), (new_db, target)]
    _write_plan(target, moves)
    done: list[tuple[Path, Path]] = []
    try:
        for src, dst in moves:
            rename(src, dst)
            done.append((src, dst))
        fsync_dir(target.parent)
    except OSError:
        undone = True
        for src, dst in reversed(done):
            try:
                os.rename(dst, src)
            except OSError:
                undone = False
        if undone:  # else the plan stays, and the next open finishes the swap
            with contextlib.suppress(OSError):
                plan_path(target).unlink()
        raise
    with contextlib.suppress(OSError):  # a plan whose renames are all done is dropped later
        plan_path(target).unlink()
        fsync_dir(target.parent)


def settle(target: Path) -> bool:
    """Finish a restore that was killed during its swap; True if there was one to finish.

    Raises ``EnvironmentProblem`` (changing nothing further) when the files do not match the
    plan, e.g. someone moved them by hand since.
    """
    target = Path(target)
    plan = plan_path(target)
    with contextlib.suppress(OSError):
        plan.with_name(plan.name + ".tmp").unlink()  # a plan never completed: nothing moved
    try:
        doc = json.loads(plan.read_text(encoding="utf-8"))
        moves = [(target.with_name(str(s)), target.with_name(str(d))) for s, d in doc["moves"]]
    except FileNotFoundError:
        return False
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise EnvironmentProblem(
            f"上次恢复未完成，但其记录文件无法读取：{plan}（{e}）。为免弄错，未作任何改动；"
            "请联系管理员检查该文件夹。") from e
    # The renames ran in order: find how many were done by the files that exist now.
    involved = {p for move in moves for p in move}
    actual = {p for p in involved if os.path.lexists(p)}
    state = {src for src, _dst in moves}
    todo: list[tuple[Path, Path]] | None = None
    for done in range(len(moves) + 1):
        if state == actual:
            todo = moves[done:]
            break
        if done < len(moves):
            src, dst = moves[done]
            state = (state - {src}) | {dst}
    if todo is None:
        raise EnvironmentProblem(
            f"上次恢复未完成，但文件与其记录不符。为免弄错，未作任何改动；"
            f"请联系管理员检查文件夹 {target.parent}（记录在 {plan.name}）。")
    try:
        for src, dst in todo:
            rename_no_replace(src, dst)
        fsync_dir(target.parent)
        plan.unlink()
        fsync_dir(target.parent)
    except OSError as e:
        raise EnvironmentProblem(
            f"上次恢复未完成，现在也无法完成：{e.strerror or e}（{target.parent}）。"
            "请排除磁盘问题后重新启动。") from e
    log.warning("finished an interrupted restore of %s (%d renames)", target.name, len(todo))
    return True
