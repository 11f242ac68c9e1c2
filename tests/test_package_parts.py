"""Packages in parts for e-mail (issue 19): `export --split-mb`, import and verify of parts."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.cli import main
from cds_desktop.models import ImportLog
from cds_desktop.packages import background
from cds_desktop.packages import parts as package_parts
from cds_desktop.packages.export import ExportResult, export_package, next_sequence
from cds_desktop.packages.format import REJECTION_CODES, PackageRejected
from cds_desktop.packages.importer import import_packages
from cds_desktop.packages.parts import (
    PART_OVERHEAD,
    looks_like_part,
    part_sizes,
    read_part,
    verify_part,
)
from cds_desktop.packages.verify import verify_package
from cds_desktop.profile import Profile
from tests import package_attacks as attacks
from tests.package_helpers import (
    make_centre,
    make_unit,
    master_digest,
    private_key,
    read_members,
    write_zip,
)

KIB = 1024
PART_BYTES = 400 * KIB


def big_unit(root: Path, code: str = "SO-HNI", seed: int = 1, size: int = 1_500_000) -> Profile:
    """A unit whose package is about `size` bytes (a random photo does not compress)."""
    unit = make_unit(root, code, seed)
    photo = root / f"photo-{code}-{seed}.jpg"
    photo.write_bytes(random.Random(seed).randbytes(size))
    ActivityService(unit).add(
        {"title": f"Ảnh hoạt động {seed}", "form": "workshop", "start_date": "2024-10-12"},
        [FileInput(photo, "Ảnh chụp bằng điện thoại")],
    )
    return unit


def export_parts(unit: Profile, folder: Path, split: int = PART_BYTES) -> ExportResult:
    folder.mkdir(parents=True, exist_ok=True)
    return export_package(unit, folder, split_bytes=split)


@pytest.fixture
def unit(tmp_path: Path) -> Profile:
    return big_unit(tmp_path / "u")


@pytest.fixture
def centre(tmp_path: Path) -> Profile:
    return make_centre(tmp_path / "c")


def log_rows(centre: Profile) -> list[ImportLog]:
    with centre.database.session() as session:
        return list(session.scalars(select(ImportLog).order_by(ImportLog.id)))


def test_the_part_sizes_never_pass_the_limit() -> None:
    for total in (1, 1000, 10 * 1024 * 1024 + 7, 3 * 1024**3):
        for limit in (64 * KIB, 1024 * KIB, 25 * 1024 * KIB):
            if total / (limit - PART_OVERHEAD) > package_parts.MAX_PARTS:
                continue
            sizes = part_sizes(total, limit)
            assert sum(sizes) == total
            assert max(sizes) + PART_OVERHEAD <= limit
            assert max(sizes) - min(sizes) <= 1


def test_export_writes_numbered_signed_parts_each_within_the_limit(
    unit: Profile, tmp_path: Path
) -> None:
    result = export_parts(unit, tmp_path / "out")
    count = len(result.parts)
    assert count == 4
    assert [p.name for p in result.parts] == [
        f"SO-HNI-000001.part{i:02d}-of-04.cdspkg" for i in range(1, 5)
    ]
    assert result.path == result.parts[0]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        p.name for p in result.parts
    ]  # no whole package, no temporary file left
    assert all(p.stat().st_size <= PART_BYTES for p in result.parts)
    whole = b"".join(read_members(p)[f"{_folder(p)}/data/content"] for p in result.parts)
    assert len(whole) == result.size
    assert hashlib.sha256(whole).hexdigest() == result.sha256
    infos = [read_part(p) for p in result.parts]
    assert {i.package.package_id for i in infos} == {result.package_id}
    assert [(i.index, i.count) for i in infos] == [(k, 4) for k in range(1, 5)]
    assert all(i.fingerprint == unit.fingerprint() for i in infos)
    assert next_sequence(unit) == 2  # the sequence was used once


def _folder(path: Path) -> str:
    return next(iter(read_members(path))).split("/", 1)[0]


def test_a_package_that_fits_is_not_split(tmp_path: Path) -> None:
    small = make_unit(tmp_path / "small")
    result = export_parts(small, tmp_path / "out", split=1024 * KIB)
    assert result.parts == ()
    assert result.path.name == "SO-HNI-000001.cdspkg"
    verify_package(result.path)


def fsynced_files(monkeypatch: pytest.MonkeyPatch) -> set[tuple[int, int]]:
    """The (device, inode) of every file fsynced from now on (a rename keeps them)."""
    synced: set[tuple[int, int]] = set()
    real = os.fsync

    def fsync(fd: int) -> None:
        info = os.fstat(fd)
        synced.add((info.st_dev, info.st_ino))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return synced


def test_what_an_export_in_parts_leaves_is_on_the_disk_for_good(
    unit: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parts are fsynced; the whole package written only to be split is not (it is
    deleted at once); one that fits stays whole, and is fsynced."""
    synced = fsynced_files(monkeypatch)
    result = export_parts(unit, tmp_path / "out")
    assert len(result.parts) == 4
    for part in result.parts:
        assert (part.stat().st_dev, part.stat().st_ino) in synced
    whole_writes = 0
    real_finish = background.BackgroundWriter.finish

    def finish(self: background.BackgroundWriter, sync: bool = True) -> str:
        nonlocal whole_writes
        whole_writes += not sync
        return real_finish(self, sync)

    monkeypatch.setattr(background.BackgroundWriter, "finish", finish)
    small = make_unit(tmp_path / "small")
    kept = export_parts(small, tmp_path / "out-small", split=1024 * KIB)
    assert kept.parts == ()
    assert (kept.path.stat().st_dev, kept.path.stat().st_ino) in synced
    assert whole_writes == 1  # written to be split, made durable once it stayed whole


def test_parts_in_any_order_are_imported_once(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    result = export_parts(unit, tmp_path / "out")
    shuffled = list(result.parts)
    random.Random(3).shuffle(shuffled)
    [imported] = import_packages(centre, shuffled, trust_new=True)
    assert imported.status == "imported", imported.reason
    assert (imported.unit_code, imported.sequence) == ("SO-HNI", 1)
    assert imported.sha256 == result.sha256  # the whole package's, as the unit recorded it
    assert imported.added == 3
    assert imported.file.name == "SO-HNI-000001.cdspkg (4 of 4 parts)"
    assert not list(centre.paths.staging.glob("parts-*"))  # the whole file was removed
    again = import_packages(centre, [tmp_path / "out"])  # the folder: the same package
    assert [r.status for r in again] == ["duplicate"]


def test_a_part_given_twice_counts_once(unit: Profile, centre: Profile, tmp_path: Path) -> None:
    result = export_parts(unit, tmp_path / "out")
    copy = tmp_path / "copy-of-part-2.cdspkg"
    shutil.copy(result.parts[1], copy)
    given = [*result.parts, result.parts[0], copy]
    results = import_packages(centre, given, trust_new=True)
    assert [r.status for r in results] == ["imported"]
    assert results[0].added == 3


def test_a_missing_part_imports_nothing_and_says_which(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    result = export_parts(unit, tmp_path / "out")
    before = master_digest(centre)
    given = [result.parts[0], result.parts[2]]
    [rejected] = import_packages(centre, given, trust_new=True)
    assert rejected.status == "rejected"
    assert rejected.reason_code == "parts_missing"
    assert "parts 2, 4 of 4 are missing" in rejected.reason
    assert (rejected.unit_code, rejected.sequence) == ("SO-HNI", 1)
    assert master_digest(centre) == before
    [row] = log_rows(centre)
    assert (row.status, row.reason_code, row.package_id, row.package_sha256) == (
        "rejected",
        "parts_missing",
        result.package_id,
        result.sha256,  # as the unit recorded it: its receipt will match the export
    )
    # the missing parts come later: now it is imported
    [imported] = import_packages(centre, [tmp_path / "out"], trust_new=True)
    assert imported.status == "imported"


def test_parts_of_two_packages_are_not_mixed(centre: Profile, tmp_path: Path) -> None:
    unit = big_unit(tmp_path / "u")
    first = export_parts(unit, tmp_path / "first")
    second = export_parts(unit, tmp_path / "second")  # the same unit's next package
    assert len(first.parts) == len(second.parts) == 4
    before = master_digest(centre)
    mixed = [first.parts[0], first.parts[1], second.parts[2], second.parts[3]]
    results = import_packages(centre, mixed, trust_new=True)
    assert [r.status for r in results] == ["rejected", "rejected"]
    assert {r.reason_code for r in results} == {"parts_mixed"}
    assert second.parts[2].name in results[0].reason  # the files of the other package named
    assert first.parts[0].name in results[1].reason
    assert master_digest(centre) == before


def test_a_part_of_another_set_with_the_same_package_id_is_refused(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    """The same package split twice (another size): its parts are signed, but not one set."""
    result = export_parts(unit, tmp_path / "out")
    other = tmp_path / "other"
    other.mkdir()
    infos = read_part(result.parts[0])
    whole = tmp_path / "whole.cdspkg"
    whole.write_bytes(b"".join(read_members(p)[f"{_folder(p)}/data/content"] for p in result.parts))
    pieces = package_parts.write_parts(
        whole, infos.package, "Sở", private_key(unit), unit.fingerprint(), other,
        300 * KIB, dt.datetime.now(dt.UTC),
    )  # fmt: skip
    package_parts.move_parts_into_place(pieces)
    given = [result.parts[0], result.parts[1], *[final for _t, final in pieces][2:]]
    before = master_digest(centre)
    [rejected] = import_packages(centre, given, trust_new=True)
    assert rejected.reason_code == "parts_mixed", rejected.reason
    assert master_digest(centre) == before


def test_a_tampered_part_is_refused_naming_it(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    result = export_parts(unit, tmp_path / "out")
    victim = result.parts[2]
    members = read_members(victim)
    folder = _folder(victim)
    content = bytearray(members[f"{folder}/data/content"])
    content[1000] ^= 1
    members[f"{folder}/data/content"] = bytes(content)
    write_zip(victim, members, compress=False)  # one changed byte, the signature kept
    before = master_digest(centre)
    [rejected] = import_packages(centre, list(result.parts), trust_new=True)
    assert rejected.status == "rejected"
    assert rejected.reason_code == "damaged"
    assert f"part 3 of 4 ({victim.name})" in rejected.reason
    assert master_digest(centre) == before
    with pytest.raises(PackageRejected, match="SHA-256 does not match"):
        verify_part(victim)


def test_a_part_with_a_broken_signature_is_named(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    result = export_parts(unit, tmp_path / "out")
    victim = result.parts[1]
    members = read_members(victim)
    folder = _folder(victim)
    info = members[f"{folder}/data/part.json"].replace(b'"index":2', b'"index":5')
    members[f"{folder}/data/part.json"] = info
    write_zip(victim, members)
    before = master_digest(centre)
    results = import_packages(centre, list(result.parts), trust_new=True)
    assert [r.status for r in results] == ["rejected", "rejected"]
    by_file = {r.file.name: r for r in results}
    assert victim.name in by_file
    assert "not a genuine package part" in by_file[victim.name].reason
    assert by_file[victim.name].reason_code in ("damaged", "invalid")
    others = [r for r in results if r.file.name != victim.name]
    assert others[0].reason_code == "parts_missing"
    assert "parts 2 of 4 are missing" in others[0].reason
    assert master_digest(centre) == before


def test_a_part_alone_is_not_a_package(unit: Profile, tmp_path: Path) -> None:
    result = export_parts(unit, tmp_path / "out")
    with pytest.raises(PackageRejected) as refused:
        verify_package(result.parts[0])
    assert refused.value.code == "not_a_package"
    assert looks_like_part(result.parts[0])
    assert not looks_like_part(tmp_path / "missing.cdspkg")


def test_verify_a_part_and_a_set(
    unit: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = export_parts(unit, tmp_path / "out")
    assert main(["verify", str(result.parts[1])]) == 0
    out = capsys.readouterr().out
    assert f"OK: part 2 of 4 of package SO-HNI-000001 (id {result.package_id}" in out
    assert unit.fingerprint() in out
    assert main(["verify", *map(str, reversed(result.parts))]) == 0
    out = capsys.readouterr().out
    assert "OK: package 1 of SO-HNI" in out and "put together from 4 parts" in out
    assert main(["verify", str(tmp_path / "out")]) == 0
    assert "put together from 4 parts" in capsys.readouterr().out
    assert main(["verify", str(result.parts[0]), str(result.parts[3])]) == 1
    out = capsys.readouterr().out
    assert "OK: part 1 of 4" in out and "OK: part 4 of 4" in out
    assert "NOT OK: package SO-HNI-000001" in out and "parts 2, 3 of 4 are missing" in out


def test_rejection_codes_have_vietnamese_reasons() -> None:
    from cds_desktop.import_outcomes import REASON_VI

    for code in ("parts_missing", "parts_mixed"):
        assert code in REJECTION_CODES
        assert REASON_VI[code]


def test_cli_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    unit = big_unit(tmp_path / "u", size=2_500_000)
    unit_dir = unit.paths.root
    unit.close()
    out = tmp_path / "mail"
    code = main(["--data-dir", str(unit_dir), "export", "--out", f"{out}/", "--split-mb", "1"])
    assert code == 0
    printed = capsys.readouterr().out
    files = sorted(out.iterdir())
    assert [f.name for f in files] == [f"SO-HNI-000001.part0{i}-of-03.cdspkg" for i in (1, 2, 3)]
    assert all(f.stat().st_size <= 1024 * 1024 for f in files)
    assert "Part 3 of 3:" in printed
    centre = make_centre(tmp_path / "c")
    centre_dir = centre.paths.root
    centre.close()
    code = main(["--data-dir", str(centre_dir), "import", "--trust-new", str(files[2]),
                 str(files[0])])  # fmt: skip
    assert code == 1
    assert "parts 2 of 3 are missing" in capsys.readouterr().out
    assert main(["--data-dir", str(centre_dir), "import", "--trust-new", str(out)]) == 0
    assert "imported" in capsys.readouterr().out
    assert main(["--data-dir", str(unit_dir), "export", "--out", str(out), "--split-mb", "0"]) != 0


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads VmHWM from /proc")
def test_memory_stays_flat_for_big_parts(tmp_path: Path) -> None:
    """Putting 24 MiB together from 1 MiB parts costs no more memory than a whole package
    of the same size: the bytes are streamed, in chunks of 8 MiB at most."""
    unit = big_unit(tmp_path / "u", size=24 * 1024 * 1024)
    result = export_parts(unit, tmp_path / "out", split=4 * 1024 * 1024)
    unit.close()
    assert len(result.parts) == 7
    measured = attacks.measure(["verify", str(tmp_path / "out")])
    assert measured.exit_code == 0, measured.output
    whole = attacks.measure(["verify", str(_whole_package(result, tmp_path))])
    assert whole.exit_code == 0, whole.output
    print(f"peak: parts {measured.peak_mib:.0f} MiB, whole {whole.peak_mib:.0f} MiB")
    assert measured.peak_mib < whole.peak_mib + 12, (measured, whole)


def _whole_package(result: ExportResult, tmp_path: Path) -> Path:
    path = tmp_path / "whole.cdspkg"
    path.write_bytes(b"".join(read_members(p)[f"{_folder(p)}/data/content"] for p in result.parts))
    return path


def test_verify_of_parts_loads_no_database_library(unit: Profile, tmp_path: Path) -> None:
    """`verify` of parts runs on any computer, as fast to start as that of a package."""
    from tests.test_cli_imports import loaded_by

    result = export_parts(unit, tmp_path / "out")
    assert loaded_by("verify", str(result.parts[0])) == set()
    assert loaded_by("verify", str(tmp_path / "out")) == set()


def test_import_progress_of_parts_only_goes_forward(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    result = export_parts(unit, tmp_path / "out")
    seen: list[tuple[int, int]] = []
    [imported] = import_packages(
        centre, [tmp_path / "out"], trust_new=True, progress=lambda d, t: seen.append((d, t))
    )
    assert imported.status == "imported"
    done = [d for d, _t in seen]
    assert done == sorted(done) and len(done) > 4
    assert seen[-1][0] == seen[-1][1] == result.size  # the package the parts make


def test_the_unit_accepts_the_receipt_for_a_package_missing_parts(
    unit: Profile, centre: Profile, tmp_path: Path
) -> None:
    """The centre's receipt says which package was refused for missing parts, with the
    SHA-256 the unit recorded at export, so the unit sees what to send again."""
    from cds_desktop.receipts import import_receipt, write_receipts

    result = export_parts(unit, tmp_path / "out")
    [rejected] = import_packages(centre, [result.parts[0]], trust_new=True)
    assert rejected.reason_code == "parts_missing"
    (tmp_path / "receipts").mkdir()
    written = write_receipts(centre, tmp_path / "receipts", package_ids=[result.package_id])
    [path] = written.written
    outcome = import_receipt(unit, path, centre.fingerprint())
    assert outcome.sha256_matches is True
    assert outcome.receipt.reason_code == "parts_missing"
    assert outcome.receipt.status == "rejected"


def test_a_part_with_compressed_content_is_refused(unit: Profile, tmp_path: Path) -> None:
    """Signed with the unit's own key, but its bytes deflated: parts are copied as stored."""
    from cds_desktop.packages.container import ContainerWriter, container_bag_info
    from cds_desktop.packages.format import BAG_INFO_TXT, BAGIT_TXT, BAGIT_TXT_CONTENT

    result = export_parts(unit, tmp_path / "out")
    genuine = result.parts[0]
    members = read_members(genuine)
    folder = _folder(genuine)
    info, content = members[f"{folder}/data/part.json"], members[f"{folder}/data/content"]
    forged = tmp_path / "forged.cdspkg"
    now = dt.datetime.now(dt.UTC)
    with forged.open("wb") as out:
        writer = ContainerWriter(out.write, folder, "package-part", 1, now)
        writer.add_tag_file(BAGIT_TXT, BAGIT_TXT_CONTENT)
        writer.add_tag_file(
            BAG_INFO_TXT,
            container_bag_info("package-part", 1, now, [len(info), len(content)], []),
        )
        writer.add_payload("data/part.json", info)
        writer.add_payload("data/content", content, compress=True)
        writer.finish(private_key(unit))
    with pytest.raises(PackageRejected, match="must be stored"):
        read_part(forged)
    assert read_part(genuine).index == 1  # the same, stored, is a part


def test_parts_take_the_file_name_given(unit: Profile, centre: Profile, tmp_path: Path) -> None:
    out = tmp_path / "USB"
    out.mkdir()
    result = export_package(unit, out / "Gửi Trung tâm.cdspkg", split_bytes=PART_BYTES)
    assert [p.name for p in result.parts] == [
        f"Gửi Trung tâm.part{i:02d}-of-04.cdspkg" for i in range(1, 5)
    ]
    assert sorted(out.iterdir()) == sorted(result.parts)
    [imported] = import_packages(centre, [out], trust_new=True)
    assert imported.status == "imported"
