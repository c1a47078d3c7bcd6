"""Helper process: ``miji-desk-cli verify-backup`` killed with SIGKILL mid-verification.

Usage: python -m tests.vault.verify_killer BACKUP (passphrase on stdin; TMPDIR chooses where the
scratch copy goes). The scratch copy is complete when the kill lands, as after a power cut.
"""

from __future__ import annotations

import os
import signal
import sys

from miji_desk import cli
from miji_desk.vault.backup import verification


def main(backup: str) -> None:
    def killed(db, *args, **kw):  # the database is unpacked; now the long checks would run
        print("scratch", db, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    verification._verify_database = killed
    cli.main(["verify-backup", backup, "--passphrase-stdin"])


if __name__ == "__main__":
    main(sys.argv[1])
