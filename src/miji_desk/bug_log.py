"""The bug log: a rotating file in the app's data folder that never holds ledger content.

What reaches the file is code, never data:

- a record's message is its format string only; its arguments (which may be a title, a name,
  a 文号 or a search text) are dropped;
- an exception is written as its type and its stack (file, line, function, the line of code);
  never ``str(exc)``, which carries SQL parameters, a refusal's Chinese text with the ledger
  line in it, or a value that failed to convert; never local variables.

No Qt here: the CLI and the GUI use the same log.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import os
import traceback
from pathlib import Path
from types import TracebackType

LOG_FILE = "miji-desk.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
ROOT = "miji_desk"
WITHHELD = "<withheld>"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def stack_text(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> str:
    """An exception as type and stack, without its message or any value; causes too."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    current_tb = tb
    current_type: type[BaseException] = exc_type
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = traceback.extract_tb(current_tb)
        lines.append("Traceback (most recent call last):")
        for f in frames:
            lines.append(f'  File "{f.filename}", line {f.lineno}, in {f.name}')
            if f.line:
                lines.append(f"    {f.line.strip()}")
        lines.append(f"{current_type.__module__}.{current_type.__qualname__} "
                     "(message withheld: it may hold ledger content)")
        nxt = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
        if nxt is not None:
            lines.append("caused by / during the handling of:")
            current_tb, current_type = nxt.__traceback__, type(nxt)
        current = nxt
    return "\n".join(lines)


def _withheld(record: logging.LogRecord) -> str:
    """The format string with its numbers filled in; any text argument is withheld."""
    template = str(record.msg)  # code, not data
    args = record.args if isinstance(record.args, tuple) else ()
    if not args:
        return template
    safe = tuple(a if isinstance(a, int | float) else WITHHELD for a in args)
    try:
        return template % safe
    except (TypeError, ValueError):
        return template


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        clean = logging.makeLogRecord(record.__dict__)
        clean.msg = _withheld(record)
        clean.args = None
        clean.exc_info = None
        clean.exc_text = None
        clean.stack_info = None
        text = super().format(clean)
        if record.exc_info and record.exc_info[1] is not None:
            exc_type, exc, tb = record.exc_info
            assert exc_type is not None
            text += "\n" + stack_text(exc_type, exc, tb)
        return text


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Every log file (the rotated ones too) readable by the clerk's account only."""

    def _open(self):  # type: ignore[no-untyped-def]
        stream = super()._open()
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return stream


def install_log(folder: Path) -> Path:
    """Send the app's log records (warnings and worse) to ``folder/miji-desk.log``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    logger = logging.getLogger(ROOT)
    for old in [h for h in logger.handlers if isinstance(h, PrivateRotatingFileHandler)]:
        logger.removeHandler(old)
        old.close()
    handler = PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                         encoding="utf-8", delay=False)
    handler.setFormatter(ScrubbingFormatter(FORMAT))
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)  # the handler's level decides: the loggers' stay as they are
    return path


def log_bug(exc_info: ExcInfo, *, background: bool = False) -> None:
    """A bug: its type and stack go to the log with a fixed description."""
    logging.getLogger(f"{ROOT}.bug").error(
        "unhandled error in a background thread" if background else "unhandled error",
        exc_info=exc_info)


def log_path() -> Path | None:
    for h in logging.getLogger(ROOT).handlers:
        if isinstance(h, PrivateRotatingFileHandler):
            return Path(h.baseFilename)
    return None


__all__ = ["LOG_FILE", "install_log", "log_bug", "log_path", "stack_text"]
