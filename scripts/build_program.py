"""Build the one-folder program with PyInstaller and prove it works: `--self-test`.

    python scripts/build_program.py [--dist DIR]

Runs `pyinstaller build.spec`, then starts the built program with `--self-test`
(offscreen, no user input) and fails unless it exits 0. Prints the folder's size.
Used by CI and by whoever makes a Windows release (docs/windows.md).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder")
    args = parser.parse_args()
    dist = Path(args.dist)
    work = dist.parent / "build"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
        check=True,
        cwd=ROOT,
    )  # fmt: skip
    program = dist / "CDS-Desktop" / ("CDS-Desktop.exe" if os.name == "nt" else "CDS-Desktop")
    size = folder_size(program.parent)
    print(f"built {program} ({size / 2**20:.0f} MiB in the folder)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [str(program), "--self-test"], env=env, capture_output=True, text=True, timeout=300
    )
    print(run.stdout, end="")
    if run.returncode != 0:
        print(run.stderr, file=sys.stderr, end="")
        print(f"the built program failed its self-test (exit {run.returncode})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
