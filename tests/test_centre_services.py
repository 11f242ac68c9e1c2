"""Core services behind the centre's GUI: dashboard figures, unit edit, the not-reported
list, saving import results."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from cds_desktop.activities import ActivityService
from cds_desktop.chase_list import not_reported, write_not_reported_xlsx
from cds_desktop.dashboard import WEEK, load_dashboard
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.import_outcomes import REASON_VI, reason_vi
from cds_desktop.import_results import write_import_results
from cds_desktop.packages.format import REJECTION_CODES
from cds_desktop.packages.importer import import_packages
from cds_desktop.profile import Profile
from cds_desktop.units import UnitService
from tests.package_helpers import export, make_centre, make_unit


@pytest.fixture
def centre_profile(tmp_path: Path, centre_url: str | None) -> Iterator[Profile]:
    """The centre on SQLite and on PostgreSQL: the same services, the same answers."""
    profile = make_centre(tmp_path, url=centre_url)
    yield profile
    profile.close()


@pytest.fixture
def imported(tmp_path: Path, centre_profile: Profile) -> Profile:
    units = [make_unit(tmp_path, code, seed=n) for n, code in enumerate(["SO-HNI", "SO-HCM"], 1)]
    paths = [export(u, tmp_path / "out") for u in units]
    for unit in units:
        unit.close()
    results = import_packages(centre_profile, paths, trust_new=True)
    assert [r.status for r in results] == ["imported", "imported"]
    return centre_profile


def test_dashboard_totals_forms_units_and_timeline(imported: Profile) -> None:
    board = load_dashboard(imported)
    assert board.totals.activities == 4 and board.totals.participants == 500
    assert board.units_reported == 2
    assert board.units_expected == len(UnitService(imported).list_units()) - 1
    assert [(b.code, b.value) for b in board.by_form] == [
        ("news", 2),
        ("workshop", 2),
    ]  # ties: catalog order
    assert sorted((b.code, b.value) for b in board.by_unit) == [("SO-HCM", 2), ("SO-HNI", 2)]
    days = dict(board.timeline())
    assert days[dt.date(2024, 10, 8)] == 2 and days[dt.date(2024, 10, 10)] == 2
    weeks = board.timeline(WEEK)
    assert weeks[0][0] == dt.date(2024, 9, 15) and len(weeks) == 7
    assert sum(n for _d, n in weeks) == 4
    assert weeks[3] == (dt.date(2024, 10, 6), 4)
    assert board.default_step() == "day"
    with pytest.raises(ValueError):
        board.timeline("month")


def test_dashboard_groups_the_small_units_as_others(imported: Profile) -> None:
    board = load_dashboard(imported, top_units=1)
    assert len(board.by_unit) == 2
    assert board.by_unit[1].code is None and board.by_unit[1].value == 2


def test_empty_dashboard(centre_profile: Profile) -> None:
    board = load_dashboard(centre_profile)
    assert board.totals.activities == 0 and board.by_form == [] and board.by_unit == []
    assert board.units_reported == 0


def test_unit_edit_renames_regroups_and_reorders(centre_profile: Profile) -> None:
    service = UnitService(centre_profile)
    view = service.edit("so-hni", name="  Sở Văn hóa và Thể thao Hà Nội mới ", group="province",
                        sort_order=3)  # fmt: skip
    assert (view.name, view.group, view.sort_order) == (
        "Sở Văn hóa và Thể thao Hà Nội mới",
        "province",
        3,
    )
    with pytest.raises(CdsError):
        service.edit("KHONG-CO", name="x")
    with pytest.raises(CdsError):
        service.edit("SO-HNI", group="nowhere")
    with pytest.raises(CdsError):
        service.edit("SO-HNI", sort_order=0)
    with pytest.raises(ValidationError):
        service.edit("SO-HNI", name="   ")


def test_not_reported_list_in_excel(imported: Profile, tmp_path: Path) -> None:
    missing = not_reported(imported)
    codes = [s.unit_code for s in missing]
    assert "SO-HNI" not in codes and "SO-HCM" not in codes and "BO-TTCDS" not in codes
    out = tmp_path / "chưa gửi.xlsx"
    assert write_not_reported_xlsx(imported, out) == len(missing)
    sheet = openpyxl.load_workbook(out)["Chưa gửi báo cáo"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert [r[2] for r in rows[1:]] == [s.unit_name for s in missing]
    assert rows[1][4] == "Chưa đăng ký"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref


def test_every_rejection_reason_has_its_vietnamese_words() -> None:
    assert set(REASON_VI) == {*REJECTION_CODES, "duplicate", "stale"}
    assert len(set(REASON_VI.values())) == len(REASON_VI)
    assert reason_vi("rejected", "key_mismatch") == "Khóa ký khác khóa đã đăng ký"
    assert reason_vi("rejected", "") == reason_vi("rejected", "invalid")
    assert reason_vi("imported", "") == ""


def test_import_results_as_csv_and_excel(tmp_path: Path, centre_profile: Profile) -> None:
    unit = make_unit(tmp_path)
    path = export(unit, tmp_path / "out")
    unit.close()
    results = import_packages(centre_profile, [path, path], trust_new=True)
    target = write_import_results(results, tmp_path / "kết quả.csv")
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][0] == "Tệp" and [r[3] for r in rows[1:]] == ["Đã nhập", "Trùng lặp"]
    assert rows[0][7:9] == ["Lý do", "Chi tiết"]
    assert rows[2][7:9] == ["Gói đã được nhập trước đây", "already imported"]
    book = write_import_results(results, tmp_path / "kết quả.xlsx")
    sheet = openpyxl.load_workbook(book).active
    assert sheet is not None and sheet.max_row == 3
    with pytest.raises(CdsError):
        write_import_results(results, tmp_path / "không có" / "x.csv")
    assert ActivityService(centre_profile).list_rows()[0].unit_code == "SO-HNI"
