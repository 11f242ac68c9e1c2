"""One officer of tests/test_concurrent_import.py: the real command line in its own process.

    python -m tests.concurrent_import_worker READY GO DELAY DATA_DIR PACKAGE...

Imports the program first (that is slow), creates READY, waits for GO to exist (so all
workers start together), sleeps DELAY seconds, then runs
`python -m cds_desktop --data-dir DATA_DIR import --trust-new --json PACKAGE...`
and exits with its code. The database is `CDS_DATABASE_URL` if set.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from cds_desktop.cli import main

WAIT_FOR_GO = 300.0


def run(argv: list[str]) -> int:
    ready, go, delay, data_dir, *packages = argv
    Path(ready).touch()
    deadline = time.monotonic() + WAIT_FOR_GO
    while not Path(go).exists():
        if time.monotonic() > deadline:
            sys.stderr.write("worker: no start signal\n")
            return 3
        time.sleep(0.01)
    time.sleep(float(delay))
    return main(["--data-dir", data_dir, "import", "--trust-new", "--json", *packages])


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
