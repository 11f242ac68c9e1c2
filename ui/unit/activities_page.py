"""The activity list (W2, W3): search, filters, table, add / edit / duplicate / delete.

At start-up the page is built from the `StartView` read before the database layer loaded
and shows its first screenful; `attach` gives it the profile right after it is painted,
and the whole list loads then. Nothing that imports SQLAlchemy is imported before that.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cds_desktop import catalog
from cds_desktop.start_view import FIRST_SCREEN, StartView
from cds_desktop.text import format_number
from cds_desktop.views import ActivityRow
from ui.common.dates import DATE_FORMAT, from_qdate, to_qdate
from ui.common.dialogs import confirm, inform
from ui.common.empty_state import EmptyState, page_heading
from ui.common.i18n import current_language
from ui.common.list_view import list_view, sortable
from ui.common.tasks import TaskControl, run_task
from ui.unit.activity_model import COLUMNS, ActivityTableModel, search_key

if TYPE_CHECKING:
    from cds_desktop.activities import ActivityService, SaveResult
    from cds_desktop.profile import Profile
    from ui.unit.activity_editor import ActivityEditor

NARROW_WIDTH = 420  # the four action buttons; narrower pages scroll sideways
COLUMN_WIDTHS = {
    "title": 320,
    "form": 170,
    "start_date": 92,
    "end_date": 92,
    "location": 130,
    "participants": 108,
    "reach": 108,
    "evidence": 86,
}


class ActivitiesPage(QWidget):
    """Emits `changed` after any save or delete (the status bar counts are refreshed)."""

    changed = Signal()
    loaded = Signal()

    def __init__(self, opened: Profile | StartView) -> None:
        """For an open profile; or, at start-up, from the start view alone (`attach`)."""
        super().__init__()
        view = opened if isinstance(opened, StartView) else opened.start_view()
        self.language = current_language()
        self.loading = False
        self.period = view.campaign.period

        self.add_button = QPushButton(self.tr("Thêm hoạt động"))
        self.add_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.duplicate_button = QPushButton(self.tr("Nhân bản"))
        self.delete_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập từ Excel…"))
        self.template_button = QPushButton(self.tr("Lưu mẫu Excel…"))
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_xlsx)
        self.template_button.clicked.connect(self.save_template)
        actions = self.actions_row = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.template_button)
        actions.addWidget(self.import_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm theo tên, địa điểm… (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.form_filter = QComboBox()
        self.form_filter.addItem(self.tr("Tất cả hình thức"), None)
        for term in catalog.forms():
            self.form_filter.addItem(term.vi if self.language == "vi" else term.en, term.code)
        self.form_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.form_filter.setMinimumContentsLength(12)  # the search keeps its room
        self.date_filter = QCheckBox(self.tr("Từ ngày"))
        self.date_from = self._date_edit(self.period[0])
        self.date_to = self._date_edit(self.period[1])
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.search.setAccessibleName(self.tr("Tìm hoạt động"))
        self.form_filter.setAccessibleName(self.tr("Lọc theo hình thức"))
        self.date_from.setAccessibleName(self.tr("Lọc từ ngày"))
        self.date_to.setAccessibleName(self.tr("Lọc đến ngày"))
        self.date_to_label = QLabel(self.tr("đến"))
        filters = self.filters_row = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.form_filter, 1)
        self.dates = [self.date_filter, self.date_from, self.date_to_label, self.date_to]
        for widget in self.dates:
            filters.addWidget(widget)
        # on a narrow screen the Excel buttons and the date filter get rows of their own
        self.excel_row, self.dates_row = QHBoxLayout(), QHBoxLayout()
        self.excel_row.addStretch(1)
        self.dates_row.addStretch(1)
        self.narrow = False

        self.model = ActivityTableModel(self.language)
        self.table = list_view(
            self.model, [COLUMN_WIDTHS[c] for c in COLUMNS], single_selection=True, row_height=26
        )
        self.table.setAccessibleName(self.tr("Danh sách hoạt động"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        newest_first = Qt.SortOrder.DescendingOrder
        sortable(self.table, self.model.sort, COLUMNS.index("start_date"), newest_first)
        state = QSettings().value("activities/header")
        if state is not None:
            header.restoreState(state)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # the table only, not the search

        self.count_label = QLabel()
        self.empty_state = EmptyState(
            self.tr("Chưa có hoạt động nào"),
            self.tr("Bấm «Thêm hoạt động» hoặc «Nhập từ Excel…» để bắt đầu."),
            self.tr("Thêm hoạt động đầu tiên"),
            icon="activities",
        )
        assert self.empty_state.button is not None
        self.empty_state.button.clicked.connect(self.add_activity)
        self.empty_state.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Hoạt động của đơn vị")))
        layout.addLayout(actions)
        layout.addLayout(self.excel_row)
        layout.addLayout(filters)
        layout.addLayout(self.dates_row)
        self._wide_width = (
            max(actions.minimumSize().width(), filters.minimumSize().width())
            + layout.contentsMargins().left()
            + layout.contentsMargins().right()
        )
        self.setMinimumWidth(NARROW_WIDTH)  # below the rows' widths: they reflow instead
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_state, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.form_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.date_filter.toggled.connect(self._date_toggled)
        self.date_from.dateChanged.connect(lambda _d: self.apply_filter())
        self.date_to.dateChanged.connect(lambda _d: self.apply_filter())
        self.model.filtered.connect(self._update_count)
        self.model.modelReset.connect(self._update_buttons)

        # the first screenful now (newest first, as the core lists them), the rest in the
        # background; the table's sort order applies from the full load on
        # a full first screen may be followed by more: its count is not the total yet
        self.partial = len(view.first_rows) >= FIRST_SCREEN
        self.model.set_rows(view.first_rows)
        self.model.set_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.loading = True  # until `reload` has read them all
        if not isinstance(opened, StartView):
            self.attach(opened)

    def attach(self, profile: Profile) -> None:
        """The open profile: the page can change activities, and loads all of them."""
        from cds_desktop.activities import ActivityService

        self.profile = profile
        self.service: ActivityService = ActivityService(profile)
        self.reload()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """One row of buttons and one of filters when wide; else the Excel buttons and
        the date filter on rows of their own."""
        narrow = self.width() < self._wide_width
        if narrow == self.narrow:
            return
        self.narrow = narrow
        excel = [self.template_button, self.import_button]
        for widget in excel + self.dates:
            self.actions_row.removeWidget(widget)
            self.filters_row.removeWidget(widget)
            self.excel_row.removeWidget(widget)
            self.dates_row.removeWidget(widget)
        if narrow:
            for n, widget in enumerate(excel):
                self.excel_row.insertWidget(n, widget)
            for n, widget in enumerate(self.dates):
                self.dates_row.insertWidget(n, widget)
        else:
            for widget in excel:
                self.actions_row.addWidget(widget)
            for widget in self.dates:
                self.filters_row.addWidget(widget)

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(to_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    # --- loading and filtering -----------------------------------------------------------
    def reload(self) -> None:
        """Load every row (and its search key) off the GUI thread."""
        self.loading = True
        service = self.service

        def work(_ctl: TaskControl) -> tuple[list[ActivityRow], list[str]]:
            rows = service.list_rows()
            return rows, [search_key(r) for r in rows]

        def done(result: tuple[list[ActivityRow], list[str]]) -> None:
            rows, keys = result
            selected = self.selected_id()
            self.model.set_rows(rows, keys)
            self.partial = self.loading = False
            self._update_count()  # set_rows counted while still loading: the empty state
            if selected is not None:
                self.select(selected)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            self.partial = self.loading = False
            self._update_count()
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không đọc được danh sách hoạt động"), exc)

        run_task(self, work, done, on_failure=failed)

    def _date_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filter()

    def apply_filter(self) -> None:
        date_range = None
        if self.date_filter.isChecked():
            date_range = (from_qdate(self.date_from.date()), from_qdate(self.date_to.date()))
        self.model.set_filter(self.search.text(), self.form_filter.currentData(), date_range)

    def _update_count(self) -> None:
        if self.partial:
            text = self.tr("{n} hoạt động mới nhất · đang đọc các hoạt động khác…").format(
                n=format_number(self.model.rowCount(), self.language)
            )
        else:
            text = self.model.count_text()
        self.count_label.setText(text)
        empty = self.model.total == 0 and not self.loading
        self.empty_state.setVisible(empty)  # instead of a blank grid
        self.table.setVisible(not empty)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    def select(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def save_layout(self) -> None:
        QSettings().setValue("activities/header", self.table.horizontalHeader().saveState())

    # --- actions -------------------------------------------------------------------------
    def open_editor(self, activity_id: str | None, duplicate: bool = False) -> ActivityEditor:
        from ui.unit.activity_editor import ActivityEditor

        view = self.service.get(activity_id) if activity_id is not None else None
        editor = ActivityEditor(self.profile, view, duplicate, self)
        editor.on_saved = self._after_save
        editor.setModal(True)
        editor.show()
        return editor

    def add_activity(self) -> ActivityEditor:
        return self.open_editor(None)

    def edit_selected(self) -> ActivityEditor | None:
        selected = self.selected_id()
        return self.open_editor(selected) if selected is not None else None

    def duplicate_selected(self) -> ActivityEditor | None:
        selected = self.selected_id()
        return self.open_editor(selected, duplicate=True) if selected is not None else None

    def _after_save(self, result: SaveResult) -> None:
        self._pending_select = result.activity_id
        self.reload()
        self.loaded.connect(self._select_pending, Qt.ConnectionType.SingleShotConnection)
        self.changed.emit()

    def _select_pending(self) -> None:
        self.select(self._pending_select)

    def delete_selected(self) -> None:
        selected = self.selected_id()
        if selected is None:
            return
        title = self.model.row_at(self.table.selectionModel().selectedRows()[0].row()).title
        if not confirm(
            self,
            self.tr("Xóa hoạt động"),
            self.tr(
                "Xóa hoạt động «{title}»?\n\nViệc xóa sẽ được gửi tới Trung tâm trong lần xuất "
                "gói dữ liệu tiếp theo."
            ).format(title=title),
        ):
            return
        service = self.service
        run_task(
            self,
            lambda _ctl: service.delete(selected),
            self._after_delete,
            error_title=self.tr("Không xóa được hoạt động"),
        )

    def _after_delete(self, _result: object) -> None:
        self.reload()
        self.changed.emit()

    # --- Excel ---------------------------------------------------------------------------
    def save_template(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu mẫu Excel"),
            str(Path.home() / "mau-nhap-hoat-dong.xlsx"),
            self.tr("Sổ tính Excel (*.xlsx)"),
        )
        if not name:
            return
        out = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")

        def work(_ctl: TaskControl) -> Path:
            from cds_desktop.reports.xlsx_template import write_template

            write_template(out)
            return out

        run_task(
            self,
            work,
            lambda path: inform(
                self,
                self.tr("Đã lưu mẫu Excel"),
                self.tr(
                    "Đã lưu mẫu vào {path}.\n\nĐiền mỗi hoạt động một dòng ở trang «Hoạt động», "
                    "rồi bấm «Nhập từ Excel…»."
                ).format(path=path),
            ),
            error_title=self.tr("Không lưu được mẫu Excel"),
        )

    def import_xlsx(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Nhập hoạt động từ Excel"),
            str(Path.home()),
            self.tr("Sổ tính Excel (*.xlsx)"),
        )
        if not name:
            return
        profile = self.profile
        path = Path(name)

        def work(_ctl: TaskControl) -> object:
            from cds_desktop.reports.xlsx_import import import_activities_xlsx

            return import_activities_xlsx(profile, path)

        run_task(
            self,
            work,
            self._imported,
            on_failure=self._import_failed,
            title=self.tr("Đang nhập từ Excel…"),
        )

    def _imported(self, result: object) -> None:
        from ui.common.import_result import ImportResultDialog

        self.reload()
        self.changed.emit()
        ImportResultDialog.for_success(self, result).ask()

    def _import_failed(self, exc: BaseException) -> None:
        from ui.common.import_result import ImportResultDialog

        if hasattr(exc, "row_errors"):
            ImportResultDialog.for_errors(self, exc).ask()
        else:
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không nhập được tệp Excel"), exc)
