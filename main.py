"""Start the CĐS Desktop window: `python main.py [--data-dir DIR]`."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from cds_desktop import APP_NAME, __version__
from cds_desktop.errors import CdsError, ProfileError
from cds_desktop.logs import setup_logging
from cds_desktop.paths import ProfilePaths, resolve_data_dir
from cds_desktop.profile import open_profile, profile_exists
from ui.main_window import MainWindow, NoProfileWindow


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="main.py", description="CĐS Desktop")
    parser.add_argument("--data-dir", metavar="DIR", help="profile folder")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)

    data_dir = resolve_data_dir(args.data_dir)
    setup_logging(ProfilePaths(data_dir).logs)
    window: QMainWindow
    if not profile_exists(ProfilePaths(data_dir)):
        window = NoProfileWindow(str(data_dir))
    else:
        try:
            window = MainWindow(open_profile(data_dir))
        except (ProfileError, CdsError) as exc:
            QMessageBox.critical(None, "CĐS Desktop", str(exc))
            return 1
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
