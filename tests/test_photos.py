"""Phone photos: HEIC, thumbnails turned as EXIF says, EXIF time and place, reduction,
and photos taken outside the campaign (issue 19, items 2 and 3)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from cds_desktop import photos
from cds_desktop.activities import ActivityService, FileInput, media_type_for
from cds_desktop.packages.format import PackageRejected
from cds_desktop.packages.records import parse_records
from cds_desktop.photos import (
    LONG_BEFORE_ACTIVITY,
    OUTSIDE_CAMPAIGN,
    PhotoSettings,
    Reduction,
    load_photo_settings,
    parse_reduction,
    period_flag,
    save_photo_settings,
)
from cds_desktop.profile import Profile
from tests.conftest import CliResult
from tests.package_helpers import export, import_one, make_centre, read_members, split
from tests.photo_support import make_photo

TAKEN = dt.datetime(2024, 10, 1, 9, 30, 15)
HANOI = (21.028511, 105.854167)
ACTIVITY = {"title": "Hội thảo Kinh tế số", "form": "workshop", "start_date": "2024-10-08"}


def red_at(png: bytes, x: int, y: int) -> bool:
    with Image.open(io.BytesIO(png)) as image:
        r, _g, b = image.convert("RGB").getpixel((x, y))[:3]  # type: ignore[misc,index]
    return r > 150 and b < 100


def test_heic_made_by_pillow_heif_is_read_with_time_and_place(tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "IMG_0001.HEIC", (400, 300), taken=TAKEN, gps=HANOI)
    info = photos.read_photo_info(photo)
    assert (info.width, info.height) == (400, 300)
    assert info.taken_at == TAKEN
    assert info.gps_lat == pytest.approx(HANOI[0], abs=1e-5)
    assert info.gps_lon == pytest.approx(HANOI[1], abs=1e-5)
    assert media_type_for("IMG_0001.HEIC") == "image/heic"
    assert media_type_for("anh.heif") == "image/heif"


def test_date_time_used_when_no_original_time_and_south_west_negative(tmp_path: Path) -> None:
    photo = make_photo(
        tmp_path / "a.jpg", date_time=dt.datetime(2024, 9, 20, 8, 0), gps=(-33.8675, -70.65)
    )
    info = photos.read_photo_info(photo)
    assert info.taken_at == dt.datetime(2024, 9, 20, 8, 0)
    assert info.gps_lat == pytest.approx(-33.8675, abs=1e-5)
    assert info.gps_lon == pytest.approx(-70.65, abs=1e-5)


def test_absent_or_absurd_exif_gives_no_time_and_no_place(tmp_path: Path) -> None:
    plain = make_photo(tmp_path / "plain.jpg")
    assert photos.read_photo_info(plain) == photos.PhotoInfo(400, 300)
    assert photos.exif_time("0000:00:00 00:00:00") is None
    assert photos.exif_time("2024:13:01 10:00:00") is None
    assert photos.exif_time(b"2024:10:01 10:00:00\x00") == dt.datetime(2024, 10, 1, 10, 0)
    no_fix = make_photo(tmp_path / "nofix.jpg", gps=(0.0, 0.0))
    assert photos.read_photo_info(no_fix).gps_lat is None


@pytest.mark.parametrize("suffix", [".jpg", ".heic", ".png"])
def test_thumbnail_is_turned_as_exif_orientation_says(tmp_path: Path, suffix: str) -> None:
    """Orientation 6 (turn 90° clockwise): the red left half ends at the top."""
    upright = photos.thumbnail_png(make_photo(tmp_path / f"u{suffix}", (400, 300)), 72)
    with Image.open(io.BytesIO(upright)) as image:
        assert image.size == (72, 54)
    assert red_at(upright, 5, 27) and not red_at(upright, 66, 27)
    turned = photos.thumbnail_png(make_photo(tmp_path / f"t{suffix}", orientation=6), 72)
    with Image.open(io.BytesIO(turned)) as image:
        assert image.size == (54, 72)
    assert red_at(turned, 27, 5) and not red_at(turned, 27, 66)
    info = photos.read_photo_info(tmp_path / f"t{suffix}")
    assert (info.width, info.height) == (300, 400)


def test_a_file_that_is_not_an_image_is_a_photo_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake.heic"
    fake.write_bytes(b"not an image at all" * 10)
    with pytest.raises(photos.PhotoError) as caught:
        photos.thumbnail_png(fake, 72)
    assert caught.value.code == "photo_unreadable"


def test_period_flag_rule() -> None:
    start, end = dt.date(2024, 9, 15), dt.date(2024, 10, 31)
    activity = dt.date(2024, 10, 10)

    def flag(day: dt.date, days: int = 30) -> str:
        return period_flag(dt.datetime.combine(day, dt.time(9)), start, end, activity, days)

    assert flag(dt.date(2024, 10, 20)) == ""  # after the activity: its report photos
    assert flag(dt.date(2024, 9, 15)) == ""
    assert flag(dt.date(2024, 9, 14)) == OUTSIDE_CAMPAIGN
    assert flag(dt.date(2024, 11, 1)) == OUTSIDE_CAMPAIGN
    assert flag(dt.date(2024, 9, 19), days=30) == ""
    assert flag(dt.date(2024, 9, 19), days=10) == LONG_BEFORE_ACTIVITY
    assert period_flag(None, start, end, activity, 0) == ""


def test_reduction_setting_parsed_checked_and_stored(unit_profile: Profile) -> None:
    assert parse_reduction("2048,85") == Reduction(2048, 85)
    assert parse_reduction("1600") == Reduction(1600, 85)
    assert parse_reduction("off") is None
    for wrong in ("big", "10", "2048,100", "2048,x"):
        with pytest.raises(ValueError):
            parse_reduction(wrong)
    assert load_photo_settings(unit_profile) == PhotoSettings(None, 30)
    save_photo_settings(unit_profile, PhotoSettings(Reduction(1024, 70), 7))
    assert load_photo_settings(unit_profile) == PhotoSettings(Reduction(1024, 70), 7)
    with pytest.raises(ValueError):
        save_photo_settings(unit_profile, PhotoSettings(None, -1))


def test_added_heic_photo_keeps_time_place_and_size(unit_profile: Profile, tmp_path: Path) -> None:
    photo = make_photo(tmp_path / "IMG_0001.HEIC", (400, 300), taken=TAKEN, gps=HANOI)
    service = ActivityService(unit_profile)
    result = service.add(ACTIVITY, [FileInput(photo)], reduction=None)
    assert result.warnings == []
    [item] = service.get(result.activity_id).evidence
    assert (item.filename, item.media_type) == ("IMG_0001.HEIC", "image/heic")
    assert item.taken_at == TAKEN and (item.width, item.height) == (400, 300)
    assert (item.gps_lat, item.gps_lon) == pytest.approx(HANOI, abs=1e-5)
    assert not item.reduced and item.period_flag == ""
    assert item.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()


def test_reduced_photo_keeps_the_original_in_the_record(
    unit_profile: Profile, tmp_path: Path
) -> None:
    photo = make_photo(tmp_path / "IMG_0002.heic", (1200, 900), 6, TAKEN, HANOI)
    original = photo.read_bytes()
    service = ActivityService(unit_profile)
    result = service.add(ACTIVITY, [FileInput(photo)], reduction=Reduction(600, 80))
    [item] = service.get(result.activity_id).evidence
    assert (item.filename, item.media_type) == ("IMG_0002.jpg", "image/jpeg")
    assert item.reduced
    assert item.original_sha256 == hashlib.sha256(original).hexdigest()
    assert item.original_size == len(original)
    assert (item.original_width, item.original_height) == (900, 1200)
    assert (item.width, item.height) == (450, 600)
    assert item.taken_at == TAKEN and item.gps_lat == pytest.approx(HANOI[0], abs=1e-5)
    assert item.sha256 is not None
    stored = unit_profile.evidence.read_bytes(item.sha256)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and image.size == (450, 600)
        assert image.getexif().get(0x0112, 1) == 1  # turned already: not turned twice
    assert item.size == len(stored) < len(original) * 10
    assert photo.read_bytes() == original  # the user's file is never touched
    assert list(unit_profile.paths.staging.glob("reduced-*")) == []


def test_reduction_never_enlarges_nor_touches_other_files(
    unit_profile: Profile, tmp_path: Path
) -> None:
    small = make_photo(tmp_path / "small.jpg", (500, 400), taken=TAKEN)
    screenshot = make_photo(tmp_path / "screen.png", (3000, 2000))
    text = tmp_path / "Biên bản.txt"
    text.write_text("Biên bản", encoding="utf-8")
    service = ActivityService(unit_profile)
    files = [FileInput(small), FileInput(screenshot), FileInput(text)]
    result = service.add(ACTIVITY, files, reduction=Reduction(640, 80))
    items = service.get(result.activity_id).evidence
    assert [e.reduced for e in items] == [False, False, False]
    assert [e.sha256 for e in items] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in (small, screenshot, text)
    ]
    assert (items[1].width, items[1].height) == (3000, 2000)
    assert items[2].width is None and items[2].taken_at is None


def test_reduction_follows_the_setting_by_default(unit_profile: Profile, tmp_path: Path) -> None:
    save_photo_settings(unit_profile, PhotoSettings(Reduction(800, 85), 30))
    photo = make_photo(tmp_path / "big.jpg", (1600, 1200))
    service = ActivityService(unit_profile)
    [item] = service.get(service.add(ACTIVITY, [FileInput(photo)]).activity_id).evidence
    assert item.reduced and (item.width, item.height) == (800, 600)


def test_photo_taken_outside_the_campaign_is_flagged_not_refused(
    unit_profile: Profile, tmp_path: Path
) -> None:
    old = make_photo(tmp_path / "old.jpg", taken=dt.datetime(2023, 5, 1, 10, 0))
    early = make_photo(tmp_path / "early.jpg", taken=dt.datetime(2024, 9, 16, 10, 0))
    fine = make_photo(tmp_path / "fine.jpg", taken=dt.datetime(2024, 10, 20, 10, 0))
    save_photo_settings(unit_profile, PhotoSettings(None, 10))
    service = ActivityService(unit_profile)
    raw = ACTIVITY | {"start_date": "2024-10-20"}
    result = service.add(raw, [FileInput(old), FileInput(early), FileInput(fine)])
    assert len(result.warnings) == 2
    assert "old.jpg" in result.warnings[0] and "outside the campaign" in result.warnings[0]
    assert "early.jpg" in result.warnings[1] and "before the activity" in result.warnings[1]
    flags = [e.period_flag for e in service.get(result.activity_id).evidence]
    assert flags == [OUTSIDE_CAMPAIGN, LONG_BEFORE_ACTIVITY, ""]


def test_package_round_trip_carries_time_place_and_original(tmp_path: Path) -> None:
    from cds_desktop.profile import create_profile

    unit = create_profile(tmp_path / "unit", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    centre = make_centre(tmp_path)
    try:
        photo = make_photo(tmp_path / "IMG_0003.HEIC", (1200, 900), 6, TAKEN, HANOI)
        old = make_photo(tmp_path / "cu.jpg", taken=dt.datetime(2023, 1, 2, 3, 4, 5))
        service = ActivityService(unit)
        service.add(ACTIVITY, [FileInput(photo), FileInput(old)], reduction=Reduction(600, 85))
        package = export(unit, tmp_path / "out")
        _, payload = split(read_members(package))
        assert json.loads(payload["data/package.json"])["format_version"] == 2
        items = json.loads(payload["data/records.json"])["activities"][0]["evidence"]
        assert items[0]["taken_at"] == "2024-10-01T09:30:15"
        assert items[0]["gps"] == {"lat": 21028511, "lon": 105854167}
        assert items[0]["pixels"] == {"width": 450, "height": 600}
        assert items[0]["original"]["width"] == 900
        assert "original" not in items[1]
        assert import_one(centre, package, trust_new=True).status == "imported"
        unit_view = service.list_activities()[0]
        [master] = ActivityService(centre).list_activities(unit_code="SO-HNI")
        assert master.evidence == unit_view.evidence
        assert [e.period_flag for e in master.evidence] == ["", OUTSIDE_CAMPAIGN]
    finally:
        unit.close()
        centre.close()


def test_package_without_photo_fields_stays_version_1_and_imports(tmp_path: Path) -> None:
    from tests.package_helpers import make_unit

    unit = make_unit(tmp_path)  # its "photo" is not an image: no photo fields
    centre = make_centre(tmp_path)
    try:
        package = export(unit, tmp_path / "out")
        _, payload = split(read_members(package))
        assert json.loads(payload["data/package.json"])["format_version"] == 1
        assert import_one(centre, package, trust_new=True).status == "imported"
        views = ActivityService(centre).list_activities(unit_code="SO-HNI")
        files = [e for v in views for e in v.evidence if e.kind == "file"]
        assert files and all(e.taken_at is None and e.original_sha256 is None for e in files)
    finally:
        unit.close()
        centre.close()


def _records(**photo: object) -> dict[str, object]:
    item = {
        "id": "00000000-0000-4000-8000-000000000002",
        "kind": "file",
        "sha256": "a" * 64,
        "filename": "a.jpg",
        "media_type": "image/jpeg",
        "size": 10,
        "caption": "",
    } | photo
    activity = {
        "id": "00000000-0000-4000-8000-000000000001",
        "title": "Hội thảo", "form": "workshop", "channels": [], "start_date": "2024-10-08",
        "end_date": "2024-10-08", "location": "", "organiser": "", "participants": 0,
        "reach": 0, "urls": [], "description": "", "topics": [], "partners": "",
        "created_at": "2024-10-08T00:00:00Z", "updated_at": "2024-10-08T00:00:00Z",
        "revision": 1, "deleted": False, "evidence": [item],
    }  # fmt: skip
    return {"activities": [activity]}


ORIGINAL = {"sha256": "b" * 64, "size": 5_000_000, "width": 4032, "height": 3024}


def test_incoming_photo_fields_are_checked_strictly() -> None:
    good = _records(
        taken_at="2024-10-01T09:30:15",
        gps={"lat": -90_000_000, "lon": 180_000_000},
        pixels={"width": 2048, "height": 1536},
        original=ORIGINAL,
    )
    [record] = parse_records(good)
    item = record.evidence[0]
    assert item.taken_at == TAKEN and item.gps == (-90.0, 180.0)
    assert item.original == ("b" * 64, 5_000_000, 4032, 3024)
    assert parse_records(_records())[0].evidence[0].taken_at is None
    wrong: list[dict[str, object]] = [
        {"taken_at": "2024-10-01T09:30:15Z"},
        {"taken_at": "2024-13-01T09:30:15"},
        {"taken_at": 20241001},
        {"gps": {"lat": 90_000_001, "lon": 0}},
        {"gps": {"lat": 1.5, "lon": 0}},
        {"gps": {"lat": 0}},
        {"gps": {"lat": 0, "lon": 0, "alt": 0}},
        {"pixels": {"width": 0, "height": 10}},
        {"pixels": {"width": 10, "height": 2_000_000}},
        {"original": ORIGINAL | {"sha256": "xyz"}},
        {"original": ORIGINAL | {"size": 2**41}},
        {"original": {"sha256": "b" * 64}},
        {"exif": {}},
    ]
    for fields in wrong:
        with pytest.raises(PackageRejected):
            parse_records(_records(**fields))


def test_photo_fields_in_a_version_1_package_are_refused(tmp_path: Path) -> None:
    from cds_desktop.packages.records import check_photo_fields

    records = parse_records(_records(taken_at="2024-10-01T09:30:15"))
    check_photo_fields(2, records)
    with pytest.raises(PackageRejected, match="version 2"):
        check_photo_fields(1, records)


def test_cli_reduces_photos_flags_old_ones_and_keeps_the_setting(
    cli: Callable[..., CliResult], data_dir: Path, tmp_path: Path
) -> None:
    data = ("--data-dir", str(data_dir))
    assert cli(*data, "init", "--role", "unit", "--unit-code", "SO-HNI").code == 0
    photo = make_photo(tmp_path / "IMG_0004.HEIC", (1600, 1200), taken=TAKEN, gps=HANOI)
    old = make_photo(tmp_path / "cu.jpg", taken=dt.datetime(2023, 1, 1, 8, 0))
    added = cli(
        *data, "activity", "add", "--title", "Hội thảo", "--form", "workshop",
        "--start", "2024-10-08", "--evidence", str(photo), "--evidence", str(old),
        "--reduce-photos", "800,80",
    )  # fmt: skip
    assert added.code == 0, added.err
    assert "cu.jpg" in added.err and "outside the campaign period" in added.err
    [item] = json.loads(cli(*data, "activity", "list", "--json").out)
    reduced, kept = item["evidence"]
    assert reduced["filename"] == "IMG_0004.jpg"
    assert reduced["pixels"] == {"width": 800, "height": 600}
    assert reduced["original"]["size"] == photo.stat().st_size
    assert reduced["taken_at"] == "2024-10-01T09:30:15"
    assert "original" not in kept and kept["period_flag"] == OUTSIDE_CAMPAIGN

    wrong = cli(*data, "activity", "edit", item["id"][:8], "--reduce-photos", "huge")
    assert wrong.code != 0 and "--reduce-photos" in wrong.err
    assert cli(*data, "photos", "--reduce", "1024,70", "--days-before", "7").code == 0
    shown = json.loads(cli(*data, "photos", "--json").out)
    assert shown == {"reduce_longest": 1024, "reduce_quality": 70, "days_before": 7}
    refused = cli(*data, "photos", "--days-before", "-3")
    assert refused.code != 0 and "days" in refused.err


@pytest.fixture
def centre_with_photos(tmp_path: Path) -> Iterator[Profile]:
    """A centre that imported SO-HNI's package: one photo in time, one from 2023."""
    from cds_desktop.profile import create_profile

    unit = create_profile(tmp_path / "unit", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    centre = make_centre(tmp_path)
    fine = make_photo(tmp_path / "dung.jpg", taken=TAKEN, gps=HANOI)
    old = make_photo(tmp_path / "cu.jpg", taken=dt.datetime(2023, 1, 2, 3, 4, 5))
    service = ActivityService(unit)
    service.add(ACTIVITY, [FileInput(fine)])
    service.add(ACTIVITY | {"title": "Tọa đàm <dữ liệu> & số"}, [FileInput(old)])
    assert import_one(centre, export(unit, tmp_path / "out"), trust_new=True).status == "imported"
    unit.close()
    yield centre
    centre.close()


def test_master_report_lists_out_of_period_photos(
    centre_with_photos: Profile, tmp_path: Path
) -> None:
    import subprocess

    from pypdf import PdfReader

    from cds_desktop.reports.docx_report import write_docx_report
    from cds_desktop.reports.pdf_report import PHOTO_HEADING, write_pdf_report
    from cds_desktop.reports.report_data import load_flagged_photos, load_report_data

    [flagged] = load_report_data(centre_with_photos).flagged_photos
    assert (flagged.unit_code, flagged.filename, flagged.flag) == (
        "SO-HNI",
        "cu.jpg",
        OUTSIDE_CAMPAIGN,
    )
    assert load_flagged_photos(centre_with_photos) == [flagged]
    pdf = write_pdf_report(centre_with_photos, tmp_path / "bao-cao.pdf")
    text = " ".join((page.extract_text() or "") for page in PdfReader(pdf).pages)
    text = " ".join(text.split())
    assert PHOTO_HEADING in text
    assert "«Tọa đàm <dữ liệu> & số»" in text and "ảnh cu.jpg chụp ngày 02/01/2023" in text
    docx = write_docx_report(centre_with_photos, tmp_path / "bao-cao.docx")
    from docx import Document

    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert any(PHOTO_HEADING in p for p in paragraphs)
    assert any("ảnh cu.jpg chụp ngày 02/01/2023" in p for p in paragraphs)
    subprocess.run(  # for a look: the page with the section
        ["pdftoppm", "-r", "60", "-png", str(pdf), str(Path("/tmp") / "photos-report")],
        check=False,
    )


def test_photo_fields_resigned_as_version_1_are_refused_at_import(tmp_path: Path) -> None:
    """An older reader would refuse the fields; a version-1 package must not carry them."""
    from cds_desktop.packages import strict_json
    from cds_desktop.packages.importer import import_packages
    from cds_desktop.profile import create_profile
    from tests.package_helpers import private_key, resign

    unit = create_profile(tmp_path / "unit", "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội")
    centre = make_centre(tmp_path)
    try:
        photo = make_photo(tmp_path / "a.jpg", taken=TAKEN)
        ActivityService(unit).add(ACTIVITY, [FileInput(photo)])
        genuine = export(unit, tmp_path / "out")

        def as_version_1(payload: dict[str, bytes]) -> None:
            meta = json.loads(payload["data/package.json"])
            meta["format_version"] = 1
            payload["data/package.json"] = strict_json.dumps(meta)

        forged = resign(genuine, tmp_path / "v1.cdspkg", private_key(unit), as_version_1)
        [result] = import_packages(centre, [forged], trust_new=True)
        assert result.status == "rejected" and "need format version 2" in result.reason
        assert ActivityService(centre).list_activities(unit_code="SO-HNI") == []
    finally:
        unit.close()
        centre.close()


def test_a_damaged_photo_is_kept_as_it_is_not_lost(unit_profile: Profile, tmp_path: Path) -> None:
    whole = make_photo(tmp_path / "whole.jpg", (1600, 1200), taken=TAKEN).read_bytes()
    damaged = tmp_path / "damaged.jpg"
    damaged.write_bytes(whole[: len(whole) // 2])  # header readable, half the pixels gone
    with pytest.raises(photos.PhotoError):
        photos.thumbnail_png(damaged, 72)
    service = ActivityService(unit_profile)
    result = service.add(ACTIVITY, [FileInput(damaged)], reduction=Reduction(800, 85))
    [item] = service.get(result.activity_id).evidence
    assert not item.reduced and item.taken_at == TAKEN
    assert item.sha256 == hashlib.sha256(damaged.read_bytes()).hexdigest()
