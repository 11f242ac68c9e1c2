"""The start view (issue 14): what the main window first shows, read with sqlite3 before
the database layer loads, is what the services read; and when it cannot be read safely,
there is none, so the program opens the profile first."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid

import pytest
from sqlalchemy import insert

from cds_desktop.activities import ActivityService, LinkInput
from cds_desktop.models import Activity, Campaign, Evidence
from cds_desktop.packages.last_export import LAST_EXPORT_SETTING
from cds_desktop.paths import DATABASE_URL_ENV
from cds_desktop.plans import PlanDetails, setting_key
from cds_desktop.profile import Profile
from cds_desktop.start_view import FIRST_SCREEN, read_start_view


def fill(profile: Profile, live: int) -> None:
    """`live` activities of the active campaign (ties on date and title, 0–3 links each),
    a few deleted ones and some of another campaign, a plan with two forms and an export."""
    now = dt.datetime(2024, 10, 1, 8, 30, 15, 123456, tzinfo=dt.UTC)
    activities, evidence = [], []
    with profile.database.session() as session:
        campaign = profile.active_campaign(session)
        other = Campaign(
            code="CDS-2025", name="Năm 2025", start_date=dt.date(2025, 9, 1),
            end_date=dt.date(2025, 10, 31), active=False,
        )  # fmt: skip
        session.add(other)
        session.flush()
        for n in range(live + 12):
            activity_id = str(uuid.UUID(int=(n * 7919) % 1000 + 1))
            day = campaign.start_date + dt.timedelta(days=n % 9)
            activities.append(
                {"id": activity_id, "unit_code": profile.identity.unit_code,
                 "campaign_id": other.id if n >= live + 6 else campaign.id,
                 "title": f"Hội thảo số {n % 5}", "form": "news", "channels": [],
                 "start_date": day, "end_date": day, "location": "Huế" if n % 2 else "",
                 "organiser": "Phòng Văn hóa", "participants": n, "reach": 3 * n,
                 "urls": [], "topics": [], "created_at": now,
                 "updated_at": now + dt.timedelta(seconds=n), "deleted": live <= n < live + 6}
            )  # fmt: skip
            for position in range(n % 4):
                evidence.append(
                    {"id": str(uuid.uuid4()), "activity_id": activity_id,
                     "position": position + 1, "kind": "link",
                     "url": f"https://bvhttdl.gov.vn/tin-{n}-{position}"}
                )  # fmt: skip
        session.execute(insert(Activity), activities)
        session.execute(insert(Evidence), evidence)
        code = campaign.code
    details = PlanDetails(forms=["workshop", "news"])
    profile.set_setting(setting_key(code), json.dumps(details.to_json()))
    exported = {"at": "2024-10-05T09:15:00+00:00", "sequence": 3, "path": "goi.cdspkg"}
    profile.set_setting(LAST_EXPORT_SETTING, json.dumps(exported))


def test_a_units_start_view_is_what_the_services_read(unit_profile: Profile) -> None:
    fill(unit_profile, FIRST_SCREEN + 30)
    ActivityService(unit_profile).add(
        {"title": "Tọa đàm Dữ liệu số", "form": "seminar", "start_date": "2024-10-30"},
        links=[LinkInput("https://bvhttdl.gov.vn/toa-dam", "Tin")],
    )
    expected = unit_profile.start_view()
    assert len(expected.first_rows) == FIRST_SCREEN
    assert expected.first_rows[0].title == "Tọa đàm Dữ liệu số"  # the newest first
    assert expected.campaign.planned_forms == ("news", "workshop")  # in catalog order
    assert expected.last_export == (dt.datetime(2024, 10, 5, 9, 15, tzinfo=dt.UTC), 3)
    assert read_start_view(unit_profile.paths) == expected


def test_the_centres_start_view_is_what_the_services_read(centre_profile: Profile) -> None:
    found = read_start_view(centre_profile.paths)
    assert found == centre_profile.start_view()
    assert found is not None and found.identity.is_centre and found.first_rows == ()


def test_a_database_on_a_server_has_no_start_view(
    unit_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql+psycopg://cds@localhost/cds")
    assert read_start_view(unit_profile.paths) is None


def test_a_schema_to_migrate_has_no_start_view(unit_profile: Profile) -> None:
    """An older (or newer) database is opened, migrated or refused the ordinary way."""
    unit_profile.close()
    with sqlite3.connect(unit_profile.paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0004'")
    connection.close()
    assert read_start_view(unit_profile.paths) is None


def test_a_damaged_or_missing_database_has_no_start_view(unit_profile: Profile) -> None:
    unit_profile.close()
    database = unit_profile.paths.database
    database.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    assert read_start_view(unit_profile.paths) is None
    database.unlink()
    assert read_start_view(unit_profile.paths) is None
    assert not database.exists()  # reading made no file


def test_a_plan_it_cannot_parse_leaves_the_start_to_the_services(unit_profile: Profile) -> None:
    with unit_profile.database.session() as session:
        code = unit_profile.active_campaign(session).code
    unit_profile.set_setting(setting_key(code), "{not json")
    assert read_start_view(unit_profile.paths) is None


def test_reading_the_start_view_writes_nothing(unit_profile: Profile) -> None:
    """Read-only: the database file is untouched; SQLite may leave its empty WAL files,
    which the profile's next open uses and removes as usual."""
    fill(unit_profile, 20)
    unit_profile.close()
    database = unit_profile.paths.database
    before = database.read_bytes(), database.stat().st_mtime_ns
    assert read_start_view(unit_profile.paths) is not None
    assert (database.read_bytes(), database.stat().st_mtime_ns) == before
    wal = database.with_name(database.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
