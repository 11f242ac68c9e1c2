"""Benchmark: merging 34 unit packages × 1,000 activities at the centre (SPEC §8).

    python bench/bench_merge.py [--units 34] [--per-unit 1000]

Generates `units` unit profiles from the catalog, each with `per-unit` activities (one
photo of 4 KiB each, one in ten also a link), exports one package per unit, and times:

* `verify` of all packages (the baseline: reading and checking every byte and record,
  which any import has to do first);
* a bare insert of the same activity and evidence rows, already in memory, into an
  empty centre database with SQLAlchemy Core (the other baseline: the database's part);
* `import` of all packages into an empty centre (the first merge);
* `import` of the same packages again (every one a `duplicate`);
* `import` of the next snapshot of every unit after 10 % of its activities were edited
  and 1 % deleted (an update merge).

Every step runs in its own process, so peak memory is its own. Ratios are computed in
the same run on the same machine. Figures go to docs/benchmarks.md ("Merging").
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PHOTO_BYTES = 4096
FORMS = ("workshop", "training", "social_post", "seminar", "news", "community_support")


def make_unit(folder: Path, code: str, name: str, count: int) -> None:
    """A unit profile with `count` activities, rows inserted in bulk; the photos are
    written straight into the store (a generator: no fsync per file)."""
    from sqlalchemy import insert

    from cds_desktop.models import Activity, Evidence
    from cds_desktop.profile import create_profile

    with create_profile(folder, "unit", code, name) as unit:
        now = dt.datetime.now(dt.UTC)
        activities, evidence = [], []
        with unit.database.session() as session:
            campaign = unit.active_campaign(session)
            for n in range(count):
                photo = f"{code} {n} ".encode().ljust(PHOTO_BYTES, b".")
                sha256 = hashlib.sha256(photo).hexdigest()
                target = unit.evidence.path_for(sha256)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(photo)
                day = campaign.start_date + dt.timedelta(days=n % 40)
                activity_id = str(uuid.uuid4())
                activities.append(
                    {
                        "id": activity_id,
                        "unit_code": code,
                        "campaign_id": campaign.id,
                        "title": f"Hoạt động chuyển đổi số số {n + 1} của {name}",
                        "form": FORMS[n % len(FORMS)],
                        "channels": ["in_person"],
                        "start_date": day,
                        "end_date": day,
                        "location": "Hà Nội",
                        "organiser": name,
                        "participants": n % 500,
                        "reach": n * 13,
                        "urls": [],
                        "description": "Tuyên truyền về Ngày Chuyển đổi số quốc gia.",
                        "topics": ["digital_economy"],
                        "partners": "",
                        "created_at": now,
                        "updated_at": now,
                        "revision": 1,
                        "deleted": False,
                    }
                )
                items = [("file", sha256, f"Ảnh {n + 1}.jpg", "image/jpeg", PHOTO_BYTES, "")]
                if n % 10 == 0:
                    items.append(("link", None, "", "", 0, "https://bvhttdl.gov.vn/tin-tuc"))
                for position, (kind, sha, filename, media, size, url) in enumerate(items, 1):
                    evidence.append(
                        {
                            "id": str(uuid.uuid4()),
                            "activity_id": activity_id,
                            "position": position,
                            "kind": kind,
                            "sha256": sha,
                            "filename": filename,
                            "media_type": media,
                            "size": size,
                            "url": url,
                            "caption": "",
                        }
                    )
            session.execute(insert(Activity), activities)
            session.execute(insert(Evidence), evidence)


def change_unit(folder: Path) -> None:
    """Edit 10 % of the unit's activities and delete 1 %, as a unit does between reports."""
    from cds_desktop.activities import ActivityService
    from cds_desktop.profile import open_profile

    with open_profile(folder) as unit:
        service = ActivityService(unit)
        rows = service.list_rows()
        for n, row in enumerate(rows):
            if n % 100 == 0:
                service.delete(row.id)
            elif n % 10 == 0:
                service.edit(row.id, {"participants": 999})


def export_all(units: list[Path], out: Path) -> list[Path]:
    from cds_desktop.packages.export import export_package
    from cds_desktop.profile import open_profile

    out.mkdir(parents=True, exist_ok=True)
    packages = []
    for folder in units:
        with open_profile(folder) as unit:
            packages.append(export_package(unit, out).path)
    return packages


def bare_rows(
    packages: list[Path], campaign_id: int
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The packages' activity and evidence rows as plain dicts, built as the importer
    builds them (what a bare insert needs)."""
    from cds_desktop.packages.merge import evidence_values, record_values
    from cds_desktop.packages.verify import verify_package

    activities: list[dict[str, object]] = []
    evidence: list[dict[str, object]] = []
    for path in packages:
        package = verify_package(path)
        for record in package.records:
            activities.append(
                {"id": record.id, "unit_code": package.unit_code, "campaign_id": campaign_id}
                | record_values(record)
            )
            evidence += [
                {"activity_id": record.id, **evidence_values(e, position)}
                for position, e in enumerate(record.evidence, start=1)
            ]
    return activities, evidence


def child(operation: str, args: list[str]) -> None:
    """One timed step; prints its wall time, CPU time and peak memory as JSON."""
    from sqlalchemy import insert

    from cds_desktop.models import Activity, Base, Evidence
    from cds_desktop.packages.importer import import_packages
    from cds_desktop.packages.verify import verify_package
    from cds_desktop.profile import open_profile

    data = Path(args[0])
    packages = sorted(Path(args[1]).glob("*.cdspkg"))
    started, cpu = time.perf_counter(), time.process_time()
    statuses: dict[str, int] = {}
    if operation == "verify":
        for path in packages:
            verify_package(path)
    elif operation == "bare":
        with open_profile(data) as centre:
            with centre.database.session() as session:
                campaign_id = centre.active_campaign(session).id
            activities, evidence = bare_rows(packages, campaign_id)
            started, cpu = time.perf_counter(), time.process_time()
            with centre.database.session() as session:
                session.execute(insert(Base.metadata.tables[Activity.__tablename__]), activities)
                session.execute(insert(Base.metadata.tables[Evidence.__tablename__]), evidence)
    else:
        with open_profile(data) as centre:
            started, cpu = time.perf_counter(), time.process_time()
            for result in import_packages(centre, packages, trust_new=True):
                statuses[result.status] = statuses.get(result.status, 0) + 1
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak, "statuses": statuses}))


@dataclass(frozen=True)
class Step:
    seconds: float
    cpu: float
    peak_mib: float
    statuses: dict[str, int]


def run_child(operation: str, *args: Path) -> Step:
    output = subprocess.run(
        [sys.executable, __file__, "--child", operation, *map(str, args)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return Step(**json.loads(output.strip().splitlines()[-1]))


def new_centre(folder: Path) -> Path:
    from cds_desktop.profile import create_profile

    create_profile(folder, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số").close()
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=34)
    parser.add_argument("--per-unit", type=int, default=1000)
    parser.add_argument("--work", help="work folder (default: a temporary folder)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    from cds_desktop import catalog

    work = Path(tempfile.mkdtemp(prefix="cds-merge-", dir=args.work))
    try:
        chosen = [u for u in catalog.units() if u.code != "BO-TTCDS"][: args.units]
        units = []
        for unit in chosen:
            units.append(work / "units" / unit.code)
            make_unit(units[-1], unit.code, unit.name, args.per_unit)
        first, second = work / "first", work / "second"
        export_all(units, first)
        for folder in units:
            change_unit(folder)
        export_all(units, second)
        centre = new_centre(work / "centre")
        steps = {
            "verify": run_child("verify", work, first),
            "bare": run_child("bare", new_centre(work / "bare"), first),
            "import": run_child("import", centre, first),
            "again": run_child("import", centre, first),
            "update": run_child("import", centre, second),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"CPU cores: {os.cpu_count()}   Python {sys.version.split()[0]}")
    print(
        f"{args.units} packages × {args.per_unit} activities "
        f"({args.units * args.per_unit:,} activities, one photo each)"
    )
    labels = {
        "verify": "verify all packages (baseline)",
        "bare": "bare insert of the same rows (baseline)",
        "import": "import into an empty centre",
        "again": "the same packages again",
        "update": "next snapshots (10 % edited, 1 % deleted)",
    }
    verify = steps["verify"].seconds
    for name, label in labels.items():
        step = steps[name]
        print(
            f"{label:<45} {step.seconds:7.2f} s  cpu {step.cpu:6.2f} s"
            f"  peak {step.peak_mib:4.0f} MiB  {step.seconds / verify:5.2f}× verify"
            + (f"  {step.statuses}" if step.statuses else "")
        )
    bare, merged = steps["bare"].seconds, steps["import"].seconds
    print(
        f"import = verify {verify:.2f} s + {merged - verify:.2f} s of merging "
        f"({(merged - verify) / bare:.2f}× the bare insert of the same rows)"
    )


if __name__ == "__main__":
    main()
