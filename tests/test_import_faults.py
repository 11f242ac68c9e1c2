"""Faults of the centre's computer during an import batch (issue 11, item 5): a disk that
fills up while a package's evidence is staged, and a pre-import backup that fails."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

import pytest
from sqlalchemy import event, select

from cds_desktop import backups
from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.models import ImportLog
from cds_desktop.packages import background
from cds_desktop.packages.importer import import_packages
from tests.package_helpers import export, make_centre, make_unit, master_digest

CAPACITY = 1_000_000
"""Bytes the simulated disk has free for staged files (and the database's growth)."""


def staged_bytes(staging: Path) -> int:
    return sum(p.stat().st_size for p in staging.glob("*.part"))


def test_a_full_disk_while_staging_keeps_the_log_row_and_the_rest_of_the_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first package's evidence does not fit: its staged file fills the disk. It is
    rejected (`storage`); its log row is written only because the staged file is freed
    first (the simulated database cannot grow while the disk is full), and the next,
    small package is still imported."""
    big = make_unit(tmp_path, "SO-HNI", seed=1)
    video = tmp_path / "video.bin"
    video.write_bytes(os.urandom(3 * CAPACITY))
    ActivityService(big).add(
        {"title": "Phim tư liệu", "form": "news", "start_date": "2024-10-11"}, [FileInput(video)]
    )
    small = make_unit(tmp_path, "SO-HCM", seed=2)
    packages = [export(big, tmp_path / "out"), export(small, tmp_path / "out")]
    big.close()
    small.close()
    centre = make_centre(tmp_path)
    staging = centre.paths.staging
    real_write_all = background.write_all

    def disk_write_all(handle: BinaryIO, buffers: Sequence[bytes]) -> None:
        wanted = sum(len(b) for b in buffers)
        room = CAPACITY - staged_bytes(staging)
        if wanted > room:
            real_write_all(handle, [b"\0" * max(room, 0)])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_write_all(handle, buffers)

    def full_database(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT") and staged_bytes(staging) >= CAPACITY:
            raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(background, "write_all", disk_write_all)
    event.listen(centre.database.engine, "before_cursor_execute", full_database)
    try:
        first, second = import_packages(centre, packages, trust_new=True)
    finally:
        event.remove(centre.database.engine, "before_cursor_execute", full_database)
    assert (first.status, first.reason_code) == ("rejected", "storage")
    assert "No space left" in first.reason
    assert second.status == "imported" and second.unit_code == "SO-HCM"
    with centre.database.session() as session:
        log = session.execute(select(ImportLog.unit_code, ImportLog.status)).all()
    assert sorted(log) == [("SO-HCM", "imported"), ("SO-HNI", "rejected")]
    assert list(staging.iterdir()) == []
    centre.close()


def test_a_failed_backup_before_an_import_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cli: Any
) -> None:
    unit = make_unit(tmp_path)
    package = export(unit, tmp_path / "out")
    unit.close()
    centre = make_centre(tmp_path)
    before = master_digest(centre)
    folder = centre.paths.backups

    def disk_full(*_args: object) -> None:
        assert list(folder.glob("*.partial")), "the copy is written under a temporary name"
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backups, "move_into_place", disk_full)
    with pytest.raises(OSError):
        import_packages(centre, [package], trust_new=True)
    assert list(folder.glob("*.partial")) == []
    assert master_digest(centre) == before
    data_dir = centre.paths.root
    centre.close()
    result = cli("--data-dir", str(data_dir), "import", "--trust-new", str(package))
    assert result.code == 1 and "Traceback" not in result.err
    assert result.err.startswith("error: ") and "disk" in result.err.lower()
    assert list(folder.glob("*.partial")) == []
