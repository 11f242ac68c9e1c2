"""Issue 18: the master report (PDF and Word) judges units against their targets and
compares the campaign with the one before it, read back from the files."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import select

from cds_desktop.models import Unit
from cds_desktop.plans import Target, save_campaign, set_target
from cds_desktop.profile import Profile
from cds_desktop.reports.docx_report import write_docx_report
from cds_desktop.reports.pdf_report import write_pdf_report
from tests.conftest import CliResult
from tests.report_support import seed_centre

Cli = Callable[..., CliResult]

DAY = dt.date(2025, 11, 5)


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture
def two_years(centre_profile: Profile) -> list[str]:
    """CDS-2024: 3 units × 4 activities; CDS-2025 (active, with targets): 2 units × 3.
    Returns the codes of the 2025 units."""
    seed_centre(centre_profile, units=3, per_unit=4)
    save_campaign(
        centre_profile,
        "CDS-2025",
        name="Tuyên truyền Ngày Chuyển đổi số năm 2025",
        theme="Dữ liệu số - động lực mới",
        start_date=dt.date(2025, 9, 15),
        end_date=dt.date(2025, 10, 31),
        activate=True,
    )
    codes = seed_centre(centre_profile, units=2, per_unit=3)
    with centre_profile.database.session() as session:
        names = {u.code: u.name for u in session.scalars(select(Unit))}
    set_target(centre_profile, "CDS-2025", Target("all", "", activities=3))
    set_target(centre_profile, "CDS-2025", Target("unit", codes[1], activities=5))
    set_target(centre_profile, "CDS-2025", Target("total", "", activities=6))
    return [names[c] for c in codes]


def test_pdf_report_has_targets_and_the_year_on_year_comparison(
    centre_profile: Profile, two_years: list[str], tmp_path: Path
) -> None:
    out = write_pdf_report(centre_profile, tmp_path / "báo cáo.pdf", report_date=DAY)
    text = flat(" ".join(page.extract_text() for page in PdfReader(out).pages))
    assert "Đánh giá kết quả so với chỉ tiêu" in text
    assert "Chỉ tiêu toàn Bộ: 6/6 hoạt động (đạt)" in text
    assert "5. So sánh với các đợt trước" in text
    # 2024: 12 activities, 3 units, participants 3 × (100+200+300+400) = 3,000;
    # 2025: 6 activities, 2 units, participants 2 × (100+200+300) = 1,200
    assert "số hoạt động từ 12 xuống 6 (giảm 50,0%)" in text
    assert "số người tham gia từ 3.000 xuống 1.200 (giảm 60,0%)" in text
    assert "số cơ quan, đơn vị có hoạt động từ 3 xuống 2 (giảm 33,3%)" in text
    assert "Kết quả các đợt (so sánh qua các năm)" in text
    assert "(CDS-2024)" in text and "(CDS-2025)" in text


def test_word_report_has_the_target_and_comparison_tables(
    centre_profile: Profile, two_years: list[str], tmp_path: Path
) -> None:
    out = write_docx_report(centre_profile, tmp_path / "báo cáo.docx", report_date=DAY)
    doc = Document(str(out))
    paragraphs = [flat(p.text) for p in doc.paragraphs]
    assert "4. Đánh giá kết quả so với chỉ tiêu" in paragraphs
    assert "5. So sánh với các đợt trước" in paragraphs
    assert any("đơn vị có chỉ tiêu: 1 đạt, 0 đạt một phần" in p for p in paragraphs)
    assert "Chỉ tiêu toàn Bộ: 6/6 hoạt động (đạt)." in paragraphs
    assert any("số hoạt động từ 12 xuống 6 (giảm 50,0%)" in p for p in paragraphs)
    captions = [p for p in paragraphs if p.startswith("Bảng ")]
    assert "Bảng 3. Kết quả so với chỉ tiêu (thực hiện/chỉ tiêu)" in captions
    assert "Bảng 4. Kết quả các đợt (so sánh qua các năm)" in captions

    def rows(first_head: str, second_head: str) -> list[list[str]]:
        for table in doc.tables:
            head = [flat(c.text) for c in table.rows[0].cells]
            if head[:2] == [first_head, second_head] and len(table.columns) > 2:
                return [[flat(c.text) for c in row.cells] for row in table.rows]
        raise AssertionError(f"no table headed {first_head}, {second_head}")

    # the units' results table has the same first heads; the target table ends in "Kết quả"
    targets = next(
        [[flat(c.text) for c in row.cells] for row in t.rows]
        for t in doc.tables
        if flat(t.rows[0].cells[-1].text) == "Kết quả"
    )
    assert targets[0] == ["STT", "Cơ quan, đơn vị", "Hoạt động", "Người tham gia",
                          "Lượt tiếp cận", "Kết quả"]  # fmt: skip
    assert targets[1] == ["1", two_years[0], "3/3", "600", "9.000", "Đạt"]
    assert targets[2] == ["2", two_years[1], "3/5", "600", "9.000", "Chưa đạt"]
    years = rows("STT", "Đợt")
    assert [r[3:5] for r in years[1:]] == [["3", "12"], ["2", "6"]]
    assert years[2][1].endswith("(CDS-2025)") and "15/09/2025" in years[2][2]
    # a real table: a shaded header row that repeats on every page
    xml = doc.tables[-1]._tbl.xml
    assert "w:tblHeader" in xml and "E7E6E6" in xml


def test_no_comparison_without_an_earlier_campaign(centre_profile: Profile, tmp_path: Path) -> None:
    seed_centre(centre_profile, units=2, per_unit=2)
    out = write_docx_report(centre_profile, tmp_path / "báo cáo.docx", report_date=DAY)
    paragraphs = [flat(p.text) for p in Document(str(out)).paragraphs]
    assert not any("So sánh với các đợt trước" in p for p in paragraphs)
    assert not any("so với chỉ tiêu" in p for p in paragraphs)


def test_reports_cover_another_campaign_without_switching(
    centre_profile: Profile, two_years: list[str], tmp_path: Path
) -> None:
    import openpyxl

    from cds_desktop.plans import list_campaigns

    pdf = write_pdf_report(
        centre_profile, tmp_path / "2024.pdf", report_date=DAY, campaign_code="cds-2024"
    )
    text = flat(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "năm 2024" in text and "15/09/2024" in text
    assert "đã tổ chức 12 hoạt động" in text and "3/68 cơ quan, đơn vị đã gửi báo cáo" in text
    assert "So sánh với các đợt trước" not in text  # nothing before 2024
    assert "so với chỉ tiêu" not in text  # 2024 has no targets
    docx = write_docx_report(
        centre_profile, tmp_path / "2024.docx", report_date=DAY, campaign_code="CDS-2024"
    )
    paragraphs = " ".join(flat(p.text) for p in Document(str(docx)).paragraphs)
    assert "đã tổ chức 12 hoạt động" in paragraphs
    from cds_desktop.reports.xlsx_report import write_xlsx_report

    xlsx = write_xlsx_report(centre_profile, tmp_path / "2024.xlsx", campaign_code="CDS-2024")
    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    assert "Đánh giá chỉ tiêu" not in workbook.sheetnames
    assert [c.code for c in list_campaigns(centre_profile) if c.active] == ["CDS-2025"]


def test_cli_report_campaign_option(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "centre"
    assert cli("--data-dir", str(data), "init", "--role", "centre", "--unit-code", "BO-TTCDS",
               "--unit-name", "Trung tâm Chuyển đổi số").code == 0  # fmt: skip
    for kind in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"bc.{kind}"
        ok = cli("--data-dir", str(data), "report", kind, "--out", str(out), "--campaign",
                 "CDS-2024")  # fmt: skip
        assert ok.code == 0 and out.is_file(), ok.err
        wrong = cli("--data-dir", str(data), "report", kind, "--out", str(tmp_path / f"x.{kind}"),
                    "--campaign", "CDS-1999")  # fmt: skip
        assert wrong.code == 1 and "campaign CDS-1999 does not exist" in wrong.err
        assert "known: CDS-2024" in wrong.err and not (tmp_path / f"x.{kind}").exists()
