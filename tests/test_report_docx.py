"""The Word report read back with python-docx, and as LibreOffice prints it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from cds_desktop.profile import Profile
from cds_desktop.reports.docx_report import write_docx_report
from cds_desktop.reports.pdf_report import ReportCancelled
from cds_desktop.reports.settings import load_report_settings, save_report_settings
from tests.conftest import CliResult
from tests.report_support import libreoffice_pdf, pdf_page_texts, seed_centre

Cli = Callable[..., CliResult]
DAY = dt.date(2024, 11, 5)


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture
def master_docx(centre_profile: Profile, tmp_path: Path) -> Path:
    seed_centre(centre_profile, units=3, per_unit=4, reported=2)
    settings = load_report_settings(centre_profile)
    settings.number = "5"
    settings.signer_prefix = "KT."
    settings.signer_subtitle = "Phó Giám đốc"
    settings.signer_name = "Nguyễn Văn Hùng"
    settings.shortcomings = "Một số đơn vị gửi báo cáo chậm so với thời hạn."
    save_report_settings(centre_profile, settings)
    return write_docx_report(centre_profile, tmp_path / "Báo cáo tổng hợp.docx", report_date=DAY)


def mm(length: Any) -> float:
    return round(length.mm)


def cell_lines(cell: Any) -> list[str]:
    """A table cell's lines: its paragraphs split at Word line breaks."""
    return [line for p in cell.paragraphs for line in p.text.split("\n") if line.strip()]


def test_page_setup_a4_margins_font_and_numbering(master_docx: Path) -> None:
    doc = Document(str(master_docx))
    body, appendix = doc.sections  # the appendix is a section of its own
    assert (mm(body.page_width), mm(body.page_height)) == (210, 297)
    assert (mm(body.top_margin), mm(body.bottom_margin)) == (20, 20)
    assert (mm(body.left_margin), mm(body.right_margin)) == (30, 15)
    assert (mm(appendix.page_width), mm(appendix.page_height)) == (297, 210)  # landscape
    assert (mm(appendix.left_margin), mm(appendix.top_margin)) == (30, 20)
    assert appendix.orientation == 1
    for section in (body, appendix):
        # no number on the first page; a PAGE field from the second page
        assert section.different_first_page_header_footer
        assert "PAGE" in "".join(
            t.text or "" for t in section.header._element.iter(qn("w:instrText"))
        )
        assert not list(section.first_page_header._element.iter(qn("w:instrText")))
    number_type = appendix._sectPr.find(qn("w:pgNumType"))
    assert number_type is not None and number_type.get(qn("w:start")) == "1"
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Times New Roman"
    }
    assert not [k for k in fonts.attrib if k.endswith("Theme")]  # never a theme font
    assert mm(normal.paragraph_format.first_line_indent) == 10


def test_header_blocks_number_date_and_subject(master_docx: Path) -> None:
    doc = Document(str(master_docx))
    header = doc.tables[0]
    assert header._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top")).get(qn("w:val")) == "nil"
    left, right = header.rows[0].cells
    assert cell_lines(left) == [
        "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",  # on one line
        "TRUNG TÂM CHUYỂN ĐỔI SỐ",
        "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    ]
    assert left.paragraphs[1].runs[0].bold and not left.paragraphs[0].runs[0].bold
    assert left.paragraphs[-1]._p.pPr.find(qn("w:pBdr")) is not None  # the short rule
    assert cell_lines(right) == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert right.paragraphs[1]._p.pPr.find(qn("w:pBdr")) is not None  # rule under the motto
    number, date = header.rows[1].cells
    assert number.text == "Số: 05/BC-TTCDS"
    assert date.text == "Hà Nội, ngày 05 tháng 11 năm 2024" and date.paragraphs[0].runs[0].italic
    texts = [p.text for p in doc.paragraphs]
    title = texts.index("BÁO CÁO")
    subject = texts[title + 1].split("\n")
    assert flat(" ".join(subject)).startswith("Kết quả thực hiện Kế hoạch tuyên truyền")
    assert any("Chuyển đổi số" in line for line in subject)  # never split at a line end


def test_sections_tables_charts_and_signature(master_docx: Path) -> None:
    doc = Document(str(master_docx))
    paragraphs = doc.paragraphs
    headings = [p.text for p in paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert headings == [
        "I. CĂN CỨ",
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Tình hình chung",
        "2. Kết quả theo hình thức tuyên truyền",
        "3. Kết quả theo cơ quan, đơn vị",
        "4. Diễn biến trong thời gian thực hiện Kế hoạch",
        "5. Các cơ quan, đơn vị chưa gửi báo cáo",
        "6. Minh chứng dùng lại",  # issue 19
        "III. TỒN TẠI, HẠN CHẾ",
        "IV. NHIỆM VỤ, KIẾN NGHỊ",
    ]
    assert all(p.paragraph_format.keep_with_next or p.style.paragraph_format.keep_with_next
               for p in paragraphs if p.style.name.startswith("Heading"))  # fmt: skip
    text = flat(" ".join(p.text for p in paragraphs))
    assert "Quyết định số 1733/QĐ-BVHTTDL ngày 26/06/2024" in text
    assert "Bảng 1. Kết quả theo hình thức tuyên truyền" in text
    assert "Biểu đồ 2. Số hoạt động theo ngày bắt đầu" in text
    assert "./." in text
    # real tables: header row repeated on every page, rows never split
    forms = next(t for t in doc.tables if t.rows[0].cells[1].text == "Hình thức")
    first_row = forms.rows[0]._tr.trPr
    assert first_row.find(qn("w:tblHeader")) is not None
    assert forms.rows[-1].cells[1].text == "Tổng cộng"
    assert forms.rows[-1].cells[2].text == "12"
    assert len(doc.inline_shapes) == 2  # the two charts, as pictures
    # the signature block and Nơi nhận: a borderless table after the closing sentence
    signature = next(t for t in doc.tables if t.rows[0].cells[0].text.startswith("Nơi nhận"))
    recipients = cell_lines(signature.rows[0].cells[0])
    assert recipients[0] == "Nơi nhận:" and recipients[-1] == "- Lưu: VT, TTCDS."
    assert cell_lines(signature.rows[0].cells[1]) == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn Hùng",
    ]
    # the appendix: its own landscape section, one table per unit
    assert "Phụ lục I" in [p.text for p in paragraphs]
    activity_tables = [
        t for t in doc.tables if t.rows[0].cells[0].text == "STT" and len(t.columns) == 8
    ]
    assert len(activity_tables) == 3 and all(len(t.rows) == 5 for t in activity_tables)
    assert doc.core_properties.language == "vi-VN"


def test_libreoffice_prints_each_element_where_a_clerk_expects_it(
    master_docx: Path, tmp_path: Path
) -> None:
    pdf = libreoffice_pdf(master_docx, tmp_path / "lo")
    reader = PdfReader(pdf)
    pages = pdf_page_texts(pdf)
    first = pages[0]
    # header blocks side by side: the Ministry and the national name on one printed line
    top = next(line for line in first.splitlines() if line.strip())
    assert "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" in top and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in top
    number_line = next(line for line in first.splitlines() if "Số: 05/BC-TTCDS" in line)
    assert "Hà Nội, ngày 05 tháng 11 năm 2024" in number_line  # level with each other
    assert "BÁO CÁO" in first and "I. CĂN CỨ" in first
    assert not first.strip().startswith("1")  # no number on page 1
    assert pages[1].strip().splitlines()[0].strip() == "2"  # the PAGE field from page 2
    assert (
        round(float(reader.pages[0].mediabox.width)),
        round(float(reader.pages[0].mediabox.height)),
    ) == (595, 842)
    everything = flat(" ".join(pages))
    for text in (
        "Bảng 1.",
        "Biểu đồ 1.",
        "Biểu đồ 2.",
        "Nơi nhận:",
        "- Lưu: VT, TTCDS.",
        "KT. GIÁM ĐỐC",
        "Nguyễn Văn Hùng",
        "III. TỒN TẠI, HẠN CHẾ",
        "Ứng dụng số trong bảo tàng",
        "Ể Ệ Ị",
    ):
        assert text in everything, text
    # Nơi nhận level with the signer's title
    signer = next(line for p in pages for line in p.splitlines() if "KT. GIÁM ĐỐC" in line)
    assert "Nơi nhận:" in signer
    # the appendix: landscape, numbered apart
    appendix = next(i for i, text in enumerate(pages) if "Phụ lục I" in text)
    box = reader.pages[appendix].mediabox
    assert float(box.width) > float(box.height)
    assert "DANH SÁCH CÁC HOẠT ĐỘNG TUYÊN TRUYỀN" in pages[appendix]
    assert not pages[appendix].strip().startswith(str(appendix + 1))
    # a heading is never the last line of a page
    for text in pages:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert not lines or lines[-1] not in {"I. CĂN CỨ", "II. KẾT QUẢ THỰC HIỆN"}
        assert not lines or not lines[-1].startswith(("2. Kết quả", "4. Diễn biến"))


def test_cancel_leaves_no_file(centre_profile: Profile, tmp_path: Path) -> None:
    seed_centre(centre_profile, units=2, per_unit=2)
    with pytest.raises(ReportCancelled):
        write_docx_report(centre_profile, tmp_path / "r.docx", should_cancel=lambda: True)
    assert not list(tmp_path.glob("*.docx*")) and not list(tmp_path.glob(".report-*"))


def test_cli_report_docx(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "profile"
    assert cli("--data-dir", str(data), "init", "--role", "unit", "--unit-code", "BO-VP",
               "--unit-name", "Văn phòng Bộ").code == 0  # fmt: skip
    assert cli("--data-dir", str(data), "report", "settings", "--drafting-unit", "TH").code == 0
    out = tmp_path / "bc.docx"
    result = cli("--data-dir", str(data), "report", "docx", "--out", str(out),
                 "--date", "05/01/2020", "--number", "3")  # fmt: skip
    assert result.code == 0, result.err
    doc = Document(str(out))
    assert doc.tables[0].rows[1].cells[0].text == "Số: 03/BC-VP"
    assert doc.tables[0].rows[1].cells[1].text == "Hà Nội, ngày 05 tháng 01 năm 2020"
    signature = doc.tables[-1]
    assert cell_lines(signature.rows[0].cells[0])[-1] == "- Lưu: VT, TH."
    assert "chưa gửi báo cáo" not in " ".join(p.text for p in doc.paragraphs)
    assert cli("report", "docx", "--help").code == 0
    assert cli("--data-dir", str(data), "report", "docx").code == 2  # --out is required
