"""Start CĐS Desktop: `python main.py [--data-dir DIR]`.

Opens the profile in the data folder, or the first-run wizard when it has none. Only Qt
is imported before the first window shows; the database layer loads behind it.
"""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtWidgets import QApplication

from cds_desktop import __version__
from cds_desktop.logs import setup_logging
from cds_desktop.paths import ProfilePaths, resolve_data_dir
from ui.app import FirstPaintLog, StartWindow, create_app

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
        profile = wizard.profile
        if profile is None:
            return 0
        start: StartWindow | None = None
    else:
        start = StartWindow()
        start.show()
        QApplication.processEvents()
        from ui.recovery import open_or_recover

        profile = open_or_recover(start, data_dir)
        if profile is None:
            return 1
    from ui.main_window import MainWindow
    from ui.recovery import RESTART, open_or_recover

    while True:
        window = MainWindow(profile)
        FirstPaintLog(app, window.stack.currentWidget() or window, "main window painted")
        window.show()
        if start is not None:
            start.close()
            start = None
        code = app.exec()
        window.close()
        window.deleteLater()
        profile.close()
        if code != RESTART:
            return code
        reopened = open_or_recover(None, data_dir)  # after a restore from Settings
        if reopened is None:
            return 1
        profile = reopened


if __name__ == "__main__":
    sys.exit(main())
