"""The campaign dialog's table of targets for one unit or one group of units (issue 18).

A row is chosen or typed in the line above the table (scope, unit or group, activities,
participants, reach) and set with «Đặt chỉ tiêu»; a selected row comes back into that
line to be changed, or goes with «Bỏ chỉ tiêu». Nothing is saved here: the dialog
hands `targets()` to `cds_desktop.plans.replace_targets`, which checks them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.plans import Target
from cds_desktop.text import format_number

SCOPES = ("unit", "group")
COLUMNS = 5


class TargetTable(QWidget):
    """Targets per unit and per group, edited as a small table."""

    def __init__(
        self, units: list[tuple[str, str]], language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.language = language
        self.units = units
        """(code, name) of every unit, in list order."""
        self.groups = [
            (g.code, catalog.label(catalog.unit_groups(), g.code, language))
            for g in catalog.unit_groups()
        ]
        self._forms: dict[tuple[str, str], tuple[str, ...]] = {}
        """The forms a loaded target requires (kept; set with `campaign target --form`)."""

        self.scope = QComboBox()
        self.scope.addItem(self.tr("Đơn vị"), "unit")
        self.scope.addItem(self.tr("Nhóm đơn vị"), "group")
        self.scope.setAccessibleName(self.tr("Chỉ tiêu cho"))
        self.scope.currentIndexChanged.connect(self._fill_who)
        self.who = QComboBox()
        self.who.setAccessibleName(self.tr("Đơn vị hoặc nhóm"))
        self.who.setMinimumContentsLength(24)
        self.who.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.spins: list[QSpinBox] = []
        names = (self.tr("Số hoạt động"), self.tr("Số người tham gia"), self.tr("Lượt tiếp cận"))
        for name in names:
            spin = QSpinBox()
            spin.setRange(0, 2_000_000_000)
            spin.setAccessibleName(name)
            spin.setToolTip(name)
            self.spins.append(spin)
        self.set_button = QPushButton(self.tr("Đặt chỉ tiêu"))
        self.set_button.clicked.connect(self.set_row)
        self.remove_button = QPushButton(self.tr("Bỏ chỉ tiêu"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)

        self.table = QTableWidget(0, COLUMNS)
        self.table.setAccessibleName(self.tr("Chỉ tiêu riêng của đơn vị, nhóm đơn vị"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Phạm vi"),
                self.tr("Đơn vị, nhóm"),
                self.tr("Hoạt động"),
                self.tr("Người tham gia"),
                self.tr("Lượt tiếp cận"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        line = QHBoxLayout()
        line.addWidget(self.scope)
        line.addWidget(self.who, 1)
        figures = QHBoxLayout()
        for spin, caption in zip(
            self.spins, (self.tr("hoạt động"), self.tr("người"), self.tr("lượt")), strict=True
        ):
            figures.addWidget(spin)
            figures.addWidget(QLabel(caption))
        figures.addStretch(1)
        figures.addWidget(self.set_button)
        figures.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addLayout(figures)
        layout.addWidget(self.table, 1)
        self._fill_who()

    # -- the line above the table -------------------------------------------------------
    def _fill_who(self) -> None:
        self.who.clear()
        choices = self.units if self.scope.currentData() == "unit" else self.groups
        for code, name in choices:
            self.who.addItem(name, code)

    def _name(self, scope: str, code: str) -> str:
        names = dict(self.units if scope == "unit" else self.groups)
        return names.get(code, code)

    def _row_of(self, scope: str, code: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == (scope, code):
                return row
        return -1

    def set_row(self) -> None:
        """Put the line's target into the table (replacing that unit's or group's row);
        all zeros removes it."""
        scope = str(self.scope.currentData())
        code = self.who.currentData()
        if code is None:
            return
        values = [spin.value() for spin in self.spins]
        row = self._row_of(scope, str(code))
        if not any(values) and not self._forms.get((scope, str(code))):
            if row >= 0:
                self.table.removeRow(row)
            return
        self._put(row, scope, str(code), values)

    def _put(self, row: int, scope: str, code: str, values: list[int]) -> None:
        if row < 0:
            row = self.table.rowCount()
            self.table.insertRow(row)
        first = QTableWidgetItem(self.scope.itemText(SCOPES.index(scope)))
        first.setData(Qt.ItemDataRole.UserRole, (scope, code))
        self.table.setItem(row, 0, first)
        self.table.setItem(row, 1, QTableWidgetItem(self._name(scope, code)))
        for column, value in enumerate(values, 2):
            item = QTableWidgetItem(format_number(value, self.language) if value else "")
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)

    def _selected(self) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        self.remove_button.setEnabled(bool(rows))
        if len(rows) != 1:
            return
        row = rows.pop()
        scope, code = self._data(row, 0)
        self.scope.setCurrentIndex(SCOPES.index(scope))
        self.who.setCurrentIndex(max(self.who.findData(code), 0))
        for column, spin in enumerate(self.spins, 2):
            spin.setValue(int(self._data(row, column)))

    def _data(self, row: int, column: int) -> Any:
        item = self.table.item(row, column)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else 0

    # -- in and out ------------------------------------------------------------------------
    def load(self, targets: list[Target]) -> None:
        """Show the unit and group targets of a campaign (others are not this table's)."""
        self.table.setRowCount(0)
        self._forms = {}
        for t in targets:
            if t.scope in SCOPES:
                self._forms[(t.scope, t.code)] = t.forms
                self._put(-1, t.scope, t.code, [t.activities, t.participants, t.reach])

    def targets(self) -> list[Target]:
        out = []
        for row in range(self.table.rowCount()):
            scope, code = self._data(row, 0)
            a, p, r = (int(self._data(row, c)) for c in (2, 3, 4))
            out.append(Target(scope, code, a, p, r, self._forms.get((scope, code), ())))
        return out
