"""Each command imports only what it uses (issue 14): a command is a whole process.

Each case runs the command in a fresh interpreter and lists which heavy libraries were
loaded by the time it finished.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cds_desktop.database import head_revision
from cds_desktop.profile import Profile
from cds_desktop.schema import SCHEMA_HEAD
from tests.package_helpers import export, make_unit

HEAVY = ("sqlalchemy", "alembic", "mako", "reportlab", "openpyxl", "PySide6")
LIGHTER = ("cryptography.hazmat.primitives.serialization", "logging.handlers")
"""Modules of a few milliseconds each that only signing and log files need."""

PROBE = f"""
import json, sys
from cds_desktop.cli import main
code = main(sys.argv[1:])
loaded = sorted({{name.split(".")[0] for name in sys.modules}} & set({HEAVY!r}))
loaded += sorted(set(sys.modules) & set({LIGHTER!r}))
print(json.dumps({{"code": code, "loaded": loaded}}))
"""


def loaded_by(*argv: str) -> set[str]:
    """The heavy libraries a command loads, run as its own process."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *argv],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=Path(__file__).resolve().parent.parent,
        check=True,
        timeout=120,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return set(result["loaded"])


def test_schema_head_is_the_newest_migration() -> None:
    """`migrate` skips Alembic for a database at SCHEMA_HEAD, so it must be the real head."""
    assert head_revision() == SCHEMA_HEAD


def test_help_loads_no_database_report_or_gui_library() -> None:
    assert loaded_by("--help") == set()
    assert loaded_by("import", "--help") == set()


def test_verify_loads_no_database_report_or_gui_library(tmp_path: Path) -> None:
    unit = make_unit(tmp_path / "unit")
    package = export(unit, tmp_path / "out")
    unit.close()
    assert loaded_by("verify", str(package)) == set()


def test_status_on_a_migrated_centre_loads_the_database_but_not_alembic(
    centre_profile: Profile,
) -> None:
    data_dir = str(centre_profile.paths.root)
    centre_profile.close()
    loaded = loaded_by("--data-dir", data_dir, "status", "--json")
    assert loaded == {"sqlalchemy", "logging.handlers"}  # a profile's commands keep a log


@pytest.mark.parametrize(
    ("kind", "library", "other"), [("pdf", "reportlab", "openpyxl"), ("xlsx", "openpyxl", None)]
)
def test_a_report_loads_only_its_own_library(
    unit_profile: Profile, tmp_path: Path, kind: str, library: str, other: str | None
) -> None:
    data_dir = str(unit_profile.paths.root)
    unit_profile.close()
    out = tmp_path / f"report.{kind}"
    loaded = loaded_by("--data-dir", data_dir, "report", kind, "--out", str(out))
    assert out.is_file()
    assert library in loaded
    assert "alembic" not in loaded and "PySide6" not in loaded
    if other is not None:
        assert other not in loaded
