"""The program's start loads only what its first screen needs (issue 14).

Each case starts the program (main.py) in a fresh interpreter, offscreen, runs its events
until the main window's start page is painted and lists which heavy libraries were loaded
by then: the database layer (SQLAlchemy) loads after the window is painted with the data
(read by `start_view`); the report libraries (reportlab, openpyxl) and
QtPdf/QtPrintSupport load when a report is made, not at start; qtawesome is not loaded at
all while its font can be. Then the window gets its profile and loads the rest.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from cds_desktop.database import alembic_config
from cds_desktop.profile import Profile
from cds_desktop.start_view import FIRST_SCREEN
from tests.test_start_view import fill

HEAVY = (
    "sqlalchemy",
    "cds_desktop.profile",
    "reportlab",
    "openpyxl",
    "docx",
    "alembic",
    "mako",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPrintSupport",
    # the page icons are drawn from the icon font itself (ui/common/theme.py), without qtawesome
    # and its Qt layer, which load a dozen fonts and every QtGui class (~100 ms)
    "qtawesome",
    "qtpy",
    # the pages not on screen at start are built (and their modules imported) when first
    # shown: the centre's charts, the export machinery, the settings and report pages
    "PySide6.QtCharts",
    "ui.centre.dashboard_page",
    "ui.centre.master_page",
    "ui.centre.units_page",
    "ui.centre.reports_page",
    "ui.common.reports_page",
    "ui.unit.export_page",
    "ui.common.settings_page",
    "cds_desktop.packages.export",
)

PROBE = """
import json, os, sys, time
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
import main as entry

def run(app):
    from ui.main_window import MainWindow
    [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    page = window.stack.currentWidget()
    painted = []

    class Watch(QObject):  # the start page's first paint, as the event loop delivers it
        def eventFilter(self, target, event):
            inside = isinstance(target, QWidget) and (target is page or page.isAncestorOf(target))
            if inside and event.type() == QEvent.Type.Paint:
                painted.append(target)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    deadline = time.monotonic() + 60
    while not painted and time.monotonic() < deadline:
        app.processEvents()
    app.removeEventFilter(watch)
    assert painted, "the start page was never painted"
    loaded = sorted(n for n in HEAVY_NAMES if n in sys.modules or any(
        m.startswith(n + ".") for m in sys.modules))
    model = getattr(page, "model", None)
    painted_rows = model.rowCount() if model is not None else None
    counted = getattr(page, "count_label", None)
    painted_count = counted.text() if counted is not None else None
    title = window.windowTitle()
    while not window.attached and time.monotonic() < deadline:  # the profile opens
        app.processEvents()
    while getattr(page, "loading", False) and time.monotonic() < deadline:  # every row
        app.processEvents()
    print(json.dumps({"page": window.stack.currentIndex(), "loaded": loaded,
                      "painted_rows": painted_rows, "title": title,
                      "attached": window.attached, "painted_count": painted_count,
                      "count": counted.text() if counted is not None else None,
                      "rows": model.rowCount() if model is not None else None}), flush=True)
    QTimer.singleShot(0, app.quit)
    return 0

QApplication.exec = run
code = entry.main(["--data-dir", sys.argv[1], "--no-crash-dialog"])
sys.stdout.flush()
os._exit(code)
"""


def start(data_dir: Path, tmp_path: Path, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """The program started as its own process: the heavy libraries (and `extra`) loaded
    when the main window is painted (`loaded`), the rows its start page showed then and
    once the profile was open and every row loaded, and the window's title."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PROBE.replace("HEAVY_NAMES", repr(HEAVY + extra)),
            str(data_dir),
            str(tmp_path / "qsettings"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=Path(__file__).resolve().parent.parent,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        check=True,
        timeout=120,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, done.stderr
    result: dict[str, Any] = json.loads(lines[-1])
    assert result["page"] == 0 and result["attached"]
    return result


def test_a_unit_is_painted_with_its_activities_before_the_database_layer_loads(
    unit_profile: Profile, tmp_path: Path
) -> None:
    fill(unit_profile, FIRST_SCREEN + 25)
    data_dir = unit_profile.paths.root
    unit_profile.close()
    # nor its own key
    result = start(data_dir, tmp_path, extra=("cds_desktop.keys",))
    assert set(result["loaded"]) == set()
    assert result["painted_rows"] == FIRST_SCREEN  # the first screenful, with the window
    assert result["painted_count"] == "200 hoạt động mới nhất · đang đọc các hoạt động khác…"
    assert result["rows"] == FIRST_SCREEN + 25  # all of them once the profile is open
    assert result["count"] == "225 hoạt động"
    assert result["title"] == "Văn phòng Bộ"


def test_the_centre_is_painted_before_the_database_layer_loads(
    centre_profile: Profile, tmp_path: Path
) -> None:
    data_dir = centre_profile.paths.root
    centre_profile.close()
    # the import page loads the importer and the package checks with the first import
    extra = ("cds_desktop.packages.importer", "cds_desktop.packages.container", "cds_desktop.keys")
    result = start(data_dir, tmp_path, extra=extra)
    assert set(result["loaded"]) == set()
    assert result["title"].startswith("Trung tâm Chuyển đổi số")


def test_a_database_to_migrate_opens_first_then_shows(
    unit_profile: Profile, tmp_path: Path
) -> None:
    """No start view (the schema is older): the profile opens (and migrates) behind the
    start window, and the main window shows the same rows."""
    from alembic import command

    fill(unit_profile, 30)
    command.downgrade(alembic_config(unit_profile.database.engine), "0004")
    data_dir = unit_profile.paths.root
    unit_profile.close()
    result = start(data_dir, tmp_path)
    assert "sqlalchemy" in result["loaded"]
    assert result["painted_rows"] == result["rows"] == 30
    assert result["painted_count"] == result["count"] == "30 hoạt động"  # all from the start
