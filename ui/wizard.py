"""First-run wizard (W1): role, unit, key generation, fingerprint for the IT Centre."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from cds_desktop import catalog
from cds_desktop.enrolment import write_enrolment_sheet
from cds_desktop.errors import ValidationError
from cds_desktop.profile import Profile, create_profile
from cds_desktop.text import fold
from cds_desktop.validation import validate_unit
from ui.app import app_icon
from ui.common.dialogs import inform
from ui.common.fingerprint import big_fingerprint
from ui.common.recovery_flows import reminder_text, restore_full_backup
from ui.common.tasks import run_task

CENTRE_CODE = "BO-TTCDS"


class RolePage(QWizardPage):
    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Chào mừng đến với CĐS Desktop"))
        self.setSubTitle(
            self.tr(
                "Chương trình ghi nhận các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia "
                "và gửi báo cáo về Bộ. Trước hết, hãy cho biết máy này dùng cho ai."
            )
        )
        self.unit_button = QRadioButton(self.tr("Đơn vị báo cáo (cơ quan, đơn vị thuộc Bộ, Sở)"))
        self.centre_button = QRadioButton(
            self.tr("Trung tâm tổng hợp của Bộ (tiếp nhận gói dữ liệu của các đơn vị)")
        )
        self.unit_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.unit_button)
        group.addButton(self.centre_button)
        folder = QLabel(
            self.tr("Dữ liệu sẽ được lưu trong thư mục: {folder}").format(folder=data_dir)
        )
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        restore_note = QLabel(
            self.tr(
                "Máy mới thay cho máy cũ bị hỏng? Nếu đơn vị có bản sao lưu đầy đủ (tệp "
                ".cdsbackup, thường trên USB), hãy khôi phục từ đó: dữ liệu, tệp minh chứng và "
                "khóa ký đều trở lại."
            )
        )
        restore_note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Khôi phục từ bản sao lưu đầy đủ…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit_button)
        layout.addWidget(self.centre_button)
        layout.addSpacing(16)
        layout.addWidget(restore_note)
        layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        layout.addWidget(folder)

    @property
    def role(self) -> str:
        return "centre" if self.centre_button.isChecked() else "unit"


class UnitPage(QWizardPage):
    """Pick the unit from the bundled catalog (search as you type) or type code and name."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Đơn vị của bạn"))
        self.setSubTitle(
            self.tr(
                "Tìm đơn vị trong danh mục (gõ không dấu cũng được), hoặc nhập mã và tên "
                "nếu đơn vị chưa có trong danh mục."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Tạo khóa và hồ sơ"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm đơn vị, ví dụ: van hoa ha noi"))
        self.search.setClearButtonEnabled(True)
        self.units = QListWidget()
        self.units.setAccessibleName(self.tr("Danh mục đơn vị"))
        self.units.setAlternatingRowColors(True)
        for unit in catalog.units():
            item = QListWidgetItem(f"{unit.name}  ({unit.code})")
            item.setData(Qt.ItemDataRole.UserRole, (unit.code, unit.name))
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(f"{unit.name} {unit.code}"))
            self.units.addItem(item)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("ví dụ: SO-HNI"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("ví dụ: Sở Văn hóa và Thể thao Hà Nội"))
        self.code_error = _error_label()
        self.name_error = _error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Mã đơn vị:"), self.code)
        form.addRow("", self.code_error)
        form.addRow(self.tr("Tên đơn vị:"), self.name)
        form.addRow("", self.name_error)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.units, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)

        self.search.textChanged.connect(self._filter)
        self.units.currentItemChanged.connect(self._picked)
        self.code.textChanged.connect(self.completeChanged)
        self.name.textChanged.connect(self.completeChanged)
        self._busy = False

    def initializePage(self) -> None:
        if self._wizard.role_page.role == "centre" and not self.code.text():
            centre = catalog.catalog_unit(CENTRE_CODE)
            if centre is not None:
                self.code.setText(centre.code)
                self.name.setText(centre.name)

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first_visible: QListWidgetItem | None = None
        for row in range(self.units.count()):
            item = self.units.item(row)
            key = str(item.data(Qt.ItemDataRole.UserRole + 1))
            hidden = not all(w in key for w in words)
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None and len(words) > 0:
            self.units.setCurrentItem(first_visible)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        code, name = item.data(Qt.ItemDataRole.UserRole)
        self.code.setText(code)
        self.name.setText(name)

    def isComplete(self) -> bool:
        return bool(self.code.text().strip() and self.name.text().strip()) and not self._busy

    def validatePage(self) -> bool:
        if self._wizard.profile is not None:
            return True
        self.code_error.hide()
        self.name_error.hide()
        try:
            code, name = validate_unit(self.code.text(), self.name.text())
        except ValidationError as exc:
            for error in exc.errors:
                label = self.code_error if error.field == "unit_code" else self.name_error
                label.setText(
                    self.tr("Mã gồm 2–32 chữ cái không dấu, chữ số, '-' hoặc '_', ví dụ SO-HNI.")
                    if error.field == "unit_code"
                    else self.tr("Hãy nhập tên đơn vị (tối đa 300 ký tự).")
                )
                label.show()
            return False
        role = self._wizard.role_page.role
        data_dir = self._wizard.data_dir
        self._busy = True
        self.completeChanged.emit()
        self.status.setText(self.tr("Đang tạo khóa ký và hồ sơ dữ liệu…"))

        def done(profile: object) -> None:
            assert isinstance(profile, Profile)
            self._busy = False
            self._wizard.profile = profile
            self.status.setText("")
            self._wizard.next()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.status.setText("")
            self.completeChanged.emit()
            from ui.common.dialogs import show_error

            show_error(self, self.tr("Không tạo được hồ sơ"), exc)

        run_task(
            self,
            lambda _ctl: create_profile(data_dir, role, code, name),
            done,
            on_failure=failed,
        )
        return False


class FingerprintPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Mã nhận dạng khóa"))
        self.setSubTitle(
            self.tr(
                "Khóa ký của đơn vị đã được tạo. Hãy gửi mã dưới đây cho Trung tâm tổng hợp "
                "(đọc qua điện thoại hoặc gửi phiếu đăng ký) để Trung tâm tin cậy các gói "
                "dữ liệu của đơn vị."
            )
        )
        self.unit = QLabel()
        self.unit.setWordWrap(True)
        self.fingerprint = big_fingerprint()
        hint = QLabel(
            self.tr(
                "Mã gồm 20 ký tự chia 5 nhóm; không có các chữ I, L, O (dễ nhầm với số 1 và 0) "
                "và U. Không gửi tệp khóa bí mật cho bất kỳ ai."
            )
        )
        hint.setWordWrap(True)
        self.backup_hint = QLabel(reminder_text())
        self.backup_hint.setWordWrap(True)
        self.backup_hint.setStyleSheet("color: #8a4b00;")
        self.copy_button = QPushButton(self.tr("Sao chép mã"))
        self.sheet_button = QPushButton(self.tr("Lưu phiếu đăng ký (PDF)…"))
        self.copy_button.clicked.connect(self.copy)
        self.sheet_button.clicked.connect(self.save_sheet)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.sheet_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unit)
        layout.addSpacing(12)
        layout.addWidget(self.fingerprint)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addWidget(hint)
        layout.addSpacing(8)
        layout.addWidget(self.backup_hint)
        layout.addStretch(1)

    def initializePage(self) -> None:
        profile = self._wizard.profile
        if profile is None:
            return
        identity = profile.identity
        self.unit.setText(f"<b>{identity.unit_code}</b> — {identity.unit_name}")
        self.fingerprint.setText(profile.fingerprint())
        if profile.is_centre:
            self.setSubTitle(
                self.tr(
                    "Hồ sơ của Trung tâm tổng hợp đã được tạo, cùng danh mục các đơn vị. Bước "
                    "tiếp theo: đăng ký mã nhận dạng khóa của từng đơn vị ở trang «Đơn vị» "
                    "(hoặc xác nhận khi nhập gói đầu tiên), rồi nhập các gói ở trang «Nhập gói». "
                    "Mã dưới đây là khóa của chính Trung tâm."
                )
            )
            self.sheet_button.hide()
            self.backup_hint.hide()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.fingerprint.text())

    def save_sheet(self) -> None:
        profile = self._wizard.profile
        if profile is None:
            return
        default = Path.home() / f"phieu-dang-ky-khoa-{profile.identity.unit_code}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu phiếu đăng ký khóa"), str(default), self.tr("Tệp PDF (*.pdf)")
        )
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        run_task(
            self,
            lambda _ctl: write_enrolment_sheet(profile, out),
            lambda path: inform(
                self,
                self.tr("Đã lưu phiếu đăng ký"),
                self.tr(
                    "Đã lưu phiếu vào {path}. Hãy in, ký và gửi cho Trung tâm tổng hợp."
                ).format(path=path),
            ),
            error_title=self.tr("Không lưu được phiếu đăng ký"),
        )


class SetupWizard(QWizard):
    """Creates the profile; afterwards `profile` is the open profile (None if cancelled)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.profile: Profile | None = None
        self.setWindowTitle(self.tr("Thiết lập ban đầu"))  # the system adds "CĐS Desktop"
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.role_page = RolePage(data_dir)
        self.unit_page = UnitPage(self)
        self.fingerprint_page = FingerprintPage(self)
        for page in (self.role_page, self.unit_page, self.fingerprint_page):
            self.addPage(page)
        self.role_page.restore_button.clicked.connect(self.restore_full_backup)
        self.resize(720, 560)

    def restore_full_backup(self) -> None:
        """A new PC: the whole profile from a full backup, then straight to the program."""

        def restored(profile: Profile) -> None:
            self.profile = profile
            self.accept()

        restore_full_backup(self, self.data_dir, restored)


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet("color: #c62828;")
    label.setWordWrap(True)
    label.hide()
    return label
