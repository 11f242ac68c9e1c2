"""Benchmark: export, verify and import of a package with 0.25 GiB and 1 GiB of evidence.

    python bench/bench_package.py [--sizes 0.25,1] [--work DIR]

Generates 512 KiB evidence files (2,048 for 1 GiB; random bytes named .jpg, so they are
stored, not deflated), a unit profile whose activities use them, and measures, each in
a fresh child process (so peak memory is that operation's own):

* export of the package, verify of the package, import into an empty centre;
* baselines on the same bytes: `openssl dgst -sha256` over the evidence files (the hashing
  limit, SPEC §8), `bagit.py --validate` on the unzipped bag, and writing the same
  number of bytes with fsync (the disk limit: export and import must write them);

and prints the times as ratios, with the CPU time (all threads) of each operation.
Files are read from a warm page cache throughout: the evidence is read once before the
runs, the package once before it is verified and imported (export releases the pages
it wrote, see docs/benchmarks.md). Everything is deleted at the end, not between runs or
sizes (deleting thousands of files just before the next import makes ext4 skip their
recently freed inodes, which slows file creation; a centre does not do that). The work
folder (default: a temporary folder in /tmp) needs about (3 + `repeat`) × the sum of the
sizes and is deleted afterwards.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILE_SIZE = 512 * 1024
PER_ACTIVITY = 8


def child(operation: str, args: list[str]) -> None:
    """Run one operation; print its wall time and the process's peak memory."""
    from cds_desktop.packages.export import export_package
    from cds_desktop.packages.importer import import_packages
    from cds_desktop.packages.verify import verify_package
    from cds_desktop.profile import create_profile, open_profile

    started = time.perf_counter()
    cpu = time.process_time()
    if operation == "export":
        with open_profile(Path(args[0])) as profile:
            export_package(profile, Path(args[1]))
    elif operation == "verify":
        verify_package(Path(args[0]))
    elif operation == "import":
        with create_profile(Path(args[0]), "centre", "BO-TTCDS", "Trung tâm") as centre:
            started = time.perf_counter()
            cpu = time.process_time()
            [result] = import_packages(centre, [Path(args[1])], trust_new=True)
            assert result.status == "imported", result
    elif operation == "disk":
        block = os.urandom(1024 * 1024)
        with Path(args[0]).open("wb", buffering=0) as out:
            for _ in range(int(args[1]) // len(block)):
                out.write(block)
            os.fsync(out.fileno())
    report_child(started, cpu)


def report_child(started: float, cpu: float) -> None:
    """The child's last line: wall and CPU seconds since `started`/`cpu`, peak memory."""
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mib": peak_kib / 1024}))


def run_child(operation: str, *args: str, script: str = __file__) -> dict[str, float]:
    """`operation` run by `script --child` in a process of its own; its figures."""
    output = subprocess.run(
        [sys.executable, script, "--child", operation, *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    result: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    return result


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def make_unit(folder: Path, files: int) -> list[Path]:
    """A unit profile with `files` evidence files of 512 KiB, 8 per activity."""
    from cds_desktop.models import Activity, Evidence
    from cds_desktop.profile import create_profile

    with create_profile(folder, "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội") as unit:
        stored = []
        for _ in range(files):
            data = os.urandom(FILE_SIZE)
            stored.append(unit.evidence.add_stream(io.BytesIO(data).read, limit=FILE_SIZE))
        with unit.database.session() as session:
            campaign = unit.active_campaign(session)
            for start in range(0, files, PER_ACTIVITY):
                activity = Activity(
                    id=str(uuid.uuid4()), unit_code="SO-HNI", campaign_id=campaign.id,
                    title=f"Hoạt động {start // PER_ACTIVITY + 1}", form="news",
                    start_date=dt.date(2024, 10, 1), end_date=dt.date(2024, 10, 1),
                )  # fmt: skip
                activity.evidence = [
                    Evidence(
                        id=str(uuid.uuid4()),
                        position=i + 1,
                        kind="file",
                        sha256=s.sha256,
                        filename=f"ảnh-{start + i}.jpg",
                        media_type="image/jpeg",
                        size=s.size,
                    )
                    for i, s in enumerate(stored[start : start + PER_ACTIVITY])
                ]
                session.add(activity)
        return [unit.evidence.path_for(s.sha256) for s in stored]


def warm(path: Path) -> None:
    """Read a file once, so that the next operation finds it in the page cache."""
    with path.open("rb", buffering=0) as handle:
        while handle.read(8 * 1024 * 1024):
            pass


def best(samples: list[float]) -> float:
    return min(samples)


def bench(size_gib: float, work: Path, repeat: int) -> dict[str, float]:
    files = int(size_gib * 2048)
    folder = work / f"{size_gib}GiB"
    folder.mkdir()
    evidence = make_unit(folder / "unit", files)
    openssl = ["openssl", "dgst", "-sha256", *map(str, evidence)]
    timed(openssl)  # warm the page cache
    package = folder / "package.cdspkg"
    exports, verifies, imports, openssls, bagits, disks = [], [], [], [], [], []
    peaks: dict[str, float] = {}
    cpus: dict[str, list[float]] = {"export": [], "verify": [], "import": []}
    for attempt in range(repeat):
        package.unlink(missing_ok=True)
        result = run_child("export", str(folder / "unit"), str(package))
        exports.append(result["seconds"])
        cpus["export"].append(result["cpu"])
        peaks["export"] = max(peaks.get("export", 0), result["peak_mib"])
        warm(package)
        result = run_child("verify", str(package))
        verifies.append(result["seconds"])
        cpus["verify"].append(result["cpu"])
        peaks["verify"] = max(peaks.get("verify", 0), result["peak_mib"])
        centre = folder / f"centre-{attempt}"
        warm(package)
        result = run_child("import", str(centre), str(package))
        imports.append(result["seconds"])
        cpus["import"].append(result["cpu"])
        peaks["import"] = max(peaks.get("import", 0), result["peak_mib"])
        openssls.append(timed(openssl))
        disk = run_child("disk", str(folder / "disk.bin"), str(files * FILE_SIZE))
        disks.append(disk["seconds"])
        (folder / "disk.bin").unlink()
    unzipped = folder / "unzipped"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(unzipped)
    bag = next(unzipped.iterdir())
    bagit = shutil.which("bagit.py") or str(Path(sys.executable).parent / "bagit.py")
    for _ in range(repeat):
        bagits.append(timed([sys.executable, bagit, "--validate", "--processes", "1", str(bag)]))
    return {
        "files": files,
        "openssl": best(openssls),
        "bagit": best(bagits),
        "disk": best(disks),
        "export": best(exports),
        "verify": best(verifies),
        "import": best(imports),
        "cpu_export": best(cpus["export"]),
        "cpu_verify": best(cpus["verify"]),
        "cpu_import": best(cpus["import"]),
        "peak_export": peaks["export"],
        "peak_verify": peaks["verify"],
        "peak_import": peaks["import"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0.25,1", help="GiB of evidence, comma-separated")
    parser.add_argument("--work", help="work folder (default: a temporary folder)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    work = Path(tempfile.mkdtemp(prefix="cds-bench-", dir=args.work))
    try:
        rows = {float(s): bench(float(s), work, args.repeat) for s in args.sizes.split(",")}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"CPU cores: {os.cpu_count()}   Python {sys.version.split()[0]}   best of {args.repeat}")
    header = ("evidence", "openssl", "bagit", "disk", "export", "verify", "import")
    print(" | ".join(f"{h:>10}" for h in header))
    for size, r in rows.items():
        cells = [f"{size:g} GiB"] + [f"{r[k]:.2f} s" for k in header[1:]]
        print(" | ".join(f"{c:>10}" for c in cells))
    print()
    for size, r in rows.items():
        o = r["openssl"]
        print(
            f"{size:g} GiB ({r['files']:.0f} files): "
            f"verify {r['verify'] / o:.2f}× openssl (goal ≤ 1.3), "
            f"{r['verify'] / r['bagit']:.2f}× bagit.py (goal < 1); "
            f"export {r['export'] / o:.2f}×, import {r['import'] / o:.2f}× openssl (goal ≤ 2); "
            f"disk write+fsync alone {r['disk'] / o:.2f}× openssl; "
            f"export {r['export'] / r['disk']:.2f}×, import {r['import'] / r['disk']:.2f}× disk"
        )
    print()
    for size, r in rows.items():
        print(
            f"CPU time (all threads, least of the runs) at {size:g} GiB: "
            f"export {r['cpu_export']:.2f} s, verify {r['cpu_verify']:.2f} s, "
            f"import {r['cpu_import']:.2f} s"
        )
    print()
    for size, r in rows.items():
        print(
            f"peak memory at {size:g} GiB: export {r['peak_export']:.0f} MiB, "
            f"verify {r['peak_verify']:.0f} MiB, import {r['peak_import']:.0f} MiB"
        )


if __name__ == "__main__":
    main()
