"""The PDF report read back: Vietnamese text, embedded fonts, layout rules, refusals."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, String

from cds_desktop.activities import ActivityService, LinkInput
from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.reports import charts
from cds_desktop.reports.fonts import register_fonts
from cds_desktop.reports.pdf_layout import header_lines
from cds_desktop.reports.pdf_report import ReportCancelled, write_pdf_report
from cds_desktop.reports.settings import load_report_settings, save_report_settings
from tests.conftest import CliResult
from tests.report_support import pdf_page_texts, seed_centre

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
    assert "12 hoạt động tuyên truyền với 3.000 lượt người tham gia" in everything
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


def test_plan_date_drafting_unit_and_appendix_number(master_pdf: Path) -> None:
    everything = flat(" ".join(page_texts(master_pdf)))
    assert "Thực hiện Quyết định số 1733/QĐ-BVHTTDL ngày 26/06/2024 về việc ban hành" in (
        everything
    )
    assert "- Lưu: VT, TTCDS." in everything  # the drafting unit from the settings
    assert "Phụ lục I DANH SÁCH CÁC HOẠT ĐỘNG TUYÊN TRUYỀN" in everything


def test_header_and_subject_break_where_a_clerk_would(master_pdf: Path, tmp_path: Path) -> None:
    first = pdf_page_texts(master_pdf)[0]
    lines = [line.strip() for line in first.splitlines() if line.strip()]
    # the Ministry's name on one line, level with the national name
    assert "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" in lines[0] and "CỘNG HÒA" in lines[0]
    assert lines[1].startswith("TRUNG TÂM CHUYỂN ĐỔI SỐ")
    subject = lines[lines.index("BÁO CÁO") + 1 : lines.index("I. CĂN CỨ")]
    assert len(subject) == 2 and any("Chuyển đổi số" in line for line in subject)
    for line in lines:
        assert not line.endswith(("Chuyển đổi", "Chuyển", "Văn", "Thể", "Du", "năm")), line


def test_header_lines_never_split_a_word_group() -> None:
    fonts = register_fonts()
    subject = "Kết quả thực hiện Kế hoạch tuyên truyền về Ngày Chuyển đổi số của Bộ năm 2024"
    for width in range(120, 420, 7):
        lines = [line.text for line in header_lines(subject, fonts.bold, 14, width)]
        assert " ".join(lines) == subject
        assert not any(line.endswith(("Chuyển đổi", "Chuyển", "Kế", "năm")) for line in lines)
    agency = header_lines("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", fonts.regular, 12, 180)
    assert [line.text for line in agency] == ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH"]


def test_headings_stay_with_their_table_and_chart(master_pdf: Path) -> None:
    pages = [flat(text) for text in page_texts(master_pdf)]

    def page_of(text: str) -> int:
        return next(i for i, page in enumerate(pages) if text in page)

    assert page_of("2. Kết quả theo hình thức tuyên truyền") == page_of("Bảng 1.")
    assert page_of("4. Diễn biến trong thời gian") == page_of("Biểu đồ 2.")
    assert page_of("ngày cùng có nhiều hoạt động") == page_of("Biểu đồ 2.")


def test_busiest_days_name_every_tie(unit_profile: Profile, tmp_path: Path) -> None:
    service = ActivityService(unit_profile)
    for day in ("2024-09-20", "2024-09-20", "2024-09-22", "2024-09-22", "2024-09-25"):
        service.add({"title": f"Tin bài {day}", "form": "news", "start_date": day})
    out = write_pdf_report(unit_profile, tmp_path / "r.pdf", report_date=DAY)
    text = flat(" ".join(page_texts(out)))
    assert (
        "2 ngày cùng có nhiều hoạt động bắt đầu nhất (2 hoạt động mỗi ngày): 20/09/2024 và "
        "22/09/2024."
    ) in text
    service.add({"title": "Tin bài thêm", "form": "news", "start_date": "2024-09-22"})
    out = write_pdf_report(unit_profile, tmp_path / "r2.pdf", report_date=DAY)
    text = flat(" ".join(page_texts(out)))
    assert "Ngày có nhiều hoạt động bắt đầu nhất là ngày 22/09/2024 (3 hoạt động)." in text
    assert "cùng có nhiều" not in text


def test_chart_labels_are_readable() -> None:
    fonts = register_fonts()
    days = [(dt.date(2024, 9, 15) + dt.timedelta(i), i % 3) for i in range(47)]
    drawings = [
        charts.form_chart(["Hội thảo", "Tập huấn, hướng dẫn"], [3, 12], 450, fonts),
        charts.period_chart(days, 450, fonts),
    ]
    for drawing in drawings:
        sizes = [s.fontSize for s in _strings(drawing)]
        assert sizes and min(sizes) >= 10, sizes


def _strings(node: Any) -> list[String]:
    """Every text a drawing draws (charts expand into groups of shapes when drawn)."""
    if isinstance(node, String):
        return [node]
    if hasattr(node, "draw") and not isinstance(node, Group) and not hasattr(node, "contents"):
        return _strings(node.draw())
    children = getattr(node, "contents", None)
    if children is None and hasattr(node, "getContents"):
        children = node.getContents()
    return [s for child in children or [] for s in _strings(child)]
