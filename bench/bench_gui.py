"""GUI benchmarks (SPEC §8): the activity table with 100,000 rows against 100, and the
cold start to the first window against a bare QApplication with a QMainWindow.

    python bench/bench_gui.py [--rows 100000] [--repeat 5] [--start-only]

Every measurement runs in a fresh subprocess (offscreen Qt); the figure is the median.
* open: from creating the activities page to its first screenful painted (the rest of
  the rows load in the background; the time until every row is loaded is shown too);
* scroll: 300 jumps to random positions, each followed by a repaint of the table;
* cold start: from starting the interpreter to the main window painted with its data, for
  a unit with 100 activities and for the centre with the 68 units of the catalog (issue 14:
  goal ≤ 2.5× a bare QApplication + QMainWindow), and to the window ready for input (its
  profile open, right after). The project's bytecode is compiled first, as an installed
  program's is. The same bare window after `import sqlalchemy.orm` is measured beside it:
  what any window costs that waits for the database layer.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCROLL_STEPS = 300

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def make_centre(folder: Path) -> Path:
    """The IT Centre's profile: the 68 units of the catalog, nothing imported yet."""
    from cds_desktop.profile import create_profile

    create_profile(folder, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số").close()
    return folder


def make_profile(folder: Path, count: int) -> Path:
    """A unit profile with `count` activities, inserted in bulk (the service is per row)."""
    from sqlalchemy import insert

    from cds_desktop import catalog
    from cds_desktop.models import Activity, utc_now
    from cds_desktop.profile import create_profile

    profile = create_profile(folder, "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    forms = [f.code for f in catalog.forms()]
    places = ["Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ", "Hải Phòng", ""]
    start = dt.date(2024, 9, 15)
    with profile.database.session() as session:
        campaign_id = profile.active_campaign(session).id
        now = utc_now()
        batch: list[dict[str, object]] = []
        for n in range(count):
            day = start + dt.timedelta(days=n % 47)
            batch.append(
                {
                    "id": str(uuid.UUID(int=random.getrandbits(128))),
                    "unit_code": "SO-HNI",
                    "campaign_id": campaign_id,
                    "title": f"Hội thảo chuyển đổi số số {n} – kinh tế số và dữ liệu",
                    "form": forms[n % len(forms)],
                    "channels": ["in_person"],
                    "start_date": day,
                    "end_date": day,
                    "location": places[n % len(places)],
                    "organiser": "Phòng Quản lý Văn hóa",
                    "participants": n % 700,
                    "reach": (n * 37) % 100_000,
                    "urls": [],
                    "description": "",
                    "topics": [],
                    "partners": "",
                    "created_at": now,
                    "updated_at": now,
                    "revision": 1,
                    "deleted": False,
                }
            )
            if len(batch) == 10_000:
                session.execute(insert(Activity), batch)
                batch = []
        if batch:
            session.execute(insert(Activity), batch)
    profile.close()
    return folder


# --- children (run in their own process) -------------------------------------------------
def wait_painted(widget: QWidget) -> float:
    """Process events, as the event loop does, until `widget` or a widget inside it has
    received its paint event (show() and repaint() alone paint nothing before the window
    is exposed); the time of that paint event."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance()
    assert app is not None
    painted: list[float] = []

    class Watch(QObject):
        def eventFilter(self, target: QObject, event: QEvent) -> bool:  # noqa: N802
            inside = isinstance(target, QWidget) and (
                target is widget or widget.isAncestorOf(target)
            )
            if inside and event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.time())
            return False

    watch = Watch()
    app.installEventFilter(watch)
    widget.update()
    deadline = time.perf_counter() + 30
    while not painted and time.perf_counter() < deadline:
        QApplication.processEvents()
    app.removeEventFilter(watch)
    if not painted:
        raise SystemExit(f"{type(widget).__name__} was never painted")
    return painted[0]


def child_table(data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from cds_desktop.profile import open_profile
    from ui.unit.activities_page import ActivitiesPage

    app = QApplication([])
    profile = open_profile(data_dir)
    t0 = time.perf_counter()
    page = ActivitiesPage(profile)
    page.resize(1200, 800)
    page.show()
    page.table.viewport().repaint()
    app.processEvents()
    first = time.perf_counter() - t0
    while page.loading:
        QThreadPool.globalInstance().waitForDone(5)
        app.processEvents()
    loaded = time.perf_counter() - t0
    bar = page.table.verticalScrollBar()
    rng = random.Random(7)
    t1 = time.perf_counter()
    for _ in range(SCROLL_STEPS):
        bar.setValue(rng.randint(0, bar.maximum()))
        page.table.viewport().repaint()
    scroll = time.perf_counter() - t1
    rows = page.model.rowCount()
    page.close()
    profile.close()
    return {"open": first, "loaded": loaded, "scroll": scroll, "rows": rows}


def child_start(data_dir: Path) -> None:
    """Prints when the first window is painted (when the start view could not be read),
    when the main window is painted with the data, and when it is ready (its profile
    open: until then it takes no input)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import main as entry
    from ui.app import StartWindow

    shown = StartWindow.show

    def show(self: StartWindow) -> None:
        shown(self)
        print("first", wait_painted(self), flush=True)

    def run(app: QApplication) -> int:
        from ui.main_window import MainWindow

        [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        page = window.stack.currentWidget()
        assert page is not None
        print("main", wait_painted(page), flush=True)  # the start page, with its data
        while not window.attached:
            QApplication.processEvents()
        print("ready", time.time(), flush=True)
        QTimer.singleShot(0, app.quit)
        return 0

    StartWindow.show = show  # type: ignore[method-assign, assignment]
    QApplication.exec = run  # type: ignore[method-assign, assignment]
    os._exit(entry.main(["--data-dir", str(data_dir), "--no-crash-dialog"]))


def child_bare(orm: bool = False) -> None:
    """The baseline; with `orm`, the same window after importing SQLAlchemy's ORM (after
    PySide6, as the program does): the least any window showing the database's data costs."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    if orm:
        import sqlalchemy.orm  # noqa: F401
    _app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("CĐS Desktop"))
    window.resize(1280, 780)
    window.show()
    print("first", wait_painted(window), flush=True)
    os._exit(0)


# --- the parent --------------------------------------------------------------------------
def run_child(*args: str) -> tuple[float, str]:
    """Wall time of the whole child, and what it printed."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
    )
    return time.perf_counter() - started, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument(
        "--start-only", action="store_true", help="only the cold starts (no 100,000-row table)"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind = args.child[0]
        if kind == "table":
            print(json.dumps(child_table(Path(args.child[1]))))
        elif kind == "start":
            child_start(Path(args.child[1]))
        elif kind == "bare":
            child_bare()
        elif kind == "bare-orm":
            child_bare(orm=True)
        return 0

    random.seed(1)
    compileall.compile_dir(ROOT / "cds_desktop", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="cds-bench-gui-"))
    small = make_profile(work / "small", 100)
    centre = make_centre(work / "centre")
    if not args.start_only:
        bench_table(small, work, args)
    cold_start(small, centre, args.repeat)
    return 0


def bench_table(small: Path, work: Path, args: argparse.Namespace) -> None:
    t = time.perf_counter()
    large = make_profile(work / "large", args.rows)
    print(f"generated {args.rows:,} activities in {time.perf_counter() - t:.1f} s")

    def table(folder: Path) -> dict[str, float]:
        runs = [json.loads(run_child("table", str(folder))[1]) for _ in range(args.repeat)]
        return {k: statistics.median(r[k] for r in runs) for k in runs[0]}

    a, b = table(small), table(large)
    print(
        f"table {a['rows']:>7,.0f} rows: open {a['open'] * 1000:7.1f} ms, all loaded "
        f"{a['loaded'] * 1000:7.1f} ms, {SCROLL_STEPS} scroll jumps {a['scroll'] * 1000:7.1f} ms"
    )
    print(
        f"table {b['rows']:>7,.0f} rows: open {b['open'] * 1000:7.1f} ms, all loaded "
        f"{b['loaded'] * 1000:7.1f} ms, {SCROLL_STEPS} scroll jumps {b['scroll'] * 1000:7.1f} ms"
    )
    print(
        f"ratio 100,000 / 100: open {b['open'] / a['open']:.2f}×, "
        f"scroll {b['scroll'] / a['scroll']:.2f}× (goal ≤ 2×); "
        f"all rows loaded {b['loaded'] / a['loaded']:.2f}×"
    )


def cold_start(small: Path, centre: Path, repeat: int) -> None:
    def marks(*child: str) -> dict[str, float]:
        launched = time.time()
        _, out = run_child(*child)
        return {line.split()[0]: float(line.split()[1]) - launched for line in out.splitlines()}

    starts, centres, bares, floors = [], [], [], []
    for _ in range(repeat):  # interleaved, so that a busy moment touches all alike
        starts.append(marks("start", str(small)))
        centres.append(marks("start", str(centre)))
        bares.append(marks("bare"))
        floors.append(marks("bare-orm"))
    bare = statistics.median(m["first"] for m in bares)
    print(f"bare QApplication + QMainWindow: {bare * 1000:.0f} ms")
    for name, runs in (("unit (100 activities)", starts), ("centre (68 units)", centres)):
        if any("first" in m for m in runs):  # the start view was not read: a start window
            first = statistics.median(m["first"] for m in runs)
            print(f"  {name}: start window {first * 1000:.0f} ms, {first / bare:.2f}×")
        painted = statistics.median(m["main"] for m in runs)
        ready = statistics.median(m["ready"] for m in runs)
        print(
            f"cold start, {name}: main window painted with the data {painted * 1000:.0f} ms, "
            f"{painted / bare:.2f}× (goal ≤ 2.5×); ready for input (profile open) "
            f"{ready * 1000:.0f} ms, {ready / bare:.2f}×"
        )
    floor = statistics.median(m["first"] for m in floors)
    print(
        f"the bare window after `import sqlalchemy.orm` {floor * 1000:.0f} ms, "
        f"{floor / bare:.2f}×: what any window costs that waits for the database layer"
    )
    if hasattr(os, "getloadavg"):  # not on Windows
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    sys.exit(main())
