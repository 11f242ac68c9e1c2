"""Rotating log files in the profile's `logs/` folder."""

from __future__ import annotations

from pathlib import Path

LOG_FILE = "cds-desktop.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5


def setup_logging(folder: Path) -> None:
    """Send the program's log to `folder/cds-desktop.log`, rotating at 1 MB, 5 files kept."""
    import logging.handlers  # sockets, pickle: ≈ 6 ms that `verify` and `--help` skip

    root = logging.getLogger()
    target = (folder / LOG_FILE).resolve()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == target:
            return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError:
        return  # a read-only folder must not stop the program; the error shows elsewhere
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
