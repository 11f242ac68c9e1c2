"""The master as the unit's off-site backup (`units export-data`, `restore-from-centre`),
end to end through the command line: a unit loses its PC without a backup, gets a new
key, the centre gives its data back, and its next package is imported with nothing lost."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from cds_desktop import keys, unit_data
from cds_desktop.activities import ActivityService, ActivityView
from cds_desktop.centre_key import check_centre_signer, trusted_centre_key
from cds_desktop.models import Unit
from cds_desktop.packages.format import EVIDENCE_DIR
from cds_desktop.packages.reader import ZipReader
from cds_desktop.profile import open_profile
from tests.conftest import CliResult
from tests.photo_support import make_photo

Cli = Callable[..., CliResult]
UNIT_NAME = "Sở Văn hóa và Thể thao Hà Nội"
EXPORT_DATA = ["units", "export-data", "--unit-code", "so-hni"]


def ok(result: CliResult) -> CliResult:
    assert result.code == 0, result.err
    return result


def line_value(result: CliResult, prefix: str) -> str:
    return next(x for x in result.out.splitlines() if x.startswith(prefix)).removeprefix(prefix)


def init(cli: Cli, data: Path, role: str, code: str, name: str) -> str:
    identity = ["--role", role, "--unit-code", code, "--unit-name", name]
    return line_value(ok(cli("--data-dir", str(data), "init", *identity)), "Key fingerprint: ")


def add_activity(cli: Cli, data: Path, title: str, *extra: str) -> str:
    args = ["activity", "add", "--title", title, "--form", "workshop", "--start", "2024-10-08"]
    return ok(cli("--data-dir", str(data), *args, *extra)).out.strip()


def listing(cli: Cli, data: Path) -> list[dict[str, object]]:
    result: list[dict[str, object]] = json.loads(
        ok(cli("--data-dir", str(data), "activity", "list", "--json")).out
    )
    return result


def everything(data: Path, unit_code: str = "SO-HNI") -> list[ActivityView]:
    """Every activity of the unit, tombstones included, as plain data (ids, revisions,
    evidence ids and files, times)."""
    with open_profile(data) as profile:
        views = ActivityService(profile).list_activities(unit_code, include_deleted=True)
    return sorted(views, key=lambda v: v.id)


def export_and_import(cli: Cli, unit: Path, centre: Path, folder: Path) -> dict[str, object]:
    folder.mkdir()
    ok(cli("--data-dir", str(unit), "export", "--out", str(folder)))
    result = cli("--data-dir", str(centre), "import", str(folder), "--json")
    package: dict[str, object] = json.loads(result.out)["packages"][0]
    return package


def register_new_key(cli: Cli, centre: Path, unit_code: str, fingerprint: str) -> None:
    """The centre registers the unit's new key after a phone check: `units replace-key`
    (another part of issue 13) where this program has it; otherwise the same change made
    in the centre's database, which is all this test needs (it is about the data)."""
    if "replace-key" in cli("units", "--help").out:
        args = ["units", "replace-key", "--unit-code", unit_code, "--fingerprint", fingerprint]
        ok(cli("--data-dir", str(centre), *args, "--reason", "Máy tính của đơn vị bị hỏng"))
        return
    with open_profile(centre) as profile, profile.database.session() as session:
        unit = session.get(Unit, unit_code)
        assert unit is not None
        unit.fingerprint = fingerprint
        unit.public_key = None


def unit_and_centre(cli: Cli, tmp_path: Path) -> tuple[Path, Path]:
    """A unit's profile and the centre's, which trusts the unit's key."""
    unit = tmp_path / "Máy cũ"
    centre = tmp_path / "Trung tâm"
    fp = init(cli, unit, "unit", "SO-HNI", UNIT_NAME)
    init(cli, centre, "centre", "BO-TTCDS", "Trung tâm Chuyển đổi số")
    ok(
        cli(
            "--data-dir",
            str(centre),
            "units",
            "trust",
            "--unit-code",
            "SO-HNI",
            "--fingerprint",
            fp,
        )
    )
    return unit, centre


@pytest.fixture
def lost_pc(cli: Cli, tmp_path: Path) -> dict[str, object]:
    """A unit that reported twice (with evidence, an edit and a deletion), then lost its PC."""
    unit, centre = unit_and_centre(cli, tmp_path)
    photo = tmp_path / "Ảnh hội thảo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(range(256)) * 64)
    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4 " + b"bien ban " * 500)
    kept = add_activity(cli, unit, "Hội thảo chuyển đổi số", "--evidence", str(photo))
    edited = add_activity(cli, unit, "Tập huấn kỹ năng số", "--link", "https://example.vn/a")
    gone = add_activity(cli, unit, "Triển lãm", "--evidence", str(scan))
    assert export_and_import(cli, unit, centre, tmp_path / "p1")["status"] == "imported"
    ok(cli("--data-dir", str(unit), "activity", "edit", edited, "--participants", "75"))
    ok(cli("--data-dir", str(unit), "activity", "delete", gone))
    assert export_and_import(cli, unit, centre, tmp_path / "p2")["status"] == "imported"
    return {
        "unit": unit,
        "centre": centre,
        "ids": (kept, edited, gone),
        "everything": everything(unit),
    }


def from_centre(cli: Cli, data: Path, file: Path, fingerprint: str) -> CliResult:
    return cli(
        "--data-dir",
        str(data),
        "restore-from-centre",
        str(file),
        "--centre-fingerprint",
        fingerprint,
    )


def export_data(cli: Cli, centre: Path, out: Path) -> tuple[Path, str]:
    result = ok(
        cli(
            "--data-dir",
            str(centre),
            "units",
            "export-data",
            "--unit-code",
            "so-hni",
            "--out",
            str(out),
        )
    )
    fingerprint = line_value(result, "Centre key fingerprint (read it out to the unit): ")
    return Path(line_value(result, "Unit data of SO-HNI: ")), fingerprint


def test_lost_pc_gets_its_data_back_from_the_centre_and_reports_again(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object]
) -> None:
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, centre_fp = export_data(cli, centre, tmp_path)
    assert file.suffix == ".cdsdata" and file.parent == tmp_path

    new_pc = tmp_path / "Máy mới"
    new_fp = init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)
    register_new_key(cli, centre, "SO-HNI", new_fp)
    loaded = ok(from_centre(cli, new_pc, file, centre_fp.lower().replace("-", " ")))
    assert "Loaded 3 activities of SO-HNI" in loaded.out
    assert "Next package: 3" in loaded.out
    with open_profile(new_pc) as unit:  # the phone-checked key is the unit's centre key now
        trusted = trusted_centre_key(unit)
    assert trusted is not None and trusted.fingerprint == keys.normalise_fingerprint(centre_fp)

    old = lost_pc["everything"]
    assert isinstance(old, list) and sum(v.deleted for v in old) == 1
    # ids, revisions, the tombstone, evidence, times; a tombstone travels without its files
    assert everything(new_pc) == [replace(v, evidence=[]) if v.deleted else v for v in old]
    ok(cli("--data-dir", str(new_pc), "check", "--evidence"))

    unchanged = export_and_import(cli, new_pc, centre, tmp_path / "p3")
    assert (unchanged["status"], unchanged["sequence"]) == ("imported", 3)
    assert (unchanged["added"], unchanged["updated"], unchanged["deleted"]) == (0, 0, 0)

    kept, edited, _gone = lost_pc["ids"]  # type: ignore[misc]
    ok(cli("--data-dir", str(new_pc), "activity", "edit", kept, "--reach", "900"))
    add_activity(cli, new_pc, "Ngày hội số")
    changed = export_and_import(cli, new_pc, centre, tmp_path / "p4")
    assert (changed["status"], changed["sequence"]) == ("imported", 4)
    assert (changed["added"], changed["updated"], changed["deleted"]) == (1, 1, 0)
    master = everything(centre)
    assert {v.data.title for v in master if not v.deleted} == {
        "Hội thảo chuyển đổi số",
        "Tập huấn kỹ năng số",
        "Ngày hội số",
    }
    assert next(v for v in master if v.id == edited).data.participants == 75
    assert next(v for v in master if v.id == kept).data.reach == 900


def test_a_wrong_centre_fingerprint_is_refused_and_nothing_changes(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object]
) -> None:
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, _centre_fp = export_data(cli, centre, tmp_path)
    new_pc = tmp_path / "Máy mới"
    other_fp = init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)  # any other key's fingerprint
    result = from_centre(cli, new_pc, file, other_fp)
    assert result.code == 1
    assert "not by the centre's key" in result.err and result.err.count("\n") == 1
    assert listing(cli, new_pc) == []
    assert not [p for p in (new_pc / "evidence").rglob("*") if p.is_file()]


def test_a_unit_that_trusts_another_centre_key_refuses_the_file(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object]
) -> None:
    """The key a unit already trusts for its centre (receipts, plans) is never replaced by
    a file, even one whose fingerprint the user typed."""
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, centre_fp = export_data(cli, centre, tmp_path)
    new_pc = tmp_path / "Máy mới"
    init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)
    elsewhere = tmp_path / "Trung tâm khác"
    other_fp = init(cli, elsewhere, "centre", "BO-KHAC", "Trung tâm khác")
    with open_profile(elsewhere) as other, open_profile(new_pc) as unit:
        public_key = keys.load_public_key(other.paths.public_key)
        check_centre_signer(unit, other_fp, public_key, other_fp)
    result = from_centre(cli, new_pc, file, centre_fp)
    assert result.code == 1 and other_fp in result.err, result.err
    assert listing(cli, new_pc) == []


def _flip_byte_of(path: Path, member_name: str) -> None:
    with ZipReader(path) as reader:
        member = reader.by_name[member_name]
        offset = member.data_offset + member.compressed_size // 2
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("what", ["evidence", "records"])
def test_a_tampered_centre_file_is_refused_and_nothing_changes(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object], what: str
) -> None:
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, centre_fp = export_data(cli, centre, tmp_path)
    with ZipReader(file) as reader:
        names = [m.name for m in reader.members]
    base = names[0].split("/")[0]
    if what == "evidence":
        victim = sorted(n for n in names if n.startswith(f"{base}/{EVIDENCE_DIR}"))[-1]
    else:
        victim = f"{base}/data/records-001.json"
    _flip_byte_of(file, victim)
    new_pc = tmp_path / "Máy mới"
    init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)
    result = from_centre(cli, new_pc, file, centre_fp)
    assert result.code == 1, result.out
    assert "is damaged or was changed" in result.err and result.err.count("\n") == 1
    assert listing(cli, new_pc) == []
    assert not [p for p in (new_pc / "evidence").rglob("*") if p.is_file()]
    assert not [p for p in (new_pc / "tmp").iterdir()]


def test_another_units_data_and_a_unit_profile_at_the_centre_are_refused(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object]
) -> None:
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, centre_fp = export_data(cli, centre, tmp_path)
    other = tmp_path / "Đơn vị khác"
    init(cli, other, "unit", "SO-HCM", "Sở Văn hóa và Thể thao TP. Hồ Chí Minh")
    result = from_centre(cli, other, file, centre_fp)
    assert result.code == 1 and "holds the data of unit SO-HNI" in result.err
    unit = lost_pc["unit"]
    refused = cli(
        "--data-dir",
        str(unit),
        "units",
        "export-data",
        "--unit-code",
        "SO-HNI",
        "--out",
        str(tmp_path),
    )
    assert refused.code == 1 and "exported by the IT Centre" in refused.err


def test_a_unit_data_file_is_not_a_package_at_the_centre(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object]
) -> None:
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, _fp = export_data(cli, centre, tmp_path)
    result = cli("--data-dir", str(centre), "import", str(file), "--json")
    package = json.loads(result.out)["packages"][0]
    assert (package["status"], package["reason_code"]) == ("rejected", "not_a_package")


def test_loading_again_keeps_what_this_pc_changed_since(
    cli: Cli, tmp_path: Path, lost_pc: dict[str, object]
) -> None:
    """Nothing the unit changed after loading is lost by loading the same file again."""
    centre = lost_pc["centre"]
    assert isinstance(centre, Path)
    file, centre_fp = export_data(cli, centre, tmp_path)
    new_pc = tmp_path / "Máy mới"
    init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)
    ok(from_centre(cli, new_pc, file, centre_fp))
    kept, _edited, _gone = lost_pc["ids"]  # type: ignore[misc]
    ok(cli("--data-dir", str(new_pc), "activity", "edit", kept, "--reach", "900"))
    only_here = add_activity(cli, new_pc, "Chỉ có trên máy mới")
    again = ok(from_centre(cli, new_pc, file, centre_fp))
    assert "kept 1 changed on this computer since" in again.out
    views = {v.id: v for v in everything(new_pc)}
    assert views[kept].data.reach == 900 and only_here in views


@pytest.mark.parametrize("command", [["units", "export-data"], ["restore-from-centre"]])
def test_the_new_commands_have_help(cli: Cli, command: list[str]) -> None:
    result = cli(*command, "--help")
    assert result.code == 0 and "usage:" in result.out


def test_photos_come_back_with_their_time_place_and_original(cli: Cli, tmp_path: Path) -> None:
    """A unit's photos keep, through the centre and back, when and where they were taken
    and the original of a reduced photo (unit data version 2, as packages)."""
    unit, centre = unit_and_centre(cli, tmp_path)
    new_pc = tmp_path / "Máy mới"
    taken = dt.datetime(2024, 10, 8, 9, 30)
    photo = make_photo(
        tmp_path / "Ảnh hội thảo.jpg", (2400, 1600), taken=taken, gps=(21.0285, 105.8542)
    )
    add_activity(cli, unit, "Hội thảo", "--evidence", str(photo), "--reduce-photos", "1200")
    assert export_and_import(cli, unit, centre, tmp_path / "p1")["status"] == "imported"
    before = everything(unit)
    [item] = before[0].evidence
    assert item.taken_at == taken and item.gps_lat is not None and item.reduced

    file, centre_fp = export_data(cli, centre, tmp_path)
    new_fp = init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)
    register_new_key(cli, centre, "SO-HNI", new_fp)
    ok(from_centre(cli, new_pc, file, centre_fp))
    assert everything(new_pc) == before


def test_a_version_1_unit_data_file_with_photo_fields_is_refused(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written by a program that labels it version 1 while it carries photo fields (an
    older reader would refuse the fields rather than the version): refused, nothing loaded."""
    unit, centre = unit_and_centre(cli, tmp_path)
    new_pc = tmp_path / "Máy mới"
    photo = make_photo(tmp_path / "Ảnh.jpg", taken=dt.datetime(2024, 10, 8, 9, 30))
    add_activity(cli, unit, "Hội thảo", "--evidence", str(photo))
    assert export_and_import(cli, unit, centre, tmp_path / "p1")["status"] == "imported"
    monkeypatch.setattr(unit_data, "format_version", lambda _records, _kind: 1)
    file, centre_fp = export_data(cli, centre, tmp_path)
    init(cli, new_pc, "unit", "SO-HNI", UNIT_NAME)
    refused = from_centre(cli, new_pc, file, centre_fp)
    assert refused.code == 1
    assert "photo fields (taken_at, gps, pixels, original) need format version 2" in refused.err
    assert everything(new_pc) == []
