"""The import log (SPEC §4): every package the centre was given, whatever the result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.profile import Profile
from cds_desktop.reports.report_data import ImportLogRow, load_import_log
from ui.centre.import_model import (
    MISSING,
    STATUS_COLOURS,
    reason_help,
    reason_text,
    status_text,
)
from ui.centre.units_model import format_moment
from ui.common.empty_state import EmptyState, page_heading
from ui.common.list_table_model import Index, ListTableModel
from ui.common.list_view import list_view
from ui.common.tasks import TaskControl, run_task

COLUMNS = (
    "imported_at",
    "file_name",
    "unit_code",
    "sequence",
    "status",
    "reason",  # beside the result, on screen without scrolling
    "added",
    "updated",
    "deleted",
    "signer_fingerprint",
    "package_sha256",
)
WIDTHS = (125, 220, 90, 76, 190, 300, 55, 55, 55, 200, 200)
NUMERIC = {"sequence", "added", "updated", "deleted"}


def column_title(column: str) -> str:
    titles = {
        "imported_at": QCoreApplication.translate("ImportLogModel", "Thời điểm"),
        "file_name": QCoreApplication.translate("ImportLogModel", "Tệp"),
        "unit_code": QCoreApplication.translate("ImportLogModel", "Đơn vị"),
        "sequence": QCoreApplication.translate("ImportLogModel", "Số gói"),
        "status": QCoreApplication.translate("ImportLogModel", "Kết quả"),
        "added": QCoreApplication.translate("ImportLogModel", "Thêm"),
        "updated": QCoreApplication.translate("ImportLogModel", "Sửa"),
        "deleted": QCoreApplication.translate("ImportLogModel", "Xóa"),
        "reason": QCoreApplication.translate("ImportLogModel", "Lý do"),
        "signer_fingerprint": QCoreApplication.translate("ImportLogModel", "Khóa ký"),
        "package_sha256": QCoreApplication.translate("ImportLogModel", "SHA-256 của tệp"),
    }
    return titles[column]


class ImportLogModel(ListTableModel):
    columns = COLUMNS

    def column_title(self, column: str) -> str:
        return column_title(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        column = COLUMNS[index.column()]
        value = getattr(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "imported_at":
                return format_moment(value)
            if column == "status":
                return status_text(value)
            if column == "file_name":
                return value.replace("\\", "/").rsplit("/", 1)[-1]
            if column == "reason":
                return reason_text(row.status, row.reason_code)
            if column in ("added", "updated", "deleted") and row.status == "rejected":
                return MISSING  # nothing was read: no "0 0 0"
            return MISSING if value is None or value == "" else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column == "file_name":
            return value or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "reason" and row.status != "imported":
            return reason_help(row.status, row.reason_code, row.reason)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(STATUS_COLOURS.get(value, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ImportLogPage(QWidget):
    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.loading = False
        intro = QLabel(
            self.tr(
                "Mọi gói đã được đưa vào chương trình, kể cả gói bị từ chối, mới nhất trước. "
                "Nhật ký cũng có trong sổ tính Excel của báo cáo tổng hợp."
            )
        )
        intro.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Làm mới"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.refresh_button)
        self.model = ImportLogModel()
        self.table = list_view(self.model, WIDTHS)
        self.table.setAccessibleName(self.tr("Nhật ký nhập gói"))
        self.count_label = QLabel()
        self.empty_state = EmptyState(
            self.tr("Chưa nhập gói nào"),
            self.tr(
                "Mỗi gói được đưa vào chương trình, nhập được hay bị từ chối, có một dòng ở "
                "đây. Nhập gói dữ liệu của các đơn vị ở trang «Nhập gói»."
            ),
            icon="import",
        )
        self.empty_state.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Nhật ký nhập gói")))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.count_label)
        self.reload()

    def reload(self) -> None:
        if self.loading:
            return
        self.loading = True
        profile = self.profile

        def work(_ctl: TaskControl) -> list[ImportLogRow]:
            return load_import_log(profile)

        def done(result: list[ImportLogRow]) -> None:
            self.loading = False
            self.model.set_rows(result)
            self.count_label.setText(self.tr("{n} dòng nhật ký").format(n=self.model.rowCount()))
            empty = not result
            self.empty_state.setVisible(empty)  # instead of a blank grid
            self.table.setVisible(not empty)
            self.count_label.setVisible(not empty)

        def failed(exc: BaseException) -> None:
            self.loading = False
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không đọc được nhật ký nhập gói"), exc)

        run_task(self, work, done, on_failure=failed)

    def refresh(self) -> None:
        self.reload()
