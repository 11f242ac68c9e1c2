"""The main window: for now, who this profile is and what it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from cds_desktop.activities import ActivityService
from cds_desktop.profile import Profile

ROLE_LABELS = {"unit": "Đơn vị báo cáo", "centre": "Trung tâm tổng hợp"}


class MainWindow(QMainWindow):
    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile
        self.setWindowTitle(self.tr("CĐS Desktop — {unit}").format(unit=profile.identity.unit_name))
        self.resize(900, 560)

        identity = profile.identity
        with profile.database.session() as session:
            campaign = profile.active_campaign(session)
            period = f"{campaign.start_date:%d/%m/%Y} – {campaign.end_date:%d/%m/%Y}"
            campaign_name = campaign.name
            campaign_code = campaign.code
        count = len(ActivityService(profile).list_activities())

        form = QFormLayout()
        form.addRow(self.tr("Vai trò:"), QLabel(ROLE_LABELS.get(identity.role, identity.role)))
        form.addRow(self.tr("Đơn vị:"), QLabel(f"{identity.unit_code} — {identity.unit_name}"))
        form.addRow(self.tr("Đợt báo cáo:"), self._wrapped(campaign_name))
        form.addRow(self.tr("Thời gian:"), QLabel(period))
        form.addRow(self.tr("Số hoạt động:"), QLabel(f"{count:,}".replace(",", ".")))
        fingerprint = QLabel(profile.fingerprint())
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fingerprint.setObjectName("fingerprint")
        form.addRow(self.tr("Mã nhận dạng khóa:"), fingerprint)
        form.addRow(self.tr("Thư mục dữ liệu:"), self._wrapped(str(profile.paths.root)))

        body = QWidget()
        layout = QVBoxLayout(body)
        heading = QLabel(self.tr("Hưởng ứng Ngày Chuyển đổi số quốc gia"))
        heading.setStyleSheet("font-size: 18pt; font-weight: bold;")
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(f"{identity.unit_code} · {campaign_code} · {period}")

    @staticmethod
    def _wrapped(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label


class NoProfileWindow(QMainWindow):
    """Shown when the data folder has no profile yet (the setup wizard comes later)."""

    def __init__(self, data_dir: str) -> None:
        super().__init__()
        self.setWindowTitle("CĐS Desktop")
        self.resize(720, 300)
        label = QLabel(
            self.tr(
                "<h2>Chưa có hồ sơ dữ liệu</h2>"
                "<p>Thư mục dữ liệu <b>{folder}</b> chưa có hồ sơ.</p>"
                "<p>Tạo hồ sơ bằng lệnh:<br><code>python -m cds_desktop init --role unit "
                '--unit-code MÃ --unit-name "Tên đơn vị"</code></p>'
            ).format(folder=data_dir)
        )
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setContentsMargins(24, 24, 24, 24)
        self.setCentralWidget(label)
