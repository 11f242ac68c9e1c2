"""Units at the centre (W6, W8): the catalog with group and order, add and edit, key
registration, replacement (a unit's new PC), revocation and history, submission status,
the not-reported filter and its Excel list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.profile import Profile
from cds_desktop.submissions import submission_status
from cds_desktop.units import UnitService
from ui.centre.key_dialogs import (
    KeyHistoryDialog,
    ReplaceKeyDialog,
    RevokeKeyDialog,
    key_refusal,
)
from ui.centre.unit_dialogs import KeyDialog, UnitDialog
from ui.centre.units_model import COLUMNS, UnitLine, UnitTableModel, unit_lines
from ui.common.dialogs import inform, show_error
from ui.common.flow_layout import FlowLayout
from ui.common.i18n import current_language
from ui.common.list_view import list_view
from ui.common.recovery_flows import export_unit_data
from ui.common.tasks import TaskControl, run_task

COLUMN_WIDTHS = {
    "order": 56,
    "code": 84,
    "name": 300,
    "group": 110,
    "key": 200,
    "status": 96,
    "last_sequence": 62,
    "last_import_at": 122,
    "activities": 76,
}


class UnitsPage(QWidget):
    """Emits `changed` after a unit or key was saved."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.service = UnitService(profile)
        self.loading = False

        title = QLabel(self.tr("Đơn vị và tình hình gửi báo cáo"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.add_button = QPushButton(self.tr("Thêm đơn vị…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.key_button = QPushButton(self.tr("Đăng ký khóa…"))
        self.key_button.setObjectName("primary")
        self.replace_key_button = QPushButton(self.tr("Thay khóa…"))
        self.replace_key_button.setToolTip(
            self.tr("Đơn vị dùng máy tính mới hoặc đã cài lại máy: đăng ký khóa mới thay khóa cũ")
        )
        self.revoke_key_button = QPushButton(self.tr("Thu hồi khóa…"))
        self.keys_button = QPushButton(self.tr("Lịch sử khóa…"))
        self.export_button = QPushButton(self.tr("Xuất danh sách chưa gửi (Excel)…"))
        self.add_button.clicked.connect(self.add_unit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.key_button.clicked.connect(self.register_key)
        self.replace_key_button.clicked.connect(self.replace_key)
        self.revoke_key_button.clicked.connect(self.revoke_key)
        self.keys_button.clicked.connect(self.show_keys)
        self.export_button.clicked.connect(self.export_not_reported)
        actions = FlowLayout()  # wraps on a small screen instead of scrolling sideways
        for button in (
            self.add_button,
            self.edit_button,
            self.key_button,
            self.replace_key_button,
            self.revoke_key_button,
            self.keys_button,
        ):
            actions.addWidget(button)
        self.data_button = QPushButton(self.tr("Xuất dữ liệu cho đơn vị…"))
        self.data_button.setToolTip(
            self.tr("Dữ liệu của đơn vị như Trung tâm đang lưu, để đơn vị mất máy nạp lại")
        )
        self.data_button.clicked.connect(self.export_unit_data)
        actions.addWidget(self.data_button)
        actions.addWidget(self.export_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo mã, tên đơn vị… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.not_reported = QCheckBox(self.tr("Chỉ hiện đơn vị chưa gửi báo cáo"))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.not_reported)

        self.model = UnitTableModel(current_language())
        self.table = list_view(
            self.model, [COLUMN_WIDTHS[c] for c in COLUMNS], single_selection=True, row_height=26
        )
        self.table.setAccessibleName(self.tr("Danh sách đơn vị"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-size: 11pt;")

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.not_reported.toggled.connect(lambda _on: self.apply_filter())
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_count)
        self.reload()

    # --- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        profile = self.profile
        service = self.service
        self.loading = True

        def work(_ctl: TaskControl) -> list[UnitLine]:
            return unit_lines(
                service.list_units(), submission_status(profile), profile.identity.unit_code
            )

        def done(result: list[UnitLine]) -> None:
            selected = self.selected_code()
            self.model.set_lines(result)
            self.loading = False
            if selected is not None:
                self.select(selected)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self.loading = False
            show_error(self, self.tr("Không đọc được danh sách đơn vị"), exc)

        run_task(self, work, done, on_failure=failed)

    def refresh(self) -> None:
        """Called when the page is shown."""
        if not self.loading:
            self.reload()

    def apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.not_reported.isChecked())

    def _update_count(self) -> None:
        reported, expected = self.model.reported_count()
        text = self.tr(
            "Đã gửi báo cáo: {reported} / {expected} đơn vị · chưa gửi: {missing}"
        ).format(reported=reported, expected=expected, missing=expected - reported)
        if self.model.rowCount() != len(self.model.lines):
            text += " · " + self.tr("đang hiện {n} đơn vị").format(n=self.model.rowCount())
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        line = self.selected_line()
        self.edit_button.setEnabled(line is not None)
        other = line is not None and not line.own
        has_key = other and line is not None and line.fingerprint is not None
        self.key_button.setEnabled(other and not has_key)
        self.replace_key_button.setEnabled(has_key)
        self.revoke_key_button.setEnabled(has_key)
        self.keys_button.setEnabled(other)
        self.data_button.setEnabled(other)

    def selected_line(self) -> UnitLine | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.line_at(rows[0].row())

    def selected_code(self) -> str | None:
        line = self.selected_line()
        return line.code if line is not None else None

    def select(self, code: str) -> None:
        row = self.model.row_of(code)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # --- actions -------------------------------------------------------------------------
    def _saved(self, code: str) -> None:
        self.reload()
        self.loaded.connect(lambda: self.select(code), Qt.ConnectionType.SingleShotConnection)
        self.changed.emit()

    def add_unit(self) -> None:
        dialog = UnitDialog(self)
        if not dialog.ask():
            return
        try:
            unit = self.service.add(
                dialog.code.text(), dialog.name.text(), dialog.group.currentData()
            )
        except Exception as exc:
            show_error(self, self.tr("Không thêm được đơn vị"), exc)
            return
        self._saved(unit.code)

    def edit_selected(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = UnitDialog(self, line)
        if not dialog.ask():
            return
        try:
            self.service.edit(
                line.code,
                name=dialog.name.text(),
                group=dialog.group.currentData(),
                sort_order=dialog.order.value(),
            )
        except Exception as exc:
            show_error(self, self.tr("Không sửa được đơn vị"), exc)
            return
        self._saved(line.code)

    def register_key(self) -> None:
        line = self.selected_line()
        if line is None or line.own:
            return
        dialog = KeyDialog(self, line)
        if not dialog.ask():
            return
        from cds_desktop.packages.trust import trust_unit_key

        try:
            canonical = trust_unit_key(self.profile, line.code, dialog.fingerprint.text())
        except Exception as exc:
            self._key_error(self.tr("Không đăng ký được khóa"), exc)
            return
        self._saved(line.code)
        inform(
            self,
            self.tr("Đã đăng ký khóa"),
            self.tr("Đã đăng ký khóa {key} cho đơn vị {unit}.").format(
                key=canonical, unit=line.code
            ),
        )

    def replace_key(self) -> None:
        """The unit's new key (a new or reinstalled PC), checked by phone, with a reason."""
        line = self.selected_line()
        if line is None or line.own:
            return
        dialog = ReplaceKeyDialog(self, line)
        if not dialog.ask():
            return
        from cds_desktop.packages.trust import replace_unit_key

        try:
            done = replace_unit_key(
                self.profile, line.code, dialog.fingerprint.text(), dialog.reason.text()
            )
        except Exception as exc:
            self._key_error(self.tr("Không thay được khóa"), exc)
            return
        self._saved(line.code)
        inform(
            self,
            self.tr("Đã thay khóa"),
            self.tr(
                "Từ nay Trung tâm chỉ nhận các gói của đơn vị {unit} ký bằng khóa {key}; "
                "các gói ký bằng khóa cũ sẽ bị từ chối."
            ).format(unit=line.code, key=done.new_fingerprint),
        )

    def revoke_key(self) -> None:
        line = self.selected_line()
        if line is None or line.own:
            return
        dialog = RevokeKeyDialog(self, line)
        if not dialog.ask():
            return
        from cds_desktop.packages.trust import revoke_unit_key

        try:
            old = revoke_unit_key(self.profile, line.code, dialog.reason.text())
        except Exception as exc:
            self._key_error(self.tr("Không thu hồi được khóa"), exc)
            return
        self._saved(line.code)
        inform(
            self,
            self.tr("Đã thu hồi khóa"),
            self.tr(
                "Khóa {key} của đơn vị {unit} đã bị thu hồi. Khi đơn vị có khóa mới, hãy "
                "đối chiếu qua điện thoại rồi bấm «Đăng ký khóa…»."
            ).format(unit=line.code, key=old),
        )

    def _key_error(self, title: str, exc: BaseException) -> None:
        text = key_refusal(exc)
        if not text:
            show_error(self, title, exc)
            return
        QMessageBox.critical(self, title, text + "\n\n" + self.tr("Chưa có gì bị thay đổi."))

    def show_keys(self) -> None:
        line = self.selected_line()
        if line is None or line.own:
            return
        from cds_desktop.packages.trust import key_history

        try:
            entries = key_history(self.profile, line.code)
        except Exception as exc:
            show_error(self, self.tr("Không đọc được lịch sử khóa"), exc)
            return
        KeyHistoryDialog(self, line, entries).ask()

    def export_unit_data(self) -> None:
        code = self.selected_code()
        if code is not None:
            export_unit_data(self, self.profile, code)

    def export_not_reported(self) -> None:
        folder = QSettings().value("reports/folder")
        start = Path(folder) if isinstance(folder, str) and folder else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu danh sách đơn vị chưa gửi báo cáo"),
            str(start / "don-vi-chua-gui-bao-cao.xlsx"),
            self.tr("Sổ tính Excel (*.xlsx)"),
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        QSettings().setValue("reports/folder", str(out.parent))
        profile = self.profile

        def work(_ctl: TaskControl) -> int:
            from cds_desktop.chase_list import write_not_reported_xlsx

            return write_not_reported_xlsx(profile, out)

        run_task(
            self,
            work,
            lambda count: inform(
                self,
                self.tr("Đã lưu danh sách"),
                self.tr("Đã lưu {n} đơn vị chưa gửi báo cáo vào {path}.").format(n=count, path=out),
            ),
            error_title=self.tr("Không lưu được danh sách"),
        )
