"""Reports at the centre (W10): the master PDF and Excel (preview, save, print), and the
import log."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from cds_desktop.profile import Profile
from ui.centre.import_log_page import ImportLogPage
from ui.common.reports_page import ReportsPage


class CentreReportsPage(QWidget):
    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.report = ReportsPage(profile)
        self.log = ImportLogPage(profile)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.report, self.tr("Báo cáo tổng hợp"))
        self.tabs.addTab(self.log, self.tr("Nhật ký nhập gói"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        if self.tabs.currentWidget() is self.log:
            self.log.refresh()
