"""The GUI side of `--self-test`: the core steps, then the main window built and painted
offscreen, so a frozen build is shown to carry its Qt plugins, fonts and translations."""

from __future__ import annotations

import os
import sys
import traceback

from cds_desktop.profile import Profile
from cds_desktop.selftest import run_self_test


def _paint_main_window(profile: Profile) -> str:
    from ui.main_window import MainWindow

    window = MainWindow(profile)
    image = window.grab()
    window.close()
    if image.isNull() or image.width() < 200:
        raise RuntimeError("the main window could not be painted")
    return f"ok  main window painted ({image.width()}×{image.height()})"


def run(qt_args: list[str]) -> int:
    """Exit code 0 when every step passed; the failing step's error otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import create_app

    app = create_app([sys.argv[0], *qt_args], crash_dialog=False)
    try:
        run_self_test(extra=_paint_main_window)
    except Exception:
        traceback.print_exc()
        print("self-test FAILED", file=sys.stderr)
        return 1
    finally:
        app.processEvents()
    return 0
