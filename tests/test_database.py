"""Migrations from code, backups before migrating, refusal of newer databases."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from cds_desktop.activities import ActivityService
from cds_desktop.database import alembic_config, current_revision, head_revision, make_engine
from cds_desktop.errors import DatabaseTooNewError, ProfileError
from cds_desktop.models import Base
from cds_desktop.profile import Profile, create_profile, open_profile
from cds_desktop.units import UnitService


def revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_profile_is_at_the_newest_schema(unit_profile: Profile, data_dir: Path) -> None:
    engine = make_engine(f"sqlite:///{(data_dir / 'cds.sqlite3').as_posix()}")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_the_migrations_build_exactly_the_schema_of_the_models(
    unit_profile: Profile, data_dir: Path
) -> None:
    """A column added to a model without a migration (or the other way round) shows here."""
    engine = make_engine(f"sqlite:///{(data_dir / 'cds.sqlite3').as_posix()}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_foreign_keys_are_enforced(unit_profile: Profile, data_dir: Path) -> None:
    engine = make_engine(f"sqlite:///{(data_dir / 'cds.sqlite3').as_posix()}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    engine.dispose()


def test_populated_database_migrates_from_the_first_revision(data_dir: Path) -> None:
    """A profile made by the first release opens in this one, every record intact."""
    first = revisions_oldest_first()[0]
    assert len(revisions_oldest_first()) >= 2, "needs an older revision to migrate from"
    data_dir.mkdir(parents=True)
    database = data_dir / "cds.sqlite3"
    engine = make_engine(f"sqlite:///{database.as_posix()}")
    command.upgrade(alembic_config(engine), first)
    with engine.begin() as c:
        for key, value in (("role", "unit"), ("unit_code", "BO-VP"), ("unit_name", "Văn phòng Bộ")):
            c.execute(text("INSERT INTO setting VALUES (:k, :v)"), {"k": key, "v": value})
        c.execute(
            text(
                "INSERT INTO campaign (id, code, name, theme, plan, start_date, end_date, active) "
                "VALUES (1, 'CDS-2024', 'Đợt 2024', 'Chủ đề', '', '2024-09-15', '2024-10-31', 1)"
            )
        )
        c.execute(
            text(
                'INSERT INTO unit (code, name, "group", sort_order, created_at) '
                "VALUES ('BO-VP', 'Văn phòng Bộ', 'ministry', 6, '2024-09-01 00:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO activity (id, unit_code, campaign_id, title, form, channels, "
                "start_date, end_date, location, organiser, participants, reach, urls, "
                "description, topics, partners, created_at, updated_at, revision, deleted) "
                "VALUES ('0b9e6a36-57a7-4c5e-9d7e-3c2b1a000001', 'BO-VP', 1, 'Hội nghị', "
                "'conference', '[\"in_person\"]', '2024-10-10', '2024-10-11', 'Hà Nội', '', 150, "
                "2000, '[\"https://bvhttdl.gov.vn/x\"]', 'Mô tả', '[\"ai\"]', '', "
                "'2024-10-10 08:00:00', '2024-10-12 08:00:00', 3, 0)"
            )
        )
        c.execute(
            text(
                "INSERT INTO evidence (id, activity_id, position, kind, sha256, filename, "
                "media_type, size, url, caption) VALUES ('e1', "
                "'0b9e6a36-57a7-4c5e-9d7e-3c2b1a000001', 1, 'link', NULL, '', '', 0, "
                "'https://bvhttdl.gov.vn/anh', 'Ảnh')"
            )
        )
    engine.dispose()
    (data_dir / "keys").mkdir()

    with open_profile(data_dir) as profile:
        [view] = ActivityService(profile).list_activities()
    assert view.data.title == "Hội nghị"
    assert view.data.channels == ["in_person"] and view.data.topics == ["ai"]
    assert (view.data.participants, view.data.reach, view.revision) == (150, 2000, 3)
    assert view.evidence[0].url == "https://bvhttdl.gov.vn/anh"
    assert view.created_at.tzinfo is not None

    [backup] = list((data_dir / "backups").glob("cds-*-before-migration_*.sqlite3"))
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
        assert copy.execute("SELECT title FROM activity").fetchone() == ("Hội nghị",)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    copy.close()


def test_database_from_a_newer_program_is_refused_untouched(
    unit_profile: Profile, data_dir: Path
) -> None:
    unit_profile.close()
    database = data_dir / "cds.sqlite3"
    with sqlite3.connect(database) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    c.close()
    before = digest(database)
    with pytest.raises(DatabaseTooNewError, match="newer version of CĐS Desktop"):
        open_profile(data_dir)
    assert digest(database) == before
    assert list((data_dir / "backups").iterdir()) == []


def test_opening_a_folder_without_profile_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="run `init`"):
        open_profile(tmp_path / "trống")
    assert not (tmp_path / "trống").exists()


def test_init_twice_is_refused(unit_profile: Profile, data_dir: Path) -> None:
    key_before = (data_dir / "keys" / "signing-key.pem").read_bytes()
    with pytest.raises(ProfileError, match="already holds a profile"):
        create_profile(data_dir, "unit", "BO-VP", "Văn phòng Bộ")
    assert (data_dir / "keys" / "signing-key.pem").read_bytes() == key_before


def test_centre_profile_gets_the_bundled_catalog(centre_profile: Profile) -> None:
    units = UnitService(centre_profile).list_units()
    codes = [u.code for u in units]
    assert len(codes) == len(set(codes)) >= 69
    assert units[0].name == "Vụ Tổ chức cán bộ"
    assert any(u.name == "Sở Văn hóa, Thể thao và Du lịch Thanh Hóa" for u in units)
    ministry = [u for u in units if u.group == "ministry"]
    assert units[: len(ministry)] == ministry, "catalog order keeps groups together"
