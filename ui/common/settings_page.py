"""Settings: interface language, report header texts, where the data lives."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cds_desktop.errors import CdsError
from cds_desktop.profile import Profile
from ui.common import theme
from ui.common.backups_box import BackupsBox
from ui.common.dialogs import inform, show_error
from ui.common.empty_state import page_heading
from ui.common.i18n import LANGUAGES, current_language
from ui.common.plan_box import PlanBox
from ui.common.tasks import run_task


class SettingsPage(QWidget):
    language_changed = Signal(str)
    campaign_changed = Signal()

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile

        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language())))
        self.language.setMaximumWidth(260)
        self.language.currentIndexChanged.connect(self._language_picked)
        language_box = QGroupBox(self.tr("Giao diện"))
        language_form = QFormLayout(language_box)
        language_form.addRow(self.tr("Ngôn ngữ:"), self.language)

        self.fields: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        report_box = QGroupBox(self.tr("Thông tin trên báo cáo"))
        report_form = QFormLayout(report_box)
        report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "governing_body": self.tr("Cơ quan chủ quản:"),
            "issuing_body": self.tr("Cơ quan ban hành:"),
            "number": self.tr("Số văn bản:"),
            "symbol_suffix": self.tr("Ký hiệu (sau BC-):"),
            "place": self.tr("Địa danh:"),
            "subject": self.tr("Trích yếu:"),
            "signer_prefix": self.tr("Thẩm quyền ký:"),
            "signer_title": self.tr("Chức vụ người ký:"),
            "signer_subtitle": self.tr("Chức vụ (dòng 2):"),
            "signer_name": self.tr("Họ tên người ký:"),
            "recipients": self.tr("Nơi nhận (mỗi dòng một nơi):"),
            "drafting_unit": self.tr("Đơn vị soạn thảo (sau «Lưu: VT,»):"),
            "shortcomings": self.tr("Tồn tại, hạn chế:"),
            "proposals": self.tr("Nhiệm vụ, kiến nghị:"),
        }
        from cds_desktop.reports.settings import SIGNER_PREFIXES, ReportSettings

        for f in fields(ReportSettings):
            widget: QLineEdit | QPlainTextEdit | QComboBox
            if f.name == "signer_prefix":
                widget = QComboBox()
                for prefix in SIGNER_PREFIXES:
                    widget.addItem(prefix or self.tr("(không)"), prefix)
            elif f.name in ("recipients", "shortcomings", "proposals"):
                widget = QPlainTextEdit()
                widget.setMaximumHeight(80)
            else:
                widget = QLineEdit()
            self.fields[f.name] = widget
            report_form.addRow(labels.get(f.name, f.name), widget)
        self.save_button = QPushButton(self.tr("Lưu thông tin báo cáo"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save_report_settings)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        report_form.addRow(save_row)

        data_box = QGroupBox(self.tr("Dữ liệu"))
        data_form = QFormLayout(data_box)
        folder = QLineEdit(str(profile.paths.root))  # a long path scrolls inside, copyable
        folder.setReadOnly(True)
        folder.setCursorPosition(0)
        folder.setAccessibleName(self.tr("Thư mục dữ liệu:").rstrip(":"))
        open_button = QPushButton(self.tr("Mở thư mục"))
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(profile.paths.root)))
        )
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(open_button)
        data_form.addRow(self.tr("Thư mục dữ liệu:"), row)
        fingerprint = QLabel(profile.fingerprint())
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setObjectName("fingerprint")
        fingerprint.setStyleSheet("font-family: monospace; font-weight: bold;")
        data_form.addRow(self.tr("Mã nhận dạng khóa:"), fingerprint)
        identity = profile.identity
        unit = QLabel(f"{identity.unit_code} — {identity.unit_name}")
        unit.setWordWrap(True)
        data_form.addRow(self.tr("Đơn vị:"), unit)
        self.centre_key_box = self._centre_key_box(profile)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(page_heading(self.tr("Cài đặt")))
        layout.addWidget(language_box)
        layout.addWidget(data_box)
        layout.addWidget(self.centre_key_box)
        self.plan = PlanBox(profile)
        self.plan.campaign_changed.connect(self.refresh_centre_key)
        self.plan.campaign_changed.connect(self.campaign_changed)
        layout.addWidget(self.plan)
        self.backups = BackupsBox(profile)
        layout.addWidget(self.backups)
        from ui.common.photo_settings_box import PhotoSettingsBox

        self.photo_box = PhotoSettingsBox(profile)
        layout.addWidget(self.photo_box)
        layout.addWidget(report_box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.load_report_settings()

    def _centre_key_box(self, profile: Profile) -> QGroupBox:
        """The centre's key: its own (centre), or the one this unit trusts (unit)."""
        box = QGroupBox(self.tr("Khóa của Trung tâm"))
        form = QFormLayout(box)
        self.centre_fingerprint = QLabel()
        self.centre_fingerprint.setObjectName("centre_fingerprint")
        self.centre_fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        hint = QLabel()
        hint.setWordWrap(True)
        form.addRow(self.tr("Mã khóa:"), self.centre_fingerprint)
        form.addRow(hint)
        self.sheet_button: QPushButton | None = None
        if profile.is_centre:
            self._show_centre_fingerprint(profile.fingerprint())
            hint.setText(
                self.tr(
                    "Trung tâm ký biên nhận và kế hoạch gửi các đơn vị bằng khóa này. Hãy đọc "
                    "mã khóa cho các đơn vị qua điện thoại hoặc gửi phiếu mã khóa: lần đầu nhập "
                    "tệp của Trung tâm, đơn vị phải xác nhận đúng mã này."
                )
            )
            self.sheet_button = QPushButton(self.tr("Lưu phiếu mã khóa (PDF)…"))
            self.sheet_button.clicked.connect(self.save_key_sheet)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.sheet_button)
            form.addRow(row)
        else:
            self.refresh_centre_key()
            hint.setText(
                self.tr(
                    "Mã khóa của Trung tâm mà đơn vị đã xác nhận (qua điện thoại) khi nhập tệp "
                    "đầu tiên của Trung tâm. Mọi biên nhận và kế hoạch sau đó phải được ký bằng "
                    "đúng khóa này."
                )
            )
        return box

    def refresh_centre_key(self) -> None:
        if self.profile.is_centre:
            return
        from cds_desktop.centre_key import trusted_centre_key

        try:
            key = trusted_centre_key(self.profile)
        except CdsError as exc:
            self._show_centre_fingerprint(None, str(exc))
            return
        if key is None:
            self._show_centre_fingerprint(None, self.tr("(chưa xác nhận)"))
        else:
            self._show_centre_fingerprint(key.fingerprint)

    def _show_centre_fingerprint(self, fingerprint: str | None, note: str = "") -> None:
        """A key in the fingerprint's big fixed-width type; a note in plain muted text."""
        self.centre_fingerprint.setText(fingerprint or note)
        self.centre_fingerprint.setStyleSheet(
            "font-family: monospace; font-weight: bold; font-size: 14pt;"
            if fingerprint
            else f"color: {theme.MUTED}; font-style: italic;"
        )

    def save_key_sheet(self) -> None:
        from cds_desktop.enrolment import write_enrolment_sheet

        code = self.profile.identity.unit_code
        default = Path.home() / f"ma-khoa-trung-tam-{code}.pdf"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu phiếu mã khóa"), str(default), self.tr("Tệp PDF (*.pdf)")
        )
        if not name:
            return
        out = Path(name)
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        profile = self.profile
        run_task(
            self,
            lambda _ctl: write_enrolment_sheet(profile, out),
            lambda path: inform(
                self,
                self.tr("Đã lưu phiếu mã khóa"),
                self.tr("Đã lưu phiếu vào {path}.").format(path=path),
            ),
            error_title=self.tr("Không lưu được phiếu mã khóa"),
        )

    def _language_picked(self, _index: int) -> None:
        language = self.language.currentData()
        if language != current_language():
            self.language_changed.emit(language)

    def load_report_settings(self) -> None:
        from cds_desktop.reports.settings import load_report_settings

        settings = load_report_settings(self.profile)
        for name, widget in self.fields.items():
            value = getattr(settings, name)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText("\n".join(value) if isinstance(value, list) else str(value))
            else:
                widget.setText(str(value))

    def save_report_settings(self) -> None:
        from cds_desktop.reports.settings import ReportSettings, save_report_settings

        values: dict[str, object] = {}
        for name, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                values[name] = (
                    [line.strip() for line in text.splitlines() if line.strip()]
                    if name == "recipients"
                    else text.strip()
                )
            else:
                values[name] = widget.text().strip()
        try:
            save_report_settings(self.profile, ReportSettings(**values))  # type: ignore[arg-type]
        except Exception as exc:
            show_error(self, self.tr("Không lưu được thông tin báo cáo"), exc)
            return
        inform(self, self.tr("Đã lưu"), self.tr("Đã lưu thông tin báo cáo."))
