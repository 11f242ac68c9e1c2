"""A fast, styled sheet writer over openpyxl's write-only mode, shared by the workbooks.

Every sheet gets a bold filled header row, a frozen header, an autofilter, column widths,
a print set-up (`set_print_layout`: A4, portrait or landscape by the columns' width, one
page wide, the header row on every page, the sheet's title above and page numbers
below, the print area) and typed cells: real dates (dd/mm/yyyy), whole numbers (#,##0,
which Excel shows with the separators of the computer's regional settings: "1.234.567"
on a Vietnamese Windows) and text. Text is always stored as text: a title beginning with "=" from a
unit's package must never become a formula in the centre's workbook.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.reports.vi_format import nfc

INT_FORMAT = "#,##0"
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm"
HEADER_FONT = Font(name="Times New Roman", bold=True, size=12)
CELL_FONT = Font(name="Times New Roman", size=12)
TOTAL_FONT = Font(name="Times New Roman", bold=True, size=12)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
THIN = Side(style="thin", color="808080")
HEADER_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)

Kind = str  # "text", "int", "date", "datetime"
# Column widths (Excel's character units) that print across an A4 portrait page at a
# readable size; wider sheets print landscape. Either way one page wide.
PORTRAIT_WIDTH = 100.0
A4 = 9  # Excel's paper size code


def set_print_layout(
    ws: Any, widths: Sequence[float], title: str, title_rows: int = 1, last_row: int | None = None
) -> None:
    """How a sheet prints: A4, landscape when its columns are wider than a portrait
    page, scaled to one page wide (as many pages tall as needed), the first
    `title_rows` repeated on every page, the sheet's title in the page header and
    "Trang 1/3" in the footer, and the print area when `last_row` is known.

    On a write-only sheet call it before the first row is written (the fit-to-page flag
    is written with the sheet's start); `set_print_area` may follow at the end.
    """
    ws.page_setup.paperSize = A4
    ws.page_setup.orientation = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as the rows need
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties()
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=0.5, right=0.4, top=0.75, bottom=0.75, header=0.3, footer=0.3
    )
    if title_rows:
        ws.print_title_rows = f"1:{title_rows}"
    header = ws.HeaderFooter.oddHeader.center
    header.text = clean_text(title).replace("&", "&&")
    header.font = "Times New Roman,Bold"
    header.size = 12
    footer = ws.HeaderFooter.oddFooter.center
    footer.text = "Trang &P/&N"
    footer.font = "Times New Roman,Regular"
    footer.size = 11
    if last_row is not None:
        set_print_area(ws, len(widths), last_row)


def set_print_area(ws: Any, columns: int, last_row: int) -> None:
    ws.print_area = f"A1:{get_column_letter(max(columns, 1))}{max(last_row, 1)}"


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: Kind = "text"


def clean_text(value: str) -> str:
    """NFC, without the control characters Excel refuses."""
    return ILLEGAL_CHARACTERS_RE.sub("", nfc(value))


def local_naive(moment: dt.datetime | None) -> dt.datetime | None:
    """Excel has no time zones: store the computer's local wall-clock time."""
    if moment is None:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None, microsecond=0)


class _ReusedCell(Cell):
    """A styled cell written on every row: its style id is looked up once, not per row."""

    __slots__ = ("_cached_style_id",)

    @property
    def style_id(self) -> int:
        cached: int | None = getattr(self, "_cached_style_id", None)
        if cached is None:
            cached = int(Cell.style_id.fget(self))  # type: ignore[attr-defined]
            self._cached_style_id = cached
        return cached


def _cells_to_row(cells: Sequence[Cell], row_index: int) -> Iterator[Cell]:
    """Stands in for openpyxl's `_values_to_row`, which, given Cell objects, first fails
    to convert each one (an exception and a repr per cell) and then makes a new one."""
    for column, cell in enumerate(cells, 1):
        if cell.value is None:
            continue
        cell.row = row_index
        cell.column = column
        yield cell


class SheetWriter:
    """Appends typed rows to one write-only sheet; styled cells are reused per column."""

    def __init__(self, ws: Any, columns: Sequence[Column], title: str | None = None) -> None:
        # `ws` is an openpyxl WriteOnlyWorksheet, whose stubs lack most attributes.
        # Every row appended is a list of our own cells (openpyxl 3.1 write-only API).
        ws._values_to_row = _cells_to_row
        self.ws = ws
        self.columns = list(columns)
        self.rows = 0
        self.totals = 0
        set_print_layout(ws, [c.width for c in self.columns], title or ws.title)
        for index, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        ws.freeze_panes = "A2"
        header = []
        for column in self.columns:
            cell = _ReusedCell(ws, row=1, column=1, value=column.header)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.border = HEADER_BORDER
            cell.alignment = HEADER_ALIGNMENT
            header.append(cell)
        ws.append(header)
        self.cells = [self._cell(c.kind, CELL_FONT) for c in self.columns]
        self.total_cells = [self._cell(c.kind, TOTAL_FONT) for c in self.columns]

    def _cell(self, kind: Kind, font: Font) -> Cell:
        cell = _ReusedCell(self.ws, row=1, column=1)
        cell.font = font
        if kind == "int":
            cell.number_format = INT_FORMAT
        elif kind == "date":
            cell.number_format = DATE_FORMAT
        elif kind == "datetime":
            cell.number_format = DATETIME_FORMAT
        return cell

    def append(self, values: Sequence[Any], total: bool = False) -> None:
        cells = self.total_cells if total else self.cells
        for cell, column, value in zip(cells, self.columns, values, strict=True):
            if isinstance(value, str):
                cell.value = clean_text(value)
                cell.data_type = "s"  # never a formula
            elif column.kind == "datetime" and isinstance(value, dt.datetime):
                cell.value = local_naive(value)
            else:
                cell.value = value
        self.ws.append(cells)
        if total:  # a total row below the data, after finish(): printed too
            self.totals += 1
            set_print_area(self.ws, len(self.columns), self.rows + self.totals + 1)
        else:
            self.rows += 1

    def finish(self) -> None:
        """Autofilter over the header and the data rows (not a total row below them)."""
        last = get_column_letter(len(self.columns))
        self.ws.auto_filter.ref = f"A1:{last}{self.rows + 1}"
        set_print_area(self.ws, len(self.columns), self.rows + self.totals + 1)


@contextmanager
def atomic_workbook(out: Path) -> Iterator[tuple[Workbook, Path]]:
    """A write-only workbook saved next to `out` and renamed into place on success."""
    out = Path(out)
    if out.is_dir():
        raise CdsError(f"{out} is a folder; give a file name such as bao-cao.xlsx")
    if not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    handle, name = tempfile.mkstemp(prefix=".workbook-", suffix=".xlsx.part", dir=out.parent)
    os.close(handle)
    temp = Path(name)
    workbook = Workbook(write_only=True)
    try:
        yield workbook, temp
        workbook.save(temp)
        move_into_place(temp, out)
    except BaseException:
        _abandon(workbook)
        temp.unlink(missing_ok=True)
        raise


def _abandon(workbook: Workbook) -> None:
    """Close and delete the temporary files of write-only sheets never saved."""
    for ws in workbook.worksheets:
        sheet: Any = ws
        writer = getattr(sheet, "_writer", None)
        if writer is None or getattr(sheet, "closed", False):
            continue
        with suppress(Exception):  # already broken: its temporary file goes below anyway
            sheet.close()
        with suppress(OSError):
            writer.cleanup()


class RowCounter:
    """Progress over all rows of a workbook, with cancellation checked every few rows."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        should_cancel: Callable[[], bool] | None,
        cancelled: Callable[[], Exception],
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.should_cancel = should_cancel
        self.cancelled = cancelled

    def step(self, count: int = 1) -> None:
        before = self.done
        self.done += count
        if self.done // 500 == before // 500 and self.done < self.total:
            return
        if self.should_cancel is not None and self.should_cancel():
            raise self.cancelled()
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)
