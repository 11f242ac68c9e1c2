"""Result of an Excel import (W3): how many activities were added, or every bad row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.errors import FieldError
from cds_desktop.reports.xlsx_import import DuplicateRow, RowError
from ui.unit.activity_editor import field_message


def imported_count(result: object) -> int:
    """The number of activities an import added, whatever shape the service returns."""
    for name in ("added", "activities", "count", "imported"):
        value = getattr(result, name, None)
        if isinstance(value, int):
            return value
        if isinstance(value, list | tuple):
            return len(value)
    if isinstance(result, int):
        return result
    if isinstance(result, list | tuple):
        return len(result)
    return 0


def duplicate_reason(duplicate: DuplicateRow) -> str:
    if duplicate.same_as_row:
        return QCoreApplication.translate(
            "ImportResultDialog", "Trùng với dòng {row} của tệp."
        ).format(row=duplicate.same_as_row)
    if duplicate.deleted:
        return QCoreApplication.translate(
            "ImportResultDialog", "Đã nhập trước đây rồi bị xóa; không khôi phục lại."
        )
    return QCoreApplication.translate("ImportResultDialog", "Đã có trong danh sách hoạt động.")


class ImportResultDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        message: str,
        rows: list[tuple[str, str, str]],
        second_column: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kết quả nhập từ Excel"))
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Dòng"), second_column or self.tr("Cột"), self.tr("Lý do")]
        )
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Các dòng có lỗi"))
        self.table.setVisible(bool(rows))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(760, 420 if rows else 160)

    @classmethod
    def for_success(cls, parent: QWidget | None, result: object) -> ImportResultDialog:
        text = QCoreApplication.translate("ImportResultDialog", "Đã nhập {n} hoạt động.").format(
            n=imported_count(result)
        )
        duplicates: list[DuplicateRow] = list(getattr(result, "duplicates", []))
        if duplicates:
            text += " " + QCoreApplication.translate(
                "ImportResultDialog",
                "{n} dòng dưới đây đã có từ trước nên không được nhập lại (không bị trùng).",
            ).format(n=len(duplicates))
        rows = [(str(d.row), d.title, duplicate_reason(d)) for d in duplicates]
        title = QCoreApplication.translate("ImportResultDialog", "Tên hoạt động")
        return cls(parent, text, rows, title)

    @classmethod
    def for_errors(cls, parent: QWidget | None, exc: BaseException) -> ImportResultDialog:
        errors: list[RowError] = list(getattr(exc, "row_errors", []))
        rows = [
            (
                str(e.row),
                e.column,
                field_message(FieldError(e.field, e.code, e.message, e.value, e.allowed))
                if e.code
                else e.message,
            )
            for e in errors
        ]
        text = QCoreApplication.translate(
            "ImportResultDialog",
            "Tệp có {n} lỗi nên chưa có hoạt động nào được nhập. Sửa các dòng dưới đây trong "
            "tệp Excel rồi nhập lại.",
        ).format(n=len(rows))
        if not rows:
            text += "\n\n" + str(exc)
        return cls(parent, text, rows)

    def ask(self) -> int:
        """Show modally; tests replace this."""
        return self.exec()
