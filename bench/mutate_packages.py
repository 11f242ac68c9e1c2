"""Run 10,000 (or more) seeded mutations of a genuine package against a master.

    python bench/mutate_packages.py [--cases 10000] [--start 0]

Builds a unit with evidence, exports a package, imports it into a fresh centre, then
verifies and imports each mutation (tests/package_mutations.py). Passes if no exception
other than `PackageRejected` escapes `verify_package`, no mutation is imported, any
mutation that verifies carries exactly the genuine signed content, and the master's
rows and evidence files are unchanged. A failing seed is printed so it can be replayed.
"""

from __future__ import annotations

import argparse
import collections
import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cds_desktop.packages.format import PackageRejected  # noqa: E402
from cds_desktop.packages.importer import import_packages  # noqa: E402
from cds_desktop.packages.verify import verify_package  # noqa: E402
from tests.package_helpers import (  # noqa: E402
    export,
    import_one,
    make_centre,
    make_unit,
    master_digest,
)
from tests.package_mutations import mutate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--start", type=int, default=0, help="first seed")
    args = parser.parse_args()
    logging.getLogger().addHandler(logging.NullHandler())  # one line per rejection is noise
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="cds-mutate-") as folder:
        root = Path(folder)
        unit = make_unit(root)
        genuine = export(unit, root / "genuine")
        unit.close()
        centre = make_centre(root)
        assert import_one(centre, genuine, trust_new=True).status == "imported"
        original = genuine.read_bytes()
        reference = verify_package(genuine)
        before = master_digest(centre)
        outcomes: collections.Counter[str] = collections.Counter()
        failures: list[str] = []
        mutant = root / "mutant.cdspkg"
        batch: list[Path] = []
        for seed in range(args.start, args.start + args.cases):
            name, data = mutate(original, seed)
            path = root / "mutants" / f"{seed}.cdspkg"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            try:
                package = verify_package(path)
            except PackageRejected:
                outcomes[f"rejected ({name})"] += 1
            except Exception as exc:
                failures.append(f"seed {seed} ({name}): {type(exc).__name__}: {exc}")
            else:
                if (package.metadata, package.records) != (reference.metadata, reference.records):
                    failures.append(f"seed {seed} ({name}): accepted with changed content")
                outcomes[f"intact, verifies ({name})"] += 1
            batch.append(path)
            if len(batch) == 500:
                for result in import_packages(centre, batch):
                    if result.status not in ("rejected", "duplicate"):
                        failures.append(f"{result.file.name}: imported as {result.status}")
                for p in batch:
                    p.unlink()
                batch.clear()
        if batch:
            for result in import_packages(centre, batch):
                if result.status not in ("rejected", "duplicate"):
                    failures.append(f"{result.file.name}: imported as {result.status}")
        if master_digest(centre) != before:
            failures.append("the master changed")
        mutant.unlink(missing_ok=True)
        centre.close()
    for outcome, count in sorted(outcomes.items()):
        print(f"{count:>7}  {outcome}")
    print(
        f"{args.cases} mutations in {time.perf_counter() - started:.0f} s; {len(failures)} failures"
    )
    for failure in failures[:50]:
        print("FAIL", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
