"""Where a PDF goes: a file written whole or not at all, or a binary stream the caller owns."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..core.errors import EnvironmentProblem
from .fonts import LATIN_FONT, register_fonts

Target = Path | str | BinaryIO


@contextmanager
def pdf_canvas(out: Target, pagesize: tuple[float, float], title: str) -> Iterator[Canvas]:
    """A canvas that writes ``out`` when the block ends without error.

    A file is first written beside its final name and renamed into place, so a failure (full
    disk, removed medium, a rule refused halfway) never leaves a half-written PDF, and never
    destroys the previous one of the same name.
    """
    register_fonts()
    configure_reportlab()
    if isinstance(out, str | Path):
        final = Path(out)
        part = final.with_name(final.name + ".part")
        try:
            canvas = _new(str(part), pagesize, title)
            yield canvas
            canvas.save()
            os.replace(part, final)
        except OSError as exc:
            raise EnvironmentProblem(
                f"无法写入 {final}：{exc.strerror or exc}。请检查磁盘空间和存储介质后重试。"
            ) from exc
        finally:
            part.unlink(missing_ok=True)
    else:
        canvas = _new(out, pagesize, title)
        yield canvas
        canvas.save()


def configure_reportlab() -> None:
    """Document settings shared by every PDF (and by the benchmark's baseline): page streams
    compressed as binary, without ASCII85 on top (which reportlab's pure-Python encoder makes
    the slowest step of a big register, and which only makes files bigger)."""
    rl_config.useA85 = 0


def _new(target: str | BinaryIO, pagesize: tuple[float, float], title: str) -> Canvas:
    # The initial font is ours, so the PDF names no font it does not embed (not even Helvetica).
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1, initialFontName=LATIN_FONT,
                    initialFontSize=10)
    canvas.setTitle(title)
    canvas.setCreator(f"Miji Desk {__version__}")
    canvas.setProducer("Miji Desk (reportlab)")
    return canvas
