"""``python -m miji_desk.cli``: the same command line as ``miji-desk-cli``."""

import sys

from . import main

sys.exit(main())
