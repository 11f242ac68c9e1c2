"""The Excel template for bulk entry (SPEC §2 W3, §6).

Three sheets: "Hướng dẫn" (how to fill it in), "Hoạt động" (one activity per row, with
drop-down lists for the form, channel and topic, date-formatted date cells and whole
number checks) and the hidden "Danh mục" holding the lists. The drop-downs help; the
rules that decide are those of `validation.validate_activity`, applied on import.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cds_desktop import catalog
from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.reports.xlsx_sheets import (
    DATE_FORMAT,
    HEADER_ALIGNMENT,
    HEADER_BORDER,
    HEADER_FILL,
    HEADER_FONT,
    INT_FORMAT,
    set_print_layout,
)

DATA_SHEET = "Hoạt động"
HELP_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
TEMPLATE_ROWS = 2000  # rows prepared with formats and drop-downs
PRINTED_ROWS = 100  # rows of the data sheet in its print area (a paper form to fill in)
LINE_HEIGHT = 16.0  # points per text line: room for stacked diacritics ("Ể") at 11-12 pt
TITLE_HEIGHT = 26.0  # the 14 pt title row


def row_height(texts: list[tuple[str, float]], size: float = 11) -> float:
    """A row's height for wrapped texts, each with its column's width: the tallest cell.

    Excel's width unit holds about one character; LibreOffice does not grow a row that
    has a height, and cuts the accents of a row too short, so every row gets one.
    """
    lines = 1
    for text, width in texts:
        per_line = max(int(width * 11 / size) - 2, 1)
        count = 0
        for paragraph in str(text).split("\n"):
            words, line = paragraph.split(), 0
            count += 1
            for word in words:
                if line and line + 1 + len(word) > per_line:
                    count += 1
                    line = len(word)
                else:
                    line += len(word) + (1 if line else 0)
        lines = max(lines, count)
    return round(lines * LINE_HEIGHT * size / 11 + 2, 1)


@dataclass(frozen=True)
class TemplateColumn:
    field: str
    header: str
    width: float
    required: bool = False
    kind: str = "text"  # text, date, int, form, channels, topics
    help: str = ""
    example: str = ""


COLUMNS = (
    TemplateColumn(
        "title", "Tên hoạt động", 50, True, help="Tối đa 500 ký tự.",
        example="Hội thảo “Kinh tế số trong văn hóa”",
    ),
    TemplateColumn(
        "form", "Hình thức", 30, True, "form",
        "Chọn trong danh sách (xem bảng hình thức bên dưới).", "Hội thảo",
    ),
    TemplateColumn(
        "start_date", "Ngày bắt đầu", 15, True, "date",
        "Ngày dạng dd/mm/yyyy (ví dụ 08/10/2024).", "08/10/2024",
    ),
    TemplateColumn(
        "end_date", "Ngày kết thúc", 15, False, "date",
        "Để trống nếu trùng ngày bắt đầu; không được trước ngày bắt đầu.", "09/10/2024",
    ),
    TemplateColumn(
        "channels", "Kênh", 28, False, "channels",
        "Chọn trong danh sách; nhiều kênh thì ngăn cách bằng dấu chấm phẩy (;).",
        "Trực tiếp; Mạng xã hội",
    ),
    TemplateColumn("location", "Địa điểm", 28, help="Tối đa 500 ký tự.", example="Hà Nội"),
    TemplateColumn(
        "organiser", "Đơn vị chủ trì", 28, help="Tối đa 500 ký tự.", example="Văn phòng Bộ"
    ),
    TemplateColumn(
        "participants", "Số người tham gia", 16, False, "int",
        "Số nguyên ≥ 0, không ghi chữ.", "250",
    ),
    TemplateColumn(
        "reach", "Lượt tiếp cận", 16, False, "int",
        "Lượt xem, lượt hiển thị hoặc số bản phát hành; số nguyên ≥ 0.", "12000",
    ),
    TemplateColumn(
        "topics", "Chủ đề", 24, False, "topics",
        "Chọn trong danh sách; nhiều chủ đề thì ngăn cách bằng dấu chấm phẩy (;).",
        "Kinh tế số",
    ),
    TemplateColumn(
        "urls", "Đường dẫn", 36, False,
        help="Địa chỉ web bắt đầu bằng http:// hoặc https://; nhiều địa chỉ thì ngăn "
        "cách bằng dấu chấm phẩy (;).",
        example="https://bvhttdl.gov.vn/tin-tuc",
    ),
    TemplateColumn("description", "Mô tả", 50, help="Tối đa 20.000 ký tự."),
    TemplateColumn("partners", "Đơn vị phối hợp", 28, help="Tối đa 2.000 ký tự."),
)  # fmt: skip


def column_title(column: TemplateColumn) -> str:
    return f"{column.header} (*)" if column.required else column.header


def _lists_sheet(workbook: Workbook) -> dict[str, str]:
    """The hidden sheet of drop-down values; returns the range formula for each list."""
    ws = workbook.create_sheet(LISTS_SHEET)
    ranges = {}
    for index, (kind, title, terms) in enumerate(
        (
            ("form", "Hình thức", catalog.forms()),
            ("channels", "Kênh", catalog.channels()),
            ("topics", "Chủ đề", catalog.topics()),
        ),
        1,
    ):
        letter = get_column_letter(index)
        ws.cell(row=1, column=index, value=title).font = Font(bold=True)
        for row, term in enumerate(terms, 2):
            ws.cell(row=row, column=index, value=term.vi)
        ws.column_dimensions[letter].width = 45
        last = len(terms) + 1
        ranges[kind] = f"{quote_sheetname(LISTS_SHEET)}!${letter}$2:${letter}${last}"
    longest = max(len(catalog.forms()), len(catalog.channels()), len(catalog.topics())) + 1
    set_print_layout(ws, [45, 45, 45], LISTS_SHEET, last_row=longest)
    ws.sheet_state = "hidden"
    return ranges


def _data_sheet(ws: Worksheet, ranges: dict[str, str]) -> None:
    last_row = TEMPLATE_ROWS + 1
    for index, column in enumerate(COLUMNS, 1):
        letter = get_column_letter(index)
        cell = ws.cell(row=1, column=index, value=column_title(column))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = HEADER_ALIGNMENT
        ws.column_dimensions[letter].width = column.width
        area = f"{letter}2:{letter}{last_row}"
        validation: DataValidation | None = None
        if column.kind in ranges:
            several = column.kind != "form"
            validation = DataValidation(
                type="list",
                formula1=f"={ranges[column.kind]}",
                allow_blank=True,
                # several channels or topics are typed as "a; b": warn, do not block
                errorStyle="information" if several else "stop",
                showErrorMessage=not several,
                errorTitle="Giá trị không có trong danh sách",
                error="Chọn một giá trị trong danh sách.",
                promptTitle=column.header,
                prompt=column.help[:255],
                showInputMessage=True,
            )
        elif column.kind == "date":
            validation = DataValidation(
                type="date",
                operator="greaterThan",
                formula1="DATE(2000,1,1)",
                allow_blank=True,
                errorTitle="Ngày không hợp lệ",
                error="Nhập ngày dạng dd/mm/yyyy, ví dụ 08/10/2024.",
                showErrorMessage=True,
            )
            for row in range(2, last_row + 1):
                ws.cell(row=row, column=index).number_format = DATE_FORMAT
        elif column.kind == "int":
            validation = DataValidation(
                type="whole",
                operator="greaterThanOrEqual",
                formula1="0",
                allow_blank=True,
                errorTitle="Số không hợp lệ",
                error="Nhập số nguyên lớn hơn hoặc bằng 0.",
                showErrorMessage=True,
            )
            for row in range(2, last_row + 1):
                ws.cell(row=row, column=index).number_format = INT_FORMAT
        if validation is not None:
            validation.add(area)
            ws.add_data_validation(validation)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"
    ws.row_dimensions[1].height = row_height(
        [(column_title(c), c.width) for c in COLUMNS], size=HEADER_FONT.sz or 12
    )
    set_print_layout(
        ws, [c.width for c in COLUMNS], "Mẫu nhập hoạt động", last_row=PRINTED_ROWS + 1
    )


def _help_sheet(ws: Worksheet) -> None:
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 12
    ws.column_dimensions["C"].width = 70
    ws.column_dimensions["D"].width = 36
    widths = [28.0, 12.0, 70.0, 36.0]
    full = sum(widths)  # the instructions run across all four columns
    lines = [
        ("MẪU NHẬP HOẠT ĐỘNG TUYÊN TRUYỀN NGÀY CHUYỂN ĐỔI SỐ", Font(bold=True, size=14)),
        (f"1. Mỗi hoạt động ghi trên một dòng của trang “{DATA_SHEET}”, từ dòng 2.", None),
        ("2. Các cột có dấu (*) là bắt buộc. Không đổi tên cột; có thể thêm cột riêng "
         "(chương trình bỏ qua cột lạ).", None),
        ("3. Ngày ghi dạng dd/mm/yyyy. Hình thức, kênh, chủ đề chọn trong danh sách "
         "thả xuống.", None),
        ("4. Trong CĐS Desktop chọn “Nhập từ Excel” (hoặc lệnh "
         "`python -m cds_desktop activity import-xlsx TỆP`).", None),
        ("5. Nếu có dòng sai, chương trình không lưu dòng nào và liệt kê từng lỗi theo "
         "dòng, cột và lý do; sửa rồi nhập lại cả tệp.", None),
        ("6. Minh chứng (ảnh, tệp) được thêm trong chương trình sau khi nhập.", None),
    ]  # fmt: skip
    for row, (text, font) in enumerate(lines, 1):
        cell = ws.cell(row=row, column=1, value=text)
        if font is not None:
            cell.font = font
            ws.row_dimensions[row].height = TITLE_HEIGHT
        else:
            ws.row_dimensions[row].height = row_height([(text, full)])
    row = len(lines) + 2
    for index, title in enumerate(("Cột", "Bắt buộc", "Cách ghi", "Ví dụ"), 1):
        cell = ws.cell(row=row, column=index, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
    for column in COLUMNS:
        row += 1
        values = (column.header, "Có" if column.required else "", column.help, column.example)
        for index, value in enumerate(values, 1):
            ws.cell(row=row, column=index, value=value).alignment = wrap
        ws.row_dimensions[row].height = row_height(list(zip(values, widths, strict=True)))
    row += 2
    ws.cell(row=row, column=1, value="Hình thức").font = bold
    ws.cell(row=row, column=3, value="Mã (cũng được chấp nhận)").font = bold
    for term in catalog.forms():
        row += 1
        ws.cell(row=row, column=1, value=term.vi)
        ws.cell(row=row, column=3, value=term.code)
    # the instructions print on one page: no heading row to repeat
    set_print_layout(ws, widths, HELP_SHEET, title_rows=0, last_row=row)
    ws.page_setup.fitToHeight = 1


def write_template(out: Path) -> Path:
    """Write the bulk-entry template (atomically: a temporary file renamed into place)."""
    out = Path(out)
    if out.is_dir():
        raise CdsError(f"{out} is a folder; give a file name such as mau-nhap.xlsx")
    if not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    workbook = Workbook()
    help_ws = workbook.active
    assert help_ws is not None
    help_ws.title = HELP_SHEET
    data_ws = workbook.create_sheet(DATA_SHEET)
    ranges = _lists_sheet(workbook)
    _data_sheet(data_ws, ranges)
    _help_sheet(help_ws)
    workbook.active = 1  # open on the data sheet, ready to type
    handle, name = tempfile.mkstemp(prefix=".template-", suffix=".xlsx.part", dir=out.parent)
    os.close(handle)
    temp = Path(name)
    try:
        workbook.save(temp)
        move_into_place(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out
