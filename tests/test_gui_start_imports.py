"""The program's start loads only what its first screen needs (issue 14).

Each case starts the program (main.py) in a fresh interpreter, offscreen, runs its events
until the main window's start page is painted and lists which heavy libraries were loaded
by then: the report libraries
(reportlab, openpyxl) and QtPdf/QtPrintSupport load when a report is made, not at start;
qtawesome is not loaded at all while its font can be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cds_desktop.profile import Profile

HEAVY = (
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
    print(json.dumps({"page": window.stack.currentIndex(), "loaded": loaded}), flush=True)
    QTimer.singleShot(0, app.quit)
    return 0

QApplication.exec = run
code = entry.main(["--data-dir", sys.argv[1], "--no-crash-dialog"])
sys.stdout.flush()
os._exit(code)
"""


def loaded_at_start(data_dir: Path, tmp_path: Path, extra: tuple[str, ...] = ()) -> set[str]:
    """The heavy libraries (and `extra`) loaded when the main window is painted, as its
    own process."""
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
    result = json.loads(lines[-1])
    assert result["page"] == 0
    return set(result["loaded"])


def test_unit_start_loads_no_report_library(unit_profile: Profile, tmp_path: Path) -> None:
    data_dir = unit_profile.paths.root
    unit_profile.close()
    # nor its own key
    assert loaded_at_start(data_dir, tmp_path, extra=("cds_desktop.keys",)) == set()


def test_centre_start_loads_no_report_library(centre_profile: Profile, tmp_path: Path) -> None:
    data_dir = centre_profile.paths.root
    centre_profile.close()
    # the import page loads the importer and the package checks with the first import
    extra = ("cds_desktop.packages.importer", "cds_desktop.packages.container", "cds_desktop.keys")
    assert loaded_at_start(data_dir, tmp_path, extra=extra) == set()
