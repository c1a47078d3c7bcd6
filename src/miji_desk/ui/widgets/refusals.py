"""What the clerk reads for a refusal or an environment problem."""

from __future__ import annotations

from ...core.errors import MijiError


def refusal_text(exc: MijiError) -> str:
    return exc.message
