"""Where the program keeps things: the profile (data) folder and the bundled resources.

This is the only module that decides paths. The profile folder is, in order of
preference, the `--data-dir` option, the `CDS_DATA_DIR` environment variable, or the
platform's per-user data folder (on Windows `%LOCALAPPDATA%\\CDS Desktop`), so the
program never needs administrator rights.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "CDS Desktop"
DATA_DIR_ENV = "CDS_DATA_DIR"
DATABASE_URL_ENV = "CDS_DATABASE_URL"


def resources_dir() -> Path:
    """The bundled `resources/` folder, also inside a PyInstaller build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    """The per-user data folder, unless `CDS_DATA_DIR` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False))


def resolve_data_dir(option: str | os.PathLike[str] | None) -> Path:
    """The profile folder chosen by an explicit option, else the default.

    Always absolute: the database is opened through a file URI, and a relative folder
    would change meaning if the working directory did.
    """
    folder = Path(option).expanduser() if option else default_data_dir()
    return folder.absolute()


@dataclass(frozen=True)
class ProfilePaths:
    """Every path inside one profile folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "cds.sqlite3"

    @property
    def evidence(self) -> Path:
        return self.root / "evidence"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    @property
    def private_key(self) -> Path:
        return self.keys / "signing-key.pem"

    @property
    def public_key(self) -> Path:
        return self.keys / "signing-key.pub"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def trust_roots(self) -> Path:
        """Root certificates (PEM/DER) the centre trusts when it checks signed reports."""
        return self.root / "trust-roots"

    @property
    def staging(self) -> Path:
        """Scratch space for files being written; same volume, so renames are atomic."""
        return self.root / "tmp"

    def database_url(self) -> str:
        """`CDS_DATABASE_URL` if set (e.g. a PostgreSQL server), else the SQLite file."""
        return os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{self.database.as_posix()}"

    def make_folders(self) -> None:
        for folder in (self.root, self.evidence, self.keys, self.logs, self.backups, self.staging):
            folder.mkdir(parents=True, exist_ok=True)
