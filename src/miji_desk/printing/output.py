"""Where a PDF goes: a file written whole or not at all, or a binary stream the caller owns."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..core.errors import EnvironmentProblem
from ..core.output_file import OutputFile
from .fonts import LATIN_FONT, register_fonts

Target = Path | str | BinaryIO


@contextmanager
def pdf_canvas(out: Target, pagesize: tuple[float, float], title: str, *,
               author: str = "") -> Iterator[Canvas]:
    """A canvas that writes ``out`` when the block ends without error. Its title names the
    unit and the document, its author the unit (never reportlab's "anonymous").

    A file is refused if it is one of the app's own (the vault, its keys, a backup:
    ``core.own_files``); otherwise it is written under a temporary name in the same folder,
    private (0600), and renamed into place, so a failure (full disk, removed medium, a rule
    refused halfway) never leaves a half-written PDF and never destroys the previous one of the
    same name. A caller that must audit before the file appears passes ``OutputFile.stream``.
    """
    register_fonts()
    configure_reportlab()
    if isinstance(out, str | Path):
        with OutputFile(out) as output:
            canvas = _new(output.stream, pagesize, title, author)
            yield canvas
            try:
                canvas.save()
            except OSError as exc:
                raise EnvironmentProblem(f"无法写入 {output.final}：{exc.strerror or exc}。"
                                         "请检查磁盘空间和存储介质后重试。") from exc
            output.commit()
    else:
        canvas = _new(out, pagesize, title, author)
        yield canvas
        canvas.save()


def configure_reportlab() -> None:
    """Document settings shared by every PDF (and by the benchmark's baseline): page streams
    compressed as binary, without ASCII85 on top (which reportlab's pure-Python encoder makes
    the slowest step of a big register, and which only makes files bigger)."""
    rl_config.useA85 = 0


def _new(target: str | BinaryIO, pagesize: tuple[float, float], title: str,
         author: str) -> Canvas:
    # The initial font is ours, so the PDF names no font it does not embed (not even Helvetica).
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1, initialFontName=LATIN_FONT,
                    initialFontSize=10)
    canvas.setTitle(title)
    canvas.setAuthor(author or "Miji Desk")
    canvas.setCreator(f"Miji Desk {__version__}")
    canvas.setProducer("Miji Desk (reportlab)")
    return canvas
