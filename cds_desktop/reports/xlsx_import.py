"""Bulk entry from the Excel template (SPEC §2 W3): every row passes, or nothing is saved.

Each row goes through `validation.validate_activity`, the rules of the CLI and the GUI
(labels are accepted for codes). A bad row does not stop the check: the refusal lists
every bad row with its row number, column and reason. Only when all rows pass are they
saved, in one transaction (`ActivityService.add_many`).

The file is a user's file, so it is checked before openpyxl parses it: a zip with a
workbook part, a bounded number and size of entries (no zip bombs), not an encrypted
(password-protected) file. openpyxl parses its XML with defusedxml when installed, as it
is here (`openpyxl.xml.DEFUSEDXML`), which refuses entity expansion attacks.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.utils.datetime import from_excel

from cds_desktop.activities import ActivityKey, ActivityService, SaveResult, activity_key
from cds_desktop.errors import CdsError, ValidationError
from cds_desktop.profile import Profile
from cds_desktop.reports.xlsx_template import (
    COLUMNS,
    DATA_SHEET,
    HELP_SHEET,
    LISTS_SHEET,
    TemplateColumn,
)
from cds_desktop.validation import nfc, validate_activity

MAX_ENTRIES = 10_000
MAX_UNCOMPRESSED = 512 * 1024 * 1024
MAX_ROWS = 100_000
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls files
_GROUPED = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


@dataclass(frozen=True)
class RowError:
    """One refused cell: the sheet row number (as Excel shows it), column and reason."""

    row: int
    column: str
    message: str
    code: str = ""
    """The validation rule's stable code (`FieldError.code`), for a translated message."""
    field: str = ""
    value: str = ""
    allowed: str = ""
    """`FieldError.field`, `.value` and `.allowed`, for a translated message."""

    def __str__(self) -> str:
        return f'row {self.row}, column "{self.column}": {self.message}'


class XlsxRejected(CdsError):  # noqa: N818 (the name callers use)
    """Some rows are bad; nothing from the file was saved."""

    def __init__(self, path: Path, row_errors: list[RowError]) -> None:
        self.row_errors = row_errors
        rows = len({e.row for e in row_errors})
        noun = "row" if rows == 1 else "rows"
        super().__init__(f"{rows} {noun} refused in {path.name}; nothing was saved")


def _key(text: str) -> str:
    """A header compared loosely: NFC, case, spaces and the "(*)" mark ignored."""
    text = nfc(text).replace("(*)", "").replace("*", "")
    return " ".join(text.split()).casefold()


FORMER_HEADERS = {"organiser": ("Đơn vị tổ chức",), "participants": ("Số người tham dự",)}
"""Headers of templates saved by earlier versions, before one term per notion (issue 17)."""

HEADER_KEYS = {
    key: column
    for column in COLUMNS
    for key in (
        _key(column.header),
        _key(column.field),
        *(_key(h) for h in FORMER_HEADERS.get(column.field, ())),
    )
}


def check_workbook_file(path: Path) -> None:
    """Refuse, with a clear reason, anything that is not a sane .xlsx file."""
    if not path.is_file():
        raise CdsError(f"{path} does not exist or is not a file")
    try:
        with path.open("rb") as handle:
            magic = handle.read(8)
    except OSError as exc:
        raise CdsError(f"{path} cannot be read ({exc.strerror or exc})") from exc
    if magic == OLE2_MAGIC:
        raise CdsError(
            f"{path.name} is password-protected or in the old .xls format; remove the "
            "password or save it as “Excel Workbook (.xlsx)” and try again"
        )
    if not zipfile.is_zipfile(path):
        raise CdsError(f"{path.name} is not an Excel workbook (.xlsx)")
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            names = {e.filename for e in entries}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise CdsError(f"{path.name} is damaged and cannot be read ({exc})") from exc
    if "xl/workbook.xml" not in names:
        raise CdsError(f"{path.name} is not an Excel workbook (.xlsx)")
    if len(entries) > MAX_ENTRIES or sum(e.file_size for e in entries) > MAX_UNCOMPRESSED:
        raise CdsError(f"{path.name} is too large to be an activity workbook")


def _text(value: object) -> object:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.isoformat()
    return value


def _cell_value(column: TemplateColumn, value: object) -> object:
    """A cell as the validator expects it: dates as dates, numbers as numbers, text."""
    if isinstance(value, str):
        value = value.strip()
        if column.kind == "int" and _GROUPED.fullmatch(value):
            return value.replace(".", "").replace(",", "")  # "1.234" written as text
        return value
    if column.kind == "date":
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 2958466:
            return from_excel(value).date()  # a date typed into an unformatted cell
        return value
    if column.kind == "int":
        return value
    return _text(value)


def _blank(values: Iterable[object]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def read_rows(path: Path) -> list[tuple[int, dict[str, object]]]:
    """(sheet row number, raw field values) of every non-empty row; RowErrors raised."""
    path = Path(path)
    check_workbook_file(path)
    try:
        # The file is opened here, so it is closed even when openpyxl fails half-way.
        with warnings.catch_warnings(), path.open("rb") as handle:
            # Only cell values are read: openpyxl's notes about styles, drawings or
            # extensions it does not keep concern nothing we use.
            warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
            workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True)
            try:
                return _read_sheet(path, workbook)
            finally:
                workbook.close()
    except CdsError:
        raise
    except Exception as exc:
        cause = _root_cause(exc)
        reason = str(cause).splitlines()[0] if str(cause) else ""
        raise CdsError(
            f"{path.name} is damaged or not a workbook this program can read "
            f"({type(cause).__name__}: {reason})"
        ) from exc


def _root_cause(exc: BaseException) -> BaseException:
    """openpyxl wraps parse errors (e.g. defusedxml's DTDForbidden) in a ValueError."""
    seen = {id(exc)}
    while (inner := exc.__cause__ or exc.__context__) is not None and id(inner) not in seen:
        seen.add(id(inner))
        exc = inner
    return exc


REPORT_SHEETS = frozenset(_key(name) for name in ("Theo hình thức", "Theo đơn vị", "Minh chứng"))
"""Sheets of the report workbook (`report xlsx`), which the template does not have."""
REPORT_COLUMNS = frozenset(_key(name) for name in ("Mã hoạt động", "Phiên bản", "Cập nhật lúc"))
"""Columns of the report's activity sheet: recorded activities, not rows to add."""


def _not_the_report(path: Path, names: Iterable[object]) -> None:
    """The report workbook lists activities already recorded; importing it would double
    every one of them (deleted ones included). Refused, naming the file expected."""
    if any(isinstance(n, str) and _key(n) in REPORT_SHEETS | REPORT_COLUMNS for n in names):
        raise CdsError(
            f"{path.name} is a report workbook (written by `report xlsx` or Báo cáo → Excel): "
            "its activities are already recorded, and importing it would add every one "
            "again. To add activities, fill in the bulk-entry template from `template xlsx` "
            f"(sheets “{HELP_SHEET}”, “{DATA_SHEET}”, “{LISTS_SHEET}”) and import that",
            "xlsx_is_report",
            file=path.name,
        )


def _find_sheet(path: Path, workbook: openpyxl.Workbook) -> object:
    _not_the_report(path, workbook.sheetnames)
    wanted = _key(DATA_SHEET)
    for name in workbook.sheetnames:
        if _key(name) == wanted:
            return workbook[name]
    found = ", ".join(f"“{n}”" for n in workbook.sheetnames)
    raise CdsError(
        f"{path.name} has no sheet “{DATA_SHEET}” (it has {found}); use the template from "
        "`template xlsx`"
    )


def _read_sheet(path: Path, workbook: openpyxl.Workbook) -> list[tuple[int, dict[str, object]]]:
    ws = _find_sheet(path, workbook)
    rows: Generator[tuple[object, ...]] = ws.iter_rows(values_only=True)  # type: ignore[attr-defined]
    try:
        return _read_rows(path, rows)
    finally:
        rows.close()  # an unfinished reader keeps the file open


def _read_rows(
    path: Path, rows: Iterator[tuple[object, ...]]
) -> list[tuple[int, dict[str, object]]]:
    header = next(rows, None)
    if header is None or _blank(header):
        raise CdsError(f"sheet “{DATA_SHEET}” of {path.name} has no header row")
    _not_the_report(path, header)
    positions: dict[int, TemplateColumn] = {}
    for index, title in enumerate(header):
        if isinstance(title, str) and _key(title) in HEADER_KEYS:
            column = HEADER_KEYS[_key(title)]
            if column in positions.values():
                raise CdsError(f"the column “{column.header}” appears twice in {path.name}")
            positions[index] = column
    missing = [c.header for c in COLUMNS if c.required and c not in positions.values()]
    if missing:
        raise CdsError(
            f"sheet “{DATA_SHEET}” of {path.name} lacks the column(s) "
            + ", ".join(f"“{m}”" for m in missing)
        )
    result: list[tuple[int, dict[str, object]]] = []
    for number, values in enumerate(rows, 2):
        cells = {i: v for i, v in enumerate(values) if i in positions}
        if _blank(cells.values()):
            continue
        if len(result) >= MAX_ROWS:
            raise CdsError(f"{path.name} has more than {MAX_ROWS:,} activities; split it")
        raw = {positions[i].field: _cell_value(positions[i], v) for i, v in cells.items()}
        result.append((number, raw))
    return result


def check_rows(
    rows: Sequence[tuple[int, Mapping[str, object]]], years: range | None = None
) -> list[RowError]:
    """Every field error of every row, in row and column order (`years`: those a date may
    be in, see `validation.campaign_years`)."""
    by_field = {c.field: c for c in COLUMNS}
    order = {c.field: i for i, c in enumerate(COLUMNS)}
    errors: list[RowError] = []
    for number, raw in rows:
        try:
            validate_activity(raw, years)
        except ValidationError as exc:
            for e in sorted(exc.errors, key=lambda e: order.get(e.field, 99)):
                column = by_field.get(e.field)
                errors.append(
                    RowError(
                        number,
                        column.header if column else e.field,
                        e.message,
                        e.code,
                        e.field,
                        e.value,
                        e.allowed,
                    )
                )
    return errors


@dataclass(frozen=True)
class DuplicateRow:
    """A row that is already recorded: by an earlier import of the same file, typed by
    hand, or a row above it in the same file. Such a row is not added again."""

    row: int
    title: str
    activity_id: str = ""
    """The recorded activity it matches; "" when it matches an earlier row of the file."""
    deleted: bool = False
    """It matches an activity that was deleted since (it is not brought back)."""
    same_as_row: int = 0

    def __str__(self) -> str:
        if self.same_as_row:
            why = f"the same activity as row {self.same_as_row}"
        elif self.deleted:
            why = f"already imported and deleted since (activity {self.activity_id})"
        else:
            why = f"already recorded (activity {self.activity_id})"
        return f"row {self.row} ({self.title}): {why}; not added again"


@dataclass(frozen=True)
class XlsxImportResult:
    added: list[SaveResult]
    duplicates: list[DuplicateRow]


def import_activities_xlsx(profile: Profile, path: Path) -> XlsxImportResult:
    """Add every new activity of a filled-in template, or none (refusal lists every bad
    row). Rows already recorded (same title, form, dates, place and organiser) are
    reported and skipped, so importing the same file twice doubles nothing."""
    path = Path(path)
    rows = read_rows(path)
    if not rows:
        raise CdsError(f"sheet “{DATA_SHEET}” of {path.name} has no activities")
    service = ActivityService(profile)
    years = service.campaign_years()
    errors = check_rows(rows, years)
    if errors:
        raise XlsxRejected(path, errors)
    known = service.known_activities()
    in_file: dict[ActivityKey, int] = {}
    new: list[Mapping[str, object]] = []
    duplicates: list[DuplicateRow] = []
    for number, raw in rows:
        data = validate_activity(raw, years)
        key = activity_key(data)
        if key in known:
            activity_id, deleted = known[key]
            duplicates.append(DuplicateRow(number, data.title, activity_id, deleted))
        elif key in in_file:
            duplicates.append(DuplicateRow(number, data.title, same_as_row=in_file[key]))
        else:
            in_file[key] = number
            new.append(raw)
    if not new:
        raise CdsError(
            f"every activity in {path.name} is already recorded ({len(duplicates)} "
            f"{'row' if len(duplicates) == 1 else 'rows'}, e.g. {duplicates[0]}); nothing "
            "was added — was this file imported before?",
            "xlsx_all_duplicates",
            file=path.name,
            rows=len(duplicates),
        )
    return XlsxImportResult(service.add_many(new), duplicates)
