"""The table view every list page uses: whole rows selected, alternating colours, one
line per row, no row numbers, columns the user can resize."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


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
        table.setColumnWidth(n, width)
    return table
