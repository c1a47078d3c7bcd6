"""The frozen bundle's one program: ``miji-desk`` (the window) or, called as ``miji-desk-cli``
(a link to the same file) or with ``cli`` as its first argument, the command line."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.argv[0]).stem.endswith("-cli"):
        from miji_desk.cli import main as cli_main

        return cli_main(sys.argv[1:])
    if sys.argv[1:2] == ["cli"]:  # Windows has no links: miji-desk.exe cli ARGS
        from miji_desk.cli import main as cli_main

        return cli_main(sys.argv[2:])
    from miji_desk.__main__ import main as app_main

    return app_main()


if __name__ == "__main__":
    sys.exit(main())
