"""Issue 19 item 4: the same photo used twice, exactly or as a resized/re-encoded copy."""

from __future__ import annotations

import hashlib
import json
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from cds_desktop import duplicates
from cds_desktop.duplicates import (
    EXACT,
    NEAR,
    NEAR_BITS,
    fill_missing_hashes,
    find_duplicates,
    image_hash,
    near_pairs,
)
from cds_desktop.models import Evidence
from cds_desktop.packages.importer import Staging
from cds_desktop.profile import Profile
from tests.conftest import CliResult
from tests.duplicates_support import (
    Use,
    damaged_jpeg,
    heic,
    import_units,
    jpeg,
    master_with_reuse,
    photos,
    scene,
)
from tests.package_helpers import make_centre

Cli = Callable[..., CliResult]


def bits(a: str, b: str) -> int:
    return (int(a, 16) ^ int(b, 16)).bit_count()


@pytest.fixture(scope="module")
def master(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profile]:
    centre = master_with_reuse(tmp_path_factory.mktemp("dups"))
    yield centre
    centre.close()


def test_resized_reencoded_and_heic_copies_hash_close_and_other_photos_far() -> None:
    picture = scene(1, 2400, 1800)
    original = image_hash(jpeg(picture, 92), "a.jpg")
    assert original is not None and len(original) == 16
    for copy in (jpeg(picture, 40, 800), jpeg(picture, 75, 1600), heic(picture)):
        value = image_hash(copy, "copy")
        assert value is not None and bits(original, value) <= NEAR_BITS
    for seed in (2, 3, 4):
        value = image_hash(jpeg(scene(seed, 2400, 1800), 92), "other.jpg")
        assert value is not None and bits(original, value) > 2 * NEAR_BITS


def test_not_images_and_damaged_images_get_no_hash() -> None:
    assert image_hash(b"%PDF-1.7 not a photo", "x.pdf") is None
    assert image_hash(damaged_jpeg(scene(1)), "cut.jpg") is None
    assert image_hash(b"\xff\xd8\xff\xe0" + bytes(200), "zeros.jpg") is None


def test_import_stores_the_hash_of_every_image(master: Profile) -> None:
    with master.database.session() as session:
        rows = session.execute(select(Evidence.filename, Evidence.phash)).all()
    hashes = dict(rows)
    assert set(hashes) == {
        "Ảnh hội thảo.jpg", "IMG_0001.jpg", "khác.jpg", "anh-nho.jpg", "IMG_0002.heic"
    }  # fmt: skip
    assert all(value is not None and len(value) == 16 for value in hashes.values())
    assert hashes["Ảnh hội thảo.jpg"] == hashes["IMG_0001.jpg"]


def test_the_same_file_in_two_units_is_an_exact_duplicate(master: Profile) -> None:
    groups = find_duplicates(master, limit=0)  # exact hashes only: the copies stay apart
    exact = [g for g in groups if g.kind == EXACT]
    assert len(exact) == 1
    [group] = exact
    assert group.across_units
    assert sorted((u.unit_code, u.title, u.filename) for u in group.uses) == [
        ("SO-HCM", "Ngày hội Chuyển đổi số", "IMG_0001.jpg"),
        ("SO-HNI", "Hội thảo Kinh tế số", "Ảnh hội thảo.jpg"),
    ]
    assert {u.unit_name for u in group.uses} == {
        "Sở Văn hóa và Thể thao Hà Nội",
        "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh",
    }


def test_resized_and_heic_copies_join_the_group_and_a_different_photo_does_not(
    master: Profile,
) -> None:
    [group] = find_duplicates(master)
    assert group.kind == NEAR
    assert sorted(group.unit_codes) == ["BO-VP", "SO-HCM", "SO-HNI"]
    assert group.activity_count == 4
    files = {u.filename: u for u in group.uses}
    assert set(files) == {"Ảnh hội thảo.jpg", "IMG_0001.jpg", "anh-nho.jpg", "IMG_0002.heic"}
    assert "khác.jpg" not in files
    assert files["IMG_0002.heic"].title == "Triển lãm số"
    assert all(u.distance <= NEAR_BITS for u in group.uses)
    assert str(files["anh-nho.jpg"].start_date) == "2024-10-12"
    assert [u.filename for u in group.uses] == [  # by date: the earliest use first
        "Ảnh hội thảo.jpg", "IMG_0001.jpg", "anh-nho.jpg", "IMG_0002.heic"
    ]  # fmt: skip
    assert group.uses[1].distance == 0  # the same file as the first


def test_photos_used_within_one_activity_are_not_reuse(tmp_path: Path) -> None:
    centre = make_centre(tmp_path)
    p = photos()
    import_units(
        centre, tmp_path,
        {"SO-HNI": [Use("Hội thảo", "2024-10-08", {"a.jpg": p.original, "b.jpg": p.resized})]},
    )  # fmt: skip
    assert find_duplicates(centre) == []
    centre.close()


def test_a_damaged_image_does_not_fail_the_import_and_gets_no_hash(tmp_path: Path) -> None:
    centre = make_centre(tmp_path)
    p = photos()
    import_units(
        centre, tmp_path,
        {"SO-HNI": [Use("Hội thảo", "2024-10-08", {"hỏng.jpg": damaged_jpeg(scene(3)),
                                                   "tốt.jpg": p.original})]},
    )  # fmt: skip
    with centre.database.session() as session:
        hashes = dict(session.execute(select(Evidence.filename, Evidence.phash)).all())
    assert hashes["hỏng.jpg"] is None
    assert hashes["tốt.jpg"] is not None
    centre.close()


def test_files_that_do_not_begin_like_an_image_are_not_read_back_after_the_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The importer sees each file's first bytes as it stages it (issue 14): a file named
    .jpg that is no image is never opened again for its perceptual hash."""
    read_back: list[str] = []
    head_and_size = duplicates._head_and_size

    def spy(profile: Profile, sha256: str) -> tuple[bytes, int]:
        read_back.append(sha256)
        return head_and_size(profile, sha256)

    monkeypatch.setattr(duplicates, "_head_and_size", spy)
    centre = make_centre(tmp_path)
    photo = jpeg(scene(5), 80)
    import_units(
        centre, tmp_path,
        {"SO-HNI": [Use("Hội thảo", "2024-10-08", {"ảnh.jpg": photo,
                                                   "không phải ảnh.jpg": random.randbytes(9000)})]},
    )  # fmt: skip
    assert read_back == [hashlib.sha256(photo).hexdigest()]
    centre.close()


def test_staging_knows_an_image_by_its_first_bytes_even_when_they_come_in_pieces(
    tmp_path: Path,
) -> None:
    centre = make_centre(tmp_path)
    photo = jpeg(scene(6), 80)
    files = {"a" * 64: [photo[:2], photo[2:9], photo[9:]], "b" * 64: [b"%PDF-1.7 " * 50],
             "c" * 64: [b"GIF8"], "d" * 64: [b"\xff"]}  # fmt: skip
    staging = Staging(centre.evidence, files)
    try:
        for sha256, chunks in files.items():
            assert staging.begin(sha256, sum(map(len, chunks)))
            for chunk in chunks:
                staging.write(chunk)
        assert staging.photo_candidates(files) == {"a" * 64, "c" * 64}
    finally:
        staging.discard()
        centre.close()


def test_hashes_missing_from_an_older_master_are_filled_on_demand(
    tmp_path: Path, centre_url: str | None
) -> None:
    centre = master_with_reuse(tmp_path, centre_url)  # SQLite and PostgreSQL
    with centre.database.session() as session:
        session.execute(update(Evidence).values(phash=None))
    [exact] = find_duplicates(centre)  # without hashes only the same file is found
    assert exact.kind == EXACT
    assert fill_missing_hashes(centre) == 4  # four different image files
    assert fill_missing_hashes(centre) == 0
    [group] = find_duplicates(centre)
    assert group.kind == NEAR and len(group.uses) == 4
    centre.close()


def test_near_pairs_finds_what_comparing_every_pair_finds() -> None:
    rnd = random.Random(7)
    hashes = [rnd.getrandbits(64) for _ in range(400)]
    for n in range(0, 400, 4):  # near copies: a few bits flipped
        flipped = hashes[n]
        for bit in rnd.sample(range(64), rnd.randrange(0, 9)):
            flipped ^= 1 << bit
        hashes.append(flipped)
    expected = {
        (i, j)
        for i in range(len(hashes))
        for j in range(i + 1, len(hashes))
        if (hashes[i] ^ hashes[j]).bit_count() <= NEAR_BITS
    }
    assert near_pairs(hashes) == expected
    assert expected  # the sample holds near copies


def test_near_pairs_of_twenty_thousand_photos_is_quick() -> None:
    rnd = random.Random(3)
    hashes = [rnd.getrandbits(64) for _ in range(20_000)]
    started = time.process_time()
    near_pairs(hashes)
    assert time.process_time() - started < 10  # about 0.3 s here; generous under load


def test_cli_lists_duplicates_as_json_and_text(master: Profile, cli: Cli) -> None:
    data_dir = str(master.paths.root)
    result = cli("--data-dir", data_dir, "evidence", "duplicates", "--json")
    assert result.code == 0, result.err
    [group] = json.loads(result.out)
    assert group["kind"] == "near" and group["across_units"] is True
    assert sorted(group["units"]) == ["BO-VP", "SO-HCM", "SO-HNI"]
    assert {u["filename"] for u in group["uses"]} >= {"IMG_0001.jpg", "IMG_0002.heic"}
    assert {u["title"] for u in group["uses"]} >= {"Hội thảo Kinh tế số", "Triển lãm số"}
    text = cli("--data-dir", data_dir, "evidence", "duplicates")
    assert text.code == 0
    out = text.out
    assert "Sở Văn hóa và Thể thao Hà Nội" in out and "IMG_0002.heic" in out
    assert "1 group(s) of reused photos, 1 across units" in out


def test_cli_duplicates_is_for_the_centre(unit_profile: Profile, cli: Cli) -> None:
    result = cli("--data-dir", str(unit_profile.paths.root), "evidence", "duplicates")
    assert result.code == 1
    assert "IT Centre" in result.err


def test_the_master_report_lists_reused_evidence_in_pdf_and_word(
    master: Profile, tmp_path: Path
) -> None:
    from docx import Document

    from cds_desktop.reports.docx_report import write_docx_report
    from cds_desktop.reports.pdf_report import write_pdf_report
    from tests.report_support import pdf_page_texts

    pdf = write_pdf_report(master, tmp_path / "tổng hợp.pdf")
    text = " ".join(" ".join(pdf_page_texts(pdf)).split())
    assert "Minh chứng dùng lại" in text
    assert "Có 1 nhóm ảnh minh chứng được dùng cho nhiều hoạt động" in text
    assert "Ảnh minh chứng được dùng cho nhiều hoạt động" in text  # the table's caption
    for expected in ("Văn phòng Bộ", "Triển lãm số (13/10/2024)", "IMG_0002.heic"):
        assert expected in text
    assert "khác.jpg" not in text  # used once
    word = write_docx_report(master, tmp_path / "tổng hợp.docx")
    document = Document(str(word))
    paragraphs = " ".join(p.text for p in document.paragraphs)
    assert "Minh chứng dùng lại" in paragraphs
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert {"Hội thảo Kinh tế số (08/10/2024)", "IMG_0001.jpg", "anh-nho.jpg"} <= cells


def test_a_master_report_without_reuse_says_none_was_found(tmp_path: Path) -> None:
    from cds_desktop.reports.pdf_report import write_pdf_report
    from tests.report_support import pdf_page_texts

    centre = make_centre(tmp_path)
    pdf = write_pdf_report(centre, tmp_path / "r.pdf")
    text = " ".join(" ".join(pdf_page_texts(pdf)).split())
    assert "Không phát hiện ảnh minh chứng nào được dùng cho nhiều hoạt động." in text
    centre.close()


def test_evidence_duplicates_loads_no_report_or_gui_library(master: Profile) -> None:
    from tests.test_cli_imports import loaded_by

    loaded = loaded_by("--data-dir", str(master.paths.root), "evidence", "duplicates")
    assert loaded == {"sqlalchemy", "logging.handlers"}


def test_plain_pictures_are_matched_only_as_the_same_file(tmp_path: Path) -> None:
    from PIL import Image

    black = jpeg(Image.new("RGB", (1200, 900), "#000000"))
    white = jpeg(Image.new("RGB", (1200, 900), "#ffffff"))
    assert image_hash(black) == image_hash(white)  # no detail: the hashes say nothing
    centre = make_centre(tmp_path)
    import_units(
        centre,
        tmp_path,
        {
            "SO-HNI": [Use("Hội thảo", "2024-10-08", {"đen.jpg": black})],
            "SO-HCM": [
                Use("Tọa đàm", "2024-10-09", {"trắng.jpg": white}),
                Use("Triển lãm", "2024-10-10", {"đen (2).jpg": black}),
            ],
        },
    )
    [group] = find_duplicates(centre)
    assert group.kind == EXACT
    assert sorted(u.filename for u in group.uses) == ["đen (2).jpg", "đen.jpg"]
    centre.close()


def test_images_too_large_to_decode_cheaply_get_no_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from cds_desktop import duplicates

    monkeypatch.setattr(duplicates, "MAX_DECODED_PIXELS", 300_000)
    picture = scene(1, 2400, 1800)
    png = io.BytesIO()
    picture.save(png, "PNG")  # decoded whole: 4.3 megapixels
    assert image_hash(png.getvalue(), "big.png") is None
    assert image_hash(jpeg(picture), "big.jpg") is not None  # decoded at 1/4: 600×450
