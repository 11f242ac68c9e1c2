"""Run the program in real windows under Xvfb with a window manager and photograph the
screen, at the office laptops' sizes and display scalings.

    python scripts/screenshots_xvfb.py [--out DIR] [--sizes 1366x768,1280x720,1024x768]
                                       [--scales 1,1.25,1.5]

Needs Xvfb, openbox, xdotool and ImageMagick's `import` (Debian/Ubuntu:
`apt-get install xvfb openbox xdotool x11-utils imagemagick`). For every size and scaling
it starts an X server and openbox (with a 40-pixel strip kept free at the bottom, like
the Windows taskbar), then runs this script again as the program (`--child`, xcb platform,
`QT_SCALE_FACTOR`): the activity list, the editor, the export and settings pages, then
a centre importing a package whose key is not registered yet — the trust prompt is
photographed while the import's progress dialog is due, and answered with real key
presses (Shift+Tab, Space: «Tin cậy khóa này»). Each window's frame is checked against
the screen's available area; a line `DOES NOT FIT` is printed (and the exit code is 1)
if one sticks out. The offscreen pictures for the README come from `python -m
ui.screenshots`; these show the real window manager, frames and focus.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TASKBAR = 40  # pixels kept free at the bottom, like the Windows taskbar
OPENBOX_RC = """<?xml version="1.0" encoding="UTF-8"?>
<openbox_config xmlns="http://openbox.org/3.4/rc">
  <margins><top>0</top><bottom>{bottom}</bottom><left>0</left><right>0</right></margins>
  <focus><focusNew>yes</focusNew><followMouse>no</followMouse></focus>
  <placement><policy>Smart</policy><center>yes</center></placement>
</openbox_config>
"""


# --- the driver: X server, window manager, one child per size and scaling ---------------
def _wait_for(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.1)
    return False


def run_one(display: int, size: tuple[int, int], scale: float, out: Path) -> int:
    width, height = size
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="cds-xvfb-"))
    rc = work / "rc.xml"
    rc.write_text(OPENBOX_RC.format(bottom=TASKBAR), encoding="utf-8")
    env = dict(os.environ, DISPLAY=f":{display}")
    server = subprocess.Popen(
        ["Xvfb", f":{display}", "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manager: subprocess.Popen[bytes] | None = None
    try:
        socket = Path(f"/tmp/.X11-unix/X{display}")
        if not _wait_for(socket.exists, 15):
            print(f"Xvfb :{display} did not start", file=sys.stderr)
            return 1
        manager = subprocess.Popen(
            ["openbox", "--config-file", str(rc)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)  # openbox sets the work area before the first window maps
        child_env = dict(
            env,
            QT_QPA_PLATFORM="xcb",
            QT_SCALE_FACTOR=str(scale),
            PYTHONPATH=str(ROOT),
        )
        child_env.pop("QT_SCREEN_SCALE_FACTORS", None)
        result = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child", "--out", str(out)],
            env=child_env,
            cwd=ROOT,
            timeout=600,
            check=False,
        )
        return result.returncode
    finally:
        for process in (manager, server):
            if process is not None:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "cds-xvfb")
    parser.add_argument("--sizes", default="1366x768,1280x720,1024x768")
    parser.add_argument("--scales", default="1,1.25,1.5")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.out)
    for tool in ("Xvfb", "openbox", "xdotool", "import"):
        if shutil.which(tool) is None:
            print(f"error: {tool} not found; see the module's docstring", file=sys.stderr)
            return 2
    failed = 0
    display = 91
    for size_text in args.sizes.split(","):
        width, height = (int(v) for v in size_text.lower().split("x"))
        for scale_text in args.scales.split(","):
            scale = float(scale_text)
            folder = args.out / f"{width}x{height}-{round(scale * 100)}"
            print(f"== {width}×{height} at {round(scale * 100)} % → {folder}", flush=True)
            failed |= run_one(display, (width, height), scale, folder) != 0
            display += 1
    return 1 if failed else 0


# --- the child: the program in real windows ----------------------------------------------
def child(out: Path) -> int:
    from PySide6.QtCore import QSettings, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from cds_desktop.packages.export import export_package
    from cds_desktop.profile import create_profile
    from ui.app import create_app
    from ui.centre.trust_prompt import TrustPrompt
    from ui.common.screen_fit import available_geometry
    from ui.common.tasks import running_tasks
    from ui.main_window import MainWindow
    from ui.screenshots import make_demo_profile

    work = Path(tempfile.mkdtemp(prefix="cds-xvfb-child-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "qs"))
    app = create_app([sys.argv[0]], crash_dialog=False)
    problems: list[str] = []

    def settle(until: object = None, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            app.processEvents()
            done = until() if callable(until) else True
            if running_tasks() == 0 and done:
                break
            QThreadPool.globalInstance().waitForDone(25)
        end = time.monotonic() + 0.6  # let the window manager and X draw
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    def check(window: QWidget, name: str) -> None:
        area = available_geometry(window)
        frame = window.frameGeometry()
        verdict = "fits" if area.contains(frame) else "DOES NOT FIT"
        line = f"{name}: {frame.width()}×{frame.height()} at {frame.x()},{frame.y()} in {area}"
        print(f"  {verdict}  {line}", flush=True)
        if verdict != "fits":
            problems.append(line)

    def shoot(name: str) -> None:
        app.processEvents()
        subprocess.run(["import", "-window", "root", str(out / f"{name}.png")], check=True)

    unit = make_demo_profile(work / "unit")
    window = MainWindow(unit)
    window.show()
    settle(lambda: not window.activities.loading)
    check(window, "unit main window")
    shoot("1-activities")
    window.activities.table.selectRow(0)
    editor = window.activities.edit_selected()
    assert editor is not None
    settle()
    check(editor, "activity editor")
    shoot("2-editor")
    editor.done(0)
    for n, page in enumerate(("export", "settings"), start=3):
        window.show_page(page)
        settle()
        shoot(f"{n}-{page}")
    window.close()

    usb = work / "USB"
    usb.mkdir()
    export_package(unit, usb)
    centre = create_profile(work / "centre", "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số")
    centre_window = MainWindow(centre)
    centre_window.show()
    settle()
    check(centre_window, "centre main window")
    shoot("5-centre-import-empty")
    page = centre_window.import_page
    answered: list[str] = []

    def answer_prompt() -> None:  # runs inside the prompt's own event loop
        prompt = QApplication.activeModalWidget()
        task = page.task
        ready = isinstance(prompt, TrustPrompt) and task is not None and task.dialog_due
        if not ready or QApplication.activeWindow() is not prompt:
            QTimer.singleShot(100, answer_prompt)
            return
        assert isinstance(prompt, TrustPrompt)
        time.sleep(0.5)
        app.processEvents()
        check(prompt, "trust prompt")
        shoot("6-trust-prompt")
        # the officer's keys: Shift+Tab from «Từ chối» to «Tin cậy khóa này», Space
        subprocess.run(["xdotool", "key", "--delay", "150", "shift+Tab", "space"], check=True)
        answered.append("trusted")

    QTimer.singleShot(100, answer_prompt)
    page.import_paths([usb])
    settle(lambda: page.task is None, timeout=60)
    statuses = [r.status for r in page.model.rows]
    print(f"  import after the keyboard answer: {statuses} (answered: {answered})", flush=True)
    if statuses != ["imported"]:
        problems.append(f"the trusted package was not imported: {statuses}")
    shoot("7-centre-import-done")
    for n, name in enumerate(("units", "dashboard"), start=8):
        centre_window.show_page(name)
        settle()
        shoot(f"{n}-centre-{name}")
    centre_window.close()
    unit.close()
    centre.close()
    for line in problems:
        print(f"  PROBLEM: {line}", flush=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
