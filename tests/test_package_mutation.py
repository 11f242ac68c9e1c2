"""1,200 seeded mutations of a genuine package: only `PackageRejected`, never a master change.

The master already holds the genuine package, so a mutation that keeps the signed
content intact (e.g. a re-zip with another compression) verifies but is a `duplicate`:
the test checks that no mutation is *imported* and that the master's rows and evidence
files are exactly as before. `bench/mutate_packages.py` runs 10,000+ on demand.
"""

from __future__ import annotations

import collections
from pathlib import Path

import pytest

from cds_desktop.packages.format import PackageRejected
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.verify import verify_package
from tests.package_helpers import export, import_one, make_centre, make_unit, master_digest
from tests.package_mutations import mutate

pytestmark = pytest.mark.slow

CASES = 1_200


def test_mutated_packages_are_rejected_cleanly(tmp_path: Path) -> None:
    unit = make_unit(tmp_path)
    genuine = export(unit, tmp_path / "genuine")
    unit.close()
    centre = make_centre(tmp_path)
    assert import_one(centre, genuine, trust_new=True).status == "imported"
    original = genuine.read_bytes()
    reference = verify_package(genuine)
    before = master_digest(centre)

    outcomes: collections.Counter[str] = collections.Counter()
    unexpected: list[str] = []
    folder = tmp_path / "mutants"
    folder.mkdir()
    paths = []
    for seed in range(CASES):
        name, data = mutate(original, seed)
        path = folder / f"{seed:05d}.cdspkg"
        path.write_bytes(data)
        paths.append(path)
        try:
            package = verify_package(path)
        except PackageRejected as exc:
            assert str(exc) and "\n" not in str(exc)
            outcomes[f"rejected {name}"] += 1
            continue
        except Exception as exc:  # the point of the test: nothing else may escape
            unexpected.append(f"seed {seed} ({name}): {type(exc).__name__}: {exc}")
            continue
        # Accepted only if the signed content is the genuine one.
        assert package.metadata == reference.metadata, seed
        assert package.records == reference.records, seed
        outcomes[f"intact {name}"] += 1
    assert unexpected == []
    assert sum(outcomes.values()) == CASES

    statuses = collections.Counter(r.status for r in import_packages(centre, paths))
    assert set(statuses) <= {"rejected", "duplicate"}, statuses
    assert statuses["rejected"] == sum(n for k, n in outcomes.items() if k.startswith("rejected"))
    assert master_digest(centre) == before
    assert sum(n for k, n in outcomes.items() if k.startswith("rejected")) > CASES * 0.9
    centre.close()
