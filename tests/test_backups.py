"""Backups (automatic and on request), restore, and the start-up integrity check."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from cds_desktop import backups
from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.database import known_revisions
from cds_desktop.errors import CdsError, DatabaseDamagedError
from cds_desktop.packages.importer import import_packages
from cds_desktop.profile import Profile, backup_profile, create_profile, open_profile
from tests.conftest import CliResult

Cli = Callable[..., CliResult]
BASE = {"form": "news", "start_date": "2024-10-01"}


def titles(data_dir: Path) -> list[str]:
    with open_profile(data_dir) as profile:
        return [v.data.title for v in ActivityService(profile).list_activities()]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(database: Path) -> None:
    """Overwrite the middle of the file, as a failing disk would."""
    data = bytearray(database.read_bytes())
    data[4096 : 4096 * 3] = b"\x5a" * (4096 * 2)
    database.write_bytes(bytes(data))


def test_opening_takes_one_automatic_backup_a_day(unit_profile: Profile, data_dir: Path) -> None:
    unit_profile.close()
    open_profile(data_dir).close()
    open_profile(data_dir).close()
    daily = [b for b in backups.list_backups(data_dir / "backups") if b.reason == "daily"]
    assert len(daily) == 1
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    taken = backups.daily_backup(data_dir / "cds.sqlite3", data_dir / "backups", today=tomorrow)
    assert taken is not None and backups.integrity_problem(taken) is None


def test_automatic_backups_rotate_but_manual_ones_stay(
    unit_profile: Profile, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    manual = backups.make_backup(data_dir / "cds.sqlite3", folder, "manual")
    for _ in range(backups.KEEP_AUTOMATIC + 3):
        backups.make_backup(data_dir / "cds.sqlite3", folder, "before-import")
    kept = backups.list_backups(folder)
    assert len([b for b in kept if b.reason == "before-import"]) == backups.KEEP_AUTOMATIC
    assert manual.exists()


def test_backup_and_restore_from_the_command_line(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    assert cli("--data-dir", str(data_dir), "init", "--role", "unit", "--unit-code", "BO-VP",
               "--unit-name", "Văn phòng Bộ").code == 0  # fmt: skip
    add = (
        "--data-dir",
        str(data_dir),
        "activity",
        "add",
        "--form",
        "news",
        "--start",
        "2024-10-01",
    )
    cli(*add, "--title", "Tin thứ nhất")
    saved = tmp_path / "sao lưu.sqlite3"
    result = cli("--data-dir", str(data_dir), "backup", "--out", str(saved))
    assert result.code == 0 and saved.is_file()
    cli(*add, "--title", "Tin thứ hai")

    restored = cli("--data-dir", str(data_dir), "restore", str(saved))
    assert restored.code == 0, restored.err
    assert titles(data_dir) == ["Tin thứ nhất"]
    [safety] = [
        b for b in backups.list_backups(data_dir / "backups") if b.reason == "before-restore"
    ]
    assert safety.path.name in restored.out
    # the state before the restore is kept and can itself be restored
    assert cli("--data-dir", str(data_dir), "restore", str(safety.path)).code == 0
    assert sorted(titles(data_dir)) == ["Tin thứ hai", "Tin thứ nhất"]


def test_restore_refuses_a_damaged_or_foreign_file(
    cli: Cli, unit_profile: Profile, data_dir: Path, tmp_path: Path
) -> None:
    unit_profile.close()
    database = data_dir / "cds.sqlite3"
    before = digest(database)
    junk = tmp_path / "hỏng.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    result = cli("--data-dir", str(data_dir), "restore", str(junk))
    assert result.code == 1 and "hỏng.sqlite3 is damaged or not a database" in result.err

    other = create_profile(tmp_path / "other", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    other.close()
    result = cli("--data-dir", str(data_dir), "restore", str(tmp_path / "other" / "cds.sqlite3"))
    assert result.code == 1 and "belongs to unit SO-HNI" in result.err
    assert digest(database) == before


def test_damaged_database_is_refused_with_the_newest_good_backup(
    unit_profile: Profile, data_dir: Path
) -> None:
    ActivityService(unit_profile).add(BASE | {"title": "Trước sự cố"})
    good = backups.make_backup(data_dir / "cds.sqlite3", data_dir / "backups", "manual")
    unit_profile.close()
    damage(data_dir / "cds.sqlite3")
    with pytest.raises(DatabaseDamagedError, match="restore the newest good backup") as info:
        open_profile(data_dir)
    assert str(good) in str(info.value)
    assert info.value.backup is not None and info.value.backup.path == good  # for the GUI
    backups.restore_backup(data_dir / "cds.sqlite3", data_dir / "backups", good, known_revisions())
    assert titles(data_dir) == ["Trước sự cố"]
    assert any(b.reason == "damaged" for b in backups.list_backups(data_dir / "backups"))


def test_evidence_check_finds_missing_and_damaged_files(
    cli: Cli, unit_profile: Profile, data_dir: Path, tmp_path: Path
) -> None:
    for name in ("a.jpg", "b.pdf"):
        (tmp_path / name).write_bytes(name.encode() * 50)
    ActivityService(unit_profile).add(
        BASE | {"title": "Có minh chứng"},
        files=[FileInput(tmp_path / "a.jpg"), FileInput(tmp_path / "b.pdf")],
    )
    unit_profile.close()
    ok = cli("--data-dir", str(data_dir), "check", "--evidence")
    assert ok.code == 0 and "evidence files checked: 2" in ok.out
    a = unit_profile.evidence.path_for(hashlib.sha256(b"a.jpg" * 50).hexdigest())
    b = unit_profile.evidence.path_for(hashlib.sha256(b"b.pdf" * 50).hexdigest())
    a.unlink()
    b.write_bytes(b"changed")
    bad = cli("--data-dir", str(data_dir), "check", "--evidence")
    assert bad.code == 1 and "2 evidence file(s) missing or damaged" in bad.err


def test_backup_of_a_server_database_is_left_to_the_server(
    unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDS_DATABASE_URL", "postgresql://centre@localhost/cds")
    with pytest.raises(CdsError, match="server's own tools"):
        backup_profile(unit_profile)


def test_import_backs_up_the_master_first(centre_profile: Profile, tmp_path: Path) -> None:
    package = tmp_path / "không phải gói.cdspkg"
    package.write_bytes(b"PK\x03\x04 not really a package")
    [result] = import_packages(centre_profile, [package])
    assert result.status == "rejected"
    [copy] = [
        b for b in backups.list_backups(centre_profile.paths.backups) if b.reason == "before-import"
    ]
    assert backups.integrity_problem(copy.path) is None
