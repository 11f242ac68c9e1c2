"""The bulk-entry template and its import: round trip, and every way a file is refused."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import openpyxl.xml
import pytest

from cds_desktop.activities import ActivityService
from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.reports import xlsx_import
from cds_desktop.reports.xlsx_import import XlsxRejected, import_activities_xlsx
from cds_desktop.reports.xlsx_template import DATA_SHEET, write_template
from tests.conftest import CliResult

Cli = Callable[..., CliResult]


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return write_template(tmp_path / "Mẫu nhập.xlsx")


def fill(template: Path, rows: dict[int, list[object]], out: Path) -> Path:
    """Write values into the data sheet at the given sheet rows (1-based, A onwards)."""
    workbook = openpyxl.load_workbook(template)
    ws = workbook[DATA_SHEET]
    for row, values in rows.items():
        for column, value in enumerate(values, 1):
            ws.cell(row=row, column=column, value=value)
    workbook.save(out)
    return out


GOOD = [
    "Hội thảo “Kinh tế số”", "Hội thảo", dt.date(2024, 10, 8), dt.date(2024, 10, 9),
    "Trực tiếp; Mạng xã hội", "Nhà hát Lớn Hà Nội", "Văn phòng Bộ", 250, 12000,
    "Kinh tế số", "https://bvhttdl.gov.vn/a", "Ứng dụng số", "Báo Văn hóa",
]  # fmt: skip


def test_template_has_instructions_lists_and_validations(template: Path) -> None:
    workbook = openpyxl.load_workbook(template)
    assert workbook.sheetnames == ["Hướng dẫn", "Hoạt động", "Danh mục"]
    assert workbook["Danh mục"].sheet_state == "hidden"
    assert workbook.active is not None and workbook.active.title == DATA_SHEET
    ws = workbook[DATA_SHEET]
    headers = [c.value for c in ws[1]]
    assert headers[:4] == [
        "Tên hoạt động (*)",
        "Hình thức (*)",
        "Ngày bắt đầu (*)",
        "Ngày kết thúc",
    ]
    assert ws.freeze_panes == "A2"
    validations = {str(v.sqref): v for v in ws.data_validations.dataValidation}
    assert validations["B2:B2001"].type == "list"
    assert validations["B2:B2001"].formula1 == "='Danh mục'!$A$2:$A$16"
    assert validations["E2:E2001"].formula1 == "='Danh mục'!$B$2:$B$7"  # channels
    assert validations["J2:J2001"].type == "list"  # topics
    assert validations["C2:C2001"].type == "date"
    assert validations["H2:H2001"].type == "whole"
    assert ws["C2"].number_format == "dd/mm/yyyy"
    lists = workbook["Danh mục"]
    assert lists["A2"].value == "Chuyên đề" and lists["B2"].value == "Trực tiếp"
    assert "Hướng dẫn" in workbook.sheetnames
    assert workbook["Hướng dẫn"]["A1"].value.startswith("MẪU NHẬP HOẠT ĐỘNG")


def test_round_trip(unit_profile: Profile, template: Path, tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(template)
    ws = workbook[DATA_SHEET]
    ws.cell(row=1, column=20, value="Ghi chú riêng")  # an extra column is ignored
    for column, value in enumerate(GOOD, 1):
        ws.cell(row=2, column=column, value=value)
    ws.cell(row=2, column=20, value="không nhập")
    # row 3 left empty: skipped; row 4 typed as text, codes instead of labels
    for column, value in enumerate(["Tin bài tháng 9", "news", "10/09/2024", None, "website",
                                    None, None, "1.234", None, "ai; blockchain"], 1):  # fmt: skip
        ws.cell(row=4, column=column, value=value)
    workbook.save(tmp_path / "filled.xlsx")

    results = import_activities_xlsx(unit_profile, tmp_path / "filled.xlsx").added
    assert len(results) == 2
    assert results[0].warnings == []
    assert "outside the campaign period" in results[1].warnings[0]  # 10/09 is before 15/09
    views = {v.data.title: v.data for v in ActivityService(unit_profile).list_activities()}
    first = views["Hội thảo “Kinh tế số”"]
    assert first.form == "workshop"
    assert first.channels == ["in_person", "social"]
    assert (first.start_date, first.end_date) == (dt.date(2024, 10, 8), dt.date(2024, 10, 9))
    assert (first.participants, first.reach) == (250, 12000)
    assert first.topics == ["digital_economy"] and first.partners == "Báo Văn hóa"
    second = views["Tin bài tháng 9"]
    assert second.form == "news" and second.participants == 1234
    assert second.start_date == second.end_date == dt.date(2024, 9, 10)
    assert second.topics == ["ai", "blockchain"]


def test_bad_rows_refuse_the_whole_file(
    unit_profile: Profile, template: Path, tmp_path: Path
) -> None:
    path = fill(
        template,
        {
            2: GOOD,
            3: ["", "Hội thảo", "2024-10-08"],
            5: ["Sai", "Múa lân", "32/13/2024", None, "Bồ câu", None, None, -5, "nhiều"],
            6: ["Ngược", "Tọa đàm", dt.date(2024, 10, 9), dt.date(2024, 10, 8)],
        },
        tmp_path / "bad.xlsx",
    )
    with pytest.raises(XlsxRejected) as caught:
        import_activities_xlsx(unit_profile, path)
    errors = [(e.row, e.column) for e in caught.value.row_errors]
    assert errors == [
        (3, "Tên hoạt động"),
        (5, "Hình thức"),
        (5, "Ngày bắt đầu"),
        (5, "Kênh"),
        (5, "Số người tham gia"),
        (5, "Lượt tiếp cận"),
        (6, "Ngày kết thúc"),
    ]
    assert "3 rows refused" in str(caught.value)
    assert str(caught.value.row_errors[0]).startswith('row 3, column "Tên hoạt động": ')
    assert ActivityService(unit_profile).list_activities() == []


def test_refusals_of_files_that_are_not_the_template(
    unit_profile: Profile, template: Path, tmp_path: Path
) -> None:
    def refused(path: Path, message: str) -> None:
        with pytest.raises(CdsError, match=message) as caught:
            import_activities_xlsx(unit_profile, path)
        assert not isinstance(caught.value, XlsxRejected)

    text = tmp_path / "notes.xlsx"
    text.write_text("Tên hoạt động;Hình thức\n", encoding="utf-8")
    refused(text, "is not an Excel workbook")
    refused(tmp_path / "missing.xlsx", "does not exist")

    encrypted = tmp_path / "protected.xlsx"
    encrypted.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504)
    refused(encrypted, "password-protected or in the old .xls format")

    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(template.read_bytes()[: template.stat().st_size // 2])
    refused(truncated, "not an Excel workbook|damaged")

    other_zip = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("readme.txt", "xin chào")
    refused(other_zip, "is not an Excel workbook")

    corrupt = tmp_path / "corrupt.xlsx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(corrupt, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    refused(corrupt, "damaged")

    other_sheet = tmp_path / "other.xlsx"
    workbook = openpyxl.Workbook()
    assert workbook.active is not None
    workbook.active.title = "Sheet1"
    workbook.save(other_sheet)
    refused(other_sheet, "has no sheet “Hoạt động”")

    no_column = tmp_path / "no-column.xlsx"
    workbook = openpyxl.Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = DATA_SHEET
    ws.append(["Tên hoạt động", "Ngày bắt đầu"])
    ws.append(["Hội thảo", "08/10/2024"])
    workbook.save(no_column)
    refused(no_column, "lacks the column\\(s\\) “Hình thức”")

    refused(template, "has no activities")  # the template as it comes: no rows
    assert ActivityService(unit_profile).list_activities() == []


def test_a_template_saved_by_an_earlier_version_still_imports(
    unit_profile: Profile, tmp_path: Path
) -> None:
    """Its headers said "Đơn vị tổ chức" and "Số người tham dự" (one term per notion now)."""
    old = tmp_path / "mẫu cũ.xlsx"
    workbook = openpyxl.Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = DATA_SHEET
    ws.append(["Tên hoạt động", "Hình thức", "Ngày bắt đầu", "Đơn vị tổ chức", "Số người tham dự"])
    ws.append(["Hội thảo", "Hội thảo", "08/10/2024", "Văn phòng Bộ", 250])
    workbook.save(old)
    import_activities_xlsx(unit_profile, old)
    [row] = ActivityService(unit_profile).list_activities()
    view = ActivityService(unit_profile).get(row.id)
    assert (view.data.organiser, view.data.participants) == ("Văn phòng Bộ", 250)


def test_xml_is_parsed_with_defusedxml(
    unit_profile: Profile, template: Path, tmp_path: Path
) -> None:
    assert openpyxl.xml.DEFUSEDXML is True
    filled = fill(template, {2: GOOD}, tmp_path / "filled.xlsx")
    bomb = tmp_path / "bomb.xlsx"
    entity = (
        b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    with zipfile.ZipFile(filled) as source, zipfile.ZipFile(bomb, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = entity + data.replace(b"<v>", b"<v>&lol2;", 1)
            target.writestr(item, data)
    with pytest.raises(CdsError, match=r"damaged.*\((DTDForbidden|EntitiesForbidden)"):
        import_activities_xlsx(unit_profile, bomb)


def test_oversized_archives_are_refused(
    unit_profile: Profile, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx_import, "MAX_UNCOMPRESSED", 1000)
    with pytest.raises(CdsError, match="too large"):
        import_activities_xlsx(unit_profile, template)


def test_cli_template_and_import(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "profile"
    assert cli("--data-dir", str(data), "init", "--role", "unit", "--unit-code", "BO-VP",
               "--unit-name", "Văn phòng Bộ").code == 0  # fmt: skip
    template = tmp_path / "mau.xlsx"
    made = cli("template", "xlsx", "--out", str(template))
    assert made.code == 0 and template.is_file()

    bad = fill(template, {2: GOOD, 3: ["X", "?", "hôm nay"], 4: ["", "news", "2024-10-01"]},
               tmp_path / "bad.xlsx")  # fmt: skip
    refused = cli("--data-dir", str(data), "activity", "import-xlsx", str(bad))
    assert refused.code == 1
    lines = refused.err.splitlines()
    assert lines[0] == "error: 2 rows refused in bad.xlsx; nothing was saved"
    assert lines[1].startswith('  row 3, column "Hình thức": ')
    assert lines[2].startswith('  row 3, column "Ngày bắt đầu": ')
    assert lines[3].startswith('  row 4, column "Tên hoạt động": ')
    listed = cli("--data-dir", str(data), "activity", "list", "--json")
    assert listed.out.strip() == "[]"

    good = fill(template, {2: GOOD}, tmp_path / "good.xlsx")
    imported = cli("--data-dir", str(data), "activity", "import-xlsx", str(good))
    assert imported.code == 0, imported.err
    assert "Imported 1 activities" in imported.out
    assert "Hội thảo “Kinh tế số”" in cli("--data-dir", str(data), "activity", "list").out
    assert cli("activity", "import-xlsx", "--help").code == 0
    assert cli("template", "xlsx").code == 2
