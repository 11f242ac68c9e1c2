"""Moving a finished file into place: tried again while Windows says it is in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_desktop import files
from cds_desktop.files import move_into_place


def flaky_replace(monkeypatch: pytest.MonkeyPatch, refusals: int) -> list[int]:
    """Path.replace refused `refusals` times (as an antivirus holding the file), then real."""
    calls: list[int] = []
    real = Path.replace

    def replace(self: Path, target: Path) -> Path:
        calls.append(1)
        if len(calls) <= refusals:
            raise PermissionError(32, "The process cannot access the file")
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    return calls


def test_a_file_held_for_a_moment_is_moved_when_it_is_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "RETRY_SECONDS", 2.0)  # as on Windows
    source, target = tmp_path / "báo cáo.pdf.part", tmp_path / "báo cáo.pdf"
    source.write_bytes(b"%PDF")
    calls = flaky_replace(monkeypatch, refusals=3)
    move_into_place(source, target)
    assert len(calls) == 4 and target.read_bytes() == b"%PDF" and not source.exists()


def test_a_file_held_for_good_is_refused_in_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.2)
    source = tmp_path / "a.part"
    source.write_bytes(b"x")
    calls = flaky_replace(monkeypatch, refusals=1000)
    with pytest.raises(PermissionError):
        move_into_place(source, tmp_path / "a")
    assert 2 <= len(calls) < 20 and source.exists()


def test_without_retries_a_refusal_is_reported_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "RETRY_SECONDS", 0.0)  # POSIX: a refusal is a real one
    source = tmp_path / "a.part"
    source.write_bytes(b"x")
    calls = flaky_replace(monkeypatch, refusals=1)
    with pytest.raises(PermissionError):
        move_into_place(source, tmp_path / "a")
    assert len(calls) == 1
