"""`python -m cds_desktop` runs the command line."""

import sys

from cds_desktop.cli import main

sys.exit(main())
