"""Any order and repetition of genuine packages from several units gives the same master.

The master must depend only on which packages arrived, not on their order or on
repeats: for each unit it equals the snapshot with the highest sequence received.
"""

from __future__ import annotations

import itertools
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.activities import ActivityService
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.verify import verify_package
from tests.package_helpers import content_digest, export, make_centre, make_unit

pytestmark = pytest.mark.slow

UNITS = ("SO-HNI", "SO-HCM", "BO-VP")


@dataclass(frozen=True)
class Packages:
    paths: list[Path]
    units: list[str]
    sequences: list[int]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Packages]:
    """Three units, three packages each: add, edit and delete between them."""
    root = tmp_path_factory.mktemp("property")
    paths: list[Path] = []
    for number, code in enumerate(UNITS):
        unit = make_unit(root, code, seed=number + 1)
        service = ActivityService(unit)
        paths.append(export(unit, root / "packages"))
        first = service.list_activities()[0]
        service.edit(first.id, {"reach": 1000 + number}, remove_evidence=[first.evidence[0].id])
        service.add({"title": f"Tập huấn {code}", "form": "training", "start_date": "2024-10-15"})
        paths.append(export(unit, root / "packages"))
        service.delete(first.id)
        paths.append(export(unit, root / "packages"))
        unit.close()
    metadata = [verify_package(p).metadata for p in paths]
    yield Packages(paths, [m.unit_code for m in metadata], [m.sequence for m in metadata])


_expected: dict[frozenset[int], str] = {}


def expected_digest(packages: Packages, chosen: frozenset[int]) -> str:
    """The master after importing, per unit, only the newest package among `chosen`."""
    if chosen not in _expected:
        newest = [
            max(group, key=lambda i: packages.sequences[i])
            for _, group in itertools.groupby(sorted(chosen, key=lambda i: packages.units[i]),
                                              key=lambda i: packages.units[i])
        ]  # fmt: skip
        with tempfile.TemporaryDirectory() as folder:
            centre = make_centre(Path(folder))
            import_packages(centre, [packages.paths[i] for i in sorted(newest)], trust_new=True)
            _expected[chosen] = content_digest(centre)
            centre.close()
    return _expected[chosen]


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(order=st.lists(st.integers(min_value=0, max_value=8), min_size=1, max_size=12))
def test_any_order_and_repetition_gives_the_same_master(
    packages: Packages, order: list[int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        centre = make_centre(Path(folder))
        results = import_packages(centre, [packages.paths[i] for i in order], trust_new=True)
        assert {r.status for r in results} <= {"imported", "duplicate", "stale"}
        assert content_digest(centre) == expected_digest(packages, frozenset(order))
        centre.close()
