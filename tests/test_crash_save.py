"""Killing the program while it saves activities loses nothing committed and leaves no
half-saved activity: the database passes integrity_check and every activity is complete
with its evidence rows and files."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cds_desktop.profile import create_profile
from tests.crash_worker import evidence_content

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("CDS_CRASH_KILLS", "50"))


def check_consistent(data_dir: Path) -> int:
    """Assert that every stored activity is whole; return how many there are."""
    with sqlite3.connect(data_dir / "cds.sqlite3") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = db.execute("SELECT id, title FROM activity").fetchall()
        for activity_id, title in rows:
            number = int(title.removeprefix("Hoạt động "))
            evidence = db.execute(
                "SELECT kind, sha256, size FROM evidence WHERE activity_id = ? ORDER BY position",
                (activity_id,),
            ).fetchall()
            assert [e[0] for e in evidence] == ["file", "file", "link"], title
            for which, (_, sha256, size) in enumerate(evidence[:2], start=1):
                content = evidence_content(number, which)
                assert sha256 == hashlib.sha256(content).hexdigest()
                stored = data_dir / "evidence" / sha256[:2] / sha256
                assert stored.read_bytes() == content and size == len(content)
    db.close()
    return len(rows)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kill -9 exists on POSIX only")
def test_kill_during_saves_leaves_only_whole_activities(tmp_path: Path) -> None:
    data_dir = tmp_path / "Dữ liệu"
    create_profile(data_dir, "unit", "BO-VP", "Văn phòng Bộ").close()
    chance = random.Random(20241010)
    count = 0
    for attempt in range(KILLS):
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.crash_worker",
                str(data_dir),
                str(1_000_000 * (attempt + 1)),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        # Every fifth worker first saves something, however slow the machine is, so the
        # test always has committed activities to lose; the others die at random moments.
        for _ in range(chance.randint(1, 3) if attempt % 5 == 0 else 0):
            assert worker.stdout.readline().strip() == "saved"
        time.sleep(chance.uniform(0.0, 0.08))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        worker.stdout.close()
        new_count = check_consistent(data_dir)
        assert new_count >= count, "committed activities must never disappear"
        count = new_count
    assert count > 0, "the workers never got to save anything; the test proved nothing"
