"""The layers keep to their side: the core never imports Qt, and no widget opens a
database session (the windows read through core services such as `campaign_view`)."""

from __future__ import annotations

import ast
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


def test_no_widget_opens_a_database_session() -> None:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in {"session", "write_session"}
            ):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "widgets must read through core services: " + ", ".join(found)
    assert len(list((ROOT / "ui").rglob("*.py"))) > 20  # the walk saw the GUI
