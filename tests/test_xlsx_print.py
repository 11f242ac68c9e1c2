"""Every sheet of every workbook prints sensibly: the print set-up read back with
openpyxl, and the pages LibreOffice prints from the master workbook and the template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from cds_desktop.chase_list import write_not_reported_xlsx
from cds_desktop.import_results import write_import_results
from cds_desktop.packages.importer import ImportResult
from cds_desktop.profile import Profile
from cds_desktop.reports.xlsx_report import write_xlsx_report
from cds_desktop.reports.xlsx_sheets import PORTRAIT_WIDTH
from cds_desktop.reports.xlsx_template import DATA_SHEET, HELP_SHEET, write_template
from tests.report_support import libreoffice_pdf, pdf_page_texts, seed_centre


def widths(ws: Any) -> float:
    last = ws.max_column
    return sum(
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width or 13
        for i in range(1, last + 1)
    )


def check_print_setup(ws: Any, title_rows: str | None = "$1:$1") -> None:
    setup = ws.page_setup
    assert setup.paperSize == 9, ws.title  # A4
    wide = widths(ws) > PORTRAIT_WIDTH
    assert setup.orientation == ("landscape" if wide else "portrait"), ws.title
    assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    assert setup.fitToWidth == 1, ws.title  # one page wide
    assert ws.print_title_rows == title_rows, ws.title
    assert ws.oddHeader.center.text.replace("&&", "&") == ws.title or (
        ws.title == DATA_SHEET and ws.oddHeader.center.text == "Mẫu nhập hoạt động"
    ), ws.title
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text, ws.title
    assert ws.print_area is not None, ws.title
    last_column = openpyxl.utils.get_column_letter(ws.max_column)
    assert ws.print_area.endswith(f"$A$1:${last_column}${ws.max_row}") or ws.title == DATA_SHEET


@pytest.fixture
def master_xlsx(centre_profile: Profile, tmp_path: Path) -> Path:
    seed_centre(centre_profile, units=6, per_unit=8, reported=4)
    return write_xlsx_report(centre_profile, tmp_path / "tổng hợp.xlsx")


def test_report_workbook_sheets_print(master_xlsx: Path) -> None:
    book = openpyxl.load_workbook(master_xlsx)
    for ws in book.worksheets:
        check_print_setup(ws)
    forms = book["Theo hình thức"]
    assert forms.print_area.endswith(f"${forms.max_row}")  # the total row is printed too
    assert forms.cell(forms.max_row, 2).value == "Tổng cộng"


def test_template_sheets_print_and_rows_fit_their_text(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_template(tmp_path / "mẫu.xlsx"))
    help_ws, data_ws = book[HELP_SHEET], book[DATA_SHEET]
    check_print_setup(help_ws, title_rows=None)
    assert help_ws.page_setup.fitToHeight == 1  # the instructions on one page
    check_print_setup(data_ws)
    assert data_ws.print_area.endswith("$M$101")  # a hundred rows to fill in by hand
    for ws in book.worksheets[2:]:
        check_print_setup(ws)
    # the title row holds its 14 pt capitals with their accents; wrapped rows grow
    assert help_ws["A1"].value.startswith("MẪU NHẬP HOẠT ĐỘNG")
    assert help_ws.row_dimensions[1].height >= 24
    for row in range(2, help_ws.max_row + 1):
        assert (help_ws.row_dimensions[row].height or 16) >= 16, row
    urls = next(r for r in range(1, help_ws.max_row + 1) if help_ws.cell(r, 1).value == "Đường dẫn")
    assert help_ws.row_dimensions[urls].height >= 2 * 16  # its help wraps onto two lines
    assert data_ws.row_dimensions[1].height >= 16


def test_chase_list_and_import_results_print(centre_profile: Profile, tmp_path: Path) -> None:
    out = tmp_path / "chưa gửi.xlsx"
    write_not_reported_xlsx(centre_profile, out)
    check_print_setup(openpyxl.load_workbook(out).active)
    results = [ImportResult(file=tmp_path / f"gói {i}.cdspkg", status="imported") for i in range(3)]
    book = write_import_results(results, tmp_path / "kết quả.xlsx")
    check_print_setup(openpyxl.load_workbook(book).active)


def test_libreoffice_prints_the_workbooks_on_sensible_pages(
    master_xlsx: Path, tmp_path: Path
) -> None:
    pdf = libreoffice_pdf(master_xlsx, tmp_path / "lo")
    pages = pdf_page_texts(pdf)
    titles = []
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        titles.append(lines[0])  # the sheet's title on top
        assert lines[-1].startswith("Trang ")  # the page number below
        head = " ".join(lines[1:3])  # the header row, repeated on every page
        assert any(h in head for h in ("STT", "Mã hoạt động", "Thời gian")), head
    # each sheet one page wide: 68 units take two pages, each other sheet one
    # (it was 55 pages before the print set-up)
    assert titles == [
        "Theo hình thức",
        "Theo đơn vị",
        "Theo đơn vị",
        "Hoạt động",
        "Minh chứng",
        "Đơn vị",
        "Đơn vị",
        "Nhật ký nhập",
    ]
    assert "Tổng cộng" in pages[0] and "Số người tham gia" in pages[0]
    boxes = [page.mediabox for page in PdfReader(pdf).pages]
    assert all(float(b.width) > float(b.height) for b in boxes)  # the wide sheets: landscape
    template = libreoffice_pdf(write_template(tmp_path / "mẫu.xlsx"), tmp_path / "lo2")
    first = pdf_page_texts(template)[0]
    assert "MẪU NHẬP HOẠT ĐỘNG TUYÊN TRUYỀN NGÀY CHUYỂN ĐỔI SỐ" in first  # accents kept
