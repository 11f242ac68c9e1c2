"""Vietnamese formatting, the date line rule and the report settings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile, create_profile
from cds_desktop.reports.fonts import register_fonts
from cds_desktop.reports.pdf_layout import header_lines
from cds_desktop.reports.settings import (
    ReportSettings,
    default_report_settings,
    load_report_settings,
    save_report_settings,
)
from cds_desktop.reports.vi_format import (
    date_words,
    format_date,
    format_decimal,
    format_int,
    format_size,
    number_line,
    place_date_line,
    upper_vi,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2020, 1, 5), "ngày 05 tháng 01 năm 2020"),
        (dt.date(2020, 2, 28), "ngày 28 tháng 02 năm 2020"),
        (dt.date(2024, 6, 9), "ngày 09 tháng 6 năm 2024"),
        (dt.date(2024, 10, 10), "ngày 10 tháng 10 năm 2024"),
        (dt.date(2024, 3, 15), "ngày 15 tháng 3 năm 2024"),
    ],
)
def test_date_words_pad_the_day_below_10_and_only_january_and_february(
    day: dt.date, expected: str
) -> None:
    assert date_words(day) == expected


def test_place_date_line_and_number_line() -> None:
    assert place_date_line("Hà Nội", dt.date(2020, 1, 5)) == "Hà Nội, ngày 05 tháng 01 năm 2020"
    assert number_line("5", "BC-TTCNTT") == "Số: 05/BC-TTCNTT"
    assert number_line("12", "BC-TTCNTT") == "Số: 12/BC-TTCNTT"
    assert number_line("", "BC-TTCNTT") == "Số:         /BC-TTCNTT"


def test_numbers_dates_and_sizes() -> None:
    assert format_int(0) == "0"
    assert format_int(999) == "999"
    assert format_int(1_234_567) == "1.234.567"
    assert format_decimal(1234.5) == "1.234,5"
    assert format_date(dt.date(2024, 9, 5)) == "05/09/2024"
    assert format_size(512) == "512 B"
    assert format_size(1536 * 1024) == "1,5 MB"


def test_capitals_keep_vietnamese_letters() -> None:
    decomposed = "Văn phòng Bộ".replace("ộ", "o\u0323\u0302")
    assert upper_vi(decomposed) == "VĂN PHÒNG BỘ"


def test_agency_names_break_where_a_clerk_would() -> None:
    fonts = register_fonts()
    lines = [
        line.text
        for line in header_lines("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", fonts.regular, 12, 200)
    ]
    assert lines == ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]
    explicit = header_lines("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG", fonts.regular, 12, 400)
    assert [line.text for line in explicit] == ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"]
    short = header_lines("VĂN PHÒNG BỘ", fonts.bold, 12, 200)
    assert [line.text for line in short] == ["VĂN PHÒNG BỘ"]


def test_defaults_come_from_the_profile(unit_profile: Profile, centre_profile: Profile) -> None:
    unit = default_report_settings(unit_profile)
    assert unit.issuing_body == "VĂN PHÒNG BỘ"
    assert unit.governing_body == "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert unit.signer_title == "CHÁNH VĂN PHÒNG"
    assert unit.number_symbol() == "BC-VP"
    assert unit.recipients[-1] == "Lưu: VT"
    centre = default_report_settings(centre_profile)
    assert centre.issuing_body == "TRUNG TÂM CHUYỂN ĐỔI SỐ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    assert centre.signer_title == "GIÁM ĐỐC"
    assert "Bộ trưởng (để báo cáo)" in centre.recipients


def test_a_provincial_department_reports_to_its_peoples_committee(data_dir: Path) -> None:
    with create_profile(data_dir, "unit", "SO-HNI", "Sở Văn hóa và Thể thao Hà Nội") as profile:
        settings = default_report_settings(profile)
    assert settings.governing_body == "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    assert settings.signer_title == "GIÁM ĐỐC"


def test_settings_round_trip_and_refuse_an_unknown_prefix(unit_profile: Profile) -> None:
    settings = load_report_settings(unit_profile)
    settings.number = "7"
    settings.signer_prefix = "KT."
    settings.signer_subtitle = "Phó Chánh Văn phòng"
    settings.signer_name = "Nguyễn Thị Hạnh"
    settings.recipients = ["Bộ trưởng (để b/c)", "Lưu: VT, TTCNTT"]
    settings.shortcomings = "Một số đơn vị còn chậm."
    save_report_settings(unit_profile, settings)
    again = load_report_settings(unit_profile)
    assert again == settings
    assert again.signer_lines() == ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"]
    with pytest.raises(CdsError, match="signer prefix"):
        save_report_settings(unit_profile, ReportSettings(signer_prefix="XYZ"))
