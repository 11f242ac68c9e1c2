"""Creating a new file without ever clobbering one, and moving a finished file into its
place, patiently on Windows.

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
from typing import BinaryIO

_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def create_new(path: Path, mode: int) -> BinaryIO:
    """A file that did not exist (`FileExistsError` otherwise), open for unbuffered
    binary writing; `mode` is filtered by the umask (0o666: a document, 0o600: private)."""
    return os.fdopen(os.open(path, _NEW_FILE, mode), "wb", buffering=0)


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
