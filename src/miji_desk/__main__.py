"""``python -m miji_desk`` and the ``miji-desk`` launcher: argv → app.run()."""

from __future__ import annotations

import sys


def main() -> int:
    from .hardening import disable_core_dumps

    disable_core_dumps()  # first of all: nothing imported later may leave a dump behind
    from .app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
