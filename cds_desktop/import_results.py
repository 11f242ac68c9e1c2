"""Saving the result table of an import (W7) as CSV or Excel, to file or forward."""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from cds_desktop.errors import CdsError
from cds_desktop.files import move_into_place
from cds_desktop.import_outcomes import STATUS_VI, reason_vi
from cds_desktop.packages.importer import ImportResult
from cds_desktop.reports.xlsx_sheets import Column, SheetWriter, atomic_workbook

COLUMNS = [
    Column("Tệp", 40),
    Column("Đơn vị", 14),
    Column("Số thứ tự gói", 12, "int"),
    Column("Kết quả", 14),
    Column("Thêm", 9, "int"),
    Column("Sửa", 9, "int"),
    Column("Xóa", 9, "int"),
    Column("Lý do", 36),
    Column("Chi tiết", 60),
    Column("Mã gói", 38),
    Column("SHA-256 của tệp", 66),
    Column("Khóa ký", 26),
]


def _row(result: ImportResult) -> list[object]:
    return [
        result.file.name,
        result.unit_code or "",
        result.sequence,
        STATUS_VI.get(result.status, result.status),
        result.added,
        result.updated,
        result.deleted,
        reason_vi(result.status, result.reason_code),
        result.reason,
        result.package_id or "",
        result.sha256,
        result.fingerprint or "",
    ]


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell that a spreadsheet program shows as typed: text that it would take for a
    formula (a file named `=1+1.cdspkg`) gets a leading apostrophe, as OWASP advises."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_import_results(results: Sequence[ImportResult], out: Path) -> Path:
    """`.xlsx` gives a workbook, anything else CSV (UTF-8 with BOM, so Excel reads the
    Vietnamese letters). Written to a temporary name and renamed into place."""
    out = Path(out)
    if out.suffix.lower() == ".xlsx":
        with atomic_workbook(out) as (workbook, _temp):
            sheet = SheetWriter(workbook.create_sheet("Kết quả nhập gói"), COLUMNS)
            for result in results:
                sheet.append(_row(result))
            sheet.finish()
        return out
    if not out.parent.is_dir():
        raise CdsError(f"the folder {out.parent} does not exist")
    handle, name = tempfile.mkstemp(prefix=".results-", suffix=".csv.part", dir=out.parent)
    temp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerow([c.header for c in COLUMNS])
            for result in results:
                writer.writerow([spreadsheet_safe(v) for v in _row(result)])
        move_into_place(temp, out)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return out
