"""Benchmark: several officers importing at once (issue 11), on SQLite and on PostgreSQL.

    python bench/bench_concurrent_import.py [--units 34] [--per-unit 1000] [--officers 4]
                                            [--postgres-url URL]

Builds `units` unit profiles × `per-unit` activities as bench/bench_merge.py does, exports
one package per unit, and imports all of them into an empty centre:

* by 1 officer: one command-line process (`python -m cds_desktop import`) given every
  package;
* by `officers` officers at once: that many processes started together, the packages
  dealt out among them in turn (as officers share a pile), plus every officer given one
  package of another officer's share too (a `duplicate` or a race for the same package);

each on SQLite (the profile's file) and on PostgreSQL (a durable throw-away cluster
started for the run, as in the tests, or `--postgres-url`, a superuser's URL). The wall
time runs from the common start to the last process's end, process start-up included.
Each master is then checked: every unit at its package's sequence, the same activity and
evidence rows as the reference (1 officer on SQLite), every evidence file present, the
import log with one `imported` row per package and every attempt. Figures go to
docs/benchmarks.md ("Several officers at once").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_merge import export_all, make_unit, new_centre  # noqa: E402

from cds_desktop.paths import DATABASE_URL_ENV  # noqa: E402


@dataclass(frozen=True)
class Run:
    seconds: float
    attempts: Counter[str]
    digest: str
    problems: list[str]


def master_digest(data_dir: Path, url: str | None, packages: int) -> tuple[str, list[str]]:
    """A backend-neutral digest of the master's units, activities and evidence rows, and
    what is wrong with the master (missing files, import log)."""
    from sqlalchemy import text

    from cds_desktop.profile import open_profile
    from tests.postgres_support import database_url

    problems: list[str] = []
    digest = hashlib.sha256()
    with database_url(url):
        centre = open_profile(data_dir)
    with centre, centre.database.engine.connect() as connection:
        for query in (
            "SELECT code, fingerprint, last_sequence FROM unit WHERE last_sequence IS NOT NULL"
            " ORDER BY code",
            "SELECT id, unit_code, title, participants, revision, deleted FROM activity"
            " ORDER BY id",
            "SELECT id, activity_id, position, kind, sha256, size FROM evidence ORDER BY id",
        ):
            for row in connection.execute(text(query)):  # SQLite says 0/1 for booleans
                values = (str(int(v)) if isinstance(v, bool) else str(v) for v in row)
                digest.update(repr(tuple(values)).encode())
        shas = connection.execute(
            text("SELECT DISTINCT sha256 FROM evidence WHERE sha256 IS NOT NULL")
        ).scalars()
        missing = sum(not centre.evidence.contains(s) for s in shas)
        if missing:
            problems.append(f"{missing} evidence files missing")
        imported = connection.execute(
            text("SELECT count(*) FROM import_log WHERE status = 'imported'")
        ).scalar_one()
        if imported != packages:
            problems.append(f"{imported} packages imported, not {packages}")
    return digest.hexdigest(), problems


def import_at_once(data_dir: Path, url: str | None, shares: list[list[Path]]) -> Run:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop(DATABASE_URL_ENV, None)
    if url is not None:
        env[DATABASE_URL_ENV] = url
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "cds_desktop",
                "--data-dir",
                str(data_dir),
                "import",
                "--trust-new",
                "--json",
                *map(str, share),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for share in shares
    ]
    attempts: Counter[str] = Counter()
    problems: list[str] = []
    for process in processes:
        out, err = process.communicate()
        if process.returncode != 0 or "Traceback" in err or "locked" in err:
            problems.append(f"exit {process.returncode}: {err.strip()[-300:]}")
        if out.strip():
            attempts.update(p["status"] for p in json.loads(out)["packages"])
    seconds = time.perf_counter() - started
    packages = len({p for share in shares for p in share})
    digest, found = master_digest(data_dir, url, packages)
    if sum(attempts.values()) != sum(len(s) for s in shares):
        problems.append("not every attempt has a result")
    return Run(seconds, attempts, digest, problems + found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--units", type=int, default=34)
    parser.add_argument("--per-unit", type=int, default=1000)
    parser.add_argument("--officers", type=int, default=4)
    parser.add_argument("--postgres-url", help="a PostgreSQL superuser's URL (default: start one)")
    parser.add_argument("--work", help="work folder (default: a temporary folder)")
    args = parser.parse_args()
    from cds_desktop import catalog
    from tests.postgres_support import Cluster, PostgresServer, database_url, postgres_bin

    work = Path(tempfile.mkdtemp(prefix="cds-concurrent-", dir=args.work))
    cluster: Cluster | None = None
    try:
        chosen = [u for u in catalog.units() if u.code != "BO-TTCDS"][: args.units]
        units = []
        for unit in chosen:
            units.append(work / "units" / unit.code)
            make_unit(units[-1], unit.code, unit.name, args.per_unit)
        packages = export_all(units, work / "packages")
        admin = args.postgres_url
        if admin is None:
            bindir = postgres_bin()
            if bindir is None:
                raise SystemExit("PostgreSQL is not installed; give --postgres-url")
            cluster = Cluster(bindir)
            admin = cluster.start(durable=True)
        server = PostgresServer(admin)
        n = args.officers
        dealt = [packages[i::n] for i in range(n)]
        shares = {
            1: [packages],
            n: [[*share, dealt[(i + 1) % n][0]] for i, share in enumerate(dealt)],
        }
        runs: dict[tuple[str, int], Run] = {}
        for backend in ("sqlite", "postgresql"):
            for officers, share in shares.items():
                url = server.create_database() if backend == "postgresql" else None
                with database_url(url):
                    centre = new_centre(work / f"centre-{backend}-{officers}")
                runs[backend, officers] = import_at_once(centre, url, share)
        server.close()
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)
    base = runs["sqlite", 1]
    print(f"CPU cores: {os.cpu_count()}   Python {sys.version.split()[0]}")
    print(
        f"{args.units} packages × {args.per_unit} activities "
        f"({args.units * args.per_unit:,} activities, one photo each)"
    )
    for (backend, officers), run in runs.items():
        same = run.digest == base.digest and not run.problems
        label = f"{officers} officer{'s' if officers > 1 else ''} on {backend}"
        print(
            f"{label:<26} {run.seconds:7.2f} s  {run.seconds / base.seconds:5.2f}× "
            f"(1 officer on sqlite)  {dict(run.attempts)}  "
            + ("master OK" if same else f"MASTER WRONG: {run.problems or 'differs'}")
        )


if __name__ == "__main__":
    main()
