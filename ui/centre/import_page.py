"""Importing the units' packages at the centre (W7): files, folders or drag and drop,
progress and cancel, the trust prompt, and a result table that can be saved."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.centre.import_model import COLUMNS, ImportResultModel, parts_file_text, reason_help
from ui.centre.trust_prompt import TrustBroker
from ui.common.dialogs import inform
from ui.common.i18n import current_language
from ui.common.list_view import list_view
from ui.common.tasks import Task, TaskControl, run_task

if TYPE_CHECKING:  # the importer loads when a package is imported, not at start
    from cds_desktop.packages.importer import ImportResult
    from cds_desktop.profile import Profile

COLUMN_WIDTHS = {
    "file": 230,
    "unit": 90,
    "sequence": 76,
    "status": 190,
    "added": 60,
    "updated": 60,
    "deleted": 60,
    "reason": 300,
}


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Local files and folders of a drag (anything else is ignored)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]


class DropFrame(QFrame):
    """The framed area that invites dropping packages (the whole window accepts them)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.setObjectName("dropZone")
        self.setStyleSheet(
            "QFrame#dropZone { border: 2px dashed #9e9e9e; border-radius: 8px; "
            "background: #fafafa; }"
        )
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #555; font-size: 11pt; border: none;")
        self.buttons = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.label)
        layout.addLayout(self.buttons)


class ImportPage(QWidget):
    """Emits `imported(results)` after every import run (other pages refresh)."""

    imported = Signal(list)
    waiting_changed = Signal(bool)
    """From the import's thread: it waits for another import (True), or goes on (False)."""

    def __init__(self, profile: Profile | None) -> None:
        """At start-up `profile` is None until `attach` (the page reads nothing to show)."""
        super().__init__()
        if profile is not None:
            self.attach(profile)
        self.language = current_language()
        self.broker = TrustBroker(self)
        self.task: Task | None = None
        self.cancelled = False

        title = QLabel(self.tr("Nhập gói dữ liệu của các đơn vị"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Mỗi gói (.cdspkg) được kiểm tra chữ ký và toàn bộ nội dung trước khi nhập; "
                "gói lỗi bị từ chối riêng, không ảnh hưởng đến các gói khác."
            )
        )
        intro.setWordWrap(True)
        self.drop = DropFrame(
            self.tr("Kéo thả các tệp .cdspkg hoặc cả thư mục vào cửa sổ này, hoặc:")
        )
        self.files_button = QPushButton(self.tr("Chọn các gói…"))
        self.files_button.setObjectName("primary")
        self.folder_button = QPushButton(self.tr("Chọn thư mục…"))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.drop.buttons.addStretch(1)
        self.drop.buttons.addWidget(self.files_button)
        self.drop.buttons.addWidget(self.folder_button)
        self.drop.buttons.addStretch(1)

        self.summary = QLabel(self.tr("Chưa nhập gói nào trong lần làm việc này."))
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt;")
        self.model = ImportResultModel(self.language)
        self.table = list_view(self.model, [COLUMN_WIDTHS[c] for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Kết quả nhập gói"))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_advice())
        self.advice = QLabel()  # what a selected package's result means and what to do
        self.advice.setObjectName("advice")
        self.advice.setTextFormat(Qt.TextFormat.PlainText)  # file names are not markup
        self.advice.setWordWrap(True)
        self.advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.advice.setStyleSheet(
            "QLabel#advice { background: #fff8e1; border: 1px solid #ffcc80;"
            " border-radius: 4px; padding: 8px; }"
        )
        self.advice.hide()
        self.save_button = QPushButton(self.tr("Lưu kết quả…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save_results)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        self.receipts_button = QPushButton(self.tr("Lưu biên nhận…"))
        self.receipts_button.setToolTip(
            self.tr("Biên nhận có chữ ký của Trung tâm cho từng gói trong bảng, gửi lại đơn vị")
        )
        self.receipts_button.setEnabled(False)
        self.receipts_button.clicked.connect(self.save_receipts)
        bottom.addWidget(self.receipts_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.drop)
        layout.addLayout(bottom)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.advice)
        self.setAcceptDrops(True)
        self.waiting_changed.connect(self._show_waiting, Qt.ConnectionType.QueuedConnection)

    def attach(self, profile: Profile) -> None:
        self.profile = profile

    # --- choosing ------------------------------------------------------------------------
    def _start_folder(self) -> str:
        folder = QSettings().value("import/folder")
        return folder if isinstance(folder, str) and folder else str(Path.home())

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Chọn các gói dữ liệu"),
            self._start_folder(),
            self.tr("Gói dữ liệu CĐS (*.cdspkg);;Mọi tệp (*)"),
        )
        if names:
            QSettings().setValue("import/folder", str(Path(names[0]).parent))
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục chứa các gói"), self._start_folder()
        )
        if name:
            QSettings().setValue("import/folder", name)
            self.import_paths([Path(name)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- importing -----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self.task is not None

    def import_paths(self, paths: Sequence[Path]) -> Task | None:
        """Import in the background; the trust prompt is asked through the broker."""
        if self.task is not None:
            inform(
                self,
                self.tr("Đang nhập gói"),
                self.tr("Hãy chờ lần nhập đang chạy kết thúc (hoặc bấm «Hủy») rồi thử lại."),
            )
            return None
        profile = self.profile
        chosen = list(paths)
        decide = self.broker.decider()
        allow_deletions = self.broker.deletion_decider()
        waiting = self._waiting_callback()

        def work(ctl: TaskControl) -> tuple[list[ImportResult], bool]:
            from cds_desktop.packages.importer import ImportCancelled, import_packages

            try:
                results = import_packages(
                    profile,
                    chosen,
                    trust_new=decide,
                    allow_deletions=allow_deletions,
                    progress=ctl.progress,
                    should_cancel=ctl.should_cancel,
                    waiting=waiting,
                )
            except ImportCancelled as exc:
                return exc.results, True
            return results, False

        self._set_busy(True)
        self.summary.setText(self.tr("Đang nhập…"))
        self.task = run_task(
            self,
            work,
            self._done,
            on_failure=self._failed,
            title=self.tr("Đang kiểm tra và nhập các gói…"),
            cancellable=True,
        )
        self.task.finished.connect(self._task_finished)
        return self.task

    def _waiting_callback(self) -> Callable[[bool], None]:
        def waiting(now: bool) -> None:
            with contextlib.suppress(RuntimeError):  # the window was closed meanwhile
                self.waiting_changed.emit(now)

        return waiting

    def _show_waiting(self, waiting: bool) -> None:
        """Another officer's import (this PC or another) holds the master: say so."""
        if self.task is None:
            return
        text = (
            self.tr("Đang chờ một lần nhập khác (của cán bộ khác hoặc máy khác) kết thúc…")
            if waiting
            else self.tr("Đang nhập…")
        )
        self.summary.setText(text)
        if self.task.dialog is not None:
            self.task.dialog.setLabelText(
                text if waiting else self.tr("Đang kiểm tra và nhập các gói…")
            )

    def _set_busy(self, busy: bool) -> None:
        for button in (self.files_button, self.folder_button):
            button.setEnabled(not busy)
        self.save_button.setEnabled(not busy and bool(self.model.rows))
        self.receipts_button.setEnabled(not busy and bool(self._receipt_package_ids()))

    def _task_finished(self) -> None:
        self.task = None
        self._set_busy(False)

    def _done(self, outcome: tuple[list[ImportResult], bool]) -> None:
        results, cancelled = outcome
        self.task = None
        self.cancelled = cancelled
        self.model.set_rows(results)
        self._set_busy(False)
        self.summary.setText(self._summary_text(cancelled))
        rejected = [n for n, r in enumerate(results) if r.status == "rejected"]
        if rejected:  # the first refusal's advice is shown without a click
            self.table.selectRow(rejected[0])
        self._show_advice()  # a model reset does not say that the selection is gone
        self.imported.emit(results)

    def _show_advice(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        result = self.model.row_at(rows[0]) if rows else None
        if result is None or result.status == "imported":
            self.advice.hide()
            return
        advice = reason_help(result.status, result.reason_code, result.reason)
        name = parts_file_text(result) if result.part_count else result.file.name
        self.advice.setText(f"{name}: {advice}")
        self.advice.show()

    def _failed(self, exc: BaseException) -> None:
        self.task = None
        self._set_busy(False)
        self.summary.setText(self.tr("Không nhập được."))
        from ui.common.dialogs import show_error

        show_error(self, self.tr("Không nhập được gói dữ liệu"), exc)

    def _summary_text(self, cancelled: bool) -> str:
        counts = self.model.counts()
        parts = [
            self.tr("{n} đã nhập").format(n=counts.get("imported", 0)),
            self.tr("{n} trùng lặp").format(n=counts.get("duplicate", 0)),
            self.tr("{n} cũ hơn").format(n=counts.get("stale", 0)),
            self.tr("{n} bị từ chối").format(n=counts.get("rejected", 0)),
        ]
        text = self.tr("{total} gói: {parts}.").format(
            total=len(self.model.rows), parts=", ".join(parts)
        )
        if cancelled:
            text += " " + self.tr(
                "Đã hủy: các gói còn lại chưa được nhập; gói đang đọc dở không thay đổi gì."
            )
        return text

    # --- saving the table ----------------------------------------------------------------
    def save_results(self) -> None:
        if not self.model.rows:
            return
        excel = self.tr("Sổ tính Excel (*.xlsx)")
        csv = self.tr("Tệp CSV (*.csv)")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Lưu kết quả nhập gói"),
            str(Path(self._start_folder()) / "ket-qua-nhap-goi.xlsx"),
            f"{excel};;{csv}",
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen_filter == csv else ".xlsx"))
        results = list(self.model.rows)

        def work(_ctl: TaskControl) -> Path:
            from cds_desktop.import_results import write_import_results

            return write_import_results(results, path)

        run_task(
            self,
            work,
            lambda saved: inform(
                self,
                self.tr("Đã lưu kết quả"),
                self.tr("Đã lưu bảng kết quả vào {path}.").format(path=saved),
            ),
            error_title=self.tr("Không lưu được kết quả"),
        )

    # --- receipts for the units ----------------------------------------------------------
    def _receipt_package_ids(self) -> list[str]:
        return [r.package_id for r in self.model.rows if r.package_id and r.unit_code]

    def save_receipts(self) -> None:
        from ui.common.receipts_box import save_receipts

        save_receipts(self, self.profile, self._receipt_package_ids())
