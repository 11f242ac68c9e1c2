"""The PDF report read back: Vietnamese text, embedded fonts, layout rules, refusals."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from cds_desktop.activities import ActivityService, LinkInput
from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.reports.pdf_report import ReportCancelled, write_pdf_report
from cds_desktop.reports.settings import load_report_settings, save_report_settings
from tests.conftest import CliResult
from tests.report_support import seed_centre

Cli = Callable[..., CliResult]
DAY = dt.date(2024, 11, 5)


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Extracted text with line breaks joined, to find phrases a line may split."""
    return " ".join(text.split())


@pytest.fixture
def master_pdf(centre_profile: Profile, tmp_path: Path) -> Path:
    seed_centre(centre_profile, units=3, per_unit=4, reported=2)
    settings = load_report_settings(centre_profile)
    settings.number = "5"
    settings.signer_prefix = "KT."
    settings.signer_subtitle = "Phó Giám đốc"
    settings.signer_name = "Nguyễn Văn Hùng"
    settings.shortcomings = "Một số đơn vị gửi báo cáo chậm so với thời hạn."
    settings.proposals = "Đề nghị các đơn vị tiếp tục đẩy mạnh tuyên truyền."
    save_report_settings(centre_profile, settings)
    return write_pdf_report(centre_profile, tmp_path / "Báo cáo tổng hợp.pdf", report_date=DAY)


def test_master_report_holds_the_vietnamese_texts_exactly(master_pdf: Path) -> None:
    pages = page_texts(master_pdf)
    first = pages[0]
    assert unicodedata.is_normalized("NFC", first)
    for text in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 05/BC-TTCDS",
        "Hà Nội, ngày 05 tháng 11 năm 2024",
        "BÁO CÁO",
        "I. CĂN CỨ",
        "II. KẾT QUẢ THỰC HIỆN",
    ):
        assert text in first, text
    assert "BỘ VĂN HÓA, THỂ THAO" in first and "TRUNG TÂM CHUYỂN ĐỔI SỐ" in first
    everything = flat(" ".join(pages))
    for text in (
        "Phổ cập hạ tầng số và sáng tạo ứng dụng số",
        "15/09/2024",
        "31/10/2024",
        "Bảng 1. Kết quả theo hình thức tuyên truyền",
        "Biểu đồ 1.",
        "Biểu đồ 2.",
        "Vụ Tổ chức cán bộ",
        "Vụ Kế hoạch - Tài chính",
        "Các cơ quan, đơn vị chưa gửi báo cáo",
        "Vụ Pháp chế",  # the third unit has not reported
        "III. TỒN TẠI, HẠN CHẾ",
        "Một số đơn vị gửi báo cáo chậm so với thời hạn.",
        "IV. NHIỆM VỤ, KIẾN NGHỊ",
        "./.",
        "Nơi nhận:",
        "- Bộ trưởng (để báo cáo);",
        "- Lưu: VT, TTCDS.",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn Hùng",
        "Phụ lục I",
        "Ể Ệ Ị Ộ ự ạ ậ",
        "Tổng cộng",
    ):
        assert text in everything, text
    # 3 units × 4 activities; 100+200+300+400 participants each; thousands with "."
    assert "12 hoạt động tuyên truyền với 3.000 lượt người tham dự" in everything
    assert "Đến ngày 05/11/2024, 2/68 cơ quan, đơn vị đã gửi báo cáo" in everything


def test_every_font_is_embedded_and_is_ours(master_pdf: Path) -> None:
    reader = PdfReader(master_pdf)
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts, "no fonts found"
    for name, font in fonts.items():
        assert "LiberationSerif" in name, name
        assert "/FontFile2" in font["/FontDescriptor"], f"{name} is not embedded"
    assert {n.split("+")[1] for n in fonts} == {
        "LiberationSerif",
        "LiberationSerif-Bold",
        "LiberationSerif-Italic",
        "LiberationSerif-BoldItalic",
    }


def test_a4_pages_numbered_from_page_two_and_a_landscape_appendix(master_pdf: Path) -> None:
    reader = PdfReader(master_pdf)
    pages = page_texts(master_pdf)
    first_box = reader.pages[0].mediabox
    assert (round(float(first_box.width)), round(float(first_box.height))) == (595, 842)
    assert not pages[0].lstrip().startswith("1")
    assert pages[1].lstrip().split("\n")[0].strip() == "2"
    appendix = next(i for i, text in enumerate(pages) if "DANH SÁCH CÁC HOẠT ĐỘNG" in text)
    box = reader.pages[appendix].mediabox
    assert float(box.width) > float(box.height)  # landscape
    assert "Kèm theo Báo cáo số 05/BC-TTCDS ngày 05 tháng 11 năm 2024" in flat(pages[appendix])
    assert not pages[appendix].lstrip().startswith(str(appendix + 1))  # numbered apart


def test_unit_report_covers_the_unit_alone(unit_profile: Profile, tmp_path: Path) -> None:
    service = ActivityService(unit_profile)
    service.add(
        {
            "title": "Tọa đàm “Chuyển đổi số ngành văn hóa”",
            "form": "seminar",
            "start_date": "2024-10-10",
            "participants": "1234",
            "reach": "56789",
        },
        links=[LinkInput("https://bvhttdl.gov.vn/toa-dam")],
    )
    progress: list[tuple[int, int]] = []
    out = write_pdf_report(
        unit_profile,
        tmp_path / "unit.pdf",
        progress=lambda done, total: progress.append((done, total)),
        report_date=dt.date(2024, 6, 9),
    )
    text = flat(" ".join(page_texts(out)))
    assert "VĂN PHÒNG BỘ" in text
    assert "Hà Nội, ngày 09 tháng 6 năm 2024" in text
    assert "Văn phòng Bộ đã tổ chức 1 hoạt động tuyên truyền với 1.234 lượt người" in text
    assert "56.789" in text
    assert "Tọa đàm “Chuyển đổi số ngành văn hóa”" in text
    assert "chưa gửi báo cáo" not in text
    assert progress and progress[-1][0] == progress[-1][1]


def test_decomposed_text_is_composed_in_the_pdf(unit_profile: Profile, tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Hội nghị trực tuyến toàn quốc")
    settings = load_report_settings(unit_profile)
    settings.shortcomings = decomposed
    out = write_pdf_report(unit_profile, tmp_path / "r.pdf", settings=settings, report_date=DAY)
    assert "Hội nghị trực tuyến toàn quốc" in flat(" ".join(page_texts(out)))


def test_cancel_leaves_no_file(centre_profile: Profile, tmp_path: Path) -> None:
    seed_centre(centre_profile, units=2, per_unit=2)
    out = tmp_path / "r.pdf"
    with pytest.raises(ReportCancelled):
        write_pdf_report(centre_profile, out, should_cancel=lambda: True)
    assert list(tmp_path.glob("*.pdf*")) == [] and list(tmp_path.glob(".report-*")) == []


def test_refuses_a_missing_folder(unit_profile: Profile, tmp_path: Path) -> None:
    with pytest.raises(CdsError, match="does not exist"):
        write_pdf_report(unit_profile, tmp_path / "no such folder" / "r.pdf")
    with pytest.raises(CdsError, match="is a folder"):
        write_pdf_report(unit_profile, tmp_path)


def test_cli_report_pdf_with_overrides(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "profile"
    assert cli("--data-dir", str(data), "init", "--role", "unit", "--unit-code", "BO-VP",
               "--unit-name", "Văn phòng Bộ").code == 0  # fmt: skip
    out = tmp_path / "bc.pdf"
    result = cli(
        "--data-dir", str(data), "report", "pdf", "--out", str(out), "--date", "05/01/2020",
        "--number", "3", "--shortcomings", "Chưa có kinh phí.", "--proposals", "Bổ sung kinh phí.",
    )  # fmt: skip
    assert result.code == 0, result.err
    text = flat(" ".join(page_texts(out)))
    assert "Số: 03/BC-VP" in text
    assert "Hà Nội, ngày 05 tháng 01 năm 2020" in text
    assert "Chưa có kinh phí." in text and "Bổ sung kinh phí." in text
    bad = cli("--data-dir", str(data), "report", "pdf", "--out", str(out), "--date", "hôm qua")
    assert bad.code == 1 and bad.err.startswith("error: ") and bad.err.count("\n") == 1
    assert cli("report", "pdf", "--help").code == 0
    assert cli("--data-dir", str(data), "report", "pdf").code == 2  # --out is required
