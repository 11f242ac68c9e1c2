"""Settings → Ảnh: reduction of photos when added (Thu nhỏ ảnh) and how many days before
its activity a photo may be taken before it is flagged. The values and their ranges are
the core's (`cds_desktop.photos`); this box only shows and saves them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
)

from cds_desktop.photos import (
    DAYS_RANGE,
    LONGEST_RANGE,
    QUALITY_RANGE,
    PhotoSettings,
    Reduction,
    load_photo_settings,
    save_photo_settings,
)
from cds_desktop.profile import Profile
from ui.common import theme
from ui.common.dialogs import show_error


def _spin(allowed: range, value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(allowed[0], allowed[-1])
    box.setValue(value)
    box.setSuffix(suffix)
    box.setMaximumWidth(160)
    return box


class PhotoSettingsBox(QGroupBox):
    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.setTitle(self.tr("Ảnh chụp"))
        self.profile = profile
        settings = load_photo_settings(profile)
        reduction = settings.reduction or Reduction()
        self.reduce = QCheckBox(self.tr("Thu nhỏ ảnh khi thêm vào minh chứng"))
        self.reduce.setChecked(settings.reduction is not None)
        self.longest = _spin(LONGEST_RANGE, reduction.longest, self.tr(" điểm ảnh"))
        self.longest.setAccessibleName(self.tr("Cạnh dài nhất"))
        self.quality = _spin(QUALITY_RANGE, reduction.quality, "")
        self.quality.setAccessibleName(self.tr("Chất lượng JPEG"))
        self.days = _spin(DAYS_RANGE, settings.days_before, self.tr(" ngày"))
        self.days.setAccessibleName(self.tr("Cảnh báo ảnh chụp trước ngày hoạt động quá"))
        hint = QLabel(
            self.tr(
                "Ảnh điện thoại (JPEG, HEIC) có cạnh dài hơn «Cạnh dài nhất» dưới đây được "
                "lưu thành JPEG nhỏ hơn, để gói dữ liệu gửi được qua thư điện tử. Tệp gốc "
                "trên máy không bị thay đổi; "
                "Trung tâm vẫn biết kích thước gốc. Ảnh chụp ngoài thời gian của đợt hoặc "
                "quá sớm so với ngày hoạt động được cảnh báo, vẫn lưu được."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {theme.MUTED};")
        self.saved_label = QLabel()
        self.saved_label.setStyleSheet(f"color: {theme.SUCCESS};")
        self.save_button = QPushButton(self.tr("Lưu cài đặt ảnh"))
        self.save_button.clicked.connect(self.save)
        self.reduce.toggled.connect(self._enable)
        for box in (self.longest, self.quality, self.days, self.reduce):
            changed = box.toggled if isinstance(box, QCheckBox) else box.valueChanged
            changed.connect(lambda *_: self.saved_label.clear())
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow laptop
        form.addRow(hint)
        form.addRow(self.reduce)
        form.addRow(self.tr("Cạnh dài nhất:"), self.longest)
        form.addRow(self.tr("Chất lượng JPEG (30–95):"), self.quality)
        form.addRow(self.tr("Cảnh báo ảnh chụp trước ngày hoạt động quá:"), self.days)
        row = QHBoxLayout()
        row.addWidget(self.saved_label, 1)
        row.addWidget(self.save_button)
        form.addRow(row)
        self._enable(self.reduce.isChecked())

    def _enable(self, on: bool) -> None:
        self.longest.setEnabled(on)
        self.quality.setEnabled(on)

    def save(self) -> None:
        reduction = (
            Reduction(self.longest.value(), self.quality.value())
            if self.reduce.isChecked()
            else None
        )
        try:
            save_photo_settings(self.profile, PhotoSettings(reduction, self.days.value()))
        except (ValueError, OSError) as exc:
            show_error(self, self.tr("Không lưu được cài đặt ảnh"), exc)
            return
        self.saved_label.setText(self.tr("Đã lưu."))
