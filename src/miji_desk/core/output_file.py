"""One output file (a PDF, an export), written whole under a temporary name, then renamed.

The order for an audited output: ``OutputFile(final)`` refuses one of the app's own files
(``own_files``) before anything is written → the caller writes ``stream`` → records its audit
event → ``commit()`` renames into place. Without a commit (an exception, a failed audit)
only the temporary file goes: a file that existed before under the final name is never
touched. The file is private (0600): an exported register is a classified carrier.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from .errors import EnvironmentProblem
from .own_files import refuse_own_file

PRIVATE_MODE = 0o600
PRIVATE_UMASK = 0o077
PART_SUFFIX = ".part"
CARRIER_NOTICE = ("此文件含涉密台账内容，属于涉密载体：仅本人可读写（0600），"
                  "须按其密级登记、保管，不得拷入非涉密设备。")


def private_umask() -> None:
    """Every file the process creates from now on is readable by its owner only. Called at
    each entry point (GUI, CLI) before anything is opened."""
    os.umask(PRIVATE_UMASK)


class OutputFile:
    def __init__(self, final: Path | str) -> None:
        self.final = Path(final)
        refuse_own_file(self.final)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{self.final.name}.", suffix=PART_SUFFIX,
                                       dir=self.final.parent)  # mkstemp: mode 0600
        except OSError as e:
            raise _problem(self.final, e) from e
        self.part = Path(tmp)
        self.stream: BinaryIO = os.fdopen(fd, "wb")
        self.committed = False

    def write(self, data: bytes) -> None:
        try:
            self.stream.write(data)
        except OSError as e:
            self.discard()
            raise _problem(self.final, e) from e

    def commit(self) -> Path:
        """Put the finished file in place; checked again, in case the name changed meanwhile."""
        try:
            self.stream.flush()
            os.fsync(self.stream.fileno())
            self.stream.close()
            refuse_own_file(self.final)
            if self.final.is_dir():
                raise IsADirectoryError(errno.EISDIR, "is a folder", str(self.final))
            os.chmod(self.part, PRIVATE_MODE)
            os.replace(self.part, self.final)
        except OSError as e:
            self.discard()
            raise _problem(self.final, e) from e
        except BaseException:
            self.discard()
            raise
        self.committed = True
        return self.final

    def discard(self) -> None:
        """Remove the temporary file only; the final name is not touched."""
        with contextlib.suppress(OSError):
            self.stream.close()
        if not self.committed:
            self.part.unlink(missing_ok=True)

    def __enter__(self) -> OutputFile:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self.committed:
            self.discard()


def _problem(final: Path, error: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(
        f"无法写入 {final}：{error.strerror or error}。请检查磁盘空间、存储介质和所选位置后重试；"
        "原有文件未被改动。")
