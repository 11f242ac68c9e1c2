"""Problems of the computer rather than of the program: disk full, read-only or locked
folders, a database in use or damaged, a missing file.

`classify` turns such an exception into a `Problem` with a stable kind, so the CLI can say
it in plain English and the GUI in Vietnamese, each with what to do; anything else is a
bug and goes to the crash report.
"""

from __future__ import annotations

import errno
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

DISK_FULL = "disk_full"
NO_PERMISSION = "no_permission"
READ_ONLY = "read_only"
IN_USE = "in_use"
DAMAGED = "damaged"
MISSING = "missing"

ADVICE = {
    DISK_FULL: "the disk is full; free some space (or choose another drive) and try again",
    NO_PERMISSION: "permission denied; choose a folder of your own (e.g. Documents) or ask "
    "the administrator for write access, then try again",
    READ_ONLY: "the drive or folder is read-only (a locked USB stick or a CD?); choose a "
    "writable one and try again",
    IN_USE: "the database is in use by another copy of CĐS Desktop; close it and try again",
    DAMAGED: "the database is damaged; restore the newest backup (`restore`, or Settings → "
    "Backups in the program)",
    MISSING: "a file the program needs is missing; put it back or choose it again",
}


@dataclass(frozen=True)
class Problem:
    kind: str
    detail: str

    @property
    def advice(self) -> str:
        return ADVICE[self.kind]

    def __str__(self) -> str:
        return f"{self.advice} ({self.detail})"


_ERRNO_KINDS = {
    errno.ENOSPC: DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): DISK_FULL,
    errno.EACCES: NO_PERMISSION,
    errno.EPERM: NO_PERMISSION,
    errno.EROFS: READ_ONLY,
    errno.ENOENT: MISSING,
}
_WINDOWS_KINDS = {39: DISK_FULL, 112: DISK_FULL, 5: NO_PERMISSION, 19: READ_ONLY, 32: IN_USE}
"""Windows error codes: handle disk full, disk full, access denied, write protect, in use."""


def classify(exc: BaseException) -> Problem | None:
    """The environment problem behind `exc`, or None if it is not one (then it is a bug)."""
    # SQLAlchemy's wrapper of a driver's error; not imported for it: the windows use this
    # before the database layer has loaded, when no such error can exist
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_errors is not None and isinstance(exc, sqlalchemy_errors.DBAPIError):
        orig = exc.orig
        if isinstance(orig, BaseException):
            return classify(orig)
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        kind = _WINDOWS_KINDS.get(winerror) if winerror else None
        kind = kind or _ERRNO_KINDS.get(exc.errno or 0)
        if kind is None:
            return None
        where = f": {exc.filename}" if exc.filename else ""
        return Problem(kind, f"{exc.strerror or exc}{where}")
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return Problem(IN_USE, str(exc))
        if "full" in text:
            return Problem(DISK_FULL, str(exc))
        if "readonly" in text or "read-only" in text:
            return Problem(READ_ONLY, str(exc))
        if "malformed" in text or "not a database" in text or "disk i/o" in text:
            return Problem(DAMAGED, str(exc))
        if "unable to open" in text:
            return Problem(NO_PERMISSION, str(exc))
    return None


def folder_write_problem(folder: Path) -> Problem | None:
    """Why nothing can be written in `folder` (read-only drive or folder, no permission),
    or None if a file can be created there. Tried for real: permissions alone do not say
    it (a read-only USB stick, Windows' "Read-only" attribute, an administrator)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return None
    except OSError as exc:
        problem = classify(exc)
        if problem is not None and problem.kind in (READ_ONLY, NO_PERMISSION):
            return problem
        return Problem(READ_ONLY, f"{exc.strerror or exc}: {folder}")
