"""`python -m cds_desktop` runs the command line."""

import gc
import sys

from cds_desktop.cli import main

code = main()
# Every file is closed and every profile committed by now. Without this, the interpreter's
# last garbage collections walk every object of SQLAlchemy and ours on the way out:
# 70–100 ms of every command (issue 14). Frozen objects are freed with the process.
gc.freeze()
sys.exit(code)
