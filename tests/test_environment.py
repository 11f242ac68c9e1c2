"""Problems of the computer get plain messages that say what to do, not tracebacks."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from cds_desktop import environment
from cds_desktop.evidence_store import EvidenceStore
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (OSError(errno.ENOSPC, "No space left on device", "E:/goi.cdspkg"), "disk_full"),
        (PermissionError(errno.EACCES, "Permission denied", "C:/Program Files/x"), "no_permission"),
        (OSError(errno.EROFS, "Read-only file system", "/media/usb"), "read_only"),
        (FileNotFoundError(errno.ENOENT, "No such file or directory", "ảnh.jpg"), "missing"),
        (sqlite3.OperationalError("database is locked"), "in_use"),
        (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
        (sqlite3.OperationalError("database or disk is full"), "disk_full"),
        (OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked")), "in_use"),
    ],
)
def test_environment_problems_are_recognised(exc: BaseException, kind: str) -> None:
    problem = environment.classify(exc)
    assert problem is not None and problem.kind == kind
    assert problem.advice in str(problem)


@pytest.mark.parametrize("exc", [ValueError("bug"), KeyError("x"), OSError(errno.EBADF, "bad fd")])
def test_bugs_are_not_mistaken_for_environment_problems(exc: BaseException) -> None:
    assert environment.classify(exc) is None


def test_disk_full_while_saving_evidence_is_explained(
    cli: Cli, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("--data-dir", str(data_dir), "init", "--role", "unit", "--unit-code", "BO-VP",
        "--unit-name", "Văn phòng Bộ")  # fmt: skip
    photo = tmp_path / "ảnh.jpg"
    photo.write_bytes(b"\xff\xd8" * 100)

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(data_dir / "tmp"))

    monkeypatch.setattr(EvidenceStore, "add_stream", full)
    result = cli("--data-dir", str(data_dir), "activity", "add", "--title", "Tin", "--form",
                 "news", "--start", "2024-10-01", "--evidence", str(photo))  # fmt: skip
    assert result.code == 1
    assert result.err.startswith("error: the disk is full; free some space")
    assert "Traceback" not in result.err and result.err.count("\n") == 1
    listed = cli("--data-dir", str(data_dir), "activity", "list")
    assert listed.out == ""
