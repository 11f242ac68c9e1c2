"""Which profile folder is used: --data-dir, else CDS_DATA_DIR, else the per-user folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from cds_desktop import paths


def test_option_wins_over_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDS_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(tmp_path / "opt") == tmp_path / "opt"


def test_environment_wins_over_platform_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CDS_DATA_DIR", str(tmp_path / "env"))
    assert paths.resolve_data_dir(None) == tmp_path / "env"


def test_platform_per_user_folder_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDS_DATA_DIR")
    expected = Path(platformdirs.user_data_dir("CDS Desktop", appauthor=False, roaming=False))
    assert paths.resolve_data_dir(None) == expected


def test_profile_layout_lives_inside_the_folder(tmp_path: Path) -> None:
    profile = paths.ProfilePaths(tmp_path / "Hồ sơ")
    for path in (
        profile.database,
        profile.evidence,
        profile.private_key,
        profile.logs,
        profile.backups,
    ):
        assert path.is_relative_to(profile.root)
    assert profile.database_url() == f"sqlite:///{(tmp_path / 'Hồ sơ' / 'cds.sqlite3').as_posix()}"


def test_database_url_can_point_elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDS_DATABASE_URL", "postgresql://centre@db/cds")
    assert paths.ProfilePaths(tmp_path).database_url() == "postgresql://centre@db/cds"


def test_bundled_resources_are_found() -> None:
    assert (paths.resources_dir() / "catalog" / "units.json").is_file()
