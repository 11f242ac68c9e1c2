"""Start CĐS Desktop: `python main.py [--data-dir DIR]`.

Opens the profile in the data folder, or the first-run wizard when it has none. The main
window is painted with the profile's data (read with sqlite3: `start_view`) before the
database layer (SQLAlchemy, ≈ 0.3 s) is imported; the profile opens right after.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from cds_desktop import __version__
from cds_desktop.logs import setup_logging
from cds_desktop.paths import ProfilePaths, resolve_data_dir
from cds_desktop.start_view import read_start_view
from ui.app import FirstPaint, StartWindow, create_app
from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="main.py", description="CĐS Desktop")
    parser.add_argument("--data-dir", metavar="DIR", help="profile folder")
    parser.add_argument(
        "--no-crash-dialog", action="store_true", help="log unexpected errors without a dialog"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen without user input; exit 0 if sound",
    )
    args, qt_args = parser.parse_known_args(argv)
    if args.self_test:
        from ui.self_test import run

        return run(qt_args)
    app = create_app([sys.argv[0], *qt_args], crash_dialog=not args.no_crash_dialog)

    data_dir = resolve_data_dir(args.data_dir)
    paths = ProfilePaths(data_dir)
    setup_logging(paths.logs)
    log.info("CĐS Desktop %s starting", __version__)
    # the test of profile.profile_exists, without importing the database layer yet
    if not (paths.database.exists() or paths.private_key.exists()):
        from ui.wizard import SetupWizard

        wizard = SetupWizard(data_dir)
        wizard.exec()
        if wizard.profile is None:
            return 0
        window = MainWindow(wizard.profile)
        FirstPaint(app, window, painted_and_ready)
    else:
        opened = open_window(app, data_dir, paths)
        if opened is None:
            return 1
        window = opened
    while True:
        window.show()
        code = app.exec()
        from ui.recovery import RESTART, open_or_recover  # loaded by now: not at the start

        window.close()
        window.deleteLater()
        if window.attached:
            window.profile.close()
        if code != RESTART:
            return code
        reopened = open_or_recover(None, data_dir)  # after a restore from Settings
        if reopened is None:
            return 1
        window = MainWindow(reopened)


def painted_and_ready() -> None:
    """The log's two start-up marks for a window built with its profile open."""
    log.info("main window painted")
    log.info("main window ready")


def open_window(app: QApplication, data_dir: Path, paths: ProfilePaths) -> MainWindow | None:
    """The profile's main window, not shown yet; None when the profile cannot be opened.

    Usually it is built from the start view, and the profile opens (with its checks,
    migration and backup) once the window has been painted with the data. When the start
    view cannot be read, the profile opens first, behind a window that says so."""
    view = read_start_view(paths)
    if view is None:
        start = StartWindow()
        start.show()
        QApplication.processEvents()
        from ui.recovery import open_or_recover

        profile = open_or_recover(start, data_dir)
        if profile is None:
            return None
        window = MainWindow(profile)

        def painted() -> None:
            painted_and_ready()
            start.close()

        FirstPaint(app, window, painted)
        return window
    window = MainWindow(view)

    def open_profile() -> None:
        log.info("main window painted")
        from ui.recovery import open_or_recover

        profile = open_or_recover(window, data_dir)
        if profile is None:
            app.exit(1)
            return
        window.attach(profile)
        log.info("main window ready")

    FirstPaint(app, window.stack.currentWidget() or window, open_profile)
    return window


if __name__ == "__main__":
    sys.exit(main())
