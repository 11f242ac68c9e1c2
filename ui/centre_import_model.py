"""The per-package result table of an import (W7): one row per package file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from cds_desktop.text import format_number
from ui.list_table_model import Index, ListTableModel

COLUMNS = ("file", "unit", "sequence", "status", "added", "updated", "deleted", "reason")
NUMERIC = {"sequence", "added", "updated", "deleted"}
STATUS_COLOURS = {
    "imported": "#2e7d32",
    "duplicate": "#616161",
    "stale": "#ef6c00",
    "rejected": "#c62828",
}


def status_text(status: str) -> str:
    texts = {
        "imported": QCoreApplication.translate("ImportResultModel", "Đã nhập"),
        "duplicate": QCoreApplication.translate("ImportResultModel", "Trùng lặp (đã nhập trước)"),
        "stale": QCoreApplication.translate("ImportResultModel", "Cũ hơn (không thay đổi gì)"),
        "rejected": QCoreApplication.translate("ImportResultModel", "Bị từ chối"),
    }
    return texts.get(status, status)


def column_title(column: str) -> str:
    titles = {
        "file": QCoreApplication.translate("ImportResultModel", "Tệp"),
        "unit": QCoreApplication.translate("ImportResultModel", "Đơn vị"),
        "sequence": QCoreApplication.translate("ImportResultModel", "Số gói"),
        "status": QCoreApplication.translate("ImportResultModel", "Kết quả"),
        "added": QCoreApplication.translate("ImportResultModel", "Thêm"),
        "updated": QCoreApplication.translate("ImportResultModel", "Sửa"),
        "deleted": QCoreApplication.translate("ImportResultModel", "Xóa"),
        "reason": QCoreApplication.translate("ImportResultModel", "Lý do"),
    }
    return titles[column]


class ImportResultModel(ListTableModel):
    columns = COLUMNS

    def __init__(self, language: str = "vi") -> None:
        super().__init__()
        self.language = language

    def column_title(self, column: str) -> str:
        return column_title(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        result = self.row_at(index)
        if result is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "file":
                return result.file.name
            if column == "unit":
                return result.unit_code or ""
            if column == "sequence":
                return "" if result.sequence is None else str(result.sequence)
            if column == "status":
                return status_text(result.status)
            if column == "reason":
                return result.reason
            return format_number(getattr(result, column), self.language)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOURS.get(result.status, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "file":
                return str(result.file)
            if column == "reason" and result.reason:
                return result.reason
        if role == Qt.ItemDataRole.UserRole:
            return result.status
        return None

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for result in self.rows:
            found[result.status] = found.get(result.status, 0) + 1
        return found
