"""A process that imports one package into a centre profile and is killed meanwhile.

Usage: python -m tests.crash_import_worker CENTRE_DIR PACKAGE. Prints "ready" once the
profile is open, then imports (trusting the unit's key) and prints the result.
"""

from __future__ import annotations

import sys
from pathlib import Path

from cds_desktop.packages.importer import import_packages
from cds_desktop.profile import open_profile


def main() -> None:
    centre_dir, package = Path(sys.argv[1]), Path(sys.argv[2])
    with open_profile(centre_dir) as centre:
        print("ready", flush=True)
        [result] = import_packages(centre, [package], trust_new=True)
        print(result.status, flush=True)


if __name__ == "__main__":
    main()
