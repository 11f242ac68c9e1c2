"""The Excel workbook read back: sheets, typed cells, formats, header style."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from cds_desktop.models import Activity, ImportLog
from cds_desktop.profile import Profile
from cds_desktop.reports.progress import ReportCancelled
from cds_desktop.reports.xlsx_report import write_xlsx_report
from tests.conftest import CliResult
from tests.report_support import seed_centre

Cli = Callable[..., CliResult]


@pytest.fixture
def workbook(centre_profile: Profile, tmp_path: Path) -> openpyxl.Workbook:
    seed_centre(centre_profile, units=2, per_unit=3, reported=1)
    with centre_profile.database.session() as session:
        session.add(
            ImportLog(
                file_name="VP.cdspkg",
                package_id="0b5e6f0e-0000-4000-8000-000000000001",
                package_sha256="cd" * 32,
                unit_code="BO-TCCB",
                signer_fingerprint="5R1W-D163-0A1B-7ANB-GVYH",
                sequence=1,
                status="imported",
                added=3,
            )
        )
        first = session.query(Activity).order_by(Activity.start_date).first()
        assert first is not None
        first.title = '=HYPERLINK("http://evil.example","bấm vào")'
    out = write_xlsx_report(centre_profile, tmp_path / "Báo cáo.xlsx")
    return openpyxl.load_workbook(out)


def test_sheets_and_header_style(workbook: openpyxl.Workbook) -> None:
    assert workbook.sheetnames == [
        "Theo hình thức",
        "Theo đơn vị",
        "Hoạt động",
        "Minh chứng",
        "Đơn vị",
        "Nhật ký nhập",
    ]
    for ws in workbook.worksheets:
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref is not None and ws.auto_filter.ref.startswith("A1:"), ws.title
        header = ws[1]
        assert all(c.font.bold for c in header), ws.title
        assert header[0].fill.fgColor.rgb.endswith("D9E1F2")
        assert ws.column_dimensions["A"].width >= 6


def test_activities_are_typed(workbook: openpyxl.Workbook) -> None:
    ws = workbook["Hoạt động"]
    headers = [c.value for c in ws[1]]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == 6
    col = {h: i for i, h in enumerate(headers)}
    row = rows[1]
    start = row[col["Ngày bắt đầu"]]
    assert isinstance(start.value, dt.datetime) and start.number_format == "dd/mm/yyyy"
    participants = row[col["Số người tham gia"]]
    assert isinstance(participants.value, int) and participants.number_format == "#,##0"
    assert row[col["Số minh chứng"]].value == 2
    assert row[col["Hình thức"]].value in {
        "Hội thảo",
        "Tập huấn, hướng dẫn",
        "Bài đăng mạng xã hội",
    }
    assert row[col["Kênh"]].value == "Trực tiếp; Mạng xã hội"
    assert row[col["Cơ quan, đơn vị"]].value == "Vụ Tổ chức cán bộ"
    assert isinstance(row[col["Cập nhật lúc"]].value, dt.datetime)
    assert ws.auto_filter.ref == f"A1:S{len(rows) + 1}"
    # a title from a unit's package stays text, never a formula
    titles = [r[col["Tên hoạt động"]] for r in rows]
    evil = next(c for c in titles if str(c.value).startswith("="))
    assert evil.data_type == "s"


def test_summaries_have_totals(workbook: openpyxl.Workbook) -> None:
    forms = workbook["Theo hình thức"]
    rows = [[c.value for c in r] for r in forms.iter_rows(min_row=2)]
    assert rows[-1][1] == "Tổng cộng"
    assert rows[-1][3] == 6 and rows[-1][4] == 2 * (100 + 200 + 300)
    workshop = next(r for r in rows if r[2] == "workshop")
    assert workshop[1] == "Hội thảo" and workshop[3] == 2
    assert forms.auto_filter.ref == f"A1:G{len(rows)}"  # the total row is outside the filter
    units = [[c.value for c in r] for r in workbook["Theo đơn vị"].iter_rows(min_row=2)]
    assert units[0][1:4] == ["BO-TCCB", "Vụ Tổ chức cán bộ", "Đã gửi"]
    assert units[1][3] == "Chưa gửi"
    assert units[-1][2] == "Tổng cộng" and units[-1][4] == 6


def test_evidence_units_and_import_log(workbook: openpyxl.Workbook) -> None:
    evidence = [[c.value for c in r] for r in workbook["Minh chứng"].iter_rows(min_row=2)]
    assert len(evidence) == 12
    file_row = next(r for r in evidence if r[3] == "Tệp")
    assert file_row[4] == "Ảnh hội thảo.jpg" and file_row[6] == 123_456 and file_row[7] == "ab" * 32
    link_row = next(r for r in evidence if r[3] == "Liên kết")
    assert link_row[8] == "https://bvhttdl.gov.vn/anh" and link_row[6] is None
    status = [[c.value for c in r] for r in workbook["Đơn vị"].iter_rows(min_row=2)]
    assert status[0][4] == "Đã gửi báo cáo" and isinstance(status[0][6], dt.datetime)
    assert status[1][4] == "Chưa gửi báo cáo" and status[1][6] is None
    log = [[c.value for c in r] for r in workbook["Nhật ký nhập"].iter_rows(min_row=2)]
    assert log[0][1] == "VP.cdspkg" and log[0][7] == "Đã nhập" and log[0][10] == 3
    assert log[0][8:10] == [None, None]  # an imported package needs no reason


def test_unit_workbook_has_no_import_log(unit_profile: Profile, tmp_path: Path) -> None:
    out = write_xlsx_report(unit_profile, tmp_path / "u.xlsx")
    workbook = openpyxl.load_workbook(out)
    assert "Nhật ký nhập" not in workbook.sheetnames
    assert workbook["Hoạt động"].max_row == 1  # header only
    assert [c.value for c in workbook["Đơn vị"][2]][1] == "BO-VP"


def test_cancel_leaves_no_file(centre_profile: Profile, tmp_path: Path) -> None:
    seed_centre(centre_profile, units=1, per_unit=1)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ReportCancelled):
        write_xlsx_report(centre_profile, folder / "r.xlsx", should_cancel=lambda: True)
    assert list(folder.iterdir()) == []


def test_cli_report_xlsx(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "centre"
    assert cli("--data-dir", str(data), "init", "--role", "centre", "--unit-code", "BO-TTCNTT",
               "--unit-name", "Trung tâm Công nghệ thông tin").code == 0  # fmt: skip
    out = tmp_path / "bc.xlsx"
    result = cli("--data-dir", str(data), "report", "xlsx", "--out", str(out))
    assert result.code == 0, result.err
    assert "Nhật ký nhập" in openpyxl.load_workbook(out).sheetnames
    missing = cli(
        "--data-dir", str(data), "report", "xlsx", "--out", str(tmp_path / "x" / "a.xlsx")
    )
    assert missing.code == 1 and "does not exist" in missing.err
