"""Benchmark: commands as a user runs them — each a whole process, from start to exit.

    python bench/bench_commands.py [--sizes 0.25,1] [--repeat 5] [--work DIR]

Every figure is the best of `repeat` runs of a fresh process, beside a baseline measured
in the same run on the same machine (issue 14):

* `--help` against `python -c "import argparse, zipfile, hashlib, json, sqlite3;
  from cryptography.hazmat.primitives.asymmetric import ed25519"` (goal ≤ 2×);
* `status --json` on a centre with the 68 units of the catalog against
  `python -c "import sqlalchemy.orm"` (goal ≤ 1.5×);
* `verify` and a first `import --trust-new` into a new centre, at each size of evidence
  (512 KiB files, as bench_package.py makes them), against `openssl dgst -sha256` over the
  same evidence files (goals: verify ≤ 1.3× at 0.25 GiB and ≤ 1.1× at 1 GiB; import ≤ 2×
  at 1 GiB; none for import at 0.25 GiB).

Files are read from a warm page cache, as in bench_package.py. The project's bytecode is
compiled first, as an installed program's is (PYTHONDONTWRITEBYTECODE would otherwise
make every run compile ~100 modules from source). The work folder needs about
four times the sum of the sizes and is deleted at the end.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_package import make_unit, warm  # noqa: E402

CLI = [sys.executable, "-m", "cds_desktop"]
NEW_CENTRE = ["init", "--role", "centre", "--unit-code", "BO-TTCDS", "--unit-name", "Trung tâm"]
HELP_BASELINE = [
    sys.executable,
    "-c",
    "import argparse, zipfile, hashlib, json, sqlite3; "
    "from cryptography.hazmat.primitives.asymmetric import ed25519",
]
STATUS_BASELINE = [sys.executable, "-c", "import sqlalchemy.orm"]


def timed(command: list[str], before: Callable[[], None] | None = None) -> float:
    """Wall time of one whole process (`before` runs first, untimed)."""
    if before is not None:
        before()
    started = time.perf_counter()
    subprocess.run(
        command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - started


def best(command: list[str], repeat: int, before: Callable[[], None] | None = None) -> float:
    return min(timed(command, before) for _ in range(repeat))


def line(name: str, seconds: float, baseline: float, goal: float | None, what: str) -> str:
    ratio = seconds / baseline
    if goal is None:
        verdict = "no goal"
    else:
        verdict = f"goal ≤ {goal:g}×, {'met' if ratio <= goal else 'NOT met'}"
    return (
        f"{name:<26} {seconds * 1000:8.0f} ms   {what} {baseline * 1000:6.0f} ms   "
        f"{ratio:5.2f}× ({verdict})"
    )


def sizes_bench(size_gib: float, work: Path, repeat: int) -> list[str]:
    folder = work / f"{size_gib:g}GiB"
    folder.mkdir()
    evidence = make_unit(folder / "unit", int(size_gib * 2048))
    package = folder / "package.cdspkg"
    subprocess.run(
        [*CLI, "--data-dir", str(folder / "unit"), "export", "--out", str(package)],
        check=True,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
    )
    openssl = ["openssl", "dgst", "-sha256", *map(str, evidence)]
    timed(openssl)
    openssl_s = best(openssl, repeat)
    verify_s = best([*CLI, "verify", str(package)], repeat, lambda: warm(package))
    centres = iter(range(repeat))

    def new_centre() -> None:
        centre = folder / "centre"
        shutil.rmtree(centre, ignore_errors=True)
        subprocess.run(
            [*CLI, "--data-dir", str(centre), *NEW_CENTRE],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        next(centres)
        warm(package)

    import_command = [*CLI, "--data-dir", str(folder / "centre"), "import", "--trust-new"]
    import_s = best([*import_command, str(package)], repeat, new_centre)
    verify_goal = 1.3 if size_gib < 1 else 1.1
    import_goal = None if size_gib < 1 else 2.0
    return [
        line(f"verify {size_gib:g} GiB", verify_s, openssl_s, verify_goal, "openssl"),
        line(f"first import {size_gib:g} GiB", import_s, openssl_s, import_goal, "openssl"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="0.25,1", help="GiB of evidence, comma-separated")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (best is kept)")
    parser.add_argument("--work", help="work folder (default: a temporary folder)")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "cds_desktop", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="cds-bench-commands-", dir=args.work))
    lines = []
    try:
        lines.append(
            line(
                "--help",
                best([*CLI, "--help"], args.repeat),
                best(HELP_BASELINE, args.repeat),
                2.0,
                "imports",
            )
        )
        centre = work / "centre"
        subprocess.run(
            [*CLI, "--data-dir", str(centre), *NEW_CENTRE],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        lines.append(
            line(
                "status --json (68 units)",
                best([*CLI, "--data-dir", str(centre), "status", "--json"], args.repeat),
                best(STATUS_BASELINE, args.repeat),
                1.5,
                "sqlalchemy.orm",
            )
        )
        for size in args.sizes.split(","):
            lines += sizes_bench(float(size), work, args.repeat)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"CPU cores: {os.cpu_count()}   Python {sys.version.split()[0]}   best of {args.repeat}")
    if hasattr(os, "getloadavg"):  # not on Windows
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
