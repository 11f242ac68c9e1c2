"""The master activity table: the unit table model with a unit column and a unit filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from cds_desktop.text import fold
from ui.common.list_table_model import Index
from ui.unit.activity_model import COLUMNS, ActivityTableModel

UNIT_COLUMN = len(COLUMNS)


class MasterActivityModel(ActivityTableModel):
    """Every unit's activities; the last column is the unit code (sortable, filterable)."""

    def __init__(self, language: str = "vi") -> None:
        super().__init__(language)
        self._unit: str | None = None
        self._only: set[str] | None = None
        self.unit_names: dict[str, str] = {}

    def set_only(self, activity_ids: set[str] | None) -> None:
        """Show only these activities (None: all), e.g. those with out-of-period photos."""
        self._only = activity_ids
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()
        self.filtered.emit()

    def set_unit(self, unit_code: str | None) -> None:
        self._unit = unit_code or None
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()
        self.filtered.emit()

    def _compute_visible(self) -> list[int]:
        sort = self._sort
        by_unit = sort is not None and sort[0] == UNIT_COLUMN
        if by_unit:
            self._sort = None
        try:
            visible = super()._compute_visible()
        finally:
            self._sort = sort
        if self._unit is not None:
            unit = self._unit
            visible = [i for i in visible if self._rows[i].unit_code == unit]
        if self._only is not None:
            only = self._only
            visible = [i for i in visible if self._rows[i].id in only]
        if by_unit and sort is not None:
            visible.sort(
                key=lambda i: fold(self._rows[i].unit_code),
                reverse=sort[1] == Qt.SortOrder.DescendingOrder,
            )
        return visible

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == UNIT_COLUMN:
            if index.row() >= len(self._visible):
                return None
            row = self._rows[self._visible[index.row()]]
            if role == Qt.ItemDataRole.DisplayRole:
                return row.unit_code
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.unit_names.get(row.unit_code, row.unit_code)
            if role == Qt.ItemDataRole.UserRole:
                return row.id
            return None
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and section == UNIT_COLUMN and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("MasterActivityModel", "Đơn vị")
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column != UNIT_COLUMN:
            super().sort(column, order)
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._visible = self._compute_visible()
        self.endResetModel()
