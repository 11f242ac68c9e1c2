"""Does the centre's window stay responsive while a large package is imported? (issue 6)

    python bench/bench_gui_import.py [--gib 1]

Makes a unit with GIB of evidence (512 KiB files, as bench_package.py), exports its
package, opens the centre's main window offscreen and imports the package through the
import page (the same background task as a click). A timer that should fire every 10 ms
measures how late the GUI thread's event loop serves it meanwhile; the baseline is the
same timer with the window idle. Prints the import time and the event-loop delays.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 10


def late_ticks(app: object, seconds: float | None, until: object = None) -> list[float]:
    """Delays (ms) of a 10 ms timer, for `seconds` or until `until()` is true."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    delays: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = clock.nsecsElapsed()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    started = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = clock.nsecsElapsed()
        delays.append(max(0.0, (now - last) / 1e6 - TICK_MS))
        last = now
        done = until() if callable(until) else time.perf_counter() - started >= (seconds or 0)
        if done:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start()
    loop.exec()
    timer.stop()
    return delays


def summary(delays: list[float]) -> str:
    ordered = sorted(delays)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0.0
    return (
        f"median {statistics.median(ordered):.1f} ms, 99th percentile {p99:.1f} ms, "
        f"worst {ordered[-1]:.1f} ms late ({len(ordered)} ticks)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gib", type=float, default=1.0, help="GiB of evidence")
    args = parser.parse_args()
    from bench_package import make_unit

    from cds_desktop.packages.export import export_package
    from cds_desktop.profile import create_profile, open_profile
    from ui.app import create_app
    from ui.centre.trust_prompt import TrustPrompt
    from ui.common.tasks import running_tasks
    from ui.main_window import MainWindow

    work = Path(tempfile.mkdtemp(prefix="cds-bench-gui-import-"))
    try:
        make_unit(work / "unit", int(args.gib * 2048))
        with open_profile(work / "unit") as unit:
            package = export_package(unit, work / "package.cdspkg").path
        app = create_app([sys.argv[0]], crash_dialog=False)
        centre = create_profile(work / "centre", "centre", "BO-TTCDS", "Trung tâm")
        window = MainWindow(centre)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        idle = late_ticks(app, seconds=2.0)
        page = window.import_page
        TrustPrompt.ask = lambda _self: True  # type: ignore[method-assign]  # the officer trusts
        started = time.perf_counter()
        task = page.import_paths([package])
        assert task is not None
        busy = late_ticks(app, None, until=lambda: running_tasks() == 0)
        seconds = time.perf_counter() - started
        results = page.model.rows
        print(f"package: {package.stat().st_size / 2**30:.2f} GiB, imported in {seconds:.2f} s "
              f"(status: {', '.join(r.status for r in results)})")  # fmt: skip
        print(f"event loop idle:            {summary(idle)}")
        print(f"event loop during import:   {summary(busy)}")
        window.close()
        window.deleteLater()
        app.processEvents()
        centre.close()
        del window
        gc.collect()  # on this thread, before the interpreter shuts Qt down
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
