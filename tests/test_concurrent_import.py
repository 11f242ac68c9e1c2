"""Several officers importing into one master at the same time (issue 11), on SQLite and
on PostgreSQL: each worker is the real command line in its own process
(tests/concurrent_import_worker.py), all started together, each with an overlapping,
shuffled set of packages — three sequences of one unit, and two units whose packages
claim the same activity id. Whatever the interleaving, the master must end exactly as a
one-by-one import in sequence order, every attempt in the import log with its true
result, no traceback and no `database is locked`.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from cds_desktop.activities import ActivityService
from cds_desktop.models import ImportLog
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.verify import verify_package
from cds_desktop.paths import DATABASE_URL_ENV
from cds_desktop.profile import open_profile
from tests.package_helpers import content_digest, export, make_centre, make_unit
from tests.postgres_support import BACKENDS, PostgresServer, database_url

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
ROUNDS = int(os.environ.get("CDS_CONCURRENCY_ROUNDS", "2"))
"""Rounds of the property test per backend (more for a longer hunt)."""
MAX_DELAY = 0.3
"""Seconds: a worker starts at a random moment within this after the common start."""


@dataclass(frozen=True)
class Batch:
    """`a`: SO-HNI's sequences 1–3 (3 edits, deletes and adds); `b`: SO-HCM's first
    package; `c`: BO-VP's first package, one of whose activities has the id of one of
    SO-HCM's (`claimed`)."""

    a: tuple[Path, Path, Path]
    b: Path
    c: Path
    claimed: str

    @property
    def all(self) -> list[Path]:
        return [*self.a, self.b, self.c]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    root = tmp_path_factory.mktemp("packages")
    out = root / "out"
    hni = make_unit(root, "SO-HNI", seed=1)
    service = ActivityService(hni)
    first = export(hni, out)
    live = service.list_activities()
    service.edit(live[0].id, {"reach": 99_000})
    second = export(hni, out)
    service.delete(live[1].id)
    service.add({"title": "Tọa đàm AI", "form": "seminar", "start_date": "2024-10-12"})
    third = export(hni, out)
    hni.close()
    hcm = make_unit(root, "SO-HCM", seed=2)
    b = export(hcm, out)
    claimed = ActivityService(hcm).list_activities()[0].id
    hcm.close()
    vp = make_unit(root, "BO-VP", seed=3)
    own = ActivityService(vp).list_activities()[0].id
    database = vp.paths.database
    vp.close()
    with sqlite3.connect(database) as connection:  # foreign keys off: both rows renamed
        connection.execute("UPDATE activity SET id = ? WHERE id = ?", (claimed, own))
        connection.execute("UPDATE evidence SET activity_id = ? WHERE activity_id = ?",
                           (claimed, own))  # fmt: skip
    connection.close()
    vp = open_profile(database.parent)
    c = export(vp, out)
    vp.close()
    assert claimed in {r.id for r in verify_package(c).records}
    return Batch((first, second, third), b, c, claimed)


@pytest.fixture(params=BACKENDS)
def new_database(request: pytest.FixtureRequest) -> Iterator[Callable[[], str | None]]:
    """Makes an empty centre database on the backend: None for SQLite (the file in the
    profile), a URL of a new PostgreSQL database otherwise."""
    if request.param == "sqlite":
        yield lambda: None
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    made: list[str] = []

    def make() -> str:
        made.append(server.create_database())
        return made[-1]

    yield make
    for url in made:
        server.drop_database(url)


def references(root: Path, batch: Batch, new_database: Callable[[], str | None]) -> dict[str, str]:
    """The master after a one-by-one import, by the unit that won the claimed id."""
    found = {}
    for winner, loser in ((batch.b, batch.c), (batch.c, batch.b)):
        centre = make_centre(root, f"reference-{winner.stem}", url=new_database())
        results = import_packages(centre, [*batch.a, winner, loser], trust_new=True)
        assert [r.status for r in results] == ["imported"] * 4 + ["rejected"]
        assert results[-1].reason_code == "other_unit_records"
        found[str(results[3].unit_code)] = content_digest(centre)
        centre.close()
    return found


def run_officers(
    root: Path, data_dir: Path, url: str | None, sets: list[list[Path]], delays: list[float]
) -> list[dict[str, object]]:
    """Start one command-line process per set, all at once; their results, checked for
    tracebacks and lock errors."""
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")
    env.pop(DATABASE_URL_ENV, None)
    if url is not None:
        env[DATABASE_URL_ENV] = url
    go = root / "go"
    go.unlink(missing_ok=True)
    workers = []
    for n, (files, delay) in enumerate(zip(sets, delays, strict=True)):
        ready = root / f"ready-{n}"
        ready.unlink(missing_ok=True)
        command = [sys.executable, "-m", "tests.concurrent_import_worker", str(ready), str(go),
                   f"{delay:.3f}", str(data_dir), *map(str, files)]  # fmt: skip
        process = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, encoding="utf-8")  # fmt: skip
        workers.append((ready, process))
    deadline = time.monotonic() + 300
    while not all(ready.exists() for ready, _p in workers):
        assert all(p.poll() is None for _r, p in workers), "a worker ended before the start"
        assert time.monotonic() < deadline, "the workers did not start"
        time.sleep(0.02)
    go.touch()
    results: list[dict[str, object]] = []
    for _ready, process in workers:
        out, err = process.communicate(timeout=600)
        assert process.returncode in (0, 1), err
        for bad in ("Traceback", "locked", "error:", "Error"):
            assert bad not in err, err
        assert out.strip(), f"no results printed; stderr: {err}"
        results += json.loads(out)["packages"]
    return results


def check_master(
    data_dir: Path,
    url: str | None,
    batch: Batch,
    sets: list[list[Path]],
    results: list[dict[str, object]],
    expected: dict[str, str],
) -> None:
    assert len(results) == sum(len(s) for s in sets)
    by_file: dict[str, list[tuple[object, object]]] = {}
    for r in results:
        by_file.setdefault(Path(str(r["file"])).name, []).append((r["status"], r["reason_code"]))
    imported = Counter(name for name, got in by_file.items() for s, _c in got if s == "imported")
    assert imported[batch.a[2].name] == 1  # the newest sequence always arrives, once
    assert all(count == 1 for count in imported.values()), by_file
    winner = batch.b if imported[batch.b.name] else batch.c
    loser = batch.c if winner == batch.b else batch.b
    assert imported[winner.name] == 1 and not imported[loser.name]
    assert set(by_file[loser.name]) == {("rejected", "other_unit_records")}
    for name, got in by_file.items():
        if name != loser.name:
            assert {s for s, _c in got} <= {"imported", "duplicate", "stale"}, (name, got)
    with database_url(url):
        centre = open_profile(data_dir)
    try:
        assert content_digest(centre) == expected["SO-HCM" if winner == batch.b else "BO-VP"]
        with centre.database.session() as session:
            log = session.execute(select(ImportLog.file_name, ImportLog.status)).all()
        assert Counter((Path(f).name, s) for f, s in log) == Counter(
            (name, s) for name, got in by_file.items() for s, _c in got
        )
        assert list(centre.paths.staging.glob("*.part")) == []
    finally:
        centre.close()


def test_four_officers_at_once_end_as_one_by_one(
    tmp_path: Path, batch: Batch, new_database: Callable[[], str | None]
) -> None:
    expected = references(tmp_path, batch, new_database)
    rng = random.Random(11)
    a1, a2, a3 = batch.a
    sets = [[a3, a2, batch.b, batch.c], [batch.c, a1, a2], [a2, a3, batch.b], [batch.b, batch.c,
            a1, a3]]  # fmt: skip
    for files in sets:
        rng.shuffle(files)
    url = new_database()
    centre = make_centre(tmp_path, url=url)
    data_dir = centre.paths.root
    centre.close()
    results = run_officers(tmp_path, data_dir, url, sets, [0.0] * len(sets))
    check_master(data_dir, url, batch, sets, results, expected)


def test_property_any_start_order_ends_as_one_by_one(
    tmp_path: Path, batch: Batch, new_database: Callable[[], str | None]
) -> None:
    """Random overlapping sets and random start delays, several rounds (the seed of a
    failing round is in the message)."""
    expected = references(tmp_path, batch, new_database)
    for round_number in range(ROUNDS):
        seed = random.randrange(1 << 30)
        rng = random.Random(seed)
        officers = rng.randint(2, 4)
        sets: list[list[Path]] = [[] for _ in range(officers)]
        for n, package in enumerate(rng.sample(batch.all, len(batch.all))):
            sets[n % officers].append(package)  # every package at least once
        for files in sets:
            files += rng.sample(batch.all, rng.randint(0, 2))
            rng.shuffle(files)
        delays = [rng.uniform(0, MAX_DELAY) for _ in sets]
        url = new_database()
        centre = make_centre(tmp_path, f"centre-{round_number}", url=url)
        data_dir = centre.paths.root
        centre.close()
        try:
            results = run_officers(tmp_path, data_dir, url, sets, delays)
            check_master(data_dir, url, batch, sets, results, expected)
        except Exception as exc:  # the seed replays the round
            raise AssertionError(f"round {round_number}, seed {seed}: {exc!r}") from exc


PACK_WRITER = """
import hashlib, sys, time
from pathlib import Path
from cds_desktop.evidence_store import EvidenceStore

root, staging, tag, other, go = sys.argv[1:6]
store = EvidenceStore(Path(root), Path(staging))
def blobs(name):
    return [f"{name} {n} {k} ".encode() * 50 for n in range(20) for k in range(3)]
while not Path(go).exists():
    time.sleep(0.005)
mine = blobs(tag)
for n in range(20):
    part = Path(staging) / f"{tag}-{n}.pack.part"
    index, offset = {}, 0
    with part.open("wb") as out:
        for blob in mine[3 * n : 3 * n + 3]:
            out.write(blob)
            index[hashlib.sha256(blob).hexdigest()] = (offset, len(blob))
            offset += len(blob)
    store.add_pack(part, index)
Path(root, f"done-{tag}").touch()
while not Path(root, f"done-{other}").exists():
    time.sleep(0.005)
for blob in blobs(other):  # the other process's packs, seen by this one's store
    assert store.read_bytes(hashlib.sha256(blob).hexdigest()) == blob
print("ok")
"""


def test_two_processes_adding_packs_at_the_same_moment(tmp_path: Path) -> None:
    """Officers' imports add packs to one shared store at once: no pack or index is lost
    or mixed up, and each process's store finds the other's packs."""
    root, staging, go = tmp_path / "evidence", tmp_path / "tmp", tmp_path / "go"
    staging.mkdir()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    workers = []
    for tag, other in (("a", "b"), ("b", "a")):
        command = [sys.executable, "-c", PACK_WRITER, str(root), str(staging), tag, other, str(go)]
        pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        workers.append(subprocess.Popen(command, env=env, text=True, **pipes))
    go.touch()
    for worker in workers:
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0 and out.strip() == "ok", err
    from cds_desktop.evidence_store import EvidenceStore

    fresh = EvidenceStore(root, staging)
    packs = list(fresh.packs.glob("*.pack"))
    assert len(packs) == 40 and len(list(fresh.packs.glob("*.idx"))) == 40
    for tag in ("a", "b"):
        for n in range(20):
            for k in range(3):
                blob = f"{tag} {n} {k} ".encode() * 50
                assert fresh.read_bytes(hashlib.sha256(blob).hexdigest()) == blob
    assert list(staging.iterdir()) == []
