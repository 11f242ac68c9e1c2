"""Reused photos at the centre (issue 19): the groups of evidence photos used by more than
one activity, and the selected group's uses side by side with thumbnails.

The rules (what is a duplicate, the hashes) are `cds_desktop.duplicates`; this view only
asks for the groups on the thread pool and shows them."""

from __future__ import annotations

import contextlib
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.duplicates import EXACT, DuplicateGroup, DuplicateUse
from cds_desktop.profile import Profile
from cds_desktop.text import format_date, format_number
from ui.common.i18n import current_language
from ui.common.list_table_model import Index, ListTableModel
from ui.common.list_view import list_view
from ui.common.tasks import TaskControl, emit, run_task

COLUMNS = ("kind", "units", "activities", "file")
WIDTHS = (150, 220, 90, 260)
THUMB = 180
MAX_CARDS = 12
"""Uses shown side by side in one group (thumbnails read for those only)."""


def kind_text(kind: str) -> str:
    if kind == EXACT:
        return QCoreApplication.translate("DuplicateGroupModel", "Cùng một tệp")
    return QCoreApplication.translate("DuplicateGroupModel", "Ảnh gần giống")


class DuplicateGroupModel(ListTableModel):
    columns = COLUMNS

    def column_title(self, column: str) -> str:
        titles = {
            "kind": QCoreApplication.translate("DuplicateGroupModel", "Loại trùng"),
            "units": QCoreApplication.translate("DuplicateGroupModel", "Đơn vị"),
            "activities": QCoreApplication.translate("DuplicateGroupModel", "Số hoạt động"),
            "file": QCoreApplication.translate("DuplicateGroupModel", "Tệp"),
        }
        return titles[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        group = cast(DuplicateGroup | None, self.row_at(index))
        if group is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                return kind_text(group.kind)
            if column == "units":
                return ", ".join(group.unit_codes)
            if column == "activities":
                return str(group.activity_count)
            return ", ".join(dict.fromkeys(u.filename for u in group.uses))
        if role == Qt.ItemDataRole.ToolTipRole and column == "units":
            return "\n".join(dict.fromkeys(f"{u.unit_code} — {u.unit_name}" for u in group.uses))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "activities":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class UseCard(QFrame):
    """One activity's use of the photo: thumbnail, unit, activity, date, file."""

    def __init__(self, use: DuplicateUse) -> None:
        super().__init__()
        self.use = use
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(THUMB + 40)
        self.picture = QLabel()
        self.picture.setFixedSize(THUMB, THUMB * 3 // 4)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: #f0f0f0;")
        unit = QLabel(f"<b>{_escape(use.unit_code)}</b> — {_escape(use.unit_name)}")
        title = QLabel(use.title)
        dates = format_date(use.start_date)
        if use.end_date != use.start_date:
            dates += f" – {format_date(use.end_date)}"
        when = QLabel(dates)
        name = QLabel(use.filename)
        name.setStyleSheet("color: #555;")
        self.labels = [unit, title, when, name]
        if use.distance:
            bits = QLabel(self.tr("Khác %n bit so với ảnh đầu", "", use.distance))
            bits.setStyleSheet("color: #555;")
            self.labels.append(bits)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        for label in self.labels:
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_thumbnail(self, png: bytes | None) -> None:
        pixmap = QPixmap()
        if png is not None and pixmap.loadFromData(png):
            self.picture.setPixmap(pixmap)
        else:
            self.picture.setText(self.tr("Không có ảnh xem trước"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class DuplicatesView(QWidget):
    """The reused photos of the active campaign; looked for when first shown (hashing the
    photos of older imports the first time) and again after imports."""

    loaded = Signal()
    thumbnails_loaded = Signal()
    hashing = Signal(int, int)
    """Photos of older imports hashed so far, of how many (from the worker thread)."""

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.loading = False
        self._stale = True
        self.groups: list[DuplicateGroup] = []
        intro = QLabel(
            self.tr(
                "Ảnh minh chứng được dùng cho nhiều hoạt động, của một hay nhiều đơn vị: "
                "cùng một tệp, hoặc bản sao đã thu nhỏ, nén lại hay đổi định dạng."
            )
        )
        intro.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Tìm lại"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.refresh_button)

        self.model = DuplicateGroupModel()
        self.table = list_view(self.model, WIDTHS, single_selection=True, row_height=26)
        self.table.setAccessibleName(self.tr("Nhóm ảnh trùng lặp"))
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.count_label = QLabel()
        self.hashing.connect(self._show_hashing)

        self.cards: list[UseCard] = []
        self.cards_widget = QWidget()
        self.cards_row = QHBoxLayout(self.cards_widget)
        self.cards_row.addStretch(1)
        self.hint = QLabel(self.tr("Chọn một nhóm để xem các hoạt động dùng ảnh đó cạnh nhau."))
        self.hint.setStyleSheet("color: #555;")
        self.cards_row.insertWidget(0, self.hint)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_widget)
        scroll.setMinimumHeight(THUMB * 3 // 4 + 90)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([180, 420])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    # --- loading -------------------------------------------------------------------------
    def mark_stale(self) -> None:
        """After an import: read again now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:  # first shown, or an import changed the master meanwhile
            self.reload()

    def reload(self) -> None:
        if self.loading:
            self._stale = True
            return
        self.loading = True
        self._stale = False
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Đang so sánh các ảnh minh chứng…"))
        profile = self.profile

        def work(ctl: TaskControl) -> list[DuplicateGroup]:
            from cds_desktop.duplicates import fill_missing_hashes, find_duplicates

            def hashed(done: int, total: int) -> None:
                with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                    emit(self.hashing, done, total)

            fill_missing_hashes(profile, hashed, ctl.should_cancel)
            return find_duplicates(profile)

        def done(result: object) -> None:
            self.loading = False
            self.refresh_button.setEnabled(True)
            self.set_groups(cast(list[DuplicateGroup], result))
            self.loaded.emit()
            if self._stale:
                self.reload()

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.refresh_button.setEnabled(True)
            self.count_label.clear()
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không tìm được ảnh trùng lặp"), exc)

        run_task(self, work, done, on_failure=failed)

    def _show_hashing(self, done: int, total: int) -> None:
        """The first look at a master imported by an older version hashes its photos."""
        if self.loading and total > 0 and done < total:
            self.count_label.setText(
                self.tr("Đang nhận dạng các ảnh đã nhập trước đây: {done} / {total}…").format(
                    done=format_number(done, current_language()),
                    total=format_number(total, current_language()),
                )
            )

    def set_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups = groups
        self.model.set_rows(groups)
        across = sum(g.across_units for g in groups)
        if groups:
            self.count_label.setText(
                self.tr("%n nhóm ảnh dùng lại", "", len(groups))
                + " · "
                + self.tr("%n nhóm giữa các đơn vị khác nhau", "", across)
            )
            self.table.selectRow(0)
        else:
            self.count_label.setText(self.tr("Không có ảnh nào được dùng cho nhiều hoạt động."))
            self._show_group(None)

    # --- the selected group --------------------------------------------------------------
    def selected_group(self) -> DuplicateGroup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.groups[rows[0].row()] if rows else None

    def _show_selected(self) -> None:
        self._show_group(self.selected_group())

    def _show_group(self, group: DuplicateGroup | None) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.hint.setVisible(group is None)
        if group is None:
            return
        for n, use in enumerate(group.uses[:MAX_CARDS]):
            card = UseCard(use)
            self.cards.append(card)
            self.cards_row.insertWidget(n, card)
        wanted = list(dict.fromkeys(u.sha256 for u in group.uses[:MAX_CARDS]))
        profile = self.profile

        def work(_ctl: TaskControl) -> dict[str, bytes | None]:
            from cds_desktop.duplicates import thumbnail_png

            return {sha256: thumbnail_png(profile, sha256, THUMB) for sha256 in wanted}

        def done(result: object) -> None:
            if self.selected_group() is not group:
                return  # another group was chosen meanwhile
            thumbs = cast(dict[str, bytes | None], result)
            for card in self.cards:
                card.set_thumbnail(thumbs.get(card.use.sha256))
            self.thumbnails_loaded.emit()

        run_task(self, work, done)
