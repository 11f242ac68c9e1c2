"""`main.py --self-test` runs every step offscreen and exits 0; a failing step exits 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cds_desktop import selftest

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_from_the_command_line() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run(
        [sys.executable, "main.py", "--self-test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    for step in ("database migrated", "package verified", "PDF report written", "Word report",
                 "package imported", "main window painted"):  # fmt: skip
        assert any(step in line for line in lines), step


def test_a_failing_step_stops_the_self_test(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> Path:
        raise RuntimeError("reportlab is missing its fonts")

    monkeypatch.setattr(selftest, "write_pdf_report", broken)
    said: list[str] = []
    with pytest.raises(RuntimeError, match="missing its fonts"):
        selftest.run_self_test(say=said.append)
    assert "self-test passed" not in said
    assert any("package verified" in line for line in said)
