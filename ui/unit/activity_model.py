"""The activity table's model: plain rows from the core, filtered and sorted in Python.

Built for 100,000 rows: the rows are tuples from `ActivityService.list_rows`, cells are
formatted only when the view asks for them (the visible screenful), search compares
folded keys (no diacritics, no case) computed once per load, and sorting uses
`sorted` on the row indexes instead of a proxy model calling back per comparison.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from cds_desktop import catalog
from cds_desktop.text import fold, format_date, format_number
from cds_desktop.views import ActivityRow
from ui.common.list_table_model import Index

COLUMNS = (
    "title",
    "form",
    "start_date",
    "end_date",
    "location",
    "participants",
    "reach",
    "evidence",
)
NUMERIC = {"participants", "reach", "evidence"}
_SORT_KEYS: dict[str, Callable[[ActivityRow], Any]] = {
    "title": lambda r: fold(r.title),
    "form": lambda r: r.form,
    "start_date": lambda r: r.start_date,
    "end_date": lambda r: r.end_date,
    "location": lambda r: fold(r.location),
    "participants": lambda r: r.participants,
    "reach": lambda r: r.reach,
    "evidence": lambda r: r.evidence,
}


def search_key(row: ActivityRow) -> str:
    """What instant search looks in: title, location, organiser, form label."""
    return fold(
        f"{row.title} {row.location} {row.organiser} {catalog.label(catalog.forms(), row.form)}"
    )


def column_title(column: str) -> str:
    titles = {
        "title": QCoreApplication.translate("ActivityTableModel", "Tên hoạt động"),
        "form": QCoreApplication.translate("ActivityTableModel", "Hình thức"),
        "start_date": QCoreApplication.translate("ActivityTableModel", "Từ ngày"),
        "end_date": QCoreApplication.translate("ActivityTableModel", "Đến ngày"),
        "location": QCoreApplication.translate("ActivityTableModel", "Địa điểm"),
        "participants": QCoreApplication.translate("ActivityTableModel", "Người tham gia"),
        "reach": QCoreApplication.translate("ActivityTableModel", "Lượt tiếp cận"),
        "evidence": QCoreApplication.translate("ActivityTableModel", "Minh chứng"),
    }
    return titles[column]


class ActivityTableModel(QAbstractTableModel):
    """Rows of `ActivityRow`; `visible` holds the indexes shown, filtered and sorted."""

    filtered = Signal()

    def __init__(self, language: str = "vi") -> None:
        super().__init__()
        self.language = language
        self._rows: list[ActivityRow] = []
        self._keys: list[str] | None = None
        self._visible: list[int] = []
        self._form_labels = {
            t.code: catalog.label(catalog.forms(), t.code, language) for t in catalog.forms()
        }
        self._query_words: list[str] = []
        self._form: str | None = None
        self._date_range: tuple[dt.date, dt.date] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # --- data in -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[ActivityRow], keys: Sequence[str] | None = None) -> None:
        """Replace all rows (keys: precomputed `search_key`s, e.g. from a background load)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._keys = list(keys) if keys is not None else None
        self._visible = self._compute_visible()
        self.endResetModel()
        self.filtered.emit()

    def set_filter(
        self,
        query: str | None = None,
        form: str | None = None,
        date_range: tuple[dt.date, dt.date] | None = None,
    ) -> None:
        self._query_words = fold(query or "").split()
        self._form = form or None
        self._date_range = date_range
        self.beginResetModel()
        self._visible = self._compute_visible()
        self.endResetModel()
        self.filtered.emit()

    def _compute_visible(self) -> list[int]:
        rows = self._rows
        visible: list[int] = list(range(len(rows)))
        if self._form is not None:
            form = self._form
            visible = [i for i in visible if rows[i].form == form]
        if self._date_range is not None:
            first, last = self._date_range
            visible = [
                i for i in visible if rows[i].end_date >= first and rows[i].start_date <= last
            ]
        if self._query_words:
            if self._keys is None or len(self._keys) != len(rows):
                self._keys = [search_key(r) for r in rows]
            keys = self._keys
            for word in self._query_words:
                visible = [i for i in visible if word in keys[i]]
        if self._sort is not None:
            column, order = self._sort
            key = _SORT_KEYS[COLUMNS[column]]
            visible.sort(key=lambda i: key(rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)
        return visible

    # --- Qt model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, column)
            if column == "form":
                return self._form_labels.get(value, value)
            if column in ("start_date", "end_date"):
                return format_date(value)
            if column in NUMERIC:
                return format_number(value, self.language)
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.title
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return column_title(COLUMNS[section])
        return None

    def set_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Remember the order for the next `set_rows` without sorting now."""
        if 0 <= column < len(COLUMNS):
            self._sort = (column, order)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [self._visible[i.row()] if i.row() < len(self._visible) else None for i in old]
        self._sort = (column, order)
        key = _SORT_KEYS[COLUMNS[column]]
        rows = self._rows
        self._visible.sort(
            key=lambda i: key(rows[i]), reverse=order == Qt.SortOrder.DescendingOrder
        )
        if old:
            position = {row: n for n, row in enumerate(self._visible)}
            new = [
                self.index(position[r], i.column()) if r is not None else QModelIndex()
                for i, r in zip(old, old_ids, strict=True)
            ]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- helpers for the page ------------------------------------------------------------
    def row_at(self, row: int) -> ActivityRow:
        return self._rows[self._visible[row]]

    def id_at(self, row: int) -> str | None:
        """The activity id of a shown row; None past the end (the rows may be reloading)."""
        return self.row_at(row).id if 0 <= row < self.rowCount() else None

    def count_text(self) -> str:
        """ "12 hoạt động", or "Hiển thị 3 / 12 hoạt động" while a filter hides some."""
        shown, total = self.rowCount(), self.total
        if shown == total:
            return QCoreApplication.translate("ActivityTableModel", "{n} hoạt động").format(
                n=format_number(total, self.language)
            )
        return QCoreApplication.translate(
            "ActivityTableModel", "Hiển thị {shown} / {total} hoạt động"
        ).format(
            shown=format_number(shown, self.language), total=format_number(total, self.language)
        )

    def row_of(self, activity_id: str) -> int | None:
        for n, i in enumerate(self._visible):
            if self._rows[i].id == activity_id:
                return n
        return None

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> list[ActivityRow]:
        return self._rows
