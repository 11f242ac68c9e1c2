"""The table view every list page uses: whole rows selected, alternating colours, one
line per row, no row numbers, columns the user can resize.

Keyboard: when the table gets the focus the first row becomes current (the page's
buttons come alive without a click); Enter or F2 on a row does what a double click does."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


class _Keyboard(QObject):
    """Focus and keys of one table (an event filter on it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QTableView):
            return False
        if event.type() == QEvent.Type.FocusIn:
            current_row_on_focus(watched)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = watched.currentIndex()
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in OPEN_KEYS and index.isValid():
                watched.doubleClicked.emit(index)
                return True
        return False


def current_row_on_focus(table: QTableView) -> None:
    """No current row yet: the first one becomes current and selected."""
    model = table.model()
    if model is None or table.currentIndex().isValid() or model.rowCount() == 0:
        return
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().setCurrentIndex(model.index(0, 0), flags)


def title_width(table: QTableView, column: int) -> int:
    """Room for a column's title in the language shown, with the sort arrow beside it:
    a width chosen for one language must not cut the other's title ("Last pa…")."""
    model = table.model()
    title = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    if not isinstance(title, str) or not title:
        return 0
    header = table.horizontalHeader()
    header.ensurePolished()
    widest = max(header.fontMetrics().horizontalAdvance(line) for line in title.splitlines())
    return widest + 36  # the section's margins and the sort indicator


def list_view(
    model: QAbstractItemModel,
    widths: Sequence[int],
    single_selection: bool = False,
    row_height: int | None = None,
) -> QTableView:
    """`widths`: the columns' widths in order; `row_height`: a fixed height for every row
    (long lists scroll at the same speed at any size), else the style's."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    rows = table.verticalHeader()
    rows.hide()
    if row_height is not None:
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for n, width in enumerate(widths):
        table.setColumnWidth(n, max(width, title_width(table, n)))
    table.installEventFilter(_Keyboard(table))
    return table


def sortable(
    table: QTableView, sort: Callable[[int, Qt.SortOrder], None], column: int, order: Qt.SortOrder
) -> None:
    """Clicking a column's title sorts by it (`sort`: the model's); first by `column`."""
    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    header.sortIndicatorChanged.connect(sort)
    header.setSortIndicator(column, order)
