"""A unit's full backup (`backup --full`, `restore FILE --passphrase-file P`), end to end
through the command line: old PC → full backup → new PC → the next package is imported."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cds_desktop import full_backup
from cds_desktop.activities import ActivityService, FileInput
from cds_desktop.packages.format import Cancelled
from cds_desktop.packages.reader import ZipReader
from cds_desktop.packages.writer import ZipWriter
from cds_desktop.profile import Profile
from tests.conftest import CliResult

Cli = Callable[..., CliResult]
PASSPHRASE = "Hoa sen nở giữa hồ Gươm 2024"


def ok(result: CliResult) -> CliResult:
    assert result.code == 0, result.err
    return result


def fingerprint_of(result: CliResult) -> str:
    line = next(x for x in result.out.splitlines() if x.startswith("Key fingerprint: "))
    return line.removeprefix("Key fingerprint: ")


def init(cli: Cli, data: Path, role: str, code: str, name: str) -> CliResult:
    return ok(
        cli(
            "--data-dir",
            str(data),
            "init",
            "--role",
            role,
            "--unit-code",
            code,
            "--unit-name",
            name,
        )
    )


def make_backup(cli: Cli, unit: Path, out: Path, secret: Path) -> CliResult:
    full = ["backup", "--full", "--out", str(out), "--passphrase-file", str(secret)]
    return ok(cli("--data-dir", str(unit), *full))


def restore(cli: Cli, target: Path, backup: Path, secret: Path) -> CliResult:
    return cli("--data-dir", str(target), "restore", str(backup), "--passphrase-file", str(secret))


def nothing_in(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def passphrase_file(folder: Path, text: str = PASSPHRASE) -> Path:
    path = folder / "passphrase.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def add_activity(cli: Cli, data: Path, title: str, evidence: Path | None = None) -> str:
    extra = ["--evidence", str(evidence)] if evidence is not None else []
    args = ["activity", "add", "--title", title, "--form", "workshop", "--start", "2024-10-08"]
    return ok(cli("--data-dir", str(data), *args, *extra)).out.strip()


@pytest.fixture
def old_pc(cli: Cli, tmp_path: Path) -> tuple[Path, Path, str]:
    """A unit that exported once and was imported at the centre: (unit, centre, activity)."""
    unit = tmp_path / "Máy cũ"
    centre = tmp_path / "Trung tâm"
    fp = fingerprint_of(init(cli, unit, "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội"))
    init(cli, centre, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số")
    trust = ["units", "trust", "--unit-code", "SO-HNI", "--fingerprint", fp]
    ok(cli("--data-dir", str(centre), *trust))
    photo = tmp_path / "Ảnh hội thảo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 64)
    first = add_activity(cli, unit, "Hội thảo chuyển đổi số", photo)
    add_activity(cli, unit, "Tập huấn kỹ năng số")
    out = tmp_path / "gửi"
    out.mkdir()
    ok(cli("--data-dir", str(unit), "export", "--out", str(out)))
    imported = ok(cli("--data-dir", str(centre), "import", str(out), "--json"))
    assert json.loads(imported.out)["packages"][0]["status"] == "imported"
    return unit, centre, first


def import_json(cli: Cli, centre: Path, folder: Path) -> dict[str, object]:
    result = cli("--data-dir", str(centre), "import", str(folder), "--json")
    packages = json.loads(result.out)["packages"]
    assert len(packages) == 1
    package = packages[0]
    assert isinstance(package, dict)
    return package


def test_new_pc_restored_from_a_full_backup_continues_the_sequence(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit, centre, first = old_pc
    usb = tmp_path / "USB"
    usb.mkdir()
    secret = passphrase_file(tmp_path)
    made = make_backup(cli, unit, usb / "sao-luu.cdsbackup", secret)
    assert "USB" in made.out
    old_fingerprint = fingerprint_of(made)
    backup = usb / "sao-luu.cdsbackup"
    assert b"PRIVATE KEY" not in backup.read_bytes()  # the private key is encrypted

    new_pc = tmp_path / "Máy mới" / "CDS Desktop"
    restored = ok(
        cli("--data-dir", str(new_pc), "restore", str(backup), "--passphrase-file", str(secret))
    )
    assert "SO-HNI" in restored.out
    assert fingerprint_of(restored) == old_fingerprint
    assert not [p for p in new_pc.parent.iterdir() if p.name.startswith(".")]  # no temp left

    listed = json.loads(ok(cli("--data-dir", str(new_pc), "activity", "list", "--json")).out)
    assert {a["title"] for a in listed} == {"Hội thảo chuyển đổi số", "Tập huấn kỹ năng số"}
    ok(cli("--data-dir", str(new_pc), "check", "--evidence"))

    ok(cli("--data-dir", str(new_pc), "activity", "delete", first))
    out = tmp_path / "gửi lần 2"
    out.mkdir()
    exported = ok(cli("--data-dir", str(new_pc), "export", "--out", str(out)))
    assert "Sequence: 2" in exported.out
    package = import_json(cli, centre, out)
    assert (package["status"], package["sequence"]) == ("imported", 2)
    assert (package["added"], package["updated"], package["deleted"]) == (0, 0, 1)


def test_wrong_passphrase_is_refused_and_nothing_is_created(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit = old_pc[0]
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, passphrase_file(tmp_path))
    wrong_folder = tmp_path / "sai"
    wrong_folder.mkdir()
    wrong = passphrase_file(wrong_folder, PASSPHRASE.replace("2024", "2025"))
    target = tmp_path / "new" / "profile"
    result = cli("--data-dir", str(target), "restore", str(backup), "--passphrase-file", str(wrong))
    assert result.code == 1
    assert "wrong passphrase" in result.err and result.err.count("\n") == 1
    assert nothing_in(tmp_path / "new")


def test_a_full_backup_needs_its_passphrase_and_a_long_one(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit = old_pc[0]
    short = passphrase_file(tmp_path, "1234")
    backup = tmp_path / "sao-luu.cdsbackup"
    full = ["backup", "--full", "--out", str(backup), "--passphrase-file", str(short)]
    result = cli("--data-dir", str(unit), *full)
    assert result.code == 1 and "at least 8" in result.err
    assert not backup.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    make_backup(cli, unit, backup, passphrase_file(tmp_path))
    without = cli("--data-dir", str(tmp_path / "new"), "restore", str(backup))
    assert without.code == 1 and "--passphrase-file" in without.err


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes]) -> None:
    """A well-formed zip (the program's own writer) with one member's content changed."""
    with ZipReader(source) as old, target.open("wb") as out:
        new = ZipWriter(out.write, dt.datetime.now(dt.UTC))
        for member in old.members:
            new.write_entry(member.name, change(member.name, old.read(member, 2**30)), True)
        new.close()


def test_the_rewrite_helper_alone_changes_nothing_that_matters(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    """The tampering tests below are refused for the change they make, not for the copy."""
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    copy = tmp_path / "chép.cdsbackup"
    _rewrite(backup, copy, lambda _name, data: data)
    target = tmp_path / "new"
    ok(cli("--data-dir", str(target), "restore", str(copy), "--passphrase-file", str(secret)))


def _flip_last(name: str, data: bytes, wanted: str) -> bytes:
    if name != wanted:
        return data
    return data[:-1] + bytes([data[-1] ^ 1])


@pytest.mark.parametrize(
    "member",
    [full_backup.HEADER, full_backup.DATABASE, full_backup.PRIVATE_KEY, full_backup.MANIFEST],
)
def test_a_changed_member_is_refused_and_nothing_is_created(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str], member: str
) -> None:
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    tampered = tmp_path / "hỏng.cdsbackup"
    _rewrite(backup, tampered, lambda name, data: _flip_last(name, data, member))
    target = tmp_path / "new" / "profile"
    result = cli(
        "--data-dir", str(target), "restore", str(tampered), "--passphrase-file", str(secret)
    )
    assert result.code == 1
    assert "damaged or was changed" in result.err
    assert nothing_in(tmp_path / "new")


def test_a_changed_evidence_file_is_refused_after_streaming_and_nothing_is_created(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    with zipfile.ZipFile(backup) as archive:
        evidence = [n for n in archive.namelist() if n.startswith(full_backup.EVIDENCE)]
    assert len(evidence) == 1
    tampered = tmp_path / "hỏng.cdsbackup"
    _rewrite(backup, tampered, lambda name, data: _flip_last(name, data, evidence[0]))
    target = tmp_path / "new" / "profile"
    result = cli(
        "--data-dir", str(target), "restore", str(tampered), "--passphrase-file", str(secret)
    )
    assert result.code == 1 and "differs from the manifest" in result.err
    assert nothing_in(tmp_path / "new")


def test_a_truncated_backup_is_refused(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    backup.write_bytes(backup.read_bytes()[:-100])
    target = tmp_path / "new" / "profile"
    result = restore(cli, target, backup, secret)
    assert result.code == 1 and "damaged or was changed" in result.err
    assert nothing_in(target.parent)


def test_restore_refuses_a_folder_that_holds_a_profile(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    before = sorted(p.name for p in unit.iterdir())
    result = cli("--data-dir", str(unit), "restore", str(backup), "--passphrase-file", str(secret))
    assert result.code == 1 and "not empty" in result.err
    assert sorted(p.name for p in unit.iterdir()) == before


def test_a_folder_with_only_the_log_folder_counts_as_empty(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    """The GUI starts logging into the data folder before its first-run wizard."""
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    target = tmp_path / "new"
    (target / "logs").mkdir(parents=True)
    (target / "logs" / "cds-desktop.log").write_text("started\n", encoding="utf-8")
    (target / "evidence" / "ab").mkdir(parents=True)
    ok(cli("--data-dir", str(target), "restore", str(backup), "--passphrase-file", str(secret)))
    assert (target / "logs" / "cds-desktop.log").read_text(encoding="utf-8").startswith("started")
    ok(cli("--data-dir", str(target), "check", "--evidence"))


def test_a_header_asking_for_too_much_scrypt_memory_is_refused_before_deriving(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    unit = old_pc[0]
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    hostile = tmp_path / "tham.cdsbackup"

    def costly(name: str, data: bytes) -> bytes:
        if name != full_backup.HEADER:
            return data
        return data.replace(b'"n":131072', b'"n":1073741824')

    _rewrite(backup, hostile, costly)
    with ZipReader(hostile) as reader:
        assert b"1073741824" in reader.read(reader.by_name[full_backup.HEADER], 65536)
    target = tmp_path / "new"
    result = restore(cli, target, hostile, secret)
    assert result.code == 1 and "scrypt N out of bounds" in result.err
    assert nothing_in(target)


def test_cancelling_a_full_backup_or_its_restore_leaves_nothing(
    unit_profile: Profile, tmp_path: Path
) -> None:
    photo = tmp_path / "Ảnh.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 4096)
    ActivityService(unit_profile).add(
        {"title": "Hội thảo", "form": "workshop", "start_date": "2024-10-08"}, [FileInput(photo)]
    )
    out = tmp_path / "usb"
    out.mkdir()
    with pytest.raises(Cancelled):
        full_backup.write_full_backup(unit_profile, out, PASSPHRASE, should_cancel=lambda: True)
    assert nothing_in(out)
    seen: list[tuple[int, int]] = []
    made = full_backup.write_full_backup(
        unit_profile, out, PASSPHRASE, progress=lambda d, t: seen.append((d, t))
    )
    assert seen and seen[-1][0] == seen[-1][1] == photo.stat().st_size
    target = tmp_path / "new" / "profile"
    with pytest.raises(Cancelled):
        full_backup.restore_full_backup(target, made.path, PASSPHRASE, should_cancel=lambda: True)
    assert nothing_in(target.parent)


def test_a_backup_older_than_the_last_package_is_completed_from_the_centre(
    cli: Cli, tmp_path: Path, old_pc: tuple[Path, Path, str]
) -> None:
    """Backup after package 1; the old PC sends package 2 and dies. The new PC restores the
    backup and loads the centre's copy: package 2's change is back and the next is 3."""
    unit, centre, _first = old_pc
    secret = passphrase_file(tmp_path)
    backup = tmp_path / "sao-luu.cdsbackup"
    make_backup(cli, unit, backup, secret)
    later = add_activity(cli, unit, "Gửi sau khi sao lưu")
    out = tmp_path / "gửi 2"
    out.mkdir()
    ok(cli("--data-dir", str(unit), "export", "--out", str(out)))
    assert import_json(cli, centre, out)["status"] == "imported"

    new_pc = tmp_path / "Máy mới"
    ok(restore(cli, new_pc, backup, secret))
    export_data = ["units", "export-data", "--unit-code", "SO-HNI", "--out", str(tmp_path)]
    exported = ok(cli("--data-dir", str(centre), *export_data))
    lines = exported.out.splitlines()
    file = lines[0].removeprefix("Unit data of SO-HNI: ")
    centre_fp = lines[-1].rsplit(" ", 1)[-1]
    args = ["restore-from-centre", file, "--centre-fingerprint", centre_fp]
    assert "Next package: 3" in ok(cli("--data-dir", str(new_pc), *args)).out
    listed = json.loads(ok(cli("--data-dir", str(new_pc), "activity", "list", "--json")).out)
    assert later in {a["id"] for a in listed}
    out3 = tmp_path / "gửi 3"
    out3.mkdir()
    ok(cli("--data-dir", str(new_pc), "export", "--out", str(out3)))
    package = import_json(cli, centre, out3)
    assert (package["status"], package["sequence"]) == ("imported", 3)
    assert (package["added"], package["updated"], package["deleted"]) == (0, 0, 0)
