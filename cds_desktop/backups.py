"""Copies of the profile database: automatic (daily, before migrations, before imports),
on request (`backup`), and restoring one (`restore`).

Copies are made with SQLite's backup API, never by copying the file of a live database.
Automatic copies rotate: the newest `KEEP_AUTOMATIC` are kept. Copies made on request and
the safety copy taken before a restore are never deleted by the program. Evidence files
are not copied: the evidence store only ever gains files, so an older database still finds
every file it refers to.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.integrity import integrity_problem

log = logging.getLogger(__name__)

KEEP_AUTOMATIC = 10
AUTOMATIC_REASONS = ("daily", "before-migration", "before-import")
_NAME = re.compile(r"^cds-(\d{8}-\d{6}-\d{6})-([a-z]+(?:-[a-z]+)*)(?:_[0-9A-Za-z_-]+)?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size: int


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database, written under a temporary name first."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        move_into_place(partial, target)
    except BaseException:  # a full disk, say: no half copy is left behind
        partial.unlink(missing_ok=True)
        raise


def make_backup(database: Path, folder: Path, reason: str, note: str = "") -> Path:
    """Copy the database into `folder` as `cds-<time>-<reason>[_<note>].sqlite3`."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = f"_{note}" if note else ""
    target = folder / f"cds-{stamp}-{reason}{suffix}.sqlite3"
    backup_sqlite(database, target)
    log.info("database backed up to %s (%s)", target, reason)
    if reason in AUTOMATIC_REASONS:
        rotate(folder)
    return target


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in `folder`, newest first."""
    found = []
    if folder.is_dir():
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            try:
                size = path.stat().st_size if match and path.is_file() else None
            except FileNotFoundError:  # rotated away by another process just now
                size = None
            if match and size is not None:
                created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
                found.append(BackupInfo(path, created, match.group(2), size))
    return sorted(found, key=lambda b: b.created, reverse=True)


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup that passes SQLite's quick check: what to offer after damage."""
    return next((b for b in list_backups(folder) if integrity_problem(b.path) is None), None)


def rotate(folder: Path, keep: int = KEEP_AUTOMATIC) -> None:
    automatic = [b for b in list_backups(folder) if b.reason in AUTOMATIC_REASONS]
    for old in automatic[keep:]:
        old.path.unlink(missing_ok=True)
        log.info("removed old backup %s", old.path)


def daily_backup(database: Path, folder: Path, today: dt.date | None = None) -> Path | None:
    """At most one automatic copy a day, taken when the profile is opened."""
    day = today or dt.date.today()
    if not database.is_file():
        return None
    if any(b.created.date() == day for b in list_backups(folder)):
        return None
    return make_backup(database, folder, "daily")


def _read_identity(database: Path) -> dict[str, str]:
    connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT key, value FROM setting WHERE key IN ('role', 'unit_code')"
        ).fetchall()
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    identity = {str(k): str(v) for k, v in rows}
    identity["revision"] = str(revision[0]) if revision else ""
    return identity


def check_backup(path: Path, known_revisions: set[str]) -> dict[str, str]:
    """Refuse a file that is not a sound CĐS Desktop database this program can open."""
    if not path.is_file():
        raise CdsError(f"backup file {path} does not exist")
    problem = integrity_problem(path)
    if problem is not None:
        raise CdsError(f"{path.name} is damaged or not a database ({problem}); choose another")
    try:
        identity = _read_identity(path)
    except sqlite3.DatabaseError as exc:
        raise CdsError(f"{path.name} is not a CĐS Desktop database ({exc})") from exc
    if "role" not in identity:
        raise CdsError(f"{path.name} holds no CĐS Desktop profile")
    if identity["revision"] not in known_revisions:
        raise CdsError(f"{path.name} was made by a newer version of CĐS Desktop; install it first")
    return identity


def restore_backup(database: Path, folder: Path, source: Path, known_revisions: set[str]) -> Path:
    """Replace the database with a checked backup; returns the safety copy taken first.

    The profile must not be open elsewhere. A backup of another unit is refused. A damaged
    current database is kept byte for byte as `…-damaged.sqlite3` before it is replaced.
    """
    wanted = check_backup(source, known_revisions)
    safety = _safety_copy(database, folder, wanted)
    restored = database.with_name(database.name + ".restoring")
    backup_sqlite(source, restored)
    for companion in ("-wal", "-shm"):
        database.with_name(database.name + companion).unlink(missing_ok=True)
    move_into_place(restored, database)
    log.info("restored %s from %s (safety copy %s)", database, source, safety)
    return safety


def _safety_copy(database: Path, folder: Path, wanted: dict[str, str]) -> Path:
    if not database.is_file():
        return database
    if integrity_problem(database) is not None:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"cds-{stamp}-damaged.sqlite3"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(database, target)
        return target
    current = _read_identity(database)
    if current.get("unit_code", wanted.get("unit_code")) != wanted.get("unit_code"):
        raise CdsError(
            f"the backup belongs to unit {wanted.get('unit_code')}, but this profile belongs "
            f"to {current.get('unit_code')}; nothing was changed"
        )
    return make_backup(database, folder, "before-restore")
