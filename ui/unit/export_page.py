"""Export the signed package (W5): summary, destination, progress and cancel, result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from cds_desktop.text import format_number, format_size
from ui.common.i18n import current_language
from ui.common.receipts_box import ReceiptBox
from ui.common.recovery_flows import make_full_backup, reminder_text
from ui.common.tasks import TaskControl, run_task

if TYPE_CHECKING:
    from cds_desktop.packages.export import ExportResult, ExportSummary


def _selectable(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class ExportPage(QWidget):
    exported = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.summary: object = None  # the last summary read (export_summary)
        self.result: ExportResult | None = None
        self.language = current_language()

        title = QLabel(self.tr("Xuất gói dữ liệu gửi Trung tâm"))
        title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Gói dữ liệu (.cdspkg) chứa toàn bộ hoạt động của đơn vị trong đợt báo cáo, "
                "kể cả các hoạt động đã xóa, cùng mọi tệp minh chứng, và được ký bằng khóa của "
                "đơn vị. Gửi tệp này cho Trung tâm qua USB hoặc thư điện tử."
            )
        )
        intro.setWordWrap(True)

        self.summary_activities = QLabel()
        self.summary_deleted = QLabel()
        self.summary_evidence = QLabel()
        summary_box = QGroupBox(self.tr("Nội dung gói"))
        summary = QFormLayout(summary_box)
        summary.addRow(self.tr("Hoạt động:"), self.summary_activities)
        summary.addRow(self.tr("Hoạt động đã xóa:"), self.summary_deleted)
        summary.addRow(self.tr("Tệp minh chứng:"), self.summary_evidence)

        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Thư mục lưu gói"))
        self.folder.setText(self._default_folder())
        browse = QPushButton(self.tr("Chọn thư mục…"))
        browse.clicked.connect(self.choose_folder)
        destination_box = QGroupBox(self.tr("Nơi lưu"))
        destination_rows = QVBoxLayout(destination_box)
        destination = QHBoxLayout()
        destination.addWidget(self.folder, 1)
        destination.addWidget(browse)
        destination_rows.addLayout(destination)
        destination_rows.addLayout(self._split_row())

        self.export_button = QPushButton(self.tr("Xuất gói dữ liệu"))
        self.export_button.setObjectName("primary")
        self.export_button.setMinimumHeight(36)
        self.export_button.clicked.connect(self.start_export)

        self.result_box = QGroupBox(self.tr("Kết quả"))
        result = QFormLayout(self.result_box)
        self.result_path = _selectable()
        self.result_size = _selectable()
        self.result_sha = _selectable()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.result_sha.setFont(mono)
        self.result_fingerprint = _selectable()
        fp_font = QFont(mono)
        fp_font.setPointSize(14)
        fp_font.setBold(True)
        self.result_fingerprint.setFont(fp_font)
        self.result_sequence = _selectable()
        self.result_parts = _selectable()
        result.addRow(self.tr("Tệp:"), self.result_path)
        result.addRow(self.tr("Các phần:"), self.result_parts)
        result.addRow(self.tr("Dung lượng:"), self.result_size)
        result.addRow(self.tr("Số thứ tự gói:"), self.result_sequence)
        result.addRow(self.tr("SHA-256 của gói:"), self.result_sha)
        result.addRow(self.tr("Mã nhận dạng khóa:"), self.result_fingerprint)
        self.open_folder_button = QPushButton(self.tr("Mở thư mục chứa gói"))
        self.copy_button = QPushButton(self.tr("Sao chép thông tin"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.copy_button.clicked.connect(self.copy_result)
        row = QHBoxLayout()
        row.addWidget(self.open_folder_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        result.addRow(row)
        self.result_box.hide()

        self.backup_reminder = QGroupBox(self.tr("Sao lưu đầy đủ"))
        self.backup_reminder.setStyleSheet("QGroupBox { color: #8a4b00; }")
        reminder_label = QLabel(reminder_text())
        reminder_label.setWordWrap(True)
        self.full_backup_button = QPushButton(self.tr("Sao lưu đầy đủ…"))
        self.full_backup_button.clicked.connect(self.make_full_backup)
        reminder = QVBoxLayout(self.backup_reminder)
        reminder.addWidget(reminder_label)
        reminder.addWidget(self.full_backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.backup_reminder.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(summary_box)
        layout.addWidget(destination_box)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result_box)
        layout.addWidget(self.backup_reminder)
        self.receipts = ReceiptBox(profile)  # what the centre made of the packages
        layout.addWidget(self.receipts)
        layout.addStretch(1)

    def _split_row(self) -> QVBoxLayout:
        """Parts for e-mail (issue 19): on or off, and how large, remembered."""
        from cds_desktop.packages.parts import DEFAULT_SPLIT_MB, MAX_SPLIT_MB, MIN_SPLIT_MB

        settings = QSettings()
        self.split = QCheckBox(self.tr("Chia gói thành nhiều phần để gửi qua thư điện tử"))
        self.split.setAccessibleName(self.tr("Chia gói thành nhiều phần"))
        self.split.setToolTip(
            self.tr(
                "Mỗi phần là một tệp .cdspkg có chữ ký riêng, không lớn hơn dung lượng chọn "
                "bên cạnh. Gửi tất cả các phần; Trung tâm nhập khi có đủ các phần."
            )
        )
        self.split.setChecked(bool(settings.value("export/split", False, type=bool)))
        self.split_mb = QSpinBox()
        self.split_mb.setRange(MIN_SPLIT_MB, MAX_SPLIT_MB)
        self.split_mb.setSuffix(" MB")  # as Windows Explorer counts them (1,024² bytes)
        self.split_mb.setAccessibleName(self.tr("Dung lượng tối đa của mỗi phần (MB)"))
        saved = settings.value("export/split_mb", DEFAULT_SPLIT_MB, type=int)
        self.split_mb.setValue(saved if isinstance(saved, int) else DEFAULT_SPLIT_MB)
        self.split_mb.setEnabled(self.split.isChecked())
        self.split.toggled.connect(self.split_mb.setEnabled)
        size_row = QHBoxLayout()  # below the box: the page never scrolls sideways
        size_row.setContentsMargins(24, 0, 0, 0)
        size_row.addWidget(QLabel(self.tr("mỗi phần tối đa")))
        size_row.addWidget(self.split_mb)
        size_row.addStretch(1)
        rows = QVBoxLayout()
        rows.addWidget(self.split)
        rows.addLayout(size_row)
        return rows

    def split_bytes(self) -> int | None:
        """How large each part may be, or None: one whole package."""
        from cds_desktop.packages.parts import MIB

        return self.split_mb.value() * MIB if self.split.isChecked() else None

    def _default_folder(self) -> str:
        saved = QSettings().value("export/folder")
        if isinstance(saved, str) and saved:
            return saved
        documents = Path.home() / "Documents"
        return str(documents if documents.is_dir() else Path.home())

    # --- summary -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count what the package will hold (in the background)."""
        profile = self.profile

        def work(_ctl: TaskControl) -> ExportSummary:
            from cds_desktop.packages.export import export_summary

            return export_summary(profile)

        run_task(self, work, self._show_summary, on_failure=self._summary_failed)
        self.receipts.refresh()

    def _show_summary(self, summary: object) -> None:
        self.summary = summary
        language = self.language
        self.summary_activities.setText(format_number(getattr(summary, "activities", 0), language))
        self.summary_deleted.setText(format_number(getattr(summary, "deleted", 0), language))
        files = getattr(summary, "evidence_files", 0)
        size = getattr(summary, "evidence_bytes", 0)
        self.summary_evidence.setText(
            self.tr("{n} tệp, {size}").format(
                n=format_number(files, language), size=format_size(size, language)
            )
        )

    def _summary_failed(self, exc: BaseException) -> None:
        self.summary_activities.setText(self.tr("(không đếm được: {error})").format(error=exc))

    # --- export --------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu gói dữ liệu"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def nothing_to_send(self) -> bool:
        """The summary read says the package would hold no activity and no deletion."""
        summary = self.summary
        return (
            summary is not None
            and getattr(summary, "activities", 0) == 0
            and getattr(summary, "deleted", 0) == 0
        )

    def ask_export_nothing(self) -> bool:
        from ui.common.dialogs import confirm

        return confirm(
            self,
            self.tr("Gói không có hoạt động nào"),
            self.tr(
                "Gói sẽ không có hoạt động nào: Trung tâm chỉ biết đơn vị đã gửi, không có "
                "số liệu. Hãy nhập các hoạt động ở trang «Hoạt động» trước.\n\n"
                "Vẫn xuất gói rỗng?"
            ),
        )

    def start_export(self) -> None:
        if self.nothing_to_send() and not self.ask_export_nothing():
            return
        folder = Path(self.folder.text().strip() or self._default_folder())
        settings = QSettings()
        settings.setValue("export/folder", str(folder))
        settings.setValue("export/split", self.split.isChecked())
        settings.setValue("export/split_mb", self.split_mb.value())
        split = self.split_bytes()
        profile = self.profile
        self.export_button.setEnabled(False)

        def work(ctl: TaskControl) -> ExportResult:
            from cds_desktop.packages.export import export_package

            if folder.exists() and not folder.is_dir():
                raise CdsError(
                    f"{folder} is a file, not a folder; choose a folder for the package",
                    "export_folder_is_file",
                    folder=str(folder),
                )
            folder.mkdir(parents=True, exist_ok=True)
            return export_package(profile, folder, ctl.progress, ctl.should_cancel, split)

        self.task = run_task(
            self,
            work,
            self._exported,
            on_failure=self._failed,
            title=self.tr("Đang xuất gói dữ liệu…"),
            cancellable=True,
        )

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        from ui.common.dialogs import show_error

        show_error(self, self.tr("Không xuất được gói dữ liệu"), exc)

    def _exported(self, result: ExportResult) -> None:
        self.export_button.setEnabled(True)
        self.result = result
        language = self.language
        self.result_path.setText(str(result.path))
        parts = list(getattr(result, "parts", ()))
        self.result_parts.setText(
            self.tr("{n} tệp, gửi tất cả (mỗi thư một hoặc vài tệp):\n{names}").format(
                n=len(parts), names="\n".join(Path(p).name for p in parts)
            )
            if parts
            else self.tr("Không chia (một tệp)")
        )
        self.result_size.setText(
            f"{format_size(result.size, language)} ({format_number(result.size, language)} B)"
        )
        self.result_sha.setText(result.sha256)
        self.result_fingerprint.setText(result.fingerprint)
        self.result_sequence.setText(str(result.sequence))
        self.result_box.show()
        from cds_desktop.full_backup import last_full_backup

        self.backup_reminder.setVisible(last_full_backup(self.profile) is None)
        self.exported.emit()  # the export recorded itself (`export.LAST_EXPORT_SETTING`)

    def make_full_backup(self) -> None:
        make_full_backup(self, self.profile, done=self.backup_reminder.hide)

    def open_folder(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.path).parent)))

    def copy_result(self) -> None:
        if self.result is None:
            return
        QGuiApplication.clipboard().setText(
            "\n".join(
                [
                    f"{self.tr('Tệp:')} {self.result_path.text()}",
                    f"{self.tr('Các phần:')} {self.result_parts.text()}",
                    f"{self.tr('Dung lượng:')} {self.result_size.text()}",
                    f"{self.tr('Số thứ tự gói:')} {self.result_sequence.text()}",
                    f"SHA-256: {self.result_sha.text()}",
                    f"{self.tr('Mã nhận dạng khóa:')} {self.result_fingerprint.text()}",
                ]
            )
        )
