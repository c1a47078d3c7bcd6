"""Where the shipped resources (fonts, icons, translations) are.

In a source checkout they sit at ``<repo>/resources``; an installed or frozen build carries a copy
inside the package as ``miji_desk/resources``. The packaged copy wins, so an installed app never
reads files from whatever checkout happens to lie above it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .core.errors import EnvironmentProblem

_PACKAGE = Path(__file__).resolve().parent


def _missing(what: str) -> EnvironmentProblem:
    return EnvironmentProblem(f"程序文件不完整：找不到 {what}。请重新安装 Miji Desk。")


@cache
def resources_root() -> Path:
    packaged = _PACKAGE / "resources"
    if packaged.is_dir():
        return packaged
    for parent in list(_PACKAGE.parents)[:3]:  # src/miji_desk → src → <repo>
        candidate = parent / "resources"
        if candidate.is_dir():
            return candidate
    raise _missing("resources")


def resource_path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``resource_path("fonts", "X.ttf")``; it must exist."""
    path = resources_root().joinpath(*parts)
    if not path.exists():
        raise _missing("resources/" + "/".join(parts))
    return path
