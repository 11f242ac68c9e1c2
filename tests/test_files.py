"""Writing a file for good: under a temporary name, moved into place when complete (tried
again while Windows says the target is in use)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cds_desktop import files
from cds_desktop.errors import CdsError
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


def test_a_new_file_replaces_the_old_one_only_when_it_is_complete(tmp_path: Path) -> None:
    target = tmp_path / "Báo cáo.cdsdata"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), files.new_file_in_place(target) as handle:
        handle.write(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Báo cáo.cdsdata"]  # no .part
    with files.new_file_in_place(target) as handle:
        handle.write(b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Báo cáo.cdsdata"]


def test_a_disk_error_names_the_file_the_user_chose(tmp_path: Path) -> None:
    target = tmp_path / "sao-lưu.cdsbak"
    with pytest.raises(CdsError) as caught, files.new_file_in_place(target) as handle:
        handle.write(b"x")
        raise OSError(28, "No space left on device")
    assert str(caught.value) == f"cannot write {target}: No space left on device"
    assert list(tmp_path.iterdir()) == []
