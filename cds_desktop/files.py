"""Creating a new file without ever clobbering one, and moving a finished file into its
place, patiently on Windows.

Every file the program writes for good (a package, an evidence file or pack, a report,
a backup) is written under a temporary name and renamed when complete. On Windows an
antivirus scanner or the search indexer often opens a file the moment it is closed, and
a rename during that moment fails with a sharing violation; it is tried again for a
short while instead of failing the whole operation.
"""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cds_desktop.errors import CdsError

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


def fsync_directory(folder: Path) -> None:
    """Make a rename durable; not possible (nor needed) on Windows."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def new_file_in_place(target: Path, mode: int = 0o666) -> Iterator[BinaryIO]:
    """A new file written under a temporary name beside `target` and moved over it (the
    rename made durable) when the block ends; removed if the block fails, and an
    `OSError` becomes a `CdsError` naming `target`. The block fsyncs what it writes."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.part")
    try:
        handle = create_new(temp, mode)
        try:
            yield handle
        finally:
            handle.close()
        move_into_place(temp, target)
        fsync_directory(target.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CdsError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
