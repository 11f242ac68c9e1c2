"""Shared fixtures: every test gets its own profile folder; Qt runs offscreen."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("CDS_DATABASE_URL", None)

from cds_desktop.cli import main as cli_main
from cds_desktop.profile import Profile, create_profile
from tests.postgres_support import BACKENDS, PostgresServer, postgres_server


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may touch the real per-user data folder."""
    monkeypatch.setenv("CDS_DATA_DIR", str(tmp_path / "default-profile"))
    monkeypatch.delenv("CDS_DATABASE_URL", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A profile folder whose name has Vietnamese letters, as on users' machines."""
    return tmp_path / "Dữ liệu CĐS"


@pytest.fixture
def unit_profile(data_dir: Path) -> Iterator[Profile]:
    profile = create_profile(data_dir, "unit", "BO-VP", "Văn phòng Bộ")
    yield profile
    profile.close()


@pytest.fixture
def centre_profile(tmp_path: Path) -> Iterator[Profile]:
    profile = create_profile(
        tmp_path / "centre",
        "centre",
        "BO-TTCDS",
        "Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch",
    )
    yield profile
    profile.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> object:
    """Run the command line in-process and capture what it prints."""

    def run(*argv: str) -> CliResult:
        code = cli_main(list(argv))
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture(autouse=True)
def _isolated_qt_settings(tmp_path: Path) -> Iterator[None]:
    """Window state and language (QSettings) go to the test's folder, never the user's."""
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        yield
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )
    yield


@pytest.fixture(autouse=True, scope="session")
def _collect_garbage_on_the_main_thread() -> Iterator[None]:
    """As the program does (ui/common/gui_gc.py): cycles holding Qt objects must never be
    collected by a background task's thread, so automatic collection is off and the
    main thread collects after every test."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    """The collection after each test, then what survived it is frozen: a full collection
    walks every object the session has loaded (SQLAlchemy, Qt, Hypothesis…), which took
    0.3–0.7 s after every test, half the suite's time; frozen objects are not walked
    again (and never collected: a later test's garbage is all that is looked at)."""
    yield
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A PostgreSQL server for the whole session (see tests/postgres_support.py)."""
    with postgres_server() as server:
        yield server


@pytest.fixture(params=BACKENDS)
def centre_url(request: pytest.FixtureRequest) -> Iterator[str | None]:
    """The centre's database on each backend: None (the SQLite file in the profile), or
    the URL of a new, empty PostgreSQL database of the test's own."""
    if request.param == "sqlite":
        yield None
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    url = server.create_database()
    yield url
    server.drop_database(url)
