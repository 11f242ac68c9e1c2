"""A process that records activities with evidence until it is killed (crash tests).

Usage: python -m tests.crash_worker DATA_DIR START. Each activity N gets the title
"Hoạt động N" and two evidence files whose content is derived from N; the worker prints
"ready" once the profile is open and "saved" after each activity, so the test can kill
it while it is saving, at a moment it chooses by what it has seen rather than by the clock.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from cds_desktop.activities import ActivityService, FileInput, LinkInput
from cds_desktop.profile import open_profile


def evidence_content(number: int, which: int) -> bytes:
    return f"minh chứng {number}/{which} ".encode() * (2000 + 300 * which)


def main() -> None:
    data_dir, start = Path(sys.argv[1]), int(sys.argv[2])
    scratch = Path(tempfile.mkdtemp(prefix="crash-"))
    with open_profile(data_dir) as profile:
        service = ActivityService(profile)
        print("ready", flush=True)
        number = start
        while True:
            files = []
            for which in (1, 2):
                path = scratch / f"ảnh-{number}-{which}.jpg"
                path.write_bytes(evidence_content(number, which))
                files.append(FileInput(path, f"Ảnh {which}"))
            service.add(
                {"title": f"Hoạt động {number}", "form": "news", "start_date": "2024-10-01"},
                files=files,
                links=[LinkInput(f"https://bvhttdl.gov.vn/{number}")],
            )
            print("saved", flush=True)
            number += 1


if __name__ == "__main__":
    main()
