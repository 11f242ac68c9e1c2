"""An import's talk with the database does not grow with the package (issue 11, item 6).

With several officers importing at once, every import waits for the one that holds the
write lock, so the work done under it must not be a round trip (or a server-side
statement) per row. On PostgreSQL the new rows go in with one COPY per table and ids are
looked up with one array parameter, so a package of 700 activities costs exactly the
statements one of 5 does; on SQLite (no round trips: the database is in the process) the
`IN` lists are batched, a few statements more. The rows written by COPY are exactly those
an INSERT writes.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, insert, select

from cds_desktop import bulk
from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.models import Activity, Evidence, ImportLog
from cds_desktop.packages import merge
from cds_desktop.packages.importer import import_packages
from cds_desktop.profile import Profile, create_profile, open_profile
from tests.package_helpers import content_digest, export, make_centre
from tests.postgres_support import PostgresServer


def unit_package(root: Path, code: str, count: int, ids: list[str] | None = None) -> Path:
    """A unit's package: one activity added as an officer does (a photo, a link, lists,
    UTC times) and `count` more, each with a link, written in bulk (with `ids`, if given)."""
    unit = create_profile(root / f"unit-{code}", "unit", code, f"Đơn vị {code}")
    photo = root / f"{code}.jpg"
    photo.write_bytes(code.encode() * 3000)
    ActivityService(unit).add(
        {"title": "Hội thảo Kinh tế số", "form": "workshop", "start_date": "2024-10-08",
         "channels": ["in_person", "social"], "topics": ["digital_economy"],
         "urls": ["https://example.gov.vn/bai"], "participants": 250},
        [FileInput(photo, "Toàn cảnh")],
        [LinkInput("https://bvhttdl.gov.vn/tin-1", "Tin trên cổng")],
    )  # fmt: skip
    now = dt.datetime.now(dt.UTC)
    activities, evidence = [], []
    with unit.database.session() as session:
        campaign = unit.active_campaign(session)
        for n in range(count):
            activity_id = ids[n] if ids else str(uuid.uuid4())
            day = campaign.start_date + dt.timedelta(days=n % 20)
            activities.append(
                {"id": activity_id, "unit_code": code, "campaign_id": campaign.id,
                 "title": f"Hoạt động số {n + 1}", "form": "news", "channels": ["in_person"],
                 "start_date": day, "end_date": day, "participants": n, "reach": 3 * n,
                 "urls": [], "topics": [], "created_at": now, "updated_at": now}
            )  # fmt: skip
            evidence.append(
                {"id": str(uuid.uuid4()), "activity_id": activity_id, "position": 1,
                 "kind": "link", "url": f"https://bvhttdl.gov.vn/tin-{n}"}
            )  # fmt: skip
        session.execute(insert(Activity), activities)
        session.execute(insert(Evidence), evidence)
    package = export(unit, root / "out")
    unit.close()
    return package


STATISTICS = ("SELECT max(reltuples)", "ANALYZE")
"""`Database.refresh_statistics` after a big import (not part of the import's own work)."""


@contextmanager
def statements(profile: Profile) -> Iterator[list[tuple[str, bool]]]:
    """Every statement the import sends through SQLAlchemy, and whether it was an
    executemany (one round trip, but a statement per row on the server)."""
    seen: list[tuple[str, bool]] = []

    def note(_conn: Any, _cursor: Any, statement: str, _p: Any, _c: Any, many: bool) -> None:
        statement = " ".join(statement.split())
        if not statement.startswith(STATISTICS):
            seen.append((statement, many))

    event.listen(profile.database.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(profile.database.engine, "before_cursor_execute", note)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("round-trips")
    return unit_package(root, "SO-HNI", 4), unit_package(root, "SO-HCM", 700)


def test_an_import_costs_the_same_statements_for_5_or_701_activities(
    tmp_path: Path, centre_url: str | None, packages: tuple[Path, Path]
) -> None:
    centre = make_centre(tmp_path, url=centre_url)
    counted = []
    for package in packages:
        with statements(centre) as seen:
            [result] = import_packages(centre, [package], trust_new=True)
        assert result.status == "imported"
        counted.append(seen)
    postgresql = centre.database.engine.dialect.name == "postgresql"
    centre.close()
    small, large = counted
    assert len(large) < 40
    if postgresql:
        assert len(large) == len(small), (small, large)
        assert not any(many for _s, many in large), "no statement executed per row"
        new_rows = [
            s for s, _ in large if s.startswith(("INSERT INTO activity", "INSERT INTO evidence"))
        ]
        assert new_rows == [], "new rows go in by COPY"
        assert not any(" IN (" in s for s, _ in large), "ids are asked for as one array"
    else:  # one more IN list of 500 ids for activities and one for evidence, twice
        assert len(large) - len(small) <= 4, (small, large)


def test_rows_written_by_copy_equal_those_of_an_insert(
    tmp_path: Path,
    postgres: PostgresServer,
    packages: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    urls = [postgres.create_database() for _ in range(2)]
    try:
        digests = []
        for n, url in enumerate(urls):
            if n == 1:  # the same import with INSERT ... executemany
                monkeypatch.setattr(bulk, "_copyable", lambda *_args: False)
            centre = make_centre(tmp_path, f"centre-{n}", url=url)
            results = import_packages(centre, list(packages), trust_new=True)
            assert [r.status for r in results] == ["imported", "imported"]
            assert results[1].added == 701
            digests.append(content_digest(centre))
            centre.close()
        assert digests[0] == digests[1]
    finally:
        for url in urls:
            postgres.drop_database(url)


def test_a_next_snapshot_replaces_evidence_in_one_statement_not_one_per_activity(
    tmp_path: Path, centre_url: str | None
) -> None:
    """A unit deleted 10 of its activities (their evidence goes): the master loses those
    evidence rows in one DELETE (executemany), not one flush per activity."""
    package = unit_package(tmp_path, "SO-HNI", 30)
    centre = make_centre(tmp_path, url=centre_url)
    import_packages(centre, [package], trust_new=True)
    unit = open_profile(tmp_path / "unit-SO-HNI")
    service = ActivityService(unit)
    gone = [row.id for row in service.list_rows()[:10]]
    for activity_id in gone:
        service.delete(activity_id)
    after = export(unit, tmp_path / "next")
    unit.close()
    with statements(centre) as seen:
        [result] = import_packages(centre, [after], trust_new=True)
    assert (result.status, result.deleted) == ("imported", 10)
    deletes = [s for s, _many in seen if s.startswith("DELETE FROM evidence")]
    assert len(deletes) == 1, deletes
    with centre.database.session() as session:
        left = session.scalars(select(Evidence.id).where(Evidence.activity_id.in_(gone))).all()
    assert left == []
    centre.close()


def test_a_clash_in_the_database_itself_is_a_clean_rejection(
    tmp_path: Path, centre_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should two units' rows ever clash in the database itself (the ownership check under
    the write lock rejects this first, so it is switched off here), the package is
    rejected (`import_clash`) with its log row and the batch goes on — on PostgreSQL
    too, where the rows go in by COPY — never a crash."""
    shared = str(uuid.uuid4())
    first = unit_package(tmp_path, "SO-HNI", 2, ids=[shared, str(uuid.uuid4())])
    second = unit_package(tmp_path, "SO-HCM", 1, ids=[shared])
    third = unit_package(tmp_path, "BO-VP", 1)
    centre = make_centre(tmp_path, url=centre_url)
    monkeypatch.setattr(merge, "check_ownership", lambda *_args: None)
    results = import_packages(centre, [first, second, third], trust_new=True)
    assert [(r.status, r.reason_code) for r in results] == [
        ("imported", ""),
        ("rejected", "import_clash"),
        ("imported", ""),
    ]
    with centre.database.session() as session:
        log = session.execute(select(ImportLog.unit_code, ImportLog.status)).all()
        owners = session.scalars(select(Activity.unit_code).where(Activity.id == shared)).all()
    assert sorted(log) == [("BO-VP", "imported"), ("SO-HCM", "rejected"), ("SO-HNI", "imported")]
    assert owners == ["SO-HNI"]
    centre.close()


def test_a_key_registered_by_another_officer_meanwhile_gives_duplicate_not_a_rejection(
    tmp_path: Path, centre_url: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two officers trust a new unit's key (`--trust-new`) and import the same package.
    The second one's reads of the unit ran before the first one committed, its duplicate
    check after (each read sees the newest commit): one by one, the second import would
    have found the key registered and the package a duplicate — so that is its result,
    not `key_not_trusted` (seen under load in the concurrency test)."""
    from cds_desktop.packages import importer

    package = unit_package(tmp_path, "SO-HNI", 2)
    centre = make_centre(tmp_path, url=centre_url)
    [first] = import_packages(centre, [package], trust_new=True)
    assert first.status == "imported"
    monkeypatch.setattr(importer, "key_is_registered", lambda *_args: False)
    monkeypatch.setattr(merge, "key_is_registered", lambda *_args: False)
    [second] = import_packages(centre, [package], trust_new=True)
    assert (second.status, second.reason_code) == ("duplicate", "")
    # a key that was registered when the import began and is not now is still refused
    monkeypatch.undo()
    monkeypatch.setattr(merge, "key_is_registered", lambda *_args: False)
    [third] = import_packages(centre, [package], trust_new=False)
    assert (third.status, third.reason_code) == ("rejected", "key_not_trusted")
    centre.close()
