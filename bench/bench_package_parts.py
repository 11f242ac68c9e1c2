"""Benchmark: a package exported in parts for e-mail and imported, against the whole package.

    python bench/bench_package_parts.py [--sizes 1] [--part-mb 25] [--repeat 3] [--work DIR]

Builds the unit of `bench/bench_package.py` (512 KiB evidence files of random bytes named
.jpg, so stored; 2,048 files for 1 GiB) and measures, each in a fresh child process (so
the peak memory is that operation's own), for the whole package and for the same data
in parts of `--part-mb` MiB (`export --split-mb`):

* export (parts: the package written, then split into signed parts);
* verify (parts: the folder of parts put together in a temporary folder, then verified);
* import into an empty centre (parts: the folder of parts, put together in `tmp/` and
  imported; docs/package-format.md, "Packages in parts").

Inputs are read once before each timed run, so every run starts from a warm page cache,
as in `bench_package.py`. The work folder needs about 6 × the sum of the sizes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_package import make_unit, report_child, run_child, warm  # noqa: E402


def child(operation: str, args: list[str]) -> None:
    """Run one operation; print its wall time, CPU time and the process's peak memory."""
    from cds_desktop.packages.export import export_package
    from cds_desktop.packages.importer import import_packages
    from cds_desktop.packages.parts import verify_files
    from cds_desktop.packages.verify import verify_package
    from cds_desktop.profile import create_profile, open_profile

    started = time.perf_counter()
    cpu = time.process_time()
    if operation == "export":
        split = int(args[2]) * 1024 * 1024 if len(args) > 2 else None
        with open_profile(Path(args[0])) as profile:
            result = export_package(profile, Path(args[1]), split_bytes=split)
        assert (split is None) == (not result.parts), result
    elif operation == "verify":
        path = Path(args[0])
        if path.is_dir():
            outcomes = verify_files([path], lambda p: str(verify_package(p).sequence))
            assert [o.ok for o in outcomes] == [True], outcomes
        else:
            verify_package(path)
    elif operation == "import":
        with create_profile(Path(args[0]), "centre", "BO-TTCDS", "Trung tâm") as centre:
            started = time.perf_counter()
            cpu = time.process_time()
            [result] = import_packages(centre, [Path(args[1])], trust_new=True)
            assert result.status == "imported", result
    report_child(started, cpu)


def warm_all(path: Path) -> None:
    for file in sorted(path.iterdir()) if path.is_dir() else [path]:
        warm(file)


def bench(size_gib: float, part_mb: int, work: Path, repeat: int) -> dict[str, object]:
    files = int(size_gib * 2048)
    folder = work / f"{size_gib}GiB"
    folder.mkdir()
    make_unit(folder / "unit", files)
    figures: dict[str, dict[str, list[float]]] = {}
    parts_count = 0
    part_largest = 0
    for attempt in range(repeat):
        for how in ("whole", "parts"):
            out = folder / f"{how}-{attempt}"
            out.mkdir()
            extra = [str(part_mb)] if how == "parts" else []
            target = out if how == "parts" else out / "package.cdspkg"
            for operation, args in (
                ("export", [str(folder / "unit"), str(target), *extra]),
                ("verify", [str(target)]),
                ("import", [str(folder / f"centre-{how}-{attempt}"), str(target)]),
            ):
                if operation != "export":
                    warm_all(target)
                result = run_child(operation, *args, script=__file__)
                row = figures.setdefault(f"{operation} {how}", {})
                for key, value in result.items():
                    row.setdefault(key, []).append(value)
            if how == "parts":
                sizes = [p.stat().st_size for p in out.iterdir()]
                parts_count, part_largest = len(sizes), max(sizes)
    return {
        "files": files,
        "parts": parts_count,
        "largest_part": part_largest,
        "figures": {
            name: {"seconds": min(r["seconds"]), "cpu": min(r["cpu"]), "peak": max(r["peak_mib"])}
            for name, r in figures.items()
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--sizes", default="1", help="GiB of evidence, comma-separated")
    parser.add_argument("--part-mb", type=int, default=25, help="MiB per part (--split-mb)")
    parser.add_argument("--work", help="work folder (default: a temporary folder)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is kept)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], args.child[1:])
        return
    work = Path(tempfile.mkdtemp(prefix="cds-bench-parts-", dir=args.work))
    try:
        rows = {
            float(s): bench(float(s), args.part_mb, work, args.repeat)
            for s in args.sizes.split(",")
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"CPU cores: {os.cpu_count()}   Python {sys.version.split()[0]}   best of "
        f"{args.repeat}   load average {os.getloadavg()[0]:.1f}"
    )
    for size, r in rows.items():
        print(
            f"{size:g} GiB ({r['files']} files): {r['parts']} parts of {args.part_mb} MiB, "
            f"largest {r['largest_part']} bytes"
        )
        figures = r["figures"]
        assert isinstance(figures, dict)
        print(f"{'':>8} | {'whole':>26} | {'parts':>26} | ratio")
        for operation in ("export", "verify", "import"):
            whole, parts = figures[f"{operation} whole"], figures[f"{operation} parts"]
            cells = [
                f"{f['seconds']:.2f} s, {f['cpu']:.2f} s CPU, {f['peak']:.0f} MiB"
                for f in (whole, parts)
            ]
            ratio = parts["seconds"] / whole["seconds"]
            print(f"{operation:>8} | {cells[0]:>26} | {cells[1]:>26} | {ratio:.2f}×")


if __name__ == "__main__":
    main()
