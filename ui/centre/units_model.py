"""The units table at the centre: catalog order, group, key and submission status (W6, W8)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase

from cds_desktop import catalog
from cds_desktop.submissions import SubmissionStatus
from cds_desktop.text import fold, format_date, format_number
from cds_desktop.units import UnitView
from ui.common import theme
from ui.common.list_table_model import Index

COLUMNS = (
    "order",
    "code",
    "name",
    "group",
    "key",
    "status",
    "last_sequence",
    "last_import_at",
    "activities",
)
NUMERIC = {"order", "last_sequence", "activities"}


@dataclass(frozen=True)
class UnitLine:
    """A unit with its key and submission status, as one line of the table."""

    code: str
    name: str
    group: str
    order: int
    fingerprint: str | None
    reported: bool
    last_sequence: int | None
    last_import_at: dt.datetime | None
    activities: int
    own: bool

    @property
    def search_key(self) -> str:
        return fold(f"{self.code} {self.name}")


def unit_lines(
    units: Sequence[UnitView], statuses: Sequence[SubmissionStatus], own: str
) -> list[UnitLine]:
    """Join the unit list and the submission status by unit code (catalog order)."""
    status = {s.unit_code: s for s in statuses}
    lines = []
    for u in units:
        s = status.get(u.code)
        lines.append(
            UnitLine(
                u.code,
                u.name,
                u.group,
                u.sort_order,
                u.fingerprint,
                s.reported if s else False,
                s.last_sequence if s else None,
                s.last_import_at if s else None,
                s.activities if s else 0,
                u.code == own,
            )
        )
    return lines


def column_title(column: str) -> str:
    titles = {
        "order": QCoreApplication.translate("UnitTableModel", "Thứ tự"),
        "code": QCoreApplication.translate("UnitTableModel", "Mã"),
        "name": QCoreApplication.translate("UnitTableModel", "Tên đơn vị"),
        "group": QCoreApplication.translate("UnitTableModel", "Nhóm"),
        "key": QCoreApplication.translate("UnitTableModel", "Mã nhận dạng khóa"),
        "status": QCoreApplication.translate("UnitTableModel", "Tình trạng"),
        "last_sequence": QCoreApplication.translate("UnitTableModel", "Gói cuối"),
        "last_import_at": QCoreApplication.translate("UnitTableModel", "Nhập lúc"),
        "activities": QCoreApplication.translate("UnitTableModel", "Hoạt động"),
    }
    return titles[column]


def format_moment(moment: dt.datetime | None) -> str:
    """Local time, dd/mm/yyyy hh:mm."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{format_date(local.date())} {local.hour:02d}:{local.minute:02d}"


class UnitTableModel(QAbstractTableModel):
    def __init__(self, language: str = "vi") -> None:
        super().__init__()
        self.language = language
        self.lines: list[UnitLine] = []
        self._visible: list[int] = []
        self._words: list[str] = []
        self._not_reported_only = False
        self._groups = {t.code: catalog.label(catalog.unit_groups(), t.code, language)
                        for t in catalog.unit_groups()}  # fmt: skip

    def set_lines(self, lines: Sequence[UnitLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self._visible = self._compute()
        self.endResetModel()

    def set_filter(self, query: str = "", not_reported_only: bool = False) -> None:
        self.beginResetModel()
        self._words = fold(query).split()
        self._not_reported_only = not_reported_only
        self._visible = self._compute()
        self.endResetModel()

    def _compute(self) -> list[int]:
        visible = []
        for n, line in enumerate(self.lines):
            if self._not_reported_only and (line.reported or line.own):
                continue
            if self._words and not all(w in line.search_key for w in self._words):
                continue
            visible.append(n)
        return visible

    def line_at(self, row: int) -> UnitLine:
        return self.lines[self._visible[row]]

    def row_of(self, code: str) -> int | None:
        for row, n in enumerate(self._visible):
            if self.lines[n].code == code:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def _status(self, line: UnitLine) -> str:
        if line.own:
            return QCoreApplication.translate("UnitTableModel", "Trung tâm (máy này)")
        if line.reported:
            return QCoreApplication.translate("UnitTableModel", "Đã gửi")
        return QCoreApplication.translate("UnitTableModel", "Chưa gửi")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        line = self.line_at(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "order":
                return str(line.order)
            if column == "code":
                return line.code
            if column == "name":
                return line.name
            if column == "group":
                return self._groups.get(line.group, line.group)
            if column == "key":
                if line.own:
                    return ""
                return line.fingerprint or QCoreApplication.translate(
                    "UnitTableModel", "chưa đăng ký"
                )
            if column == "status":
                return self._status(line)
            if column == "last_sequence":
                return "" if line.last_sequence is None else str(line.last_sequence)
            if column == "last_import_at":
                return format_moment(line.last_import_at)
            return format_number(line.activities, self.language)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status" and not line.own:  # not yet sent is a state, not an error
                return QColor(theme.SUCCESS if line.reported else theme.WARNING)
            if column == "key" and line.fingerprint is None:
                return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.FontRole and column == "key" and line.fingerprint:
            font: QFont = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return line.name
        if role == Qt.ItemDataRole.ToolTipRole and column == "group":
            return self._groups.get(line.group, line.group)
        if role == Qt.ItemDataRole.UserRole:
            return line.code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section])
        return None

    def reported_count(self) -> tuple[int, int]:
        """(units reported, units expected): the centre's own unit is not counted."""
        others = [line for line in self.lines if not line.own]
        return sum(line.reported for line in others), len(others)
