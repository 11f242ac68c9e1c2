"""Settings → Sao lưu: the database backups, backing up now, restoring one, and the
evidence check. The work is done by the core (`cds_desktop.backups`, `profile`,
`integrity`); restoring ends the event loop with RESTART so main.py reopens the profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from cds_desktop.backups import list_backups
from cds_desktop.full_backup import is_full_backup
from cds_desktop.integrity import EvidenceReport, check_evidence
from cds_desktop.profile import Profile, backup_profile, restore_profile
from cds_desktop.text import format_size
from ui.common import theme
from ui.common.dialogs import confirm, inform, show_error
from ui.common.flow_layout import FlowLayout
from ui.common.recovery_flows import make_full_backup, restore_from_centre, where_to_keep
from ui.common.tasks import TaskControl, run_task
from ui.recovery import RESTART


def reason_label(reason: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("Backups", "tự động hằng ngày"),
        "before-migration": QCoreApplication.translate("Backups", "trước khi nâng cấp"),
        "before-import": QCoreApplication.translate("Backups", "trước khi nhập gói"),
        "before-restore": QCoreApplication.translate("Backups", "trước khi khôi phục"),
        "manual": QCoreApplication.translate("Backups", "sao lưu thủ công"),
        "damaged": QCoreApplication.translate("Backups", "bản bị hỏng (giữ lại)"),
    }
    return labels.get(reason, reason)


class BackupsBox(QGroupBox):
    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.setTitle(self.tr("Sao lưu"))
        self.profile = profile
        note = QLabel(
            self.tr(
                "Chương trình tự sao lưu cơ sở dữ liệu mỗi ngày khi mở, trước khi nâng cấp và "
                "trước khi nhập gói (giữ 10 bản tự động gần nhất). Tệp minh chứng không bị "
                "xóa nên bản sao lưu cũ vẫn dùng được."
            )
        )
        note.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Các bản sao lưu"))
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(160)
        self.empty = QLabel(
            self.tr(
                "Chưa có bản sao lưu nào. Bản tự động đầu tiên có khi mở chương trình lần "
                "sau; bấm «Sao lưu ngay» để có một bản ngay bây giờ."
            )
        )
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {theme.MUTED}; padding: 12px;")
        self.backup_button = QPushButton(self.tr("Sao lưu ngay"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ tệp…"))
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.check_button = QPushButton(self.tr("Kiểm tra tệp minh chứng"))
        self.check_button.clicked.connect(self.check_evidence)
        full_note = QLabel(
            self.tr(
                "Bản sao lưu đầy đủ là một tệp chứa cơ sở dữ liệu, mọi tệp minh chứng và khóa "
                "ký (được mã hóa bằng mật khẩu), để khôi phục toàn bộ hồ sơ trên máy mới."
            )
            + " "
            + where_to_keep()
        )
        full_note.setWordWrap(True)
        self.full_backup_button = QPushButton(self.tr("Sao lưu đầy đủ…"))
        self.full_backup_button.clicked.connect(self.full_backup)
        self.from_centre_button = QPushButton(self.tr("Nhập dữ liệu do Trung tâm gửi…"))
        self.from_centre_button.clicked.connect(self.restore_from_centre)
        self.from_centre_button.setVisible(not profile.is_centre)
        full_buttons = FlowLayout()
        full_buttons.addWidget(self.full_backup_button)
        full_buttons.addWidget(self.from_centre_button)
        buttons = FlowLayout()  # wraps on a small screen instead of scrolling sideways
        for button in (
            self.backup_button,
            self.restore_button,
            self.restore_file_button,
            self.check_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(full_note)
        layout.addLayout(full_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for backup in list_backups(self.profile.paths.backups):
            item = QListWidgetItem(
                f"{backup.created:%d/%m/%Y %H:%M:%S} — {reason_label(backup.reason)} — "
                f"{format_size(backup.size)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.list.setVisible(self.list.count() > 0)  # a text, not an empty white box
        self.empty.setVisible(self.list.count() == 0)

    def backup_now(self) -> None:
        def work(_ctl: TaskControl) -> Path | None:
            return backup_profile(self.profile, "manual")

        def done(path: object) -> None:
            self.refresh()
            inform(self, self.tr("Đã sao lưu"), self.tr("Đã lưu bản sao: {path}").format(path=path))

        run_task(self, work, done, error_title=self.tr("Không sao lưu được"))

    def full_backup(self) -> None:
        make_full_backup(self, self.profile)

    def restore_from_centre(self) -> None:
        def loaded() -> None:
            QApplication.exit(RESTART)  # every page reads the data again

        restore_from_centre(self, self.profile, done=loaded)

    def restore_selected(self) -> None:
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            inform(self, self.tr("Khôi phục"), self.tr("Hãy chọn một bản sao lưu trong danh sách."))
            return
        self.restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn bản sao lưu"),
            str(self.profile.paths.backups),
            self.tr("Bản sao lưu CĐS (*.sqlite3);;Mọi tệp (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, source: Path) -> None:
        if is_full_backup(source):
            inform(
                self,
                self.tr("Khôi phục"),
                self.tr(
                    "{name} là bản sao lưu đầy đủ. Bản này dùng để khôi phục trên máy mới "
                    "chưa có hồ sơ: cài CĐS Desktop, mở chương trình và chọn «Khôi phục từ "
                    "bản sao lưu đầy đủ…» ở trang đầu."
                ).format(name=source.name),
            )
            return
        if not confirm(
            self,
            self.tr("Khôi phục dữ liệu"),
            self.tr(
                "Thay cơ sở dữ liệu hiện tại bằng bản sao lưu {name}?\n\nDữ liệu hiện tại "
                "được sao lưu trước (lý do «trước khi khôi phục»), nên có thể quay lại."
            ).format(name=source.name),
        ):
            return
        data_dir = self.profile.paths.root
        self.profile.close()
        try:
            safety = restore_profile(data_dir, source)
        except Exception as exc:
            show_error(self, self.tr("Không khôi phục được"), exc)
            return
        inform(
            self,
            self.tr("Đã khôi phục"),
            self.tr(
                "Đã khôi phục từ {name}. Dữ liệu trước đó được giữ tại {safety}. "
                "Chương trình sẽ mở lại dữ liệu."
            ).format(name=source.name, safety=safety),
        )
        QApplication.exit(RESTART)

    def check_evidence(self) -> None:
        def work(_ctl: TaskControl) -> EvidenceReport:
            return check_evidence(self.profile.database, self.profile.evidence)

        def done(result: object) -> None:
            assert isinstance(result, EvidenceReport)
            if result.ok:
                inform(
                    self,
                    self.tr("Kiểm tra minh chứng"),
                    self.tr("Cả {n} tệp minh chứng đều còn nguyên vẹn.").format(n=result.checked),
                )
                return
            inform(
                self,
                self.tr("Kiểm tra minh chứng"),
                self.tr(
                    "{missing} tệp bị mất và {damaged} tệp bị hỏng trong {n} tệp minh chứng. "
                    "Hãy chép lại thư mục evidence từ bản sao hoặc đính kèm lại các tệp."
                ).format(
                    missing=len(result.missing), damaged=len(result.damaged), n=result.checked
                ),
            )

        run_task(self, work, done, title=self.tr("Đang kiểm tra minh chứng…"))
