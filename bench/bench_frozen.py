"""Benchmark: the frozen one-folder program (build.spec) from its start to its windows.

    python scripts/build_program.py --dist DIST
    python bench/bench_frozen.py --dist DIST [--repeat 5]

Starts the built program offscreen, each start its own process, on a unit profile with
100 activities and on the centre with the 68 units of the catalog (as bench_gui.py makes
them), and prints medians with the best in brackets (issue 14):

* first window: from starting the process to the offscreen platform's message that a
  window was shown — printed for the start window, shown only when the start view cannot
  be read (the main window itself is the first window otherwise);
* main window painted: to the program's own "main window painted" line in the profile's
  log (`ui.app.FirstPaint`, timestamped to the millisecond), the window with its data;
* main window ready: to its "main window ready" line, once the profile is open;
* `--self-test`: the whole process (profile, migrations, an activity, export, verify,
  import, the reports, the main window painted).

The same is measured from the sources (`python main.py`), with the bytecode compiled, for
comparison.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_gui import make_centre, make_profile  # noqa: E402
from cds_desktop.logs import LOG_FILE  # noqa: E402

SHOWN = "propagateSizeHints"
"""The offscreen platform's message when a window is shown."""
PAINTED = "main window painted"
READY = "main window ready"
TIMEOUT = 120.0


def logged_at(line: str) -> float:
    """The time of a log line ("2026-11-29 13:40:01,123 INFO …"), as seconds since the epoch."""
    stamp = " ".join(line.split(" ", 2)[:2])
    return dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()


def start_once(
    command: list[str], data_dir: Path, env: dict[str, str]
) -> tuple[float, float, float]:
    """(first window, main window painted, ready) in seconds from starting the process."""
    log_file = data_dir / "logs" / LOG_FILE
    before = log_file.stat().st_size if log_file.exists() else 0
    shown: list[float] = []
    started_wall, started = time.time(), time.monotonic()
    child = subprocess.Popen(
        [*command, "--data-dir", str(data_dir), "--no-crash-dialog"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )

    def watch_stderr() -> None:
        assert child.stderr is not None
        for line in child.stderr:
            if SHOWN in line and not shown:
                shown.append(time.monotonic() - started)

    reader = threading.Thread(target=watch_stderr, daemon=True)
    reader.start()
    try:
        painted = _wait_for_line(log_file, before, PAINTED, started)
        ready = _wait_for_line(log_file, before, READY, started)
        first = shown[0] if shown else float("nan")
        return first, painted - started_wall, ready - started_wall
    finally:
        child.kill()
        child.wait()
        reader.join(timeout=10)


def _wait_for_line(log_file: Path, offset: int, text: str, started: float) -> float:
    """The time logged on the first new line holding `text` (checked every 10 ms)."""
    while time.monotonic() - started < TIMEOUT:
        if log_file.exists():
            with log_file.open(encoding="utf-8") as handle:
                handle.seek(offset)
                for line in handle:
                    if text in line:
                        return logged_at(line)
        time.sleep(0.01)
    raise TimeoutError(f"no {text!r} in {log_file} within {TIMEOUT:.0f} s")


def self_test_once(command: list[str], env: dict[str, str]) -> float:
    started = time.monotonic()
    subprocess.run(
        [*command, "--self-test"], check=True, env=env, cwd=ROOT, capture_output=True, timeout=300
    )
    return time.monotonic() - started


def summary(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:6.0f} ms (best {min(seconds) * 1000:.0f})"


def measure(name: str, command: list[str], profiles: dict[str, Path], repeat: int) -> None:
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen"}
    for role, data_dir in profiles.items():
        runs = [start_once(command, data_dir, env) for _ in range(repeat)]
        shown = [r[0] for r in runs if r[0] == r[0]]  # not NaN: a start window was shown
        if shown:
            print(f"{name:8} {role:7} first window        {summary(shown)}")
        print(f"{name:8} {role:7} main window painted {summary([r[1] for r in runs])}")
        print(f"{name:8} {role:7} main window ready   {summary([r[2] for r in runs])}")
    tests: list[float] = [self_test_once(command, env) for _ in range(repeat)]
    print(f"{name:8} --self-test done             {summary(tests)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", required=True, help="the folder build_program.py wrote")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    name = "CDS-Desktop.exe" if os.name == "nt" else "CDS-Desktop"
    frozen = Path(args.dist) / "CDS-Desktop" / name
    if not frozen.is_file():
        raise SystemExit(f"{frozen} does not exist: run scripts/build_program.py first")
    compileall.compile_dir(ROOT / "cds_desktop", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    work = Path(tempfile.mkdtemp(prefix="cds-bench-frozen-"))
    make_profile(work / "unit", 100)
    profiles = {"unit": work / "unit", "centre": make_centre(work / "centre")}
    measure("frozen", [str(frozen)], profiles, args.repeat)
    measure("sources", [sys.executable, str(ROOT / "main.py")], profiles, args.repeat)
    if hasattr(os, "getloadavg"):  # not on Windows
        print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
