"""The GUI's import page and a command-line import on one profile at the same time
(issue 11): the page says that it waits for the other import, and the master ends as
a one-by-one import."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cds_desktop.models import ImportLog
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.trust import trust_unit_key
from cds_desktop.profile import Profile
from tests.centre_support import Packages, build_packages, new_centre
from tests.package_helpers import content_digest, make_centre
from tests.ui_support import wait_for_tasks
from ui.main_window import MainWindow

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return build_packages(tmp_path_factory.mktemp("units"))


@pytest.fixture(autouse=True)
def _no_task_left_running() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(15_000)


@pytest.fixture
def centre(tmp_path: Path, packages: Packages) -> Iterator[Profile]:
    profile = new_centre(tmp_path)
    trust_unit_key(profile, "SO-HNI", packages.hni_fingerprint)
    trust_unit_key(profile, "SO-HCM", packages.hcm_fingerprint)
    yield profile
    profile.close()


def test_the_import_page_and_the_command_line_at_once(
    qtbot: QtBot, tmp_path: Path, centre: Profile, packages: Packages
) -> None:
    window = MainWindow(centre)
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot)
    page = window.import_page
    # Another officer's import holds the master's write lock while both start.
    holder = sqlite3.connect(centre.paths.database, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        task = page.import_paths([packages.hni1, packages.hcm1, packages.hni2])
        assert task is not None
        qtbot.waitUntil(lambda: "Đang chờ một lần nhập khác" in page.summary.text(), timeout=60_000)
        if page.task is not None and page.task.dialog is not None:
            assert "Đang chờ" in page.task.dialog.labelText()
        window.grab().save(str(tmp_path / "waiting.png"))
        go = tmp_path / "go"
        go.touch()
        env = dict(os.environ, PYTHONPATH=str(REPO))
        command = [sys.executable, "-m", "tests.concurrent_import_worker", str(tmp_path / "ready"),
                   str(go), "0", str(centre.paths.root), str(packages.hni2), str(packages.hcm1),
                   str(packages.hni1)]  # fmt: skip
        cli = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")  # fmt: skip
        deadline = time.monotonic() + 120
        while not (tmp_path / "ready").exists() and cli.poll() is None:
            assert time.monotonic() < deadline
            qtbot.wait(20)
    finally:
        holder.execute("COMMIT")
        holder.close()
    qtbot.waitUntil(lambda: page.task is None, timeout=120_000)
    wait_for_tasks(qtbot)
    out, err = cli.communicate(timeout=300)
    assert cli.returncode == 0, err
    assert "Traceback" not in err and "locked" not in err
    assert "Đang chờ" not in page.summary.text()
    gui = [r.status for r in page.model.rows]
    assert len(gui) == 3 and "rejected" not in gui

    with centre.database.session() as session:
        log = session.execute(
            select(ImportLog.unit_code, ImportLog.sequence, ImportLog.status)
        ).all()
    assert len(log) == 6
    seen = Counter(tuple(row) for row in log)
    assert seen[("SO-HNI", 2, "imported")] == 1 and seen[("SO-HNI", 2, "duplicate")] == 1
    assert seen[("SO-HCM", 1, "imported")] == 1 and seen[("SO-HCM", 1, "duplicate")] == 1
    assert seen[("SO-HNI", 1, "imported")] <= 1  # then a duplicate, else stale twice
    assert not any(status == "rejected" for _u, _s, status in log)
    reference = make_centre(tmp_path, "reference")
    import_packages(reference, [packages.hni1, packages.hni2, packages.hcm1], trust_new=True)
    assert content_digest(centre) == content_digest(reference)
    reference.close()
    assert "imported" in out or "duplicate" in out


def test_the_centre_window_on_each_backend(
    qtbot: QtBot, tmp_path: Path, packages: Packages, centre_url: str | None
) -> None:
    """The GUI on a PostgreSQL centre as on SQLite: import, then every centre page."""
    profile = make_centre(tmp_path, "centre-gui", url=centre_url)
    trust_unit_key(profile, "SO-HNI", packages.hni_fingerprint)
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    wait_for_tasks(qtbot)
    page = window.import_page
    assert page.import_paths([packages.hni1, packages.hni2]) is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
    wait_for_tasks(qtbot)
    assert [r.status for r in page.model.rows] == ["imported", "imported"]
    for name in ("units", "dashboard", "master", "reports", "settings", "import"):
        window.show_page(name)
        wait_for_tasks(qtbot)
    window.close()
    profile.close()
