"""Verification hashes evidence files on several threads (issue 14) with the result of the
one-thread check: the same package, or the same reason naming the same first damaged file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.packages import verify
from cds_desktop.packages.format import PackageRejected
from cds_desktop.packages.verify import VerifiedPackage, verify_package
from cds_desktop.profile import Profile, create_profile
from tests.package_helpers import export

FILES = 7


def unit_with_files(root: Path) -> Profile:
    """A unit with one activity and seven evidence files: photos (stored) and texts (deflated)."""
    profile = create_profile(root / "unit", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    rng = random.Random(3)
    folder = root / "files"
    folder.mkdir()
    inputs = []
    for n in range(FILES):
        if n % 2:
            path = folder / f"Biên bản {n}.txt"
            path.write_text(f"Biên bản số {n}. " * (3000 + n), encoding="utf-8")
        else:
            path = folder / f"Ảnh {n}.jpg"
            path.write_bytes(rng.randbytes(300_000 + n))
        inputs.append(FileInput(path))
    ActivityService(profile).add(
        {"title": "Hội thảo", "form": "workshop", "start_date": "2024-10-08"}, inputs
    )
    return profile


def outcome(package: Path, threads: int, monkeypatch: pytest.MonkeyPatch) -> object:
    monkeypatch.setattr(verify, "HASHING_THREADS", threads)
    try:
        return verify_package(package)
    except PackageRejected as exc:
        return (type(exc).__name__, str(exc), exc.code)


def damage(profile: Profile, names: list[str]) -> None:
    """Flip one byte of stored evidence files in place (the size stays; export trusts names)."""
    for name in names:
        stored = next(p for p in profile.paths.evidence.rglob(f"*/{name}"))
        data = bytearray(stored.read_bytes())
        data[len(data) // 2] ^= 1
        stored.write_bytes(bytes(data))


def test_a_sound_package_is_the_same_on_two_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = unit_with_files(tmp_path)
    package = export(unit, tmp_path / "out")
    unit.close()
    one, two = outcome(package, 1, monkeypatch), outcome(package, 2, monkeypatch)
    assert isinstance(two, VerifiedPackage) and len(two.evidence) == FILES
    assert two == one


@pytest.mark.parametrize("which", [[1, 4], [1, 2], [6], [0, 5, 6]])
def test_the_first_damaged_file_is_named_as_on_one_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, which: list[int]
) -> None:
    unit = unit_with_files(tmp_path)
    names = sorted(p.name for p in unit.paths.evidence.rglob("*/*") if len(p.name) == 64)
    assert len(names) == FILES
    damage(unit, [names[n] for n in which])
    package = export(unit, tmp_path / "out")
    unit.close()
    one = outcome(package, 1, monkeypatch)
    assert isinstance(one, tuple) and "SHA-256 does not match" in one[1]
    assert outcome(package, 2, monkeypatch) == one
    assert outcome(package, 3, monkeypatch) == one


def test_a_package_replaced_while_it_is_verified_is_refused(tmp_path: Path) -> None:
    """The workers read the evidence on handles of their own (issue 14): those must be
    the file whose structure and signature were checked, not what the name holds now."""
    unit = unit_with_files(tmp_path)
    package = export(unit, tmp_path / "out")
    unit.close()
    other = tmp_path / "other.cdspkg"
    other.write_bytes(package.read_bytes())
    with verify.PackageCheck(package) as check:
        other.replace(package)
        with pytest.raises(PackageRejected) as caught:
            check.check_evidence()
    assert caught.value.code == "unreadable"
    assert "was replaced while it was being read" in str(caught.value)
    assert isinstance(verify_package(package), VerifiedPackage)  # the new file is sound
