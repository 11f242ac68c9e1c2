"""Careless input (issue 16) through the command line: each test makes the mistake a real
user makes, and checks the message and that nothing was written, doubled or lost."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from cds_desktop.packages.verify import verify_package
from cds_desktop.profile import Profile
from cds_desktop.reports.xlsx_template import DATA_SHEET
from tests.conftest import CliResult
from tests.test_cli import files_under, init

Cli = Callable[..., CliResult]
ADD = ["activity", "add", "--form", "news", "--start", "2024-10-01"]


def run(cli: Cli, data: Path, *argv: str) -> CliResult:
    return cli("--data-dir", str(data), *argv)


def listed(cli: Cli, data: Path) -> list[dict[str, object]]:
    result = run(cli, data, "activity", "list", "--json")
    assert result.code == 0, result.err
    items: list[dict[str, object]] = json.loads(result.out)
    return items


def fresh(cli: Cli, data: Path) -> None:
    """A new unit profile whose day's automatic backup is already taken."""
    assert init(cli, data).code == 0
    assert run(cli, data, "activity", "list").code == 0


def refused_once(result: CliResult) -> str:
    """The one-line refusal, without traceback or "unexpected problem"."""
    assert result.code == 1, result.out
    assert result.err.startswith("error: ") and result.err.count("\n") == 1, result.err
    assert "unexpected problem" not in result.err and "Traceback" not in result.err
    return result.err


# --- the data folder ---------------------------------------------------------------------


def test_a_relative_data_folder_works_after_init(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("--data-dir", "hồ sơ", "init", "--role", "unit", "--unit-code", "SO-HNI",
               "--unit-name", "Sở Hà Nội").code == 0  # fmt: skip
    added = cli("--data-dir", "hồ sơ", *ADD, "--title", "Tin")
    assert added.code == 0, added.err
    assert len(listed(cli, Path("hồ sơ"))) == 1


def test_a_data_folder_that_is_a_file_is_named(cli: Cli, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "Dữ liệu"
    not_a_folder.write_bytes(b"a file")
    err = refused_once(init(cli, not_a_folder))
    assert f"{not_a_folder} is a file, not a folder" in err and "--data-dir" in err
    err = refused_once(run(cli, not_a_folder / "con", "activity", "list"))
    assert "is a file, not a folder" in err
    assert not_a_folder.read_bytes() == b"a file"


def test_reading_commands_on_a_missing_folder_create_nothing(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "chưa có"
    for argv in (("activity", "list"), ("status",), ("units", "list"), ("check",)):
        assert "run `init`" in refused_once(run(cli, missing, *argv))
    assert "does not exist" in refused_once(run(cli, missing, "restore", str(tmp_path / "x")))
    assert not missing.exists()


def test_a_read_only_profile_folder_is_not_called_damaged(
    cli: Cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh(cli, data_dir)
    before = files_under(data_dir)
    data_dir.chmod(0o555)  # enough for an ordinary user; as root SQLite and the OS are told
    try:
        if os.name != "nt" and os.geteuid() == 0:
            # What SQLite and the OS answer in a read-only folder (measured as a normal user).
            monkeypatch.setattr(
                "cds_desktop.profile.integrity_problem",
                lambda _db: "attempt to write a readonly database",
            )

            def refuse(*_a: object, **_k: object) -> object:
                raise PermissionError(errno.EACCES, "Permission denied", str(data_dir))

            monkeypatch.setattr("cds_desktop.environment.tempfile.TemporaryFile", refuse)
        err = refused_once(run(cli, data_dir, *ADD, "--title", "Tin"))
    finally:
        data_dir.chmod(0o755)
    assert "cannot be written" in err and "nothing is damaged" in err
    assert "do not restore a backup" in err and "restore the newest" not in err
    assert files_under(data_dir) == before


# --- arguments ---------------------------------------------------------------------------


def test_bytes_that_are_not_utf8_name_the_option(cli: Cli, data_dir: Path) -> None:
    fresh(cli, data_dir)
    before = files_under(data_dir)
    title = b"Tin b\xe0i".decode("utf-8", "surrogateescape")  # Latin-1 from a legacy terminal
    err = refused_once(run(cli, data_dir, *ADD, "--title", title))
    assert err.startswith("error: --title: 'Tin b\ufffdi' is not valid text")
    assert "UTF-8" in err
    err = refused_once(run(cli, data_dir, *ADD, f"--location={title}", "--title", "T"))
    assert err.startswith("error: --location:")
    assert files_under(data_dir) == before


@pytest.mark.parametrize(
    ("option", "value", "field"),
    [
        ("--title", "Tin\a mới", "--title: "),
        ("--title", "\x1b[31mĐỏ", "--title: "),
        ("--location", "Hà\x00Nội", "--location: "),
        ("--description", "Dòng 1\x1b", "--description: "),
        ("--url", "https://bvhttdl.gov.vn/\x07", "--url: "),
    ],
)
def test_control_characters_are_refused_naming_the_field(
    cli: Cli, data_dir: Path, option: str, value: str, field: str
) -> None:
    fresh(cli, data_dir)
    before = files_under(data_dir)
    args = [*ADD, "--title", "T"] if option != "--title" else ADD
    err = refused_once(run(cli, data_dir, *args, option, value))
    assert field in err
    if field != "--url: ":
        assert "control character (U+00" in err
    assert files_under(data_dir) == before


def test_line_breaks_are_kept_in_a_description_and_made_spaces_in_a_title(
    cli: Cli, data_dir: Path
) -> None:
    fresh(cli, data_dir)
    added = run(cli, data_dir, *ADD, "--title", "Hội thảo\nKinh tế số", "--description",
                "Dòng 1\nDòng 2\tcột")  # fmt: skip
    assert added.code == 0, added.err
    [item] = listed(cli, data_dir)
    assert item["title"] == "Hội thảo Kinh tế số"
    assert item["description"] == "Dòng 1\nDòng 2\tcột"


# --- evidence ----------------------------------------------------------------------------


def test_an_empty_evidence_file_is_refused(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    fresh(cli, data_dir)
    empty = tmp_path / "Ảnh.jpg"
    empty.write_bytes(b"")
    before = files_under(data_dir)
    err = refused_once(run(cli, data_dir, *ADD, "--title", "T", "--evidence", str(empty)))
    assert "Ảnh.jpg is empty (0 bytes)" in err
    assert files_under(data_dir) == before


def test_evidence_is_removed_by_file_name_or_hash_prefix(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    photo = tmp_path / "Ảnh.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    activity_id = run(cli, data_dir, *ADD, "--title", "T", "--evidence", str(scan),
                      "--evidence", str(photo), "--link", "https://a.vn/x").out.strip()  # fmt: skip
    [item] = listed(cli, data_dir)
    evidence = item["evidence"]
    assert isinstance(evidence, list) and all(len(e["id"]) == 36 for e in evidence)

    unknown = refused_once(run(cli, data_dir, "activity", "edit", activity_id,
                               "--remove-evidence", "không có.pdf"))  # fmt: skip
    assert "not part of this activity" in unknown and "Biên bản.pdf (id " in unknown

    by_name = run(cli, data_dir, "activity", "edit", activity_id[:8],
                  "--remove-evidence", "Biên bản.pdf")  # fmt: skip
    assert by_name.code == 0, by_name.err
    photo_sha = next(e["sha256"] for e in evidence if e.get("filename") == "Ảnh.jpg")
    by_hash = run(cli, data_dir, "activity", "edit", activity_id, "--remove-evidence",
                  photo_sha[:10], "--remove-evidence", "https://a.vn/x")  # fmt: skip
    assert by_hash.code == 0, by_hash.err
    [after] = listed(cli, data_dir)
    assert after["evidence"] == [] and after["revision"] == 3


# --- ids and edits -----------------------------------------------------------------------


def test_an_id_prefix_is_accepted_and_an_empty_edit_makes_no_revision(
    cli: Cli, data_dir: Path
) -> None:
    fresh(cli, data_dir)
    activity_id = run(cli, data_dir, *ADD, "--title", "Tin").out.strip()
    same = run(cli, data_dir, "activity", "edit", activity_id[:8].upper(), "--title", "Tin")
    assert same.code == 0, same.err
    assert "unchanged (revision 1)" in same.out
    [item] = listed(cli, data_dir)
    assert item["revision"] == 1
    short = refused_once(run(cli, data_dir, "activity", "delete", activity_id[:7]))
    assert "no activity with id" in short
    assert run(cli, data_dir, "activity", "delete", activity_id[:8]).code == 0
    assert listed(cli, data_dir) == []


# --- status ------------------------------------------------------------------------------


def test_status_does_not_count_the_centre_itself(cli: Cli, data_dir: Path) -> None:
    made = run(cli, data_dir, "init", "--role", "centre", "--unit-code", "BO-TTCDS",
               "--unit-name", "Trung tâm Chuyển đổi số")  # fmt: skip
    assert made.code == 0, made.err
    text = run(cli, data_dir, "status").out
    assert text.strip().endswith("0 of 68 units have reported")
    assert "BO-TTCDS" not in text


# --- export ------------------------------------------------------------------------------


def test_export_to_a_new_folder_written_with_a_slash(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    run(cli, data_dir, *ADD, "--title", "Tin")
    folder = tmp_path / "USB mới"
    result = run(cli, data_dir, "export", "--out", f"{folder}{os.sep}")
    assert result.code == 0, result.err
    [package] = list(folder.iterdir())
    assert package.name == "SO-HNI-000001.cdspkg"
    verify_package(package)
    again = run(cli, data_dir, "export", "--out", str(folder))  # an existing folder
    assert again.code == 0, again.err
    assert sorted(p.name for p in folder.iterdir()) == [
        "SO-HNI-000001.cdspkg",
        "SO-HNI-000002.cdspkg",
    ]


def test_export_to_a_name_without_extension_adds_it(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    run(cli, data_dir, *ADD, "--title", "Tin")
    result = run(cli, data_dir, "export", "--out", str(tmp_path / "gói tháng 10"))
    assert result.code == 0, result.err
    assert (tmp_path / "gói tháng 10.cdspkg").is_file()
    assert not (tmp_path / "gói tháng 10").exists()
    assert f"Package: {tmp_path / 'gói tháng 10.cdspkg'}" in result.out


def test_a_partial_export_left_by_a_power_cut_is_removed_next_time(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    run(cli, data_dir, *ADD, "--title", "Tin")
    usb = tmp_path / "USB"
    usb.mkdir()
    stale = usb / ".SO-HNI-000001.cdspkg.0123456789ab.part"
    stale.write_bytes(b"PK half a package")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    running = usb / ".SO-HNI-000001.cdspkg.ba9876543210.part"  # another export, now
    running.write_bytes(b"PK")
    mine = usb / ".hidden.part"  # not ours
    mine.write_bytes(b"x")
    os.utime(mine, (old, old))
    assert run(cli, data_dir, "export", "--out", str(usb)).code == 0
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [running.name, mine.name, "SO-HNI-000001.cdspkg"]
    )


# --- Excel -------------------------------------------------------------------------------


def filled_template(cli: Cli, data: Path, out: Path, rows: list[list[object]]) -> Path:
    assert cli("template", "xlsx", "--out", str(out)).code == 0
    book = openpyxl.load_workbook(out)
    sheet = book[DATA_SHEET]
    for number, values in enumerate(rows, 2):
        for column, value in enumerate(values, 1):
            sheet.cell(number, column, value)
    book.save(out)
    return out


ROW_A = ["Hội thảo Kinh tế số", "Hội thảo", dt.date(2024, 10, 8), None, None, "Hà Nội"]
ROW_B = ["Tin bài tháng 10", "news", "10/10/2024"]


def test_importing_the_same_excel_file_twice_doubles_nothing(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    book = filled_template(cli, data_dir, tmp_path / "Mẫu.xlsx", [ROW_A, ROW_B])
    first = run(cli, data_dir, "activity", "import-xlsx", str(book))
    assert first.code == 0 and "Imported 2 activities" in first.out
    before = files_under(data_dir)
    again = run(cli, data_dir, "activity", "import-xlsx", str(book))
    err = refused_once(again)
    assert "every activity in Mẫu.xlsx is already recorded (2 rows" in err
    assert "imported before" in err
    assert files_under(data_dir) == before
    assert len(listed(cli, data_dir)) == 2


def test_new_rows_added_to_an_imported_file_are_the_only_ones_added(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    book = filled_template(cli, data_dir, tmp_path / "Mẫu.xlsx", [ROW_A, ROW_B])
    assert run(cli, data_dir, "activity", "import-xlsx", str(book)).code == 0
    [first] = [i for i in listed(cli, data_dir) if i["title"] == ROW_A[0]]
    # edited since (more participants): still the same activity
    assert (
        run(cli, data_dir, "activity", "edit", str(first["id"]), "--participants", "90").code == 0
    )
    row_c = ["Tọa đàm dữ liệu", "seminar", "12/10/2024"]
    row_a_again = [" hội thảo  kinh tế số", *ROW_A[1:]]  # case and spacing differ
    book = filled_template(cli, data_dir, tmp_path / "Mẫu 2.xlsx",
                           [row_a_again, ROW_B, row_c, row_c])  # fmt: skip
    result = run(cli, data_dir, "activity", "import-xlsx", str(book))
    assert result.code == 0, result.err
    assert "Imported 1 activities from Mẫu 2.xlsx; 3 already recorded" in result.out
    assert f"row 2 (hội thảo  kinh tế số): already recorded (activity {first['id']})" in (
        result.err
    )
    assert "row 5 (Tọa đàm dữ liệu): the same activity as row 4" in result.err
    titles = sorted(str(i["title"]) for i in listed(cli, data_dir))
    assert titles == ["Hội thảo Kinh tế số", "Tin bài tháng 10", "Tọa đàm dữ liệu"]


def test_a_deleted_activity_is_not_brought_back_by_a_second_import(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    book = filled_template(cli, data_dir, tmp_path / "Mẫu.xlsx", [ROW_A, ROW_B])
    assert run(cli, data_dir, "activity", "import-xlsx", str(book)).code == 0
    [gone] = [i for i in listed(cli, data_dir) if i["title"] == ROW_B[0]]
    assert run(cli, data_dir, "activity", "delete", str(gone["id"])).code == 0
    book = filled_template(cli, data_dir, tmp_path / "Mẫu.xlsx",
                           [ROW_A, ROW_B, ["Mới", "news", "13/10/2024"]])  # fmt: skip
    result = run(cli, data_dir, "activity", "import-xlsx", str(book))
    assert result.code == 0, result.err
    assert "already imported and deleted since" in result.err
    assert sorted(str(i["title"]) for i in listed(cli, data_dir)) == [
        "Hội thảo Kinh tế số",
        "Mới",
    ]


def test_the_report_workbook_is_refused_naming_the_template(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    fresh(cli, data_dir)
    run(cli, data_dir, *ADD, "--title", "Tin một")
    doomed = run(cli, data_dir, *ADD, "--title", "Tin hai").out.strip()
    run(cli, data_dir, "activity", "delete", doomed)
    report = tmp_path / "Báo cáo.xlsx"
    assert run(cli, data_dir, "report", "xlsx", "--out", str(report)).code == 0
    before = files_under(data_dir)
    err = refused_once(run(cli, data_dir, "activity", "import-xlsx", str(report)))
    assert "Báo cáo.xlsx is a report workbook" in err
    assert "`template xlsx`" in err and "“Hướng dẫn”, “Hoạt động”, “Danh mục”" in err
    assert files_under(data_dir) == before
    # its activity sheet alone, copied into a workbook of its own, is recognised too
    source = openpyxl.load_workbook(report)["Hoạt động"]
    alone = openpyxl.Workbook()
    sheet = alone.active
    assert sheet is not None
    sheet.title = "Hoạt động"
    for row in source.iter_rows(values_only=True):
        sheet.append(row)
    alone.save(tmp_path / "chép.xlsx")
    err = refused_once(run(cli, data_dir, "activity", "import-xlsx", str(tmp_path / "chép.xlsx")))
    assert "is a report workbook" in err
    assert [i["title"] for i in listed(cli, data_dir)] == ["Tin một"]


# --- numbers, dates and the words of the command line -----------------------------------


def test_numbers_are_read_as_vietnamese_write_them(cli: Cli, data_dir: Path) -> None:
    fresh(cli, data_dir)
    added = run(cli, data_dir, *ADD, "--title", "T", "--participants", "1.000",
                "--reach", "12 500")  # fmt: skip
    assert added.code == 0, added.err
    [item] = listed(cli, data_dir)
    assert (item["participants"], item["reach"]) == (1000, 12500)


def test_a_huge_number_is_told_it_is_too_large(cli: Cli, data_dir: Path) -> None:
    fresh(cli, data_dir)
    before = files_under(data_dir)
    err = refused_once(run(cli, data_dir, *ADD, "--title", "T", "--reach", "9" * 30))
    assert err.startswith("error: --reach: 999999999999999999999999999999 is too large (at most")
    assert "≥ 0" not in err
    assert files_under(data_dir) == before


@pytest.mark.parametrize(("option", "day"), [("--start", "1900-01-01"), ("--end", "01/01/2999")])
def test_a_date_outside_the_campaign_years_is_refused(
    cli: Cli, data_dir: Path, option: str, day: str
) -> None:
    fresh(cli, data_dir)
    before = files_under(data_dir)
    args = ["activity", "add", "--title", "T", "--form", "news"]
    if option == "--end":
        args += ["--start", "2024-10-01"]
    err = refused_once(run(cli, data_dir, *args, option, day))
    assert f"error: {option}: " in err and "is not in 2024 or 2025" in err
    assert files_under(data_dir) == before
    # a date of the next year (a campaign over the new year) is accepted, with a warning
    late = run(cli, data_dir, *ADD[:-1], "2025-01-05", "--title", "T")
    assert late.code == 0 and "outside the campaign period" in late.err


def test_refusals_use_the_option_names_and_show_the_value(cli: Cli, data_dir: Path) -> None:
    fresh(cli, data_dir)
    err = refused_once(run(cli, data_dir, "activity", "add", "--title", "T", "--form", "news",
                           "--start", "31/02/2024", "--channel", "fax"))  # fmt: skip
    assert "--start: '31/02/2024' is not a date; write 10/10/2024 (dd/mm/yyyy)" in err
    assert "--channel: 'fax' is not one of: in_person," in err
    assert "start_date" not in err and "channels" not in err
    link = refused_once(run(cli, data_dir, *ADD, "--title", "T", "--link", "bvhttdl"))
    assert link.startswith("error: --link: 'bvhttdl' is not a web address")


# --- the centre --------------------------------------------------------------------------


def test_init_centre_defaults_to_its_own_catalog_entry(cli: Cli, data_dir: Path) -> None:
    made = run(cli, data_dir, "init", "--role", "centre")
    assert made.code == 0, made.err
    assert "BO-TTCDS — Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch" in made.out
    assert made.err == ""
    assert run(cli, data_dir, "status").out.strip().endswith("0 of 68 units have reported")


def test_init_of_a_unit_needs_its_code_and_warns_of_a_made_up_one(cli: Cli, tmp_path: Path) -> None:
    err = refused_once(cli("--data-dir", str(tmp_path / "a"), "init", "--role", "unit"))
    assert "--unit-code is required" in err and not (tmp_path / "a").exists()
    listed_unit = cli("--data-dir", str(tmp_path / "b"), "init", "--role", "unit",
                      "--unit-code", "so-hni")  # fmt: skip
    assert listed_unit.code == 0 and "SO-HNI — Sở Văn hóa và Thể thao Hà Nội" in listed_unit.out
    made_up = cli("--data-dir", str(tmp_path / "c"), "init", "--role", "unit",
                  "--unit-code", "SO-XYZ", "--unit-name", "Sở gì đó")  # fmt: skip
    assert made_up.code == 0
    assert made_up.err.startswith("warning: SO-XYZ is not in the unit list")
    err = refused_once(cli("--data-dir", str(tmp_path / "d"), "init", "--role", "unit",
                           "--unit-code", "SO-XYZ"))  # fmt: skip
    assert "--unit-name is required" in err


def test_one_fingerprint_cannot_be_registered_for_two_units(cli: Cli, data_dir: Path) -> None:
    assert run(cli, data_dir, "init", "--role", "centre").code == 0
    unit = cli("--data-dir", str(data_dir.parent / "unit"), "init", "--role", "unit",
               "--unit-code", "SO-HNI")  # fmt: skip
    fingerprint = unit.out.strip().splitlines()[-1].removeprefix("Key fingerprint: ")
    first = run(cli, data_dir, "units", "trust", "--unit-code", "SO-HNI",
                "--fingerprint", fingerprint)  # fmt: skip
    assert first.code == 0, first.err
    before = json.loads(run(cli, data_dir, "units", "list", "--json").out)
    err = refused_once(run(cli, data_dir, "units", "trust", "--unit-code", "SO-HCM",
                           "--fingerprint", fingerprint.lower()))  # fmt: skip
    assert "already registered for unit SO-HNI" in err
    assert json.loads(run(cli, data_dir, "units", "list", "--json").out) == before


def test_import_results_csv_cannot_smuggle_a_formula(tmp_path: Path) -> None:
    from cds_desktop.import_results import write_import_results
    from cds_desktop.packages.importer import ImportResult

    results = [
        ImportResult(tmp_path / "=1+1.cdspkg", "rejected", reason='=HYPERLINK("x")'),
        ImportResult(tmp_path / "-2.cdspkg", "rejected", reason="@SUM(1)"),
    ]
    out = write_import_results(results, tmp_path / "kết quả.csv")
    text = out.read_text(encoding="utf-8-sig")
    assert "'=1+1.cdspkg" in text and "'-2.cdspkg" in text
    assert "'=HYPERLINK" in text and "'@SUM(1)" in text
    assert ",=" not in text and ",-" not in text and ",@" not in text


@pytest.mark.parametrize(
    "command", [["init"], ["units", "add"], ["activity", "add"], ["activity", "edit"]]
)
def test_every_option_of_these_commands_has_help(cli: Cli, command: list[str]) -> None:
    from cds_desktop.cli import build_parser

    parser = build_parser()
    sub = parser
    for name in command:
        action = next(a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction")
        sub = action.choices[name]  # type: ignore[attr-defined]
    for action in sub._actions:
        if action.option_strings and action.dest not in ("help", "data_dir"):
            assert action.help, f"{command} {action.option_strings} has no help"
    text = cli(*command, "--help").out
    if command == ["activity", "add"]:
        assert "08/10/2024" in text and "evidence kept online" in text


# --- a zip that is not a package ---------------------------------------------------------


def _other_zips(folder: Path) -> list[Path]:
    import struct
    import zipfile

    plain = folder / "ảnh hội thảo.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("ảnh/1.jpg", b"\xff\xd8 photo")
    extra = folder / "tài liệu.cdspkg"
    with zipfile.ZipFile(extra, "w") as archive:
        info = zipfile.ZipInfo("a.txt")
        info.extra = struct.pack("<HH", 0x5455, 5) + b"\x01\x00\x00\x00\x00"  # Info-ZIP time
        archive.writestr(info, "a")
    commented = folder / "chú thích.zip"
    with zipfile.ZipFile(commented, "w") as archive:
        archive.comment = b"made by another program"
        archive.writestr("a.txt", "a")
    legacy = folder / "windows.zip"
    with zipfile.ZipFile(legacy, "w") as archive:
        archive.writestr("t\xe0i.txt", "x")
    data = bytearray(legacy.read_bytes())  # a name in the legacy code page, not marked UTF-8
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature) + offset
        struct.pack_into("<H", data, at, struct.unpack_from("<H", data, at)[0] & ~0x800)
    legacy.write_bytes(bytes(data))
    photo = folder / "SO-HNI-000001.cdspkg"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    return [plain, extra, commented, legacy, photo]


def test_a_zip_that_is_not_a_package_is_called_so(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    assert run(cli, data_dir, "init", "--role", "centre").code == 0
    folder = tmp_path / "thư mục"
    folder.mkdir()
    for path in _other_zips(folder):
        err = refused_once(cli("verify", str(path)))
        assert err.startswith(f"error: {path.name} is not a CĐS Desktop package"), err
        assert "b'" not in err and "\\x" not in err
    result = run(cli, data_dir, "import", "--json", *map(str, _other_zips(folder)))
    assert result.code == 1
    packages = json.loads(result.out)["packages"]
    assert {p["status"] for p in packages} == {"rejected"}
    assert {p["reason_code"] for p in packages} == {"not_a_package"}


# --- the README's commands ---------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent


def test_the_program_runs_from_another_folder(tmp_path: Path) -> None:
    import subprocess
    import sys

    data = tmp_path / "Hồ sơ"
    made = subprocess.run(
        [sys.executable, str(ROOT / "cds.py"), "--data-dir", str(data), "init", "--role",
         "unit", "--unit-code", "BO-VP"],
        capture_output=True, cwd=tmp_path, check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr.decode()
    assert "BO-VP — Văn phòng Bộ" in made.stdout.decode("utf-8")
    gui = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, cwd=tmp_path,
        check=False,
    )  # fmt: skip
    assert gui.returncode == 0 and b"--data-dir" in gui.stdout


def test_the_readme_and_docs_stand_on_their_own_in_a_clone() -> None:
    import re

    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = doc.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+)\)", text):
            if target.startswith(("http://", "https://")):
                continue
            assert (doc.parent / target).resolve().is_relative_to(ROOT), (doc.name, target)
            assert (doc.parent / target).exists(), (doc.name, target)
        assert "../shared" not in text, doc.name  # a clone has no ../shared folder
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "a virtual environment" in readme and "is not required" not in readme
    for library in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"):
        assert library in readme
    assert ".venv/bin/python main.py" in readme and ".venv\\Scripts\\python main.py" in readme
    assert "BO-TTCDS" in readme and '-m "not slow"' in readme


def test_a_copied_data_folder_cannot_get_its_key_trusted_for_a_second_unit(
    cli: Cli, tmp_path: Path
) -> None:
    import shutil

    from cds_desktop.profile import create_profile

    centre = tmp_path / "centre"
    assert cli("--data-dir", str(centre), "init", "--role", "centre").code == 0
    hni = create_profile(tmp_path / "hni", "unit", "SO-HNI", "Sở Hà Nội")
    hcm = create_profile(tmp_path / "hcm", "unit", "SO-HCM", "Sở Hồ Chí Minh")
    for source, target in ((hni.paths.private_key, hcm.paths.private_key),
                           (hni.paths.public_key, hcm.paths.public_key)):  # fmt: skip
        shutil.copyfile(source, target)  # the folder of one unit copied for another
    hni.close()
    hcm.close()
    for unit in ("hni", "hcm"):
        run(cli, tmp_path / unit, *ADD, "--title", f"Tin {unit}")
        assert run(cli, tmp_path / unit, "export", "--out", f"{tmp_path / 'usb'}{os.sep}").code == 0
    first = run(
        cli,
        centre,
        "import",
        "--trust-new",
        "--json",
        str(tmp_path / "usb" / "SO-HNI-000001.cdspkg"),
    )
    assert first.code == 0, first.out
    second = run(
        cli,
        centre,
        "import",
        "--trust-new",
        "--json",
        str(tmp_path / "usb" / "SO-HCM-000001.cdspkg"),
    )
    assert second.code == 1
    [result] = json.loads(second.out)["packages"]
    assert (result["status"], result["reason_code"]) == ("rejected", "key_mismatch")
    assert "registered for unit SO-HNI, not SO-HCM" in result["reason"]
    units = {u["unit_code"]: u for u in json.loads(run(cli, centre, "units", "list", "--json").out)}
    assert units["SO-HCM"]["fingerprint"] is None


@pytest.mark.parametrize(
    ("argv", "written"),
    [
        (["template", "xlsx", "--out", "mẫu"], "mẫu.xlsx"),
        (["report", "xlsx", "--out", "báo cáo"], "báo cáo.xlsx"),
        (["report", "pdf", "--out", "báo cáo"], "báo cáo.pdf"),
        (["report", "xlsx", "--out", f"mới{os.sep}"], f"mới{os.sep}Báo cáo.xlsx"),
        (["template", "xlsx", "--out", f"mới{os.sep}"], f"mới{os.sep}Mẫu nhập hoạt động.xlsx"),
    ],
)
def test_documents_get_their_extension_and_a_new_folder_its_default_name(
    cli: Cli, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    argv: list[str], written: str,
) -> None:  # fmt: skip
    fresh(cli, data_dir)
    out = tmp_path / "ra"
    out.mkdir()
    monkeypatch.chdir(out)
    result = run(cli, data_dir, *argv)
    assert result.code == 0, result.err
    assert (out / written).is_file()
    assert sorted(p.name for p in out.iterdir()) == [Path(written).parts[0]]


def test_a_caption_set_to_what_it_was_makes_no_revision(
    unit_profile: Profile, tmp_path: Path
) -> None:
    from cds_desktop.activities import ActivityService, FileInput

    scan = tmp_path / "Biên bản.pdf"
    scan.write_bytes(b"%PDF-1.4")
    service = ActivityService(unit_profile)
    added = service.add({"title": "T", "form": "news", "start_date": "2024-10-01"},
                        [FileInput(scan, "Biên bản họp")])  # fmt: skip
    [evidence] = service.get(added.activity_id).evidence
    same = service.set_caption(added.activity_id, evidence.id, " Biên bản họp ")
    assert (same.changed, same.revision) == (False, 1)
    other = service.set_caption(added.activity_id, evidence.id, "Biên bản")
    assert (other.changed, other.revision) == (True, 2)


def test_a_title_stored_by_an_older_version_is_never_printed_with_raw_escapes(
    cli: Cli, data_dir: Path
) -> None:
    from sqlalchemy import update

    from cds_desktop.models import Activity
    from cds_desktop.profile import open_profile

    fresh(cli, data_dir)
    run(cli, data_dir, *ADD, "--title", "Tin")
    with open_profile(data_dir) as profile, profile.database.session() as session:
        session.execute(update(Activity).values(title="Tin\x1b[31m đỏ\x07"))
    text = run(cli, data_dir, "activity", "list").out
    assert "Tin[31m đỏ" in text and "\x1b" not in text and "\x07" not in text
