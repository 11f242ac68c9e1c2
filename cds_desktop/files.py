"""Moving a finished file into its place, patiently on Windows.

Every file the program writes for good (a package, an evidence file or pack, a report,
a backup) is written under a temporary name and renamed when complete. On Windows an
antivirus scanner or the search indexer often opens a file the moment it is closed, and
a rename during that moment fails with a sharing violation; it is tried again for a
short while instead of failing the whole operation.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

RETRY_SECONDS = 3.0 if os.name == "nt" else 0.0
"""How long a rename refused for a file in use is tried again (not on POSIX, where a
refusal means a real permission problem)."""


def move_into_place(source: Path, target: Path) -> None:
    """`source.replace(target)` (atomic on one volume), tried again while Windows says
    the file is in use."""
    deadline = time.monotonic() + RETRY_SECONDS
    pause = 0.02
    while True:
        try:
            source.replace(target)
            return
        except PermissionError:
            if time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.25)
