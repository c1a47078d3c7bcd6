"""One program at a time has a vault open: a lock file with the holder's process id.

The app (while unlocked) and every command-line command that opens the vault take it; a second
opener is refused with a message naming the holder's PID. Read-only verification does not take
it: it reads one consistent snapshot instead (``Vault.verify`` inside one read transaction).

The lock is an OS file lock (``flock`` / ``msvcrt.locking``), so the OS drops it when its holder
dies. A released lock file is left empty; a lock file that still names a PID when it is taken
was left by a process that died holding it, and ``stale_pid`` says so.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from ..core.errors import EnvironmentProblem
from .errors import VaultError
from .keyslots import KeyFile, key_file_path
from .unlock_limit import default_state_dir

MAX_PID_BYTES = 32


class VaultInUse(VaultError):
    """Another program has this vault open."""

    def __init__(self, message: str, pid: int | None) -> None:
        super().__init__(message)
        self.pid = pid


def lock_path(vault_path: Path, state_dir: Path | None = None) -> Path:
    """Per vault id, in the user's state folder (the vault's own folder stays as it is)."""
    vault_id = KeyFile.load(key_file_path(vault_path)).vault_id
    return (state_dir or default_state_dir()) / f"{vault_id}.lock"


class VaultLock:
    """Held from ``acquire`` until ``release`` (or the process ends)."""

    def __init__(self, vault_path: Path, *, state_dir: Path | None = None) -> None:
        self.vault_path = Path(vault_path)
        self._state_dir = state_dir
        self._fd: int | None = None
        self.stale_pid: int | None = None  # the dead holder whose lock was taken over

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> VaultLock:
        if self._fd is not None:
            return self
        path = lock_path(self.vault_path, self._state_dir)
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise EnvironmentProblem(
                f"无法建立台账占用标记（{e.strerror or type(e).__name__}：{path}），"
                "为防止两个程序同时改动台账，本次不打开。请检查文件夹权限。") from e
        try:
            if not _try_lock(fd):
                pid = _read_pid(fd)
                who = f"进程号 {pid}" if pid else "进程号未知"
                raise VaultInUse(
                    f"这本台账正被另一个程序打开（{who}）。请先关闭那个程序或等它结束后再试；"
                    "只读核验（verify）可以同时进行。", pid)
            self.stale_pid = _read_pid(fd)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode("ascii"))
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # empty: released in order, not left by a dead process
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> VaultLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, MAX_PID_BYTES).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        # Lock a byte far beyond the PID so other processes can still read who holds it.
        os.lseek(fd, 1 << 20, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 1 << 20, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
