"""Errors the core raises when it refuses an operation.

Every refusal is a `CdsError` whose message is one line a user can act on; the CLI prints
it as `error: …` and the GUI shows it in a dialog. Anything else is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cds_desktop.backups import BackupInfo


class CdsError(Exception):
    """An operation was refused; the message says why and what to do.

    `code` and `params`, where given, let the GUI say the same in the interface language.
    """

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


class ProfileError(CdsError):
    """The data folder is missing, not initialised, already initialised or unusable."""


class DatabaseTooNewError(ProfileError):
    """The database was written by a newer version of the program."""


class DatabaseDamagedError(ProfileError):
    """SQLite's check found damage; the message names the newest backup to restore.

    `backup` is that backup (None if no backup passes the check), for the GUI to offer."""

    def __init__(self, message: str, backup: BackupInfo | None) -> None:
        super().__init__(message)
        self.backup = backup


class NotFoundError(CdsError):
    """A record named by the user does not exist."""


@dataclass(frozen=True)
class FieldError:
    """One refused field: which field, a stable code for translation, and the message."""

    field: str
    code: str
    message: str
    value: str = ""
    """The refused value as the user gave it ("" when none), for a translated message."""
    allowed: str = ""
    """What is allowed instead (codes, a limit), for a translated message."""

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationError(CdsError):
    """One or more fields were refused; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    @property
    def fields(self) -> set[str]:
        return {e.field for e in self.errors}
