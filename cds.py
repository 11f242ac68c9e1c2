"""The command line from any folder: `python path/to/cds.py COMMAND …`, the same as
`python -m cds_desktop COMMAND …` run in the project folder (SPEC §5)."""

from __future__ import annotations

import sys

from cds_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
