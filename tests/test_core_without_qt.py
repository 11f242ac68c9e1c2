"""The core never imports Qt: importing every module with PySide6 blocked succeeds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any import of PySide6 now raises ImportError
import cds_desktop
names = [m.name for m in pkgutil.walk_packages(cds_desktop.__path__, "cds_desktop.")]
for name in names:
    if name != "cds_desktop.__main__":
        importlib.import_module(name)
assert not any(n.startswith("PySide6") and sys.modules[n] is not None for n in sys.modules)
print(len(names))
"""


def test_core_imports_without_pyside6() -> None:
    run = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) >= 10
