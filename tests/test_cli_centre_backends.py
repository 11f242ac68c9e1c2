"""Every centre command on both backends: the profile folder with its SQLite file, and a
PostgreSQL database given by `CDS_DATABASE_URL` (issue 11)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cds_desktop.paths import DATABASE_URL_ENV
from tests.package_helpers import export, make_unit


def test_centre_commands_on_each_backend(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, centre_url: str | None
) -> None:
    unit = make_unit(tmp_path)
    package = export(unit, tmp_path / "out")
    fingerprint = unit.fingerprint()
    unit.close()
    if centre_url is not None:
        monkeypatch.setenv(DATABASE_URL_ENV, centre_url)
    centre = ["--data-dir", str(tmp_path / "centre")]

    def ok(*argv: str) -> str:
        result = cli(*centre, *argv)
        assert result.code == 0, (argv, result.err)
        assert "Traceback" not in result.err
        return str(result.out)

    ok("init", "--role", "centre", "--unit-code", "BO-TTCDS", "--unit-name", "Trung tâm")
    ok("units", "add", "--unit-code", "SO-MOI", "--unit-name", "Sở mới")
    ok("units", "trust", "--unit-code", "SO-HNI", "--fingerprint", fingerprint)
    assert ok("import", str(package)).startswith("imported")
    assert ok("import", str(package)).startswith("duplicate")
    units = json.loads(ok("units", "list", "--json"))
    assert {"SO-HNI", "SO-MOI"} <= {u["unit_code"] for u in units}
    status = json.loads(ok("status", "--json"))
    assert next(s for s in status if s["unit_code"] == "SO-HNI")["activities"] == 2
    assert len(json.loads(ok("activity", "list", "--json"))) == 2
    assert "evidence files checked: 2" in ok("check", "--evidence")
    ok("report", "pdf", "--out", str(tmp_path / "báo cáo.pdf"))
    ok("report", "xlsx", "--out", str(tmp_path / "báo cáo.xlsx"))
    assert (tmp_path / "báo cáo.pdf").stat().st_size > 0
    backup = cli(*centre, "backup")
    if centre_url is None:
        assert backup.code == 0
    else:  # the server's own tools (pg_dump), said plainly
        assert backup.code == 1 and "server's own tools" in backup.err


def test_postgresql_statistics_follow_a_growing_master(tmp_path: Path, postgres: Any) -> None:
    """After an import that changed many rows, PostgreSQL's table statistics are renewed
    (ANALYZE), not left to autovacuum's next round: with the statistics of a nearly empty
    master every later import of a burst got slower (0.3 s → 1 s a package after ten)."""
    import datetime as dt
    import uuid

    from sqlalchemy import insert, text

    from cds_desktop.models import Activity
    from tests.package_helpers import import_one, make_centre

    unit = make_unit(tmp_path)
    with unit.database.session() as session:
        campaign = unit.active_campaign(session)
        now = dt.datetime.now(dt.UTC)
        rows = [
            {
                "id": str(uuid.uuid4()),
                "unit_code": "SO-HNI",
                "campaign_id": campaign.id,
                "title": f"Hội thảo số {n}",
                "form": "workshop",
                "channels": [],
                "start_date": campaign.start_date,
                "end_date": campaign.start_date,
                "location": "",
                "organiser": "",
                "participants": None,
                "reach": None,
                "urls": [],
                "description": "",
                "topics": [],
                "partners": "",
                "created_at": now,
                "updated_at": now,
                "revision": 1,
                "deleted": False,
            }
            for n in range(600)
        ]
        session.execute(insert(Activity), rows)
    package = export(unit, tmp_path / "out")
    unit.close()
    url = postgres.create_database()
    centre = make_centre(tmp_path, url=url)
    try:
        assert import_one(centre, package, trust_new=True).status == "imported"
        with centre.database.engine.connect() as connection:
            analysed = connection.execute(
                text("SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'activity'")
            ).scalar_one()
        assert analysed is not None  # a manual ANALYZE (autovacuum's is last_autoanalyze)
    finally:
        centre.close()
        postgres.drop_database(url)
