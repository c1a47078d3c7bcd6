"""No crash dump may hold the ledger, the passphrase or the data key.

Called first thing by every entry point (``app.run``, ``cli.main``, ``__main__``), before any
secret is read. Linux: ``RLIMIT_CORE`` 0 and ``PR_SET_DUMPABLE`` 0 (the latter also stops
other processes of the same user from attaching a debugger or reading this one's memory).
Windows: Windows Error Reporting collects no heap for this process and this program is
excluded from WER for the current user, where the OS allows it. Each step is best effort: a
refusal by the OS is reported in the returned list, never fatal.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
WER_FAULT_REPORTING_FLAG_NOHEAP = 1


def disable_core_dumps() -> list[str]:
    """Turn off every kind of crash dump this OS offers; returns the steps that failed."""
    failed: list[str] = []
    if sys.platform == "win32":
        _windows(failed)
        return failed
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        failed.append("RLIMIT_CORE")
    if sys.platform.startswith("linux"):
        try:
            # The process's own symbols, libc's among them: no ``find_library``, which runs
            # ldconfig in a child process (tens of milliseconds of every start).
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
                failed.append("PR_SET_DUMPABLE")
        except (OSError, AttributeError):
            failed.append("PR_SET_DUMPABLE")
    return failed


def _windows(failed: list[str]) -> None:
    try:
        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        # S_OK is 0; both exist since Vista.
        if kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP) != 0:
            failed.append("WerSetFlags")
        wer = ctypes.WinDLL("wer")  # type: ignore[attr-defined]
        if wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False) != 0:
            failed.append("WerAddExcludedApplication")
    except (OSError, AttributeError):
        failed.append("WER")
